"""Insights that never overclaim (issue 18), end to end: the habit score through the Skip
button, the referral rule, the parent route for a baby, the chart and the doctor's page."""

from __future__ import annotations

import datetime as dtm
import re

from bot.botapi import User
from bot.callbacks import ReminderAction, ReminderPress
from tests.harness import Harness, local


async def answer_probiotics(
    harness: Harness, user: User, days: range, action: ReminderAction | None
) -> None:
    """Each morning's probiotic on these programme days, answered by its button (or, with
    None, left unanswered while the person looks at /today, so the bot does not back off)."""
    for n in days:
        harness.new_messages(user)
        await harness.skip_to(local(2026, 11, 23, 8, 1) + dtm.timedelta(days=n))
        sent = [m for m in harness.new_messages(user) if "probiotic" in (m.text or "").lower()]
        assert sent, f"no probiotic reminder on day {n}"
        if action is None:
            await harness.say(user, "/today")
        else:
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


GLASS_OR_RAW = re.compile(r"\bglas\b|\bglass\b|zuurkool|sauerkraut|kefir", re.IGNORECASE)
FOOD = re.compile(
    r"vezels|fibre|water|havermout|oats|linzen|lentils|zuurkool|yoghurt|vis\b|fish",
    re.IGNORECASE,
)


async def _a_week_of_messages(harness: Harness, user: User) -> list[str]:
    harness.new_messages(user)
    await harness.skip_to(local(2026, 11, 30, 6, 0))
    return [m.text or "" for m in harness.new_messages(user)]


async def test_a_babys_parent_gets_no_water_no_fibre_and_no_food_tips(harness: Harness) -> None:
    """Under 1 year (the review's A-new-1): water and fibre are off, no food tip comes with
    any other reminder, and the start says why, pointing to the consultatiebureau."""
    bo = User(9803, "Bo", language_code="nl")
    await harness.onboard(bo, age="parent", child_age="under1", first_checkin="")
    offers = [
        m.text or "" for m in harness.server.messages_to(bo.id) if "dagritme" in (m.text or "")
    ]
    assert offers and "consultatiebureau" in offers[-1] and "Water" not in offers[-1]
    participant = harness.participant(bo)
    assert participant is not None and participant.child_age == "under1"
    assert not participant.enabled("hydration") and not participant.enabled("fibre")
    sent = await _a_week_of_messages(harness, bo)
    assert sent and any("probioticum van je kind" in text for text in sent)
    assert [text for text in sent if FOOD.search(text)] == []


async def test_a_toddlers_parent_gets_no_glass_of_water_no_sauerkraut_no_kefir(
    harness: Harness,
) -> None:
    pip = User(9804, "Pip", language_code="en")
    await harness.onboard(pip, language="en", age="parent", child_age="1to3", first_checkin="")
    sent = await _a_week_of_messages(harness, pip)
    assert any(text.startswith("Time for your child to have something to drink.") for text in sent)
    assert [text for text in sent if GLASS_OR_RAW.search(text)] == []


async def test_a_school_childs_parent_gets_the_glass_of_water(harness: Harness) -> None:
    kit = User(9805, "Kit", language_code="nl")
    await harness.onboard(kit, age="parent", child_age="4to11", first_checkin="")
    sent = await _a_week_of_messages(harness, kit)
    assert any(text.startswith("Tijd voor een glas water voor je kind.") for text in sent)
