"""peewee records for every entity of DESIGN §2; table names are the user's (docs/schema.md)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    Context,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    TextField,
)

database = DatabaseProxy()


class AutoIncrementField(AutoField):
    """An id SQLite never hands out again, even after a delete: undo restores under the old id,
    and nothing that still holds an old id (an undo step, a link) can reach a newer record."""

    def ddl(self, ctx: Context) -> NodeList:
        return NodeList((super().ddl(ctx), SQL("AUTOINCREMENT")))


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Client(BaseModel):
    id = AutoIncrementField()
    name = CharField(max_length=200)
    industry = CharField(max_length=120, default="")
    tier = CharField(max_length=16, default="standard")
    status = CharField(max_length=16, default="prospect")
    potential_revenue_minor = IntegerField(default=0)
    cadence_days = IntegerField(null=True)
    website = CharField(max_length=300, default="")
    phone = CharField(max_length=60, default="")
    address = TextField(default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    satisfaction = IntegerField(null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # Added by schema v5 (weekly client time) with ALTER TABLE, hence the SQL default, and
    # last, where ALTER TABLE puts it, so a fresh database has the very same schema.
    weekly_minutes = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    # Added by schema v6 with ALTER TABLE, so last too: the day the status became churned
    # (None unless churned), which the report's retention reads; updated_at moves with any
    # later edit, so it cannot tell when a client left.
    churned_on = DateField(null=True)

    class Meta:
        table_name = "client"
        indexes = ((("archived", "name"), False),)


class Contact(BaseModel):
    id = AutoIncrementField()
    client = ForeignKeyField(Client, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=200)
    role = CharField(max_length=120, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=60, default="")
    is_primary = BooleanField(default=False)
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    if TYPE_CHECKING:  # peewee's <fk>_id accessors, unknown to the stubs
        client_id: int

    class Meta:
        table_name = "contact"
        indexes = ((("email",), False),)


class Stage(BaseModel):
    id = AutoIncrementField()
    name = CharField(max_length=60, unique=True)
    position = IntegerField()
    probability = IntegerField(default=0)
    outcome = CharField(max_length=8, default="open")
    rotting_days = IntegerField(null=True)

    class Meta:
        table_name = "stage"


class Deal(BaseModel):
    id = AutoIncrementField()
    client = ForeignKeyField(Client, backref="deals", on_delete="RESTRICT")
    title = CharField(max_length=200)
    value_minor = IntegerField(default=0)
    currency = CharField(max_length=3, default="EUR")
    kind = CharField(max_length=16, default="new_business")
    stage = ForeignKeyField(Stage, backref="deals", on_delete="RESTRICT")
    probability = IntegerField(null=True)
    expected_close = DateField(null=True)
    next_step = CharField(max_length=300, default="")
    created_on = DateField()
    closed_on = DateField(null=True)
    lost_reason = CharField(max_length=300, default="")
    updated_at = DateTimeField(default=_now)
    # Added by schema v3 with ALTER TABLE, which needs a SQL default for a NOT NULL column;
    # declared here too so a fresh database has the very same schema as a migrated one.
    notes = TextField(default="", constraints=[SQL("DEFAULT ''")])

    if TYPE_CHECKING:  # peewee's <fk>_id accessors, unknown to the stubs
        client_id: int
        stage_id: int

    class Meta:
        table_name = "deal"
        indexes = ((("client", "stage"), False), (("stage", "expected_close"), False))


class StageChange(BaseModel):
    """One move of a deal between stages (schema v6): history starts at the upgrade to v6.

    The stage links RESTRICT: deleting a stage goes through services.stages.delete_stage,
    which first folds its history into the neighbouring stages (SET NULL would turn "moved
    out of the deleted stage" into "created", CASCADE would leave gaps in a deal's history).
    """

    id = AutoIncrementField()
    deal = ForeignKeyField(Deal, backref="stage_changes", on_delete="CASCADE")
    # None: the deal was created in to_stage.
    from_stage = ForeignKeyField(Stage, null=True, backref="+", on_delete="RESTRICT")
    to_stage = ForeignKeyField(Stage, backref="+", on_delete="RESTRICT")
    changed_at = DateTimeField()

    if TYPE_CHECKING:  # peewee's <fk>_id accessors, unknown to the stubs
        deal_id: int
        from_stage_id: int | None
        to_stage_id: int

    class Meta:
        table_name = "stage_change"
        indexes = ((("changed_at",), False), (("deal", "changed_at"), False))


class Interaction(BaseModel):
    id = AutoIncrementField()
    client = ForeignKeyField(Client, backref="interactions", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, backref="interactions", on_delete="SET NULL")
    deal = ForeignKeyField(Deal, null=True, backref="interactions", on_delete="SET NULL")
    kind = CharField(max_length=16)
    occurred_at = DateTimeField()
    summary = TextField()
    outcome = TextField(default="")
    follow_up_on = DateField(null=True)
    csat = IntegerField(null=True)
    created_at = DateTimeField(default=_now)

    if TYPE_CHECKING:  # peewee's <fk>_id accessors, unknown to the stubs
        client_id: int
        contact_id: int | None
        deal_id: int | None

    class Meta:
        table_name = "interaction"
        indexes = ((("client", "occurred_at"), False), (("deal", "occurred_at"), False))


class Task(BaseModel):
    id = AutoIncrementField()
    title = CharField(max_length=200)
    notes = TextField(default="")
    client = ForeignKeyField(Client, null=True, backref="tasks", on_delete="SET NULL")
    deal = ForeignKeyField(Deal, null=True, backref="tasks", on_delete="SET NULL")
    interaction = ForeignKeyField(Interaction, null=True, backref="tasks", on_delete="SET NULL")
    due_on = DateField(null=True)
    estimate_minutes = IntegerField(default=30)
    importance = CharField(max_length=4, default="auto")
    urgency = CharField(max_length=4, default="auto")
    status = CharField(max_length=10, default="open")
    delegated_to = CharField(max_length=200, default="")
    created_at = DateTimeField(default=_now)
    completed_at = DateTimeField(null=True)

    if TYPE_CHECKING:  # peewee's <fk>_id accessors, unknown to the stubs
        client_id: int | None
        deal_id: int | None
        interaction_id: int | None

    class Meta:
        table_name = "task"
        indexes = ((("status", "due_on"), False), (("client", "status", "due_on"), False))


class TimeBlock(BaseModel):
    id = AutoIncrementField()
    date = DateField()
    start = CharField(max_length=5)
    end = CharField(max_length=5)
    title = CharField(max_length=200)
    kind = CharField(max_length=16)
    task = ForeignKeyField(Task, null=True, backref="time_blocks", on_delete="SET NULL")
    client = ForeignKeyField(Client, null=True, backref="time_blocks", on_delete="SET NULL")
    fixed = BooleanField(default=False)
    done = BooleanField(default=False)
    # Added by schema v4 (the focus timer) with ALTER TABLE, hence the SQL default, declared
    # here too so a fresh database has the very same schema as a migrated one.
    spent_minutes = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    # Added by schema v7: a meeting imported from a calendar file names its calendar and the
    # event occurrence's id in it, so importing the calendar again updates it (or removes it
    # when the event is gone) instead of adding it twice. Both NULL for blocks made here.
    calendar = CharField(max_length=200, null=True)
    external_uid = CharField(max_length=1000, null=True)

    if TYPE_CHECKING:  # peewee's <fk>_id accessors, unknown to the stubs
        task_id: int | None
        client_id: int | None

    class Meta:
        table_name = "time_block"
        indexes = ((("date", "start"), False), (("calendar", "external_uid"), False))


class Quota(BaseModel):
    id = AutoIncrementField()
    period_kind = CharField(max_length=8)
    period_start = DateField()
    amount_minor = IntegerField()
    currency = CharField(max_length=3, default="EUR")

    class Meta:
        table_name = "quota"
        indexes = ((("period_kind", "period_start"), True),)


class Setting(BaseModel):
    key = CharField(max_length=64, primary_key=True)
    value = TextField()

    class Meta:
        table_name = "setting"


ALL_MODELS: list[type[BaseModel]] = [
    Client,
    Contact,
    Stage,
    Deal,
    StageChange,
    Interaction,
    Task,
    TimeBlock,
    Quota,
    Setting,
]

DEFAULT_STAGES: list[dict[str, Any]] = [
    {"name": "Lead", "position": 1, "probability": 10, "outcome": "open", "rotting_days": 30},
    {"name": "Qualified", "position": 2, "probability": 25, "outcome": "open", "rotting_days": 21},
    {"name": "Proposal", "position": 3, "probability": 50, "outcome": "open", "rotting_days": 14},
    {
        "name": "Negotiation",
        "position": 4,
        "probability": 75,
        "outcome": "open",
        "rotting_days": 10,
    },
    {"name": "Won", "position": 5, "probability": 100, "outcome": "won", "rotting_days": None},
    {"name": "Lost", "position": 6, "probability": 0, "outcome": "lost", "rotting_days": None},
]
