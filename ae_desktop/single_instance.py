"""One running app per data dir: a lock file in it, taken before anything opens the database,
and a local server a second launch calls."""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

# QtCore only at import: cli.py takes the lock before the start-up read opens the database,
# ahead of QtNetwork, QtWidgets and the QApplication.
from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

# The `restore` command checks this name: it must not replace a database the app has open.
LOCK_FILENAME = "ae-desktop.lock"
ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
TIMEOUT_MS = 2000
# How long a second launch waits for the running app to listen: it takes the lock before it
# loads Qt's widgets and starts its local server, a fraction of a second later.
LISTEN_WAIT_MS = 5000


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container with an unnamed uid)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(data_dir: Path) -> str:
    """The local server's name for *data_dir*: the same for every launch of one user on it.

    A hash, not the path: a socket path is limited to about 100 bytes, and Windows pipe names
    are machine-wide, hence the user in it too.
    """
    key = f"{_user()}\0{data_dir.resolve()}".encode()
    return "ae-desktop-" + hashlib.sha256(key).hexdigest()[:32]


class DataFolderLock:
    """<data_dir>/ae-desktop.lock: QtCore only, no QApplication needed, about a millisecond.

    Taken before anything opens the database, so a launch on a folder another process uses
    (a running app, `ae-desktop restore`) reads and writes nothing there.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILENAME
        self._lock = QLockFile(str(self.path))
        # 0: a lock is never stale for its age (the default 30 s would let a second launch
        # take the lock of an app that has simply been open a while), only when its process
        # is gone; QLockFile checks that by PID, process name, host and boot.
        self._lock.setStaleLockTime(0)
        self.error = ""  # why the lock file could not be made, when that is why acquire failed

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> bool:
        """Take the lock; False if a live process holds it (or the file cannot be made:
        ``error`` then says why). A lock left by a process that crashed is taken over."""
        if self._lock.isLocked():
            return True
        self.error = ""
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                self.error = self._lock.error().name
                log.warning("Cannot create the lock file: %s", self.error)
                return False
            # tryLock takes over a lock whose process is gone, judged by its PID and process
            # name; a PID since reused by another Python process fools that. As Qt documents
            # for staleLockTime 0, removeStaleLockFile then decides: it deletes the file only
            # when no process holds it (a native lock on Unix, an open handle on Windows),
            # so the lock of a live instance survives it.
            if not (self._lock.removeStaleLockFile() and self._lock.tryLock(0)):
                return False
        if os.name == "posix":
            os.chmod(self.path, 0o600)
        return True

    def release(self) -> None:
        """Give up the lock (the file is removed)."""
        if self._lock.isLocked():
            self._lock.unlock()


class SingleInstance(QObject):
    """Answers later launches while the app runs on *data_dir*, whose DataFolderLock it
    holds; or, in a launch that found the lock held, calls the app that holds it."""

    activation_requested = Signal()  # a second launch asked this one to come to the front

    def __init__(
        self, data_dir: Path, parent: QObject | None = None, *, lock: DataFolderLock | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = lock or DataFolderLock(data_dir)
        self.lock_path = self.lock.path
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock and listen for later launches; False if a live process holds it."""
        if not self.lock.acquire():
            return False
        if self._server is None:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later launches (needs the QCoreApplication and the lock)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket of this name is left from a crash: no one listens.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Still the one instance; a later launch just cannot bring this window forward.
            log.warning("Cannot listen for later launches: %s", server.serverError().name)
            server.deleteLater()
            return
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > len(ACTIVATE):
                socket.abort()  # not one of ours
            return
        line = bytes(socket.readLine().data())
        if line == ACTIVATE:
            socket.write(ANSWER)
            socket.flush()
            self.activation_requested.emit()
        socket.disconnectFromServer()

    def notify_running(self, listen_wait_ms: int = LISTEN_WAIT_MS) -> bool:
        """Ask the instance holding the lock to come to the front; True if it answered.

        An app that has just taken the lock listens only once Qt is loaded: no server of
        that name yet is asked again for up to *listen_wait_ms*.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + listen_wait_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(TIMEOUT_MS):
                break
            not_yet = socket.error() in (
                QLocalSocket.LocalSocketError.ServerNotFoundError,
                QLocalSocket.LocalSocketError.ConnectionRefusedError,
            )
            socket.abort()
            if not not_yet or time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        try:
            socket.write(ACTIVATE)
            if not socket.waitForBytesWritten(TIMEOUT_MS):
                return False
            while not socket.canReadLine():
                if not socket.waitForReadyRead(TIMEOUT_MS):
                    return False
            return bytes(socket.readLine().data()) == ANSWER
        finally:
            socket.abort()

    def release(self) -> None:
        """Stop listening and give up the lock (the file is removed)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self.lock.release()
