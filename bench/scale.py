"""Scale: start-up, memory and the scheduler's per-minute work with many participants.

Runs in a fresh process on a copy of a cached database (`bench.populate.scale_db`), pointed at
the local Bot API server another process runs. "Start to ready" counts from this module's
first line (before the bot's own imports) through opening the database, building the real
Application, `initialize()`, `post_init`, `start()` (JobQueue) and long polling, and the first
dispatcher tick: from then on the bot answers updates and sends what is due.

The per-minute work is what the dispatcher's ticks cost in one minute of the bot's clock
(4 ticks, 15 s apart in real time, as the JobQueue runs them): planning ahead, marking what is
too late, claiming what is due and starting its sends, as the time each tick holds the event
loop (`TickReport.work_seconds`: a tick claims in chunks and lets sends run in between).
Sending itself is paced by Telegram's limits and reported per message by the burst; the
process's whole CPU time in the minute (ticks plus composing and sending) is reported next to
it.

    python -m bench.scale --db COPY --server URL --out FILE [--minutes morning|midnight]

(the database is changed by the run: the orchestrator passes a fresh copy, `prepare_copy`).
"""

from __future__ import annotations

import time

PROCESS_STARTED = time.monotonic()  # before the bot's imports: they are part of start-up

import argparse  # noqa: E402
import asyncio  # noqa: E402
import datetime as dtm  # noqa: E402
import logging  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench.common import db_size_mb, peak_rss_mb, rss_mb, write_json  # noqa: E402

TICK_SECONDS = 15.0


def prepare_copy(source: Path, workdir: Path, minutes: str) -> Path:
    """A fresh copy of a cached database (a run changes it), moved on in time if asked."""
    target = workdir / f"{minutes}-{source.name}"
    shutil.copyfile(source, target)
    if minutes == "midnight":
        _advance_to_evening(target)
    return target


async def measure(db_path: Path, server_url: str, minutes: str) -> dict[str, Any]:
    started = PROCESS_STARTED

    # -- start-up, timed from the process's first line ------------------------------------------
    from pydantic import SecretStr

    from bench.populate import AMS, SNAPSHOT
    from bot.app import build_application
    from bot.botapi import TOKEN
    from bot.config import Settings
    from bot.demo.local import stop_application
    from bot.storage import Store
    from jobs.clock import FakeClock

    imported = time.monotonic()
    store = Store.open(db_path)
    opened = time.monotonic()
    at = SNAPSHOT if minutes != "midnight" else MIDNIGHT - dtm.timedelta(seconds=30)
    clock = FakeClock(at)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(TOKEN),
        database_path=db_path,
        telegram_api_base_url=server_url,
    )
    # The ticks are driven here, 15 s apart as the JobQueue would, so each can be timed alone.
    app = build_application(settings, store=store, clock=clock, run_dispatcher=False)
    dispatcher = app.bot_data.coach.dispatcher
    await app.initialize()
    assert app.post_init is not None and app.updater is not None
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(timeout=10, poll_interval=0)
    app_ready = time.monotonic()
    first = await dispatcher.tick()
    ready = time.monotonic()
    rss = rss_mb()  # before the counts below, which read whole tables into SQLite's cache
    result: dict[str, Any] = {
        "participants": store.db.execute("SELECT count(*) FROM participants").fetchone()[0],
        "occurrences": store.db.execute("SELECT count(*) FROM occurrences").fetchone()[0],
        "db_mb": round(db_size_mb(db_path), 1),
    }
    if minutes != "midnight":
        result["startup"] = {
            "ready_s": round(ready - started, 3),
            "imports_s": round(imported - started, 3),
            "open_db_s": round(opened - imported, 3),
            "application_s": round(app_ready - opened, 3),
            "first_tick_s": round(ready - app_ready, 3),
            "first_tick_claimed": first.claimed,
            "rss_mb": round(rss, 1),
        }

    # -- minutes of the bot's clock --------------------------------------------------------------
    if minutes == "morning":
        quiet = dtm.datetime(2026, 6, 9, 7, 52, tzinfo=AMS)
        busy = dtm.datetime(2026, 6, 9, 8, 0, tzinfo=AMS)
        result["quiet_minute"] = await _minute(dispatcher, clock, quiet)
        await _tick_at(dispatcher, clock, busy - dtm.timedelta(seconds=15))  # 07:59:45
        await asyncio.sleep(TICK_SECONDS)
        result["busy_minute"] = await _minute(dispatcher, clock, busy)
    elif minutes == "midnight":
        await _tick_at(dispatcher, clock, MIDNIGHT - dtm.timedelta(seconds=15))
        await asyncio.sleep(TICK_SECONDS)
        result["planning_minute"] = await _minute(dispatcher, clock, MIDNIGHT)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    await stop_application(app)
    return result


# Midnight in Amsterdam, Brussels and Berlin (two thirds of everyone plan their day after
# tomorrow now), 23:00 in London and 08:00 in Sydney.
MIDNIGHT = dtm.datetime(2026, 6, 9, 22, 0, tzinfo=dtm.UTC)


def _advance_to_evening(db_path: Path) -> None:
    """The same database 14 hours later: the day's reminders up to now went out."""
    import sqlite3

    from bot.programme.times import epoch

    cutoff = epoch(MIDNIGHT - dtm.timedelta(seconds=30))
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE occurrences SET status = 'sent', sent_at = due_at + 20, message_id = id "
            "WHERE status = 'planned' AND due_at < ?",
            [cutoff],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as the running bot would have by now
    conn.close()


async def _tick_at(dispatcher: Any, clock: Any, at: dtm.datetime) -> dict[str, Any]:
    clock.set(at)
    wall = time.perf_counter()
    report = await dispatcher.tick()
    return {
        "ms": report.work_seconds * 1000,  # the tick's own work, without sends it let run
        "wall_ms": (time.perf_counter() - wall) * 1000,
        "planned": report.planned,
        "missed": report.missed,
        "claimed": report.claimed,  # people, each sent what is due in one message
    }


async def _minute(dispatcher: Any, clock: Any, start: dtm.datetime) -> dict[str, Any]:
    """Four ticks of the bot's clock, 15 s apart in real time; sends run in between."""
    ticks: list[dict[str, Any]] = []
    cpu = time.process_time()
    began = time.monotonic()
    for i in range(4):
        if i:
            await asyncio.sleep(max(0.0, began + i * TICK_SECONDS - time.monotonic()))
        ticks.append(await _tick_at(dispatcher, clock, start + dtm.timedelta(seconds=15 * i)))
    await asyncio.sleep(max(0.0, began + 4 * TICK_SECONDS - time.monotonic()))
    return {
        "at": start.isoformat(),
        "ticks_ms": [round(t["ms"], 1) for t in ticks],
        "work_ms": round(sum(t["ms"] for t in ticks), 1),
        # With the event loop's other work (sends) that ran while the tick let it between chunks.
        "tick_wall_ms": round(sum(t["wall_ms"] for t in ticks), 1),
        "process_cpu_ms": round((time.process_time() - cpu) * 1000, 1),
        "planned": sum(t["planned"] for t in ticks),
        "missed": sum(t["missed"] for t in ticks),
        "claimed": sum(t["claimed"] for t in ticks),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Start-up and per-minute work on one database.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--minutes", choices=("none", "morning", "midnight"), default="none")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    write_json(args.out, asyncio.run(measure(args.db, args.server, args.minutes)))


if __name__ == "__main__":
    main()
