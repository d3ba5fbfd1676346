"""Smoke-test a built bundle as a user's machine would run it: `make bundle-check`.

    python packaging/check_bundle.py "dist/AE Desktop" [--release dist/AE-Desktop-...]

Runs the bundled executable (not the source tree) from an empty folder with a temporary
data folder: `--smoke` exits 0 and prints startup_ms=; `demo` fills a database;
`--screenshots` saves every tab and dialog as PNG in English and in Spanish; `import` reads a
calendar in a named time zone and `export` writes a vCard file; `report` writes a
PDF whose text is Spanish with `--lang es` (so the compiled translations are inside). With
--release (the release folder or its .tar.gz, unpacked as a user would), the release's
install.sh installs into a temporary home, the installed launcher entry validates and starts
the app, and uninstall.sh removes everything but the data.
Prints one line per check and the bundle's size; exits 1 on the first failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXE = "ae-desktop.exe" if os.name == "nt" else "ae-desktop"
APP_ID = "io.aedesktop.AEDesktop"
# Every bundle must leave these out (bundle_support.excluded); their presence means the
# spec's filter stopped matching a newer PySide6's layout.
NEVER_SHIPPED = ("libqtvirtualkeyboardplugin", "libQt6Quick.", "libQt6Qml.", "libqtiff")


class CheckFailed(Exception):
    pass


def _run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: int = 120) -> str:
    started = time.perf_counter()
    done = subprocess.run(
        cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise CheckFailed(
            f"{' '.join(cmd[1:]) or cmd[0]} exited {done.returncode}\n"
            f"stdout: {done.stdout}\nstderr: {done.stderr}"
        )
    print(f"  ok  {Path(cmd[0]).name} {' '.join(cmd[1:])}  ({seconds:.2f} s)")
    return done.stdout


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _pdf_text(path: Path) -> str:
    if path.read_bytes()[:5] != b"%PDF-":
        raise CheckFailed(f"{path} is not a PDF")
    try:
        import unicodedata

        import pypdf
    except ImportError:
        return ""
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "AE_DESKTOP"))}
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def check_bundle(bundle: Path, work: Path) -> None:
    exe = (bundle / EXE).resolve()
    if not exe.is_file():
        raise CheckFailed(f"no executable {exe}")
    print(f"bundle {bundle}: {_folder_size(bundle) / 1e6:.0f} MB")
    names = [p.name for p in bundle.rglob("*")]
    for never in NEVER_SHIPPED:
        if any(name.startswith(never) for name in names):
            raise CheckFailed(f"the bundle ships {never}*, which the spec leaves out")
    env = _environment(work / "home")
    data = work / "data"
    out = _run([str(exe), "--data-dir", str(data), "--smoke"], env, work)
    if "startup_ms=" not in out:
        raise CheckFailed(f"--smoke printed no startup_ms=: {out!r}")
    _run([str(exe), "demo", "--data-dir", str(data)], env, work)
    for lang in ("en", "es"):
        shots = work / f"shots-{lang}"
        _run(
            [str(exe), "--data-dir", str(data), "--lang", lang, "--screenshots", str(shots)],
            env,
            work,
        )
        pngs = sorted(shots.glob("*.png"))
        if len(pngs) < 10 or any(p.read_bytes()[:4] != b"\x89PNG" for p in pngs):
            raise CheckFailed(f"--screenshots saved {len(pngs)} PNG files in {shots}")
    _check_import(exe, env, work, data)
    expected = {"en": "Weekly report", "es": "Informe semanal"}
    for lang, title in expected.items():
        pdf = work / f"report-{lang}.pdf"
        _run(
            [str(exe), "report", "--data-dir", str(data), "--lang", lang, "--out", str(pdf)],
            env,
            work,
        )
        text = _pdf_text(pdf)
        if text and title not in text:
            raise CheckFailed(f"the {lang} report does not say {title!r}: {text[:200]!r}")


def _unpacked(release: Path, work: Path) -> Path:
    """The release folder; a .tar.gz is unpacked first, as a user would."""
    if release.is_dir():
        return release
    import tarfile

    with tarfile.open(release) as archive:
        archive.extractall(work / "unpacked", filter="data")
    (folder,) = (work / "unpacked").iterdir()
    print(f"  ok  unpacked {release.name} ({release.stat().st_size / 1e6:.0f} MB)")
    return folder


# A weekly meeting in a named time zone: its import needs the bundled parsers and zone data.
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//check//EN\r\nBEGIN:VEVENT\r\n"
    "UID:sync@check\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART;TZID=Europe/Madrid:{day}T100000\r\nDTEND;TZID=Europe/Madrid:{day}T110000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Weekly sync\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _check_import(exe: Path, env: dict[str, str], work: Path, data: Path) -> None:
    from datetime import date, timedelta

    ics = work / "work.ics"
    day = (date.today() + timedelta(days=1)).strftime("%Y%m%d")
    ics.write_text(CALENDAR.format(day=day), newline="")
    out = _run([str(exe), "import", str(ics), "--data-dir", str(data)], env, work)
    if "Created 3 meetings." not in out:
        raise CheckFailed(f"the calendar import said: {out!r}")
    vcf = work / "people.vcf"
    export = [str(exe), "export", "--format", "vcard", "--out", str(vcf), "--data-dir", str(data)]
    _run(export, env, work)
    if not vcf.read_text(encoding="utf-8").startswith("BEGIN:VCARD"):
        raise CheckFailed(f"{vcf} is not a vCard file")


def check_release(release: Path, work: Path) -> None:
    release = _unpacked(release, work)
    home = work / "install-home"
    env = _environment(home)
    _run(["sh", str(release / "install.sh")], env, work)
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    if not entry.is_file():
        raise CheckFailed(f"install.sh left no launcher entry at {entry}")
    if shutil.which("desktop-file-validate"):
        _run(["desktop-file-validate", str(entry)], env, work)
    launcher = home / ".local" / "bin" / "ae-desktop"
    data = home / ".local" / "share" / "AE Desktop"
    out = _run([str(launcher), "--smoke"], env, work)
    if "startup_ms=" not in out or not (data / "ae-desktop.sqlite3").is_file():
        raise CheckFailed("the installed app did not start on the default data folder")
    _run(["sh", str(home / ".local" / "lib" / "ae-desktop" / "uninstall.sh")], env, work)
    share = home / ".local" / "share"
    installed = [
        home / ".local" / "lib" / "ae-desktop",
        launcher,
        entry,
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(
            share / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png"
            for s in (48, 128, 256)
        ),
    ]
    left = [str(p) for p in installed if p.exists() or p.is_symlink()]
    if left or not (data / "ae-desktop.sqlite3").is_file():
        raise CheckFailed(f"uninstall.sh left {left[:5]} or removed the data")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the built folder, e.g. 'dist/AE Desktop'")
    parser.add_argument("--release", type=Path, help="the Linux release: its folder or its .tar.gz")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ae-bundle-check-") as tmp:
        try:
            check_bundle(args.bundle.resolve(), Path(tmp))
            if args.release:
                check_release(args.release.resolve(), Path(tmp))
        except (CheckFailed, subprocess.TimeoutExpired) as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"bundle checks passed in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
