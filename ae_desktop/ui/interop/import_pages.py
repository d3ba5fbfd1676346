"""The Import dialog's parts: the choices over the preview (what the rows are, duplicates,
currency, the calendar's window) and the views (column mapping, preview, rejected rows)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.interop.records import FileKind
from ae_desktop.services.import_plan import DuplicatePolicy
from ae_desktop.services.importing import DEFAULT_WINDOW_DAYS, LoadedFile, TableKind
from ae_desktop.ui.flow_layout import FlowLayout
from ae_desktop.ui.interop.import_preview import Preview
from ae_desktop.ui.interop.mapping_model import (
    FieldDelegate,
    MappingModel,
    RowsModel,
    field_labels,
)
from ae_desktop.ui.views import HintTableView

MAX_COLUMN_WIDTH = 260


def _row(*widgets: QWidget | str) -> QHBoxLayout:
    """Texts and fields in a row, each text the label (buddy) of the field after it."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    label: QLabel | None = None
    for widget in widgets:
        if isinstance(widget, str):
            label = QLabel(widget)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        else:
            layout.addWidget(widget)
            if label is not None and not isinstance(widget, QAbstractButton):
                label.setBuddy(widget)
            label = None
    return layout


class ImportOptions(QWidget):
    """What the rows are, the currency of deals that name none, what to do with rows already
    in AE Desktop, and the weeks of a calendar to import. *plan_changed*: the plan must be
    made again; *window_changed*: the calendar must be read again for the new weeks."""

    plan_changed = Signal()
    window_changed = Signal()

    def __init__(self, currency: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts_radio = QRadioButton(self.tr("&Contacts"))
        self.deals_radio = QRadioButton(self.tr("&Deals"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.contacts_radio)
        self.kinds.addButton(self.deals_radio)
        self.contacts_radio.setChecked(True)
        self.currency = QLineEdit(currency)
        self.currency.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,3}", self.currency))
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMMM"))
        self.currency.setAccessibleName(self.tr("Currency for deals that name none"))
        self.policy = QComboBox()
        self.policy.addItem(self.tr("Skip it"), DuplicatePolicy.SKIP.value)
        self.policy.addItem(self.tr("Update it"), DuplicatePolicy.UPDATE.value)
        self.policy.addItem(self.tr("Create it anyway"), DuplicatePolicy.CREATE.value)
        self.window_start = QDateEdit(QDate(today.year, today.month, today.day))
        self.window_start.setCalendarPopup(True)
        self.window_start.setDisplayFormat("ddd d MMM yyyy")
        self.window_weeks = QSpinBox()
        self.window_weeks.setRange(1, 52)
        self.window_weeks.setValue(DEFAULT_WINDOW_DAYS // 7)
        self.window_weeks.setAccessibleName(self.tr("Weeks of meetings"))
        self._on_weeks_changed(self.window_weeks.value())
        self.kind_box = QWidget()
        self.kind_box.setLayout(_row(self.tr("These rows are:"), self.contacts_radio))
        self.kind_box.layout().addWidget(self.deals_radio)  # type: ignore[union-attr]
        self.currency_box = QWidget()
        self.currency_box.setLayout(_row(self.tr("Currency of deals that name none:")))
        self.currency_box.layout().addWidget(self.currency)  # type: ignore[union-attr]
        self.policy_box = QWidget()
        self.policy_box.setLayout(
            _row(self.tr("When a row is already in AE Desktop:"), self.policy)
        )
        self.window_box = QWidget()
        self.window_box.setLayout(
            _row(self.tr("Meetings from"), self.window_start, self.tr("for"), self.window_weeks)
        )
        # A row while they fit, more rows when they do not: never a wider dialog.
        layout = FlowLayout(self, horizontal_spacing=24)
        for box in (self.kind_box, self.currency_box, self.window_box, self.policy_box):
            layout.addWidget(box)
        self.kinds.buttonToggled.connect(self._on_kind_toggled)
        self.currency.textEdited.connect(lambda _text: self.plan_changed.emit())
        self.policy.currentIndexChanged.connect(lambda _i: self.plan_changed.emit())
        self.window_start.dateChanged.connect(lambda _d: self.window_changed.emit())
        self.window_weeks.valueChanged.connect(self._on_weeks_changed)
        self.window_weeks.valueChanged.connect(lambda _n: self.window_changed.emit())

    def _on_weeks_changed(self, weeks: int) -> None:
        self.window_weeks.setSuffix(self.tr(" week") if weeks == 1 else self.tr(" weeks"))

    def show_for(self, loaded: LoadedFile) -> None:
        """The choices that apply to *loaded*, set from what was recognised in it."""
        self.kinds.blockSignals(True)
        (self.deals_radio if loaded.table_kind == "deals" else self.contacts_radio).setChecked(True)
        self.kinds.blockSignals(False)
        csv = loaded.kind == FileKind.CSV
        self.kind_box.setVisible(csv)
        self.currency_box.setVisible(csv and loaded.table_kind == "deals")
        self.policy_box.setVisible(loaded.kind in (FileKind.CSV, FileKind.VCARD))
        self.window_box.setVisible(loaded.kind == FileKind.ICS)

    def _on_kind_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.currency_box.setVisible(self.table_kind() == "deals")
            self.plan_changed.emit()

    def table_kind(self) -> TableKind:
        return "deals" if self.deals_radio.isChecked() else "people"

    def duplicate_policy(self) -> DuplicatePolicy:
        return DuplicatePolicy(self.policy.currentData())

    def default_currency(self, fallback: str) -> str:
        text = self.currency.text().strip().upper()
        return text if len(text) == 3 else fallback

    def calendar_window(self) -> tuple[date, int]:
        """The first day and the number of days of the calendar's window."""
        start = self.window_start.date()
        return date(start.year(), start.month(), start.day()), self.window_weeks.value() * 7


def _table(model: RowsModel | MappingModel, hint: str = "") -> HintTableView:
    view = HintTableView()
    view.setModel(model)
    view.set_empty_hint(hint)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _titled(title: QLabel, view: QTableView, *under_title: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    for widget in under_title:
        layout.addWidget(widget)
    layout.addWidget(view, 1)
    return box


def _bold(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ImportViews(QWidget):
    """The column mapping (CSV only) beside the preview and, under it, the rejected rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping_model = MappingModel(self)
        self.preview_model = RowsModel(self)
        self.problems_model = RowsModel(self)
        self.mapping_view = _table(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(MappingModel.FIELD_COLUMN, FieldDelegate(self))
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        probe = QComboBox()
        for _value, label in field_labels():
            probe.addItem(label)
        self.mapping_view.setColumnWidth(2, min(probe.sizeHint().width() + 4, 240))
        self.mapping_view.verticalHeader().setDefaultSectionSize(probe.sizeHint().height() + 2)
        self.preview_view = _table(self.preview_model, self.tr("No rows to import."))
        self.problems_view = _table(self.problems_model, self.tr("No rows are rejected."))
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        self.mapping_title = _bold(self.tr("Columns"))
        self.preview_title = _bold(self.tr("Preview"))
        self.mapping_view.setAccessibleName(self.mapping_title.text())
        self.preview_view.setAccessibleName(self.preview_title.text())
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.notes = QLabel()  # what the import will do besides the rows, e.g. a stage unknown
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.hide()
        self.problems_title = _bold(self.tr("Rejected rows"))
        self.problems_view.setAccessibleName(self.problems_title.text())
        preview = _titled(self.preview_title, self.preview_view, self.headline, self.notes)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(preview)
        right.addWidget(_titled(self.problems_title, self.problems_view))
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        self.mapping_box = _titled(self.mapping_title, self.mapping_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.mapping_box)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)  # the columns and their fields need the room
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def show_mapping(self, loaded: LoadedFile) -> None:
        """The file's columns with the fields they are read as (a CSV file), or no mapping."""
        table = loaded.table
        self.mapping_box.setVisible(table is not None)
        if table is None:
            return
        self.mapping_model.set_table(table, loaded.mapping)
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(
                self.mapping_model.index(row, MappingModel.FIELD_COLUMN)
            )
        self.mapping_view.resizeColumnToContents(0)
        self.mapping_view.setColumnWidth(0, min(self.mapping_view.columnWidth(0), 200))

    def show_preview(self, preview: Preview) -> None:
        """The first rows, the headline and the notes of a plan; then its rejected rows."""
        titles = preview.rows.titles
        self.preview_model.set_rows(titles, preview.rows.rows, preview.rows.implied)
        self.headline.setText(preview.headline)
        self.show_notes(preview.notes)
        header = self.preview_view.horizontalHeader()
        header.setStretchLastSection(False)  # sizing the last column by hand ends its stretch
        self.preview_view.resizeColumnsToContents()
        for column in range(len(titles)):
            width = self.preview_view.columnWidth(column)
            self.preview_view.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))
        header.setStretchLastSection(True)
        self.show_problems(preview.problems, len(preview.summary.rejected))

    def show_notes(self, notes: list[str]) -> None:
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def show_problems(self, rows: list[list[str]], count: int) -> None:
        self.problems_model.set_rows([self.tr("Line"), self.tr("Why")], rows)
        self.problems_view.resizeColumnToContents(0)
        self.problems_title.setText(
            self.tr("Rejected rows") if not count else self.tr("Rejected rows ({0})").format(count)
        )

    def clear(self) -> None:
        self.preview_model.set_rows([], [])
        self.problems_model.set_rows([], [])
        self.headline.setText("")
        self.show_notes([])
