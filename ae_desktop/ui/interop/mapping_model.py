"""Item models for the Import dialog: the CSV column mapping, and plain rows of text (the
preview of what the import will read, and the rows it rejects)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ae_desktop.interop.csv_table import Table
from ae_desktop.ui.messages import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
SAMPLE_ROWS = 20  # a column's sample is its first filled cell among these rows
SAMPLE_CHARS = 60


def field_labels() -> list[tuple[str, str]]:
    """(csv_mapping.Field value, label) in the order the field menu lists them."""
    return [
        ("ignore", QCoreApplication.translate("ImportDialog", "Ignore (not imported)")),
        ("client_name", QCoreApplication.translate("ImportDialog", "Company (client)")),
        ("contact_name", QCoreApplication.translate("ImportDialog", "Contact's full name")),
        ("first_name", QCoreApplication.translate("ImportDialog", "First name")),
        ("last_name", QCoreApplication.translate("ImportDialog", "Last name")),
        ("email", QCoreApplication.translate("ImportDialog", "E-mail")),
        ("phone", QCoreApplication.translate("ImportDialog", "Phone")),
        ("role", QCoreApplication.translate("ImportDialog", "Job title")),
        ("industry", QCoreApplication.translate("ImportDialog", "Industry")),
        ("website", QCoreApplication.translate("ImportDialog", "Website")),
        ("address", QCoreApplication.translate("ImportDialog", "Street address")),
        ("city", QCoreApplication.translate("ImportDialog", "City")),
        ("postcode", QCoreApplication.translate("ImportDialog", "Postcode")),
        ("country", QCoreApplication.translate("ImportDialog", "Country")),
        ("notes", QCoreApplication.translate("ImportDialog", "Notes")),
        ("deal_title", QCoreApplication.translate("ImportDialog", "Deal title")),
        ("deal_value", QCoreApplication.translate("ImportDialog", "Deal value")),
        ("deal_currency", QCoreApplication.translate("ImportDialog", "Deal currency")),
        ("deal_stage", QCoreApplication.translate("ImportDialog", "Deal stage")),
        ("deal_status", QCoreApplication.translate("ImportDialog", "Deal status (won, lost)")),
        ("deal_close", QCoreApplication.translate("ImportDialog", "Expected close date")),
        ("deal_lost_reason", QCoreApplication.translate("ImportDialog", "Lost reason")),
    ]


def _sample(table: Table, column: int) -> str:
    for row in table.rows[:SAMPLE_ROWS]:
        text = " ".join(row.cells[column].split()) if column < len(row.cells) else ""
        if text:
            return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"
    return ""


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its name, a sample value, and the field it is read
    as (editable). *mapping_changed* is emitted when the user changes a field."""

    mapping_changed = Signal()
    FIELD_COLUMN = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._samples: list[str] = []
        self._fields: list[str] = []
        self._labels = dict(field_labels())

    def set_table(self, table: Table, mapping: dict[int, str]) -> None:
        self.beginResetModel()
        self._headers = [
            header or QCoreApplication.translate("ImportDialog", "(no name)")
            for header in table.headers
        ]
        self._samples = [_sample(table, column) for column in range(len(table.headers))]
        self._fields = [mapping.get(column, "ignore") for column in range(len(table.headers))]
        self.endResetModel()

    def mapping(self) -> dict[int, str]:
        return dict(enumerate(self._fields))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ImportDialog", "Column in the file"),
                QCoreApplication.translate("ImportDialog", "Sample"),
                QCoreApplication.translate("ImportDialog", "Imported as"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.FIELD_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            field = self._fields[row]
            return (self._headers[row], self._samples[row], self._labels.get(field, field))[column]
        if role == Qt.ItemDataRole.EditRole and column == self.FIELD_COLUMN:
            return self._fields[row]
        if role == Qt.ItemDataRole.ToolTipRole and column < self.FIELD_COLUMN:
            text = (self._headers[row], self._samples[row])[column]
            return plain_tooltip(text) if text else None
        if role == Qt.ItemDataRole.ForegroundRole and self._fields[row] == "ignore":
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def setData(  # noqa: N802 - Qt API
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.FIELD_COLUMN:
            return False
        if value not in self._labels or self._fields[index.row()] == value:
            return False
        self._fields[index.row()] = str(value)
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.FIELD_COLUMN))
        self.mapping_changed.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """The field of a column as a combo box, kept open (openPersistentEditor): a change is
    committed as soon as it is chosen."""

    def createEditor(  # noqa: N802 - Qt API
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, label in field_labels():
            combo.addItem(label, value)
        combo.setAccessibleName(QCoreApplication.translate("ImportDialog", "Imported as"))
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if found >= 0 and found != editor.currentIndex():
                editor.blockSignals(True)  # not a change by the user: nothing to commit
                editor.setCurrentIndex(found)
                editor.blockSignals(False)

    def setModelData(  # noqa: N802 - Qt API
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RowsModel(QAbstractTableModel):
    """Rows of plain text under column titles, shown read-only (user text is never markup).
    *implied* cells hold what the import fills in itself, not the file: greyed, in italics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self._rows: list[list[str]] = []
        self._implied: frozenset[tuple[int, int]] = frozenset()

    def set_rows(
        self,
        titles: Sequence[str],
        rows: Sequence[Sequence[str]],
        implied: Collection[tuple[int, int]] = (),
    ) -> None:
        self.beginResetModel()
        self._titles = list(titles)
        self._rows = [list(row) for row in rows]
        self._implied = frozenset(implied)
        self.endResetModel()

    def is_implied(self, row: int, column: int) -> bool:
        return (row, column) in self._implied

    def titles(self) -> list[str]:
        return list(self._titles)

    def rows(self) -> list[list[str]]:
        return [list(row) for row in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._titles)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section] if section < len(self._titles) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(text.split()) if "\n" in text else text
        implied = (index.row(), index.column()) in self._implied
        if role == Qt.ItemDataRole.ToolTipRole and implied:
            return plain_tooltip(
                QCoreApplication.translate(
                    "ImportDialog", "No company in the file: a client of this name is used."
                )
            )
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > 40:
            return plain_tooltip(text)
        if role == Qt.ItemDataRole.ForegroundRole and implied:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and implied:
            font = QApplication.font()
            font.setItalic(True)
            return font
        return None
