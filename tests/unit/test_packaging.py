"""The installed app's files agree with each other and with the app (issue 7).

The PyInstaller spec ships every resource the app loads; the launcher entry, the AppStream
metadata, the spec, the Inno Setup script and the app name the same id, executable and version.
"""

from __future__ import annotations

import ast
import glob
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from ae_desktop import APP_ID, __version__, assets
from ae_desktop.i18n import LANGUAGES

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "pyinstaller" / "ae-desktop.spec"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "ae-desktop.iss"
# Sources the build compiles or runs, never loaded by the app.
SOURCE_SUFFIXES = {".ts", ".py", ".pyc"}


def _load_support():
    path = PACKAGING / "pyinstaller" / "bundle_support.py"
    spec = importlib.util.spec_from_file_location("bundle_support", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


support = _load_support()


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def _spec_constant(name: str):
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"the spec assigns no {name}")


def _spec_call_keywords(function: str) -> dict[str, ast.expr]:
    for node in ast.walk(_spec_tree()):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == function:
            return {k.arg: k.value for k in node.keywords if k.arg}
    raise AssertionError(f"the spec calls no {function}")


def _bundled_files() -> dict[str, str]:
    """Each file the spec's DATAS puts in the bundle: repository path -> folder in the bundle."""
    shipped: dict[str, str] = {}
    for pattern, dest in _spec_constant("DATAS"):
        matches = glob.glob(str(REPO / pattern))
        assert matches, f"DATAS pattern {pattern} matches nothing"
        for match in matches:
            shipped[Path(match).relative_to(REPO).as_posix()] = dest
    return shipped


def test_spec_ships_every_resource_file_but_the_sources() -> None:
    resources = REPO / "resources"
    expected = {
        p.relative_to(REPO).as_posix()
        for p in resources.rglob("*")
        if p.is_file()
        and p.suffix not in SOURCE_SUFFIXES
        and "__pycache__" not in p.parts
        and not p.name.startswith(".")
    }
    # The compiled translations are build output: the spec must ship one per .ts source.
    expected |= {
        p.with_suffix(".qm").relative_to(REPO).as_posix()
        for p in (resources / "translations").glob("*.ts")
    }
    shipped = _bundled_files()
    assert sorted(expected - shipped.keys()) == []
    assert sorted(k for k in shipped if Path(k).suffix in SOURCE_SUFFIXES) == []


def test_spec_puts_files_where_the_app_looks_for_them() -> None:
    """Every file the app loads, at the same path below the bundle's resources folder."""
    resources = assets.resources_dir()
    loaded = [*assets.app_icon_paths(), Path(resources, "translations", "ae_desktop_es.qm")]
    loaded += [assets.icon_path(name) for name in _ui_icon_names()]
    bundled = {f"{dest}/{Path(src).name}": src for src, dest in _bundled_files().items()}
    for path in loaded:
        inside = "ae_desktop/resources/" + path.relative_to(resources).as_posix()
        assert inside in bundled, f"{inside} is loaded by the app but not in the bundle"


def _ui_icon_names() -> set[str]:
    """The icon names the code asks for: icon("name") and icon_path("name")."""
    names: set[str] = set()
    for source in (REPO / "ae_desktop").rglob("*.py"):
        names |= set(re.findall(r"\bicon(?:_path)?\(\s*\"([a-z_-]+)\"", source.read_text()))
    names.discard("app")  # the app icon: app_icon_paths()
    assert names, "no icon names found: the scan no longer matches the code"
    return names


def test_every_app_language_has_its_qt_translations_kept() -> None:
    for lang in LANGUAGES:
        assert not support.excluded(f"PySide6/Qt/translations/qtbase_{lang}.qm")
    assert support.excluded("PySide6/Qt/translations/qtbase_de.qm")
    assert support.excluded("PySide6/Qt/translations/qtdeclarative_es.qm")
    assert not support.excluded("ae_desktop/resources/translations/ae_desktop_es.qm")


