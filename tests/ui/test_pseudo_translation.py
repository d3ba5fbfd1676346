"""A pseudo-translated run (every message ~40 % longer, "Save" -> "[Śàvè ~]") of --screenshots:
a label, button or check box too narrow for a longer language shows up as clipped, and chrome
left in plain English was never marked for translation (issue 9).

To look at it: `AE_DESKTOP_PSEUDO=1 python -m ae_desktop --screenshots DIR`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabBar,
    QWidget,
)

from ae_desktop.store.demo.generator import generate
from ae_desktop.ui.main_window import MainWindow
from ae_desktop.ui.pseudo import OPEN, PseudoTranslator, pseudo_text
from ae_desktop.ui.screenshots import SIZE, save_screenshots

# Chrome a user reads that is not a message: the app's name, language names as they call
# themselves, currency codes.
NOT_MESSAGES = {"AE Desktop", "English", "Español"}
# The smallest screen the app must fit, in English and in a longer language: the main window
# at every tab, Settings at every page, Import and Export may never need more than this.
LAPTOP = (1366, 768)
MUST_FIT = ("tab-", "dialog-settings-", "dialog-import.png", "dialog-export.png")


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Save", "[Śàvè ~]"),
        ("&Save", "[&Śàvè ~]"),
        ("{0} clients", "[{0} ćĺìèñtś ~~]"),
        ("—", "—"),
        ("<b>Note</b> %n", "[<b>Ñòtè</b> %n ~~~]"),
    ],
)
def test_pseudo_text_keeps_placeholders_and_accelerators(source: str, shown: str) -> None:
    assert pseudo_text(source) == shown


def _one_line_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        if widget.wordWrap() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return ""
        text = widget.text()
    elif isinstance(widget, QAbstractButton):
        text = widget.text()
    else:
        return ""
    return "" if "\n" in text or "<" in text else text


def clipped(top: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their one-line text, where their layout let
    them grow (no maximum width below the text, size policy not Ignored: those elide)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, QLabel | QPushButton | QCheckBox | QRadioButton):
            continue
        text = _one_line_text(widget)
        if not text or not widget.isVisible():
            continue
        wanted = widget.sizeHint().width()
        if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            continue
        if widget.maximumWidth() < wanted:
            continue  # capped on purpose (elided or fixed by design)
        if wanted > widget.width() + 1:
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {wanted}")
    return found


def plain_chrome(top: QWidget) -> list[str]:
    """Visible buttons, check boxes, group boxes and tabs whose text never went through a
    translator (data shown in labels and tables is the user's, not checked)."""
    texts = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QPushButton) and widget.isFlat():
            continue  # the Today strip's links: a task's or deal's own words
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    texts.append(top.windowTitle())
    return sorted(
        {
            t
            for t in texts
            if any(c.isalpha() for c in t)
            and OPEN not in t
            and t not in NOT_MESSAGES
            and not t.startswith("AE Desktop")
        }
    )


def too_big(widget: QWidget, name: str) -> str:
    """What *widget* needs at the least, if a 1366 x 768 laptop cannot give it ('' if it can):
    the width and height are its layout's, whatever the text's length."""
    if not name.startswith(MUST_FIT):
        return ""
    least = widget.minimumSizeHint()
    if least.width() <= LAPTOP[0] and least.height() <= LAPTOP[1]:
        return ""
    return f"{least.width()} x {least.height()}"


def _shoot(qtbot, tmp_path: Path, inspect) -> list[Path]:
    window = MainWindow(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.load()
    return save_screenshots(window, tmp_path / "shots", inspect)


def test_pseudo_translated_screens_are_not_clipped(qtbot, db, tmp_path: Path) -> None:
    generate(size="small", seed=7, today=date.today())
    app = QApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    problems: dict[str, list[str]] = {}
    plain: dict[str, list[str]] = {}
    wider: dict[str, int] = {}
    big: dict[str, str] = {}

    def inspect(widget: QWidget, name: str) -> None:
        problems[name] = clipped(widget)
        plain[name] = plain_chrome(widget)
        if widget.width() > SIZE[0]:  # longer words widened it past the screenshot size
            wider[name] = widget.width()
        big[name] = too_big(widget, name)

    try:
        saved = _shoot(qtbot, tmp_path, inspect)
    finally:
        app.removeTranslator(translator)
    assert len(saved) >= 20
    assert {"tab-1-clients.png", "dialog-settings-general.png"} <= set(problems)
    assert {"tab-3-agenda.png", "dialog-import.png", "dialog-export.png"} <= set(big)
    assert translator.asked, "the pseudo translator was never asked"
    assert {name: found for name, found in problems.items() if found} == {}
    assert {name: found for name, found in plain.items() if found} == {}
    assert wider == {}
    assert {name: size for name, size in big.items() if size} == {}


def test_english_screens_fit_a_laptop(qtbot, db, tmp_path: Path) -> None:
    """The same windows in English: none needs more than 1366 x 768 or grows past its size."""
    generate(size="small", seed=7, today=date.today())
    wider: dict[str, int] = {}
    big: dict[str, str] = {}

    def inspect(widget: QWidget, name: str) -> None:
        if widget.width() > SIZE[0]:
            wider[name] = widget.width()
        big[name] = too_big(widget, name)

    _shoot(qtbot, tmp_path, inspect)
    settings_pages = {name for name in big if name.startswith("dialog-settings-")}
    assert len(settings_pages) == 5
    assert {"tab-2-deals.png", "tab-3-agenda.png", "dialog-import.png"} <= set(big)
    assert wider == {}
    assert {name: size for name, size in big.items() if size} == {}
