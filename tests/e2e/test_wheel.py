"""The wheel carries every resource where ae_desktop.assets looks for it, and every module."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import zipfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from ae_desktop import assets

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
UI_ICONS = ("add", "log", "archive", "restore", "search", "edit", "delete", "star", "warning")

# Never copied into the build: caches, earlier build output, the developer's own databases.
_IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    ".*_cache",
    ".hypothesis",
    "*.sqlite3",
    ".cache",
)


def _shipped(path: Path) -> bool:
    """What pyproject.toml ships: every file but Python helpers, caches and hidden files."""
    rel = path.relative_to(RESOURCES)
    return (
        path.is_file()
        and path.suffix not in (".py", ".pyc")
        and "__pycache__" not in rel.parts
        and not any(part.startswith(".") for part in rel.parts)
    )


def resource_files() -> list[str]:
    return sorted(p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*") if _shipped(p))


def _no_isolation_possible() -> bool:
    """Can the setuptools in this environment build a wheel without fetching anything?"""
    try:
        major, minor = (int(x) for x in version("setuptools").split(".")[:2])
    except (PackageNotFoundError, ValueError):
        return False
    if (major, minor) >= (70, 1):  # bdist_wheel is built in from 70.1 on
        return True
    try:
        version("wheel")
    except PackageNotFoundError:
        return False
    return major >= 68


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    # Build from a copy: setuptools writes build/ and *.egg-info next to pyproject.toml, and a
    # stale build/lib in the checkout would leak deleted files into later wheels.
    src = work / "src"
    shutil.copytree(REPO, src, ignore=_IGNORE)
    out = work / "dist"
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(src)]
    if _no_isolation_possible():
        cmd.insert(4, "--no-build-isolation")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, f"build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    wheels = list(out.glob("ae_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def site_dir(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel unpacked as an installer lays out a pure-Python wheel in site-packages."""
    target = tmp_path_factory.mktemp("site-packages")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


@pytest.mark.slow
def test_every_resource_is_in_the_wheel_where_resource_path_looks(
    wheel: Path, site_dir: Path, tmp_path: Path
) -> None:
    files = resource_files()
    assert "icons/ae-desktop.svg" in files
    # Ask the installed copy itself, isolated from the checkout and from this venv's packages.
    probe = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); "
        "from ae_desktop import assets; "
        "print(json.dumps([assets.__file__] + "
        "[str(assets.resource_path(*rel.split('/'))) for rel in sys.argv[2:]]))"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", probe, str(site_dir), *files],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    module, *resolved = json.loads(done.stdout)
    assert Path(module).is_relative_to(site_dir), module

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        missing = []
        for rel, path in zip(files, resolved, strict=True):
            member = Path(path).relative_to(site_dir).as_posix()
            assert member == f"ae_desktop/resources/{rel}"
            if member not in names:
                missing.append(rel)
            elif archive.read(member) != (RESOURCES / rel).read_bytes():
                missing.append(f"{rel} (stale copy)")
    assert not missing, f"resources missing from the wheel: {missing}"


@pytest.mark.slow
def test_wheel_ships_no_build_helpers_or_top_level_resources(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    inside = [n for n in names if n.startswith("ae_desktop/resources/")]
    assert inside
    assert not [n for n in inside if n.endswith((".py", ".pyc")) or "__pycache__" in n]
    assert not [n for n in names if n.startswith("resources/")]


@pytest.mark.slow
def test_every_module_of_the_package_is_in_the_wheel(wheel: Path) -> None:
    # pyproject.toml lists the packages by hand (see its [tool.setuptools] comment).
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    modules = [
        p.relative_to(REPO).as_posix()
        for p in (REPO / "ae_desktop").rglob("*.py")
        if "__pycache__" not in p.parts
    ]
    missing = sorted(m for m in modules if m not in names)
    packages = sorted({m.rsplit("/", 1)[0].replace("/", ".") for m in missing})
    assert not missing, (
        f"add {packages} to [tool.setuptools] packages in pyproject.toml; "
        f"these modules are not in the wheel: {missing}"
    )


def test_resource_path_finds_the_app_icon_in_the_checkout() -> None:
    path = assets.resource_path("icons", "ae-desktop.svg")
    assert path.is_file()
    assert path.parent.parent == RESOURCES


def test_every_ui_icon_and_app_icon_size_exists() -> None:
    for name in UI_ICONS:
        assert assets.icon_path(name).is_file(), name
    paths = assets.app_icon_paths()
    assert [p.name for p in paths] == ["ae-desktop.svg"] + [
        f"ae-desktop-{n}.png" for n in assets.APP_ICON_SIZES
    ]
    for size, png in zip(assets.APP_ICON_SIZES, paths[1:], strict=True):
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png.name
        assert struct.unpack(">II", header[16:24]) == (size, size), png.name


def test_a_pyinstaller_bundle_is_searched_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "ae_desktop" / "resources"
    (bundled / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.resource_path("icons", "ae-desktop.svg") == bundled / "icons" / "ae-desktop.svg"


def test_missing_resources_are_logged_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    package = tmp_path / "site-packages" / "ae_desktop"
    monkeypatch.setattr(assets, "_PACKAGE_DIR", package)
    path = assets.icon_path("star")
    assert path == package / "resources" / "icons" / "ui" / "star.svg"
    assert not path.exists()
    assert "looked in" in caplog.text and str(package / "resources") in caplog.text
