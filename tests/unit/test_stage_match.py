"""Another CRM's stage names land on the user's stage of the same meaning."""

from __future__ import annotations

import pytest

from ae_desktop.domain.stage_match import match_stage

DEFAULT = [(1, "Lead"), (2, "Qualified"), (3, "Proposal"), (4, "Negotiation"), (5, "Won"),
           (6, "Lost")]  # fmt: skip
SPANISH = [(1, "Prospecto"), (2, "Cualificado"), (3, "Propuesta"), (4, "Negociación"),
           (5, "Ganada"), (6, "Perdida")]  # fmt: skip


@pytest.mark.parametrize(
    ("crm_stage", "expected"),
    [
        ("Proposal", 3), ("PROPOSAL", 3), ("Proposal Made", 3), ("Proposal/Price Quote", 3),
        ("presentationscheduled", 3), ("Propuesta", 3), ("Negotiations Started", 4),
        ("Negotiation/Review", 4), ("contractsent", 4), ("Negociación", 4),
        ("Qualified To Buy", 2), ("qualifiedtobuy", 2), ("appointmentscheduled", 1),
        ("Closed Won", 5), ("closedlost", 6), ("Ganada", 5), ("Pilot running", None), ("", None),
    ],
)  # fmt: skip
def test_default_stages(crm_stage: str, expected: int | None) -> None:
    assert match_stage(crm_stage, DEFAULT) == expected


@pytest.mark.parametrize(
    ("crm_stage", "expected"),
    [("Proposal Made", 3), ("Negotiation/Review", 4), ("Closed Won", 5), ("Qualified", 2),
     ("Lead In", 1)],
)  # fmt: skip
def test_a_user_with_spanish_stage_names(crm_stage: str, expected: int) -> None:
    assert match_stage(crm_stage, SPANISH) == expected


def test_the_users_own_name_wins_over_a_synonym() -> None:
    stages = [(1, "Qualified"), (2, "Demo")]
    assert match_stage("demo", stages) == 2  # not Qualified, although it means the same
    assert match_stage("Discovery", stages) == 1
