"""The app's language: which one is chosen, and what installing it changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ae_desktop import i18n


@pytest.fixture
def english_after(qapp: QCoreApplication) -> Iterator[QCoreApplication]:
    yield qapp
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale.c())


def test_an_explicit_choice_wins_over_the_system() -> None:
    assert i18n.resolve_language("es") == "es"
    assert i18n.resolve_language("en") == "en"


def test_system_follows_the_system_language() -> None:
    expected = "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"
    assert i18n.resolve_language("system") == expected
    assert i18n.resolve_language(None) == expected


def test_spanish_formats_dates_and_numbers_the_spanish_way(english_after: QCoreApplication) -> None:
    locale = i18n.install_translators(english_after, "es")
    assert QLocale().language() == QLocale.Language.Spanish
    assert locale.toString(1234.5, "f", 1) == "1234,5"


def test_spanish_translates_the_report_and_qt_itself(english_after: QCoreApplication) -> None:
    if not i18n.resource_path("translations", "ae_desktop_es.ts").exists():
        pytest.skip("no Spanish translation source yet")
    i18n.install_translators(english_after, "es")
    assert QCoreApplication.translate("report", "Weekly report") == "Informe semanal"
    # Qt's own buttons (QDialogButtonBox, QMessageBox) come from qtbase_es.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_back_to_english_removes_the_translation(english_after: QCoreApplication) -> None:
    i18n.install_translators(english_after, "es")
    i18n.install_translators(english_after, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() == QLocale.Language.English
