"""A data dir on a network file system or in a cloud-sync folder is named as risky."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from ae_desktop import storage_check
from ae_desktop.storage_check import Risk, classify_location, parse_mounts, risky_location

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
30 27 8:2 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw
41 30 0:44 / /home/ana/shares rw,relatime shared:9 - nfs4 srv:/export rw,vers=4.2
42 41 8:3 / /home/ana/shares/usb rw,relatime - vfat /dev/sdb1 rw
43 30 0:45 / /home/ana/my\040files rw,nosuid - cifs //srv/ana rw
44 30 0:46 / /home/ana/remote rw,nosuid,nodev shared:12 master:3 - fuse.sshfs ana@srv: rw
45 30 0:47 / /home/ana/Dropbox rw - ext4 /dev/sda4 rw
46 27 0:48 / /mnt/c rw,noatime - 9p drvfs rw,aname=drvfs
47 27 0:49 / /mnt/auto rw - autofs systemd-1 rw
48 47 0:50 / /mnt/auto rw - nfs srv:/auto rw
49 27 0:51 / /run/user/1000/gvfs rw - fuse.gvfsd-fuse gvfsd-fuse rw
"""

PROC_MOUNTS = """/dev/sda1 / ext4 rw,relatime 0 0
srv:/export /srv/data nfs rw,vers=3 0 0
//nas/team /mnt/team smb3 rw 0 0
/dev/sdb1 /mnt/team/local ext4 rw 0 0
"""


def check(path: str, mounts: str = MOUNTINFO) -> Risk | None:
    return classify_location(PurePosixPath(path), mounts)


@pytest.mark.parametrize(
    ("path", "fs_type"),
    [
        ("/home/ana/shares/ae", "nfs4"),
        ("/home/ana/shares", "nfs4"),  # the mount point itself
        ("/home/ana/my files/ae", "cifs"),  # an escaped space in the mount point
        ("/home/ana/remote/deep/down", "fuse.sshfs"),
        ("/mnt/c/Users/ana/ae", "9p"),  # WSL's Windows drives
        ("/mnt/auto/ae", "nfs"),  # the later of two mounts on one point is the one in use
        ("/run/user/1000/gvfs/smb-share:server=nas/ae", "fuse.gvfsd-fuse"),
    ],
)
def test_a_network_file_system_is_named_by_its_type(path, fs_type):
    assert check(path) == Risk("network", fs_type)


@pytest.mark.parametrize(
    "path",
    [
        "/home/ana/.local/share/AE Desktop",
        "/home/ana/shares/usb/ae",  # a local disk mounted inside the share
        "/home/ana/sharesx/ae",  # a name that merely starts like a mount point
        "/",
    ],
)
def test_a_local_disk_is_fine(path):
    assert check(path) is None


def test_proc_mounts_format_too():
    assert check("/srv/data/ae", PROC_MOUNTS) == Risk("network", "nfs")
    assert check("/mnt/team/ae", PROC_MOUNTS) == Risk("network", "smb3")
    assert check("/mnt/team/local/ae", PROC_MOUNTS) is None
    assert check("/home/ana/ae", PROC_MOUNTS) is None


def test_parse_mounts_reads_points_and_types():
    mounts = parse_mounts(MOUNTINFO)
    assert ("/home/ana/my files", "cifs") in mounts
    assert ("/home/ana/remote", "fuse.sshfs") in mounts
    assert parse_mounts(PROC_MOUNTS)[1] == ("/srv/data", "nfs")
    assert parse_mounts("\n  \ngarbage\n") == []


def test_the_reason_is_short_and_says_what_it_is():
    assert risky_location(Path("/home/ana/shares/ae"), MOUNTINFO) == (
        "on a network file system (nfs4)"
    )
    assert risky_location(Path("/home/ana/Dropbox/ae"), MOUNTINFO) == "in a Dropbox folder"
    assert risky_location(Path("/home/ana/ae"), MOUNTINFO) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/ana/Dropbox/AE", "Dropbox"),
        ("/home/ana/Dropbox (Acme)/AE", "Dropbox"),
        ("/Users/ana/OneDrive/AE", "OneDrive"),
        ("/Users/ana/OneDrive - Acme Corp/AE", "OneDrive"),
        ("/Users/ana/Library/CloudStorage/OneDrive-Personal/AE", "OneDrive"),
        ("/Users/ana/Google Drive/AE", "Google Drive"),
        ("/Users/ana/GoogleDrive/AE", "Google Drive"),
        ("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.com/My Drive/AE", "Google Drive"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/AE", "iCloud Drive"),
        ("/Users/ana/iCloud Drive/AE", "iCloud Drive"),
        ("/Users/ana/Box/AE", "Box"),
        ("/Users/ana/Library/CloudStorage/Box-Box/AE", "Box"),
        ("/home/ana/pCloud Drive/AE", "pCloud"),
        ("/home/ana/MEGA/AE", "MEGA"),
        ("/home/ana/Nextcloud/AE", "Nextcloud"),
        ("/home/ana/ownCloud/AE", "ownCloud"),
        ("/home/ana/Sync/AE", "Sync.com"),
        ("/Users/ana/Library/CloudStorage/SomeNewService-ana/AE", "SomeNewService"),
    ],
)
def test_a_cloud_sync_folder_is_named_by_its_service(path, service):
    assert check(path, "") == Risk("cloud", service)


@pytest.mark.parametrize(
    "path",
    [
        "/home/ana/dropbox-tools/AE",  # only the folder names the clients make
        "/home/ana/boxes/AE",
        "/home/ana/box/AE",  # everyday words only as the client spells them
        "/home/ana/sync/AE",
        "/home/ana/mega/AE",
        "/home/ana/Documents/AE",
    ],
)
def test_lookalike_folders_are_fine(path):
    assert check(path, "") is None


def test_a_network_share_is_reported_before_a_cloud_folder_on_it():
    assert check("/home/ana/shares/Dropbox/AE") == Risk("network", "nfs4")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"\\nas\team\AE", Risk("network", r"\\nas\team")),
        (r"\\?\UNC\nas\team\AE", Risk("network", r"\\?\UNC\nas\team")),
        (r"C:\Users\ana\OneDrive - Acme\AE", Risk("cloud", "OneDrive")),
        (r"G:\My Drive\AE", Risk("cloud", "Google Drive")),
        (r"C:\Users\ana\iCloudDrive\AE", Risk("cloud", "iCloud Drive")),
        (r"\\?\C:\Users\ana\AE", None),
    ],
)
def test_windows_paths_by_their_form(path, expected):
    assert classify_location(PureWindowsPath(path)) == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc on Linux")
def test_on_linux_the_mounts_are_read_from_proc(monkeypatch):
    assert any(point == "/" for point, _ in parse_mounts(storage_check._read_mounts() or ""))
    monkeypatch.setattr(storage_check, "_read_mounts", lambda: MOUNTINFO)
    assert classify_location(PurePosixPath("/home/ana/shares/ae")) == Risk("network", "nfs4")
