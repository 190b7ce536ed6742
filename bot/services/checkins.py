"""The weekly check-in applied to storage: begun (or resumed, or first asked whether it
replaces this week's), answered move by move (`bot.programme.checkin.checkin_step`), and
completed with its result. Its open question follows it: a check-in question, or the note.

One check-in counts per programme week and person it is about: the scheduled one is not sent
in a week already answered, /checkin asks first whether a new one replaces it, and completing
a replacement marks the earlier one as replaced (kept, never counted).
"""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from bot.programme.checkin import (
    EXPIRES_AFTER,
    Answered,
    CheckinMove,
    CheckinOutcome,
    Current,
    PausedCheckin,
    StaleCheckin,
    Ticked,
    checkin_question,
    checkin_step,
    next_weekly,
    programme_week,
    skin_score,
    this_weeks,
)
from bot.programme.conversation import Checkin, Note, OpenQuestion, Replace
from bot.programme.planning import FIRST_SLOT, first_checkin_later, first_offer_step
from bot.programme.progress import checkin_result, look_back, scored_days, standing
from bot.programme.records import CheckinRow, Participant
from bot.programme.schedule import into_waking_hours, local_date, local_to_utc
from bot.storage import Store
from messages import t
from messages.words import day_and_date

Source = Literal["baseline", "weekly", "manual"]
# A nudge never comes sooner than this after the check-in opened.
NUDGE_AT_LEAST_AFTER = dtm.timedelta(hours=12)


def open_checkin(
    store: Store, participant: Participant, source: Source, now: dtm.datetime
) -> CheckinRow:
    """Open a check-in and plan its one gentle nudge for the next day at check-in time (in
    the waking day, unless the person keeps the check-in in the night on purpose)."""
    zone = participant.timezone
    today = local_date(now, zone)
    checkin = store.checkins.start(
        participant.id, source, today, now, now + EXPIRES_AFTER, about=participant.about
    )
    tomorrow = today + dtm.timedelta(days=1)
    settings = participant.reminder_settings()
    at = settings.checkin_time
    if "checkin" not in settings.quiet_ok:
        at = into_waking_hours(at, settings.wake, settings.bed)
    nudge_at = local_to_utc(tomorrow, at, ZoneInfo(zone))
    if nudge_at < now + NUDGE_AT_LEAST_AFTER:
        nudge_at = local_to_utc(tomorrow + dtm.timedelta(days=1), at, ZoneInfo(zone))
    store.reminders.add(participant.id, "checkin_nudge", tomorrow, nudge_at)
    return checkin


def current_checkin(store: Store, participant_id: int, now: dtm.datetime) -> CheckinRow | None:
    store.checkins.expire(now)
    return store.checkins.open_one(participant_id)


def question_of(checkin: CheckinRow) -> OpenQuestion:
    """The open question while `checkin` waits at its current step."""
    if checkin_question(checkin) == "note":
        return Note(checkin.id)
    return Checkin(checkin.id)


@dataclass(frozen=True)
class Begun:
    """A check-in to ask from its current question, after the intro (a message key)."""

    checkin: CheckinRow
    intro: str


@dataclass(frozen=True)
class AskReplace:
    """This programme week already has a check-in (`done`): replace it?"""

    done: CheckinRow


def begin(
    store: Store,
    participant: Participant,
    source: Source,
    now: dtm.datetime,
    *,
    replace: bool = False,
    due: dtm.datetime | None = None,
) -> Begun | AskReplace | None:
    """The check-in open now, or a new one; None when the week is answered and this is the
    scheduled one (nothing to ask); AskReplace for /checkin in an answered week. `due`: when
    the scheduled one that asks was due."""
    current = current_checkin(store, participant.id, now)
    if current is not None:
        store.participants.ask(participant.id, question_of(current))
        # Opened since this scheduled one was due, so by it, and nothing answered: its message
        # provably never left and is composed again; the person never saw it start.
        again = due is not None and current.opened_at >= due and not current.step
        return Begun(current, _intro(current.source == "baseline") if again else "checkin.resume")
    completed = store.checkins.completed(participant.id)
    today = local_date(now, participant.timezone)
    done = this_weeks(completed, participant.start_date or today, today, participant.about)
    if done is not None and not replace:
        if source != "manual":
            return None
        store.participants.ask(participant.id, Replace())
        return AskReplace(done)
    first = not any(c.about == participant.about for c in completed)
    checkin = open_checkin(store, participant, "baseline" if first else source, now)
    store.participants.ask(participant.id, question_of(checkin))
    return Begun(checkin, _intro(first))


