"""One way in for every import, used by the command line and the Import dialog alike:
load a file (kind detected from its content), plan it against the database, apply the plan.

Loading and planning only read; applying writes in one transaction (all rows or none). A
file that cannot be used at all raises ImportFileError with a sentence for the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from ae_desktop.interop.csv_table import Table
from ae_desktop.interop.records import (
    MAX_FILE_BYTES,
    EventRecord,
    FileKind,
    ImportFileError,
    PersonRecord,
    ReadResult,
)
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.import_deals import DealsPlan, apply_deals, plan_deals
from ae_desktop.services.import_events import (
    INVITATION_METHODS,
    INVITATIONS,
    EventsPlan,
    apply_events,
    calendar_key,
    plan_events,
)
from ae_desktop.services.import_people import PeoplePlan, apply_people, plan_people
from ae_desktop.services.import_plan import Action, DuplicatePolicy, ImportSummary, Progress
from ae_desktop.services.import_undo import ImportRecorder
from ae_desktop.store.models import Contact, Deal, TimeBlock, database
from ae_desktop.translation import translate

DEFAULT_WINDOW_DAYS = 28  # a calendar is imported for the next four weeks unless told
TableKind = Literal["people", "deals"]


@dataclass(slots=True)
class LoadedFile:
    """A file read and understood, before any matching against the database."""

    path: Path
    kind: FileKind
    encoding: str = ""  # how a text file was read, e.g. "Windows-1252"
    table: Table | None = None  # CSV: the rows as read
    mapping: dict[int, str] = field(default_factory=dict)  # CSV: column -> csv_mapping.Field
    source: str = ""  # CSV: "HubSpot", "Pipedrive", "Salesforce" or "Generic"
    table_kind: TableKind = "people"  # CSV: contacts or deals
    people: ReadResult[PersonRecord] | None = None  # vCard
    calendar: str = ""  # ICS: the calendar's name (or the file's)
    events: ReadResult[EventRecord] | None = None  # ICS
    window: tuple[date, date] | None = None  # ICS: [start, end) imported
    # ICS: a whole calendar (its meetings gone from it are removed) or an invitation (only
    # its own meetings are added, changed or, when cancelled, removed).
    sync: bool = True
    keep_uids: list[str] = field(default_factory=list)  # events that could not be read
    cancelled_uids: list[str] = field(default_factory=list)


def detect_kind(path: Path) -> FileKind:
    """The kind of file from its first bytes (its name only breaks a tie)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        message = translate("import", "{0} cannot be read: {1}.").format(path.name, error.strerror)
        raise ImportFileError(message) from error
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            translate(
                "import", "The file is {0:.1f} MB; files over {1} MB are not imported."
            ).format(size / 1e6, MAX_FILE_BYTES // 2**20)
        )
    text = _head_text(head).lstrip("\ufeff \t\r\n").upper()
    if text.startswith("BEGIN:VCALENDAR"):
        return FileKind.ICS
    if text.startswith("BEGIN:VCARD"):
        return FileKind.VCARD
    if text.startswith("{"):
        return FileKind.JSON
    suffix = path.suffix.lower()
    if suffix in (".ics", ".ical", ".ifb"):
        return FileKind.ICS
    if suffix in (".vcf", ".vcard"):
        return FileKind.VCARD
    return FileKind.CSV


def _head_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    if head[1:2] == b"\x00":  # UTF-16 LE without a BOM
        return head.decode("utf-16-le", errors="ignore")
    return head.decode("utf-8", errors="ignore")


