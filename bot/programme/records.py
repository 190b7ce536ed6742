"""The plain records storage hands to the rules: a participant, a reminder, a check-in.

Frozen dataclasses of stored values, with no connection to the database behind them, so a rule
that takes one is as easy to test as one that takes an int. Storage decodes them at its
boundary: a day is a `date`, a moment an aware UTC `datetime`, a set a `frozenset`, a status
or an answer a `Literal` with one constant per stored value below; no rule parses a stored
string or counts seconds since 1970.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Final, Literal

from bot.programme.conversation import OpenQuestion
from bot.programme.kinds import CHOSEN, SWITCH_COLUMNS, TIME_COLUMNS, Kind, kind
from bot.programme.schedule import EventKind, ReminderSettings, their_day

# What a person answered to a reminder, as stored: one constant each, read everywhere.
ReminderAnswer = Literal["done", "skipped"]
DONE: Final[ReminderAnswer] = "done"
SKIPPED: Final[ReminderAnswer] = "skipped"

# What became of a reminder, as stored: planned, then sent, or never sent (missed: its moment
# passed; failed: Telegram did not take it, or it may have; cancelled: a pause, say).
OccurrenceStatus = Literal["planned", "sent", "missed", "failed", "cancelled"]
PLANNED: Final[OccurrenceStatus] = "planned"
SENT: Final[OccurrenceStatus] = "sent"
MISSED: Final[OccurrenceStatus] = "missed"
FAILED: Final[OccurrenceStatus] = "failed"
CANCELLED: Final[OccurrenceStatus] = "cancelled"

# What became of a check-in, as stored: open (being answered), done, expired (not finished in
# time), replaced (a later one of the same programme week stands instead).
CheckinStatus = Literal["open", "done", "expired", "replaced"]
CHECKIN_OPEN: Final[CheckinStatus] = "open"
CHECKIN_DONE: Final[CheckinStatus] = "done"
CHECKIN_EXPIRED: Final[CheckinStatus] = "expired"
CHECKIN_REPLACED: Final[CheckinStatus] = "replaced"

# Whom answers are about, as stored: the participant, or a parent's or carer's child.
About = Literal["self", "child"]
SELF: Final[About] = "self"
CHILD: Final[About] = "child"


def about_of(stored: str) -> About:
    """A stored "self" or "child" as the one it is (anything else is not ours: an error)."""
    for about in (SELF, CHILD):
        if stored == about:
            return about
    raise ValueError(f"not whom answers are about: {stored!r}")


# Where a participant stands, as stored: onboarding (answering its questions), active, stopped
# (/stop) or blocked (they blocked the bot). A pause is not a status: `paused_until` is set.
ParticipantStatus = Literal["onboarding", "active", "stopped", "blocked"]
ONBOARDING: Final[ParticipantStatus] = "onboarding"
ACTIVE: Final[ParticipantStatus] = "active"
STOPPED: Final[ParticipantStatus] = "stopped"
BLOCKED: Final[ParticipantStatus] = "blocked"


def status_of(stored: str) -> ParticipantStatus:
    """A stored participant status as the one it is (anything else is not ours: an error)."""
    for status in (ONBOARDING, ACTIVE, STOPPED, BLOCKED):
        if stored == status:
            return status
    raise ValueError(f"not a participant status: {stored!r}")


def _hm(text: str) -> dtm.time:
    hours, minutes = text.split(":")
    return dtm.time(int(hours), int(minutes))


@dataclass(frozen=True)
class Participant:
    id: int
    language: str
    status: ParticipantStatus
    step: str  # onboarding's progress: the step it is on, or "done"
    age_group: str | None
    consent_version: str | None
    consent_at: dtm.datetime | None  # aware, UTC, like every moment here
    timezone: str
    wake: str
    bed: str
    hydration_count: int
    reminders_on: frozenset[Kind]  # the reminder kinds switched on (bot/programme/kinds.py)
    times: Mapping[Kind, str]  # each kind with a chosen time (kinds.CHOSEN): "HH:MM"
    start_date: dtm.date | None  # the programme's first day (None: still onboarding)
    paused_until: dtm.datetime | None  # a pause ends at this moment
    planned_through: dtm.date | None  # the last local day planned
    next_plan_at: dtm.datetime | None
    created_at: dtm.datetime
    checkin_day: int
    checkin_time: str
    quiet_ok: frozenset[str] = frozenset()  # reminder kinds kept in the sleep window on purpose
    # The kinds offered once already, or decided about in /settings: not offered (again).
    offers_done: frozenset[str] = frozenset()
    child_age: str | None = None  # a parent's child's age band (messages/audience.py)
    # The zone before the last change of time zone, and when it changed: what was sent before
    # then is shown at the hours of the zone it was sent in.
    zone_before: str | None = None
    zone_changed_at: dtm.datetime | None = None
    # The last tap or message from the person, and when the bot paused them for not
    # answering (bot/programme/backoff.py): such a pause ends at their next tap or message.
    heard_at: dtm.datetime | None = None
    rested_at: dtm.datetime | None = None
    # The probiotic as the person names it (optional), the doses in the pack they count from
    # (None: not counted), the day that pack was set, and whether its running out was told.
    probiotic_name: str | None = None
    probiotic_pack: int | None = None
    pack_started: dtm.date | None = None
    stock_told: int = 0
    question: OpenQuestion | None = None  # what typed text answers (bot/programme/conversation.py)

    @property
    def onboarded(self) -> bool:
        return self.step == "done"

    @property
    def for_child(self) -> bool:
        """A parent or carer taking part for their child (docs/programme.md)."""
        return self.age_group == "parent"

    @property
    def about(self) -> About:
        """Whom new answers are about: CHILD for a parent, else SELF."""
        return CHILD if self.for_child else SELF

    def enabled(self, kind: Kind) -> bool:
        return kind in self.reminders_on

    def time_of(self, name: Kind) -> str:
        """A kind's chosen time; its declared default where none was chosen."""
        return self.times.get(name) or str(kind(name).default_time)

    @property
    def waking_day(self) -> tuple[dtm.time, dtm.time]:
        """Wake-up and bedtime, as times of day."""
        return _hm(self.wake), _hm(self.bed)

    def day_at(self, now: dtm.datetime) -> dtm.date:
        """Their day at `now`: past midnight, before a bedtime after it, still the evening
        before (`schedule.their_day`), but never a day before the programme's first."""
        day = their_day(now, self.timezone, *self.waking_day)
        return day if self.start_date is None else max(day, self.start_date)

    def reminder_settings(self) -> ReminderSettings:
        wake, bed = self.waking_day
        return ReminderSettings(
            zone=self.timezone,
            wake=wake,
            bed=bed,
            times={name: _hm(self.time_of(name)) for name in CHOSEN},
            hydration_count=self.hydration_count,
            enabled=self.reminders_on,
            checkin_day=self.checkin_day,
            checkin_time=_hm(self.checkin_time),
            quiet_ok=self.quiet_ok,
            offers_done=self.offers_done,
            start=self.start_date,
        )


