"""kill -9 in the middle of a burst, again and again, with `python -m bot` as its own process
against the suite's Bot API server: no reminder twice, none stuck, and no more lost per kill
than the requests that were on their way to Telegram at that moment (tests/crashes.py)."""

from __future__ import annotations

from pathlib import Path

from tests.crashes import PEOPLE, run_kills

KILLS = 10
MAX_LOST_PER_KILL = 2


async def test_kills_mid_burst_lose_only_what_was_on_the_wire(tmp_path: Path) -> None:
    run = await run_kills(tmp_path, KILLS)
    assert run.duplicates == 0  # no reminder twice
    assert run.planned == 0 and run.claims == 0  # nothing stuck
    assert run.sent + run.failed == PEOPLE
    assert run.sent_not_arrived == 0  # every row recorded as sent reached its chat
    assert run.failed == sum(run.on_wire)  # lost: exactly what was on the wire at each kill
    assert len(run.on_wire) == KILLS and max(run.on_wire) <= MAX_LOST_PER_KILL
    assert run.count_429 == 0
