"""Icons from the bundled resources, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ae_desktop.assets import app_icon_paths, icon_path


@cache
def icon(name: str) -> QIcon:
    """'app' is the application icon; any other name is a UI icon from resources/icons/ui."""
    if name == "app":
        result = QIcon()
        for path in app_icon_paths():
            if path.exists():
                result.addFile(str(path))
        return result
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()
