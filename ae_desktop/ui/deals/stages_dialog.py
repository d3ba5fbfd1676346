"""Stage settings: rename, reorder, default probability and rotting days; Won and Lost are fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.domain.enums import StageOutcome
from ae_desktop.services import stages
from ae_desktop.services.errors import ValidationError
from ae_desktop.ui.forms import FieldErrors, muted_label
from ae_desktop.ui.labels import deals_text
from ae_desktop.ui.messages import ask, warn


class StagesDialog(QDialog):
    """Every change is saved as it is made; the board reloads when the dialog closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pipeline stages"))
        self.setMinimumSize(620, 360)
        self.changed = False
        self.errors = FieldErrors()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Stages"))
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.name = QLineEdit()
        self.probability = QSpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.rotting = QSpinBox()
        self.rotting.setRange(0, 365)
        self.rotting.setSpecialValueText(self.tr("never"))
        self.rotting.setSuffix(self.tr(" days"))
        self.fixed_note = muted_label(self.tr("Won and Lost close a deal; they cannot be changed."))
        self.fixed_note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save stage"))
        self.save_button.clicked.connect(self._on_save_clicked)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.errors.wrap("name", self.name))
        form.addRow(
            self.tr("Default &probability"), self.errors.wrap("probability", self.probability)
        )
        form.addRow(self.tr("&Rotting after"), self.errors.wrap("rotting_days", self.rotting))
        form.addRow("", self.save_button)
        form.addRow(self.fixed_note)
        self.add_button = QPushButton(self.tr("Add stage"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        side = QVBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        columns.addLayout(side)
        editor = QWidget()
        editor.setLayout(form)
        columns.addWidget(editor, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self._rows: list[stages.StageRow] = []
        self._shown: stages.StageRow | None = None
        self._reload()

    def _reload(self, select_id: int | None = None) -> None:
        self._rows = stages.list_stages()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self._rows:
            text = row.name
            if row.outcome == StageOutcome.OPEN:
                text = self.tr("{0}  ·  {1} %  ·  {2}").format(
                    row.name, row.probability, deals_text(row.deal_count)
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [row.id for row in self._rows]
        self.list.blockSignals(True)
        self.list.setCurrentRow(ids.index(select_id) if select_id in ids else 0)
        self.list.blockSignals(False)
        self._show(self._current())

    def _current(self) -> stages.StageRow | None:
        at = self.list.currentRow()
        return self._rows[at] if 0 <= at < len(self._rows) else None

    def _pending(self) -> bool:
        """The shown open stage has edits not saved yet."""
        stage = self._shown
        return (
            stage is not None
            and stage.outcome == StageOutcome.OPEN
            and (
                self.name.text().strip() != stage.name
                or self.probability.value() != stage.probability
                or (self.rotting.value() or None) != stage.rotting_days
            )
        )

    def _save_pending(self) -> bool:
        """Edits are saved when the user moves on; False (and messages) if they are invalid."""
        if not self._pending():
            return True
        stage = self._shown
        assert stage is not None
        try:
            stages.update_stage(
                stage.id,
                name=self.name.text(),
                probability=self.probability.value(),
                rotting_days=self.rotting.value() or None,
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        self.changed = True
        return True

    def reject(self) -> None:
        if self._save_pending():
            super().reject()

    def _on_row_changed(self, _row: int) -> None:
        chosen = self._current()
        had_edits = self._pending()
        if not self._save_pending():
            back = [row.id for row in self._rows].index(self._shown.id)  # type: ignore[union-attr]
            self.list.blockSignals(True)
            self.list.setCurrentRow(back)
            self.list.blockSignals(False)
            return
        if had_edits:  # saved on the way: show the list as stored now
            self._reload(chosen.id if chosen else None)
            return
        self._show(chosen)

    def _show(self, stage: stages.StageRow | None) -> None:
        self._shown = stage
        open_stage = stage is not None and stage.outcome == StageOutcome.OPEN
        for widget in (self.name, self.probability, self.rotting, self.save_button):
            widget.setEnabled(open_stage)
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(open_stage)
        self.fixed_note.setVisible(not open_stage)
        self.errors.clear()
        if stage is not None:
            self.name.setText(stage.name)
            self.probability.setValue(stage.probability)
            self.rotting.setValue(stage.rotting_days or 0)

    def _on_save_clicked(self) -> None:
        stage = self._shown
        if stage is not None and self._pending() and self._save_pending():
            self._reload(stage.id)

    def _on_add_clicked(self) -> None:
        if not self._save_pending():
            return
        taken = {row.name.casefold() for row in self._rows}
        name = next(
            candidate
            for n in range(1, 100)
            if (candidate := self.tr("New stage") + ("" if n == 1 else f" {n}")).casefold()
            not in taken
        )
        try:
            stage_id = stages.add_stage(name, 50, 14)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self.changed = True
        self._reload(stage_id)
        self.name.setFocus()
        self.name.selectAll()

    def _move(self, step: int) -> None:
        if not self._save_pending():
            return
        stage = self._current()
        open_ids = [row.id for row in self._rows if row.outcome == StageOutcome.OPEN]
        if stage is None or stage.id not in open_ids:
            return
        at = open_ids.index(stage.id)
        to = at + step
        if not 0 <= to < len(open_ids):
            return
        open_ids[at], open_ids[to] = open_ids[to], open_ids[at]
        stages.reorder_stages(open_ids)
        self.changed = True
        self._reload(stage.id)

    def _on_delete_clicked(self) -> None:
        stage = self._current()
        if stage is None or stage.outcome != StageOutcome.OPEN:
            return
        move_to: int | None = None
        if stage.deal_count:
            move_to = self._ask_where(stage)
            if move_to is None:
                return
        elif not ask(
            self,
            self.tr("Delete stage"),
            self.tr("Delete the stage “{0}”? It holds no deals.").format(stage.name),
        ):
            return
        try:
            stages.delete_stage(stage.id, move_deals_to=move_to)
        except ValidationError as exc:
            warn(self, self.tr("Stage not deleted"), "\n".join(exc.errors.values()))
            return
        self.changed = True
        self._reload()

    def _ask_where(self, stage: stages.StageRow) -> int | None:
        """A stage with deals goes only once the user says where its deals move."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Delete “{0}”").format(stage.name))
        target = QComboBox()
        for row in self._rows:
            if row.outcome == StageOutcome.OPEN and row.id != stage.id:
                target.addItem(row.name, row.id)
        if target.count() == 0:
            warn(self, self.tr("Stage not deleted"), self.tr("The pipeline needs one open stage."))
            return None
        note = muted_label(
            self.tr("This stage holds {0}. Move them to:").format(deals_text(stage.deal_count))
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        note.setBuddy(target)
        layout.addWidget(note)
        layout.addWidget(target)
        layout.addWidget(buttons)
        return target.currentData() if dialog.exec() else None
