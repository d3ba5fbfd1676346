"""The app's colours, defined once with a light and a dark variant, its spacing scale, and the
light/dark/system appearance (dark mode follows the OS unless a setting forces one)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ae_desktop.domain.enums import BlockKind, Tier
from ae_desktop.domain.priority import Quadrant

log = logging.getLogger(__name__)

APPEARANCES = ("system", "light", "dark")

# The spacing scale (px) for margins and spacings of the layouts.
SPACING = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}


@dataclass(frozen=True, eq=False)
class Colours:
    """The named colours of one scheme. Text colours (error, overdue, warnings) read at 4.5:1
    on the window and on the base; marks (stripes, bars, lines) at 3:1 on the base."""

    dark: bool
    # Text and backgrounds of the palette this scheme builds when the platform has none.
    window: QColor
    base: QColor
    alternate_base: QColor
    button: QColor
    text: QColor
    muted: QColor  # secondary text: the palette's PlaceholderText
    disabled: QColor
    border: QColor  # card borders and frames: the palette's Mid
    highlight: QColor
    highlighted_text: QColor
    link: QColor
    # Warnings: the deal is rotting, the client neglected, a date past, a field wrong.
    error: QColor
    rotting: QColor
    neglected: QColor
    overdue: QColor
    no_next_step: QColor
    close_overdue: QColor
    badge_text: QColor  # text on a warning badge filled with one of the warning colours
    # Pipeline: open, won and lost deals.
    stage_open: QColor
    stage_won: QColor
    stage_lost: QColor
    # The agenda's timeline.
    now_line: QColor
    lunch: QColor  # the lunch band's tint, laid over the base
    block_fill: tuple[float, float, float]  # a block's kind laid over the base: plain, fixed, done
    on_block_muted: QColor  # the times line on a block's fill
    on_block_error: QColor  # "overlaps" on a block's fill
    quadrants: dict[Quadrant, QColor]
    tiers: dict[Tier, QColor]
    block_kinds: dict[BlockKind, QColor]
    # Charts (the PDF keeps LIGHT: paper is white).
    chart_text: QColor
    chart_muted: QColor
    chart_accent: QColor
    chart_tint: QColor
    chart_grid: QColor
    chart_series: tuple[QColor, ...]


def _c(value: str) -> QColor:
    return QColor(value)


LIGHT = Colours(
    dark=False,
    window=_c("#efefef"),
    base=_c("#ffffff"),
    alternate_base=_c("#f5f6f7"),
    button=_c("#efefef"),
    text=_c("#1d1f21"),
    muted=_c("#5c6167"),
    disabled=_c("#8d9196"),
    border=_c("#b9bdc2"),
    highlight=_c("#2a6fb0"),
    highlighted_text=_c("#ffffff"),
    link=_c("#1f5f9e"),
    error=_c("#b3362a"),
    rotting=_c("#b3362a"),
    neglected=_c("#b3362a"),
    overdue=_c("#b3362a"),
    no_next_step=_c("#8f5c08"),
    close_overdue=_c("#7d3c98"),
    badge_text=_c("#ffffff"),
    stage_open=_c("#2874a6"),
    stage_won=_c("#1e8449"),
    stage_lost=_c("#922b21"),
    now_line=_c("#d8382a"),
    lunch=_c("#229954"),
    block_fill=(0.16, 0.26, 0.08),
    on_block_muted=_c("#4a4f55"),
    on_block_error=_c("#9b2c1f"),
    quadrants={
        Quadrant.DO_NOW: _c("#b3362a"),
        Quadrant.SCHEDULE: _c("#2874a6"),
        Quadrant.DELEGATE: _c("#b06f0c"),
        Quadrant.DROP: _c("#7f8c8d"),
    },
    tiers={
        Tier.KEY: _c("#a8650a"),
        Tier.STANDARD: _c("#5f6b7a"),
        Tier.PROSPECT: _c("#2874a6"),
    },
    block_kinds={
        BlockKind.CLIENT_WORK: _c("#2e86c1"),
        BlockKind.CALLS: _c("#148f77"),
        BlockKind.PROSPECTING: _c("#c27c0e"),
        BlockKind.ADMIN: _c("#7f8c8d"),
        BlockKind.FOCUS: _c("#8e44ad"),
        BlockKind.MEETING: _c("#a04000"),
        BlockKind.BREAK: _c("#229954"),
    },
    chart_text=_c("#222222"),
    chart_muted=_c("#6b6b6b"),
    chart_accent=_c("#1f4e79"),
    chart_tint=_c("#b7cde3"),
    chart_grid=_c("#d5d9de"),
    chart_series=(_c("#1f4e79"), _c("#7a9cc0"), _c("#b0b0b0"), _c("#e2e2e2")),
)

DARK = Colours(
    dark=True,
    window=_c("#2b2d31"),
    base=_c("#1f2023"),
    alternate_base=_c("#26282b"),
    button=_c("#36383d"),
    text=_c("#e6e7e9"),
    muted=_c("#a4a9b0"),
    disabled=_c("#74787e"),
    border=_c("#4f5257"),
    highlight=_c("#3a73c4"),
    highlighted_text=_c("#ffffff"),
    link=_c("#7fb3f5"),
    error=_c("#ff8a7a"),
    rotting=_c("#f1948a"),
    neglected=_c("#ff8a7a"),
    overdue=_c("#ff8a7a"),
    no_next_step=_c("#f0b04a"),
    close_overdue=_c("#c9a0dc"),
    badge_text=_c("#1f2023"),
    stage_open=_c("#5dade2"),
    stage_won=_c("#58d68d"),
    stage_lost=_c("#f1948a"),
    now_line=_c("#ff6b5e"),
    lunch=_c("#58d68d"),
    block_fill=(0.2, 0.28, 0.1),
    on_block_muted=_c("#c4c8cd"),
    on_block_error=_c("#ffb3a8"),
    quadrants={
        Quadrant.DO_NOW: _c("#ff7b6e"),
        Quadrant.SCHEDULE: _c("#5dade2"),
        Quadrant.DELEGATE: _c("#f0b04a"),
        Quadrant.DROP: _c("#8a9196"),
    },
    tiers={
        Tier.KEY: _c("#f0b04a"),
        Tier.STANDARD: _c("#a4a9b0"),
        Tier.PROSPECT: _c("#5dade2"),
    },
    block_kinds={
        BlockKind.CLIENT_WORK: _c("#5dade2"),
        BlockKind.CALLS: _c("#48c9b0"),
        BlockKind.PROSPECTING: _c("#f0b04a"),
        BlockKind.ADMIN: _c("#a6acaf"),
        BlockKind.FOCUS: _c("#bb8fce"),
        BlockKind.MEETING: _c("#e59866"),
        BlockKind.BREAK: _c("#58d68d"),
    },
    chart_text=_c("#e6e7e9"),
    chart_muted=_c("#a4a9b0"),
    chart_accent=_c("#6fa8dc"),
    chart_tint=_c("#2f4a66"),
    chart_grid=_c("#4f5257"),
    chart_series=(_c("#6fa8dc"), _c("#4a7aa8"), _c("#6b6f75"), _c("#3f4246")),
)


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """*tint* laid over *base* at *amount* (0..1): a fill that reads in light and dark mode."""
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


def block_fill(scheme: Colours, kind: BlockKind, fixed: bool = False, done: bool = False) -> QColor:
    """A time block's background: its kind's colour, stronger for a fixed meeting, faint once
    done; the block's text reads on it (checked in tests/unit/test_theme.py)."""
    plain, fixed_amount, done_amount = scheme.block_fill
    amount = done_amount if done else (fixed_amount if fixed else plain)
    return mix(scheme.base, scheme.block_kinds[kind], amount)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when *palette* (the application's by default) is a dark one."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    """The scheme matching *palette* (the application's by default): read it at paint time."""
    return DARK if is_dark(palette) else LIGHT


def build_palette(scheme: Colours) -> QPalette:
    """A full palette from *scheme*, for a platform that cannot give the wanted one."""
    role = QPalette.ColorRole
    palette = QPalette()
    lighter = mix(scheme.button, QColor("white"), 0.25)
    shadow = QColor("black")
    colours_by_role = {
        role.Window: scheme.window,
        role.WindowText: scheme.text,
        role.Base: scheme.base,
        role.AlternateBase: scheme.alternate_base,
        role.ToolTipBase: scheme.button if scheme.dark else QColor("#ffffdc"),
        role.ToolTipText: scheme.text,
        role.PlaceholderText: scheme.muted,
        role.Text: scheme.text,
        role.Button: scheme.button,
        role.ButtonText: scheme.text,
        role.BrightText: scheme.error,
        role.Light: lighter,
        role.Midlight: mix(scheme.button, lighter, 0.5),
        role.Mid: scheme.border,
        role.Dark: mix(scheme.button, shadow, 0.35),
        role.Shadow: shadow,
        role.Highlight: scheme.highlight,
        role.HighlightedText: scheme.highlighted_text,
        role.Link: scheme.link,
        role.LinkVisited: scheme.close_overdue,
        role.Accent: scheme.highlight,
    }
    for r, colour in colours_by_role.items():
        palette.setColor(r, colour)
    for r in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, scheme.disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Highlight, scheme.border)
    return palette


def _tuned(palette: QPalette, scheme: Colours) -> QPalette:
    """The platform's *palette* with the roles the app draws text in made readable: its
    secondary text (PlaceholderText is half-transparent text in Qt's default, 4:1) and, when
    selected text would not read on it (Fusion's light blue, 3.4:1), the highlight."""
    role = QPalette.ColorRole
    tuned = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        tuned.setColor(group, role.PlaceholderText, scheme.muted)
        selected = tuned.color(group, role.HighlightedText)
        if contrast(selected, tuned.color(group, role.Highlight)) < 4.5:
            tuned.setColor(group, role.Highlight, scheme.highlight)
            tuned.setColor(group, role.HighlightedText, scheme.highlighted_text)
    return tuned


class _Appearance(QObject):
    """The user's choice; follows the OS's colour scheme while the choice is "system"."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = "system"
        self.native_style = app.style().name()
        self._applying = False
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system" and not self._applying:
            self.apply()

    def apply(self) -> None:
        self._applying = True  # asking the platform for a scheme may signal a change
        try:
            self._apply()
        finally:
            self._applying = False

    def _apply(self) -> None:
        app, hints = self.app, self.app.styleHints()
        requested = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(self.choice)
        if requested is None:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(requested)  # the platform's own dark style, where it has one
        want_dark = self.choice == "dark" or (
            self.choice == "system" and hints.colorScheme() == Qt.ColorScheme.Dark
        )
        scheme = DARK if want_dark else LIGHT
        if app.style().name().lower() != self.native_style.lower():
            app.setStyle(self.native_style)
        app.setPalette(QPalette())  # nothing set: the platform's (or the style's) own palette
        platform = QGuiApplication.palette()
        if is_dark(platform) == want_dark:
            palette = _tuned(platform, scheme)
        else:
            # Offscreen, xcb without a desktop theme, an OS that ignores the request: Fusion
            # draws with any palette, so ours gives the scheme everywhere.
            if app.style().name().lower() != "fusion":
                app.setStyle("Fusion")
            palette = build_palette(scheme)
        app.setPalette(palette)
        log.debug("Appearance %s: %s palette", self.choice, "dark" if want_dark else "light")


_appearance: _Appearance | None = None


def apply_appearance(app: QApplication, choice: str) -> None:
    """Light, dark or the system's ("system", or anything unknown) for the whole app; while
    "system", a change of the OS's scheme is followed."""
    global _appearance
    if _appearance is None or _appearance.app is not app:
        _appearance = _Appearance(app)
    _appearance.choice = choice if choice in APPEARANCES else "system"
    _appearance.apply()


def current_appearance() -> str:
    return _appearance.choice if _appearance is not None else "system"


class _TextColour(QObject):
    """Keeps a widget's text in a theme colour across scheme changes."""

    def __init__(self, widget: QWidget, name: str) -> None:
        super().__init__(widget)
        self.name = name
        self._apply(widget)
        widget.installEventFilter(self)

    def _apply(self, widget: QWidget) -> None:
        colour: QColor = getattr(colours(), self.name)
        if widget.palette().color(QPalette.ColorRole.WindowText) == colour:
            return
        palette = QPalette()  # only these roles set: the others follow the application's
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, colour)
        widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A window hears ApplicationPaletteChange, a widget inside it PaletteChange; setting
        # the same colour again sends no further event.
        kinds = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in kinds and isinstance(watched, QWidget):
            self._apply(watched)
        return False


def set_text_colour(widget: QWidget, name: str) -> None:
    """Draw *widget*'s text in the theme colour *name* (e.g. "error"), now and after the
    scheme changes."""
    _TextColour(widget, name)
