"""Which of the user's pipeline stages a stage named by another CRM means.

HubSpot, Pipedrive and Salesforce name their stages their own way ("Proposal Made",
"Proposal/Price Quote", "presentationscheduled", "Negociación"): a deal imported from them
should land on the user's stage of the same meaning, not on the first stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ae_desktop.domain.text import fold

# Names that mean the same step of a sale, in English and Spanish, as the big CRMs write them
# (HubSpot's internal ids included). A stage of the user's named like any one of a group
# takes the deals of every name in it.
_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(names)
    for names in (
        {
            "lead", "leads", "new", "new lead", "lead in", "prospect", "prospecting",
            "prospection", "contacted", "contact made", "appointment scheduled",
            "appointmentscheduled", "nuevo", "nueva", "contacto", "contacto inicial",
            "contactado", "prospecto", "prospeccion", "captacion",
        },
        {
            "qualified", "qualification", "qualified to buy", "qualifiedtobuy",
            "qualified lead", "needs analysis", "value proposition", "id decision makers",
            "perception analysis", "discovery", "demo scheduled", "meeting scheduled",
            "cualificado", "cualificada", "cualificacion", "calificado", "calificada",
            "calificacion", "analisis de necesidades", "reunion", "demo",
        },
        {
            "proposal", "proposal made", "proposal sent", "proposal price quote",
            "presentation scheduled", "presentationscheduled", "quote", "quote sent",
            "propuesta", "propuesta enviada", "oferta", "oferta enviada", "presupuesto",
            "presupuesto enviado", "presentacion",
        },
        {
            "negotiation", "negotiations", "negotiations started", "negotiation review",
            "decision maker bought in", "decisionmakerboughtin", "contract sent",
            "contractsent", "commit", "negociacion", "en negociacion", "contrato",
            "contrato enviado",
        },
        {"won", "closed won", "closedwon", "win", "ganada", "ganado", "cerrada ganada"},
        {"lost", "closed lost", "closedlost", "perdida", "perdido", "cerrada perdida"},
    )
)  # fmt: skip
_STEM = 6  # "negotiations" and "negotiation" share their first six letters


def stage_key(name: str) -> str:
    """A stage name as matched: case, accents and punctuation ignored."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(name)).split())


def _group(key: str) -> frozenset[str] | None:
    return next((group for group in _GROUPS if key in group), None)


def match_stage(name: str, stages: Sequence[tuple[int, str]]) -> int | None:
    """The id of the user's stage (*stages*: (id, name) in pipeline order) that *name* means:
    the same name; else a name of the same step of a sale ("Proposal Made" -> "Proposal",
    "Negociación" -> "Negotiation"); else one sharing a word's stem ("Negotiations started" ->
    "Negotiation"). None when nothing fits."""
    key = stage_key(name)
    if not key:
        return None
    keys = [(stage_id, stage_key(stage_name)) for stage_id, stage_name in stages]
    for stage_id, stage in keys:
        if stage == key:
            return stage_id
    group = _group(key)
    if group is not None:
        for stage_id, stage in keys:
            if stage in group:
                return stage_id
    words = {word[:_STEM] for word in key.split() if len(word) >= 4}
    for stage_id, stage in keys:
        if any(len(word) >= 4 and word[:_STEM] in words for word in stage.split()):
            return stage_id
    return None
