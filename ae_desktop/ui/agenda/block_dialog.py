"""A time block's title, kind, client, times and flags; Enter saves, Esc cancels."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import BlockKind
from ae_desktop.domain.planner import hhmm, parse_hhmm
from ae_desktop.services import time_blocks
from ae_desktop.services.client_rows import client_names
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.services.time_blocks import BlockInput, BlockRow
from ae_desktop.ui.agenda.timeline_paint import block_kind_label
from ae_desktop.ui.forms import FieldErrors
from ae_desktop.ui.labels import date_text
from ae_desktop.ui.messages import warn


class BlockDialog(QDialog):
    """Edits block *block_id*, or adds a block to *day* when it is None; saves on accept.

    After exec(): ``saved_id`` is the block's id, ``previous`` the block before an edit
    (for undo), ``saved`` what was stored.
    """

    def __init__(
        self,
        day: date,
        data: BlockInput,
        block_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.day = day
        self.data = data
        self.block_id = block_id
        self.saved_id: int | None = None
        self.previous: BlockRow | None = None
        self.saved: BlockInput | None = None
        title = self.tr("Edit time block — {0}") if block_id else self.tr("New time block — {0}")
        self.setWindowTitle(title.format(date_text(day)))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText(self.tr("What you will do in this time"))
        self.title.setMaxLength(time_blocks.MAX_TITLE)
        self.kind = QComboBox()
        for kind in BlockKind:
            self.kind.addItem(block_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.client = QComboBox()
        self.client.addItem(self.tr("— no client —"), None)
        for client_id, name in client_names(include_archived=data.client_id is not None):
            self.client.addItem(name, client_id)
        self.client.setCurrentIndex(max(0, self.client.findData(data.client_id)))
        self.start = QLineEdit(hhmm(data.start))
        self.end = QLineEdit(hhmm(data.end))
        self.start.setAccessibleName(self.tr("Start time"))
        self.end.setAccessibleName(self.tr("End time"))
        for field in (self.start, self.end):
            field.setPlaceholderText(self.tr("HH:MM"))
            field.setMaximumWidth(90)
        times = QWidget()
        times_layout = QHBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.errors.wrap("start", self.start))
        times_layout.addWidget(QLabel("–"))
        times_layout.addWidget(self.errors.wrap("end", self.end))
        times_layout.addStretch(1)
        self.fixed_check = QCheckBox(self.tr("Fixed: a meeting Plan my day plans around"))
        self.fixed_check.setChecked(data.fixed)
        self.done_check = QCheckBox(self.tr("Done"))
        self.done_check.setChecked(data.done)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.errors.wrap("title", self.title))
        form.addRow(self.tr("&Kind"), self.errors.wrap("kind", self.kind))
        form.addRow(self.tr("&Client"), self.errors.wrap("client", self.client))
        form.addRow(self.tr("T&ime"), times)
        time_label = form.labelForField(times)
        if isinstance(time_label, QLabel):
            time_label.setBuddy(self.start)  # Alt+I: the start time (the row takes no focus)
        form.addRow("", self.fixed_check)
        form.addRow("", self.done_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.title.setFocus()
        self.title.selectAll()

    def _times(self) -> tuple[int, int] | None:
        errors = {}
        values = []
        for name, field in (("start", self.start), ("end", self.end)):
            try:
                values.append(parse_hhmm(field.text()))
            except ValueError:
                errors[name] = self.tr("Enter a time such as 09:30.")
        if errors:
            self.errors.show(errors)
            return None
        return values[0], values[1]

    def value(self, start: int, end: int) -> BlockInput:
        return BlockInput(
            day=self.day,
            start=start,
            end=end,
            title=self.title.text(),
            kind=self.kind.currentData(),
            task_id=self.data.task_id,
            client_id=self.client.currentData(),
            fixed=self.fixed_check.isChecked(),
            done=self.done_check.isChecked(),
        )

    def accept(self) -> None:
        times = self._times()
        if times is None:
            return
        data = self.value(*times)
        try:
            if self.block_id is None:
                self.saved_id = time_blocks.add_block(data)
            else:
                self.previous = time_blocks.update_block(self.block_id, data)
                self.saved_id = self.block_id
        except ValidationError as exc:
            orphans = self.errors.show(exc.errors)
            if orphans:
                warn(self, self.tr("Time block not saved"), "\n".join(orphans))
            return
        except NotFoundError:
            warn(self, self.tr("Time block not saved"), self.tr("This block no longer exists."))
            super().reject()
            return
        self.saved = data
        super().accept()
