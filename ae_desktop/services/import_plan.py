"""What an import will do, row by row, and what it did: shared by every kind of import.

An import is planned first (read-only: every row matched against the database, checked,
given an action) and then applied in one write transaction. The plan is what a dry run
prints and what the import dialog previews; applying it either writes every planned row or,
on any failure or a cancel, nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

from ae_desktop.domain.text import fold
from ae_desktop.interop.records import ImportFileError, RowProblem
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.import_undo import ImportRecord
from ae_desktop.translation import translate


class DuplicatePolicy(StrEnum):
    """What to do with a row that matches a record already in the database."""

    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"  # create anyway


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    REMOVE = "remove"  # a calendar's meeting that is gone from the calendar


class ImportCancelled(Exception):
    """The user cancelled while the import ran; nothing was written."""


# Called every few rows while applying: (rows done, rows in all) -> False to cancel.
Progress = Callable[[int, int], bool]


@dataclass(slots=True)
class ImportSummary:
    """What an import did (or, for a dry run, would do): counts per kind of record."""

    created: dict[str, int] = field(default_factory=dict)  # "clients" -> 3, "contacts" -> 10
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # "Line 4: same e-mail as Ana (Acme)."
    rejected: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    record: ImportRecord | None = None  # what an applied import wrote, for its undo

    def count(self, table: dict[str, int], kind: str, n: int = 1) -> None:
        table[kind] = table.get(kind, 0) + n

    @property
    def changes(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values()) + sum(self.removed.values())

    def lines(self, *, planned: bool = False) -> list[str]:
        """The summary as sentences, e.g. for the command line; *planned*: what an import
        would do ("Would create 3 clients."), for a dry run or an import refused."""
        if planned:
            verbs = (
                translate("import", "Would create {0}."),
                translate("import", "Would update {0}."),
                translate("import", "Would remove {0}."),
            )
        else:
            verbs = (
                translate("import", "Created {0}."),
                translate("import", "Updated {0}."),
                translate("import", "Removed {0}."),
            )
        out: list[str] = []
        for verb, table in zip(verbs, (self.created, self.updated, self.removed), strict=True):
            out += [verb.format(_count(n, kind)) for kind, n in table.items() if n]
        if not self.changes:
            out.append(translate("import", "Nothing to create or update."))
        if self.skipped:
            if planned:
                skip = translate("import", "Would skip {0} already in the database:")
            else:
                skip = translate("import", "Skipped {0} already in the database:")
            out.append(skip.format(_count(len(self.skipped), "rows")))
            out += [f"  {line}" for line in self.skipped]
        if self.rejected:
            rejected = translate("import", "Rejected {0}:")
            out.append(rejected.format(_count(len(self.rejected), "rows")))
            out += ["  " + line_message(p.line, p.message) for p in self.rejected]
        out += self.notes
        return out


def line_message(line: int, message: str) -> str:
    """ "Line 4: No deal title." """
    return translate("import", "Line {0}: {1}").format(line, message)


def count_of(n: int, kind: str) -> str:
    """ "1 row", "2 rows": *kind* is the plural."""
    return _count(n, kind)


def _count(n: int, kind: str) -> str:
    """ "1 client", "2 clients": *kind* is the plural, as the summary's keys are."""
    one = n == 1
    if kind == "clients":
        text = translate("import", "1 client") if one else translate("import", "{0} clients")
    elif kind == "contacts":
        text = translate("import", "1 contact") if one else translate("import", "{0} contacts")
    elif kind == "deals":
        text = translate("import", "1 deal") if one else translate("import", "{0} deals")
    elif kind == "meetings":
        text = translate("import", "1 meeting") if one else translate("import", "{0} meetings")
    elif kind == "rows":
        text = translate("import", "1 row") if one else translate("import", "{0} rows")
    else:  # a kind no import counts today
        text = "{0} " + (kind.removesuffix("s") if one else kind)
    return text.format(f"{n:,}")


def name_key(text: str) -> str:
    """How names are matched: case, accents and extra spaces ignored."""
    return " ".join(fold(text).split())


def sentence(text: str) -> str:
    """*text* ending in one full stop, also when it ends with a name such as "Acme S.L."."""
    return text if text.endswith((".", "!", "?")) else text + "."


def problem(
    line: int,
    error: ValidationError,
    labels: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
) -> RowProblem:
    """A row refused by a service's checks, one sentence per refused field, naming the field
    and the value when *labels* and *values* say them: 'Phone “call me”: Use only digits…'."""
    parts = []
    for field_name, message in error.errors.items():
        label = (labels or {}).get(field_name)
        value = (values or {}).get(field_name, "").strip()
        if not label or value in message:  # no label, or the message quotes the value
            parts.append(message)
        elif len(value) <= 60:
            parts.append(translate("import", "{0} “{1}”: {2}").format(label, value, message))
        else:
            parts.append(translate("import", "{0}: {1}").format(label, message))
    return RowProblem(line, " ".join(parts))


@contextmanager
def written_line(line: int) -> Iterator[None]:
    """A check that fails while writing names the file's line; the import writes nothing."""
    try:
        yield
    except ValidationError as error:
        message = " ".join(error.errors.values())
        raise ImportFileError(
            translate("import", "Line {0}: {1} Nothing was imported.").format(line, message)
        ) from error


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tell the caller how far the import is every 200 rows; raise when it cancels."""
    due = done % 200 == 0 or done == total
    if progress is not None and due and not progress(done, total):
        raise ImportCancelled()
