"""The Import dialog's widgets: the file's name and a Choose button, the message, the pages
(nothing read yet, the options and views of a file, what the import did, the question before
a full export is brought back) and the row of progress, status and buttons, with how that row
shows work under way. What the dialog does with them is ImportDialog's, in import_dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.ui.interop.import_pages import ImportOptions, ImportViews


class ImportDialogWidgets(QDialog):
    """What ImportDialog is made of; its words are translated in the "ImportDialog" context,
    as the dialog's own are."""

    def _build_widgets(self, currency: str, today: date) -> None:
        self.file_label = QLabel(
            QCoreApplication.translate("ImportDialog", "Choose a file to import.")
        )
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "C&hoose file…")
        )
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.message.hide()
        self.options = ImportOptions(currency, today)
        self.views = ImportViews()
        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(self.options)
        work_layout.addWidget(self.views, 1)
        self.summary_title = QLabel(
            QCoreApplication.translate("ImportDialog", "What the import did")
        )
        font = self.summary_title.font()
        font.setBold(True)
        self.summary_title.setFont(font)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.copy_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Copy"))
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.addWidget(self.summary_title)
        done_layout.addWidget(self.summary, 1)
        done_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.restore_question = QLabel()
        self.restore_question.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_question.setWordWrap(True)
        self.restore_question.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())  # nothing read yet, or the file was refused
        self.pages.addWidget(work)
        self.pages.addWidget(done)
        self.pages.addWidget(self.restore_question)  # a full export: bring it all back?
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "Cancel import")
        )
        self.cancel_button.hide()
        self.import_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "Nothing to import")
        )
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.close_button = QPushButton(QCoreApplication.translate("ImportDialog", "Close"))
        row = QHBoxLayout()
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        for button in (self.cancel_button, self.import_button, self.close_button):
            row.addWidget(button)
        return row

    def _busy(self, text: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(text)
        self.import_button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(text)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.options, self.views, self.choose_button, self.close_button):
            widget.setEnabled(enabled)
        self.import_button.setEnabled(enabled)

    def _on_copy_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.file_label.text() + "\n" + self.summary.toPlainText())
        self.status.setText(QCoreApplication.translate("ImportDialog", "Copied."))
