"""The CSV folder export: the five files, with the columns and cells a user checks."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from ae_desktop.services.export_tables import export_csv_folder
from ae_desktop.store.models import Client, Contact, Deal, Interaction, Stage, Task

CREATED = datetime(2025, 1, 15, 9, 30, 12)


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


@pytest.fixture
def book(db: SqliteDatabase) -> None:
    """One client with accents, a contact, a deal of 1250.50, two interactions, two tasks."""
    client = Client.create(
        name="Café Ñandú, S.L.",
        tier="key",
        status="active",
        industry="Hostelería",
        potential_revenue_minor=125050,
        cadence_days=14,
        phone="+34 600 000 000",
        notes='=HYPERLINK("http://evil.example")',
        created_at=CREATED,
        updated_at=CREATED,
    )
    contact = Contact.create(
        client=client, name="José Ortega", role="CEO", email="jose@example.es", is_primary=True
    )
    deal = Deal.create(
        client=client,
        title="Renovación 2025",
        value_minor=125050,
        stage=Stage.get(Stage.name == "Proposal"),
        expected_close=date(2025, 3, 31),
        created_on=date(2025, 1, 15),
    )
    Interaction.create(
        client=client,
        contact=contact,
        deal=deal,
        kind="call",
        occurred_at=datetime(2025, 2, 1, 10, 0, 45),
        summary="Llamada de seguimiento",
        follow_up_on=date(2025, 2, 8),
        csat=5,
    )
    Interaction.create(client=client, kind="note", occurred_at=CREATED, summary="-2+3")
    Task.create(
        title="Send the proposal",
        client=client,
        deal=deal,
        due_on=date(2025, 2, 10),
        estimate_minutes=45,
        created_at=CREATED,
    )
    Task.create(title="Plan the quarter", created_at=CREATED)


def test_writes_five_files_and_counts_their_rows(tmp_path: Path, book: None) -> None:
    folder = tmp_path / "new" / "export"

    written = export_csv_folder(folder)

    assert written == {
        "clients.csv": 1,
        "contacts.csv": 1,
        "deals.csv": 1,
        "interactions.csv": 2,
        "tasks.csv": 2,
    }
    assert sorted(p.name for p in folder.iterdir()) == sorted(written)


def test_clients_csv(tmp_path: Path, book: None) -> None:
    export_csv_folder(tmp_path)

    header, *rows = _read(tmp_path / "clients.csv")
    assert header == [
        "id", "name", "tier", "status", "industry", "potential revenue", "cadence days",
        "website", "phone", "address", "notes", "archived", "created", "updated",
    ]  # fmt: skip
    assert rows == [
        [
            "1", "Café Ñandú, S.L.", "key", "active", "Hostelería", "1250.50", "14", "",
            "+34 600 000 000", "", "'=HYPERLINK(\"http://evil.example\")", "no",
            "2025-01-15 09:30", "2025-01-15 09:30",
        ]
    ]  # fmt: skip
    assert (tmp_path / "clients.csv").read_bytes().startswith(b"\xef\xbb\xbfid,name,")


def test_contacts_and_deals_csv(tmp_path: Path, book: None) -> None:
    export_csv_folder(tmp_path)

    assert _read(tmp_path / "contacts.csv") == [
        ["id", "client id", "client name", "name", "role", "e-mail", "phone", "primary", "notes"],
        ["1", "1", "Café Ñandú, S.L.", "José Ortega", "CEO", "jose@example.es", "", "yes", ""],
    ]
    assert _read(tmp_path / "deals.csv") == [
        [
            "id", "client id", "client name", "title", "value", "currency", "kind", "stage",
            "probability", "expected close", "next step", "created on", "closed on",
            "lost reason", "notes",
        ],
        [
            "1", "1", "Café Ñandú, S.L.", "Renovación 2025", "1250.50", "EUR", "new_business",
            "Proposal", "", "2025-03-31", "", "2025-01-15", "", "", "",
        ],
    ]  # fmt: skip


def test_interactions_and_tasks_csv(tmp_path: Path, book: None) -> None:
    export_csv_folder(tmp_path)

    assert _read(tmp_path / "interactions.csv") == [
        [
            "id", "client id", "client name", "contact name", "deal title", "kind",
            "occurred at", "summary", "outcome", "follow-up on", "CSAT",
        ],
        [
            "1", "1", "Café Ñandú, S.L.", "José Ortega", "Renovación 2025", "call",
            "2025-02-01 10:00", "Llamada de seguimiento", "", "2025-02-08", "5",
        ],
        ["2", "1", "Café Ñandú, S.L.", "", "", "note", "2025-01-15 09:30", "'-2+3", "", "", ""],
    ]  # fmt: skip
    assert _read(tmp_path / "tasks.csv") == [
        [
            "id", "title", "client name", "deal title", "due on", "estimate minutes",
            "importance", "urgency", "status", "delegated to", "created at", "completed at",
            "notes",
        ],
        [
            "1", "Send the proposal", "Café Ñandú, S.L.", "Renovación 2025", "2025-02-10", "45",
            "auto", "auto", "open", "", "2025-01-15 09:30", "", "",
        ],
        ["2", "Plan the quarter", "", "", "", "30", "auto", "auto", "open", "",
         "2025-01-15 09:30", "", ""],
    ]  # fmt: skip


def test_replaces_an_existing_file_and_leaves_no_temp(tmp_path: Path, book: None) -> None:
    (tmp_path / "deals.csv").write_text("old", encoding="utf-8")
    (tmp_path / "mine.txt").write_text("keep", encoding="utf-8")

    export_csv_folder(tmp_path)

    assert _read(tmp_path / "deals.csv")[1][4] == "1250.50"
    assert (tmp_path / "mine.txt").read_text(encoding="utf-8") == "keep"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_an_empty_database_gives_headers_only(tmp_path: Path, db: SqliteDatabase) -> None:
    written = export_csv_folder(tmp_path)

    assert set(written.values()) == {0}
    assert len(_read(tmp_path / "tasks.csv")) == 1
