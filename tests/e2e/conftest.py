"""What the end-to-end tests share: a child environment for running the app as a user does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A child environment that writes nothing outside tmp_path: offscreen Qt, every XDG
    folder and the runtime dir in tmp_path, and this checkout first on the import path."""
    child = {k: v for k, v in os.environ.items() if not k.startswith("AE_DESKTOP_")}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = tmp_path / "home" / name.lower()
        folder.mkdir(parents=True)
        child[name] = str(folder)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    child["XDG_RUNTIME_DIR"] = str(runtime)
    child["QT_QPA_PLATFORM"] = "offscreen"
    child["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return child
