"""The report's pages, one under the other on a grey desk, as they will print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

MARGIN = 24


class PagePreview(QScrollArea):
    """Pages at their laid-out size, or narrower to fit the width of a small window."""

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
        self._layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._desk)
        self.pages: list[QLabel] = []
        self._images: list[QImage] = []
        self._ratio = 1.0

    def show_pages(self, images: list[QImage], pixel_ratio: float = 1.0) -> None:
        for page in self.pages:
            self._layout.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self._images, self._ratio = images, pixel_ratio
        for number, _image in enumerate(images, start=1):
            page = QLabel()
            page.setFrameShape(QFrame.Shape.Box)
            page.setAccessibleName(self.tr("Page {0}").format(number))
            self._layout.addWidget(page)
            self.pages.append(page)
        self._fit()
        self.verticalScrollBar().setValue(0)

    def page_width(self) -> int:
        """The width a page is shown at, in logical pixels."""
        pixmap = self.pages[0].pixmap() if self.pages else None
        return round(pixmap.width() / pixmap.devicePixelRatio()) if pixmap else 0

    def _fit(self) -> None:
        room = self.viewport().width() - 2 * MARGIN - self.verticalScrollBar().sizeHint().width()
        for page, image in zip(self.pages, self._images, strict=True):
            pixmap = QPixmap.fromImage(image)
            natural = image.width() / self._ratio
            if 0 < room < natural:
                pixmap = pixmap.scaledToWidth(
                    round(room * self._ratio), Qt.TransformationMode.SmoothTransformation
                )
            pixmap.setDevicePixelRatio(self._ratio)
            page.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.pages:
            self._fit()
