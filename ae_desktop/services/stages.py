"""Stage settings: rename, reorder, default probability, rotting days; Won and Lost are fixed."""

from __future__ import annotations

from dataclasses import dataclass

from ae_desktop.domain.enums import StageOutcome
from ae_desktop.domain.text import fold
from ae_desktop.services.errors import NotFoundError, ValidationError
from ae_desktop.store.models import Deal, Stage, StageChange, database
from ae_desktop.translation import translate

MAX_NAME = 60


@dataclass(frozen=True)
class StageRow:
    id: int
    name: str
    position: int
    probability: int
    outcome: StageOutcome
    rotting_days: int | None
    deal_count: int


_LIST_SQL = """
SELECT s.id, s.name, s.position, s.probability, s.outcome, s.rotting_days,
  (SELECT COUNT(*) FROM deal d WHERE d.stage_id = s.id)
FROM stage s
ORDER BY s.position, s.id
"""


def list_stages() -> list[StageRow]:
    """Every stage, left to right: the open ones, then Won and Lost."""
    return [
        StageRow(sid, name, position, probability, StageOutcome(outcome), rotting, count)
        for sid, name, position, probability, outcome, rotting, count in database.execute_sql(
            _LIST_SQL
        )
    ]


def _get(stage_id: int) -> StageRow:
    for stage in list_stages():
        if stage.id == stage_id:
            return stage
    raise NotFoundError(stage_id)


