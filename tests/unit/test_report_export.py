"""Exporting the PDF: all or nothing, and with the permissions the user expects."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ae_desktop.domain.periods import parse_week
from ae_desktop.report import export
from ae_desktop.report.build import build_report


@pytest.fixture
def report(db: object):
    return build_report(parse_week("2026-W48"), now=datetime(2026, 11, 27, 17))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_follows_the_umask(
    qapp: QCoreApplication, report, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(export, "_UMASK", 0o077)
    private = tmp_path / "private.pdf"
    export.export_pdf(report, private)
    assert _mode(private) == 0o600
    monkeypatch.setattr(export, "_UMASK", 0o022)
    shared = tmp_path / "shared.pdf"
    export.export_pdf(report, shared)
    assert _mode(shared) == 0o644


def test_a_replaced_file_keeps_its_permissions(
    qapp: QCoreApplication, report, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "weekly.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    pages = export.export_pdf(report, target)
    assert pages >= 1 and target.read_bytes().startswith(b"%PDF")
    assert _mode(target) == 0o600
    assert [p.name for p in out.iterdir()] == ["weekly.pdf"]  # no temp file left


def test_a_missing_folder_is_refused_and_nothing_written(
    qapp: QCoreApplication, report, tmp_path: Path
) -> None:
    with pytest.raises(export.ExportError, match="does not exist"):
        export.export_pdf(report, tmp_path / "gone" / "weekly.pdf")
    assert not (tmp_path / "gone").exists()
