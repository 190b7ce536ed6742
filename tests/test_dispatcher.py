"""The dispatcher's own rules, without Telegram: claiming, sorting what was claimed, and
planning ahead only with the time a tick has to spare."""

from __future__ import annotations

import dataclasses
import datetime as dtm
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from telegram import InlineKeyboardMarkup, Message

import jobs.dispatcher
from bot.participants import finish_onboarding
from bot.storage import Participant, Store, epoch
from jobs.clock import FakeClock
from jobs.dispatcher import Dispatcher, sort_claimed
from tests.harness import local

DAY = dtm.date(2026, 11, 23)  # a Monday; onboarded at 09:00, planned through Tuesday


class Unreachable:
    """Telegram out of reach: every send fails (and is recorded as failed)."""

    def __init__(self) -> None:
        self.attempts: list[int] = []

    async def send(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> Message | None:
        self.attempts.append(chat_id)
        return None


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "coach.db")
    yield s
    s.close()


def onboard(store: Store, n: int, at: dtm.datetime) -> list[Participant]:
    people = []
    for i in range(n):
        p = store.begin_onboarding(1000 + i, "nl", "Europe/Amsterdam", at)
        p = store.update(p.id, wake="07:00", bed="23:00", probiotic_time="08:00")
        people.append(finish_onboarding(store, p, at))
    return people


def dispatcher(store: Store, at: dtm.datetime, **options: Any) -> Dispatcher:
    return Dispatcher(store, Unreachable(), FakeClock(at), **options)  # type: ignore[arg-type]


# -- claiming --------------------------------------------------------------------------------------


def test_a_claim_covers_the_next_quarter_of_an_hour_of_one_person(store: Store) -> None:
    [p, other] = onboard(store, 2, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 8, 0)
    assert store.due_participants(at, 10) == [p.id, other.id]
    assert store.due_participants(at, 10, skip={p.id}) == [other.id]
    assert store.claimed_rows(p.id) == []  # not claimed
    store.claim([p.id], at + dtm.timedelta(minutes=15))
    rows = store.claimed_rows(p.id)
    # 07:30 water (due, unsent), 08:00 probiotic; the 10:00 water is outside the quarter.
    assert [(r.kind, r.slot) for r in rows] == [("hydration", 0), ("probiotic", 0)]
    assert all(r.participant_id == p.id and r.status == "planned" for r in rows)
    assert store.claimed_rows(other.id) == []
    store.release(p.id)
    assert store.claimed_rows(p.id) == []


def test_after_a_crash_a_claimed_row_is_failed_never_resent(store: Store) -> None:
    [p, other] = onboard(store, 2, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 8, 0)
    store.claim([p.id], at + dtm.timedelta(minutes=15))
    assert store.abandon_claims() == 2
    statuses = store.db.execute(
        "SELECT participant_id, kind, slot, status FROM occurrences "
        "WHERE local_date = '2026-11-23' AND due_at <= ? ORDER BY participant_id, due_at",
        [epoch(at)],
    ).fetchall()
    assert statuses == [
        (p.id, "hydration", 0, "failed"),
        (p.id, "probiotic", 0, "failed"),
        (other.id, "hydration", 0, "planned"),
        (other.id, "probiotic", 0, "planned"),
    ]
    assert store.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert store.abandon_claims() == 0


def test_rows_sort_into_send_missed_and_cancelled(store: Store) -> None:
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 8, 0)
    store.claim([p.id], at + dtm.timedelta(minutes=15))
    rows = store.claimed_rows(p.id)
    ids = [r.id for r in rows]

    assert sort_claimed(p, rows, at).send == rows
    stopped = dataclasses.replace(p, status="stopped")
    assert sort_claimed(stopped, rows, at).missed == ids
    paused = dataclasses.replace(p, paused_until=epoch(local(2026, 11, 25, 0, 0)))
    assert sort_claimed(paused, rows, at).cancelled == ids
    ended_pause = dataclasses.replace(p, paused_until=epoch(local(2026, 11, 23, 0, 0)))
    assert sort_claimed(ended_pause, rows, at).send == rows

    # Three hours late: too late to send at all.
    late = sort_claimed(p, rows, at + dtm.timedelta(hours=3))
    assert late.missed == ids and late.send == []
    # Twenty minutes late by day is still sent; in quiet hours it is not.
    assert sort_claimed(p, rows, at + dtm.timedelta(minutes=20)).send == rows
    early_bed = dataclasses.replace(p, bed="08:10")  # quiet from 08:10 on
    assert sort_claimed(early_bed, rows, at + dtm.timedelta(minutes=20)).missed == ids


