"""The settings service: validation, one-transaction saves, defaults; and the settings'
effects on neglect, quadrants and the weekly report's heading."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale

from ae_desktop.domain.cadence import DEFAULT_CADENCE_DAYS, effective_cadence
from ae_desktop.domain.enums import InteractionKind, Tier
from ae_desktop.domain.periods import Week
from ae_desktop.domain.priority import Quadrant
from ae_desktop.services import settings
from ae_desktop.services.client_rows import load_client_rows
from ae_desktop.services.clients import ClientInput, create_client, default_cadence
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.interactions import InteractionInput, log_interaction
from ae_desktop.services.settings import (
    DEFAULTS,
    get_setting,
    restore_defaults,
    save_settings,
    set_setting,
    validate_settings,
)
from ae_desktop.services.task_rows import load_tasks
from ae_desktop.services.tasks import TaskInput, quick_add_task

TODAY = date(2026, 11, 27)


def test_the_tier_cadence_is_a_parameter_of_the_pure_rule() -> None:
    mine = {Tier.KEY: 3, Tier.STANDARD: 60, Tier.PROSPECT: 21}
    assert effective_cadence(Tier.KEY, None, mine) == 3
    assert effective_cadence(Tier.PROSPECT, None, mine) == 21
    assert effective_cadence(Tier.KEY, 10, mine) == 10  # the client's own cadence wins
    assert effective_cadence(Tier.STANDARD, None) == DEFAULT_CADENCE_DAYS[Tier.STANDARD]


@pytest.mark.parametrize(
    ("values", "key", "message"),
    [
        ({"workday_start": "09:00", "workday_end": "08:00"}, "workday_end", settings.WORKDAY_ORDER),
        ({"workday_start": "9h"}, "workday_start", settings.NOT_A_TIME),
        (
            {"workday_start": "09:00", "workday_end": "17:00"}
            | {"lunch_start": "16:30", "lunch_end": "17:30"},
            "lunch_start",
            settings.LUNCH_INSIDE,
        ),
        ({"lunch_start": "13:00", "lunch_end": "12:00"}, "lunch_end", settings.LUNCH_ORDER),
        ({"buffer_minutes": 61}, "buffer_minutes", "Enter a whole number from 0 to 60."),
        (
            {"default_block_minutes": 4},
            "default_block_minutes",
            "Enter a whole number from 5 to 240.",
        ),
        ({"focus_minutes": 241}, "focus_minutes", "Enter a whole number from 5 to 240."),
        ({"urgent_within_days": 31}, "urgent_within_days", "Enter a whole number from 0 to 30."),
        ({"cadence_key_days": 0}, "cadence_key_days", "Enter a whole number from 1 to 365."),
        ({"important_deal_value_minor": -1}, "important_deal_value_minor", settings.NEGATIVE_VALUE),
        ({"currency": "EURO"}, "currency", settings.CURRENCY_CODE),
        ({"currency": "eur"}, "currency", settings.CURRENCY_CODE),
        ({"language": "fr"}, "language", settings.NOT_A_CHOICE),
        ({"appearance": "blue"}, "appearance", settings.NOT_A_CHOICE),
        ({"ae_title": "x" * 121}, "ae_title", settings.TOO_LONG),
    ],
)
def test_each_wrong_value_is_named_with_what_is_wrong(
    values: dict[str, object], key: str, message: str
) -> None:
    assert validate_settings(values) == {key: message}


def test_the_defaults_are_valid() -> None:
    assert validate_settings(DEFAULTS) == {}


def test_save_stores_every_value_or_none(db: SqliteDatabase) -> None:
    with pytest.raises(ValidationError) as refused:
        save_settings({"ae_title": "Senior AE", "buffer_minutes": 500})
    assert set(refused.value.errors) == {"buffer_minutes"}
    assert get_setting("ae_title") == ""  # nothing of the refused save was written
    save_settings({"ae_title": "  Senior AE ", "workday_start": "8:30", "currency": "USD"})
    assert (get_setting("ae_title"), get_setting("workday_start")) == ("Senior AE", "08:30")
    assert settings.currency() == "USD"


def test_restore_defaults_puts_back_only_the_keys_given(db: SqliteDatabase) -> None:
    save_settings({"buffer_minutes": 25, "focus_minutes": 60, "currency": "GBP"})
    restore_defaults(["buffer_minutes", "focus_minutes"])
    assert (get_setting("buffer_minutes"), get_setting("focus_minutes")) == (10, 90)
    assert get_setting("currency") == "GBP"


def test_a_bad_stored_value_reads_as_its_default(db: SqliteDatabase) -> None:
    set_setting("default_block_minutes", 0)
    set_setting("cadence_key_days", "often")
    assert settings.default_block_minutes() == 30
    assert settings.tier_cadence()[Tier.KEY] == 7


def _client_touched(name: str, tier: Tier, days_ago: int) -> int:
    client_id = create_client(
        ClientInput(name, tier=tier, potential_revenue=Decimal(0)), allow_duplicate=True
    )
    when = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(hour=10)
    log_interaction(
        InteractionInput(client_id, InteractionKind.CALL, when, "Check-in"),
        now=datetime.combine(TODAY, datetime.max.time()),
    )
    return client_id


def test_the_tier_cadence_setting_decides_who_is_neglected(db: SqliteDatabase) -> None:
    _client_touched("Acme", Tier.KEY, 10)
    _client_touched("Borealis", Tier.STANDARD, 20)

    def neglected() -> set[str]:
        return {r.name for r in load_client_rows(TODAY) if r.neglected}

    assert neglected() == {"Acme"}  # key accounts every 7 days, standard every 30
    save_settings({"cadence_key_days": 14, "cadence_standard_days": 15})
    assert neglected() == {"Borealis"}
    assert default_cadence(Tier.STANDARD) == 15


def test_the_urgent_threshold_moves_a_task_between_quadrants(db: SqliteDatabase) -> None:
    task_id = quick_add_task(
        TaskInput("Send the proposal", due_on=TODAY + timedelta(days=4)), today=TODAY
    )

    def quadrant() -> Quadrant:
        return next(r.quadrant for r in load_tasks(today=TODAY) if r.id == task_id)

    assert quadrant() == Quadrant.DROP  # due in 4 days: not urgent within 2
    save_settings({"urgent_within_days": 5})
    assert quadrant() == Quadrant.DELEGATE


def test_the_report_heading_shows_the_name_and_title(
    db: SqliteDatabase, qapp: QCoreApplication, tmp_path: Path
) -> None:
    from ae_desktop.report.build import build_report
    from ae_desktop.report.render import write_pdf

    save_settings({"ae_name": "Laura Martín", "ae_title": "Senior Account Executive, Iberia"})
    report = build_report(Week(2026, 48), now=datetime(2026, 11, 27, 17, 0))
    path = tmp_path / "week.pdf"
    write_pdf(report, path, locale=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    first = " ".join(unicodedata.normalize("NFKC", PdfReader(path).pages[0].extract_text()).split())
    assert "Laura Martín Senior Account Executive, Iberia" in first
