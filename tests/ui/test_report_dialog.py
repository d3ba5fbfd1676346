"""The Weekly report dialog as a user drives it: week, preview, export, open."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QThreadPool, QUrl
from PySide6.QtWidgets import QDialog, QMessageBox

from ae_desktop.domain.enums import Tier
from ae_desktop.ui.report.dialog import ReportDialog


def _text(path: Path) -> str:
    raw = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def dialog_for(
    qtbot, settings: QSettings, tmp_path: Path, opened: list[QUrl]
) -> Callable[..., ReportDialog]:
    def make(today: date, target: Path | None = None) -> ReportDialog:
        chosen = str(target or tmp_path / "weekly")

        dialog = ReportDialog(
            settings, today, choose_path=lambda *_: chosen, open_url=opened.append
        )
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        return dialog

    return make


def test_the_current_week_is_previewed_page_by_page(
    dialog_for: Callable[..., ReportDialog], make_client: Callable[..., int], today: date
) -> None:
    make_client("<img src=x>", tier=Tier.KEY, touched_days_ago=1)
    dialog = dialog_for(today)
    assert dialog.week.label == "2026-W48"
    assert dialog.week_bar.title.text() == "Week 48 · 23–29 Nov 2026"
    pages = len(dialog.preview.pages)
    assert pages >= 1
    assert dialog.status.text() == ("1 page" if pages == 1 else f"{pages} pages")
    assert dialog.export_button.isEnabled()
    assert dialog.open_button.isHidden() and dialog.folder_button.isHidden()


def test_on_a_monday_the_week_just_ended_is_chosen(
    dialog_for: Callable[..., ReportDialog], db: object
) -> None:
    dialog = dialog_for(date(2026, 11, 30))
    assert dialog.week.label == "2026-W48"


def test_previous_week_prepares_that_week(
    dialog_for: Callable[..., ReportDialog], db: object, today: date, qtbot
) -> None:
    dialog = dialog_for(today)
    dialog.week_bar.previous.click()
    assert dialog.report is None and not dialog.export_button.isEnabled()  # being prepared
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.week.label == "2026-W47"
    dialog.week_bar.this_week.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.week.label == "2026-W48"


def test_export_writes_the_pdf_then_opens_it_or_its_folder(
    dialog_for: Callable[..., ReportDialog],
    make_client: Callable[..., int],
    today: date,
    tmp_path: Path,
    opened: list[QUrl],
    settings: QSettings,
    qtbot,
) -> None:
    make_client("<img src=x>", tier=Tier.KEY, touched_days_ago=1)
    dialog = dialog_for(today)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10_000)
    saved = tmp_path / "weekly.pdf"  # ".pdf" added to the name the user typed
    assert dialog.exported == saved
    assert len(PdfReader(saved).pages) == len(dialog.preview.pages)
    assert "<img src=x>" in _text(saved)
    assert str(saved) in dialog.status.text()
    assert settings.value("report/folder") == str(tmp_path)
    assert not dialog.open_button.isHidden() and not dialog.folder_button.isHidden()
    dialog.open_button.click()
    dialog.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(saved)), QUrl.fromLocalFile(str(tmp_path))]
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["weekly.pdf"]


def test_an_unwritable_place_is_refused_with_a_message(
    dialog_for: Callable[..., ReportDialog],
    db: object,
    today: date,
    tmp_path: Path,
    when_modal: Callable[[Callable[[QDialog], None]], None],
    qtbot,
) -> None:
    missing = tmp_path / "gone" / "weekly.pdf"
    dialog = dialog_for(today, target=missing)
    seen: list[str] = []

    def read_and_close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(read_and_close)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    QThreadPool.globalInstance().waitForDone(5_000)
    assert "does not exist" in seen[0]
    assert dialog.exported is None and dialog.open_button.isHidden()
    assert not missing.parent.exists()


def test_the_paper_size_is_remembered(
    dialog_for: Callable[..., ReportDialog], db: object, today: date, qtbot
) -> None:
    from ae_desktop.services.settings import get_setting

    dialog = dialog_for(today)
    dialog.week_bar.paper.setCurrentText("Letter")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert get_setting("report_paper") == "Letter"
    assert dialog_for(today).paper == "Letter"


def test_moving_on_during_an_export_keeps_the_new_weeks_buttons_clear(
    dialog_for: Callable[..., ReportDialog], db: object, today: date, tmp_path: Path, qtbot
) -> None:
    dialog = dialog_for(today)
    dialog.export_button.click()
    dialog.week_bar.previous.click()  # before the export has finished
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(
        lambda: dialog.report is not None and not dialog.progress.isVisibleTo(dialog),
        timeout=10_000,
    )
    QThreadPool.globalInstance().waitForDone(5_000)
    qtbot.wait(50)  # the export's result, delivered after the preview's
    assert (tmp_path / "weekly.pdf").exists()
    assert dialog.report.week.label == "2026-W47"
    assert dialog.exported is None and dialog.open_button.isHidden()  # W48's file: not W47's
    assert dialog.export_button.isEnabled()


def test_an_export_ending_after_the_new_weeks_preview_stops_the_busy_indicator(
    dialog_for: Callable[..., ReportDialog], db: object, today: date, qtbot, monkeypatch
) -> None:
    """The export of W48 finishes after the user moved to W47 and W47 was laid out."""
    import threading

    from ae_desktop.ui.report import dialog as dialog_module

    release = threading.Event()
    real_export = dialog_module._export

    def slow_export(*args: object) -> int:
        release.wait(10)
        return real_export(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(dialog_module, "_export", slow_export)
    dialog = dialog_for(today)
    dialog.export_button.click()
    dialog.week_bar.previous.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)  # W47 ready first
    assert dialog.progress.isVisibleTo(dialog)  # the export still runs
    release.set()
    qtbot.waitUntil(lambda: not dialog.progress.isVisibleTo(dialog), timeout=10_000)
    assert dialog.report.week.label == "2026-W47" and dialog.export_button.isEnabled()
    assert dialog.exported is None


def test_a_week_left_before_it_is_laid_out_is_not_laid_out(
    dialog_for: Callable[..., ReportDialog], db: object, today: date, qtbot, monkeypatch
) -> None:
    from ae_desktop.report import render

    dialog = dialog_for(today)
    laid_out: list[str] = []
    real = render.render_pages

    def counting(report, **kwargs):
        laid_out.append(report.week.label)
        return real(report, **kwargs)

    monkeypatch.setattr(render, "render_pages", counting)
    for _ in range(4):
        dialog.week_bar.previous.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    QThreadPool.globalInstance().waitForDone(5_000)
    assert dialog.report.week.label == "2026-W44"
    assert laid_out[-1] == "2026-W44" and len(laid_out) < 4
