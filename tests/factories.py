"""Participants made straight in a store, for the tests below the Telegram side (storage, jobs):
onboarded by the same rule as a person who tapped through onboarding."""

from __future__ import annotations

import datetime as dtm

from bot.programme.records import Participant
from bot.services.lifecycle import finish_onboarding, give_consent
from bot.storage import Store


def onboard(store: Store, n: int, at: dtm.datetime) -> list[Participant]:
    """`n` people (ids 1000, 1001, ...) in Amsterdam, up at 07:00, probiotic at 08:00."""
    people = []
    for i in range(n):
        p = store.participants.begin_onboarding(1000 + i, "nl", "Europe/Amsterdam", at)
        give_consent(store, p.id, at, for_child=False)
        p = store.participants.change_settings(
            p.id, {"wake": "07:00", "bed": "23:00", "probiotic_time": "08:00"}
        )
        people.append(finish_onboarding(store, p, at))
    return people
