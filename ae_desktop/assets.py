"""Where the files of the top-level resources/ folder are at run time: plain paths, no Qt."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

_PACKAGE_DIR = Path(__file__).resolve().parent

APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _candidates() -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "ae_desktop" / "resources")
    found.append(_PACKAGE_DIR / "resources")
    checkout = _PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file():
        found.append(checkout / "resources")
    return found


def resources_dir() -> Path:
    """The folder holding the resources, wherever the app runs from.

    The repository's top-level ``resources/`` folder ships inside the package as
    ``ae_desktop/resources`` (pyproject.toml maps it with ``[tool.setuptools.package-dir]``).
    Looked for, in order:

    1. a PyInstaller bundle: ``sys._MEIPASS/ae_desktop/resources`` (the spec must add
       ``("resources", "ae_desktop/resources")`` to ``datas``);
    2. an installed wheel: ``ae_desktop/resources`` beside this module;
    3. a source checkout or an editable install (``pip install -e .``, which ``make run`` and
       ``make test`` use): the repository's ``resources/`` beside the package folder, only
       when ``pyproject.toml`` is there too, so a stray ``site-packages/resources`` is ignored.

    tests/e2e/test_wheel.py builds the wheel and checks every resource is where (2) looks.
    Never raises: a missing icon must not stop the app, so when nothing is found this logs
    every place looked in and returns where an installed wheel keeps them.
    """
    candidates = _candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    log.warning("Resources not found; looked in: %s", ", ".join(str(c) for c in candidates))
    return _PACKAGE_DIR / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a resource file, e.g. ``resource_path("icons", "ae-desktop.svg")``.

    The path is returned whether or not the file exists; callers test it with ``exists()``.
    """
    return resources_dir().joinpath(*parts)


def icon_path(name: str) -> Path:
    """A monochrome 24x24 UI icon: ``icon_path("archive")`` -> ``icons/ui/archive.svg``."""
    return resource_path("icons", "ui", f"{name}.svg")


def app_icon_paths() -> list[Path]:
    """The app icon as SVG followed by every PNG size, for building a multi-size window icon."""
    return [resource_path("icons", "ae-desktop.svg")] + [
        resource_path("icons", f"ae-desktop-{size}.png") for size in APP_ICON_SIZES
    ]
