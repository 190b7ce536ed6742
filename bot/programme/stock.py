"""The probiotic's pack, counted down by the "done" taps: the bot says once, about five days
ahead, that it runs out (one dose a day; a new pack is set again in /settings)."""

from __future__ import annotations

from typing import Final

from bot.programme.records import Participant

TELL_AT: Final = 5  # doses left when it is said


def doses_left(participant: Participant, taken: int) -> int | None:
    """Doses left in the pack counted, or None when no pack is counted."""
    if not participant.probiotic_pack:
        return None
    return max(participant.probiotic_pack - taken, 0)


def tell_running_out(participant: Participant, taken: int) -> int | None:
    """The doses left, when now is the time to say the pack runs out (once per pack)."""
    left = doses_left(participant, taken)
    if left is None or participant.stock_told or left > TELL_AT:
        return None
    return left
