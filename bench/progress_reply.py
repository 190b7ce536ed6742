"""`/progress` for a participant with a year of data: text plus chart, warm.

The participant is added (`bench.populate.fill_year`) to a copy of the scale database, so the
queries run against tables of realistic size. Timed: `bot.handlers.progress.build_progress`,
what the /progress handler computes and draws (the Telegram round trips are not part of it).
One call first to warm caches and imports, then `--runs` timed calls.

    python -m bench.progress_reply --db COPY --out FILE
"""

from __future__ import annotations

import argparse
import datetime as dtm
import logging
import time
from pathlib import Path
from typing import Any

from bench.common import percentile, write_json
from bench.populate import BENCH_DAY, FIRST_ID, fill_year
from bot.storage import Store

YEAR_PARTICIPANT = FIRST_ID - 1


def measure(db_path: Path, runs: int, days: int = 365) -> dict[str, Any]:
    store = Store.open(db_path)
    fill_year(store, YEAR_PARTICIPANT, BENCH_DAY, days=days)
    try:
        from bot.handlers.progress import build_progress
    except ImportError as exc:  # the module is someone else's work in progress
        store.close()
        return {"status": "pending", "reason": f"bot.handlers.progress: {exc}"}
    now = dtm.datetime(2026, 6, 9, 20, 0, tzinfo=dtm.UTC)
    text, png = build_progress(store, YEAR_PARTICIPANT, now)  # warm-up
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        text, png = build_progress(store, YEAR_PARTICIPANT, now)
        times.append(time.perf_counter() - started)
    rows = store.db.execute(
        "SELECT count(*) FROM occurrences WHERE participant_id = ?", [YEAR_PARTICIPANT]
    ).fetchone()[0]
    store.close()
    return {
        "status": "ok",
        "runs": runs,
        "p50_ms": round(percentile(times, 50) * 1000, 1),
        "p95_ms": round(percentile(times, 95) * 1000, 1),
        "max_ms": round(max(times) * 1000, 1),
        "reminder_rows": rows,
        "text_chars": len(text),
        "png_bytes": len(png),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="/progress with a year of data.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--days", type=int, default=365, help="days of data (182 = 26 weeks)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    write_json(args.out, measure(args.db, args.runs, args.days))


if __name__ == "__main__":
    main()
