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
* for each HISTORY_DAYS lived (`--lived`): the same year written again a day at a time in a
  fresh database, as the bot writes it (tomorrow planned for everyone, today's outcomes filled
  in, the day's itch, water, triggers and check-ins), with the compaction every night: the
  size at the year's end and after each night of its last week (everyone started on the same
  weekday, so the kept window is HISTORY_DAYS + 0..6 days for all at once: the week's mean is
  what people starting on every weekday give, its peak the worst case), and the nights' holds;
* the sizes per participant-year, and their extrapolation to 100,000 participants (linear:
  the rows and the index entries grow with the people; measured at `n`, not at 100,000);
* with `--copies C` (`make bench-full`: 100): the year at `n` x C participants, measured, not
  extrapolated. The `n` people's year is copied C times under new ids into one database, and
  after each copy the compaction runs (that copy's first night, a year of rows at once), so
  the pages it frees are written again by the next copy, as nights reuse them in the bot. At
  the end: the file's size and its packed size, the sum of the compactions' times (the work of
  a first night at that size), their longest hold, and then the worst ordinary night with
  everyone in the database (a week later, everyone's boundary moves a week at once; nothing
  new is written meanwhile, so the size after it says nothing and is not kept).
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

from bench import pauses
from bench.common import write_json
from bench.populate import BENCH_DAY, FIRST_ID, fill_year
from bot.config import Settings
from bot.storage import Store
from jobs.clock import FakeClock
from jobs.compaction import CHUNK_ROWS, Compaction

TRIED: Final = (180, 90, 56, 28, 21, 14, 7)
LIVED: Final = (28, 7)  # the default before, and the one chosen from this (bot/config.py)
AT_SCALE: Final = 100_000
GB: Final = 1e9
HISTORY_DAYS: Final[int] = Settings.model_fields["history_days"].default
NIGHT: Final = dtm.datetime(2026, 6, 9, 2, 0, tzinfo=dtm.UTC)  # 04:00 in Amsterdam
# Chunks that held the loop longer than this are kept, the SLOW_KEPT longest of a run, with
# what their hold was made of (CPU, kernel, the machine's pauses).
SLOW_S: Final = 0.025
SLOW_KEPT: Final = 20
# The machine's pauses while this runs (bench/pauses.py), set by `main`.
_watch: pauses.Watch | None = None


def size(path: Path) -> int:
    """The database's bytes on disk, its write-ahead log included."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _checkpoint(store: Store) -> None:
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _packed_and_tables(store: Store, packed_copy: Path) -> tuple[int, dict[str, int]]:
    """The database's size packed (`VACUUM INTO` a copy, then removed), and each table's and
    index's bytes as it is."""
    store.db.execute(f"VACUUM INTO '{packed_copy}'")
    packed = size(packed_copy)
    packed_copy.unlink()
    tables = {
        name: int(bytes_)
        for name, bytes_ in store.db.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    }
    return packed, tables


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
    return await _compact_with(Compaction(store, FakeClock(at), history_days))


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
        packed, tables = _packed_and_tables(store, work / f"packed-{history_days}.db")
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


# The columns a reminder row is planned with, and those its outcome fills in on the day.
_PLANNED: Final = ("participant_id", "kind", "slot", "local_date", "due_at")
_OUTCOME: Final = ("status", "answer", "answered_at", "snoozes", "tip_key", "message_id", "sent_at")
_KEY: Final = "participant_id = ? AND kind = ? AND slot = ? AND local_date = ?"


def _day_rows(source: Store, table: str, columns: str, day: str) -> list[tuple[Any, ...]]:
    return list(
        source.db.execute(
            f"SELECT {columns} FROM {table} WHERE local_date = ? ORDER BY participant_id", [day]
        ).fetchall()
    )


async def _nights(
    store: Store, store_path: Path, source: Store, history_days: int
) -> dict[str, Any]:
    """The year again, lived a day at a time in a fresh database, as the bot writes it: each
    day, tomorrow's reminders are planned for everyone, today's are filled in with their outcome
    (sent, answered), the day's itch, water, triggers and check-ins are written; each night the
    compaction runs. Returns its nights' times and holds."""
    first = dtm.date.fromisoformat(
        source.db.execute("SELECT min(local_date) FROM occurrences").fetchone()[0]
    )
    participants = source.db.execute("SELECT * FROM participants").fetchall()
    names = [c[1] for c in source.db.execute("PRAGMA table_info(participants)").fetchall()]
    checkin_columns = [
        c[1] for c in source.db.execute("PRAGMA table_info(checkins)").fetchall() if c[1] != "id"
    ]
    with store.db.atomic():
        store.db.conn.executemany(
            f"INSERT INTO participants ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            participants,
        )
    clock = FakeClock(dtm.datetime.combine(first, dtm.time(2, 0), dtm.UTC))
    compaction = Compaction(store, clock, history_days)
    nights: list[dict[str, Any]] = []
    week_sizes: list[int] = []
    day = first
    while day < BENCH_DAY:
        today, tomorrow = day.isoformat(), (day + dtm.timedelta(days=1)).isoformat()
        with store.db.atomic():
            if day == first:
                _write(
                    store,
                    "occurrences",
                    _PLANNED,
                    _day_rows(source, "occurrences", ", ".join(_PLANNED), today),
                )
            if day + dtm.timedelta(days=1) < BENCH_DAY:
                _write(
                    store,
                    "occurrences",
                    _PLANNED,
                    _day_rows(source, "occurrences", ", ".join(_PLANNED), tomorrow),
                )
            outcomes = _day_rows(
                source,
                "occurrences",
                ", ".join((*_OUTCOME, "participant_id", "kind", "slot", "local_date")),
                today,
            )
            store.db.conn.executemany(
                f"UPDATE occurrences SET {', '.join(c + ' = ?' for c in _OUTCOME)} WHERE {_KEY}",
                outcomes,
            )
            for table, columns in (
                ("itch", ("participant_id", "local_date", "score", "answered_at", "about")),
                ("water", ("participant_id", "local_date", "glasses")),
                ("day_triggers", ("participant_id", "local_date", "trigger", "about", "noted_at")),
                ("checkins", tuple(checkin_columns)),
            ):
                _write(store, table, columns, _day_rows(source, table, ", ".join(columns), today))
        day += dtm.timedelta(days=1)
        clock.set(dtm.datetime.combine(day, dtm.time(2, 0), dtm.UTC))
        nights.append(await _compact_with(compaction))
        if (BENCH_DAY - day).days < 7:  # the last week: the size at each of its nights
            _checkpoint(store)
            week_sizes.append(size(store_path))
    busiest = max(nights, key=lambda r: r["rows"])
    return {
        "nights": len(nights),
        "seconds": sum(r["seconds"] for r in nights),
        "longest_hold_ms": max(r["longest_hold_ms"] for r in nights),
        "longest_cpu_ms": max(r["longest_cpu_ms"] for r in nights),
        **_worst_own(nights),
        "longest_night": max(nights, key=lambda r: r["longest_hold_ms"]),
        "busiest_night": busiest,
        "last_week_bytes": week_sizes,
    }


def _worst_own(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Over several compactions: the longest hold without the machine's pauses, and how many
    holds went over the target with them and without."""
    return {
        "longest_own_hold_ms": max(r["longest_own_hold_ms"] for r in runs),
        "holds_over_target": sum(r["holds_over_target"] for r in runs),
        "own_holds_over_target": sum(r["own_holds_over_target"] for r in runs),
        "slow_chunks": _slowest([c for r in runs for c in r["slow_chunks"]]),
    }


def _write(store: Store, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    store.db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        rows,
    )


async def _compact_with(compaction: Compaction) -> dict[str, Any]:
    started = time.perf_counter()
    report = await compaction.run()
    holds = sorted(c.seconds for c in report.chunk_log)
    found = _watch.pauses() if _watch is not None else []
    mine = pauses.own_holds(report.chunk_log, found)
    own = sorted(mine)
    # The slow chunks, to be read one by one: what the hold was made of.
    slow = [
        {
            "hold_ms": chunk.seconds * 1000,
            "cpu_ms": chunk.cpu_s * 1000,
            "system_ms": chunk.system_s * 1000,
            "paused_ms": pauses.inside(chunk, sorted(found, key=lambda p: p.started)) * 1000,
            "own_ms": kept * 1000,
        }
        for chunk, kept in zip(report.chunk_log, mine, strict=True)
        if chunk.seconds > SLOW_S
    ]
    return {
        "seconds": time.perf_counter() - started,
        "rows": report.rows,  # reminder rows and water days
        "water_days": report.water_days,
        "people": report.people,
        "chunks": report.chunks,
        "chunk_rows": report.chunk_rows,
        "longest_hold_ms": report.longest_hold_s * 1000,
        "longest_cpu_ms": report.longest_cpu_s * 1000,
        "p50_hold_ms": holds[len(holds) // 2] * 1000 if holds else 0.0,
        "p99_hold_ms": holds[int(len(holds) * 0.99)] * 1000 if holds else 0.0,
        # Without the machine's own pauses (bench/pauses.py); the same where none were seen.
        "longest_own_hold_ms": own[-1] * 1000 if own else 0.0,
        "holds_over_target": sum(h > 0.050 for h in holds),
        "own_holds_over_target": sum(h > 0.050 for h in own),
        "slow_chunks": _slowest(slow),
        "busy_s": report.busy_s,
    }


def _slowest(chunks: list[dict[str, float]]) -> list[dict[str, float]]:
    return sorted(chunks, key=lambda c: -c["hold_ms"])[:SLOW_KEPT]


def lived(full: Path, work: Path, n: int, history_days: int) -> dict[str, Any]:
    """The size after a year written day by day with the compaction every night."""
    source_path = work / "source.db"
    shutil.copyfile(full, source_path)
    source_path.chmod(0o600)
    source = Store.open(source_path)
    target = work / f"lived-{history_days}.db"
    store = Store.open(target)
    store.manual_checkpoints()
    try:
        for table in ("occurrences", "itch", "water", "day_triggers", "checkins"):
            source.db.execute(
                f"CREATE INDEX IF NOT EXISTS bench_{table}_day ON {table}(local_date)"
            )
        started = time.perf_counter()
        nights = asyncio.run(_nights(store, target, source, history_days))
        _checkpoint(store)
        after = size(target)
        packed, tables = _packed_and_tables(store, work / f"lived-packed-{history_days}.db")
        kept = store.db.execute("SELECT count(*) FROM occurrences").fetchone()[0]
    finally:
        store.close()
        source.close()
    for leftover in [*work.glob(target.name + "*"), *work.glob(source_path.name + "*")]:
        leftover.unlink()
    week = nights["last_week_bytes"]
    return {
        "history_days": history_days,
        "seconds": time.perf_counter() - started,
        "compaction": nights,
        "bytes": after,
        "bytes_packed": packed,
        "occurrences_kept": kept,
        "bytes_per_participant_year": after / n,
        "gb_at_100k": after / n * AT_SCALE / GB,
        "gb_at_100k_packed": packed / n * AT_SCALE / GB,
        # Over the last week's nights: everyone here started on the same weekday, so their
        # kept window is HISTORY_DAYS + 0..6 days at once; with start days spread over the
        # week, as among real people, the whole is the week's mean.
        "gb_at_100k_week_mean": sum(week) / len(week) / n * AT_SCALE / GB,
        "gb_at_100k_week_peak": max(week) / n * AT_SCALE / GB,
        "tables_bytes": tables,
    }


# The tables the bench's year writes, each with how a copy renumbers its person: participants
# by `id`, the rest by `participant_id`; `occurrences` and `checkins` take new row ids.
_COPIED: Final = ("participants", "occurrences", "checkins", "itch", "water", "day_triggers")


def _copy_people(store: Store, offset: int) -> None:
    """The source's people (attached as `src`) once more, their ids moved by `offset`."""
    with store.db.atomic():
        for table in _COPIED:
            columns = [
                c[1]
                for c in store.db.execute(f"PRAGMA src.table_info({table})").fetchall()
                if not (table != "participants" and c[1] == "id")
            ]
            moved = "id" if table == "participants" else "participant_id"
            chosen = ", ".join(f"{c} + {offset}" if c == moved else c for c in columns)
            store.db.execute(
                f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {chosen} FROM src.{table}"
            )


def at_scale(full: Path, work: Path, n: int, copies: int, history_days: int) -> dict[str, Any]:
    """The year at n x copies participants, each copy compacted on its first night."""
    target = work / f"scale-{history_days}.db"
    store = Store.open(target)
    store.manual_checkpoints()
    batches: list[dict[str, Any]] = []
    started = time.perf_counter()
    try:
        store.db.execute(f"ATTACH DATABASE '{full}' AS src")
        for k in range(copies):
            written = time.perf_counter()
            _copy_people(store, k * n)
            # A year written in one transaction leaves a log of hundreds of MB, which every
            # read of the compaction then searches; the bot's year was written over a year,
            # its log copied back all along.
            _checkpoint(store)
            copy_s = time.perf_counter() - written
            night = asyncio.run(_compact(store, NIGHT, history_days))
            batches.append({"copy_s": copy_s, **night})
            if k % 10 == 9 or k == copies - 1:
                _checkpoint(store)
                print(
                    f"      {(k + 1) * n:,} participants: {size(target) / GB:.2f} GB, "
                    f"{time.perf_counter() - started:.0f} s",
                    flush=True,
                )
        store.db.execute("DETACH DATABASE src")
        _checkpoint(store)
        after = size(target)
        people = store.db.execute("SELECT count(*) FROM participants").fetchone()[0]
        packed, tables = _packed_and_tables(store, work / f"scale-packed-{history_days}.db")
        kept = store.db.execute("SELECT count(*) FROM occurrences").fetchone()[0]
        weeks = store.db.execute("SELECT count(*) FROM reminder_weeks").fetchone()[0]
        nights = [
            asyncio.run(_compact(store, NIGHT + dtm.timedelta(days=d), history_days))
            for d in range(1, 8)
        ]
    finally:
        store.close()
    for leftover in work.glob(target.name + "*"):
        leftover.unlink()
    return {
        "history_days": history_days,
        "participants": people,
        "copies": copies,
        "seconds": time.perf_counter() - started,
        "bytes": after,
        "bytes_packed": packed,
        "gb": after / GB,
        "gb_packed": packed / GB,
        "occurrences_kept": kept,
        "reminder_weeks": weeks,
        # The first nights of all the copies: what a first night after an upgrade does at
        # this size, in sum (its work) and at worst (its longest hold of the event loop).
        "first_nights": {
            "seconds": sum(b["seconds"] for b in batches),
            "rows": sum(b["rows"] for b in batches),
            "longest_hold_ms": max(b["longest_hold_ms"] for b in batches),
            "longest_cpu_ms": max(b["longest_cpu_ms"] for b in batches),
            **_worst_own(batches),
            "p99_hold_ms": max(b["p99_hold_ms"] for b in batches),
            "copy_seconds": sum(b["copy_s"] for b in batches),
        },
        "worst_night": max(nights, key=lambda r: r["rows"]),
        "nights_longest_hold_ms": max(r["longest_hold_ms"] for r in nights),
        "nights_longest_own_hold_ms": max(r["longest_own_hold_ms"] for r in nights),
        "tables_bytes": tables,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.year", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000)
    parser.add_argument("--tried", default=",".join(str(d) for d in TRIED))
    parser.add_argument(
        "--lived",
        default=",".join(str(d) for d in LIVED),
        help="HISTORY_DAYS for which the year is also lived day by day (comma separated)",
    )
    parser.add_argument(
        "--copies",
        type=int,
        default=0,
        help="also measure the year at n x COPIES participants (with HISTORY_DAYS's default)",
    )
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    global _watch
    with (
        tempfile.TemporaryDirectory(prefix="bench-year-") as tmp,
        pauses.watch(Path(tmp)) as _watch,
    ):
        began = time.perf_counter()
        work = Path(tmp)
        full = work / "year.db"
        print(f"    a year of {args.n:,} participants", flush=True)
        built = build(full, args.n)
        rows = []
        for days in (int(d) for d in args.tried.split(",") if d):
            print(f"    HISTORY_DAYS={days}", flush=True)
            rows.append(tried(full, work, args.n, days))
        days_lived = []
        for days in (int(d) for d in args.lived.split(",") if d):
            print(f"    HISTORY_DAYS={days}, the year lived day by day", flush=True)
            days_lived.append(lived(full, work, args.n, days))
        scaled = None
        if args.copies:
            print(f"    {args.n * args.copies:,} participants, measured", flush=True)
            scaled = at_scale(full, work, args.n, args.copies, HISTORY_DAYS)
        machine = {
            "trusted": _watch.trusted,
            **pauses.summary(_watch.pauses(), time.perf_counter() - began),
        }
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
            "lived": days_lived,
            "at_scale": scaled,
            "pauses": machine,
        },
    )


if __name__ == "__main__":
    main()
