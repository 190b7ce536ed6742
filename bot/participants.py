"""Rules about a participant's life cycle: finishing onboarding, pausing, stopping, coming back.

Plain functions over the store and an explicit `now`, so they are tested without Telegram.
"""

from __future__ import annotations

import datetime as dtm

from bot.storage import Participant, Store, epoch
from jobs.planner import plan_participant
from jobs.schedule import local_date, start_of_day

CONSENT_VERSION = "2026-11-24.1"
MAX_PAUSE_DAYS = 60


def replan(store: Store, participant_id: int, now: dtm.datetime) -> Participant:
    """Settings changed: forget what was planned and not sent, and plan again from now."""
    store.unplan_future(participant_id, now)
    participant = store.participant(participant_id)
    assert participant is not None
    if participant.status == "active" and participant.onboarded:
        plan_participant(store, participant, now)
    return participant


def give_consent(store: Store, participant_id: int, now: dtm.datetime) -> Participant:
    return store.update(participant_id, consent_version=CONSENT_VERSION, consent_at=now.isoformat())


def finish_onboarding(store: Store, participant: Participant, now: dtm.datetime) -> Participant:
    store.update(
        participant.id,
        step="done",
        status="active",
        awaiting=None,
        start_date=local_date(now, participant.timezone).isoformat(),
    )
    return replan(store, participant.id, now)


def reactivate(store: Store, participant_id: int, now: dtm.datetime) -> Participant:
    store.update(participant_id, status="active", paused_until=None)
    return replan(store, participant_id, now)


def stop(store: Store, participant_id: int) -> None:
    store.update(participant_id, status="stopped", awaiting=None)
    store.drop_planned(participant_id)


def pause(store: Store, participant: Participant, days: int, now: dtm.datetime) -> dtm.date:
    """Pause today and the next days-1 days; returns the last paused local date."""
    if not 1 <= days <= MAX_PAUSE_DAYS:
        raise ValueError(f"pause days out of range: {days}")
    today = local_date(now, participant.timezone)
    resume_day = today + dtm.timedelta(days=days)
    store.update(participant.id, paused_until=epoch(start_of_day(resume_day, participant.timezone)))
    replan(store, participant.id, now)
    return resume_day - dtm.timedelta(days=1)


def is_paused(participant: Participant, now: dtm.datetime) -> bool:
    return participant.paused_until is not None and participant.paused_until > epoch(now)


def resume(store: Store, participant: Participant, now: dtm.datetime) -> bool:
    if not is_paused(participant, now):
        return False
    store.update(participant.id, paused_until=None)
    replan(store, participant.id, now)
    return True
