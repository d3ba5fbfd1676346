"""Messages written below the GUI come back in the user's language once a translator is in.

The layers without Qt mark their messages with ae_desktop.translation.translate; these tests
install a fake translator (every message wrapped in « ») and check that what a service, a
reader or a rule hands the GUI went through it, with its placeholders filled afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from ae_desktop import translation
from ae_desktop.domain.enums import Flag
from ae_desktop.domain.priority import TaskFacts, classify
from ae_desktop.domain.tasks import follow_up_title
from ae_desktop.interop.csv_deals import read_deals
from ae_desktop.interop.csv_mapping import guess_mapping
from ae_desktop.interop.csv_table import Table, TableRow
from ae_desktop.interop.records import RowProblem
from ae_desktop.services.clients import MAX_NAME, ClientInput, validate_client
from ae_desktop.services.errors import ValidationError
from ae_desktop.services.import_plan import ImportSummary

# Which (context, text) pairs were looked up, to check the contexts too.
looked_up: list[tuple[str, str]] = []


def _fake(context: str, text: str) -> str:
    looked_up.append((context, text))
    return "«" + text + "»"


@pytest.fixture(autouse=True)
def fake_translator() -> Iterator[None]:
    looked_up.clear()
    translation.install(_fake)
    try:
        yield
    finally:
        translation.install(None)


def test_a_refused_field_is_translated() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_client(ClientInput(name="", potential_revenue=Decimal(-1)))
    assert refused.value.errors == {
        "name": "«A client needs a name.»",
        "potential_revenue": "«Potential revenue cannot be negative.»",
    }
    assert ("clients", "A client needs a name.") in looked_up


def test_a_placeholder_is_filled_after_translating() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_client(ClientInput(name="x" * (MAX_NAME + 1)))
    assert refused.value.errors["name"] == f"«Keep the name under {MAX_NAME} characters.»"
    assert ("clients", "Keep the name under {0} characters.") in looked_up


def test_an_import_row_problem_is_translated_with_the_cell_quoted() -> None:
    headers = ["Deal", "Amount"]
    table = Table(headers, [TableRow(2, ["Renewal", "lots"])])
    result = read_deals(table, guess_mapping(headers), default_currency="EUR")
    assert result.problems == [RowProblem(2, "«The value “lots” is not an amount.»")]
    assert ("csv", "The value “{0}” is not an amount.") in looked_up


def test_the_import_summary_is_translated() -> None:
    summary = ImportSummary(created={"clients": 3}, rejected=[RowProblem(4, "No title.")])
    assert summary.lines(planned=True) == [
        "«Would create «3 clients».»",
        "«Rejected «1 row»:»",
        "  «Line 4: No title.»",
    ]


def test_the_agenda_reasons_and_the_follow_up_title_are_translated() -> None:
    facts = TaskFacts(due_on=date(2026, 11, 3), importance=Flag.YES)
    priority = classify(facts, date(2026, 11, 29))
    assert priority.reasons == ("«overdue by «26 days»»", "«you marked it important»")
    assert follow_up_title("Send the quote") == "«Follow up: Send the quote»"


def test_without_a_translator_the_text_is_english() -> None:
    translation.install(None)
    with pytest.raises(ValidationError) as refused:
        validate_client(ClientInput(name=""))
    assert refused.value.errors == {"name": "A client needs a name."}