def with_changes(participant: Participant, changes: Mapping[str, object]) -> Participant:
    """The participant as it reads once `changes` (by column, as a rule hands them to
    storage) are written: a kind's switch and time go to `reminders_on` and `times`."""
    reminders_on = set(participant.reminders_on)
    times = dict(participant.times)
    plain: dict[str, Any] = {}
    for column, value in changes.items():
        if column in SWITCH_COLUMNS:
            (reminders_on.add if value else reminders_on.discard)(SWITCH_COLUMNS[column])
        elif column in TIME_COLUMNS:
            times[TIME_COLUMNS[column]] = str(value)
        else:
            plain[column] = value
    return replace(participant, reminders_on=frozenset(reminders_on), times=times, **plain)


# Participant's fields that are columns of their own: not the open question, stored encoded,
# nor the kinds' switches and times, a column per kind (bot/programme/kinds.py).
PARTICIPANT_FIELDS = tuple(
    f.name for f in fields(Participant) if f.name not in ("question", "reminders_on", "times")
)


@dataclass(frozen=True)
class OccurrenceRow:
    """One reminder (or check-in event) of one day: when it is due and what became of it."""

    id: int
    participant_id: int
    kind: EventKind
    slot: int
    local_date: dtm.date
    due_at: dtm.datetime  # aware, UTC
    status: OccurrenceStatus
    answer: ReminderAnswer | None
    snoozes: int
    tip_key: str | None
    message_id: int | None


OCCURRENCE_FIELDS = tuple(f.name for f in fields(OccurrenceRow))


@dataclass(frozen=True)
class CheckinRow:
    id: int
    participant_id: int
    source: str
    local_date: dtm.date
    opened_at: dtm.datetime  # aware, UTC, like every moment here
    expires_at: dtm.datetime
    status: CheckinStatus
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
    # What was ticked at the trigger question: triggers, or "none" alone (nothing noticed, an
    # answer); empty when not (yet) answered.
    triggers: frozenset[str]
    note: str | None
    skin_score: int | None
    completed_at: dtm.datetime | None
    about: About = SELF  # CHILD: a parent answered about their child

    @property
    def for_child(self) -> bool:
        return self.about == CHILD

    def poem_items(self) -> list[int | None]:
        return [self.poem1, self.poem2, self.poem3, self.poem4, self.poem5, self.poem6, self.poem7]

    def trigger_set(self) -> set[str]:
        """The triggers ticked; "none" (nothing noticed) is not one."""
        return {t for t in self.triggers if t != "none"}


CHECKIN_FIELDS = tuple(f.name for f in fields(CheckinRow))
