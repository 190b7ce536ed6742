"""/progress's chart and text agree on when the chart begins: at the check-in that gives the
text its starting point (the second, in a second programme week), not before, and a check-in
that replaces the week's first changes nothing about that."""

from __future__ import annotations

import io

from PIL import Image

from bot.botapi import User
from bot.render.chart import render_progress_chart
from messages import t
from tests.e2e.test_checkin import answer_checkin
from tests.harness import Harness, local

MARK = "\x00"


def _before_the_first_value(key: str, **values: str) -> str:
    """The catalogue text of `key` up to its first placeholder: what /progress always says
    when it says this line."""
    return t("nl", key, **{name: MARK for name in values}).split(MARK)[0]


ONE_CHECKIN = _before_the_first_value("progress.one_checkin", day="", time="")
BASELINE = _before_the_first_value("progress.baseline", baseline="")


async def _progress(harness: Harness, user: User) -> tuple[str, bytes]:
    [text, chart] = await harness.say(user, "/progress")
    return text.text or "", chart.file_bytes or b""


async def test_the_chart_begins_at_the_check_in_that_gives_the_text_its_starting_point(
    harness: Harness,
) -> None:
    lot = User(9110, "Lot", language_code="nl")
    await harness.onboard(lot)
    card = render_progress_chart([], 0, "nl")  # "Je grafiek begint na je tweede check-in"

    # The first check-in (Monday 23 November, programme week 1): no starting point, the card.
    await answer_checkin(harness, lot, poem=[3, 3, 3, 3, 3, 3, 3])
    text, chart = await _progress(harness, lot)
    assert ONE_CHECKIN in text and BASELINE not in text
    assert chart == card

    # Filled in again the same week: it replaces the first, one still counts, still the card.
    [ask] = await harness.say(lot, "/checkin")
    await harness.press(lot, ask, t("nl", "button.replace_yes"))
    await answer_checkin(harness, lot, poem=[3, 3, 3, 3, 3, 2, 2])
    text, chart = await _progress(harness, lot)
    assert ONE_CHECKIN in text and BASELINE not in text
    assert chart == card

    # The check-in of programme week 2 (Sunday 6 December): the text's starting point and the
    # chart, both at once.
    harness.clock.set(local(2026, 12, 6, 19, 0))
    await harness.tick()
    assert "(1/14)" in (harness.last_message(lot).text or "")
    await answer_checkin(harness, lot, poem=[2, 2, 2, 2, 2, 2, 2])
    text, chart = await _progress(harness, lot)
    assert f"{BASELINE}16,5." in text and ONE_CHECKIN not in text
    assert chart != card
    assert Image.open(io.BytesIO(chart)).size == (1200, 1000)
