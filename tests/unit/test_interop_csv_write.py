"""CSV export: formulas neutralised, numbers kept numeric, BOM, CRLF, all or nothing."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ae_desktop.interop import atomic_write
from ae_desktop.interop.csv_write import neutralise, write_csv


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
        ),
        ("+34 600 000 000", "+34 600 000 000"),  # a phone number runs nothing
        ("+1 (555) 010-2030", "+1 (555) 010-2030"),
        ("+34 600 000 000+1", "'+34 600 000 000+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("+12", "'+12"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("-2+3", "'-2+3"),
        ("-5", "'-5"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Acme = fine", "Acme = fine"),
        ("", ""),
        (-5, -5),
        (2.5, 2.5),
        (Decimal("-1250.50"), Decimal("-1250.50")),
        (None, None),
    ],
)
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected
    assert type(neutralise(value)) is type(expected)


def test_written_cells_are_neutralised_and_numbers_stay_numbers(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    rows = [
        ['=HYPERLINK("http://x","y")', "+34 600 000 000", "@SUM(A1)", "-2+3", "\tx", "\ry"],
        [-5, 3, 2.5, Decimal("1250.50"), Decimal("-0.01"), "-5"],
    ]

    assert write_csv(target, ["a", "b", "c", "d", "e", "f"], rows) == 2

    assert _read(target) == [
        ["a", "b", "c", "d", "e", "f"],
        ['\'=HYPERLINK("http://x","y")', "+34 600 000 000", "'@SUM(A1)", "'-2+3", "'\tx", "'\ry"],
        ["-5", "3", "2.5", "1250.50", "-0.01", "'-5"],
    ]
    # The numbers are bare in the file: a spreadsheet reads them as numbers, not text.
    assert b"\r\n-5,3,2.5,1250.50,-0.01,'-5\r\n" in target.read_bytes()


def test_dates_none_booleans_and_accents(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    row = [date(2025, 3, 7), datetime(2025, 3, 7, 9, 5, 59), None, True, False, "Café Ñandú"]

    write_csv(target, ["día", "when", "none", "yes", "no", "name"], [row])

    assert _read(target)[1] == ["2025-03-07", "2025-03-07 09:05", "", "yes", "no", "Café Ñandú"]


def test_bom_crlf_and_minimal_quoting(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"

    write_csv(target, ["name", "notes"], [["Acme, Inc.", 'say "hi"\nbye'], ["plain", ""]])

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfname,notes\r\n")
    assert raw.endswith(b"\r\nplain,\r\n")
    assert b'"Acme, Inc.","say ""hi""\nbye"\r\n' in raw


def test_a_failure_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")

    def rows() -> Iterator[list[str]]:
        yield ["one"]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_csv(target, ["h"], rows())

    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_replacing_keeps_the_mode_and_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    kept = tmp_path / "kept.csv"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    write_csv(kept, ["h"], [["new"]])
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640

    fresh = tmp_path / "fresh.csv"
    write_csv(fresh, ["h"], [])
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~atomic_write._UMASK
    assert _read(fresh) == [["h"]]
