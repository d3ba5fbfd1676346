"""The sample-data generator: counts, spread, consistency, determinism and refusal."""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from ae_desktop.domain.enums import (
    BlockKind,
    ClientStatus,
    DealKind,
    Flag,
    InteractionKind,
    TaskStatus,
    Tier,
)
from ae_desktop.domain.tasks import follow_up_title
from ae_desktop.domain.text import is_valid_email
from ae_desktop.services.client_rows import load_client_rows
from ae_desktop.services.settings import get_setting
from ae_desktop.services.stage_history import moves_between
from ae_desktop.store.db import close_database, open_database
from ae_desktop.store.demo import DatabaseNotEmptyError, generate, generator
from ae_desktop.store.demo import names as demo_names
from ae_desktop.store.models import (
    ALL_MODELS,
    Client,
    Contact,
    Deal,
    Interaction,
    Quota,
    Setting,
    Stage,
    StageChange,
    Task,
    TimeBlock,
    database,
)

WEDNESDAY = date(2026, 3, 11)
# A weekday, a weekend day, an ISO week across New Year, and the last day of a quarter.
TODAYS = [WEDNESDAY, date(2026, 11, 28), date(2025, 12, 29), date(2024, 3, 31)]
SMALL = {
    "clients": 40,
    "contacts": 120,
    "interactions": 600,
    "deals": 60,
    "tasks": 80,
}


def _rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql, params).fetchall())


def _dump() -> dict[str, list[tuple[Any, ...]]]:
    tables = [model._meta.table_name for model in ALL_MODELS]
    return {name: _rows(f'SELECT * FROM "{name}" ORDER BY 1') for name in tables}


def _counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in ALL_MODELS}


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


Query = Callable[..., list[tuple[Any, ...]]]

