"""A calm empty state: a title, one explanatory sentence and optional action buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(
        self, title: str, text: str, icon: QIcon | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        if icon is not None and not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(96, 96))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(picture)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(540)
        self.text.setMinimumHeight(self.text.heightForWidth(540))
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addSpacing(16)
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def add_button(self, text: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumWidth(180)
        button.setMinimumHeight(34)
        if primary:
            button.setDefault(True)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button
