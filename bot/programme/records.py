"""The plain records storage hands to the rules: a participant, a reminder, a check-in.

Frozen dataclasses of stored values, with no connection to the database behind them, so a rule
that takes one is as easy to test as one that takes an int.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Final, Literal

from bot.programme.conversation import OpenQuestion
from bot.programme.schedule import KINDS, EventKind, Kind, ReminderSettings

# What a person answered to a reminder, as stored: one constant each, read everywhere.
ReminderAnswer = Literal["done", "skipped"]
DONE: Final[ReminderAnswer] = "done"
SKIPPED: Final[ReminderAnswer] = "skipped"


def _hm(text: str) -> dtm.time:
    hours, minutes = text.split(":")
    return dtm.time(int(hours), int(minutes))


@dataclass(frozen=True)
class Participant:
    id: int
    language: str
    status: str
    step: str  # onboarding's progress: the step it is on, or "done"
    age_group: str | None
    consent_version: str | None
    consent_at: str | None
    timezone: str
    wake: str
    bed: str
    probiotic_time: str
    fibre_time: str
    hydration_count: int
    probiotic_on: int
    hydration_on: int
    fibre_on: int
    winddown_on: int
    start_date: str | None
    paused_until: int | None
    planned_through: str | None
    next_plan_at: int | None
    created_at: int
    checkin_day: int
    checkin_time: str
    quiet_ok: str = ""  # reminder kinds kept inside the sleep window on purpose
    child_age: str | None = None  # a parent's child's age band (messages/audience.py)
    # The zone before the last change of time zone, and when it changed: what was sent before
    # then is shown at the hours of the zone it was sent in.
    zone_before: str | None = None
    zone_changed_at: int | None = None
    # The last tap or message from the person (epoch), and when the bot paused them for not
    # answering (bot/programme/backoff.py): such a pause ends at their next tap or message.
    heard_at: int | None = None
    rested_at: int | None = None
    # The probiotic as the person names it (optional), the doses in the pack they count from
    # (None: not counted), the day that pack was set, and whether its running out was told.
    probiotic_name: str | None = None
    probiotic_pack: int | None = None
    pack_started: str | None = None
    stock_told: int = 0
    question: OpenQuestion | None = None  # what typed text answers (bot/programme/conversation.py)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Participant:
        """From a mapping of column names; the fields with a default may be left out."""
        return cls(**{name: row[name] for name in PARTICIPANT_FIELDS if name in row})

    @property
    def onboarded(self) -> bool:
        return self.step == "done"

    @property
    def for_child(self) -> bool:
        """A parent or carer taking part for their child (docs/programme.md)."""
        return self.age_group == "parent"

    @property
    def about(self) -> str:
        """Whom new answers are about: "child" for a parent, else "self"."""
        return "child" if self.for_child else "self"

    def enabled(self, kind: Kind) -> bool:
        return bool(getattr(self, f"{kind}_on"))

    def reminder_settings(self) -> ReminderSettings:
        return ReminderSettings(
            zone=self.timezone,
            wake=_hm(self.wake),
            bed=_hm(self.bed),
            probiotic=_hm(self.probiotic_time),
            fibre=_hm(self.fibre_time),
            hydration_count=self.hydration_count,
            enabled=frozenset(kind for kind in KINDS if self.enabled(kind)),
            checkin_day=self.checkin_day,
            checkin_time=_hm(self.checkin_time),
            quiet_ok=frozenset(kind for kind in self.quiet_ok.split(",") if kind),
        )

    @property
    def start(self) -> dtm.date | None:
        return dtm.date.fromisoformat(self.start_date) if self.start_date else None


# Participant's fields that are columns of their own (the open question is stored encoded).
PARTICIPANT_FIELDS = tuple(f.name for f in fields(Participant) if f.name != "question")


@dataclass(frozen=True)
class OccurrenceRow:
    """One reminder (or check-in event) of one day: when it is due and what became of it."""

    id: int
    participant_id: int
    kind: EventKind
    slot: int
    local_date: str
    due_at: int
    status: str
    answer: str | None
    snoozes: int
    tip_key: str | None
    message_id: int | None


OCCURRENCE_FIELDS = tuple(f.name for f in fields(OccurrenceRow))


@dataclass(frozen=True)
class CheckinRow:
    id: int
    participant_id: int
    source: str
    local_date: str
    opened_at: int
    expires_at: int
    status: str
    step: int
    poem1: int | None
    poem2: int | None
    poem3: int | None
    poem4: int | None
    poem5: int | None
    poem6: int | None
    poem7: int | None
    bloating: int | None
    pain: int | None
    stools: int | None
    sleep: float | None
    stress: int | None
    triggers: str
    note: str | None
    skin_score: int | None
    completed_at: int | None
    about: str = "self"  # "child": a parent answered about their child

    @property
    def for_child(self) -> bool:
        return self.about == "child"

    def poem_items(self) -> list[int | None]:
        return [self.poem1, self.poem2, self.poem3, self.poem4, self.poem5, self.poem6, self.poem7]

    def trigger_set(self) -> set[str]:
        """The triggers ticked; "none" (nothing noticed) is not one."""
        return {t for t in self.triggers.split(",") if t and t != "none"}


CHECKIN_FIELDS = tuple(f.name for f in fields(CheckinRow))