def _errors(
    name: str, probability: int, rotting_days: int | None, *, exclude_id: int | None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = translate("stages", "A stage needs a name.")
    elif len(name) > MAX_NAME:
        errors["name"] = translate("stages", "Keep the name under {0} characters.").format(MAX_NAME)
    else:
        key = fold(name)
        if any(fold(s.name) == key for s in list_stages() if s.id != exclude_id):
            errors["name"] = translate("stages", "There is already a stage named {0!r}.").format(
                name
            )
    if not 0 <= probability <= 100:
        errors["probability"] = translate("stages", "Probability is a percentage from 0 to 100.")
    if rotting_days is not None and not 1 <= rotting_days <= 365:
        errors["rotting_days"] = translate(
            "stages", "Rotting is a number of days between 1 and 365, or never."
        )
    return errors


def update_stage(stage_id: int, *, name: str, probability: int, rotting_days: int | None) -> None:
    """Rename an open stage or change its default probability and rotting days.

    Won and Lost are fixed (name, 100 % and 0 %, never rot): changing them is refused.
    """
    stage = _get(stage_id)
    name = " ".join(name.split())
    if stage.outcome != StageOutcome.OPEN:
        errors: dict[str, str] = {}
        if name != stage.name:
            errors["name"] = translate("stages", "{0} is fixed: it cannot be renamed.").format(
                stage.name
            )
        if probability != stage.probability:
            errors["probability"] = translate(
                "stages", "A {0} deal's probability is fixed."
            ).format(stage.name.lower())
        if errors:
            raise ValidationError(errors)
        return
    errors = _errors(name, probability, rotting_days, exclude_id=stage_id)
    if errors:
        raise ValidationError(errors)
    Stage.update(name=name, probability=probability, rotting_days=rotting_days).where(
        Stage.id == stage_id
    ).execute()


def _renumber(open_ids: list[int]) -> None:
    """Positions 1..n for the open stages in *open_ids* order, then Won, then Lost."""
    closed = sorted(
        (s for s in list_stages() if s.outcome != StageOutcome.OPEN),
        key=lambda s: (s.outcome != StageOutcome.WON, s.position),
    )
    for position, sid in enumerate([*open_ids, *(s.id for s in closed)], start=1):
        Stage.update(position=position).where(Stage.id == sid).execute()


def _open_ids() -> list[int]:
    return [s.id for s in list_stages() if s.outcome == StageOutcome.OPEN]


def add_stage(name: str, probability: int, rotting_days: int | None) -> int:
    """Add an open stage after the other open ones (just before Won) and return its id."""
    name = " ".join(name.split())
    errors = _errors(name, probability, rotting_days, exclude_id=None)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        open_ids = _open_ids()
        stage_id = int(
            Stage.insert(
                name=name,
                position=len(open_ids) + 1,
                probability=probability,
                outcome=str(StageOutcome.OPEN),
                rotting_days=rotting_days,
            ).execute()
        )
        _renumber([*open_ids, stage_id])
    return stage_id


def reorder_stages(open_stage_ids_in_order: list[int]) -> None:
    """Put the open stages in this order; Won and Lost stay last.

    ValueError unless the list holds every open stage exactly once (and nothing else).
    """
    with database.atomic():
        current = _open_ids()
        if sorted(open_stage_ids_in_order) != sorted(current):
            raise ValueError(
                translate(
                    "stages", "reorder_stages needs every open stage once: {0}, got {1}"
                ).format(sorted(current), open_stage_ids_in_order)
            )
        _renumber(list(open_stage_ids_in_order))


# A deal's next change after a given one: (changed_at, id) orders a deal's history.
_FOLD_INTO_NEXT_SQL = """
UPDATE stage_change SET to_stage_id = COALESCE(
  (SELECT n.to_stage_id FROM stage_change n
   WHERE n.deal_id = stage_change.deal_id
     AND (n.changed_at, n.id) > (stage_change.changed_at, stage_change.id)
   ORDER BY n.changed_at, n.id LIMIT 1),
  (SELECT d.stage_id FROM deal d WHERE d.id = stage_change.deal_id))
WHERE to_stage_id = ?
"""


def _fold_history(stage_id: int) -> None:
    """Rewrite the stage history as if the stage had never existed: a deal's time in it counts
    as time in the stage it went to next (for deals still in it: where they move now).

    A move into the stage becomes a move into the next one, moves out of it go, and a move
    that now leads nowhere (A -> deleted -> A) goes too. Run after the stage's deals moved.
    """
    database.execute_sql(_FOLD_INTO_NEXT_SQL, (stage_id,))
    StageChange.delete().where(StageChange.from_stage == stage_id).execute()
    StageChange.delete().where(StageChange.from_stage == StageChange.to_stage).execute()


def delete_stage(stage_id: int, *, move_deals_to: int | None = None) -> None:
    """Delete an open stage; its deals (if any) move to the open stage *move_deals_to* first.

    Refused (ValidationError) for Won and Lost, for the last open stage, and for a stage with
    deals and nowhere to move them. Moved deals keep their own probability and rotting clock.
    The deals' stage history is rewritten without the stage (see _fold_history).
    """
    stage = _get(stage_id)
    if stage.outcome != StageOutcome.OPEN:
        raise ValidationError(
            {"stage": translate("stages", "{0} is fixed: it cannot be deleted.").format(stage.name)}
        )
    open_ids = _open_ids()
    if open_ids == [stage_id]:
        raise ValidationError(
            {"stage": translate("stages", "The pipeline needs at least one open stage.")}
        )
    if stage.deal_count:
        target = None if move_deals_to is None else Stage.get_or_none(Stage.id == move_deals_to)
        if target is None or target.id == stage_id or target.outcome != StageOutcome.OPEN:
            if stage.deal_count == 1:
                message = translate("stages", "{0} holds 1 deal: choose an open stage for it.")
            else:
                message = translate("stages", "{0} holds {1} deals: choose an open stage for them.")
            raise ValidationError(
                {"move_deals_to": message.format(stage.name, f"{stage.deal_count:,}")}
            )
    with database.atomic():
        if stage.deal_count:
            Deal.update(stage=move_deals_to).where(Deal.stage == stage_id).execute()
        _fold_history(stage_id)
        Stage.delete().where(Stage.id == stage_id).execute()
        _renumber([sid for sid in open_ids if sid != stage_id])
