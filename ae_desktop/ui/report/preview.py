"""The report's pages, one under the other on a grey desk, as they will print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class PagePreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setAccessibleName(self.tr("Report pages"))
        self._desk = QWidget()
        self._desk.setBackgroundRole(QPalette.ColorRole.Dark)
        self._desk.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self._desk)
        self._layout.setSpacing(18)
        self._layout.setContentsMargins(24, 24, 24, 24)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._desk)
        self.pages: list[QLabel] = []

    def show_pages(self, images: list[QImage], pixel_ratio: float = 1.0) -> None:
        for page in self.pages:
            self._layout.removeWidget(page)
            page.deleteLater()
        self.pages = []
        for number, image in enumerate(images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(pixel_ratio)
            page = QLabel()
            page.setPixmap(pixmap)
            page.setFrameShape(QFrame.Shape.Box)
            page.setAccessibleName(self.tr("Page {0}").format(number))
            self._layout.addWidget(page)
            self.pages.append(page)
        self.verticalScrollBar().setValue(0)
