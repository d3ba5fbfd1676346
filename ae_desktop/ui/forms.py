"""Form helpers: a field with its error message shown right beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QVBoxLayout, QWidget

from ae_desktop.ui.theme import set_text_colour


def focus_target(field: QWidget) -> QWidget:
    """The control that takes the focus for *field*: itself, or (a row of controls) its first
    control that takes the focus."""
    if field.focusPolicy() != Qt.FocusPolicy.NoFocus or field.focusProxy() is not None:
        return field
    for child in field.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None:
            return child
    return field


def without_mnemonic(text: str) -> str:
    """A label's text as it reads: "C&lient" is "Client", "R&&D" is "R&D"."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))


def tie_label(label: QLabel, field: QWidget) -> None:
    """*label* names *field*: Alt+its letter puts the focus in the field (a label's buddy must
    take the focus itself), and a screen reader says it as the field's name (Qt only finds a
    buddy label among the field's siblings, so the name is set when it is not one)."""
    label.setBuddy(field)
    own_text = isinstance(field, QAbstractButton) and field.text()
    named = bool(own_text or field.accessibleName())
    if field.parentWidget() is not label.parentWidget() and not named:
        field.setAccessibleName(without_mnemonic(label.text()))


class _FieldBox(QWidget):
    """A field with its error label underneath; its focus goes to the field, and the label
    that a form gave it as buddy is tied to the field itself once the box is first shown."""

    def __init__(self, field: QWidget) -> None:
        super().__init__()
        self.field = focus_target(field)
        self.setFocusProxy(self.field)
        self._tied = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._tied:
            self._tied = True
            for label in self.window().findChildren(QLabel):
                if label.buddy() is self:
                    tie_label(label, self.field)


class FieldErrors:
    """Error labels keyed by field name; show() fills them, clear() hides them all."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._targets: dict[str, QWidget] = {}  # the control in each field that takes the focus

    def wrap(self, name: str, field: QWidget) -> QWidget:
        """A widget holding *field* with its (hidden) error label underneath."""
        box = _FieldBox(field)
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
        self._targets[name] = box.field
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
            self._targets[name].setAccessibleDescription(message)
            if first is None:
                first = self._targets[name]
        if first is not None:
            first.setFocus()
        return orphans

    def clear(self) -> None:
        for name, label in self._labels.items():
            label.clear()
            label.hide()
            self._fields[name].setProperty("invalid", False)
            self._targets[name].setAccessibleDescription("")

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
