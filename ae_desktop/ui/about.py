"""The About dialog."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ae_desktop import __version__, paths
from ae_desktop.ui.forms import muted_label, plain_label
from ae_desktop.ui.icons import icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About AE Desktop"))
        picture = QLabel()
        picture.setPixmap(icon("app").pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = plain_label(self.tr("AE Desktop {0}").format(__version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb = plain_label(
            self.tr(
                "Clients, pipeline and agenda for the account executive who works alone. "
                "Works offline; your data stays on this computer."
            )
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where = muted_label(self.tr("Your data: {0}").format(paths.data_dir()))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        built = muted_label(self.tr("Built with Qt for Python {0}").format(pyside_version))
        built.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (picture, title, blurb, where, built, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
