"""Window sizes that fit the screen a widget is on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fitting_size(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """*width* x *height*, or nine tenths of a smaller screen (a 1366 x 768 laptop)."""
    screen = widget.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, int(free.width() * 0.9))
        height = min(height, int(free.height() * 0.9))
    return width, height
