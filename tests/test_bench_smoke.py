"""The benchmark's burst at its smallest, so `make bench` keeps working (no timing asserted).

Twenty participants due at 08:00 go through the real sending path (Application, Pacer, Sender,
Dispatcher driven by the JobQueue) to the suite's Bot API server enforcing Telegram's limits.
"""

from __future__ import annotations

from pathlib import Path

from bench.burst import busiest_second, run_burst
from bench.replies import flood_case
from bench.server import BenchBotApi, InProcessServer
from bot.botapi import FakeBotApi, RateLimit


async def test_a_small_burst_is_delivered_without_flood_errors(tmp_path: Path) -> None:
    async with FakeBotApi(rate_limit=RateLimit()) as api:
        result = await run_burst(20, InProcessServer(api), tmp_path, checkin_every=0, timeout=30)
    assert result.count_429 == 0
    assert result.messages == 20  # one per person: three reminders each, combined
    assert result.reminders == 60
    assert result.failed == 0 and result.missed == 0


async def test_people_asking_during_a_burst_and_during_a_flood_are_timed(
    tmp_path: Path,
) -> None:
    async with BenchBotApi(rate_limit=RateLimit()) as api:
        server = InProcessServer(api)
        result = await run_burst(20, server, tmp_path, checkin_every=0, timeout=30, probes=3)
        assert result.messages == 23  # twenty people's reminders, and a reply to each probe
        assert result.replies["probes"] == 3 and result.replies["p95"] > 0
    async with BenchBotApi(rate_limit=RateLimit()) as api:
        flood = await flood_case(api.base_url, tmp_path / "flood", messages=3, probes=3, every=0.05)
    assert flood["probes"] == 3 and flood["command_p95"] > 0 and flood["tap_p95"] > 0
    assert api.count_429 == 0


def test_busiest_second_counts_arrivals_within_any_one_second() -> None:
    assert busiest_second([]) == 0
    assert busiest_second([0.0]) == 1
    assert busiest_second([k / 29 for k in range(100)]) == 29  # evenly at 29/s
    assert busiest_second([k / 30 for k in range(100)]) == 30
    assert busiest_second([0.0, 0.5, 0.99, 1.0, 1.2, 1.3, 1.5]) == 5  # 0.5 to 1.3


def test_a_small_year_is_compacted_and_lived(tmp_path: Path) -> None:
    from bench.year import build, lived, tried

    full = tmp_path / "year.db"
    built = build(full, 3)
    assert built["occurrences"] > 3 * 2_000
    compacted = tried(full, tmp_path, 3, 7)
    assert 0 < compacted["bytes"] < built["bytes"]
    assert compacted["first"]["longest_hold_ms"] > 0
    day_by_day = lived(full, tmp_path, 3, 7)
    assert day_by_day["compaction"]["nights"] == 365
    assert 0 < day_by_day["occurrences_kept"] < compacted["occurrences_kept"] + 3 * 20
    assert len(day_by_day["compaction"]["last_week_bytes"]) == 7
