"""What to plan, and what still goes out: rules over a participant's record and the time now.

Planning covers today and tomorrow, so a whole day is always ahead of the dispatcher; a pause
leaves its days out; a reminder claimed late is sent only while it still makes sense.
"""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass, field
from typing import Final, Literal
from zoneinfo import ZoneInfo

from bot.programme.backoff import heard_lately, kept_when_daily, offer_fits, rhythm
from bot.programme.kinds import KINDS
from bot.programme.records import ACTIVE, OccurrenceRow, Participant
from bot.programme.schedule import (
    SETTLE_AFTER_WAKE,
    Occurrence,
    asleep_at,
    into_waking_hours,
    is_quiet,
    late_verdict,
    local_date,
    local_to_utc,
    occurrences_for,
    start_of_day,
    start_of_their_day,
    their_day,
)
from bot.programme.settings import needs_new_consent

ONE_DAY: Final = dtm.timedelta(days=1)
MAX_PAUSE_DAYS: Final = 60
FIRST_SLOT: Final = 1  # the first check-in, put off until later on the first day


def is_promise(row: OccurrenceRow) -> bool:
    """Whether a planned row is something the person was told will come (a snoozed reminder,
    the first check-in "later", a check-in's nudge, the question about a dropped time zone):
    replanning after a change of settings keeps it, where the daily routine is planned anew."""
    if row.kind in ("checkin_nudge", "zone_ask", "rest_notice"):
        return True
    if row.kind == "checkin" and row.slot == FIRST_SLOT:
        return True
    return row.snoozes > 0


def nudge_in_the_waking_day(participant: Participant, row: OccurrenceRow) -> dtm.datetime | None:
    """A check-in's nudge that a change of wake-up or bedtime put in the sleep window moves
    to the nearest waking time of its day (the person was never told its time); None when it
    may stay where it is."""
    if row.kind != "checkin_nudge" or "checkin" in participant.reminder_settings().quiet_ok:
        return None
    zone = ZoneInfo(participant.timezone)
    local = row.due_at.astimezone(zone)
    wake, bed = participant.waking_day
    if not asleep_at(local.time(), wake, bed):
        return None
    return local_to_utc(local.date(), into_waking_hours(local.time(), wake, bed), zone)


def plan_for(
    participant: Participant, now: dtm.datetime
) -> tuple[list[Occurrence], dtm.date, dtm.datetime]:
    """The occurrences still to come through tomorrow, and when to plan again.

    Planning runs when the last planned day begins, so there is always a full day ahead of
    the dispatcher; reminders already in the past are not planned (they were never due). The
    minute that has begun has not passed: a reminder moved to it is still sent today.
    """
    this_minute = now.replace(second=0, microsecond=0)
    zone = participant.timezone
    today = local_date(now, zone)
    tomorrow = today + ONE_DAY
    # After midnight, before a bedtime after midnight, the evening before goes on: the rest of
    # its day (a 00:30 reminder, the wind-down) is still to plan (after a change of settings).
    first = participant.day_at(now)  # never before the programme's first day
    if participant.planned_through is not None:
        first = max(first, participant.planned_through + ONE_DAY)
    # A pause leaves its days out, a night owl's reminders after midnight included: they
    # belong to the day before.
    resumes = last_paused_day(participant)
    settings = participant.reminder_settings()
    planned: list[Occurrence] = []
    # An offer only to someone taking part; for anyone else, another day.
    taking_part = heard_lately(participant, now)
    day = first
    while day <= tomorrow:
        if resumes is None or day > resumes:
            planned.extend(
                o
                for o in occurrences_for(settings, day)
                if o.due >= this_minute and (o.kind != "offer" or taking_part)
            )
        day += ONE_DAY
    return planned, tomorrow, start_of_day(tomorrow, zone)


