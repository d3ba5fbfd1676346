"""One way out for every export, used by the command line and the Export dialog alike.

CSV: one file per list in a folder. vCard 4.0: every contact, or one client's. iCalendar:
the time blocks from four weeks back to eight weeks ahead as events, and the open tasks with
a due date (the follow-ups) as to-dos. JSON: the whole database, a second backup in an open
format. Every file is written beside its target and renamed into place: never half written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal, cast

from peewee import JOIN

from ae_desktop.domain.planner import parse_hhmm
from ae_desktop.domain.priority import Quadrant
from ae_desktop.interop.atomic_write import atomic_text_file
from ae_desktop.interop.ics_write import BlockEvent, TodoItem, write_calendar
from ae_desktop.interop.vcard_write import VCardContact, write_vcards
from ae_desktop.store.models import Client, Contact, TimeBlock, database
from ae_desktop.translation import translate

ExportFormat = Literal["csv", "vcard", "ics", "json"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "vcard", "ics", "json")
CALENDAR_BACK = timedelta(weeks=4)
CALENDAR_AHEAD = timedelta(weeks=8)
_QUADRANT_CODES = {
    Quadrant.DO_NOW: "do",
    Quadrant.SCHEDULE: "schedule",
    Quadrant.DELEGATE: "delegate",
    Quadrant.DROP: "drop",
}


def export(
    fmt: ExportFormat, out: Path, *, client_id: int | None = None, today: date | None = None
) -> str:
    """Write the export and return one sentence saying what was written where."""
    day = today or date.today()
    if fmt == "csv":
        from ae_desktop.services.export_tables import export_csv_folder

        counts = export_csv_folder(out)
        rows = _plural(
            sum(counts.values()), translate("export", "1 row"), translate("export", "{0} rows")
        )
        message = translate("export", "Wrote {0} files, {1}, to {2}.")
        return message.format(len(counts), rows, out)
    if fmt == "json":
        from ae_desktop.store.json_dump import dump_json

        counts = dump_json(out)
        records = _plural(
            sum(counts.values()),
            translate("export", "1 record"),
            translate("export", "{0} records"),
        )
        message = translate("export", "Wrote {0} of {1} tables to {2}.")
        return message.format(records, len(counts), out)
    if fmt == "vcard":
        written = _write_vcards(out, client_id)
        contacts = _plural(
            written, translate("export", "1 contact"), translate("export", "{0} contacts")
        )
        return translate("export", "Wrote {0} to {1}.").format(contacts, out)
    if fmt == "ics":
        events, todos = _write_calendar(out, day)
        blocks = _plural(
            events, translate("export", "1 time block"), translate("export", "{0} time blocks")
        )
        follow_ups = _plural(
            todos, translate("export", "1 follow-up"), translate("export", "{0} follow-ups")
        )
        return translate("export", "Wrote {0} and {1} to {2}.").format(blocks, follow_ups, out)
    raise ValueError(translate("export", "unknown export format {0!r}").format(fmt))


def _plural(count: int, one: str, many: str) -> str:
    """*one* for 1, else *many* with the count (as 1,234) in its {0}."""
    return one if count == 1 else many.format(f"{count:,}")


def default_name(fmt: ExportFormat, today: date) -> str:
    """The file name an export gets in a folder the user chose."""
    day = today.isoformat()
    if fmt == "csv":
        return translate("export", "AE Desktop {0}").format(day)
    if fmt == "vcard":
        return translate("export", "AE Desktop contacts.vcf")
    if fmt == "ics":
        return translate("export", "AE Desktop calendar.ics")
    return translate("export", "AE Desktop export {0}.json").format(day)


def client_exists(client_id: int) -> bool:
    with database.connection_context():
        return Client.select().where(Client.id == client_id).exists()


def _write_vcards(out: Path, client_id: int | None) -> int:
    query = (
        Contact.select(
            Contact.id, Contact.name, Client.name, Contact.role, Contact.email, Contact.phone,
            Contact.notes,
        )
        .join(Client)
        .order_by(Client.name, Contact.name)
    )  # fmt: skip
    if client_id is not None:
        query = query.where(Contact.client == client_id)
    with database.connection_context():
        rows = cast("list[tuple[int, str, str, str, str, str, str]]", list(query.tuples()))
    contacts = [VCardContact(*row) for row in rows]
    with atomic_text_file(out, newline="") as handle:
        handle.write(write_vcards(contacts))
    return len(contacts)


def local_zone_name() -> str | None:
    """The system's time zone as an IANA name ("Europe/Madrid"), or None when it cannot be
    told (then times are written as local, 'floating', times)."""
    named = os.environ.get("TZ", "").removeprefix(":")
    if "/" in named and not named.startswith("/"):
        return named
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return None
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else None


def _write_calendar(out: Path, today: date) -> tuple[int, int]:
    with database.atomic():  # one snapshot for blocks and tasks
        blocks = list(_block_events(today - CALENDAR_BACK, today + CALENDAR_AHEAD))
        todos = list(_todo_items(today))
    now = datetime.now()
    try:
        data = write_calendar(blocks, todos, now=now, tz_name=local_zone_name())
    except ValueError:  # a zone name the calendar library does not know
        data = write_calendar(blocks, todos, now=now)
    text = data.decode("utf-8")
    with atomic_text_file(out, newline="") as handle:  # CRLF as RFC 5545 writes them
        handle.write(text)
    return len(blocks), len(todos)


_BlockTuple = tuple[int, date, str, str, str, str, str | None, bool, bool]


def _block_events(start: date, end: date) -> Iterable[BlockEvent]:
    query = (
        TimeBlock.select(
            TimeBlock.id, TimeBlock.date, TimeBlock.start, TimeBlock.end, TimeBlock.title,
            TimeBlock.kind, Client.name, TimeBlock.fixed, TimeBlock.done,
        )
        .join(Client, JOIN.LEFT_OUTER, on=(TimeBlock.client == Client.id))
        # Meetings imported from a calendar are in that calendar already: exporting them
        # would make a second copy of each when the file is opened there.
        .where((TimeBlock.date >= start) & (TimeBlock.date < end) & TimeBlock.calendar.is_null())
        .order_by(TimeBlock.date, TimeBlock.start)
    )  # fmt: skip
    rows = cast("Iterable[_BlockTuple]", query.tuples())
    for block_id, day, s, e, title, kind, client, fixed, done in rows:
        yield BlockEvent(
            id=block_id, day=day, start=parse_hhmm(s), end=parse_hhmm(e), title=title,
            kind=kind, client_name=client or "", fixed=bool(fixed), done=bool(done),
        )  # fmt: skip


def _todo_items(today: date) -> Iterable[TodoItem]:
    from ae_desktop.services.task_rows import load_tasks

    for row in load_tasks(today=today):
        if row.due_on is None:
            continue
        yield TodoItem(
            id=row.id, title=row.title, due=row.due_on, quadrant=_QUADRANT_CODES[row.quadrant],
            client_name=row.client_name or "", notes=row.notes,
        )  # fmt: skip
