"""Form helpers: a field with its error message shown right beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ae_desktop.ui.theme import set_text_colour


class FieldErrors:
    """Error labels keyed by field name; show() fills them, clear() hides them all."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def wrap(self, name: str, field: QWidget) -> QWidget:
        """A widget holding *field* with its (hidden) error label underneath."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        set_text_colour(label, "error")
        label.setWordWrap(True)
        label.setObjectName(f"error_{name}")
        label.hide()
        layout.addWidget(label)
        self._labels[name] = label
        self._fields[name] = field
        return box

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each message at its field; returns the messages with no field of their own."""
        self.clear()
        orphans = []
        first: QWidget | None = None
        for name, message in errors.items():
            label = self._labels.get(name)
            if label is None:
                orphans.append(message)
                continue
            label.setText(message)
            label.show()
            field = self._fields[name]
            field.setProperty("invalid", True)
            field.setAccessibleDescription(message)
            if first is None:
                first = field
        if first is not None:
            first.setFocus()
        return orphans

    def clear(self) -> None:
        for name, label in self._labels.items():
            label.clear()
            label.hide()
            self._fields[name].setProperty("invalid", False)
            self._fields[name].setAccessibleDescription("")

    def message(self, name: str) -> str:
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
