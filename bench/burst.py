"""Burst: N participants whose reminders all fall due at 08:00, sent by the real bot.

The real Application (`bot.app.build_application`: the production Pacer, Sender and Dispatcher,
PTB's JobQueue ticking the dispatcher every 15 s) talks HTTP to the local Bot API server, which
enforces 30 messages/s overall and 1/s per chat and answers 429 + retry_after when either is
broken. The bot's clock reads 08:00:00 at the moment the JobQueue starts (with a start-up tick
at that moment) and then moves with real time. Lateness is measured on the server's receive
times: message k (in arrival order) cannot arrive before 08:00 + k/30 s; its lateness is how
much later it did.

`python -m bench.burst --n 1000 --server URL --out FILE` runs one size (the orchestrator starts
the server in another process, so its CPU time is not counted as the bot's).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from bench.common import RealTimeClock, peak_rss_mb, percentile, write_json
from bench.populate import BURST_DUE, BURST_SNAPSHOT, BurstPlan, populate_burst
from bench.replies import PROBE_IDS, Probes
from bench.server import RemoteServer, Server
from bot.app import build_application
from bot.botapi import TOKEN
from bot.config import Settings
from bot.programme.times import epoch
from bot.storage import Store
from jobs.pacer import Pacer

TELEGRAM_RATE = 30.0  # messages/s Telegram allows a bot; the ideal is message k at k/30 s
TICK_SECONDS = 15.0


@dataclass
class BurstResult:
    participants: int
    messages: int  # messages the server accepted during the burst (with any replies to probes)
    reminders: int  # reminder rows delivered (several per message after combining)
    seconds: float  # from 08:00:00 to the last message's arrival
    first_after: float  # from 08:00:00 to the first message's arrival
    rate: float  # messages per second
    ratio_to_30: float
    count_429: int
    count_429_chat: int  # of those, for a second message to one chat within a second
    max_per_chat_per_s: float  # 1 / the shortest interval between two messages to one chat
    busiest_second: int  # most messages the server accepted within any one second
    lateness_p50: float
    lateness_p95: float
    lateness_max: float
    messages_per_participant: float
    reminders_per_message: float
    cpu_per_1000: float  # the bot process's CPU seconds per 1,000 messages
    server_cpu_per_1000: float
    peak_rss_mb: float  # the bot's process; its database is built in another one
    failed: int
    missed: int
    setup_seconds: float
    # People asking (/help, then a tap) while the burst goes out: bench.replies.
    replies: dict[str, float | int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def _populate(db_path: Path, n: int, checkin_every: int) -> BurstPlan:
    """Build the burst's database. Run in a process of its own: building 100,000 people's rows
    took 3 GB, and the peak memory reported must be the bot's."""
    store = Store.open(db_path)
    try:
        return populate_burst(store, n, checkin_every=checkin_every)
    finally:
        store.close()


