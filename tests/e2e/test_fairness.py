"""Fair under load: one person's updates in the order they came, different people's at the
same time, and a flood from one person slowed down without holding up anyone else."""

from __future__ import annotations

import pytest

from bot.botapi import FakeBotApi, User
from bot.updates import FloodWindow
from tests.harness import Harness

# Telegram's one message a second per chat, scaled down tenfold so the test takes seconds.
PER_CHAT = 0.1


async def test_a_flood_from_one_person_never_holds_up_another(
    harness: Harness, server: FakeBotApi
) -> None:
    anna, bert = User(7101, "Anna", language_code="en"), User(7102, "Bert", language_code="nl")
    await harness.onboard(anna, language="en")
    await harness.onboard(bert)
    harness.per_chat_interval, harness.flood_limit = PER_CHAT, True
    await harness.restart()  # Telegram's pacing per chat (scaled) and the flood limit
    flood = [server.send_text(anna, f"hello {n}") for n in range(40)]
    asked = server.send_text(bert, "/help")
    await server.wait_until(lambda: asked in harness.processed, what="Bert's /help")
    # Bert's reply came while Anna's replies were still going out, one per interval.
    answered_anna = [m for m in harness.new_messages(anna)]
    assert len(answered_anna) < 10
    [reply] = harness.new_messages(bert)
    assert "/progress" in (reply.text or "")
    await server.wait_until(
        lambda: all(u in harness.processed for u in flood[:20]), what="Anna's first twenty"
    )
    await server.wait_until(
        lambda: len(server.messages_to(anna.id)) >= len(answered_anna) + 1, what="Anna's replies"
    )
    # Anna's updates were handled in the order she sent them; the excess was dropped.
    handled = [u for u in harness.order if u in flood]
    assert handled == sorted(handled) == flood[:20]

    def notes() -> list[str]:
        return [m.text or "" for m in server.messages_to(anna.id) if "a lot of" in (m.text or "")]

    await server.wait_until(lambda: bool(notes()), what="the slow-down note")
    assert len(notes()) == 1


@pytest.mark.parametrize(
    ("times", "allowed"),
    [
        ([0.0] * 20, [True] * 20),
        ([0.0] * 21, [True] * 20 + [False]),
        # The twenty-first in the same ten seconds is dropped; ten seconds after the first it
        # fits again, and a dropped update does not count.
        ([i * 0.1 for i in range(21)] + [10.0], [True] * 20 + [False, True]),
        ([i * 0.5 for i in range(40)], [True] * 40),  # two a second, steadily: never limited
    ],
)
def test_the_flood_window(times: list[float], allowed: list[bool]) -> None:
    window = FloodWindow(limit=20, window=10.0)
    assert [window.allow(1, t) for t in times] == allowed
    assert all(window.allow(2, t) for t in times[:20])  # per person


def test_the_flood_window_forgets_people_who_went_quiet() -> None:
    window = FloodWindow(limit=2, window=10.0)
    window.allow(1, 0.0)
    window.allow(2, 5.0)
    window.forget_idle(12.0)
    assert [window.allow(1, 12.0), window.allow(1, 12.0), window.allow(1, 12.0)] == [
        True,
        True,
        False,
    ]
