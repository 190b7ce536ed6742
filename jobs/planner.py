"""Turning settings into rows: plan today and tomorrow for a participant, never twice."""

from __future__ import annotations

import datetime as dtm

from bot.storage import Participant, Store, from_epoch
from jobs.schedule import Occurrence, local_date, occurrences_for, start_of_day

ONE_DAY = dtm.timedelta(days=1)


def plan_for(
    participant: Participant, now: dtm.datetime
) -> tuple[list[Occurrence], dtm.date, dtm.datetime]:
    """The occurrences still to come through tomorrow, and when to plan again.

    Planning runs when the last planned day begins, so there is always a full day ahead of
    the dispatcher; reminders already in the past are not planned (they were never due).
    """
    zone = participant.timezone
    today = local_date(now, zone)
    tomorrow = today + ONE_DAY
    first = today
    if participant.planned_through:
        first = max(today, dtm.date.fromisoformat(participant.planned_through) + ONE_DAY)
    paused_until = from_epoch(participant.paused_until) if participant.paused_until else None
    settings = participant.reminder_settings()
    planned: list[Occurrence] = []
    day = first
    while day <= tomorrow:
        planned.extend(
            o
            for o in occurrences_for(settings, day)
            if o.due > now and (paused_until is None or o.due >= paused_until)
        )
        day += ONE_DAY
    return planned, tomorrow, start_of_day(tomorrow, zone)


def plan_participant(store: Store, participant: Participant, now: dtm.datetime) -> int:
    occurrences, through, next_plan_at = plan_for(participant, now)
    store.save_plan(participant.id, occurrences, through, next_plan_at)
    return len(occurrences)


# Planning starts when the last planned day begins, so a whole day is still ahead, and tens of
# thousands of people share a midnight: the dispatcher plans them a few at a time, in the time
# its ticks have to spare, over the following hours. Whoever's horizon passed more than this
# ago (after downtime, say) is planned at once, before anything is sent.
PLAN_SLACK = dtm.timedelta(hours=20)


def plan_overdue(store: Store, now: dtm.datetime, limit: int) -> int:
    """Plan up to `limit` people whose horizon passed more than PLAN_SLACK ago."""
    return _plan(store, store.due_for_planning(now - PLAN_SLACK, limit), now)


def plan_ahead(store: Store, now: dtm.datetime, limit: int) -> int:
    """Plan up to `limit` people whose horizon has come, the longest-waiting first."""
    return _plan(store, store.due_for_planning(now, limit), now)


def _plan(store: Store, participants: list[Participant], now: dtm.datetime) -> int:
    with store.transaction():  # one commit for the batch, not one per person
        for participant in participants:
            plan_participant(store, participant, now)
    return len(participants)