def sent_in_zone_before(participant: Participant, row: OccurrenceRow) -> str | None:
    """The time zone a reminder was due in, when that was the one before the last change of
    zone (None: the zone in force)."""
    changed = participant.zone_changed_at
    if participant.zone_before is None or changed is None or row.due_at >= changed:
        return None
    return participant.zone_before


def is_paused(participant: Participant, now: dtm.datetime) -> bool:
    return participant.paused_until is not None and participant.paused_until > now


def pause_end(participant: Participant, days: int, now: dtm.datetime) -> dtm.datetime:
    """A pause of `days` covers today and the next days-1 days, ending at local midnight; once
    today's routine is over (the evening: nothing more due today), today is not counted, so
    "/pause 2" at 23:30 pauses tomorrow and the day after."""
    if not 1 <= days <= MAX_PAUSE_DAYS:
        raise ValueError(f"pause days out of range: {days}")
    # A night owl's 00:30 is still the evening before.
    today = their_day(now, participant.timezone, *participant.waking_day)
    first = today if _routine_left(participant, today, now) else today + ONE_DAY
    # It ends when the day after the last one paused begins: for a night owl, at bedtime.
    end = first + dtm.timedelta(days=days)
    return start_of_their_day(end, participant.timezone, *participant.waking_day)


def _routine_left(participant: Participant, day: dtm.date, now: dtm.datetime) -> bool:
    """Whether a reminder of the daily routine is still due on `day` after `now`."""
    return any(
        o.due > now
        for o in occurrences_for(participant.reminder_settings(), day)
        if o.kind in KINDS
    )


def first_after_pause(participant: Participant) -> dtm.datetime | None:
    """When the first reminder comes once a pause is over: the first of the routine on the
    day after it (never in the night), or None when every kind is off."""
    if participant.paused_until is None:
        return None
    end = participant.paused_until
    day = local_date(end, participant.timezone)
    settings = participant.reminder_settings()
    for offset in range(2):
        due = [
            o.due
            for o in occurrences_for(settings, day + dtm.timedelta(days=offset))
            if o.kind in KINDS and o.due >= end
        ]
        if due:
            return min(due)
    return None


def promise_after_pause(participant: Participant, row: OccurrenceRow) -> dtm.datetime | None:
    """A promised first check-in that a pause now covers comes on the day after the pause, at
    the same time of day; None when the pause does not cover it."""
    if participant.paused_until is None or row.due_at >= participant.paused_until:
        return None
    zone = ZoneInfo(participant.timezone)
    at = row.due_at.astimezone(zone).time()
    end_day = local_date(participant.paused_until, participant.timezone)
    return local_to_utc(end_day, at, zone)


def last_paused_day(participant: Participant) -> dtm.date | None:
    """The last local date of a pause ("up to and including"), if one is set."""
    if participant.paused_until is None:
        return None
    return local_date(participant.paused_until, participant.timezone) - ONE_DAY


# The first check-in "later today": this long after onboarding, on a half hour.
FIRST_CHECKIN_LATER = dtm.timedelta(hours=3)
# Too late for that today: tomorrow, this long after waking up.
FIRST_CHECKIN_TOMORROW_AFTER_WAKE = dtm.timedelta(hours=2)


def first_checkin_later(participant: Participant, now: dtm.datetime) -> tuple[dtm.datetime, bool]:
    """When "later" is for the first check-in, and whether that is still today: three hours on,
    unless that is in the sleep window or past bedtime; then the next morning."""
    zone = ZoneInfo(participant.timezone)
    local = (now + FIRST_CHECKIN_LATER).astimezone(zone)
    minutes = (local.minute + 29) // 30 * 30  # up to the next half hour
    candidate = local.replace(minute=0, second=0, microsecond=0) + dtm.timedelta(minutes=minutes)
    wake, bed = participant.waking_day
    today = now.astimezone(zone).date()
    if candidate.date() == today and not asleep_at(candidate.time(), wake, bed):
        return candidate.astimezone(dtm.UTC), True
    morning = (dtm.datetime.combine(today, wake) + FIRST_CHECKIN_TOMORROW_AFTER_WAKE).time()
    return local_to_utc(today + ONE_DAY, morning, zone), False


