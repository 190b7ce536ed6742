"""Onboarding applied to storage, one answer at a time (`bot.programme.onboarding`): what an
answer changes is stored, the consent with the version of the text shown, and the next step
becomes the open question; at the end the programme starts, and the first check-in is offered.
Leaving (too young, or no consent) erases the row that held the steps: nothing is kept.
"""

from __future__ import annotations

import datetime as dtm

from bot.programme.conversation import FirstOffer, Onboarding
from bot.programme.onboarding import Leave, Next, OnboardingOutcome, onboarding_step
from bot.programme.records import Participant
from bot.services.lifecycle import finish_onboarding, give_consent
from bot.storage import Store


def answer(
    store: Store, participant: Participant, value: str, *, typed: bool, now: dtm.datetime
) -> tuple[OnboardingOutcome, Participant | None]:
    """Apply an answer to the step the participant is on; returns the outcome and the
    participant after it (None when they left, and nothing of them is kept)."""
    outcome = onboarding_step(participant, value, typed=typed)
    if isinstance(outcome, Leave):
        store.participants.delete(participant.id)
        return outcome, None
    if not isinstance(outcome, Next):
        return outcome, participant
    with store.transaction():
        if outcome.changes:
            store.participants.onboarding_answer(participant.id, outcome.changes)
        if outcome.consent:
            give_consent(store, participant.id, now, participant.for_child)
        if outcome.step == "done":
            after = store.participants.get(participant.id)
            assert after is not None
            finish_onboarding(store, after, now)
            return outcome, store.participants.ask(participant.id, FirstOffer())
        return outcome, store.participants.ask(participant.id, Onboarding(outcome.step))
