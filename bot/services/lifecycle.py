"""A participant's life cycle as the person steers it, and what each step means for what is
planned: consenting, starting, pausing, resuming, stopping and coming back. Each takes the store
and an explicit `now`."""

from __future__ import annotations

import datetime as dtm

from bot.programme.planning import FIRST_SLOT, is_paused, pause_end, promise_after_pause
from bot.programme.records import Participant
from bot.programme.schedule import local_date
from bot.programme.settings import consent_tag
from bot.storage import Store
from jobs.planner import replan


def agree_to_new_consent(store: Store, participant: Participant, now: dtm.datetime) -> Participant:
    """They agreed to the text in force: stored, the question closed, reminders planned again."""
    give_consent(store, participant.id, now, participant.for_child)
    store.participants.close_question(participant.id)
    return replan(store, participant.id, now)


def give_consent(
    store: Store, participant_id: int, now: dtm.datetime, for_child: bool = False
) -> Participant:
    """Consent to the text shown: the adult's, or a parent's for their child's data."""
    return store.participants.consent(participant_id, consent_tag(for_child), now)


def finish_onboarding(store: Store, participant: Participant, now: dtm.datetime) -> Participant:
    store.participants.finish_onboarding(participant.id, local_date(now, participant.timezone))
    return replan(store, participant.id, now)


def reactivate(store: Store, participant_id: int, now: dtm.datetime) -> Participant:
    store.participants.reactivate(participant_id)
    return replan(store, participant_id, now)


def stop(store: Store, participant_id: int) -> None:
    store.participants.stop(participant_id)
    store.participants.close_question(participant_id)
    store.reminders.drop_planned(participant_id)


def pause(
    store: Store, participant: Participant, days: int, now: dtm.datetime
) -> tuple[Participant, dtm.datetime | None]:
    """Pause today and the next days-1 days. The first check-in promised for later moves to
    the day after the pause (the routine and snoozes pause). Returns the participant and
    where the promised check-in went, if it moved."""
    until = pause_end(participant, days, now)
    paused = store.participants.pause_until(participant.id, until)
    replan(store, participant.id, now)
    moved = None
    for row in store.reminders.planned_after(participant.id, now):
        if row.kind == "checkin" and row.slot == FIRST_SLOT:
            moved = promise_after_pause(paused, row)
            if moved is not None:
                store.reminders.move(participant.id, row.id, moved)
    return paused, moved


def resume(store: Store, participant: Participant, now: dtm.datetime) -> bool:
    if not is_paused(participant, now):
        return False
    store.participants.resume(participant.id)
    replan(store, participant.id, now)
    return True
