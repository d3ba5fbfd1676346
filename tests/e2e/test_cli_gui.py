"""The command line as a user runs it: --help, --version, --smoke, --screenshots, refusals."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ae_desktop import __version__


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env.pop("AE_DESKTOP_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "ae_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_help_lists_every_sub_command_and_flag(tmp_path):
    result = run(["--help"], tmp_path)
    assert result.returncode == 0
    for word in ("demo", "--data-dir", "--smoke", "--screenshots", "--version"):
        assert word in result.stdout


def test_version(tmp_path):
    result = run(["--version"], tmp_path)
    assert result.stdout.strip() == f"AE Desktop {__version__}"


def test_smoke_opens_the_window_and_reports_startup_time(tmp_path):
    data = tmp_path / "data"
    result = run(["--data-dir", str(data), "--smoke"], tmp_path)
    assert result.returncode == 0, result.stderr
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("startup_ms=")]
    assert line and int(line[0].split("=")[1]) > 0
    assert (data / "ae-desktop.sqlite3").exists()
    if os.name == "posix":
        assert (data.stat().st_mode & 0o777) == 0o700
    assert not (tmp_path / "xdg_data_home" / "AE Desktop").exists()


def test_environment_variable_chooses_the_data_dir(tmp_path):
    data = tmp_path / "from-env"
    env_run = subprocess.run(
        [sys.executable, "-m", "ae_desktop", "--smoke"],
        capture_output=True,
        text=True,
        env={**os.environ, "AE_DESKTOP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert env_run.returncode == 0, env_run.stderr
    assert (data / "ae-desktop.sqlite3").exists()
    assert (data / "logs" / "ae-desktop.log").exists()


@pytest.mark.parametrize("with_data", [False, True])
def test_screenshots_of_every_tab_and_dialog(tmp_path, with_data):
    data = tmp_path / "data"
    if with_data:
        assert run(["demo", "--data-dir", str(data)], tmp_path).returncode == 0
    shots = tmp_path / "shots"
    result = run(["--data-dir", str(data), "--screenshots", str(shots)], tmp_path)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in shots.glob("*.png"))
    expected = {"tab-1-clients.png", "tab-2-deals.png", "tab-3-agenda.png", "dialog-about.png"}
    expected |= {"dialog-new-client.png", "dialog-weekly-report.png", "report-page-1.png"}
    expected |= {"dialog-import.png", "dialog-export.png", "reminder-banner.png"}
    expected |= {"dialog-command-palette.png"}
    expected |= {
        f"dialog-settings-{page}.png"
        for page in ("profile", "workday", "priorities", "general", "backups")
    }
    if with_data:
        expected |= {"dialog-log-interaction.png", "dialog-contact.png"}
    assert expected <= set(names)
    assert result.stdout.strip() == f"Saved {len(names)} screenshots to {shots}"
    assert all((shots / n).stat().st_size > 5000 for n in names)


def test_newer_database_is_refused_and_left_byte_identical(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db_file = data / "ae-desktop.sqlite3"
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(f"PRAGMA application_id = {0x41454453}")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = hashlib.sha256(db_file.read_bytes()).hexdigest()
    result = run(["--data-dir", str(data), "--smoke"], tmp_path)
    assert result.returncode == 3
    assert "schema version 99" in result.stderr
    assert hashlib.sha256(db_file.read_bytes()).hexdigest() == before


def test_a_data_dir_that_is_a_file_gives_a_clear_message(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    result = run(["--data-dir", str(not_a_folder), "--smoke"], tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("ae-desktop: cannot use the data folder:")
    assert "Traceback" not in result.stderr
    assert not_a_folder.read_text() == "mine"
