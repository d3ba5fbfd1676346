"""Icons from the bundled resources, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


@cache
def icon(name: str) -> QIcon:
    """'app' is the application icon; any other name is a UI icon from resources/icons/ui."""
    from ae_desktop.assets import resource_path

    if name == "app":
        result = QIcon()
        for size in APP_ICON_SIZES:
            path = resource_path("icons", f"ae-desktop-{size}.png")
            if path.exists():
                result.addFile(str(path))
        svg = resource_path("icons", "ae-desktop.svg")
        if result.isNull() and svg.exists():
            result.addFile(str(svg))
        return result
    path = resource_path("icons", "ui", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
