"""Hearing from a person: the clock of backing off when ignored (bot/programme/backoff.py)
starts again, and a pause the bot took for their silence ends at once."""

from __future__ import annotations

import datetime as dtm
from typing import Final

from bot.programme.records import Participant
from bot.storage import Store
from jobs.planner import replan

# Within a minute of the last, a tap changes nothing worth a write.
HEARD_EVERY: Final = dtm.timedelta(minutes=1)


def heard(
    store: Store, participant: Participant, now: dtm.datetime, *, end_rest: bool = True
) -> bool:
    """Any tap or message from an onboarded person. Returns whether it ended a pause the bot
    took for their silence (not with `end_rest` False: /resume ends it itself)."""
    if participant.rested_at is not None and end_rest:
        with store.transaction():
            store.participants.heard(participant.id, now)
            replan(store, participant.id, now)
        return True
    last = participant.heard_at
    if last is None or now - last >= HEARD_EVERY:
        store.participants.heard(participant.id, now, end_rest=end_rest)
    return False
