"""`ae-desktop import` and `ae-desktop export`: files in and out from the command line.

import: exit 0 when imported (or, with --dry-run, when it would import cleanly), 1 when the
file cannot be used or rows were rejected (nothing written unless --skip-rejected; the lines
are listed), 2 for unusable arguments. export: exit 0, or 1 when the file cannot be written.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from ae_desktop.interop.records import FileKind, ImportFileError
from ae_desktop.translation import translate

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def _say(command: str, message: object) -> None:
    print(f"ae-desktop {command}: {message}", file=sys.stderr)


def run_import(
    file: str,
    *,
    kind: str | None,
    dry_run: bool,
    duplicates: str,
    skip_rejected: bool,
    weeks: int,
    database: Path,
    backups: Path,
) -> int:
    path = Path(file).expanduser()
    if not path.is_file():
        _say("import", translate("command", "{0} is not a file").format(path))
        return EXIT_USAGE
    if not 1 <= weeks <= 104:
        _say("import", translate("command", "--weeks is a number of weeks from 1 to 104"))
        return EXIT_USAGE
    from ae_desktop.services.importing import detect_kind, load_file, unrecognised

    try:
        chosen = FileKind(kind) if kind else detect_kind(path)
        if chosen == FileKind.JSON:
            return _import_json(path, dry_run=dry_run, database=database, backups=backups)
        loaded = load_file(path, chosen, window_days=weeks * 7)
    except ImportFileError as error:
        _say("import", translate("command", "{0} Nothing was imported.").format(error))
        return EXIT_REFUSED
    if (reason := unrecognised(loaded)) is not None:
        _say("import", translate("command", "{0} Nothing was imported.").format(reason))
        return EXIT_REFUSED
    if dry_run and not (database.is_file() and database.stat().st_size > 0):
        with tempfile.TemporaryDirectory() as empty:  # plan against an empty database
            return _plan_and_apply(loaded, duplicates, True, skip_rejected, Path(empty) / "x.db")
    return _plan_and_apply(loaded, duplicates, dry_run, skip_rejected, database, backups)


def _plan_and_apply(
    loaded: object,
    duplicates: str,
    dry_run: bool,
    skip_rejected: bool,
    database: Path,
    backups: Path | None = None,
) -> int:
    from ae_desktop.services.import_plan import DuplicatePolicy, count_of
    from ae_desktop.services.importing import LoadedFile, apply_import, plan_import
    from ae_desktop.services.settings import currency
    from ae_desktop.store.db import close_database, open_database

    assert isinstance(loaded, LoadedFile)
    try:
        open_database(database, backups)
        plan = plan_import(loaded, DuplicatePolicy(duplicates), default_currency=currency())
        summary = plan.summary()
        if dry_run:
            print(
                translate("command", "Dry run of {0}: nothing was written.").format(
                    loaded.path.name
                )
            )
            print("\n".join(summary.lines(planned=True)))
            return EXIT_REFUSED if summary.rejected and not skip_rejected else EXIT_OK
        if summary.rejected and not skip_rejected:
            print("\n".join(summary.lines(planned=True)), file=sys.stderr)
            rejected = count_of(len(summary.rejected), "rows")
            _say(
                "import",
                translate(
                    "command",
                    "{0} rejected, so nothing was imported. Fix them, or import the other rows "
                    "with --skip-rejected.",
                ).format(rejected),
            )
            return EXIT_REFUSED
        done = apply_import(plan, today=date.today())
    except ImportFileError as error:
        _say("import", str(error))
        return EXIT_REFUSED
    finally:
        close_database()
    print(translate("command", "Imported {0}.").format(loaded.path.name))
    print("\n".join(done.lines()))
    return EXIT_OK


def _import_json(path: Path, *, dry_run: bool, database: Path, backups: Path) -> int:
    from ae_desktop.store.db import close_database, open_database
    from ae_desktop.store.json_dump import load_json

    if dry_run:
        _say("import", translate("command", "--dry-run is not available for a full JSON export"))
        return EXIT_USAGE
    try:
        open_database(database, backups)
        counts = load_json(path)
    except ImportFileError as error:
        _say("import", translate("command", "{0} Nothing was imported.").format(error))
        return EXIT_REFUSED
    finally:
        close_database()
    print(
        translate("command", "Imported {0:,} records of {1} tables from {2}.").format(
            sum(counts.values()), len(counts), path.name
        )
    )
    return EXIT_OK


def run_export(fmt: str, out: str, *, client_id: int | None, database: Path, backups: Path) -> int:
    from ae_desktop.services.exporting import FORMATS, client_exists, default_name, export
    from ae_desktop.store.db import close_database, open_database

    chosen = next((f for f in FORMATS if f == fmt), None)
    if chosen is None:
        _say("export", translate("command", "--format is one of {0}").format(", ".join(FORMATS)))
        return EXIT_USAGE
    if not (database.is_file() and database.stat().st_size > 0):
        _say(
            "export",
            translate("command", "there is no database in {0} yet (or check --data-dir)").format(
                database.parent
            ),
        )
        return EXIT_REFUSED
    if client_id is not None and chosen != "vcard":
        _say(
            "export",
            translate(
                "command",
                "--client chooses whose contacts go into a vCard file: use --format vcard",
            ),
        )
        return EXIT_USAGE
    target = Path(out).expanduser().absolute()
    if target.is_dir() and chosen != "csv":
        target = target / default_name(chosen, date.today())
    try:
        open_database(database, backups)
        if client_id is not None and not client_exists(client_id):
            _say("export", translate("command", "there is no client with id {0}").format(client_id))
            return EXIT_REFUSED
        message = export(chosen, target, client_id=client_id)
    except OSError as error:
        _say(
            "export",
            translate("command", "{0} could not be written: {1}").format(
                target, error.strerror or error
            ),
        )
        return EXIT_REFUSED
    finally:
        close_database()
    print(message)
    return EXIT_OK
