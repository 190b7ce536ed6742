"""Insights that never overclaim (issue 18), end to end: the habit score through the Skip
button, the referral rule, the parent route for a baby, the chart and the doctor's page."""

from __future__ import annotations

import datetime as dtm

from bot.botapi import User
from bot.callbacks import ReminderAction, ReminderPress
from tests.harness import Harness, local


async def answer_probiotics(
    harness: Harness, user: User, days: range, action: ReminderAction | None
) -> None:
    """Each morning's probiotic on these programme days, answered by its button (or, with
    None, left unanswered)."""
    for n in days:
        harness.new_messages(user)
        await harness.skip_to(local(2026, 11, 23, 8, 1) + dtm.timedelta(days=n))
        sent = [m for m in harness.new_messages(user) if "probiotic" in (m.text or "").lower()]
        assert sent, f"no probiotic reminder on day {n}"
        if action is not None:
            presses = [ReminderPress.parse(data) for _, data in sent[-1].buttons()]
            row = next(p.occurrence_id for p in presses if p is not None)
            await harness.press_data(user, sent[-1], ReminderPress(row, action).data)


async def test_a_skip_tapped_does_not_count_against_the_habit_score(harness: Harness) -> None:
    """Skip is what the text says it is: after a day done and two weeks of Skip, the habit
    score is still 100%; two weeks left unanswered bring it down."""
    sam = User(9801, "Sam", language_code="en")
    await harness.onboard(sam, language="en", first_checkin="")
    await answer_probiotics(harness, sam, range(1), "done")
    await answer_probiotics(harness, sam, range(1, 16), "skip")
    [progress, _chart] = await harness.say(sam, "/progress")
    assert "Probiotic: ticked off 1 of 16, habit score 100%" in (progress.text or "")
    ida = User(9802, "Ida", language_code="nl")
    harness.clock.set(local(2026, 11, 23, 6, 0))
    await harness.onboard(ida, first_checkin="")
    await answer_probiotics(harness, ida, range(1), "done")
    await answer_probiotics(harness, ida, range(1, 16), None)
    [progress, _chart] = await harness.say(ida, "/progress")
    # 14 whole days asked and not done: 0.5 ** (14 / 13), today's still open.
    assert "Probioticum: afgevinkt 1 van 16, gewoontescore 47%" in (progress.text or "")
