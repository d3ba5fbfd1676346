"""`ae-desktop import` and `export` as a user runs them: exit codes, dry run, all or nothing,
re-importing a calendar, and a JSON export brought back into an empty data folder."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs the app in a subprocess

HUBSPOT = (
    "First Name,Last Name,Email,Phone Number,Job Title,Company Name,Industry\r\n"
    "Ana,Ruiz,ana@blue.example,+34 600 111 222,CFO,Blue Harbour,Food\r\n"
    "Luis,Gil,luis@blue.example,,Buyer,Blue Harbour,Food\r\n"
    "Bad,Mail,not-an-email,,,Acme,\r\n"
)


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def _rows(folder: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(folder / "ae-desktop.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "hubspot-contacts.csv"
    path.write_bytes(HUBSPOT.encode())
    return path


def test_rejected_rows_stop_the_import_unless_told(
    tmp_path: Path, env: dict[str, str], csv_file: Path
) -> None:
    data = tmp_path / "data"
    dry = _run(env, "import", str(csv_file), "--data-dir", str(data), "--dry-run")
    assert dry.returncode == 1
    assert "Would create 2 contacts." in dry.stdout and "Line 4:" in dry.stdout
    assert not (data / "ae-desktop.sqlite3").exists()  # a dry run writes nothing
    refused = _run(env, "import", str(csv_file), "--data-dir", str(data))
    assert refused.returncode == 1
    assert "1 row rejected, so nothing was imported" in refused.stderr
    assert "Line 4: " in refused.stderr and "Created" not in refused.stderr
    assert _rows(data, "SELECT count(*) FROM contact") == [(0,)]
    done = _run(env, "import", str(csv_file), "--data-dir", str(data), "--skip-rejected")
    assert done.returncode == 0, done.stderr
    assert _rows(data, "SELECT c.name, k.name, k.email FROM contact k JOIN client c "
                 "ON c.id = k.client_id ORDER BY k.id") == [
        ("Blue Harbour", "Ana Ruiz", "ana@blue.example"),
        ("Blue Harbour", "Luis Gil", "luis@blue.example"),
    ]  # fmt: skip
    again = _run(env, "import", str(csv_file), "--data-dir", str(data), "--skip-rejected")
    assert "Skipped 2 rows already in the database" in again.stdout
    assert _rows(data, "SELECT count(*) FROM contact") == [(2,)]


def test_unusable_arguments_and_files(tmp_path: Path, env: dict[str, str]) -> None:
    data = str(tmp_path / "data")
    missing = _run(env, "import", str(tmp_path / "nope.csv"), "--data-dir", data)
    assert missing.returncode == 2 and "is not a file" in missing.stderr
    garbage = tmp_path / "photo.csv"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    bad = _run(env, "import", str(garbage), "--data-dir", data)
    assert bad.returncode == 1 and "Nothing was imported" in bad.stderr
    wrong = _run(env, "import", str(garbage), "--kind", "xls", "--data-dir", data)
    assert wrong.returncode == 2


def _calendar(start: date) -> str:
    day = (start + timedelta(days=2)).strftime("%Y%m%d")
    later = (start + timedelta(days=3)).strftime("%Y%m%d")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nX-WR-CALNAME:Work\r\n"
        f"BEGIN:VEVENT\r\nUID:one@test\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART:{day}T100000\r\nDTEND:{day}T110000\r\nSUMMARY:Board review\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:two@test\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART:{later}T090000\r\nDTEND:{later}T093000\r\nSUMMARY:Call Ana\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )


def test_a_calendar_imported_twice_is_there_once(tmp_path: Path, env: dict[str, str]) -> None:
    data = tmp_path / "data"
    ics = tmp_path / "work.ics"
    ics.write_text(_calendar(date.today()), newline="")
    first = _run(env, "import", str(ics), "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    assert "Created 2 meetings." in first.stdout
    second = _run(env, "import", str(ics), "--data-dir", str(data))
    assert "Nothing to create or update." in second.stdout
    assert _rows(data, "SELECT title, start, \"end\", fixed, calendar FROM time_block "
                 "ORDER BY date") == [
        ("Board review", "10:00", "11:00", 1, "Work"),
        ("Call Ana", "09:00", "09:30", 1, "Work"),
    ]  # fmt: skip
    # Exported again, the meetings would be copies in the calendar they came from.
    madrid = {**env, "TZ": "Europe/Madrid"}
    out = tmp_path / "out.ics"
    done = _run(madrid, "export", "--format", "ics", "--out", str(out), "--data-dir", str(data))
    assert "Wrote 0 time blocks" in done.stdout and "Board review" not in out.read_text()


def test_export_every_format_and_bring_json_back(
    tmp_path: Path, env: dict[str, str], csv_file: Path
) -> None:
    data = tmp_path / "data"
    _run(env, "import", str(csv_file), "--data-dir", str(data), "--skip-rejected")
    out = tmp_path / "out"
    out.mkdir()
    for fmt, target in (
        ("csv", out / "tables"),
        ("vcard", out / "contacts.vcf"),
        ("ics", out / "calendar.ics"),
        ("json", out / "all.json"),
    ):
        done = _run(env, "export", "--format", fmt, "--out", str(target), "--data-dir", str(data))
        assert done.returncode == 0, done.stderr
        assert str(target) in done.stdout
    assert (out / "tables" / "contacts.csv").read_text(encoding="utf-8-sig").count("\n") == 3
    vcards = (out / "contacts.vcf").read_text()
    assert vcards.count("BEGIN:VCARD") == 2 and "VERSION:4.0" in vcards
    assert (out / "calendar.ics").read_text().startswith("BEGIN:VCALENDAR")
    dump = json.loads((out / "all.json").read_text(encoding="utf-8"))
    assert dump["format"] == "ae-desktop-export" and len(dump["tables"]["contact"]) == 2
    fresh = tmp_path / "fresh"
    back = _run(env, "import", str(out / "all.json"), "--data-dir", str(fresh))  # told by content
    assert back.returncode == 0, back.stderr
    assert _rows(fresh, "SELECT name, email FROM contact ORDER BY id") == [
        ("Ana Ruiz", "ana@blue.example"),
        ("Luis Gil", "luis@blue.example"),
    ]
    twice = _run(env, "import", str(out / "all.json"), "--kind", "json", "--data-dir", str(fresh))
    assert twice.returncode == 1 and "empty database" in twice.stderr


def test_export_without_a_database(tmp_path: Path, env: dict[str, str]) -> None:
    done = _run(env, "export", "--format", "csv", "--out", str(tmp_path / "x"),
                "--data-dir", str(tmp_path / "none"))  # fmt: skip
    assert done.returncode == 1 and "no database" in done.stderr


def test_export_options_that_cannot_work(
    tmp_path: Path, env: dict[str, str], csv_file: Path
) -> None:
    data = tmp_path / "data"
    _run(env, "import", str(csv_file), "--data-dir", str(data), "--skip-rejected")
    folder = tmp_path / "out"
    folder.mkdir()
    into = _run(env, "export", "--format", "ics", "--out", str(folder), "--data-dir", str(data))
    assert into.returncode == 0 and (folder / "AE Desktop calendar.ics").is_file()
    nobody = _run(env, "export", "--format", "vcard", "--client", "999", "--out",
                  str(folder / "x.vcf"), "--data-dir", str(data))  # fmt: skip
    assert nobody.returncode == 1 and "no client with id 999" in nobody.stderr
    assert not (folder / "x.vcf").exists()
    wrong = _run(env, "export", "--format", "csv", "--client", "1", "--out", str(folder),
                 "--data-dir", str(data))  # fmt: skip
    assert wrong.returncode == 2


def test_a_file_whose_columns_say_nothing_is_refused(tmp_path: Path, env: dict[str, str]) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Colour,Size\nred,XL\n", encoding="utf-8")
    done = _run(env, "import", str(odd), "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 1 and "No column of odd.csv was recognised" in done.stderr
    vcard = tmp_path / "people.vcf"
    vcard.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n")
    forced = _run(env, "import", str(vcard), "--kind", "csv", "--data-dir", str(tmp_path / "d"))
    assert forced.returncode == 1 and "was recognised" in forced.stderr


def test_the_apps_own_csv_export_comes_back_as_it_was(tmp_path: Path, env: dict[str, str]) -> None:
    data, fresh = tmp_path / "data", tmp_path / "fresh"
    people = tmp_path / "people.csv"
    people.write_text(
        "Company,Name,Email,Phone\r\n"
        '"=HYPERLINK(""http://x"")",Ana Ruiz,ana@x.example,+34 600 111 222\r\n',
        encoding="utf-8",
    )
    assert _run(env, "import", str(people), "--data-dir", str(data)).returncode == 0
    out = tmp_path / "csv"
    _run(env, "export", "--format", "csv", "--out", str(out), "--data-dir", str(data))
    assert "+34 600 111 222" in (out / "contacts.csv").read_text(encoding="utf-8-sig")
    back = _run(env, "import", str(out / "contacts.csv"), "--data-dir", str(fresh))
    assert back.returncode == 0, back.stderr
    query = "SELECT c.name, k.name, k.phone FROM contact k JOIN client c ON c.id = k.client_id"
    assert _rows(fresh, query) == [('=HYPERLINK("http://x")', "Ana Ruiz", "+34 600 111 222")]


def test_the_calendar_export_names_the_time_zone(tmp_path: Path, env: dict[str, str]) -> None:
    data = tmp_path / "data"
    assert _run(env, "demo", "--data-dir", str(data)).returncode == 0
    out = tmp_path / "blocks.ics"
    madrid = {**env, "TZ": "Europe/Madrid"}
    done = _run(madrid, "export", "--format", "ics", "--out", str(out), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    assert "BEGIN:VTIMEZONE" in text and "DTSTART;TZID=Europe/Madrid:" in text