def _intro(baseline: bool) -> str:
    return "checkin.intro_baseline" if baseline else "checkin.intro"


@dataclass(frozen=True)
class Step:
    """What a move did: the rule's outcome, the check-in after it, and, when it completed,
    the closing message."""

    outcome: CheckinOutcome
    checkin: CheckinRow | None
    result: str | None = None


def move(
    store: Store, participant: Participant, checkin_id: int, how: CheckinMove, now: dtm.datetime
) -> Step:
    """Apply one move to one of the participant's check-ins."""
    checkin = store.checkins.get(participant.id, checkin_id)
    if checkin is None:
        return Step(StaleCheckin("old"), None)
    outcome = checkin_step(checkin, how, now)
    pid = participant.id
    match outcome:
        case StaleCheckin("expired"):
            store.checkins.expire(now)
            _close_if_open(store, participant, checkin)
        case Answered(column, value, next_step):
            if not store.checkins.answer(pid, checkin.id, checkin.step, column, value, next_step):
                return Step(StaleCheckin("old"), checkin)
            updated = store.checkins.get(pid, checkin.id)
            assert updated is not None
            if outcome.complete:
                return Step(outcome, updated, complete(store, participant, updated, now))
            store.participants.ask(pid, question_of(updated))
            return Step(outcome, updated)
        case Ticked(triggers):
            store.checkins.set_triggers(pid, checkin.id, checkin.step, triggers)
            store.participants.ask(pid, question_of(checkin))  # the question shown is open
        case PausedCheckin():
            _close_if_open(store, participant, checkin)
        case Current():
            store.participants.ask(pid, question_of(checkin))
    return Step(outcome, store.checkins.get(pid, checkin.id))


def _close_if_open(store: Store, participant: Participant, checkin: CheckinRow) -> None:
    if participant.question in (Checkin(checkin.id), Note(checkin.id)):
        store.participants.close_question(participant.id)


def complete(store: Store, participant: Participant, checkin: CheckinRow, now: dtm.datetime) -> str:
    """Score the check-in, let it stand for its programme week, and say what it shows."""
    score = skin_score(checkin.poem_items())
    start = participant.start_date or local_date(now, participant.timezone)
    with store.transaction():
        store.checkins.complete(participant.id, checkin.id, score, now)
        week = programme_week(start, checkin.local_date)
        for earlier in store.checkins.completed(participant.id):
            if (
                earlier.id != checkin.id
                and earlier.about == checkin.about
                and programme_week(start, earlier.local_date) == week
            ):
                store.checkins.replaced(participant.id, earlier.id)
        store.participants.close_question(participant.id)
    # Judged with the check-ins about the same person only (a parent may have switched).
    completed = [c for c in store.checkins.completed(participant.id) if c.about == checkin.about]
    today = local_date(now, participant.timezone)
    where = standing(scored_days(completed, start))
    back = look_back(
        store.diary.itch_history(participant.id, checkin.about),
        store.reminders.history(participant.id),
        today,
        participant.language,
    )
    language = participant.language
    following = next_weekly(start, today, participant.checkin_day)
    next_on = t(
        language,
        "checkin.next_on",
        day=day_and_date(language, following),
        at=participant.checkin_time,
    )
    return checkin_result(score, where, len(completed), language, checkin.for_child, back, next_on)


def keep_this_weeks(store: Store, participant: Participant) -> None:
    """The person keeps the check-in this week already has: nothing more is asked."""
    if participant.question == Replace():
        store.participants.close_question(participant.id)


def first_offer(
    store: Store, participant: Participant, now_chosen: bool, now: dtm.datetime
) -> Begun | tuple[dtm.datetime, bool] | None:
    """The first check-in now (Begun), later ((when, still today)), or None when that was
    settled meanwhile (begun, done, or already put off)."""
    settled = (
        current_checkin(store, participant.id, now) is not None
        or bool(store.checkins.completed(participant.id))
        or store.reminders.first_checkin_planned(participant.id)
    )
    choice = first_offer_step(now_chosen, settled=settled)
    if choice is None:
        return None
    if choice == "now":
        begun = begin(store, participant, "baseline", now)
        assert isinstance(begun, Begun)
        return begun
    at, today = first_checkin_later(participant, now)
    store.reminders.add(
        participant.id, "checkin", local_date(at, participant.timezone), at, slot=FIRST_SLOT
    )
    store.participants.close_question(participant.id)
    return at, today