def load_file(
    path: Path,
    kind: FileKind | None = None,
    *,
    today: date | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> LoadedFile:
    """Read *path* as *kind* (detected when None). A calendar is read for the window from
    *today* (default: the clock) for *window_days* days."""
    kind = kind or detect_kind(path)
    if kind == FileKind.CSV:
        return _load_csv(path)
    if kind == FileKind.VCARD:
        from ae_desktop.interop.vcard_read import read_vcard_file

        return LoadedFile(path, kind, people=read_vcard_file(path))
    if kind == FileKind.ICS:
        from ae_desktop.interop.ics_read import read_calendar_file

        start = today or date.today()
        end = start + timedelta(days=window_days)
        read = read_calendar_file(path, start=start, end=end)
        invitation = read.method in INVITATION_METHODS
        return LoadedFile(
            path,
            kind,
            calendar=INVITATIONS if invitation else calendar_key(read.name, path.stem),
            events=read.result,
            window=(start, end),
            sync=not invitation,
            keep_uids=list(read.unread_uids),
            cancelled_uids=list(read.cancelled_uids),
        )
    raise ImportFileError(
        translate(
            "import",
            "This is a full export of AE Desktop (JSON): it is brought back whole, into an "
            "empty database, not row by row.",
        )
    )


def _load_csv(path: Path) -> LoadedFile:
    from ae_desktop.interop.csv_mapping import detect_source, guess_mapping, table_kind
    from ae_desktop.interop.csv_table import parse_table
    from ae_desktop.interop.textfile import read_text

    decoded = read_text(path)
    table = parse_table(decoded.text)
    mapping = guess_mapping(table.headers)
    return LoadedFile(
        path,
        FileKind.CSV,
        encoding=decoded.encoding,
        table=table,
        mapping={column: str(f) for column, f in mapping.items()},
        source=detect_source(table.headers),
        table_kind=table_kind(mapping),
    )


ImportPlan = PeoplePlan | DealsPlan | EventsPlan

# A CSV is only imported when some column says who or what a row is.
_PEOPLE_KEYS = {"client_name", "contact_name", "first_name", "last_name", "email"}
_DEAL_KEYS = {"deal_title"}


def unrecognised(loaded: LoadedFile) -> str | None:
    """Why nothing of a CSV would be imported (no column says who a row is), else None."""
    if loaded.kind != FileKind.CSV or loaded.table is None:
        return None
    keys = _DEAL_KEYS if loaded.table_kind == "deals" else _PEOPLE_KEYS
    if keys & set(loaded.mapping.values()):
        return None
    shown = ", ".join(f"“{h}”" for h in loaded.table.headers[:8])
    if loaded.table_kind == "deals":
        message = translate(
            "import", "No column of {0} was recognised as a deal's title (its columns: {1})."
        )
    else:
        message = translate(
            "import",
            "No column of {0} was recognised as a name, company or e-mail (its columns: {1}).",
        )
    return message.format(loaded.path.name, shown)


def plan_import(
    loaded: LoadedFile,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    *,
    default_currency: str = "EUR",
) -> ImportPlan:
    """Match the file's records against the database: what applying would do; read-only."""
    if loaded.kind == FileKind.ICS and loaded.events is not None and loaded.window:
        plan = plan_events(
            loaded.calendar,
            loaded.events.records,
            *loaded.window,
            sync=loaded.sync,
            keep=loaded.keep_uids,
            cancelled=loaded.cancelled_uids,
        )
        plan.rejected += loaded.events.problems
        plan.notes += loaded.events.notes
        return plan
    if loaded.kind == FileKind.VCARD and loaded.people is not None:
        return _with_read_problems(plan_people(loaded.people.records, policy), loaded.people)
    if loaded.table is None:
        raise ImportFileError(translate("import", "Nothing was read from the file."))
    from ae_desktop.interop.csv_mapping import Field

    mapping = {column: Field(name) for column, name in loaded.mapping.items()}
    if loaded.table_kind == "deals":
        from ae_desktop.interop.csv_deals import read_deals

        deals = read_deals(loaded.table, mapping, default_currency=default_currency)
        deals_plan = plan_deals(deals.records, policy, default_currency=default_currency)
        deals_plan.rejected = sorted(deals.problems + deals_plan.rejected, key=lambda p: p.line)
        deals_plan.notes = deals.notes + deals_plan.notes
        return deals_plan
    from ae_desktop.interop.csv_people import read_people

    people = read_people(loaded.table, mapping)
    return _with_read_problems(plan_people(people.records, policy), people)


def _with_read_problems(plan: PeoplePlan, read: ReadResult[PersonRecord]) -> PeoplePlan:
    plan.rejected = sorted(read.problems + plan.rejected, key=lambda p: p.line)
    plan.notes = read.notes + plan.notes
    return plan


def apply_import(
    plan: ImportPlan, *, today: date | None = None, progress: Progress | None = None
) -> ImportSummary:
    """Write *plan* in one transaction (ImportCancelled when *progress* says stop: nothing
    written). Rejected rows are left out; the summary lists them, and its record what was
    written, for undo_import."""
    with write_transaction():  # the apply's own transaction runs inside, as a savepoint
        recorder = _recorder(plan)
        if isinstance(plan, EventsPlan):
            summary = apply_events(plan, progress)
        elif isinstance(plan, DealsPlan):
            summary = apply_deals(plan, today=today or date.today(), progress=progress)
        else:
            summary = apply_people(plan, progress)
        summary.record = recorder.finish()
    return summary


def _recorder(plan: ImportPlan) -> ImportRecorder:
    """Notes, before the plan is written, the rows it will update or remove."""
    if isinstance(plan, EventsPlan):
        return ImportRecorder(
            updating={TimeBlock: [block_id for block_id, _ in plan.updates]},
            removing={TimeBlock: plan.removes},
        )
    if isinstance(plan, DealsPlan):
        deal_ids = [s.deal_id for s in plan.steps if s.action == Action.UPDATE and s.deal_id]
        return ImportRecorder(updating={Deal: deal_ids})
    ids = [s.contact_id for s in plan.steps if s.action == Action.UPDATE and s.contact_id]
    return ImportRecorder(updating={Contact: ids})


def ready_for_full_import() -> None:
    """Raise the reason (an ImportFileError) when a full JSON export cannot be brought into
    this database: it holds data, or stages or settings the user changed."""
    from ae_desktop.store.json_dump import refuse_unless_empty

    with database.connection_context():
        refuse_unless_empty()


def import_full_export(path: Path) -> dict[str, int]:
    """Bring a full JSON export into this empty database, every table in one transaction;
    returns rows per table. ImportFileError says why it cannot (nothing written then)."""
    from ae_desktop.store.json_dump import load_json

    return load_json(path)