# What a customer knows about the places the sample clients are in, written down here
# independently of the generator: a city's postcode (Spain: the province's first two digits;
# UK: the postcode area) and its landline prefix.
SPANISH_CITIES = {  # city: (postcode province, landline prefix)
    "Madrid": ("28", "91"), "Barcelona": ("08", "93"), "Valencia": ("46", "96"),
    "Sevilla": ("41", "95"), "Bilbao": ("48", "94"), "Zaragoza": ("50", "976"),
    "Málaga": ("29", "952"), "A Coruña": ("15", "981"), "Vigo": ("36", "986"),
    "Murcia": ("30", "968"), "Alicante": ("03", "96"), "Valladolid": ("47", "983"),
    "Santander": ("39", "942"), "Oviedo": ("33", "985"), "Palma": ("07", "971"),
    "Córdoba": ("14", "957"), "Pamplona": ("31", "948"), "Logroño": ("26", "941"),
    "Toledo": ("45", "925"),
}  # fmt: skip
UK_CITIES = {  # city: (postcode areas, landline prefix)
    "London": ({"E", "EC", "N", "NW", "SE", "SW", "W", "WC"}, "020"),
    "Manchester": ({"M"}, "0161"), "Birmingham": ({"B"}, "0121"), "Leeds": ({"LS"}, "0113"),
    "Sheffield": ({"S"}, "0114"), "Bristol": ({"BS"}, "0117"), "Edinburgh": ({"EH"}, "0131"),
    "Glasgow": ({"G"}, "0141"), "Cardiff": ({"CF"}, "029"), "Liverpool": ({"L"}, "0151"),
    "Newcastle": ({"NE"}, "0191"), "Belfast": ({"BT"}, "028"), "Cambridge": ({"CB"}, "01223"),
}  # fmt: skip
_GALICIA = {"A Coruña", "Vigo", "Lugo", "Ourense", "Pontevedra", "Santiago de Compostela"}
_NORTH = {"Bilbao", "Santander", "Oviedo", "Gijón", "San Sebastián", "Pamplona", "Logroño"}
_SOUTH = {"Sevilla", "Málaga", "Córdoba", "Granada", "Cádiz", "Almería", "Huelva", "Jaén"}
_MEDITERRANEAN = {"Barcelona", "Valencia", "Alicante", "Murcia", "Málaga", "Palma", "Almería"}
_CASTILE = {"Valladolid", "Burgos", "León", "Salamanca", "Segovia", "Toledo", "Cuenca"}
_SCOTLAND = {"Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Inverness"}
REGION_WORDS = {  # a regional word in a company name: the cities it can be in
    "Galicia": _GALICIA, "Rías": _GALICIA, "Atlántico": _GALICIA | {"Cádiz", "Huelva"},
    "Levante": {"Valencia", "Alicante", "Murcia", "Castellón"}, "Valencian": {"Valencia"},
    "Cantábrico": _NORTH - {"Pamplona", "Logroño"}, "del Norte": _NORTH | _GALICIA,
    "Mediterráneo": _MEDITERRANEAN, "del Sur": _SOUTH, "Andalucía": _SOUTH,
    "Cartagena": {"Murcia", "Cartagena"}, "La Montaña": {"Santander"},
    "Sierra Norte": {"Madrid", "Sevilla"}, "Costa Blanca": {"Alicante"},
    "Costa del Sol": {"Málaga"}, "Aragón": {"Zaragoza", "Huesca", "Teruel"},
    "Navarra": {"Pamplona"}, "La Rioja": {"Logroño"}, "Castilla": _CASTILE,
    "La Mancha": {"Toledo", "Cuenca", "Ciudad Real", "Albacete"}, "Asturias": {"Oviedo", "Gijón"},
    "Pennine": {"Manchester", "Leeds", "Sheffield", "Bradford"},
    "Yorkshire": {"Leeds", "Sheffield", "York", "Bradford"}, "Mersey": {"Liverpool"},
    "Tyne": {"Newcastle"}, "Clyde": {"Glasgow"}, "Thames": {"London"},
    "Midlands": {"Birmingham", "Nottingham", "Coventry"}, "Severn": {"Bristol", "Cardiff"},
    "Highland": _SCOTLAND, "Caledonian": _SCOTLAND, "Lothian": {"Edinburgh"},
    "Ulster": {"Belfast"},
}  # fmt: skip
# Microsoft's sample companies and other names that read as placeholders.
PLACEHOLDERS = (
    "Contoso", "Fabrikam", "Northwind", "Tailspin", "Wide World", "Coho", "Acme",
    "Adventure Works", "Litware", "Proseware", "Woodgrove", "Wingtip", "Fourth Coffee",
    "Alpine Ski", "Blue Yonder", "Trey Research", "Lucerne", "Humongous", "Southridge",
    "Globex", "Initech", "Umbrella", "Hooli", "Example", "Sample", "Test ",
)  # fmt: skip
# Words of a logistics business that a hotel's, a clinic's or a law firm's log never uses.
LOGISTICS_WORDS = re.compile(
    r"warehouse|almac[eé]n|route planner|planificador de rutas|\bfleet\b|\bflota\b|depot"
    r"|cochera|deliver|entregas",
    re.IGNORECASE,
)
NO_LOGISTICS = {
    "Hospitality", "Healthcare", "Veterinary", "Legal services", "Architecture", "Insurance",
    "Real estate", "Events", "Pharmacy retail", "Retail", "Manufacturing", "Textiles",
}  # fmt: skip