async def test_a_tick_claims_each_person_once_and_sends_one_message(store: Store) -> None:
    onboard(store, 3, local(2026, 11, 23, 6, 0))
    d = dispatcher(store, local(2026, 11, 23, 8, 0))
    first = await d.tick()
    second = await d.tick()  # before the sends finished: nobody is claimed twice
    assert (first.claimed, second.claimed) == (3, 0)
    await d.drain()
    assert isinstance(d.sender, Unreachable)
    assert sorted(d.sender.attempts) == [1000, 1001, 1002]  # water and probiotic combined
    assert store.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    failed = store.db.execute("SELECT count(*) FROM occurrences WHERE status = 'failed'")
    assert failed.fetchone()[0] == 6  # Telegram unreachable: recorded, not retried forever


# -- planning ahead --------------------------------------------------------------------------------


async def test_planning_ahead_is_spread_over_ticks(store: Store) -> None:
    onboard(store, 12, local(2026, 11, 23, 9, 0))  # planned through Tuesday
    at = local(2026, 11, 24, 0, 30)  # Tuesday began: Wednesday may be planned now
    d = dispatcher(store, at, plan_ahead=5)
    assert [(await d.tick()).planned for _ in range(4)] == [5, 5, 2, 0]
    through = store.db.execute("SELECT DISTINCT planned_through FROM participants").fetchall()
    assert through == [("2026-11-25",)]


async def test_planning_ahead_waits_for_a_tick_with_time_to_spare(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    onboard(store, 3, local(2026, 11, 23, 9, 0))
    monkeypatch.setattr(jobs.dispatcher, "TICK_BUDGET_S", 0.0)
    d = dispatcher(store, local(2026, 11, 24, 0, 30))
    assert (await d.tick()).planned == 0
    monkeypatch.setattr(jobs.dispatcher, "TICK_BUDGET_S", 0.015)
    assert (await d.tick()).planned == 3


async def test_overdue_planning_never_waits(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # Down for a day: Tuesday's horizon passed more than 20 hours ago, and Wednesday's
    # reminders would be lost if planning waited for a quiet tick.
    onboard(store, 3, local(2026, 11, 23, 9, 0))
    monkeypatch.setattr(jobs.dispatcher, "TICK_BUDGET_S", 0.0)
    d = dispatcher(store, local(2026, 11, 25, 0, 30))
    assert (await d.tick()).planned == 3
    planned = store.db.execute(
        "SELECT count(*) FROM occurrences WHERE status = 'planned' AND local_date = '2026-11-25'"
    ).fetchone()[0]
    assert planned == 3 * 7  # probiotic, four glasses, fibre, wind-down each


# -- the database's side of a tick ----------------------------------------------------------------


async def test_no_statement_of_a_tick_reads_a_whole_table(store: Store) -> None:
    """At 100,000 people a whole-table read is seconds: every statement a tick runs (plan,
    mark missed, expire check-ins, claim) must go by an index."""
    onboard(store, 3, local(2026, 11, 23, 9, 0))
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        d = dispatcher(store, local(2026, 11, 24, 0, 30))
        await d.tick()  # plans ahead
        d.clock = FakeClock(local(2026, 11, 24, 8, 0))
        report = await d.tick()  # claims
        await d.drain()  # composes and tries to send
    finally:
        store.db.conn.set_trace_callback(None)
    assert report.claimed > 0
    dml = [s for s in statements if s.split(None, 1)[0].upper() in ("SELECT", "UPDATE", "DELETE")]
    assert dml
    for sql in dml:
        plan = " | ".join(row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "SCAN occurrences" not in plan and "SCAN participants" not in plan, (sql, plan)
        assert "SCAN checkins" not in plan, (sql, plan)


def test_start_up_finds_half_sent_rows_by_index(store: Store) -> None:
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    store.abandon_claims()
    store.db.conn.set_trace_callback(None)
    [update] = [s for s in statements if s.startswith("UPDATE")]
    plan = " | ".join(row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {update}"))
    assert "SCAN occurrences" not in plan, plan


def test_the_last_tip_is_found_after_a_long_pause_too(store: Store) -> None:
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    today = dtm.date(2026, 11, 23)

    def shown(day: dtm.date, key: str) -> None:
        store.db.execute(
            "INSERT INTO occurrences (participant_id, kind, slot, local_date, due_at, status, "
            "sent_at, tip_key) VALUES (?, 'fibre', 0, ?, ?, 'sent', ?, ?)",
            [p.id, day.isoformat(), 0, epoch(local(day.year, day.month, day.day, 17, 30)), key],
        )

    assert store.last_tip(p.id, "fibre", today) is None
    shown(today - dtm.timedelta(days=40), "fibre-old")
    assert store.last_tip(p.id, "fibre", today) == "fibre-old"  # beyond the recent week
    shown(today - dtm.timedelta(days=1), "fibre-yesterday")
    assert store.last_tip(p.id, "fibre", today) == "fibre-yesterday"
    assert store.last_tip(p.id, "probiotic", today) is None  # per kind
