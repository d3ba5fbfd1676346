"""Global search: one in-memory index over clients, contacts, deals, open tasks and interactions.

The index is read once (off the GUI thread) into two long strings of the same length: the
folded texts of every item, one item a line, and the same with every character that is not
part of a word replaced by a marker. ``str.find`` over them runs at C speed, so a keystroke
costs a few scans of ~10 MB instead of a Python loop over 170k items: "does a word start
with what was typed" is a search for the marker followed by the typed text.

Items sit in the strings in the order they are offered: clients, contacts, open deals by
value then closed deals (latest first), open tasks by due date, interactions latest first.
A scan from the start that stops once it has enough results therefore finds the most
relevant ones first, whatever the size of the database.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ae_desktop.domain.text import fold
from ae_desktop.services.connection import write_transaction
from ae_desktop.services.settings import get_setting, set_setting
from ae_desktop.store.models import database

MAX_RESULTS = 50
RECENT_KEY = "recent_items"
MAX_RECENT = 8
TITLE_CHARS = 160  # a long interaction summary is cut: the list shows one line

_MARK = "\x01"
_NOT_WORD = re.compile(r"\W")


class ItemKind(StrEnum):
    CLIENT = "client"
    CONTACT = "contact"
    DEAL = "deal"
    TASK = "task"
    INTERACTION = "interaction"


_KINDS = list(ItemKind)
_KIND_CODE = {kind: code for code, kind in enumerate(_KINDS)}


@dataclass(frozen=True)
class SearchHit:
    """One item found. *extra*: a client's industry, a contact's role and e-mail, a deal's
    stage, an interaction's kind; *when*: a deal's expected or closing date, a task's due
    date, an interaction's day; *prefix*: every typed word starts a word of the item."""

    kind: ItemKind
    record_id: int
    title: str
    client_id: int | None
    client_name: str
    extra: str = ""
    when: date | None = None
    value_minor: int | None = None
    currency: str = ""
    archived: bool = False
    prefix: bool = False


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Each byte of an ASCII text that is not part of a word -> the marker ("\n": an item's start).
_ASCII_MARKS = bytes(1 if _NOT_WORD.match(chr(c)) else c for c in range(128)) + bytes(
    range(128, 256)
)


def _mark_one(match: re.Match[str]) -> str:
    ch = match.group()
    return _MARK if _NOT_WORD.match(ch) else ch


_NON_ASCII_OR_NOT_WORD = re.compile(r"[^\x00-\x7f]|\W")


def _marked(text: str) -> str:
    """*text* with each character that is not part of a word replaced by the marker, the same
    length: bytes.translate for ASCII (most texts), a look at each character otherwise."""
    if text.isascii():
        return text.encode().translate(_ASCII_MARKS).decode()
    return _NON_ASCII_OR_NOT_WORD.sub(_mark_one, text)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# -- reading the items -------------------------------------------------------------------------

# Each query gives: id, client id, title, client name, extra, when, value, currency, archived,
# then the further texts searched; in the order the items are offered. {where} narrows it.
_CLIENTS_SQL = """
SELECT id, id, name, name, industry, NULL, NULL, '', archived
FROM client {where} ORDER BY archived, name COLLATE NOCASE, id
"""
_CONTACTS_SQL = """
SELECT c.id, c.client_id, c.name, cl.name, c.role, NULL, NULL, '', cl.archived, c.email
FROM contact c JOIN client cl ON cl.id = c.client_id {where}
ORDER BY cl.archived, c.is_primary DESC, c.name COLLATE NOCASE, c.id
"""
_DEALS_SQL = """
SELECT d.id, d.client_id, d.title, cl.name, s.name, COALESCE(d.closed_on, d.expected_close),
       d.value_minor, d.currency, cl.archived
FROM deal d JOIN client cl ON cl.id = d.client_id JOIN stage s ON s.id = d.stage_id {where}
ORDER BY s.outcome != 'open', CASE WHEN s.outcome = 'open' THEN -d.value_minor END,
         d.closed_on DESC, d.id DESC
"""
_TASKS_SQL = """
SELECT t.id, t.client_id, t.title, COALESCE(cl.name, ''), t.delegated_to, t.due_on, NULL, '',
       COALESCE(cl.archived, 0)
FROM task t LEFT JOIN client cl ON cl.id = t.client_id
WHERE t.status = 'open' {where}
ORDER BY t.due_on IS NULL, t.due_on, t.id
"""
_INTERACTIONS_SQL = """
SELECT i.id, i.client_id, i.summary, cl.name, i.kind, i.occurred_at, NULL, '', cl.archived
FROM interaction i JOIN client cl ON cl.id = i.client_id {where}
ORDER BY i.occurred_at DESC, i.id DESC
"""
_QUERIES = {
    ItemKind.CLIENT: (_CLIENTS_SQL, "WHERE id IN ({ids})"),
    ItemKind.CONTACT: (_CONTACTS_SQL, "WHERE c.id IN ({ids})"),
    ItemKind.DEAL: (_DEALS_SQL, "WHERE d.id IN ({ids})"),
    ItemKind.TASK: (_TASKS_SQL, "AND t.id IN ({ids})"),
    ItemKind.INTERACTION: (_INTERACTIONS_SQL, "WHERE i.id IN ({ids})"),
}


def _rows(kind: ItemKind, ids: Sequence[int] | None = None) -> Iterator[tuple[Any, ...]]:
    sql, narrow = _QUERIES[kind]
    where = "" if ids is None else narrow.format(ids=",".join("?" * len(ids)))
    yield from database.execute_sql(sql.format(where=where), list(ids or ()))


def _searched_text(kind: ItemKind, row: tuple[Any, ...]) -> str:
    """What a query is matched against: the title, the client and the texts beside them."""
    title, client_name, extra, when = row[2], row[3], row[4], row[5]
    parts = [title]
    if kind is ItemKind.CLIENT:
        parts.append(extra)  # the industry
    else:
        parts.append(client_name)
    if kind is ItemKind.CONTACT:
        parts += [extra, row[9]]  # role, e-mail
    elif kind is ItemKind.INTERACTION and when:
        parts.append(str(when)[:10])  # the day, as 2026-05-29
    return fold(" ".join(p for p in parts if p))


def _hit(kind: ItemKind, row: tuple[Any, ...], prefix: bool = False) -> SearchHit:
    rid, client_id, title, client_name, extra, when, value, currency, archived = row[:9]
    if kind is ItemKind.CONTACT:
        extra = " · ".join(p for p in (extra, row[9]) if p)  # role · e-mail
    return SearchHit(
        kind=kind,
        record_id=int(rid),
        title=_one_line(str(title))[:TITLE_CHARS],
        client_id=int(client_id) if client_id is not None else None,
        client_name=str(client_name or ""),
        extra=str(extra or ""),
        when=_as_date(when),
        value_minor=int(value) if value is not None else None,
        currency=str(currency or ""),
        archived=bool(archived),
        prefix=prefix,
    )


class SearchIndex:
    """Every searchable item, queried per keystroke without touching the database.

    What a hit shows is kept column by column (arrays of numbers, shared strings): a tuple
    per item would hold ~100 MB more at 170k items."""

    def __init__(self, items: Iterable[tuple[ItemKind, tuple[Any, ...]]]) -> None:
        texts: list[str] = []
        starts = array("q")
        shared: dict[str, str] = {}  # client names, stages, kinds: one string each
        self._kinds = bytearray()
        self._ids = array("q")
        self._client_ids = array("q")  # 0: none
        self._titles: list[str] = []
        self._client_names: list[str] = []
        self._extras: list[str] = []
        self._days = array("l")  # date ordinal, 0: none
        self._values = array("q")
        self._currencies: list[str] = []
        self._archived = bytearray()
        self._has_value = bytearray()
        marks: list[str] = []
        at = 0
        for kind, row in items:
            text = "\n" + _searched_text(kind, row)
            starts.append(at)
            at += len(text)
            texts.append(text)
            marks.append(_marked(text))
            rid, client_id, title, client_name, extra, when, value, currency, archived = row[:9]
            if kind is ItemKind.CONTACT:
                extra = " · ".join(p for p in (extra, row[9]) if p)  # role · e-mail
            day = _as_date(when)
            self._kinds.append(_KIND_CODE[kind])
            self._ids.append(rid)
            self._client_ids.append(client_id or 0)
            self._titles.append(_one_line(title)[:TITLE_CHARS])
            self._client_names.append(shared.setdefault(client_name, client_name))
            self._extras.append(shared.setdefault(extra, extra))
            self._days.append(day.toordinal() if day else 0)
            self._values.append(value or 0)
            self._has_value.append(value is not None)
            self._currencies.append(shared.setdefault(currency, currency))
            self._archived.append(bool(archived))
        starts.append(at)
        self._starts = starts
        self.plain = "".join(texts)
        self.marked = "".join(marks)

    def __len__(self) -> int:
        return len(self._ids)

    def _item(self, i: int, prefix: bool) -> SearchHit:
        day = self._days[i]
        return SearchHit(
            kind=_KINDS[self._kinds[i]],
            record_id=self._ids[i],
            title=self._titles[i],
            client_id=self._client_ids[i] or None,
            client_name=self._client_names[i],
            extra=self._extras[i],
            when=date.fromordinal(day) if day else None,
            value_minor=self._values[i] if self._has_value[i] else None,
            currency=self._currencies[i],
            archived=bool(self._archived[i]),
            prefix=prefix,
        )

    def search(self, text: str, limit: int = MAX_RESULTS) -> list[SearchHit]:
        """Items matching every word of *text* (accent- and case-insensitive): first those
        where each word starts a word of the item, then the other matches, each in the
        order items are offered; at most *limit*."""
        words = query_words(text)
        if not words:
            return []
        plain, marked, starts = self.plain, self.marked, self._starts
        if any(word not in plain for word in words):
            return []  # one scan each, and most typos end here
        heads = [_MARK + _marked(word) for word in words]
        # Scanned for the longest word: the fewest items to look at one by one.
        order = sorted(range(len(words)), key=lambda n: -len(words[n]))
        first = order[0]
        found: list[int] = []
        needle = heads[first]
        rest = [heads[n] for n in order[1:]]
        # A word with punctuation may meet other punctuation at the same place ("a.b", "a-b").
        odd = [word for word in words if _NOT_WORD.search(word)]
        pos = marked.find(needle)
        while pos >= 0 and len(found) < limit:
            i = bisect_right(starts, pos) - 1
            start, end = starts[i], starts[i + 1]
            if all(marked.find(h, start, end) >= 0 for h in rest) and all(
                plain.find(w, start, end) >= 0 for w in odd
            ):
                found.append(i)
            pos = marked.find(needle, end)
        hits = [self._item(i, True) for i in found]
        if len(found) >= limit:
            return hits
        prefixed = set(found)
        needle = words[first]
        rest = [words[n] for n in order[1:]]
        pos = plain.find(needle)
        while pos >= 0 and len(hits) < limit:
            i = bisect_right(starts, pos) - 1
            start, end = starts[i], starts[i + 1]
            if i not in prefixed and all(plain.find(w, start, end) >= 0 for w in rest):
                hits.append(self._item(i, False))
            pos = plain.find(needle, end)
        return hits


def query_words(text: str) -> list[str]:
    """The folded words of what was typed (control characters dropped)."""
    return [w for w in fold("".join(ch for ch in text if ch >= " ")).split() if w]


def match(words: Sequence[str], text: str) -> bool | None:
    """How *text* (a command's name) matches the folded *words*: None when a word is not in
    it, True when every word starts a word of it, False otherwise. The index's rules."""
    if not words:
        return None
    folded = "\n" + fold(text)
    if any(word not in folded for word in words):
        return None
    marked = _marked(folded)
    return all(_MARK + _marked(word) in marked for word in words)


def highlights(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of *text* that the folded *words* matched, merged and in order:
    what the list shows in bold. Mapped back through folding ("Peña" matched by "pena")."""
    folded: list[str] = []
    origin: list[int] = []  # the character of *text* each folded character came from
    for at, ch in enumerate(text):
        part = fold(ch)
        folded.append(part)
        origin.extend([at] * len(part))
    flat = "".join(folded)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = flat.find(word)
        while word and start >= 0:
            spans.append((origin[start], origin[start + len(word) - 1] + 1))
            start = flat.find(word, start + len(word))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _all_items() -> Iterator[tuple[ItemKind, tuple[Any, ...]]]:
    for kind in ItemKind:
        for row in _rows(kind):
            yield kind, row


def build_index() -> SearchIndex:
    """Read every searchable item: in a worker, with its own connection (~1 s at 170k items)."""
    with database.atomic():  # one snapshot: no item half-written by another connection
        return SearchIndex(_all_items())


# -- recently opened items --------------------------------------------------------------------


def _recent_keys() -> list[tuple[ItemKind, int]]:
    stored = get_setting(RECENT_KEY)
    keys: list[tuple[ItemKind, int]] = []
    for entry in stored if isinstance(stored, list) else []:
        try:
            kind, rid = ItemKind(entry[0]), int(entry[1])
        except (TypeError, ValueError, IndexError, KeyError):
            continue  # a damaged entry is skipped, not fatal
        if (kind, rid) not in keys:
            keys.append((kind, rid))
    return keys


def remember_opened(kind: ItemKind, record_id: int) -> None:
    """Put an item at the head of the recently opened list (at most MAX_RECENT kept)."""
    with write_transaction():
        keys = [k for k in _recent_keys() if k != (kind, record_id)]
        keys.insert(0, (kind, record_id))
        set_setting(RECENT_KEY, [[k.value, rid] for k, rid in keys[:MAX_RECENT]])


def recent_items() -> list[SearchHit]:
    """The recently opened items still there, latest first (a done task is left out)."""
    keys = _recent_keys()
    found: dict[tuple[ItemKind, int], SearchHit] = {}
    for kind in ItemKind:
        ids = [rid for k, rid in keys if k is kind]
        if ids:
            for row in _rows(kind, ids):
                found[(kind, int(row[0]))] = _hit(kind, row)
    return [found[key] for key in keys if key in found]
