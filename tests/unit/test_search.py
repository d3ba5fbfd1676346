"""Global search: what the command palette finds, in which order, and the recent items."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from peewee import SqliteDatabase

from ae_desktop.services.search import (
    MAX_RECENT,
    ItemKind,
    SearchIndex,
    build_index,
    recent_items,
    remember_opened,
)
from ae_desktop.store.models import Client, Contact, Deal, Interaction, Stage, Task


def _stage(outcome: str = "open") -> Stage:
    stage = Stage.get_or_none(Stage.outcome == outcome)
    if stage is None:
        stage = Stage.create(name=f"S {outcome}", position=9, probability=50, outcome=outcome)
    return stage


@pytest.fixture
def data(db: SqliteDatabase) -> dict[str, int]:
    pena = Client.create(name="Peña Ávila Consultores", industry="Consulting")
    harbour = Client.create(name="Harbour Foods", industry="Food & beverage")
    spain = Client.create(name="Transportes Españoles", industry="Logistics")
    contact = Contact.create(
        client=harbour, name="Tom Baker", role="Buyer", email="tom.baker@harbourfoods.example"
    )
    small = Deal.create(
        client=harbour, title="Cold chain rollout", value_minor=10_000_00, stage=_stage(),
        created_on=date(2026, 1, 5),
    )  # fmt: skip
    big = Deal.create(
        client=spain, title="Fleet telematics rollout", value_minor=90_000_00, stage=_stage(),
        created_on=date(2026, 1, 5),
    )  # fmt: skip
    task = Task.create(title="Send the rollout proposal", client=harbour, due_on=date(2026, 2, 1))
    Task.create(title="Obsolete rollout call", client=harbour, status="done")
    old = Interaction.create(
        client=pena, kind="call", occurred_at=datetime(2026, 1, 2, 10), summary="Kick-off call"
    )
    new = Interaction.create(
        client=pena, kind="meeting", occurred_at=datetime(2026, 3, 2, 10), summary="Review call"
    )
    return {
        "pena": pena.id, "harbour": harbour.id, "spain": spain.id, "contact": contact.id,
        "small": small.id, "big": big.id, "task": task.id, "old": old.id, "new": new.id,
    }  # fmt: skip


def found(index: SearchIndex, text: str) -> list[tuple[ItemKind, int]]:
    return [(hit.kind, hit.record_id) for hit in index.search(text)]


def test_a_client_is_found_by_unaccented_and_by_accented_text(data: dict[str, int]) -> None:
    index = build_index()
    for text in ("pena", "PEÑA", "ávila", "avila cons"):
        assert found(index, text)[0] == (ItemKind.CLIENT, data["pena"]), text
    assert (ItemKind.CLIENT, data["spain"]) in found(index, "espanoles")


def test_a_contact_is_found_by_e_mail_and_role(data: dict[str, int]) -> None:
    index = build_index()
    assert found(index, "tom.baker@harbour") == [(ItemKind.CONTACT, data["contact"])]
    hit = index.search("buyer")[0]
    assert (hit.kind, hit.title, hit.client_name) == (
        ItemKind.CONTACT,
        "Tom Baker",
        "Harbour Foods",
    )
    assert "tom.baker@harbourfoods.example" in hit.extra


def test_deals_by_a_word_of_the_title_the_bigger_open_deal_first(data: dict[str, int]) -> None:
    index = build_index()
    deals = [key for key in found(index, "rollout") if key[0] is ItemKind.DEAL]
    assert deals == [(ItemKind.DEAL, data["big"]), (ItemKind.DEAL, data["small"])]
    hit = index.search("telematics")[0]
    assert (hit.value_minor, hit.client_name) == (90_000_00, "Transportes Españoles")


def test_only_open_tasks_and_interactions_latest_first(data: dict[str, int]) -> None:
    index = build_index()
    assert found(index, "rollout proposal") == [(ItemKind.TASK, data["task"])]
    assert found(index, "obsolete") == []  # done: not offered
    calls = [key for key in found(index, "call") if key[0] is ItemKind.INTERACTION]
    assert calls == [(ItemKind.INTERACTION, data["new"]), (ItemKind.INTERACTION, data["old"])]
    # By the client's name and by the day.
    assert (ItemKind.INTERACTION, data["new"]) in found(index, "pena review")
    assert found(index, "2026-03-02") == [(ItemKind.INTERACTION, data["new"])]


def test_a_word_start_ranks_before_a_match_inside_a_word(db: SqliteDatabase) -> None:
    inside = Client.create(name="Bigcorp Holdings")  # "corp" inside a word; first by name
    start = Client.create(name="Zeta Corporation")  # a word starts with "corp"
    hits = build_index().search("corp")
    assert [(h.record_id, h.prefix) for h in hits] == [(start.id, True), (inside.id, False)]


def test_every_typed_word_must_match(data: dict[str, int]) -> None:
    index = build_index()
    assert found(index, "harbour baker") == [(ItemKind.CONTACT, data["contact"])]
    assert found(index, "harbour zebra") == []
    assert found(index, "   ") == []


def test_results_are_capped(db: SqliteDatabase) -> None:
    for n in range(70):
        Client.create(name=f"Acme {n:02d}")
    index = build_index()
    assert len(index.search("acme")) == 50
    assert len(index.search("acme", limit=10)) == 10


def test_recent_items_latest_first_without_repeats_and_gone_ones(data: dict[str, int]) -> None:
    assert recent_items() == []
    remember_opened(ItemKind.CLIENT, data["pena"])
    remember_opened(ItemKind.DEAL, data["big"])
    remember_opened(ItemKind.CLIENT, data["pena"])
    remember_opened(ItemKind.TASK, data["task"])
    hits = recent_items()
    assert [(h.kind, h.record_id) for h in hits] == [
        (ItemKind.TASK, data["task"]),
        (ItemKind.CLIENT, data["pena"]),
        (ItemKind.DEAL, data["big"]),
    ]
    assert hits[1].title == "Peña Ávila Consultores"
    Task.update(status="done").where(Task.id == data["task"]).execute()
    assert [h.kind for h in recent_items()] == [ItemKind.CLIENT, ItemKind.DEAL]
    for n in range(MAX_RECENT + 3):
        remember_opened(ItemKind.CLIENT, Client.create(name=f"New {n}").id)
    assert len(recent_items()) == MAX_RECENT


def test_a_command_name_matches_by_the_same_rules() -> None:
    from ae_desktop.services.search import match, query_words

    assert match(query_words("plan my"), "Plan my day") is True
    assert match(query_words("lan"), "Plan my day") is False  # inside a word
    assert match(query_words("plan week"), "Plan my day") is None  # every word must match
    assert match(query_words("informe"), "Informe semanal") is True
    assert match(query_words("interaccion"), "Registrar interacción") is True


def test_the_matched_parts_are_found_in_the_text_as_shown() -> None:
    from ae_desktop.services.search import highlights, query_words

    assert highlights("Peña Ávila", query_words("pena avi")) == [(0, 4), (5, 8)]
    assert highlights("Cold chain rollout", query_words("ol")) == [(1, 3), (12, 14)]
    assert highlights("Straße", query_words("ss")) == [(4, 5)]  # "ß" folds to "ss"
    assert highlights("Acme", []) == []
