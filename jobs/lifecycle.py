"""A participant's life cycle, and what each step means for what is planned: starting, pausing,
resuming, stopping and coming back. Each takes the store and an explicit `now`."""

from __future__ import annotations

import datetime as dtm

from bot.programme.conversation import Consent, Setting
from bot.programme.planning import (
    FIRST_SLOT,
    is_paused,
    next_waking_moment,
    pause_end,
    promise_after_pause,
)
from bot.programme.records import Participant
from bot.programme.schedule import local_date
from bot.programme.settings import consent_tag, needs_new_consent
from bot.programme.times import canonical_zone, epoch
from bot.storage import Store
from jobs.planner import replan

# Onboarding begun and left halfway is erased after this: what it held was only ever kept so
# that the person could carry on where they stopped.
ABANDONED_AFTER = dtm.timedelta(hours=48)
# Telegram lets a bot delete its own messages for 48 hours; their ids are kept no longer.
MESSAGES_DELETABLE_FOR = dtm.timedelta(hours=48)


def tidy(store: Store, now: dtm.datetime) -> tuple[int, int]:
    """Erase abandoned onboardings, and forget message ids too old to delete. (erased, forgot)"""
    with store.transaction():
        erased = store.participants.erase_abandoned(now - ABANDONED_AFTER)
        forgot = store.messages.forget_before(now - MESSAGES_DELETABLE_FOR)
    return erased, forgot


def repair_zones(store: Store, fallback: str, now: dtm.datetime) -> tuple[int, int]:
    """At start-up: a stored time zone that is not canonical any more (a tzdata update renamed
    or dropped it) becomes its successor; where there is none, the person gets `fallback` for
    now and is asked once for their zone. Returns (moved, asked)."""
    moved = asked = 0
    for zone in store.participants.zones():
        successor = canonical_zone(zone)
        if successor == zone:
            continue
        for participant_id in store.participants.with_zone(zone):
            if successor is not None:
                store.participants.update(participant_id, timezone=successor)
                moved += 1
                continue
            store.participants.update(participant_id, timezone=fallback)
            participant = store.participants.ask(participant_id, Setting("timezone"))
            if participant.onboarded:
                replan(store, participant_id, now)
                due = next_waking_moment(participant, now)
                store.reminders.add(participant_id, "zone_ask", local_date(due, fallback), due)
            asked += 1
    return moved, asked


def ask_new_consent(store: Store, now: dtm.datetime) -> int:
    """At start-up: whoever agreed to an older consent text than the one in force is asked,
    once, to agree to the new one (at the next waking moment); until then the dispatcher
    sends them nothing else (`sort_claimed`). Returns how many were asked."""
    asked = 0
    for participant in store.participants.outdated_consent(consent_tag(False)):
        if not needs_new_consent(participant) or participant.question == Consent():
            continue
        store.participants.ask(participant.id, Consent())
        due = next_waking_moment(participant, now)
        store.reminders.add(
            participant.id, "consent_ask", local_date(due, participant.timezone), due
        )
        asked += 1
    return asked


def agree_to_new_consent(store: Store, participant: Participant, now: dtm.datetime) -> Participant:
    """They agreed to the text in force: stored, the question closed, reminders planned again."""
    give_consent(store, participant.id, now, participant.for_child)
    store.participants.close_question(participant.id)
    return replan(store, participant.id, now)


def give_consent(
    store: Store, participant_id: int, now: dtm.datetime, for_child: bool = False
) -> Participant:
    """Consent to the text shown: the adult's, or a parent's for their child's data."""
    return store.participants.update(
        participant_id, consent_version=consent_tag(for_child), consent_at=now.isoformat()
    )


def finish_onboarding(store: Store, participant: Participant, now: dtm.datetime) -> Participant:
    store.participants.finish_onboarding(participant.id, local_date(now, participant.timezone))
    return replan(store, participant.id, now)


def reactivate(store: Store, participant_id: int, now: dtm.datetime) -> Participant:
    store.participants.update(participant_id, status="active", paused_until=None)
    return replan(store, participant_id, now)


def stop(store: Store, participant_id: int) -> None:
    store.participants.update(participant_id, status="stopped")
    store.participants.close_question(participant_id)
    store.reminders.drop_planned(participant_id)


def block(store: Store, participant_id: int) -> bool:
    """The person blocked the bot (or deleted their account): nothing more until /start.
    False when there is no such participant."""
    if store.participants.get(participant_id) is None:
        return False
    store.participants.update(participant_id, status="blocked")
    store.reminders.drop_planned(participant_id)
    return True


def pause(
    store: Store, participant: Participant, days: int, now: dtm.datetime
) -> tuple[Participant, dtm.datetime | None]:
    """Pause today and the next days-1 days. The first check-in promised for later moves to
    the day after the pause (the routine and snoozes pause). Returns the participant and
    where the promised check-in went, if it moved."""
    until = pause_end(participant, days, now)
    paused = store.participants.update(participant.id, paused_until=epoch(until))
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
    store.participants.update(participant.id, paused_until=None, rested_at=None)
    replan(store, participant.id, now)
    return True
