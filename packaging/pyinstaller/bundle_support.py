"""Helpers for ae-desktop.spec: which Qt files stay out, the icon files, Windows version info.

Plain Python with no PyInstaller or Qt import at module level, so tests/unit/test_packaging.py
checks it on any OS.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path, PurePosixPath

# Qt plugin folders the app never loads. Kept: platforms (xcb, wayland, offscreen, windows,
# cocoa), platformthemes, styles, imageformats and iconengines (SVG icons), wayland
# integrations and xcbglintegrations (needed by the xcb and wayland platforms).
EXCLUDED_PLUGIN_DIRS = frozenset(
    {
        "platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "virtualkeyboard",
        "qmltooling",
        "sqldrivers",
        "designer",
        "networkinformation",
        "tls",
        "position",
        "sensors",
        "multimedia",
        "webview",
        "egldeviceintegrations",
        "generic",
    }
)
# Platform plugins for embedded screens and remote frame buffers: no desktop uses them.
EXCLUDED_PLATFORMS = frozenset({"vnc", "eglfs", "linuxfb", "minimalegl", "vkkhrdisplay"})
# Qt libraries only the plugins above, or Qt modules the app does not import, would load.
EXCLUDED_LIBRARIES = re.compile(
    r"(^|/)(lib)?Qt6?("
    r"Qml|QmlModels|QmlMeta|QmlWorkerScript|Quick|QuickControls2|QuickTemplates2|"
    r"QuickLayouts|QuickShapes|VirtualKeyboard|VirtualKeyboardQml|Pdf|PdfQuick|"
    r"Sql|Test|Designer|UiTools|Help|Concurrent|Xml|"
    r"Multimedia|Positioning|Sensors|WebChannel|WebSockets|"
    r"EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport"
    r")(\.|\d|_|$)",
    re.IGNORECASE,
)
# The app speaks English and Spanish (ae_desktop.i18n.LANGUAGES); of Qt's own translations
# only qtbase (its dialogs and shortcuts) and the qt_ catalogue that includes it are loaded.
APP_LANGUAGES = ("en", "es")
KEPT_QT_TRANSLATIONS = re.compile(r"^(qt|qtbase)_(" + "|".join(APP_LANGUAGES) + r")\.qm$")
# Image formats the app reads: SVG icons and ICO; PNG is built into QtGui.
KEPT_IMAGE_FORMATS = ("qsvg", "qico")


def excluded(dest_name: str) -> bool:
    """Does the bundle leave out the file it would put at *dest_name* (a TOC entry's name)?"""
    path = PurePosixPath(dest_name.replace("\\", "/"))
    parts = path.parts
    if "plugins" in parts:
        after = "/".join(parts[parts.index("plugins") + 1 :])
        if any(after == item or after.startswith(item + "/") for item in EXCLUDED_PLUGIN_DIRS):
            return True
        if after.startswith("imageformats/") and not any(
            path.name.removeprefix("lib").startswith(kept) for kept in KEPT_IMAGE_FORMATS
        ):
            return True
        if after.startswith("platforms/"):
            stem = path.name.split(".")[0].removeprefix("lib").removeprefix("q")
            if stem in EXCLUDED_PLATFORMS:
                return True
    if "translations" in parts and path.suffix == ".qm" and "ae_desktop" not in parts:
        return not KEPT_QT_TRANSLATIONS.match(path.name)
    return bool(EXCLUDED_LIBRARIES.search(path.name))


def check_translations(folder: Path) -> None:
    """Stop the build when a .ts source has no compiled .qm or one older than itself."""
    for source in sorted(folder.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.is_file() or compiled.stat().st_mtime < source.stat().st_mtime:
            raise SystemExit(
                f"{compiled} is missing or older than {source.name}: run `make translations`"
            )


def _png_size(data: bytes) -> int:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        raise ValueError(f"icon is {width}x{height}, not square")
    return width


def write_ico(pngs: list[Path], dest: Path) -> Path:
    """A Windows .ico holding the PNGs as they are (PNG-compressed entries, Vista and later)."""
    images = sorted((_png_size(p.read_bytes()), p.read_bytes()) for p in pngs)
    images = [(size, data) for size, data in images if size <= 256]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(header + entries + blobs)
    return dest


# The icns element types that hold a PNG of each size.
_ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def write_icns(pngs: list[Path], dest: Path) -> Path:
    """A macOS .icns holding the PNGs as they are (one PNG element per size)."""
    body = b""
    for path in pngs:
        data = path.read_bytes()
        kind = _ICNS_TYPES.get(_png_size(data))
        if kind:
            body += kind + struct.pack(">I", 8 + len(data)) + data
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return dest


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """ "1.2.3" -> (1, 2, 3, 0): the four numbers Windows shows in the file's properties."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def windows_version_file(version: str, app_name: str, exe_name: str, dest: Path) -> Path:
    """The version resource of the Windows executable (file properties, Details tab), written
    as the version file PyInstaller's EXE(version=...) reads."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": app_name,
        "FileDescription": app_name,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": f"{app_name} {version}",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": app_name,
        "ProductVersion": version,
    }
    table = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{table}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    return dest
