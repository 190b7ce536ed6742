"""Turning settings into rows: plan today and tomorrow for a participant, never twice."""

from __future__ import annotations

import datetime as dtm
import logging

from bot.programme.backoff import REST_DAYS, rests
from bot.programme.planning import (
    is_paused,
    is_promise,
    next_waking_moment,
    nudge_in_the_waking_day,
    pause_end,
    plan_for,
)
from bot.programme.records import ACTIVE, Participant
from bot.programme.schedule import local_date
from bot.storage import Store

log = logging.getLogger(__name__)

# Planning starts when the last planned day begins, so a whole day is still ahead, and tens of
# thousands of people share a midnight: the dispatcher plans them a few at a time, in the time
# its ticks have to spare, over the following hours. Whoever's horizon passed more than this
# ago (after downtime, say) is planned at once, before anything is sent.
PLAN_SLACK = dtm.timedelta(hours=20)


def plan_participant(store: Store, participant: Participant, now: dtm.datetime) -> int:
    if rests(participant, now, paused=is_paused(participant, now)):
        _rest(store, participant, now)
        rested = store.participants.get(participant.id)
        assert rested is not None
        participant = rested
    occurrences, through, next_plan_at = plan_for(participant, now)
    store.reminders.save_plan(participant.id, occurrences, through, next_plan_at)
    return len(occurrences)


def _rest(store: Store, participant: Participant, now: dtm.datetime) -> None:
    """Three weeks without a word: pause, and say so once, kindly, at the next waking
    moment (bot/programme/backoff.py)."""
    store.participants.rest(participant.id, pause_end(participant, REST_DAYS, now), now)
    due = next_waking_moment(participant, now)
    store.reminders.add(participant.id, "rest_notice", local_date(due, participant.timezone), due)


def replan(store: Store, participant_id: int, now: dtm.datetime) -> Participant:
    """Settings changed: plan the daily routine again from now. What was planned and not yet
    due is forgotten, but for the promises (`is_promise`: what the person was told will come),
    which stay as they are; a day's reminder already sent, or promised, is not planned twice."""
    planned = store.reminders.planned_after(participant_id, now)
    store.reminders.unplan(participant_id, [r.id for r in planned if not is_promise(r)], now)
    participant = store.participants.get(participant_id)
    assert participant is not None
    for row in planned:
        moved = nudge_in_the_waking_day(participant, row)
        if moved is not None:
            store.reminders.move(participant_id, row.id, max(moved, now))
    if participant.status == ACTIVE and participant.onboarded:
        plan_participant(store, participant, now)
    return participant


def plan_overdue(store: Store, now: dtm.datetime, limit: int) -> int:
    """Plan up to `limit` people whose horizon passed more than PLAN_SLACK ago."""
    return _plan(store, store.participants.due_for_planning(now - PLAN_SLACK, limit), now)


def plan_ahead(store: Store, now: dtm.datetime, limit: int) -> int:
    """Plan up to `limit` people whose horizon has come, the longest-waiting first."""
    return _plan(store, store.participants.due_for_planning(now, limit), now)


def _plan(store: Store, participants: list[Participant], now: dtm.datetime) -> int:
    with store.transaction():  # one commit for the batch, not one per person
        for participant in participants:
            try:
                with store.transaction():  # a savepoint: a failure undoes this person's rows only
                    plan_participant(store, participant, now)
            except Exception as exc:  # one person's bad data must never stop everyone's plan
                if store.participants.plan_failed(participant.id, now) == 1:
                    log.error(
                        "planning failed for participant %s (%s); retried with backoff",
                        store.log_id(participant.id),
                        type(exc).__name__,
                    )
    return len(participants)
