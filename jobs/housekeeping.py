"""What the delivery side does to participants on its own: tidying away abandoned onboardings
and old message ids, repairing time zones after a tzdata update, asking for consent to a
changed text, and stopping for someone who blocked the bot. Each takes the store and an
explicit `now`. (What a person steers, consent, pause, stop, is bot/services/lifecycle.py.)"""

from __future__ import annotations

import datetime as dtm

from bot.programme.conversation import Consent, Setting
from bot.programme.planning import (
    next_waking_moment,
)
from bot.programme.schedule import local_date
from bot.programme.settings import consent_tag, needs_new_consent
from bot.programme.times import canonical_zone
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
                store.participants.repair_zone(participant_id, successor)
                moved += 1
                continue
            store.participants.repair_zone(participant_id, fallback)
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


def block(store: Store, participant_id: int) -> bool:
    """The person blocked the bot (or deleted their account): nothing more until /start.
    False when there is no such participant."""
    if store.participants.get(participant_id) is None:
        return False
    store.participants.block(participant_id)
    store.reminders.drop_planned(participant_id)
    return True