def next_waking_moment(participant: Participant, now: dtm.datetime) -> dtm.datetime:
    """Now, or, in the sleep window, half an hour after the next wake-up: when a message that
    nobody asked for at this moment may come."""
    wake, bed = participant.waking_day
    if not is_quiet(now, participant.timezone, wake, bed):
        return now
    zone = ZoneInfo(participant.timezone)
    local = now.astimezone(zone)
    morning = (dtm.datetime.combine(local.date(), wake) + SETTLE_AFTER_WAKE).time()
    day = local.date() if local.time() < wake else local.date() + ONE_DAY
    return local_to_utc(day, morning, zone)


def first_offer_step(now_chosen: bool, *, settled: bool) -> Literal["now", "later"] | None:
    """The first check-in offered after onboarding: now, later, or nothing (None) when it was
    settled meanwhile (begun, done, or already put off)."""
    if settled:
        return None
    return "now" if now_chosen else "later"


def snooze_lands_asleep(participant: Participant, until: dtm.datetime) -> bool:
    """Whether a reminder put off until `until` would come in the sleep window."""
    wake, bed = participant.waking_day
    return is_quiet(until, participant.timezone, wake, bed)


def snoozes_that_fit(
    participant: Participant, minutes: tuple[int, ...], now: dtm.datetime
) -> tuple[list[int], bool]:
    """The snoozes (in minutes) that land before bedtime, and whether any would not: then
    the person is offered the next one of the kind instead (in the morning, as a rule)."""
    fit = [
        m for m in minutes if not snooze_lands_asleep(participant, now + dtm.timedelta(minutes=m))
    ]
    return fit, len(fit) < len(minutes)


@dataclass
class Verdict:
    send: list[OccurrenceRow] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)  # ids
    cancelled: list[int] = field(default_factory=list)


def sort_claimed(participant: Participant, rows: list[OccurrenceRow], now: dtm.datetime) -> Verdict:
    """Which claimed rows still go out now, and which are recorded as missed or cancelled."""
    verdict = Verdict()
    if participant.status != ACTIVE:
        verdict.missed = [r.id for r in rows]
    elif is_paused(participant, now):  # e.g. a check-in nudge planned before /pause
        verdict.cancelled = [r.id for r in rows if r.kind != "rest_notice"]
        _late_or_not(participant, [r for r in rows if r.kind == "rest_notice"], now, verdict)
    elif needs_new_consent(participant):  # nothing but the question, until they agree
        verdict.send = [r for r in rows if r.kind == "consent_ask"]
        verdict.cancelled = [r.id for r in rows if r.kind != "consent_ask"]
    elif rhythm(participant, now) != "usual":  # not answered in a week: one message a day
        kept = [r for r in rows if kept_when_daily(participant, r)]
        verdict.cancelled = [r.id for r in rows if not kept_when_daily(participant, r)]
        _late_or_not(participant, kept, now, verdict)
    else:
        let_go = [r for r in rows if r.kind == "offer" and not offer_fits(participant, r, now)]
        verdict.cancelled = [r.id for r in let_go]
        _late_or_not(participant, [r for r in rows if r not in let_go], now, verdict)
    return verdict


def _late_or_not(
    participant: Participant, rows: list[OccurrenceRow], now: dtm.datetime, verdict: Verdict
) -> None:
    """Sent, or, too late (in the night, later still), recorded as missed."""
    quiet: bool | None = None  # worked out only for a row that is late
    for row in rows:
        due = row.due_at
        if due < now and quiet is None:
            wake, bed = participant.waking_day
            quiet = is_quiet(now, participant.timezone, wake, bed)
        if late_verdict(due, now, bool(quiet)) == "missed":
            verdict.missed.append(row.id)
        else:
            verdict.send.append(row)