@pytest.mark.parametrize(
    ("dest", "left_out"),
    [
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", True),
        ("PySide6\\Qt6Quick.dll", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("PySide6/Qt/lib/libQt6Svg.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", False),
    ],
)
def test_bundle_filter(dest: str, left_out: bool) -> None:
    assert support.excluded(dest) is left_out


def test_translations_must_be_compiled_before_bundling(tmp_path: Path) -> None:
    source = tmp_path / "ae_desktop_es.ts"
    source.write_text("<TS/>")
    with pytest.raises(SystemExit, match="make translations"):
        support.check_translations(tmp_path)
    compiled = tmp_path / "ae_desktop_es.qm"
    compiled.write_bytes(b"qm")
    support.check_translations(tmp_path)
    os.utime(compiled, (1, 1))  # older than its source
    with pytest.raises(SystemExit, match="older than"):
        support.check_translations(tmp_path)


def test_ico_holds_every_png_size(tmp_path: Path) -> None:
    pngs = sorted((REPO / "resources" / "icons").glob("ae-desktop-*.png"))
    data = support.write_ico(pngs, tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(pngs))
    sizes = []
    for i in range(count):
        width, _, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert bits == 32 and data[offset : offset + 4] == b"\x89PNG"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sorted(sizes) == sorted(int(p.stem.rsplit("-", 1)[1]) for p in pngs)


def test_icns_holds_the_png_sizes_macos_reads(tmp_path: Path) -> None:
    pngs = sorted((REPO / "resources" / "icons").glob("ae-desktop-*.png"))
    data = support.write_icns(pngs, tmp_path / "app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, at = [], 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        assert data[at + 8 : at + 12] == b"\x89PNG"
        kinds.append(kind)
        at += length
    assert at == len(data)
    assert {b"ic07", b"ic08", b"icp4", b"icp5"} <= set(kinds)  # 128, 256, 16, 32 px


def test_windows_version_file_carries_the_package_version(tmp_path: Path) -> None:
    path = support.windows_version_file(__version__, "AE Desktop", "ae-desktop", tmp_path / "v.txt")
    tree = ast.parse(path.read_text(encoding="utf-8"), mode="eval")  # what PyInstaller evaluates
    calls = {n.func.id: n for n in ast.walk(tree) if isinstance(n, ast.Call)}  # type: ignore[union-attr]
    fixed = {k.arg: ast.literal_eval(k.value) for k in calls["FixedFileInfo"].keywords}
    expected = tuple(int(n) for n in __version__.split(".")) + (0,)
    assert fixed["filevers"] == fixed["prodvers"] == expected
    strings = dict(
        (ast.literal_eval(n.args[0]), ast.literal_eval(n.args[1]))
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "StringStruct"
    )
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "ae-desktop.exe"
    assert support.version_tuple("2.10") == (2, 10, 0, 0)


def test_spec_reads_version_and_id_from_the_package() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "__version__" in text and "APP_ID" in text
    assert '"0.' not in text.split("DATAS")[0], "the version must not be written in the spec"
    assert _spec_constant("EXE_NAME") == _scripts_name()


def _scripts_name() -> str:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    (name,) = pyproject["project"]["gui-scripts"]
    return name


def test_macos_bundle_info_plist() -> None:
    keywords = _spec_call_keywords("BUNDLE")
    plist = ast.literal_eval(
        ast.Dict(
            keys=[k for k in keywords["info_plist"].keys],  # type: ignore[attr-defined]
            values=[
                v if isinstance(v, ast.Constant | ast.List) else ast.Constant("<computed>")
                for v in keywords["info_plist"].values  # type: ignore[attr-defined]
            ],
        )
    )
    assert plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])
    assert {"CFBundleShortVersionString", "CFBundleVersion", "CFBundleDisplayName"} <= set(plist)
    assert ast.unparse(keywords["bundle_identifier"]) == "APP_ID"


def _desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_entry_metainfo_and_app_name_one_id(qapp) -> None:
    from ae_desktop.app import create_application

    entry = _desktop_entry()
    root = _metainfo()
    assert DESKTOP.stem == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == _scripts_name() == _spec_constant("EXE_NAME")
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert root.findtext("provides/binary") == entry["Exec"].split()[0]
    assert create_application().desktopFileName() == APP_ID


def test_metainfo_describes_this_release() -> None:
    root = _metainfo()
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert root.findtext("summary") and root.find("description/p") is not None
    shots = root.findall("screenshots/screenshot/image")
    assert len(shots) >= 2 and all((s.text or "").startswith("https://") for s in shots)
    assert root.find("screenshots/screenshot[@type='default']") is not None


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "E:" not in done.stdout and "W:" not in done.stdout, done.stdout


def test_inno_setup_script_is_per_user_and_keeps_the_data() -> None:
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', text))
    assert defines["AppVersion"] == __version__
    assert defines["AppExe"] == f"{_spec_constant('EXE_NAME')}.exe"
    assert defines["Bundle"].endswith(_spec_constant("APP_NAME"))
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}", text, re.M)
    assert re.search(r"^Name: \"\{autoprograms\}", text, re.M)  # Start menu
    assert re.search(r'^Name: "desktopicon".*Flags: unchecked', text, re.M)  # optional
    assert not re.search(r"^\[UninstallDelete\]", text, re.M)
    assert "{localappdata}\\AE Desktop" not in text
    assert "build\\icons\\ae-desktop.ico" in text


def test_launch_script_runs_the_cli() -> None:
    text = (PACKAGING / "pyinstaller" / "launch.py").read_text(encoding="utf-8")
    assert "from ae_desktop.cli import main" in text
    keywords = _spec_call_keywords("EXE")
    assert ast.literal_eval(keywords["console"]) is False  # windowed
    assert sys.platform  # the spec builds on the OS it runs on
