"""A pseudo translation: each message ~40 % longer and accented, to see clipped or plain text.

`AE_DESKTOP_PSEUDO=1 python -m ae_desktop --screenshots DIR` (or the GUI) shows "Save" as
"[Śàvè ~]": a label too narrow for a longer language is clipped, and text that stays plain
English was never marked for translation. Placeholders ({0}, %n, %1), '&' accelerators, HTML
tags and entities, and URLs are kept as they are so the app still works.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

ENVIRONMENT = "AE_DESKTOP_PSEUDO"
OPEN, CLOSE, PAD = "[", "]", "~"
GROWTH = 0.4
PAD_WORD = 8  # the padding of a long message comes as words this long, as a language's do

# Parts of a message copied untouched: placeholders, accelerators, tags, entities, URLs.
_KEEP = re.compile(r"\{\d*\}|%n|%L?\d|&&|&(?:#\d+|[A-Za-z]+);|&|<[^<>]+>|https?://\S+|\n")
_ACCENTS = str.maketrans(
    "AaCcEeIiLlNnOoRrSsUuYyZz",
    "ÀàĆćÈèÌìĹĺÑñÒòŔŕŚśÙùÝýŹź",
)


def pseudo_text(source: str) -> str:
    """*source* accented, bracketed and padded to about 1.4 times its length.

    Only the text between the kept parts is accented, so "{0} clients" stays formattable and
    "&Save" keeps its accelerator. A message with nothing to read ("", "—") is left as it is.
    """
    if not any(ch.isalpha() for ch in _KEEP.sub("", source)):
        return source
    parts: list[str] = []
    position = 0
    for kept in _KEEP.finditer(source):
        parts.append(source[position : kept.start()].translate(_ACCENTS))
        parts.append(kept.group())
        position = kept.end()
    parts.append(source[position:].translate(_ACCENTS))
    text = "".join(parts)
    longest = max(len(line) for line in source.split("\n"))
    pads = max(1, math.ceil(longest * GROWTH) - 3)
    # Words, not one long run: a wrapped label is as wide as its longest word, and Spanish
    # is longer by more words, not by words hundreds of pixels wide.
    pad = " ".join(PAD * min(PAD_WORD, pads - n) for n in range(0, pads, PAD_WORD))
    return f"{OPEN}{text} {pad}{CLOSE}"


class PseudoTranslator(QTranslator):
    """Translates every message of every context with pseudo_text; remembers what it was
    asked, as (context, source), in `asked`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if not source_text:
            return ""
        self.asked.add((context, source_text))
        return pseudo_text(source_text)
