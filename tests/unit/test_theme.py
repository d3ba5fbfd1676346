"""Every colour the app draws text or marks in reads on what it is drawn on, light and dark
(WCAG 2.x: 4.5:1 for text, 3:1 for large headings and graphical marks)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from ae_desktop.domain.enums import BlockKind
from ae_desktop.ui.theme import DARK, LIGHT, Colours, block_fill, build_palette, contrast, mix

TEXT, MARK = 4.5, 3.0
SCHEMES = [pytest.param(LIGHT, id="light"), pytest.param(DARK, id="dark")]


def _fails(pairs: list[tuple[str, QColor, QColor]], least: float) -> list[str]:
    return [
        f"{name}: {contrast(fg, bg):.2f} < {least}"
        for name, fg, bg in pairs
        if contrast(fg, bg) < least
    ]


def test_the_wcag_formula() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#595959"), QColor("white")) == pytest.approx(7.0, abs=0.01)
    assert contrast(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_text_colours_read_on_every_background(scheme: Colours) -> None:
    texts = {
        "text": scheme.text,
        "muted": scheme.muted,
        "error": scheme.error,
        "rotting": scheme.rotting,
        "neglected": scheme.neglected,
        "overdue": scheme.overdue,
        "no next step": scheme.no_next_step,
        "overdue close date": scheme.close_overdue,
        "link": scheme.link,
    }
    selection_tint = mix(scheme.base, scheme.highlight, 40 / 255)  # a selected task card
    grounds = {
        "base": scheme.base,
        "window": scheme.window,
        "alternate rows": scheme.alternate_base,
        "selected card": selection_tint,
        "lunch band": mix(scheme.base, scheme.lunch, 0.08),
    }
    pairs = [(f"{t} on {g}", fg, bg) for t, fg in texts.items() for g, bg in grounds.items()]
    pairs += [
        (f"chart {name} on {g}", getattr(scheme, f"chart_{name}"), getattr(scheme, g))
        for name in ("text", "muted")
        for g in ("base", "window")
    ]
    pairs.append(("selected text", scheme.highlighted_text, scheme.highlight))
    pairs += [
        (f"badge on {name}", scheme.badge_text, getattr(scheme, name))
        for name in ("rotting", "no_next_step", "close_overdue")
    ]
    assert _fails(pairs, TEXT) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_time_block_text_reads_on_every_kind(scheme: Colours) -> None:
    pairs = []
    for kind in BlockKind:
        for fixed, done in ((False, False), (True, False), (False, True)):
            fill = block_fill(scheme, kind, fixed=fixed, done=done)
            where = f"{kind.value}{' fixed' if fixed else ''}{' done' if done else ''}"
            pairs += [
                (f"title on {where}", scheme.text, fill),
                (f"times on {where}", scheme.on_block_muted, fill),
                (f"'overlaps' on {where}", scheme.on_block_error, fill),
            ]
    assert _fails(pairs, TEXT) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_marks_stand_out_from_their_card(scheme: Colours) -> None:
    pairs = [(f"quadrant {q.value}", c, scheme.base) for q, c in scheme.quadrants.items()]
    pairs += [(f"block {k.value}", c, scheme.base) for k, c in scheme.block_kinds.items()]
    pairs += [(f"tier {t.value}", c, scheme.base) for t, c in scheme.tiers.items()]
    pairs += [
        ("won zone border", scheme.stage_won, scheme.window),
        ("lost zone border", scheme.stage_lost, scheme.window),
        ("open stage", scheme.stage_open, scheme.base),
        ("now line", scheme.now_line, scheme.base),
        ("overlap outline", scheme.error, scheme.base),
        ("chart bars", scheme.chart_accent, scheme.base),
    ]
    assert _fails(pairs, MARK) == []


def test_the_schemes_differ_where_it_shows() -> None:
    assert LIGHT.base.lightness() > 200 and DARK.base.lightness() < 60
    assert LIGHT.text.lightness() < 60 and DARK.text.lightness() > 200
    assert LIGHT.quadrants.keys() == DARK.quadrants.keys()
    assert LIGHT.block_kinds.keys() == DARK.block_kinds.keys() == set(BlockKind)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_built_palette_reads(scheme: Colours) -> None:
    role = QPalette.ColorRole
    palette = build_palette(scheme)
    pairs = [
        (f"{fg.name} on {bg.name}", palette.color(fg), palette.color(bg))
        for fg, bg in (
            (role.Text, role.Base),
            (role.Text, role.AlternateBase),
            (role.WindowText, role.Window),
            (role.PlaceholderText, role.Base),
            (role.PlaceholderText, role.Window),
            (role.ButtonText, role.Button),
            (role.HighlightedText, role.Highlight),
            (role.ToolTipText, role.ToolTipBase),
            (role.Link, role.Base),
        )
    ]
    assert _fails(pairs, TEXT) == []
