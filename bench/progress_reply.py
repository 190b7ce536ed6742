"""`/progress`, `/patterns` and `/summary` for a participant with a year of data, warm.

The participant is added (`bench.populate.fill_year`) to a copy of the scale database, so the
queries run against tables of realistic size. Timed: `bot.handlers.progress.build_progress`,
what the /progress handler computes and draws (the Telegram round trips are not part of it);
`build_patterns` and `build_summary` (the PDF, notes included) the same way. One call first to
warm caches and imports, then `--runs` timed calls each. `--example DIR` keeps the summary PDF.

    python -m bench.progress_reply --db COPY --out FILE
"""

from __future__ import annotations

import argparse
import datetime as dtm
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import percentile, write_json
from bench.populate import BENCH_DAY, FIRST_ID, fill_year
from bot.storage import Store

YEAR_PARTICIPANT = FIRST_ID - 1


def _timed(runs: int, call: Callable[[], object]) -> tuple[dict[str, float], object]:
    result = call()  # warm-up
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return {
        "p50_ms": round(percentile(times, 50) * 1000, 1),
        "p95_ms": round(percentile(times, 95) * 1000, 1),
    }, result


def measure(
    db_path: Path, runs: int, days: int = 365, example: Path | None = None
) -> dict[str, Any]:
    from bot.handlers.patterns import build_patterns
    from bot.handlers.progress import build_progress, prepare_progress
    from bot.handlers.summary import build_summary

    store = Store.open(db_path)
    fill_year(store, YEAR_PARTICIPANT, BENCH_DAY, days=days)
    now = dtm.datetime(2026, 6, 9, 20, 0, tzinfo=dtm.UTC)
    person = store.participants.get(YEAR_PARTICIPANT)
    assert person is not None
    # After a change: the text and the chart drawn anew.
    changed, drawn = _timed(runs, lambda: build_progress(store, YEAR_PARTICIPANT, now))
    assert isinstance(drawn, tuple)
    text, png = drawn
    # Nothing changed since the last /progress: the photo already on Telegram is sent again.
    reply = prepare_progress(store, YEAR_PARTICIPANT, now)
    store.charts.sent(YEAR_PARTICIPANT, reply.chart_key, "bench-file-id")
    unchanged, again = _timed(runs, lambda: prepare_progress(store, YEAR_PARTICIPANT, now))
    assert getattr(again, "file_id", None) == "bench-file-id"
    patterns, _ = _timed(runs, lambda: build_patterns(store, person))
    summary, pdf = _timed(
        max(5, runs // 4), lambda: build_summary(store, person, now, include_notes=True)
    )
    assert isinstance(pdf, bytes)
    if example is not None:
        example.mkdir(parents=True, exist_ok=True)
        (example / "summary-example.pdf").write_bytes(pdf)
    rows = store.db.execute(
        "SELECT count(*) FROM occurrences WHERE participant_id = ?", [YEAR_PARTICIPANT]
    ).fetchone()[0]
    store.close()
    return {
        "status": "ok",
        "runs": runs,
        **changed,  # p50_ms, p95_ms: after a change (drawn)
        "unchanged": unchanged,
        "patterns": patterns,
        "summary": {**summary, "pdf_bytes": len(pdf)},
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
    parser.add_argument("--example", type=Path, help="keep the summary PDF in this folder")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    write_json(args.out, measure(args.db, args.runs, args.days, args.example))


if __name__ == "__main__":
    main()
