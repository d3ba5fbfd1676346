"""File > Export… as a user drives it: each format written where chosen, then shown."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from ae_desktop.domain.enums import BlockKind
from ae_desktop.services.clients import ClientInput, create_client
from ae_desktop.services.contacts import ContactInput, add_contact
from ae_desktop.services.time_blocks import BlockInput, add_block
from ae_desktop.ui.interop import export_dialog
from ae_desktop.ui.interop.export_dialog import ExportDialog


@pytest.fixture
def acme(db: object, today: date) -> int:
    client = create_client(ClientInput(name="Acme Foods"))
    add_contact(client, ContactInput(name="Ana Ruiz", email="ana@acme.example"))
    other = create_client(ClientInput(name="Blue Harbour"))
    add_contact(other, ContactInput(name="Luis Gil", email="luis@blue.example"))
    add_block(BlockInput(today, 9 * 60, 10 * 60, "Prospecting", BlockKind.PROSPECTING))
    return client


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def export_to(qtbot, today: date, opened: list[QUrl]) -> Callable[..., ExportDialog]:
    def run(
        fmt: str, target: Path, client_id: int | None = None, only_client: bool = False
    ) -> ExportDialog:
        dialog = ExportDialog(
            None,
            client_id,
            today=today,
            choose_path=lambda *_: str(target),
            open_url=opened.append,
        )
        qtbot.addWidget(dialog)
        dialog.radios[fmt].click()  # type: ignore[index]
        if only_client:
            dialog.client_contacts.click()
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.exporting, timeout=10_000)
        return dialog

    return run


def test_all_data_as_csv_files_in_a_folder_then_shown(acme, export_to, tmp_path, opened):
    dialog = export_to("csv", tmp_path)
    folder = tmp_path / "AE Desktop 2026-11-27"
    assert dialog.written == folder
    assert dialog.status.text().startswith("Wrote 5 files")
    assert sorted(p.name for p in folder.iterdir()) == [
        "clients.csv", "contacts.csv", "deals.csv", "interactions.csv", "tasks.csv",
    ]  # fmt: skip
    lines = (folder / "clients.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,name,tier,status")
    assert "Acme Foods" in lines[1] + lines[2]
    assert not dialog.folder_button.isHidden()
    dialog.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_contacts_as_vcard_all_or_the_selected_clients(acme, export_to, tmp_path):
    everyone = export_to("vcard", tmp_path / "everyone")
    assert everyone.written == tmp_path / "everyone.vcf"
    text = (tmp_path / "everyone.vcf").read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCARD") and "Ana Ruiz" in text and "Luis Gil" in text
    one = export_to("vcard", tmp_path / "acme.vcf", client_id=acme, only_client=True)
    assert one.client_contacts.text() == "Only the contacts of Acme Foods"
    text = (tmp_path / "acme.vcf").read_text(encoding="utf-8")
    assert "Ana Ruiz" in text and "Luis Gil" not in text
    assert one.status.text() == f"Wrote 1 contact to {tmp_path / 'acme.vcf'}."


def test_calendar_as_icalendar(acme, export_to, tmp_path):
    dialog = export_to("ics", tmp_path / "calendar.ics")
    text = (tmp_path / "calendar.ics").read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "Prospecting" in text
    assert "1 time block" in dialog.status.text()


def test_everything_as_json(acme, export_to, tmp_path):
    export_to("json", tmp_path / "backup.json")
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert "format" in data


def test_a_folder_that_cannot_be_written_is_told(
    acme, export_to, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    told: list[str] = []
    monkeypatch.setattr(export_dialog, "warn", lambda _parent, _title, text: told.append(text))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = export_to("json", blocker / "backup.json")
    assert told and told[0].startswith("Nothing was exported:")
    assert dialog.written is None and dialog.folder_button.isHidden()


def test_a_second_csv_export_the_same_day_goes_to_a_new_folder(acme, export_to, tmp_path):
    first = export_to("csv", tmp_path)
    folder = tmp_path / "AE Desktop 2026-11-27"
    assert first.written == folder
    (folder / "my notes.txt").write_text("kept", encoding="utf-8")
    before = (folder / "clients.csv").read_bytes()
    second = export_to("csv", tmp_path)
    assert second.written == tmp_path / "AE Desktop 2026-11-27 (2)"
    assert len(list(second.written.iterdir())) == 5
    assert (folder / "my notes.txt").read_text(encoding="utf-8") == "kept"
    assert (folder / "clients.csv").read_bytes() == before
    assert export_to("csv", tmp_path).written == tmp_path / "AE Desktop 2026-11-27 (3)"


def test_a_write_error_names_the_chosen_file_not_a_temporary_one(
    acme, export_to, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    told: list[str] = []
    monkeypatch.setattr(export_dialog, "warn", lambda _parent, _title, text: told.append(text))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "backup.json"
    export_to("json", target)
    assert told == [f"Nothing was exported: Could not write {target}: Not a directory"]
    assert ".tmp" not in told[0]
