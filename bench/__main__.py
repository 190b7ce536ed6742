"""`python -m bench` (what `make bench` runs): every part in a fresh process, then the table.

    make bench                 burst 1,000 and 10,000; scale 100,000; /progress; naive 10k, 100k;
                               the pattern finder's false alarms and power (simulated); a
                               simulated year, compacted (sizes extrapolated to 100,000)
    make bench ARGS=--full     the same plus the 100,000-participant burst (about an hour)
                               and the year measured at 100,000 (another hour or so)
    python -m bench --only burst --sizes 1000     one part, chosen sizes

Writes bench/results/latest.json (and a copy named after the time) and prints a markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dtm
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import RESULTS_DIR, ROOT, machine, read_json, write_json
from bench.populate import scale_db
from bench.report import markdown, targets
from bench.scale import prepare_copy
from bench.server import ServerProcess

PARTS = ("burst", "flood", "crash", "patterns", "scale", "progress", "naive", "year")
BURST_PROBES = 30  # people asking (/help, then a tap) while a burst goes out ...
PROBED_FROM = 10_000  # ... from this size on (the target is set for 10,000)
SCALE_N = 100_000
YEAR_N = 1_000  # a simulated year: participants (sizes extrapolated to 100,000)
YEAR_COPIES = 100  # with --full, that year also measured at YEAR_N x YEAR_COPIES
NAIVE_SIZES = (10_000, 100_000)


def _run(module: str, out: Path, *args: str) -> dict[str, Any]:
    """`python -m bench.<module> ... --out FILE` in a fresh process; its JSON answer."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args, "--out", str(out)], check=True, cwd=ROOT
    )
    result = read_json(out)
    print(f"    done in {time.monotonic() - started:.0f} s", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--full", action="store_true", help="add the 100,000-participant burst and year"
    )
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated: {PARTS}")
    parser.add_argument("--sizes", default="", help="burst sizes, comma-separated")
    parser.add_argument("--scale", type=int, default=SCALE_N, help="participants for scale")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "latest.json")
    args = parser.parse_args()
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {sorted(unknown)}")
    sizes = [int(s) for s in args.sizes.split(",") if s] or [1_000, 10_000]
    if args.full and not args.sizes:
        sizes.append(100_000)
    naive_sizes = sorted({min(n, args.scale) for n in NAIVE_SIZES})

    results: dict[str, Any] = {
        "started_at": dtm.datetime.now(dtm.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "command": " ".join(["python -m bench", *sys.argv[1:]]),
    }
    print(f"Benchmark on {results['machine']}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        if "burst" in parts:
            results["burst"] = []
            for n in sizes:
                print(
                    f"  burst: {n:,} participants (about {n / 29 / 60 + 0.3:.0f} min)", flush=True
                )
                # A fresh server per size: its counters and flood windows start at zero.
                with ServerProcess(rate_limit=True) as server:
                    out = work / f"burst-{n}.json"
                    results["burst"].append(
                        _run(
                            "burst",
                            out,
                            "--n",
                            str(n),
                            "--server",
                            server.base_url,
                            "--probes",
                            str(BURST_PROBES if n >= PROBED_FROM else 0),
                        )
                    )
        if "flood" in parts:
            print("  flood: one person sends 40 messages, 20 others ask meanwhile", flush=True)
            with ServerProcess(rate_limit=True) as server:
                results["flood"] = _run("replies", work / "flood.json", "--server", server.base_url)
        if "crash" in parts:
            print("  crash: kill -9 twenty times in a burst (about 1 min)", flush=True)
            results["crash"] = _run("crash", work / "crash.json")
        if "patterns" in parts:
            print(
                "  patterns: the pattern finder on simulated participants (about 1 min)", flush=True
            )
            results["patterns"] = _run("patterns_sim", work / "patterns.json")
        if "year" in parts:
            copies = YEAR_COPIES if args.full else 0
            print(
                f"  year: a year of {YEAR_N:,} participants, compacted (about 9 min)"
                + (f"; then {YEAR_N * copies:,} (about 70 min)" if copies else ""),
                flush=True,
            )
            results["year"] = _run(
                "year", work / "year.json", "--n", str(YEAR_N), "--copies", str(copies)
            )
        if parts & {"scale", "naive", "progress"}:
            with ServerProcess(rate_limit=False) as server:
                _scale_parts(parts, args.scale, naive_sizes, server.base_url, work, results)
    results["finished_at"] = dtm.datetime.now(dtm.UTC).isoformat(timespec="seconds")
    results["targets"] = targets(results)
    write_json(args.out, results)
    stamp = results["started_at"][:19].replace(":", "").replace("-", "")
    write_json(args.out.parent / f"bench-{stamp}.json", results)
    print()
    print(markdown(results))
    print(f"\n(JSON: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out})")
    return 0


def _scale_minutes(db: Path, minutes: str, work: Path, server: str) -> dict[str, Any]:
    """Start-up and the given minutes ("none": start-up only) on a fresh copy of `db`."""
    copy = prepare_copy(db, work, minutes)
    out = work / f"scale-{minutes}-{db.stem}.json"
    row = _run("scale", out, "--db", str(copy), "--server", server, "--minutes", minutes)
    copy.unlink()
    return row


def _scale_parts(
    parts: set[str],
    scale_n: int,
    naive_sizes: list[int],
    server: str,
    work: Path,
    results: dict[str, Any],
) -> None:
    big = scale_db(scale_n)
    if "scale" in parts or "naive" in parts:
        ours: list[dict[str, Any]] = []
        for n in naive_sizes:
            if n == scale_n:
                continue
            print(f"  scale: start-up with {n:,} participants", flush=True)
            row = _scale_minutes(scale_db(n), "none", work, server)
            ours.append({"participants": row["participants"], **row["startup"]})
        print(f"  scale: {scale_n:,} participants, start-up and two minutes (about 2 min)")
        morning = _scale_minutes(big, "morning", work, server)
        print(f"  scale: {scale_n:,} participants, the planning minute at midnight", flush=True)
        midnight = _scale_minutes(big, "midnight", work, server)
        morning["planning_minute"] = midnight["planning_minute"]
        results["scale"] = morning
        ours.append({"participants": morning["participants"], **morning["startup"]})
        results["ours_startup"] = sorted(ours, key=lambda r: int(r["participants"]))
    if "naive" in parts:
        results["naive"] = []
        for n in naive_sizes:
            print(f"  naive: one job per reminder, {n:,} participants", flush=True)
            results["naive"].append(
                _run(
                    "naive", work / f"naive-{n}.json", "--db", str(scale_db(n)), "--server", server
                )
            )
    if "progress" in parts:
        print("  /progress: a year of data", flush=True)
        copy = prepare_copy(big, work, "progress")
        results["progress"] = _run("progress_reply", work / "progress.json", "--db", str(copy))
        copy.unlink()


if __name__ == "__main__":
    sys.exit(main())
