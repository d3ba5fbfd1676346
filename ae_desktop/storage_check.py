"""Whether the data dir is on a network file system or in a cloud-sync folder (unsafe for WAL)."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Literal

# SQLite's WAL needs shared memory and byte-range locks that network file systems do not
# honour reliably (sqlite.org/wal.html: "WAL does not work over a network filesystem"), and a
# sync client copies the database while it is being written, or swaps in another machine's.
NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "9p",
        "davfs",
        "davfs2",
        "webdav",
        "ceph",
        "cephfs",
        "ceph-fuse",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "orangefs",
        "pvfs2",
        "sshfs",
        "rclone",
        "s3fs",
        "gcsfuse",
        "goofys",
        "juicefs",
        "gvfsd-fuse",  # GNOME's mounts of SMB, SFTP and WebDAV shares
        "vboxsf",  # shared folders of virtual machines: the host's disk, shared as over a network
        "vmhgfs",
        "vmhgfs-fuse",
        "prl_fs",
    }
)


@dataclass(frozen=True)
class Risk:
    """Why a location is unsafe: *kind* network (name: the file system) or cloud (the service)."""

    kind: Literal["network", "cloud"]
    name: str

    def reason(self) -> str:
        if self.kind == "network":
            return f"on a network file system ({self.name})"
        return f"in a {self.name} folder"


# Folder names of sync clients, matched against each component of the path. Distinctive
# names in any case; short everyday words ("Box", "Sync", "MEGA") only as the client spells them.
_CLOUD_FOLDERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, flags), service)
    for pattern, flags, service in [
        # "Dropbox (Acme)" and "OneDrive - Acme": a company's; "OneDrive-Personal": macOS
        (r"dropbox( \(.+\))?", re.IGNORECASE, "Dropbox"),
        (r"onedrive( ?- ?.+)?", re.IGNORECASE, "OneDrive"),
        (r"google ?drive(-.+)?|my drive", re.IGNORECASE, "Google Drive"),
        (r"icloud ?drive|mobile documents|com~apple~clouddocs", re.IGNORECASE, "iCloud Drive"),
        (r"Box|Box Sync|Box-Box", 0, "Box"),
        (r"pcloud ?drive|pcloud", re.IGNORECASE, "pCloud"),
        (r"MEGA|MEGAsync", 0, "MEGA"),
        (r"nextcloud", re.IGNORECASE, "Nextcloud"),
        (r"owncloud", re.IGNORECASE, "ownCloud"),
        (r"Sync|Sync\.com", 0, "Sync.com"),
        (r"yandex\.disk", re.IGNORECASE, "Yandex.Disk"),
        (r"proton ?drive", re.IGNORECASE, "Proton Drive"),
        (r"tresorit", re.IGNORECASE, "Tresorit"),
        (r"seafile", re.IGNORECASE, "Seafile"),
    ]
)


def risky_location(path: Path, mounts_text: str | None = None) -> str | None:
    """A short reason when *path* is on a network file system or in a cloud-sync folder.

    *mounts_text* is the text of /proc/self/mountinfo or /proc/mounts (read from the system
    on Linux when None). Elsewhere only the path itself is looked at.
    """
    risk = classify_location(path, mounts_text)
    return risk.reason() if risk else None


def classify_location(path: Path | PurePath, mounts_text: str | None = None) -> Risk | None:
    """The Risk of *path* (network first: a share may hold a folder named Dropbox), or None."""
    pure = _absolute(path)
    if isinstance(pure, PureWindowsPath):
        risk = _windows_network(pure)
    else:
        if mounts_text is None and sys.platform.startswith("linux"):
            mounts_text = _read_mounts()
        risk = _network_fs(pure, mounts_text) if mounts_text else None
    return risk or _cloud_folder(pure)


def _absolute(path: Path | PurePath) -> PurePath:
    if isinstance(path, Path):
        return path.expanduser().resolve()  # a symlink into Dropbox is in Dropbox
    return path


def _read_mounts() -> str | None:
    for source in ("/proc/self/mountinfo", "/proc/mounts"):
        try:
            return Path(source).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return None


def _unescape(field: str) -> str:
    """Mount points escape space, tab, newline and backslash as octal (\\040)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of mountinfo or /proc/mounts text."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" in fields[6:]:  # mountinfo: id parent dev root point options [tags] - type src
            separator = fields.index("-", 6)
            if len(fields) > separator + 1:
                mounts.append((_unescape(fields[4]), fields[separator + 1]))
        elif len(fields) >= 3:  # /proc/mounts: source point type options dump pass
            mounts.append((_unescape(fields[1]), fields[2]))
    return mounts


def _network_fs(path: PurePath, mounts_text: str) -> Risk | None:
    best: tuple[int, str] | None = None
    for point, fs_type in parse_mounts(mounts_text):
        mount = PurePosixPath(point)
        if mount == path or mount in path.parents:
            depth = len(mount.parts)
            if best is None or depth >= best[0]:  # the last of equals is mounted on top
                best = (depth, fs_type)
    if best is None:
        return None
    fs_type = best[1].lower()
    base = fs_type.removeprefix("fuse.")
    return Risk("network", best[1]) if base in NETWORK_FS else None


def _windows_network(path: PureWindowsPath) -> Risk | None:
    if path.drive.startswith(("\\\\", "//")):  # \\server\share, \\?\UNC\server\share
        text = path.drive.replace("/", "\\")
        local = text.startswith(("\\\\?\\", "\\\\.\\"))  # \\?\C:\ and \\.\C:\ are local
        if not local or text.upper().startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
            return Risk("network", path.drive)
    if sys.platform == "win32" and re.fullmatch(r"[A-Za-z]:", path.drive):
        import ctypes

        drive_remote = 4  # GetDriveTypeW: DRIVE_REMOTE, a mapped network drive
        if ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\") == drive_remote:
            return Risk("network", path.drive)
    return None


def _cloud_folder(path: PurePath) -> Risk | None:
    parts = path.parts
    for i, part in enumerate(parts):
        # macOS File Provider folders of every service: ~/Library/CloudStorage/<Service>-<id>
        if part == "CloudStorage" and i > 0 and parts[i - 1] == "Library" and i + 1 < len(parts):
            folder = parts[i + 1].split("-", 1)[0]
            return Risk("cloud", _service_name(folder) or folder)
        service = _service_name(part)
        if service:
            return Risk("cloud", service)
    return None


def _service_name(component: str) -> str | None:
    for pattern, service in _CLOUD_FOLDERS:
        if pattern.fullmatch(component):
            return service
    return None