async def run_burst(
    n: int,
    server: Server,
    workdir: Path,
    *,
    checkin_every: int = 10,
    timeout: float | None = None,
    probes: int = 0,
) -> BurstResult:
    """Plan N participants for 08:00, start the bot at 08:00 and wait until all is sent."""
    setup_started = time.perf_counter()
    db_path = workdir / f"burst-{n}.db"
    spawn = multiprocessing.get_context("spawn")  # a child that shares nothing with this loop
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        plan = await asyncio.get_running_loop().run_in_executor(
            pool, _populate, db_path, n, checkin_every
        )
    store = Store.open(db_path)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(TOKEN),
        database_path=db_path,
        telegram_api_base_url=server.base_url,
    )
    clock = RealTimeClock(BURST_SNAPSHOT)
    pacer = Pacer()  # production pace: 30 in any 1.045 s, 1.05 s between two to one chat
    app = build_application(settings, store=store, clock=clock, run_dispatcher=True, pacer=pacer)
    dispatcher = app.bot_data.coach.dispatcher
    await app.initialize()
    assert app.post_init is not None and app.updater is not None
    await app.post_init(app)  # schedules the dispatcher job: every 15 s, the first at once
    before = await server.stats()
    setup_seconds = time.perf_counter() - setup_started

    cpu_started = time.process_time()
    t0 = time.monotonic()
    clock.anchor(BURST_DUE, t0)
    await app.start()  # the JobQueue ticks at once, then every 15 s
    await app.updater.start_polling(timeout=10, poll_interval=0)
    asking = Probes(server.base_url)
    # Spread over the burst's length: messages at about 28.7 a second.
    every = max(0.5, plan.messages / 28.7 / max(1, probes))
    probing = asyncio.create_task(asking.run([PROBE_IDS + i for i in range(probes)], every))
    deadline = t0 + (timeout if timeout is not None else 120 + plan.messages / 20)
    window_end = epoch(BURST_DUE) + 15 * 60
    while True:
        await asyncio.sleep(0.25)
        open_rows = store.db.execute(
            "SELECT count(*) FROM occurrences WHERE status = 'planned' AND due_at < ?",
            [window_end],
        ).fetchone()[0]
        if open_rows == 0 and not dispatcher._inflight:
            break
        if time.monotonic() > deadline:
            raise TimeoutError(f"burst of {n} not done: {open_rows} reminders still open")
    cpu_seconds = time.process_time() - cpu_started
    replies = (await probing).summary() if probes else {}
    await asking.close()
    await app.updater.stop()
    await app.stop()
    assert app.post_stop is not None and app.post_shutdown is not None
    await app.post_stop(app)
    statuses = dict(
        store.db.execute(
            "SELECT status, count(*) FROM occurrences WHERE due_at < ? "
            "AND due_at >= ? GROUP BY status",
            [window_end, epoch(BURST_DUE)],
        ).fetchall()
    )
    await app.shutdown()
    await app.post_shutdown(app)

    after = await server.stats(since=before.messages)
    # Every message the bot sent meanwhile: the reminders, and the replies to people asking.
    arrivals = sorted(at for _, at in after.sends)
    messages = len(arrivals)
    own = sum(1 for chat, _ in after.sends if chat < PROBE_IDS)  # the burst's own messages
    if not messages:
        raise RuntimeError("the server received nothing")
    seconds = arrivals[-1] - t0
    lateness = [at - (t0 + k / TELEGRAM_RATE) for k, at in enumerate(arrivals)]
    rate = messages / seconds
    interval = after.min_chat_interval
    reminders = int(statuses.get("sent", 0)) - plan.checkins
    return BurstResult(
        participants=n,
        messages=messages,
        reminders=reminders,
        seconds=seconds,
        first_after=arrivals[0] - t0,
        rate=rate,
        ratio_to_30=rate / TELEGRAM_RATE,
        count_429=after.count_429 - before.count_429,
        count_429_chat=after.count_429_chat - before.count_429_chat,
        max_per_chat_per_s=0.0 if interval == float("inf") else 1.0 / interval,
        busiest_second=busiest_second(arrivals),
        lateness_p50=percentile(lateness, 50),
        lateness_p95=percentile(lateness, 95),
        lateness_max=max(lateness),
        messages_per_participant=own / n,
        reminders_per_message=reminders / max(1, own - plan.checkins),
        cpu_per_1000=cpu_seconds / messages * 1000,
        server_cpu_per_1000=(after.cpu_seconds - before.cpu_seconds) / messages * 1000,
        peak_rss_mb=peak_rss_mb(),
        failed=int(statuses.get("failed", 0)),
        missed=int(statuses.get("missed", 0)),
        setup_seconds=setup_seconds,
        replies=replies,
    )


def busiest_second(arrivals: list[float]) -> int:
    """The most arrivals (sorted, in seconds) within any window shorter than one second: how
    close the burst came to Telegram's 30."""
    most = start = 0
    for end, at in enumerate(arrivals):
        while at - arrivals[start] >= 1.0 - 1e-9:  # exactly a second apart: two windows
            start += 1
        most = max(most, end - start + 1)
    return most


def main() -> None:
    parser = argparse.ArgumentParser(description="One burst size, against a running server.")
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--server", required=True, help="base URL of `python -m bench.server`")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--probes", type=int, default=0, help="people asking meanwhile")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="bench-burst-") as tmp:
        server = RemoteServer(args.server)
        result = asyncio.run(run_burst(args.n, server, Path(tmp), probes=args.probes))
    write_json(args.out, result.to_json())


if __name__ == "__main__":
    main()
