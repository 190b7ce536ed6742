"""The suspected triggers of a day applied to storage (`bot.programme.picker`): a tick is
stored at once (nothing is lost if the person never taps Done), and the day shown is the open
question, so its labels may be typed too."""

from __future__ import annotations

import datetime as dtm

from bot.programme.conversation import Picker
from bot.programme.picker import Noted, PickerOutcome, ShowDay, Tick
from bot.programme.records import Participant
from bot.storage import Store


def apply(
    store: Store, participant: Participant, outcome: PickerOutcome, now: dtm.datetime
) -> set[str]:
    """Store a tick, open or close the list's question; returns what is noted for the day."""
    match outcome:
        case Tick(day, trigger):
            store.diary.toggle_trigger(participant.id, day, trigger, now, about=participant.about)
            store.participants.ask(participant.id, Picker(day))
        case ShowDay(day):
            store.participants.ask(participant.id, Picker(day))
        case Noted(day):
            if participant.question == Picker(day):
                store.participants.close_question(participant.id)
        case _:
            return set()
    return store.diary.triggers_on(participant.id, outcome.day)
