"""The Linux release's install.sh and uninstall.sh, run on a stand-in bundle in a temp home.

The real bundle is built and installed by `make bundle-check` in .ci/run; these tests pin the
scripts' behaviour quickly: where files go, the launcher entry, upgrades, and that removing
the app never touches the user's data.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ae_desktop import APP_ID

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the Linux release")

REPO = Path(__file__).resolve().parents[2]
STAGE = REPO / "packaging" / "linux" / "stage.sh"


def _stand_in_bundle(folder: Path, says: str) -> Path:
    """A folder shaped like dist/AE Desktop whose executable prints *says* and its arguments."""
    bundle = folder / "AE Desktop"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "ae-desktop"
    exe.write_text(f'#!/bin/sh\necho "{says} $*"\n')
    exe.chmod(0o755)
    return bundle


def _stage(bundle: Path, release: Path) -> Path:
    subprocess.run(["sh", str(STAGE), str(bundle), str(release)], check=True, capture_output=True)
    return release


def _home_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return env


def _run(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(script)], env=_home_env(home), capture_output=True, text=True, check=True
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home with space"
    path.mkdir()
    return path


def _desktop_file(home: Path) -> Path:
    return home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"


def _exec_line(entry: Path) -> str:
    return next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))


def test_release_layout(tmp_path: Path) -> None:
    release = _stage(_stand_in_bundle(tmp_path, "v1"), tmp_path / "AE-Desktop-1-linux")
    files = sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file())
    assert files == [
        "AE Desktop/ae-desktop",
        "README.txt",
        "install.sh",
        "share/applications/io.aedesktop.AEDesktop.desktop",
        "share/icons/hicolor/128x128/apps/io.aedesktop.AEDesktop.png",
        "share/icons/hicolor/256x256/apps/io.aedesktop.AEDesktop.png",
        "share/icons/hicolor/48x48/apps/io.aedesktop.AEDesktop.png",
        "share/icons/hicolor/scalable/apps/io.aedesktop.AEDesktop.svg",
        "share/metainfo/io.aedesktop.AEDesktop.metainfo.xml",
        "uninstall.sh",
    ]


def test_install_puts_the_app_in_the_menu_and_on_the_path(tmp_path: Path, home: Path) -> None:
    release = _stage(_stand_in_bundle(tmp_path, "v1"), tmp_path / "release")
    out = _run(release / "install.sh", home).stdout
    app = home / ".local" / "lib" / "ae-desktop" / "ae-desktop"
    assert "installed" in out and app.is_file()
    # The menu entry runs the installed executable by its full, quoted path.
    entry = _desktop_file(home)
    assert _exec_line(entry) == f'Exec="{app}"'
    assert f"TryExec={app}" in entry.read_text()
    assert f"Icon={APP_ID}" in entry.read_text()
    for size in ("48x48", "128x128", "256x256"):
        png = home / ".local/share/icons/hicolor" / size / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:4] == b"\x89PNG"
    assert (home / ".local/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    # `ae-desktop` from a terminal runs the installed app.
    done = subprocess.run(
        [str(home / ".local" / "bin" / "ae-desktop"), "--smoke"], capture_output=True, text=True
    )
    assert done.stdout.strip() == "v1 --smoke"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert check.returncode == 0, check.stdout


def test_installing_again_upgrades(tmp_path: Path, home: Path) -> None:
    _run(_stage(_stand_in_bundle(tmp_path / "a", "v1"), tmp_path / "r1") / "install.sh", home)
    bundle_two = _stand_in_bundle(tmp_path / "b", "v2")
    (bundle_two / "_internal" / "new-file").write_text("x")
    _run(_stage(bundle_two, tmp_path / "r2") / "install.sh", home)
    lib = home / ".local" / "lib"
    done = subprocess.run([str(home / ".local/bin/ae-desktop")], capture_output=True, text=True)
    assert done.stdout.strip() == "v2"
    assert (lib / "ae-desktop" / "_internal" / "new-file").is_file()
    assert sorted(p.name for p in lib.iterdir()) == ["ae-desktop"]  # no .new/.old left


def test_uninstall_removes_the_app_and_keeps_the_data(tmp_path: Path, home: Path) -> None:
    release = _stage(_stand_in_bundle(tmp_path, "v1"), tmp_path / "release")
    _run(release / "install.sh", home)
    data = home / ".local" / "share" / "AE Desktop"
    data.mkdir(parents=True)
    (data / "ae-desktop.sqlite3").write_bytes(b"the user's clients")
    out = _run(home / ".local" / "lib" / "ae-desktop" / "uninstall.sh", home).stdout
    assert not (home / ".local" / "lib" / "ae-desktop").exists()
    assert not (home / ".local" / "bin" / "ae-desktop").is_symlink()
    assert not _desktop_file(home).exists()
    icons = home / ".local" / "share" / "icons"
    assert [p for p in icons.rglob(f"{APP_ID}.*")] == []
    assert not (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert (data / "ae-desktop.sqlite3").read_bytes() == b"the user's clients"
    assert str(data) in out


def test_uninstall_leaves_someone_elses_command_alone(home: Path) -> None:
    bin_dir = home / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    other = bin_dir / "ae-desktop"
    other.write_text("#!/bin/sh\n")
    _run(REPO / "packaging" / "linux" / "uninstall.sh", home)
    assert other.is_file()


def test_install_refuses_a_release_without_the_app(tmp_path: Path, home: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    shutil.copy(REPO / "packaging" / "linux" / "install.sh", release)
    done = subprocess.run(
        ["sh", str(release / "install.sh")], env=_home_env(home), capture_output=True, text=True
    )
    assert done.returncode == 1 and "no app in" in done.stderr
    assert not (home / ".local").exists()