def _peewee_query(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return _rows(sql, *params)


def _place(address: str) -> tuple[str, str, str]:
    """(street, postcode or UK postcode district, city) of a sample address."""
    spanish = re.fullmatch(r"(.+?)(?: \d+|, nave \d+), (\d{5}) (.+)", address)
    if spanish:
        return spanish.group(1), spanish.group(2), spanish.group(3)
    british = re.fullmatch(r"\d+ (.+), (.+) ([A-Z]{1,2}\d[A-Z\d]?) \d[A-Z]{2}", address)
    assert british, f"unreadable address {address!r}"
    return british.group(1), british.group(3), british.group(2)


def _address_problems(query: Query) -> list[str]:
    """Streets in one city only, postcode and landline of the city, names that fit it."""
    problems, street_cities = [], defaultdict(set)
    all_cities = set(SPANISH_CITIES) | set(UK_CITIES)
    for name, address, phone in query("SELECT name, address, phone FROM client"):
        street, postcode, city = _place(address)
        street_cities[street].add(city)
        if city in SPANISH_CITIES:
            province, prefix = SPANISH_CITIES[city]
            digits = phone.removeprefix("+34 ").replace(" ", "")
            if not postcode.startswith(province) or not digits.startswith(prefix):
                problems.append(f"{name}: {address} / {phone}")
        elif city in UK_CITIES:
            areas, prefix = UK_CITIES[city]
            national = "0" + phone.removeprefix("+44 ").split(" ")[0]
            if re.match(r"[A-Z]+", postcode).group() not in areas or national != prefix:
                problems.append(f"{name}: {address} / {phone}")
        else:
            problems.append(f"{name}: unknown city {city!r}")
        for word, fits in REGION_WORDS.items():
            if re.search(r"\b" + word, name) and city not in fits:
                problems.append(f"{name} is in {city}")
        for other in all_cities - {city}:
            if re.search(r"\b" + other + r"\b", name):
                problems.append(f"{name} names {other} but is in {city}")
    problems += [f"{street} in {sorted(c)}" for street, c in street_cities.items() if len(c) > 1]
    return problems


def _name_problems(query: Query) -> list[str]:
    clients = [name for (name,) in query("SELECT name FROM client")]
    return [name for name in clients if any(word in name for word in PLACEHOLDERS)]


def _csat_problems(query: Query) -> list[str]:
    """Satisfaction is asked of customers after a call, meeting or presentation; not always."""
    problems = [
        f"{kind} of a {status} client has CSAT"
        for kind, status in query(
            "SELECT i.kind, c.status FROM interaction i JOIN client c ON c.id = i.client_id"
            " WHERE i.csat IS NOT NULL"
        )
        if kind not in ("call", "meeting", "presentation") or status == "prospect"
    ]
    problems += [
        f"prospect {name} has a satisfaction"
        for (name,) in query(
            "SELECT name FROM client WHERE status = 'prospect' AND satisfaction IS NOT NULL"
        )
    ]
    ((scored, eligible),) = query(
        "SELECT count(i.csat), count(*) FROM interaction i JOIN client c ON c.id = i.client_id"
        " WHERE c.status != 'prospect' AND i.kind IN ('call', 'meeting', 'presentation')"
    )
    if not 0 < scored < eligible / 2:
        problems.append(f"{scored} of {eligible} conversations scored")
    return problems


def _follow_up_problems(query: Query, today: date) -> list[str]:
    """An open follow-up is the client's latest interaction; nothing open for a client is
    overdue when the client was contacted after it fell due."""
    problems = [
        f"open follow-up {task} on interaction {source} of {when}, client {name} seen since"
        for task, source, when, name in query(
            "SELECT t.id, s.id, s.occurred_at, c.name FROM task t"
            " JOIN interaction s ON s.id = t.interaction_id JOIN client c ON c.id = s.client_id"
            " WHERE t.status = 'open' AND EXISTS (SELECT 1 FROM interaction j"
            "   WHERE j.client_id = s.client_id AND j.occurred_at > s.occurred_at)"
        )
    ]
    problems += [
        f"task {title!r} due {due} open, but {name} was contacted on {last}"
        for title, due, name, last in query(
            "SELECT t.title, t.due_on, c.name, (SELECT max(i.occurred_at) FROM interaction i"
            "   WHERE i.client_id = t.client_id) AS last FROM task t"
            " JOIN client c ON c.id = t.client_id"
            " WHERE t.status = 'open' AND t.due_on < ? AND last >= t.due_on",
            today.isoformat(),
        )
    ]
    return problems


def _repeat_problems(query: Query) -> list[str]:
    """No client log says the same thing twice; no two clients share their notes."""
    pairs = Counter(query("SELECT client_id, summary, outcome FROM interaction"))
    problems = [f"client {c}: {s!r} / {o!r} x{n}" for (c, s, o), n in pairs.items() if n > 1]
    notes = Counter(n for (n,) in query("SELECT notes FROM client"))
    problems += [f"notes on {n} clients: {text!r}" for text, n in notes.items() if n > 1]
    return problems


def _wording_problems(query: Query) -> list[str]:
    """The log fits the client's trade and never writes "<name>'s"."""
    problems = []
    for name, industry, summary, outcome in query(
        "SELECT c.name, c.industry, i.summary, i.outcome FROM interaction i"
        " JOIN client c ON c.id = i.client_id"
    ):
        text = f"{summary} / {outcome}"
        if industry in NO_LOGISTICS and LOGISTICS_WORDS.search(text):
            problems.append(f"{name} ({industry}): {text}")
        if re.search(r"\w's\b", text.replace("year's", "")):
            problems.append(f"possessive: {text}")
    return problems


def _history_problems(query: Query) -> list[str]:
    """Each deal's stage history: created in the first open stage on its creation day, then
    forward through the pipeline, one stage at a time, to the stage it is in, closed deals on
    their close date, and nothing after its last activity (a move counts as activity)."""
    stages = {sid: (position, outcome) for sid, position, outcome in query(
        "SELECT id, position, outcome FROM stage"
    )}  # fmt: skip
    first_open = min(pos for pos, outcome in stages.values() if outcome == "open")
    deals = {row[0]: row[1:] for row in query(
        "SELECT id, stage_id, created_on, closed_on, updated_at FROM deal"
    )}  # fmt: skip
    changes: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for deal_id, *change in query(
        "SELECT deal_id, from_stage_id, to_stage_id, changed_at FROM stage_change"
        " ORDER BY deal_id, changed_at, id"
    ):
        changes[deal_id].append(tuple(change))
    problems = [f"history of a missing deal {d}" for d in set(changes) - set(deals)]
    for deal_id, (stage_id, created_on, closed_on, updated_at) in deals.items():
        history = changes.get(deal_id, [])
        if not history:
            problems.append(f"deal {deal_id}: no history")
            continue
        (first_from, first_to, first_at), last = history[0], history[-1]
        if first_from is not None or stages[first_to][0] != first_open:
            problems.append(f"deal {deal_id}: not created in the first stage")
        if first_at[:10] != created_on:
            problems.append(f"deal {deal_id}: created {first_at}, not on {created_on}")
        if last[1] != stage_id:
            problems.append(f"deal {deal_id}: history ends in {last[1]}, deal is in {stage_id}")
        if last[2] > updated_at:
            problems.append(f"deal {deal_id}: moved at {last[2]}, after its last activity")
        if closed_on is not None and last[2][:10] != closed_on:
            problems.append(f"deal {deal_id}: closed {closed_on}, moved last {last[2]}")
        for (_, before_to, before_at), (after_from, after_to, after_at) in itertools.pairwise(
            history
        ):
            if after_from != before_to or after_at <= before_at:
                problems.append(f"deal {deal_id}: {after_from} after {before_to}, {after_at}")
            if stages[after_to][0] <= stages[after_from][0] or (
                stages[after_from][0] + 1 != stages[after_to][0] and stages[after_to][1] == "open"
            ):
                problems.append(f"deal {deal_id}: {after_from} -> {after_to} skips or goes back")
    return problems


def test_small_has_the_promised_counts(db: SqliteDatabase) -> None:
    counts = generate("small", seed=7, today=WEDNESDAY)

    assert {name: counts[name] for name in SMALL} == SMALL
    assert counts["time blocks"] == TimeBlock.select().count() > 0
    assert counts["quotas"] == Quota.select().count() == 16
    assert Client.select().count() == 40
    assert Contact.select().count() == 120
    assert Interaction.select().count() == 600
    assert Deal.select().count() == 60
    assert Task.select().count() == 80
    # A row per deal for its creation, and one per later stage it reached.
    assert counts["stage changes"] == StageChange.select().count() > 60


@pytest.mark.parametrize("today", TODAYS)
def test_clients_span_every_tier_and_sensible_statuses(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    pairs = Counter((c.tier, c.status) for c in Client.select())

    assert {tier for tier, _ in pairs} == {str(t) for t in Tier}
    assert pairs[("prospect", "prospect")] == sum(
        n for (t, _), n in pairs.items() if t == "prospect"
    )
    for tier in ("key", "standard"):
        active = pairs[(tier, "active")]
        assert active > sum(n for (t, s), n in pairs.items() if t == tier and s != "active")
    assert sum(n for (_, s), n in pairs.items() if s == ClientStatus.CHURNED) >= 1
    assert Client.select().where(Client.archived).count() >= 1


@pytest.mark.parametrize("today", TODAYS)
def test_some_key_accounts_are_neglected_and_others_are_not(
    db: SqliteDatabase, today: date
) -> None:
    generate("small", today=today)
    rows = load_client_rows(today)
    key = [row for row in rows if row.tier == Tier.KEY and row.status == ClientStatus.ACTIVE]

    assert any(row.neglected for row in key)
    assert any(not row.neglected for row in key)
    for tier in (Tier.STANDARD, Tier.PROSPECT):
        assert any(row.neglected for row in rows if row.tier == tier)
        assert any(not row.neglected for row in rows if row.tier == tier)
    assert all(row.last_contact is not None for row in rows)


@pytest.mark.parametrize("today", TODAYS)
def test_interactions_cover_six_months_before_today(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    times = [datetime.fromisoformat(t) for (t,) in _rows("SELECT occurred_at FROM interaction")]

    assert max(times).date() < today  # nothing logged in the future, whatever the clock says
    assert today - timedelta(days=200) < min(times).date() < today - timedelta(days=150)
    assert all(t.weekday() < 5 for t in times)
    kinds = Counter(k for (k,) in _rows("SELECT kind FROM interaction"))
    assert set(kinds) == {str(k) for k in InteractionKind}
    assert all(s.strip() for (s,) in _rows("SELECT summary FROM interaction"))


def test_interaction_links_stay_within_their_client(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)

    assert not _rows(
        "SELECT i.id FROM interaction i JOIN contact c ON c.id = i.contact_id"
        " WHERE c.client_id != i.client_id"
    )
    assert not _rows(
        "SELECT i.id FROM interaction i JOIN deal d ON d.id = i.deal_id"
        " WHERE d.client_id != i.client_id OR i.occurred_at > d.updated_at"
    )
    assert _rows("SELECT count(*) FROM interaction WHERE deal_id IS NOT NULL")[0][0] > 0


def test_client_satisfaction_is_the_latest_csat(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    scores = _rows("SELECT csat FROM interaction WHERE csat IS NOT NULL")

    assert scores and all(1 <= s <= 5 for (s,) in scores)
    for client in Client.select():
        latest = _rows(
            "SELECT csat FROM interaction WHERE client_id = ? AND csat IS NOT NULL"
            " ORDER BY occurred_at DESC, id DESC LIMIT 1",
            client.id,
        )
        assert client.satisfaction == (latest[0][0] if latest else None)


@pytest.mark.parametrize("today", TODAYS)
def test_follow_ups_create_linked_tasks(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    follow_ups = {
        i.id: i for i in Interaction.select().where(Interaction.follow_up_on.is_null(False))
    }
    linked = list(Task.select().where(Task.interaction.is_null(False)))

    assert follow_ups
    assert sorted(t.interaction_id for t in linked) == sorted(follow_ups)
    for task in linked:
        source = follow_ups[task.interaction_id]
        assert task.title == follow_up_title(source.summary)
        assert task.due_on == source.follow_up_on > source.occurred_at.date()
        assert (task.client_id, task.deal_id) == (source.client_id, source.deal_id)
        assert task.status in (TaskStatus.OPEN, TaskStatus.DONE)
        assert (task.status == TaskStatus.DONE) == (task.completed_at is not None)
    statuses = Counter(t.status for t in linked)
    assert statuses[TaskStatus.OPEN] and statuses[TaskStatus.DONE]
    overdue = [t for t in linked if t.status == TaskStatus.OPEN and t.due_on < today]
    assert overdue


@pytest.mark.parametrize("today", TODAYS)
def test_deals_fill_every_stage_consistently(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    stages = {s.id: s for s in Stage.select()}
    deals = list(Deal.select())
    per_stage = Counter(d.stage_id for d in deals)

    assert set(per_stage) == set(stages)
    assert {d.kind for d in deals} == {str(k) for k in DealKind}
    for deal in deals:
        outcome = stages[deal.stage_id].outcome
        assert isinstance(deal.value_minor, int)
        assert 5_000_00 <= deal.value_minor <= 250_000_00
        assert deal.created_on <= today
        if outcome == "open":
            assert deal.closed_on is None and deal.lost_reason == ""
        else:
            assert deal.created_on <= deal.closed_on < today
            assert (deal.lost_reason != "") == (outcome == "lost")
    open_deals = [d for d in deals if stages[d.stage_id].outcome == "open"]
    assert any(d.next_step == "" for d in open_deals)
    assert any(d.next_step for d in open_deals)

    def quiet_days(deal: Deal) -> int:
        return (today - deal.updated_at.date()).days

    rotting = [d for d in open_deals if quiet_days(d) > stages[d.stage_id].rotting_days]
    assert rotting and len(rotting) < len(open_deals)
    this_month = [
        d
        for d in open_deals
        if (d.expected_close.year, d.expected_close.month) == (today.year, today.month)
    ]
    assert this_month
    prospects = {c.id for c in Client.select().where(Client.tier == Tier.PROSPECT)}
    assert all(d.kind == DealKind.NEW_BUSINESS for d in deals if d.client_id in prospects)


def test_contacts_one_primary_per_client_with_valid_emails(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    primaries = Counter(c.client_id for c in Contact.select().where(Contact.is_primary))

    assert set(primaries.values()) == {1} and len(primaries) == 40
    for contact, website in _rows(
        "SELECT ct.email, c.website FROM contact ct JOIN client c ON c.id = ct.client_id"
    ):
        assert is_valid_email(contact)
        assert website == "https://www." + contact.split("@")[1]
    roles = {c.role for c in Contact.select()}
    assert {"Head of Procurement", "Director de Compras"} & roles
    assert all(c.role for c in Contact.select())


def test_names_mix_languages_accents_and_apostrophes(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    clients = [c.name for c in Client.select()]
    people = [c.name for c in Contact.select()]

    for names in (clients, people):
        assert any("'" in name for name in names)
        assert any(re.search(r"[áéíóúñÁÉÍÓÚÑ]", name) for name in names)
    assert {
        "Harbourline Freight",
        "Grupo Ibérica de Alimentación",
        "Talleres Mecánicos del Norte",
    } <= set(clients)
    assert len({name.casefold() for name in clients}) == len(clients)


def test_company_names_are_invented_and_not_placeholders(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)

    assert _name_problems(_peewee_query) == []
    parts = (
        *(entry[0] for entry in demo_names.CURATED_CLIENTS),
        *demo_names.EN_BRANDS,
        *demo_names.EN_FOUNDERS,
        *demo_names.ES_BRANDS,
        *demo_names.ES_FOUNDERS,
    )
    assert [part for part in parts if any(word in part for word in PLACEHOLDERS)] == []


def test_addresses_phones_and_regional_names_match_the_city(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)

    assert _address_problems(_peewee_query) == []
    cities = {_place(address)[2] for (address,) in _rows("SELECT address FROM client")}
    assert len(cities) >= 15  # spread over the country, not all in two cities


@pytest.mark.parametrize("today", TODAYS)
def test_satisfaction_only_from_customers_after_conversations(
    db: SqliteDatabase, today: date
) -> None:
    generate("small", today=today)

    assert _csat_problems(_peewee_query) == []
    assert Client.select().where(Client.satisfaction.is_null(False)).count() > 0


@pytest.mark.parametrize("today", TODAYS)
def test_each_log_and_note_says_its_own_thing(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)

    assert _repeat_problems(_peewee_query) == []
    assert _wording_problems(_peewee_query) == []
    for notes, decision_maker in _rows(
        "SELECT c.notes, ct.name FROM client c JOIN contact ct"
        " ON ct.client_id = c.id AND ct.is_primary"
    ):
        assert decision_maker in notes  # who decides, not a generic line


@pytest.mark.parametrize("today", TODAYS)
def test_the_log_follows_each_deal_through_its_stages(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    closing = re.compile(r"order form|contract|discount|hoja de pedido|contrato|descuento", re.I)
    early = _rows(
        "SELECT i.summary || ' / ' || i.outcome FROM interaction i JOIN deal d ON d.id = i.deal_id"
        " JOIN stage s ON s.id = d.stage_id WHERE s.position <= 2"
    )
    last_of_closed = _rows(
        "SELECT s.outcome, i.summary FROM deal d JOIN stage s ON s.id = d.stage_id"
        " JOIN interaction i ON i.id = (SELECT j.id FROM interaction j WHERE j.deal_id = d.id"
        "   ORDER BY j.occurred_at DESC, j.id DESC LIMIT 1)"
        " WHERE s.outcome != 'open'"
    )

    assert early and not [text for (text,) in early if closing.search(text)]
    assert {outcome for outcome, _ in last_of_closed} == {"won", "lost"}
    for outcome, summary in last_of_closed:
        if outcome == "won":
            assert re.search(
                r"approved|[Ss]ign|Won:|[Kk]ick-off|rollout plan|luz verde"
                r"|firmada|Cerrado con éxito|arranque|despliegue|firma",
                summary,
            )
        else:
            assert re.search(
                r"decision|decisión|Lost:|perdida|[Ll]ast presentation"
                r"|Última presentación",
                summary,
            )


@pytest.mark.parametrize("today", TODAYS)
def test_each_deal_has_a_stage_history_that_ends_in_its_stage(
    db: SqliteDatabase, today: date
) -> None:
    generate("small", today=today)

    assert _history_problems(_peewee_query) == []
    assert _rows("SELECT count(*) FROM stage_change WHERE changed_at >= ?", today.isoformat()) == [
        (0,)
    ]


@pytest.mark.parametrize("today", TODAYS)
def test_deals_moved_this_week_for_the_weekly_report(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    monday = today - timedelta(days=today.weekday())
    moves = moves_between(monday, monday + timedelta(days=7))

    if today == monday:
        assert moves == []  # the week starts today, and the sample stops at yesterday
        return
    assert len(moves) >= 2
    assert any(move.from_stage is not None for move in moves)  # not only new deals
    assert all(monday <= move.moved_on < today for move in moves)
    assert len({move.deal_id for move in moves}) == len(moves)


@pytest.mark.parametrize("today", TODAYS)
def test_follow_ups_stay_open_only_until_the_client_is_contacted_again(
    db: SqliteDatabase, today: date
) -> None:
    generate("small", today=today)
    open_follow_ups = list(
        Task.select().where(Task.interaction.is_null(False), Task.status == TaskStatus.OPEN)
    )
    overdue = [t for t in open_follow_ups if t.due_on < today]

    assert _follow_up_problems(_peewee_query, today) == []
    assert 1 <= len(overdue) <= 5  # a few, for the Today view
    assert len(open_follow_ups) - len(overdue) >= 5


@pytest.mark.parametrize("today", TODAYS)
def test_tasks_mix_flags_due_dates_and_delegation(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    tasks = list(Task.select())
    statuses = Counter(t.status for t in tasks)

    assert statuses[TaskStatus.OPEN] > len(tasks) / 2
    assert {t.importance for t in tasks} == {t.urgency for t in tasks} == {str(f) for f in Flag}
    assert all(15 <= t.estimate_minutes <= 120 for t in tasks)
    open_due = [t.due_on for t in tasks if t.status == TaskStatus.OPEN and t.due_on]
    assert any(d < today for d in open_due)
    assert any(d == today for d in open_due)
    assert any(today < d <= today + timedelta(days=16) for d in open_due)
    assert all(d <= today + timedelta(days=16) for d in open_due)
    assert any(t.delegated_to for t in tasks)
    for task in tasks:
        assert task.created_at.date() < today
        if task.completed_at is not None:
            assert task.created_at <= task.completed_at and task.completed_at.date() < today


@pytest.mark.parametrize("today", TODAYS)
def test_time_blocks_fill_this_iso_week_without_overlap(db: SqliteDatabase, today: date) -> None:
    generate("small", today=today)
    monday = today - timedelta(days=today.weekday())
    by_day: dict[date, list[TimeBlock]] = {}
    for block in TimeBlock.select():
        by_day.setdefault(block.date, []).append(block)

    assert sorted(by_day) == [monday + timedelta(days=n) for n in range(5)]
    for day, blocks in by_day.items():
        spans = sorted((_minutes(b.start), _minutes(b.end)) for b in blocks)
        for block in blocks:
            assert re.fullmatch(r"\d\d:\d\d", block.start) and re.fullmatch(r"\d\d:\d\d", block.end)
            assert (
                _minutes("08:00")
                <= _minutes(block.start)
                < _minutes(block.end)
                <= _minutes("18:30")
            )
            assert block.kind in {str(k) for k in BlockKind}
            assert block.done == (day < today)
        assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False))
        assert any(b.kind == BlockKind.BREAK for b in blocks)
    blocks = list(TimeBlock.select())
    assert any(b.fixed for b in blocks) and any(not b.fixed for b in blocks)
    assert {BlockKind.MEETING, BlockKind.FOCUS, BlockKind.ADMIN} <= {b.kind for b in blocks}
    linked = [b for b in blocks if b.task_id is not None]
    assert all(Task.get_by_id(b.task_id).status == TaskStatus.OPEN for b in linked)


def test_quotas_for_this_year_and_the_ae_name(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    monthly = {
        q.period_start: q.amount_minor for q in Quota.select().where(Quota.period_kind == "month")
    }
    quarterly = {
        q.period_start: q.amount_minor for q in Quota.select().where(Quota.period_kind == "quarter")
    }

    assert sorted(monthly) == [date(2026, m, 1) for m in range(1, 13)]
    assert sorted(quarterly) == [date(2026, m, 1) for m in (1, 4, 7, 10)]
    assert all(amount > 0 for amount in monthly.values())
    assert quarterly[date(2026, 4, 1)] == sum(monthly[date(2026, m, 1)] for m in (4, 5, 6))
    assert get_setting("ae_name") == "Laura Martín"


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        open_database(tmp_path / name / "ae-desktop.sqlite3")
        try:
            generate("small", seed=seed, today=WEDNESDAY)
            dumps.append(_dump())
        finally:
            close_database()

    assert dumps[0] == dumps[1]
    assert dumps[0]["client"] != dumps[2]["client"]


def test_refuses_a_database_that_already_has_data(db: SqliteDatabase) -> None:
    generate("small", today=WEDNESDAY)
    before = _dump()

    with pytest.raises(DatabaseNotEmptyError) as caught:
        generate("small", seed=99, today=WEDNESDAY + timedelta(days=3))

    message = str(caught.value)
    assert "already holds 40 clients" in message and "Nothing was changed" in message
    assert _dump() == before


def test_refuses_even_a_single_client_and_adds_nothing(db: SqliteDatabase) -> None:
    Client.insert(name="My only client", tier="key", status="active").execute()
    before = _counts()

    with pytest.raises(DatabaseNotEmptyError, match=r"holds 1 client;"):
        generate("small", today=WEDNESDAY)

    assert _counts() == before
    assert Setting.select().count() == 0


def test_a_failure_half_way_writes_nothing(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = generator._insert

    def failing_insert(model: Any, fields: Any, rows: Any) -> None:
        if model is TimeBlock:
            raise RuntimeError("disk full")
        real_insert(model, fields, rows)

    monkeypatch.setattr(generator, "_insert", failing_insert)
    with pytest.raises(RuntimeError, match="disk full"):
        generate("small", today=WEDNESDAY)

    assert {name: n for name, n in _counts().items() if name != "stage"} == dict.fromkeys(
        (m._meta.table_name for m in ALL_MODELS if m is not Stage), 0
    )


def test_unknown_size_is_refused(db: SqliteDatabase) -> None:
    with pytest.raises(ValueError, match="huge"):
        generate("huge", today=WEDNESDAY)
    assert Client.select().count() == 0


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Query]:
    """The large sample, generated once for the module, read through a plain connection."""
    path = tmp_path_factory.mktemp("large") / "ae-desktop.sqlite3"
    open_database(path)
    try:
        generate("large", today=WEDNESDAY)
    finally:
        close_database()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def query(sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return conn.execute(sql, params).fetchall()

    yield query
    conn.close()


@pytest.mark.slow
def test_large_has_the_promised_counts_and_the_small_guarantees(large: Query) -> None:
    counts = {
        table: large(f"SELECT count(*) FROM {table}")[0][0]
        for table in ("client", "contact", "interaction", "deal", "task")
    }

    assert counts["client"] >= 10_000 and counts["contact"] >= 30_000
    assert counts["interaction"] >= 100_000
    assert counts["deal"] >= 10_000 and counts["task"] >= 20_000
    assert _name_problems(large) == []
    assert _address_problems(large) == []
    assert _csat_problems(large) == []
    assert _follow_up_problems(large, WEDNESDAY) == []
    assert _repeat_problems(large) == []
    assert _wording_problems(large) == []
    assert _history_problems(large) == []
    client_names = [name for (name,) in large("SELECT name FROM client")]
    assert len({name.casefold() for name in client_names}) == len(client_names)
    assert sum(bool(re.search(r"\d", name)) for name in client_names) == 0


@pytest.mark.slow
def test_large_keeps_overdue_follow_ups_few(large: Query) -> None:
    ((overdue, open_),) = large(
        "SELECT count(*) FILTER (WHERE due_on < ?), count(*) FROM task"
        " WHERE interaction_id IS NOT NULL AND status = 'open'",
        WEDNESDAY.isoformat(),
    )

    assert 0 < overdue <= open_ / 10
