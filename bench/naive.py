"""The naive design, measured side by side: one APScheduler job per participant and reminder.

Reads the same participants from the same database as our bot, starts a PTB Application with
its JobQueue (`initialize()` + `start()`) against the same local Bot API server, and adds one
`job_queue.run_daily` per participant and reminder kind, one per slot for water, each at the
participant's wall-clock time in their zone. Timed from this module's first line until every
job is added and the scheduler has taken them in, as `bench.scale` times ours.

    python -m bench.naive --db FILE --server URL --out FILE
"""

from __future__ import annotations

import time

PROCESS_STARTED = time.monotonic()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import logging  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench.common import peak_rss_mb, rss_mb, write_json  # noqa: E402


async def measure(db_path: Path, server_url: str) -> dict[str, Any]:
    import datetime as dtm
    from zoneinfo import ZoneInfo

    from telegram.ext import ApplicationBuilder, CallbackContext

    from bot.botapi import TOKEN
    from bot.programme.schedule import hydration_times, winddown_time
    from bot.storage import Store
    from bot.storage.participants import participant_from_row

    async def remind(context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Would look the participant up and send; never reached while measuring."""

    store = Store.open(db_path)
    participants = [
        participant_from_row(row)
        for row in store.db.query("SELECT * FROM participants WHERE status = 'active'")
    ]
    app = ApplicationBuilder().token(TOKEN).base_url(server_url).build()
    await app.initialize()
    await app.start()  # the JobQueue's scheduler runs from here on
    job_queue = app.job_queue
    assert job_queue is not None
    jobs = 0
    for person in participants:
        settings = person.reminder_settings()
        zone = ZoneInfo(person.timezone)
        times: list[tuple[str, dtm.time]] = []
        if person.enabled("probiotic"):
            times.append(("probiotic", settings.times["probiotic"]))
        if person.enabled("hydration"):
            for slot, minutes in enumerate(
                hydration_times(settings.wake, settings.bed, settings.hydration_count)
            ):
                at = dtm.time((minutes // 60) % 24, minutes % 60)
                times.append((f"hydration:{slot}", at))
        if person.enabled("fibre"):
            times.append(("fibre", settings.times["fibre"]))
        if person.enabled("winddown"):
            times.append(("winddown", winddown_time(settings.wake, settings.bed)))
        for kind, at in times:
            job_queue.run_daily(
                remind,
                time=at.replace(tzinfo=zone),
                name=f"{person.id}:{kind}",
                data=person.id,
                job_kwargs={"misfire_grace_time": 7200, "coalesce": True},
            )
            jobs += 1
    added = time.monotonic()
    # Every add_job asked the scheduler (in the event loop) to wake up: let it do so.
    for _ in range(3):
        await asyncio.sleep(0)
    ready = time.monotonic()
    result = {
        "db_participants": store.db.execute("SELECT count(*) FROM participants").fetchone()[0],
        "participants": len(participants),
        "jobs": jobs,
        "ready_s": round(ready - PROCESS_STARTED, 3),
        "jobs_added_s": round(added - PROCESS_STARTED, 3),
        "rss_mb": round(rss_mb(), 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    await app.stop()
    await app.shutdown()
    store.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="Start-up of the one-job-per-reminder design.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    write_json(args.out, asyncio.run(measure(args.db, args.server)))


if __name__ == "__main__":
    main()
