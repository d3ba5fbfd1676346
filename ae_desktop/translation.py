"""Translating messages written outside the GUI (services, interop, store), without Qt.

The layers below the GUI may not import Qt (DESIGN §4), yet their messages reach the user:
a refused field, a rejected import row, a file that cannot be read. They call
``translate("context", "Literal text")`` — a name pyside6-lupdate extracts like
``QCoreApplication.translate`` — and the app, once its translators are installed, routes the
call to Qt (``ae_desktop.i18n.install_translators``). Until then, and in the command line
without ``--lang``, the text comes back as written (English).

Give ``translate`` literal text only, with ``{0}`` placeholders filled afterwards by
``.format``: ``translate("clients", "{0} is archived; restore it first.").format(name)``.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _as_written(context: str, text: str) -> str:
    return text


_translator: Translator = _as_written


def install(translator: Translator | None) -> None:
    """Route translate() to *translator* (None: back to the text as written)."""
    global _translator
    _translator = translator or _as_written


def translate(context: str, text: str) -> str:
    """*text* in the user's language, looked up under *context*."""
    return _translator(context, text)
