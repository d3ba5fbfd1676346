"""The app's language: Qt translators for English or Spanish and the locale that formats."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ae_desktop import translation
from ae_desktop.assets import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es")
_QT_LANGUAGES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}
_FALLBACK_TERRITORY = {"en": QLocale.Country.UnitedStates, "es": QLocale.Country.Spain}
_installed: list[QTranslator] = []


def resolve_language(choice: str | None) -> str:
    """ "en" or "es" for a choice of "en", "es", "system" or None (the system's language)."""
    if choice in LANGUAGES:
        return choice
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def locale_for(lang: str) -> QLocale:
    """The system locale when it speaks *lang* (dates as the user is used to), else the
    language's main one: es_ES for Spanish, en_US for English."""
    system = QLocale.system()
    if system.language() == _QT_LANGUAGES[lang]:
        return system
    return QLocale(_QT_LANGUAGES[lang], _FALLBACK_TERRITORY[lang])


def translation_file(lang: str) -> str:
    return str(resource_path("translations", f"ae_desktop_{lang}.qm"))


def install_translators(app: QCoreApplication, lang: str) -> QLocale:
    """Translate the app and Qt's own dialogs into *lang* ("en" or "es") and make its locale
    the default one; returns that locale. Replaces translators installed by an earlier call.

    English is the source language: nothing to load. A missing Spanish file is logged (run
    `make translations`) and the app carries on in English rather than failing.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Messages of the layers without Qt (services, interop) go through Qt's translators too.
    translation.install(QCoreApplication.translate)
    locale = locale_for(lang)
    QLocale.setDefault(locale)
    if os.environ.get("AE_DESKTOP_PSEUDO") == "1":
        _install_pseudo(app)
        return locale
    if lang == "en":
        return locale
    ours = QTranslator(app)
    if ours.load(translation_file(lang)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("No translation file %s; run `make translations`", translation_file(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(base)
        _installed.append(base)
    return locale


def _install_pseudo(app: QCoreApplication) -> None:
    """AE_DESKTOP_PSEUDO=1: every message (Qt's too) pseudo-translated, ~40 % longer, to find
    clipped labels and text not marked for translation (see ae_desktop/ui/pseudo.py)."""
    from ae_desktop.ui.pseudo import PseudoTranslator

    pseudo = PseudoTranslator(app)
    app.installTranslator(pseudo)
    _installed.append(pseudo)
    log.info("Pseudo translation on (AE_DESKTOP_PSEUDO=1)")
