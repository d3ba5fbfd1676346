"""Start-up work that runs beside Qt's own loading: open the database, read the client list."""

from __future__ import annotations

import logging
import threading
from datetime import date, datetime
from pathlib import Path

# Imported here, on the thread that starts the read: two threads importing the same modules at
# once can deadlock on the import locks, and the read thread must only do database work.
from ae_desktop.logs import log_failure
from ae_desktop.services.client_rows import ClientRow, load_client_rows, load_search_texts
from ae_desktop.store.backup import list_backups, sweep_stale_parts
from ae_desktop.store.db import open_database
from ae_desktop.store.errors import StoreError
from ae_desktop.store.health import check_database, has_data, wal_pending
from ae_desktop.store.models import database
from ae_desktop.translation import translate

log = logging.getLogger(__name__)

_WAIT_SECONDS = 120.0


class MissingDatabaseError(StoreError):
    """The database file is missing (or empty) where the data folder shows there was one."""

    problem = "the database file is missing"  # in English; each instance's is translated

    def __init__(self, path: Path, signs: list[Path]) -> None:
        self.path = path
        self.signs = signs
        self.problem = translate("database", "the database file is missing")
        shown = ", ".join(sign.name for sign in signs[:3])
        if len(signs) > 3:
            shown = translate("database", "{0} and {1} more").format(shown, len(signs) - 3)
        super().__init__(
            translate(
                "database",
                "The database {0} is missing, but its folder holds earlier data ({1}). Nothing "
                "was created: start AE Desktop without --smoke or --screenshots to restore a "
                "backup, or use 'ae-desktop restore FILE'.",
            ).format(path, shown)
        )


def earlier_data(path: Path, backups: Path) -> list[Path]:
    """Signs that the folder of the database *path* held one before: a file set aside as
    damaged, a restore's temp file, a -wal with changes, or a backup. None on a first start."""
    signs: list[Path] = []
    try:
        for entry in sorted(path.parent.iterdir()):
            name = entry.name
            if ".damaged-" in name or name == path.name + ".restore.part":
                signs.append(entry)
    except OSError:
        pass  # the folder cannot be listed: open_database says why
    if wal_pending(path):
        signs.append(path.with_name(path.name + "-wal"))
    signs.extend(info.path for info in list_backups(backups))
    return signs


class StartupRead(threading.Thread):
    """Checks and opens the database and reads the client list in a thread while the GUI
    is built.

    SQLite releases the GIL while it reads, so this overlaps with importing Qt. The GUI thread
    calls ``database_ready()`` before its first query and takes the rows with ``client_rows()``.
    """

    def __init__(
        self,
        path: Path,
        backups: Path,
        today: date,
        *,
        new_allowed: bool = False,
        now: datetime | None = None,
        gate: threading.Event | None = None,
    ) -> None:
        super().__init__(name="startup-read", daemon=True)
        # Set once this launch holds the data folder's lock: until then only the read-only
        # check runs (it overlaps with importing Qt); abandon() when another app holds it.
        self._gate = gate
        self._abandoned = False
        self.path = path
        self.backups = backups
        self.today = today
        self.now = now or datetime.now()  # how old a killed backup's temp file is
        # False: a missing database where there was one before is reported, not recreated;
        # True once the user chose to start with an empty database.
        self.new_allowed = new_allowed
        self._opened = threading.Event()
        self._open_error: BaseException | None = None
        self._read_error: BaseException | None = None
        self._rows: list[ClientRow] = []
        self._rows_read = threading.Event()
        self._texts: dict[int, str] | None = None
        self._shown = threading.Event()

    def run(self) -> None:
        try:
            # Read-only, before anything opens the file for writing: a damaged database must
            # reach the GUI thread untouched, which sets it aside or leaves it as it is.
            if has_data(self.path):
                check_database(self.path)
            elif not self.new_allowed:
                # A restore killed halfway, or a database deleted or moved: opening would
                # create an empty one and the user would see no data and no question.
                signs = earlier_data(self.path, self.backups)
                if signs:
                    raise MissingDatabaseError(self.path, signs)
            if self._gate is not None:
                self._gate.wait()
            if self._abandoned:
                return  # another app holds the folder: nothing is opened here
            open_database(self.path, self.backups)
            self._sweep()
        except BaseException as exc:  # handed to the GUI thread, which reports it
            self._open_error = exc
            return
        finally:
            self._opened.set()
        try:
            try:
                self._rows = load_client_rows(self.today)
            except BaseException as exc:
                self._read_error = exc  # set before the event, so the GUI never sees [] instead
                return
            finally:
                self._rows_read.set()
            # What the filter box searches: read once the window is up, not to slow it down.
            self._shown.wait(_WAIT_SECONDS)
            self._texts = load_search_texts()
        except BaseException:
            self._texts = None  # search_texts() reads them on the GUI thread instead
        finally:
            database.close()  # this thread's own connection; the GUI thread opens its own

    def abandon(self) -> None:
        """Another app holds the data folder: stop before opening the database."""
        self._abandoned = True
        if self._gate is not None:
            self._gate.set()

    def _sweep(self) -> None:
        """Temp files of a backup or restore that was killed, once old enough to be sure no
        one writes them. Only once the database opened (under the data folder's lock): a
        damaged, missing or newer one is left with everything around it as it is."""
        try:
            sweep_stale_parts(self.path, self.backups, self.now)
        except Exception as exc:  # noqa: BLE001 - it should not; leftovers must not stop a start
            log_failure(log, "Sweeping leftover temp files", exc)

    def database_ready(self) -> None:
        """Wait until the database is open; raises what opening it raised."""
        if not self._opened.wait(_WAIT_SECONDS):
            raise TimeoutError(translate("database", "the database did not open in time"))
        if self._open_error is not None:
            raise self._open_error

    def client_rows(self) -> list[ClientRow]:
        """The client rows read at start; raises what reading them raised."""
        self.database_ready()
        if not self._rows_read.wait(_WAIT_SECONDS):
            raise TimeoutError(translate("database", "the client list was not read in time"))
        if self._read_error is not None:
            raise self._read_error
        return self._rows

    def window_shown(self) -> None:
        """The GUI has painted: read what the filter box searches, before the user types."""
        self._shown.set()

    def search_texts(self) -> dict[int, str]:
        """What the filter box searches, per client id (waits for the thread to finish)."""
        self._shown.set()
        self.join(_WAIT_SECONDS)
        if self._texts is None or self.is_alive():
            return load_search_texts()
        return self._texts
