"""fold() takes fast paths; they must agree with the plain definition on any text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ae_desktop.domain.text import fold


def reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@given(st.text())
def test_fold_agrees_with_its_definition(text: str) -> None:
    assert fold(text) == reference_fold(text)


@given(st.text(alphabet="aeiouAEIOUñÑçÇáéíóúÁÉÍÓÚüÜ ™ﬁ'\u0301\u034f"))
def test_fold_agrees_on_spanish_and_accent_heavy_text(text: str) -> None:
    assert fold(text) == reference_fold(text)


def test_fold_examples() -> None:
    assert fold("Peña Ávila") == "pena avila"
    assert fold("MÜNCHEN") == "munchen"
