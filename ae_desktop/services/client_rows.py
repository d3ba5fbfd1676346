"""The client list: one SQL read of every client with its aggregates, filtered in Python."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from ae_desktop.domain.cadence import effective_cadence, is_neglected
from ae_desktop.domain.enums import ClientStatus, Tier
from ae_desktop.domain.text import fold
from ae_desktop.services.settings import tier_cadence
from ae_desktop.store.models import database
from ae_desktop.translation import translate


@dataclass(frozen=True, slots=True)
class ClientRow:
    id: int
    name: str
    tier: Tier
    status: ClientStatus
    industry: str
    archived: bool
    last_contact: datetime | None
    next_follow_up: date | None
    open_pipeline_minor: int
    cadence_days: int
    neglected: bool


@dataclass(frozen=True, slots=True)
class ClientFilter:
    text: str = ""
    tier: Tier | None = None
    status: ClientStatus | None = None
    neglected_only: bool = False
    include_archived: bool = False


# Client ids are filtered with IN (...) below; SQLite allows 32766 variables, keep well under.
_MAX_IDS = 900

_LIST_SQL = """
SELECT c.id, c.name, c.tier, c.status, c.industry, c.archived, c.cadence_days, c.created_at,
  (SELECT MAX(i.occurred_at) FROM interaction i WHERE i.client_id = c.id),
  (SELECT MIN(t.due_on) FROM task t WHERE t.client_id = c.id AND t.status = 'open'),
  (SELECT COALESCE(SUM(d.value_minor), 0) FROM deal d JOIN stage s ON s.id = d.stage_id
     WHERE d.client_id = c.id AND s.outcome = 'open')
FROM client c
{where}
"""

# What the filter box searches: the name, industry, contact names and e-mails of a client.
_SEARCH_SQL = """
SELECT c.id, c.name || ' ' || c.industry || ' ' ||
  COALESCE((SELECT group_concat(ct.name || ' ' || ct.email, ' ') FROM contact ct
            WHERE ct.client_id = c.id), '')
FROM client c
{where}
"""

_TIERS = {tier.value: tier for tier in Tier}
_STATUSES = {status.value: status for status in ClientStatus}


def _parse_datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _where_ids(client_ids: list[int] | None) -> tuple[str, list[int]]:
    if client_ids is None:
        return "", []
    if len(client_ids) > _MAX_IDS:
        raise ValueError(
            translate("clients", "read at most {0} clients by id at once").format(_MAX_IDS)
        )
    return f"WHERE c.id IN ({','.join('?' * len(client_ids))})", list(client_ids)


def load_client_rows(today: date, client_ids: list[int] | None = None) -> list[ClientRow]:
    """Every client (archived too), or those of *client_ids*, in no particular order."""
    where, params = _where_ids(client_ids)
    cursor = database.execute_sql(_LIST_SQL.format(where=where), params)
    cadences = tier_cadence()
    rows = []
    for cid, name, tier, status, industry, archived, cadence, created, last, nxt, pipe in cursor:
        tier_enum = _TIERS[tier]
        cadence_days = effective_cadence(tier_enum, cadence, cadences)
        last_contact = _parse_datetime(last)
        # Only a client never contacted counts its cadence from the day it was added.
        created_on = _parse_date(created) if last_contact is None else None
        rows.append(
            ClientRow(
                id=cid,
                name=name,
                tier=tier_enum,
                status=_STATUSES[status],
                industry=industry,
                archived=bool(archived),
                last_contact=last_contact,
                next_follow_up=_parse_date(nxt),
                open_pipeline_minor=int(pipe),
                cadence_days=cadence_days,
                neglected=status != ClientStatus.CHURNED
                and is_neglected(last_contact, cadence_days, today, created=created_on),
            )
        )
    return rows


def load_search_texts(client_ids: list[int] | None = None) -> dict[int, str]:
    """Client id -> folded name, industry, contact names and e-mails, for filter_clients."""
    where, params = _where_ids(client_ids)
    cursor = database.execute_sql(_SEARCH_SQL.format(where=where), params)
    return {cid: fold(text) for cid, text in cursor}


def filter_clients(
    rows: list[ClientRow], flt: ClientFilter, search_texts: Mapping[int, str]
) -> list[ClientRow]:
    """Rows matching every word of the text (accent- and case-insensitive) and the filters."""
    words = fold(flt.text).split()
    return [
        row
        for row in rows
        if (flt.include_archived or not row.archived)
        and (flt.tier is None or row.tier == flt.tier)
        and (flt.status is None or row.status == flt.status)
        and (not flt.neglected_only or row.neglected)
        and all(word in search_texts.get(row.id, "") for word in words)
    ]


def list_clients(flt: ClientFilter, today: date) -> list[ClientRow]:
    """The clients matching *flt*, by name."""
    texts = load_search_texts() if flt.text.strip() else {}
    found = filter_clients(load_client_rows(today), flt, texts)
    return sorted(found, key=lambda row: (row.name.casefold(), row.id))


def client_names(include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, name) of every client, by name: the choices of a client picker."""
    where = "" if include_archived else "WHERE archived = 0"
    cursor = database.execute_sql(
        f"SELECT id, name FROM client {where} ORDER BY name COLLATE NOCASE"
    )
    return [(int(cid), str(name)) for cid, name in cursor]
