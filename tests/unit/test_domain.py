"""Pure rules: contact cadence, money, follow-up titles, search folding, e-mail checks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ae_desktop.domain.cadence import (
    DEFAULT_CADENCE_DAYS,
    days_since,
    effective_cadence,
    is_neglected,
)
from ae_desktop.domain.enums import Tier
from ae_desktop.domain.money import (
    MAX_AMOUNT,
    format_money,
    from_minor,
    is_storable,
    parse_amount,
    to_minor,
)
from ae_desktop.domain.tasks import FOLLOW_UP_TITLE_CHARS, follow_up_title
from ae_desktop.domain.text import (
    count_digits,
    fold,
    has_only_phone_characters,
    is_valid_email,
    is_web_address,
)

TODAY = date(2025, 3, 14)

# --- cadence --------------------------------------------------------------------------------


def test_default_cadence_by_tier() -> None:
    assert DEFAULT_CADENCE_DAYS == {Tier.KEY: 7, Tier.STANDARD: 30, Tier.PROSPECT: 14}


@pytest.mark.parametrize(
    ("tier", "own", "expected"),
    [
        (Tier.KEY, None, 7),
        (Tier.STANDARD, None, 30),
        (Tier.PROSPECT, None, 14),
        (Tier.KEY, 3, 3),
        (Tier.STANDARD, 90, 90),
    ],
)
def test_a_clients_own_cadence_wins_over_the_tier_default(
    tier: Tier, own: int | None, expected: int
) -> None:
    assert effective_cadence(tier, own) == expected


@pytest.mark.parametrize(
    ("days_ago", "neglected"),
    [(0, False), (6, False), (7, False), (8, True), (30, True)],
)
def test_key_account_neglected_only_when_older_than_its_cadence(
    days_ago: int, neglected: bool
) -> None:
    last = TODAY - timedelta(days=days_ago)
    assert is_neglected(last, 7, TODAY) is neglected
    # The time of day does not matter, only the calendar day.
    assert is_neglected(datetime.combine(last, time(0, 0)), 7, TODAY) is neglected
    assert is_neglected(datetime.combine(last, time(23, 59)), 7, TODAY) is neglected


def test_a_client_with_an_interaction_dated_ahead_is_not_neglected() -> None:
    assert is_neglected(TODAY + timedelta(days=2), 7, TODAY) is False


@pytest.mark.parametrize(
    ("added_days_ago", "neglected"), [(0, False), (3, False), (7, False), (8, True), (10, True)]
)
def test_a_client_never_touched_is_neglected_once_its_cadence_has_passed_since_it_was_added(
    added_days_ago: int, neglected: bool
) -> None:
    added = datetime.combine(TODAY - timedelta(days=added_days_ago), time(16, 45))
    assert is_neglected(None, 7, TODAY, created=added) is neglected
    assert is_neglected(None, 7, TODAY, created=added.date()) is neglected


def test_the_last_interaction_counts_rather_than_the_day_the_client_was_added() -> None:
    yesterday = TODAY - timedelta(days=1)
    # History imported with the client: its last touch was long ago.
    assert is_neglected(TODAY - timedelta(days=20), 7, TODAY, created=yesterday) is True
    assert not is_neglected(TODAY - timedelta(days=2), 7, TODAY, created=TODAY - timedelta(90))


def test_never_touched_with_no_known_creation_day_is_neglected() -> None:
    assert is_neglected(None, 30, TODAY) is True


def test_days_since() -> None:
    assert days_since(None, TODAY) is None
    assert days_since(datetime(2025, 3, 13, 23, 59), TODAY) == 1
    assert days_since(date(2025, 2, 14), TODAY) == 28


@given(
    days_ago=st.integers(min_value=-400, max_value=4000),
    cadence=st.integers(min_value=1, max_value=365),
)
def test_neglected_means_more_days_than_the_cadence(days_ago: int, cadence: int) -> None:
    last = TODAY - timedelta(days=days_ago)
    assert is_neglected(last, cadence, TODAY) is (days_ago > cadence)


# --- money ----------------------------------------------------------------------------------

two_places = st.decimals(
    min_value=Decimal("-1000000000000"),
    max_value=Decimal("1000000000000"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@given(two_places)
def test_minor_units_roundtrip_exactly(amount: Decimal) -> None:
    minor = to_minor(amount)
    assert type(minor) is int
    assert minor == int(amount * 100)
    assert from_minor(minor) == amount


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_from_minor_has_two_places(minor: int) -> None:
    amount = from_minor(minor)
    assert amount.as_tuple().exponent == -2
    assert to_minor(amount) == minor


def test_to_minor_rounds_half_up() -> None:
    assert to_minor(Decimal("1234.56")) == 123456
    assert to_minor(Decimal("0.005")) == 1
    assert to_minor(Decimal("0.004")) == 0
    assert to_minor(Decimal("19.999")) == 2000
    assert from_minor(123456) == Decimal("1234.56")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,500.50", "12500.50"),
        ("12.500,50", "12500.50"),
        ("12500", "12500"),
        ("€ 1 000", "1000"),
        ("1,5", "1.5"),
        ("1,50", "1.50"),
        ("12,500", "12500"),
        ("1.000.000", "1000000"),
        ("1.000.000,99", "1000000.99"),
        ("1,000,000.99", "1000000.99"),
        ("  EUR 99.90 ", "99.90"),
        ("$3,000", "3000"),
        ("0", "0"),
        ("-250,00", "-250.00"),
        ("12.500", "12500"),
        ("1.5", "1.5"),
        ("0.125", "0.125"),
        ("120000 EUR", "120000"),
    ],
)
def test_parse_amount_reads_what_users_type(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["", "   ", "abc", "€", "-", ".", ",", "1-2", "--5", "..,", "12abc34", "1e5"]
)
def test_parse_amount_refuses_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234.567", "1234567"),
        ("1,234,567", "1234567"),
        ("1.234.567,89", "1234567.89"),
        ("12 500,50", "12500.50"),
        ("€ 1 000 000", "1000000"),
        ("-1.000.000", "-1000000"),
    ],
)
def test_parse_amount_reads_thousands_grouped_by_three(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        "1.2.3",
        "12,34,567",
        "1,2,3",
        "1.2.3,45",
        "1,23,456.00",
        "1234.567.890",
        "1.234.56",
        "1.2345.678",
        "1 2 3",
        "12 50",
        "1.234,5,6",
        "1.000.",
    ],
)
def test_parse_amount_refuses_thousands_not_grouped_by_three(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


@given(
    whole=st.integers(min_value=0, max_value=10**15),
    cents=st.integers(min_value=0, max_value=99),
    style=st.sampled_from(["1,234.56", "1.234,56", "1 234,56", "1 234.56"]),
)
def test_an_amount_written_with_any_grouping_reads_back(whole: int, cents: int, style: str) -> None:
    group, point = style[1], style[5]
    text = f"{whole:,}".replace(",", group) + f"{point}{cents:02d}"
    assert parse_amount(text) == Decimal(whole) + Decimal(cents) / 100


# Three decimals after 1-3 digits would read as thousands ("1.000"), so none here.
@given(st.from_regex(r"-?[1-9][0-9]{0,80}(\.([0-9]{1,2}|[0-9]{4,40}))?", fullmatch=True))
def test_to_minor_is_exact_on_any_amount_the_parser_returns(text: str) -> None:
    amount = parse_amount(text)
    minor = to_minor(amount)  # never InvalidOperation, however long the amount
    whole, _, fraction = text.lstrip("-").partition(".")
    expected = int(whole) * 100 + int((fraction + "00")[:2])
    if fraction[2:3] >= "5":
        expected += 1  # half up, away from zero
    assert minor == (-expected if text.startswith("-") else expected)


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("9" * 29, int("9" * 29) * 100),
        ("1" + "0" * 60 + ",5", 10**62 + 50),
        ("-" + "9" * 40 + ".995", -(int("9" * 40) + 1) * 100),
    ],
)
def test_to_minor_never_raises_on_a_long_amount(text: str, minor: int) -> None:
    assert to_minor(parse_amount(text)) == minor


def test_amounts_up_to_the_maximum_are_storable() -> None:
    assert is_storable(MAX_AMOUNT)
    assert is_storable(-MAX_AMOUNT)
    assert is_storable(Decimal(0))
    assert to_minor(MAX_AMOUNT) == 100_000_000_000_000 < 2**63
    assert not is_storable(MAX_AMOUNT + Decimal("0.01"))
    assert not is_storable(-MAX_AMOUNT - 1)
    assert not is_storable(parse_amount("99999999999999999999"))
    assert not is_storable(Decimal("Infinity"))
    assert not is_storable(Decimal("NaN"))


def test_format_money_shows_whole_units_with_separators() -> None:
    assert format_money(1_234_567_89, "EUR") == "EUR 1,234,568"
    assert format_money(0, "USD") == "USD 0"


# --- tasks ----------------------------------------------------------------------------------


def test_follow_up_title_keeps_a_short_summary_on_one_line() -> None:
    assert follow_up_title("Called Ana") == "Follow up: Called Ana"
    assert (
        follow_up_title("  Sent the\n proposal \t to  Ben ")
        == "Follow up: Sent the proposal to Ben"
    )


def test_follow_up_title_keeps_a_summary_of_exactly_the_limit() -> None:
    summary = "x" * FOLLOW_UP_TITLE_CHARS
    assert follow_up_title(summary) == f"Follow up: {summary}"


def test_follow_up_title_cuts_a_long_summary_with_an_ellipsis() -> None:
    assert FOLLOW_UP_TITLE_CHARS == 80
    title = follow_up_title("y" * 81)
    assert title == "Follow up: " + "y" * 79 + "…"
    # The cut never leaves a space before the ellipsis.
    assert follow_up_title("a" * 78 + " bcd") == "Follow up: " + "a" * 78 + "…"


@given(st.text())
def test_follow_up_title_is_bounded(summary: str) -> None:
    title = follow_up_title(summary)
    assert title.startswith("Follow up: ")
    assert len(title) <= len("Follow up: ") + FOLLOW_UP_TITLE_CHARS
    assert "\n" not in title


# --- text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Peña Ávila", "pena avila"),
        ("MÜLLER", "muller"),
        ("Straße", "strasse"),
        ("François Ñúñez", "francois nunez"),
        ("ACME Ltd.", "acme ltd."),
        ("Acme™ ＧＭＢＨ", "acmetm gmbh"),
        ("", ""),
    ],
)
def test_fold_ignores_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    "email",
    [
        "ana@acme.com",
        "first.last+tag@sub.example.co.uk",
        "maria.pena@empresa.es",
        "  ana@acme.com  ",
        "o'brien@example.ie",
        "ana@mail-server.acme.com",
        "a.b.c@x.io",
    ],
)
def test_valid_emails(email: str) -> None:
    assert is_valid_email(email) is True


@pytest.mark.parametrize(
    "email",
    [
        "",
        "ana",
        "ana@",
        "@acme.com",
        "ana@acme",
        "ana@acme.c",
        "ana@@acme.com",
        "ana @acme.com",
        "ana@acme,com",
        "<ana@acme.com>",
        "Ana <ana@acme.com>",
        "ana@acme..com",
        "ana..b@acme.com",
        "ana@acme.com; ben@acme.com",
        ".dot@x.com",
        "dot.@x.com",
        "user@-x.com",
        "user@x-.com",
        "user@mail.-x.com",
        "user@x.com-",
        "ana@acme.com\nben@acme.com",
    ],
)
def test_invalid_emails(email: str) -> None:
    assert is_valid_email(email) is False


@pytest.mark.parametrize(
    "website",
    [
        "acme.com",
        "www.acme.com",
        "https://acme.example",
        "http://www.acme.co.uk/en/contact?x=1#team",
        "  acme.com  ",
        "ACME.COM",
        "shop.acme-retail.es:8443/",
        "café-olé.fr",
    ],
)
def test_web_addresses(website: str) -> None:
    assert is_web_address(website) is True


@pytest.mark.parametrize(
    "website",
    [
        "acme",
        "http://acme",
        "https://",
        "acme com",
        "www.acme .com",
        "ftp://acme.com",
        "javascript:alert(1)",
        "ana@acme.com",
        "-acme.com",
        "acme-.com",
        "acme..com",
        "acme.c",
        "192.168.1.1",
    ],
)
def test_not_web_addresses(website: str) -> None:
    assert is_web_address(website) is False


@pytest.mark.parametrize(
    ("phone", "allowed", "digits"),
    [
        ("+34 912 345 678", True, 11),
        ("(0)20 7946 0958", True, 11),
        ("555-1234", True, 7),
        ("+1 (555) 010-9999 x123", True, 14),
        ("+34 91 234 56 78 ext. 12", True, 13),
        ("030/1234.5678", True, 11),
        ("call Ana", False, 0),
        ("+34 912 345 678 (mobile)", False, 11),
        ("912#345#678", False, 9),
    ],
)
def test_phone_characters_and_digits(phone: str, allowed: bool, digits: int) -> None:
    assert has_only_phone_characters(phone) is allowed
    assert count_digits(phone) == digits
