"""File > Import… as a user drives it: a CSV's columns, the preview, the Import button,
cancel, calendars, duplicates, and a file dropped on the window."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox

from ae_desktop.domain.enums import BlockKind
from ae_desktop.services import importing
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.contacts import ContactInput, add_contact
from ae_desktop.store.models import Client, Contact, TimeBlock
from ae_desktop.ui.interop import import_dialog
from ae_desktop.ui.interop.import_dialog import ImportDialog
from ae_desktop.ui.main_window import MainWindow

HUBSPOT = (
    "Record ID,First Name,Last Name,Email,Phone Number,Job Title,Associated Company,"
    "Lifecycle Stage\n"
    "101,Ana,Ruiz,ana@blue.example,+34 600 111 222,CFO,Blue Harbour,customer\n"
    "102,Luis,Gil,luis@blue.example,,Buyer,Blue Harbour,lead\n"
    "103,,,not-an-email,,,,lead\n"
)


def stored_contacts() -> list[tuple[str, str, str, str]]:
    query = Contact.select(Client.name, Contact.name, Contact.email, Contact.role).join(Client)
    return sorted(query.tuples())


@pytest.fixture
def open_dialog(qtbot, db, today: date) -> Callable[..., ImportDialog]:
    def make(path: Path, **more: object) -> ImportDialog:
        dialog = ImportDialog(path, today=today, **more)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        wait_checked(qtbot, dialog)
        return dialog

    return make


def wait_checked(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.message.isVisible(), timeout=5000)


def field_combo(dialog: ImportDialog, header: str) -> QComboBox:
    model = dialog.views.mapping_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == header)
    combo = dialog.views.mapping_view.indexWidget(model.index(row, 2))
    assert isinstance(combo, QComboBox)
    return combo


def run_import(qtbot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)


def test_a_hubspot_export_is_mapped_previewed_and_imported(open_dialog, tmp_path, qtbot) -> None:
    path = tmp_path / "hubspot-contacts.csv"
    path.write_text(HUBSPOT, encoding="utf-8")
    dialog = open_dialog(path)
    text = "hubspot-contacts.csv: HubSpot contacts export, read as UTF-8, 3 rows"
    assert dialog.file_label.text() == text
    assert field_combo(dialog, "Associated Company").currentText() == "Company (client)"
    assert field_combo(dialog, "Record ID").currentText() == "Ignore (not imported)"
    preview = dialog.views.preview_model
    assert preview.titles()[:5] == ["Line", "Will be", "Company", "Contact", "E-mail"]
    assert preview.rows()[0][:5] == ["2", "New", "Blue Harbour", "Ana Ruiz", "ana@blue.example"]
    assert "CFO" in preview.rows()[0]
    assert dialog.views.problems_model.rows() == [
        ["4", "No company or contact name, only the e-mail address not-an-email."]
    ]
    assert dialog.import_button.text() == "Import 2 contacts (1 row rejected)"

    job = field_combo(dialog, "Job Title")
    job.setCurrentIndex(job.findData("ignore"))  # the user says: do not import job titles
    qtbot.waitUntil(lambda: dialog.plan is not None and "Job title" not in preview.titles())
    assert "CFO" not in preview.rows()[0]

    imported = []
    dialog.imported.connect(imported.append)
    run_import(qtbot, dialog)
    assert dialog.pages.currentIndex() == 2
    summary = dialog.summary.toPlainText()
    assert "Created: 1 client, 2 contacts." in summary
    assert "Line 4: No company or contact name" in summary
    assert imported[0].changes == 3
    assert stored_contacts() == [
        ("Blue Harbour", "Ana Ruiz", "ana@blue.example", ""),
        ("Blue Harbour", "Luis Gil", "luis@blue.example", ""),
    ]


def test_a_spanish_excel_file_is_read_with_its_accents(open_dialog, tmp_path, qtbot) -> None:
    path = tmp_path / "clientes.csv"
    text = (
        "Empresa;Nombre;Apellidos;Correo electrónico;Teléfono\r\n"
        "Peña Ávila S.L.;María;Peña;maria@pena.example;912 345 678\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    dialog = open_dialog(path)
    assert "read as Windows-1252, 1 row" in dialog.file_label.text()
    assert field_combo(dialog, "Correo electrónico").currentText() == "E-mail"
    run_import(qtbot, dialog)
    assert stored_contacts() == [("Peña Ávila S.L.", "María Peña", "maria@pena.example", "")]


def test_a_binary_file_is_refused_and_another_can_be_chosen(open_dialog, tmp_path, qtbot) -> None:
    bad = tmp_path / "photo.csv"
    bad.write_bytes(bytes(range(256)) * 8)
    good = tmp_path / "good.csv"
    good.write_text(HUBSPOT, encoding="utf-8")
    dialog = open_dialog(bad, choose_file=lambda *_: str(good))
    assert dialog.message.isVisible() and dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert Client.select().count() == 0
    dialog.choose_button.click()
    wait_checked(qtbot, dialog)
    assert dialog.message.isHidden()
    assert dialog.import_button.text() == "Import 2 contacts (1 row rejected)"


def test_cancel_while_importing_writes_nothing(
    open_dialog, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def apply_held(plan, *, today=None, progress=None):  # holds until the user cancels
        def held(done: int, total: int) -> bool:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                if not progress(done, total):
                    return False
                time.sleep(0.01)
            return True

        return importing.apply_import(plan, today=today, progress=held)

    monkeypatch.setattr(import_dialog, "apply_import", apply_held)
    path = tmp_path / "contacts.csv"
    path.write_text(HUBSPOT, encoding="utf-8")
    dialog = open_dialog(path)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 2)  # the rows are being written
    assert dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.applying, timeout=5000)
    assert dialog.message.text() == "Import cancelled: nothing was written."
    assert dialog.outcome is None and dialog.import_button.isEnabled()
    assert Client.select().count() == 0 and Contact.select().count() == 0


def calendar(events: list[tuple[str, date, str, str, str]]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "X-WR-CALNAME:Work"]
    for uid, day, start, end, title in events:
        stamp = day.strftime("%Y%m%d")
        lines += [
            "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z",
            f"DTSTART:{stamp}T{start}00", f"DTEND:{stamp}T{end}00", f"SUMMARY:{title}",
            "END:VEVENT",
        ]  # fmt: skip
    return "\r\n".join([*lines, "END:VCALENDAR", ""])


def test_a_calendar_becomes_fixed_meetings_once(open_dialog, tmp_path, qtbot, today) -> None:
    path = tmp_path / "work.ics"
    events = [
        ("a@x", today + timedelta(days=1), "0930", "1030", "Pipeline review"),
        ("b@x", today + timedelta(days=2), "1400", "1500", "Acme demo"),
        ("c@x", today + timedelta(days=10), "1100", "1200", "Board call"),
    ]
    path.write_text(calendar(events), encoding="utf-8")
    dialog = open_dialog(path)
    assert dialog.file_label.text() == "work.ics: calendar “Work”"
    assert dialog.import_button.text() == "Import 3 meetings"
    dialog.options.window_weeks.setValue(1)  # only the next week: the board call is left out
    qtbot.waitUntil(lambda: dialog.import_button.text() == "Import 2 meetings", timeout=5000)
    assert [row[2] for row in dialog.views.preview_model.rows()] == [
        "Pipeline review",
        "Acme demo",
    ]
    run_import(qtbot, dialog)
    assert "Created: 2 meetings." in dialog.summary.toPlainText()
    blocks = TimeBlock.select().order_by(TimeBlock.date)
    assert [(b.title, b.start, b.fixed, b.kind) for b in blocks] == [
        ("Pipeline review", "09:30", True, BlockKind.MEETING.value),
        ("Acme demo", "14:00", True, BlockKind.MEETING.value),
    ]
    again = open_dialog(path)
    assert again.import_button.text() == "Import 1 meeting"  # the board call, in 4 weeks
    again.options.window_weeks.setValue(1)
    qtbot.waitUntil(lambda: again.import_button.text() == "Nothing to import", timeout=5000)
    assert again.views.headline.text() == "Already up to date: 2 meetings"
    assert not again.import_button.isEnabled()


def test_skip_keeps_what_is_stored_and_update_changes_it(open_dialog, tmp_path, qtbot) -> None:
    client = create_client(ClientInput(name="Blue Harbour"))
    add_contact(client, ContactInput(name="Ana Ruiz", email="ana@blue.example", role="Buyer"))
    path = tmp_path / "contacts.csv"
    path.write_text(HUBSPOT, encoding="utf-8")
    dialog = open_dialog(path)
    assert dialog.options.policy.currentText() == "Skip it"
    assert dialog.views.preview_model.rows()[0][1] == "Skip: already there"
    run_import(qtbot, dialog)
    assert ("Blue Harbour", "Ana Ruiz", "ana@blue.example", "Buyer") in stored_contacts()

    again = open_dialog(path)
    again.options.policy.setCurrentIndex(again.options.policy.findText("Update it"))
    qtbot.waitUntil(lambda: again.plan is not None and again.import_button.isEnabled())
    assert again.views.preview_model.rows()[0][1] == "Update"
    run_import(qtbot, again)
    assert ("Blue Harbour", "Ana Ruiz", "ana@blue.example", "CFO") in stored_contacts()
    assert Client.select().count() == 1


class FakeImportDialog(QObject):
    imported = Signal(object)
    opened: list[Path | None] = []

    def __init__(
        self, path: Path | None, parent: QObject, today: date | None = None, **_options: object
    ) -> None:
        super().__init__(parent)
        FakeImportDialog.opened.append(path)

    def exec(self) -> int:
        return 0


def file_drag(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_a_dropped_csv_opens_the_import_and_a_png_is_refused(
    qtbot, db, tmp_path, today, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "ImportDialog", FakeImportDialog)
    FakeImportDialog.opened = []
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    assert window.acceptDrops()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [(a.text().replace("&", ""), a.shortcut().toString()) for a in file_menu.actions()]
    assert ("Import…", "Ctrl+I") in texts and ("Export…", "Ctrl+E") in texts
    window.import_action.trigger()
    qtbot.waitUntil(lambda: FakeImportDialog.opened == [None])  # a file is chosen first
    FakeImportDialog.opened = []
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    copy = Qt.DropAction.CopyAction

    png = file_drag(tmp_path / "logo.png")
    refused = QDragEnterEvent(QPoint(10, 10), copy, png, buttons, keys)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()
    csv = file_drag(tmp_path / "leads.CSV")
    entering = QDragEnterEvent(QPoint(10, 10), copy, csv, buttons, keys)
    window.dragEnterEvent(entering)
    assert entering.isAccepted()
    window.dropEvent(QDropEvent(QPointF(10, 10), copy, csv, buttons, keys))
    qtbot.waitUntil(lambda: FakeImportDialog.opened == [tmp_path / "leads.CSV"])

    export = file_drag(tmp_path / "ae-desktop-2026-11-27.json")  # a full export, too
    entering = QDragEnterEvent(QPoint(10, 10), copy, export, buttons, keys)
    window.dragEnterEvent(entering)
    assert entering.isAccepted()

    two = QMimeData()
    two.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in ("a.csv", "b.csv")])
    both = QDragEnterEvent(QPoint(10, 10), copy, two, buttons, keys)
    window.dragEnterEvent(both)
    assert not both.isAccepted()


def test_a_vcard_file_previews_its_people_and_imports_them(open_dialog, tmp_path, qtbot) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nN:Ruiz;Ana;;;\r\nORG:Blue Harbour\r\n"
        "EMAIL:ana@blue.example\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    dialog = open_dialog(path)
    assert dialog.file_label.text() == "cards.vcf: vCard file, 1 contact"
    assert dialog.views.mapping_box.isHidden() and dialog.options.kind_box.isHidden()
    assert dialog.views.preview_model.rows() == [
        ["1", "New", "Blue Harbour", "Ana Ruiz", "ana@blue.example"]
    ]
    assert dialog.import_button.text() == "Import 1 contact"
    run_import(qtbot, dialog)
    assert stored_contacts() == [("Blue Harbour", "Ana Ruiz", "ana@blue.example", "")]


def test_after_an_import_the_window_shows_the_new_clients(
    qtbot, db, tmp_path, today, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_as_user(dialog: ImportDialog) -> int:  # Import clicked, then Close
        wait_checked(qtbot, dialog)
        run_import(qtbot, dialog)
        return 0

    monkeypatch.setattr(ImportDialog, "exec", exec_as_user)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    assert window.clients_tab.list_panel.model.rowCount() == 0
    path = tmp_path / "contacts.csv"
    path.write_text(HUBSPOT, encoding="utf-8")
    window.show_import(path)
    assert window.clients_tab.list_panel.model.rowCount() == 1
    assert window.statusBar().currentMessage() == "Import finished: 3 changes."


def test_the_plans_notes_are_shown_before_importing(open_dialog, tmp_path, qtbot) -> None:
    path = tmp_path / "deals.csv"
    path.write_text(
        "Deal Title,Company,Deal Value,Deal Stage\nBig order,Acme,1000,Waiting on legal\n",
        encoding="utf-8",
    )
    dialog = open_dialog(path)
    assert dialog.options.table_kind() == "deals"
    notes = dialog.views.notes
    assert notes.isVisible() and notes.wordWrap()
    assert "Waiting on legal" in notes.text() and "first stage" in notes.text()
    assert notes.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.outcome is None  # nothing imported yet

    people = tmp_path / "people.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    again = open_dialog(people)  # no notes: the label is not shown
    assert again.plan is not None and again.views.notes.isHidden()


PEOPLE = (
    "Company,First Name,Last Name,Email\n"
    "Blue Harbour,Ana,Ruiz,ana@blue.example\n"
    ",Eva,Sanz,eva@sanz.example\n"
    "Blue Harbour,Pau,Vidal,pau@@bad\n"
    ",,,not-an-email\n"
)


def test_rejected_rows_show_their_cells_and_a_client_of_the_persons_name(
    open_dialog, tmp_path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    dialog = open_dialog(path)
    preview = dialog.views.preview_model
    assert preview.titles() == ["Line", "Will be", "Company", "Contact", "E-mail"]
    assert preview.rows() == [
        ["2", "New", "Blue Harbour", "Ana Ruiz", "ana@blue.example"],
        ["3", "New", "Eva Sanz", "Eva Sanz", "eva@sanz.example"],
        ["4", "Rejected", "Blue Harbour", "Pau Vidal", "pau@@bad"],
        ["5", "Rejected", "", "", "not-an-email"],
    ]
    company = preview.index(1, 2)  # not in the file: the client the import makes for Eva
    assert preview.is_implied(1, 2) and not preview.is_implied(0, 2)
    assert preview.data(company, Qt.ItemDataRole.FontRole).italic()
    assert preview.data(company, Qt.ItemDataRole.ForegroundRole) is not None
    assert preview.data(preview.index(0, 2), Qt.ItemDataRole.FontRole) is None
    assert dialog.import_button.text() == "Import 2 contacts (2 rows rejected)"


def test_one_contact_and_one_rejected_row_are_said_in_the_singular(
    open_dialog, tmp_path, qtbot, today
) -> None:
    path = tmp_path / "one.csv"
    path.write_text(
        PEOPLE.replace(",Eva,Sanz,eva@sanz.example\n", "").replace(",,,not-an-email\n", ""),
        encoding="utf-8",
    )
    dialog = open_dialog(path)
    assert dialog.import_button.text() == "Import 1 contact (1 row rejected)"
    assert dialog.views.headline.text() == "New: 1 client, 1 contact"
    calendar_file = tmp_path / "work.ics"
    calendar_file.write_text(
        calendar([("a@x", today + timedelta(days=1), "0930", "1030", "Review")]),
        encoding="utf-8",
    )
    meetings = open_dialog(calendar_file)
    meetings.options.window_weeks.setValue(1)
    assert meetings.options.window_weeks.text() == "1 week"
    meetings.options.window_weeks.setValue(2)
    assert meetings.options.window_weeks.text() == "2 weeks"


def test_the_file_dialog_offers_full_exports(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    asked: list[str] = []

    def get_open_file_name(_parent, _title, _folder, kinds):
        asked.append(kinds)
        return "", ""

    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName", get_open_file_name)
    import_dialog._ask_file(None, "")  # type: ignore[arg-type]
    assert "*.json" in asked[0] and "*.csv" in asked[0]


def full_export(path: Path) -> Path:
    """A full JSON export of a database with one client and its contact, left empty after."""
    from ae_desktop.store.json_dump import dump_json

    client = create_client(ClientInput(name="Blue Harbour"))
    add_contact(client, ContactInput(name="Ana Ruiz", email="ana@blue.example"))
    dump_json(path)
    Contact.delete().execute()
    Client.delete().execute()
    return path


def test_a_full_export_is_brought_back_into_an_empty_database(
    qtbot, db, tmp_path, today, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = full_export(tmp_path / "backup.json")
    seen: list[ImportDialog] = []

    def exec_as_user(dialog: ImportDialog) -> int:  # Bring back everything, then Close
        seen.append(dialog)
        qtbot.waitUntil(lambda: dialog.full_export is not None, timeout=5000)
        assert dialog.file_label.text() == "backup.json: a full AE Desktop export"
        assert dialog.restore_question.text() == (
            "Bring back everything from this export? Your database is empty, so nothing "
            "is replaced."
        )
        assert dialog.import_button.text().replace("&", "") == "Bring back everything"
        run_import(qtbot, dialog)
        return 0

    monkeypatch.setattr(ImportDialog, "exec", exec_as_user)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    assert window.clients_tab.list_panel.model.rowCount() == 0
    window.show_import(path)
    assert stored_contacts() == [("Blue Harbour", "Ana Ruiz", "ana@blue.example", "")]
    assert window.clients_tab.list_panel.model.rowCount() == 1  # reload_all
    text = seen[0].summary.toPlainText()
    assert text.startswith("Brought back ") and "from backup.json." in text
    assert "  client: 1" in text.splitlines() and "  contact: 1" in text.splitlines()
    assert "  deal: 0" not in text.splitlines()  # only the tables that hold rows


def test_a_full_export_is_refused_when_the_database_holds_data(
    open_dialog, tmp_path, qtbot
) -> None:
    from ae_desktop.store.json_dump import NOT_EMPTY

    path = full_export(tmp_path / "backup.json")
    create_client(ClientInput(name="Kept Ltd"))
    dialog = open_dialog(path)
    assert dialog.message.text() == NOT_EMPTY
    assert dialog.full_export is None and not dialog.import_button.isEnabled()
    assert [c.name for c in Client.select()] == ["Kept Ltd"]
