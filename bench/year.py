"""A simulated year, and what compacting the reminder history leaves of it (issue 19).

`python -m bench.year --n 1000 --out FILE`: `n` participants who each started a year ago and
kept at it (`bench.populate.fill_year`: every reminder with its answer, a weekly check-in, the
daily itch, water, triggers), in a fresh database. Measured, at that size:

* the file's size after the year with nothing compacted;
* for each HISTORY_DAYS tried: the first compaction (a year of rows at once, as on the first
  night after an upgrade) with its time and its longest hold of the event loop, the file's size
  after it and the incremental vacuum (what a year of nightly compaction leaves, give or take
  the pages' fill), and the worst night after (everyone's boundary moves a week at once, since
  everyone here started on the same day);
* the sizes per participant-year, and their extrapolation to 100,000 participants (linear:
  the rows and the index entries grow with the people; measured at `n`, not at 100,000).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dtm
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Final

from bench.common import write_json
from bench.populate import BENCH_DAY, FIRST_ID, fill_year
from bot.storage import Store
from jobs.clock import FakeClock
from jobs.compaction import CHUNK_ROWS, Compaction

TRIED: Final = (180, 90, 56, 28)
AT_SCALE: Final = 100_000
GB: Final = 1e9
NIGHT: Final = dtm.datetime(2026, 6, 9, 2, 0, tzinfo=dtm.UTC)  # 04:00 in Amsterdam


def size(path: Path) -> int:
    """The database's bytes on disk, its write-ahead log included."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _checkpoint(store: Store) -> None:
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def build(path: Path, n: int) -> dict[str, Any]:
    started = time.perf_counter()
    store = Store.open(path)
    try:
        for i in range(n):
            fill_year(store, FIRST_ID + i, BENCH_DAY, seed=i)
        _checkpoint(store)
        rows = store.db.execute("SELECT count(*) FROM occurrences").fetchone()[0]
    finally:
        store.close()
    return {"seconds": time.perf_counter() - started, "occurrences": rows, "bytes": size(path)}


async def _compact(store: Store, at: dtm.datetime, history_days: int) -> dict[str, Any]:
    started = time.perf_counter()
    report = await Compaction(store, FakeClock(at), history_days).run()
    holds = sorted(report.holds_s)
    return {
        "seconds": time.perf_counter() - started,
        "rows": report.rows,
        "people": report.people,
        "chunks": report.chunks,
        "chunk_rows": report.chunk_rows,
        "longest_hold_ms": report.longest_hold_s * 1000,
        "p50_hold_ms": holds[len(holds) // 2] * 1000 if holds else 0.0,
        "p99_hold_ms": holds[int(len(holds) * 0.99)] * 1000 if holds else 0.0,
        "busy_s": report.busy_s,
    }


def tried(full: Path, work: Path, n: int, history_days: int) -> dict[str, Any]:
    copy = work / f"year-{history_days}.db"
    shutil.copyfile(full, copy)
    copy.chmod(0o600)
    store = Store.open(copy)
    store.manual_checkpoints()  # as the running bot has it (jobs/dispatcher.py)
    try:
        first = asyncio.run(_compact(store, NIGHT, history_days))
        _checkpoint(store)
        after = size(copy)
        # Packed (VACUUM INTO a copy): the bench writes each person's year at once, so the
        # rows compacted leave half-empty pages among the kept ones; the bot writes day by
        # day, everyone's together, so the old days' pages empty whole. The truth lies between.
        packed_copy = work / f"packed-{history_days}.db"
        store.db.execute(f"VACUUM INTO '{packed_copy}'")
        packed = size(packed_copy)
        packed_copy.unlink()
        tables = {
            name: int(bytes_)
            for name, bytes_ in store.db.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
            ).fetchall()
        }
        kept = store.db.execute("SELECT count(*) FROM occurrences").fetchone()[0]
        weeks = store.db.execute("SELECT count(*) FROM reminder_weeks").fetchone()[0]
        # The worst night: a week on, everyone's boundary moves a week.
        worst = max(
            (
                asyncio.run(_compact(store, NIGHT + dtm.timedelta(days=d), history_days))
                for d in range(1, 8)
            ),
            key=lambda r: r["rows"],
        )
    finally:
        store.close()
    copy.unlink()
    return {
        "history_days": history_days,
        "first": first,
        "worst_night": worst,
        "bytes": after,
        "bytes_packed": packed,
        "occurrences_kept": kept,
        "reminder_weeks": weeks,
        "bytes_per_participant_year": after / n,
        "gb_at_100k": after / n * AT_SCALE / GB,
        "gb_at_100k_packed": packed / n * AT_SCALE / GB,
        "tables_bytes": tables,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.year", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000)
    parser.add_argument("--tried", default=",".join(str(d) for d in TRIED))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-year-") as tmp:
        work = Path(tmp)
        full = work / "year.db"
        print(f"    a year of {args.n:,} participants", flush=True)
        built = build(full, args.n)
        rows = []
        for days in (int(d) for d in args.tried.split(",") if d):
            print(f"    HISTORY_DAYS={days}", flush=True)
            rows.append(tried(full, work, args.n, days))
    write_json(
        args.out,
        {
            "participants": args.n,
            "days": 365,
            "chunk_rows": CHUNK_ROWS,
            "built": built,
            "bytes_per_participant_year": built["bytes"] / args.n,
            "gb_at_100k": built["bytes"] / args.n * AT_SCALE / GB,
            "tried": rows,
        },
    )


if __name__ == "__main__":
    main()
