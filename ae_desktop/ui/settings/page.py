"""What every settings page shares: labelled fields with their message beside them, the
service's messages in the user's language, and Restore defaults."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.services import settings
from ae_desktop.ui.forms import muted_label
from ae_desktop.ui.theme import set_text_colour

FIELD_WIDTH = 220  # short values (times, numbers, codes): a column, not the whole width


class SettingsPage(QWidget):
    """A form of settings. A page reads *keys* (load), gives them back typed (values) and
    says what it cannot even read (local_errors: text that is not an amount, a number
    being typed); the dialog checks the rest with the service and shows it (show_errors).
    Every change emits ``changed``; Restore defaults puts the defaults in the fields only."""

    changed = Signal()
    keys: tuple[str, ...] = ()

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A long label in another language puts its field under it, not the page wider.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.restore_button = QPushButton(self.tr("Rest&ore defaults"))
        self.restore_button.setToolTip(
            self.tr("Put this page's defaults in the fields; they are saved when you click OK")
        )
        self.restore_button.clicked.connect(self.restore_defaults)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        if intro:
            text = muted_label(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # -- building ------------------------------------------------------------------------

    def add_field(
        self, key: str, label: str, field: QWidget, hint: str = "", *, width: int = FIELD_WIDTH
    ) -> QLabel:
        """A row: *label* (its accelerator moves to *field*), the field, its message under
        it (hidden until something is wrong) and an optional muted *hint* beside it."""
        if width:
            field.setMaximumWidth(width)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(field, 1 if not width else 0)
        if hint:
            note = muted_label(hint)
            note.setWordWrap(True)  # longer in another language: more lines, not a wider page
            row.addWidget(note, 1)
        elif width:
            row.addStretch(1)
        message = QLabel()
        message.setTextFormat(Qt.TextFormat.PlainText)
        set_text_colour(message, "error")
        message.setWordWrap(True)
        message.setObjectName(f"error_{key}")
        message.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(message)
        title = QLabel(label)
        title.setBuddy(field)
        self.form.addRow(title, box)
        self._messages[key] = message
        self._fields[key] = field
        return title

    def minutes_box(self, key: str, suffix: str) -> QSpinBox:
        """A whole-number field in the service's range for *key*; typing announces a change."""
        low, high = settings.RANGES[key]
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(suffix)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        # The line edit's own signal: the box's fires only for text that is a number in range.
        line = box.lineEdit()
        if line is not None:
            line.textChanged.connect(lambda _text: self.changed.emit())
        box.editingFinished.connect(self.changed.emit)  # a half-typed number put back
        return box

    # -- what the dialog asks of a page --------------------------------------------------

    def load(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def local_errors(self) -> dict[str, str]:
        """A range message for every number field whose text is not a number in its range."""
        errors = {}
        for key, field in self._fields.items():
            if isinstance(field, QSpinBox) and not field.hasAcceptableInput():
                errors[key] = self.range_text(key)
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message of this page's keys beside its field, in the user's language."""
        for key, label in self._messages.items():
            message = errors.get(key, "")
            label.setText(self.message_text(key, message) if message else "")
            label.setVisible(bool(message))
            self._fields[key].setProperty("invalid", bool(message))
            self._fields[key].setAccessibleDescription(label.text())

    def message(self, key: str) -> str:
        """The message shown at *key*'s field ('' when none): what the user reads."""
        label = self._messages[key]
        return label.text() if not label.isHidden() else ""

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def restore_defaults(self) -> None:
        self.load(settings.default_values(self.keys))
        self.changed.emit()

    # -- messages ------------------------------------------------------------------------

    def range_text(self, key: str) -> str:
        low, high = settings.RANGES[key]
        return self.tr("Enter a whole number from {0} to {1}.").format(low, high)

    def message_text(self, key: str, message: str) -> str:
        """The service's English *message* in the user's language (as it is, if unknown)."""
        known = {
            settings.NOT_A_TIME: self.tr("Enter a time such as 09:30."),
            settings.WORKDAY_ORDER: self.tr("The workday must end after it starts."),
            settings.LUNCH_ORDER: self.tr("Lunch must end after it starts."),
            settings.LUNCH_INSIDE: self.tr("Lunch must fall inside the workday."),
            settings.NEGATIVE_VALUE: self.tr("Enter an amount of zero or more."),
            settings.CURRENCY_CODE: self.tr(
                "Enter a three-letter currency code such as EUR or USD."
            ),
            settings.TOO_LONG: self.tr("Keep this to 120 characters."),
            settings.NOT_A_CHOICE: self.tr("Choose one of the options."),
        }
        if key in settings.RANGES and message == settings.out_of_range(*settings.RANGES[key]):
            return self.range_text(key)
        return known.get(message, message)
