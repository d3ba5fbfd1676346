"""Light and dark as a user sees them: the window, a painted card, an error message, the
icons, the PDF (always white paper) and the font's Spanish accents and euro sign."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QImage, QPainter, QPalette, QUndoStack
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from ae_desktop.assets import icon_path
from ae_desktop.cli import build_parser
from ae_desktop.domain.enums import Flag
from ae_desktop.domain.periods import parse_week
from ae_desktop.domain.priority import Quadrant
from ae_desktop.report.build import build_report
from ae_desktop.report.render import render_pages
from ae_desktop.services import tasks
from ae_desktop.services.task_rows import load_tasks
from ae_desktop.ui.agenda.matrix import MatrixView
from ae_desktop.ui.agenda.task_cards import CARD_HEIGHT, MARGIN
from ae_desktop.ui.charts import ChartStyle
from ae_desktop.ui.forms import FieldErrors
from ae_desktop.ui.icons import icon
from ae_desktop.ui.theme import DARK, LIGHT, apply_appearance, current_appearance


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[None]:
    """Leaves the application as it found it: the style, the palette, the scheme."""
    style = qapp.style().name()
    yield
    qapp.styleHints().unsetColorScheme()
    qapp.setStyle(style)
    qapp.setPalette(QPalette())
    QApplication.processEvents()


def _switch(app: QApplication, choice: str) -> None:
    apply_appearance(app, choice)
    QApplication.processEvents()  # widgets hear of the new palette from posted events


def test_dark_makes_the_window_dark_and_light_restores_it(qapp, appearance) -> None:
    _switch(qapp, "dark")
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 70
    assert palette.color(QPalette.ColorRole.Base).lightness() < 70
    assert palette.color(QPalette.ColorRole.Text).lightness() > 200
    assert palette.color(QPalette.ColorRole.PlaceholderText) == DARK.muted
    assert current_appearance() == "dark"
    _switch(qapp, "light")
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() > 200
    assert palette.color(QPalette.ColorRole.Base).lightness() > 240
    assert palette.color(QPalette.ColorRole.Text).lightness() < 60
    assert palette.color(QPalette.ColorRole.PlaceholderText) == LIGHT.muted


def test_an_unknown_choice_follows_the_system(qapp, appearance) -> None:
    _switch(qapp, "dark")
    _switch(qapp, "sepia")  # a stored value from elsewhere: the system's scheme, light here
    assert current_appearance() == "system"
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() > 240


@pytest.fixture
def matrix(qtbot, db, today) -> MatrixView:
    tasks.quick_add_task(
        tasks.TaskInput(
            "Call Acme", due_on=today - timedelta(days=2), urgency=Flag.YES, importance=Flag.YES
        ),
        today=today,
    )
    stack = QUndoStack()
    widget = MatrixView(stack, today=lambda: today)
    widget._test_stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.set_tasks(load_tasks(today=today))
    return widget


def _card(matrix: MatrixView) -> QImage:
    view = matrix.panels[Quadrant.DO_NOW].list
    assert view.model().rowCount() == 1
    return view.viewport().grab().toImage()


def _lightness_range(image: QImage, top: int, bottom: int, left: int, right: int) -> tuple:
    values = [
        image.pixelColor(x, y).lightness() for y in range(top, bottom) for x in range(left, right)
    ]
    return min(values), max(values)


def test_a_painted_card_turns_dark_with_light_text(qapp, appearance, matrix) -> None:
    light = _card(matrix)
    middle = CARD_HEIGHT // 2
    stripe_x = MARGIN + 1
    assert light.pixelColor(stripe_x, middle) == LIGHT.quadrants[Quadrant.DO_NOW]
    inside = light.width() - MARGIN - 4  # the card's background, right of any text
    assert light.pixelColor(inside, CARD_HEIGHT - MARGIN - 3).lightness() > 240
    darkest, _ = _lightness_range(light, MARGIN + 5, MARGIN + 22, 14, 80)  # the title
    assert darkest < 80

    _switch(qapp, "dark")
    dark = _card(matrix)
    assert dark.pixelColor(stripe_x, middle) == DARK.quadrants[Quadrant.DO_NOW]
    assert dark.pixelColor(inside, CARD_HEIGHT - MARGIN - 3).lightness() < 50
    _, brightest = _lightness_range(dark, MARGIN + 5, MARGIN + 22, 14, 80)
    assert brightest > 190

    _switch(qapp, "light")
    assert _card(matrix).pixelColor(inside, CARD_HEIGHT - MARGIN - 3).lightness() > 240


def test_an_error_message_stays_readable_in_dark(qapp, qtbot, appearance) -> None:
    errors = FieldErrors()
    box = errors.wrap("name", QLineEdit())
    qtbot.addWidget(box)
    errors.show({"name": "A name is needed."})
    label = box.findChild(QLabel, "error_name")
    assert label.palette().color(QPalette.ColorRole.WindowText) == LIGHT.error
    _switch(qapp, "dark")
    assert label.palette().color(QPalette.ColorRole.WindowText) == DARK.error
    assert label.palette().color(QPalette.ColorRole.Window).lightness() < 70  # still follows


def test_the_pdf_report_stays_on_white_paper_in_dark_mode(qapp, appearance, db) -> None:
    _switch(qapp, "dark")
    week = parse_week("2026-W48")
    page = render_pages(build_report(week, now=datetime(2026, 11, 27, 18)), zoom=0.5)[0]
    for x, y in ((2, 2), (page.width() - 3, page.height() // 2), (page.width() // 2, 3)):
        assert page.pixelColor(x, y) == QColor("white")
    darkest = min(
        page.pixelColor(x, y).lightness()
        for y in range(0, page.height() // 4)
        for x in range(0, page.width(), 2)
    )
    assert darkest < 90  # the title is dark ink, not the screen's light text
    assert ChartStyle.for_print(qapp.font()).text == LIGHT.chart_text


def _opaque_colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icons_are_crisp_at_twice_the_pixels(qapp, appearance) -> None:
    pixmap = icon("warning").pixmap(QSize(16, 16), 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (32, 32, 2.0)
    direct = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
    direct.fill(0)
    painter = QPainter(direct)
    QSvgRenderer(str(icon_path("warning"))).render(painter, QRectF(0, 0, 32, 32))
    painter.end()
    got = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert got == direct  # drawn from the SVG at 32 px, not a 16 px picture blown up


def test_icons_take_the_text_colour_in_dark(qapp, appearance) -> None:
    warning = icon("warning")  # the same cached icon follows the scheme at its next paint
    _switch(qapp, "light")
    assert _opaque_colours(warning.pixmap(24).toImage()) == {"#5f6b7a"}
    _switch(qapp, "dark")
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    colours = _opaque_colours(warning.pixmap(24).toImage())
    assert colours == {text.name()} and text.lightness() > 200
    disabled = warning.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert _opaque_colours(disabled) != colours  # a disabled button's icon looks disabled


def test_the_font_has_spanish_accents_and_the_euro_sign(qapp) -> None:
    metrics = QFontMetrics(qapp.font())
    missing = [c for c in "áéíóúüñÑ¿¡€" if not metrics.inFontUcs4(ord(c))]
    assert missing == []


def test_appearance_for_one_run_on_the_command_line() -> None:
    assert build_parser().parse_args(["--appearance", "dark"]).appearance == "dark"
    assert build_parser().parse_args([]).appearance is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--appearance", "sepia"])
