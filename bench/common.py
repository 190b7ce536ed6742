"""Small helpers shared by the benchmark's parts: memory, percentiles, the machine, file sizes."""

from __future__ import annotations

import datetime as dtm
import json
import math
import os
import platform
import resource
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"
RESULTS_DIR = BENCH_DIR / "results"


class RealTimeClock:
    """A clock that shows a chosen instant and, once anchored, moves with real time.

    The burst uses it so that lateness, "late" notices and the 2-hour grace behave as they
    would in production, while the day and hour are the ones the benchmark planned for.
    """

    def __init__(self, frozen: dtm.datetime) -> None:
        self._base = frozen.astimezone(dtm.UTC)
        self._anchor: float | None = None

    def anchor(self, instant: dtm.datetime, at: float) -> None:
        """From monotonic time `at` on, the clock reads `instant` plus the real time elapsed."""
        self._base = instant.astimezone(dtm.UTC)
        self._anchor = at

    def now(self) -> dtm.datetime:
        if self._anchor is None:
            return self._base
        return self._base + dtm.timedelta(seconds=time.monotonic() - self._anchor)


def rss_mb() -> float:
    """Resident memory of this process now (VmRSS), in MB."""
    return _status_kb("VmRSS") / 1024


def peak_rss_mb() -> float:
    """The highest resident memory this process has had (VmHWM), in MB."""
    kb = _status_kb("VmHWM")
    if kb == 0:  # not Linux: ru_maxrss is in KB on Linux, bytes on macOS
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return kb / 1024


def _status_kb(field: str) -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def db_size_mb(path: Path) -> float:
    """The database file plus its write-ahead log, in MB."""
    total = 0
    for suffix in ("", "-wal"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            total += candidate.stat().st_size
    return total / 2**20


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram_gb = 0.0
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    ram_gb = int(line.split()[1]) / 2**20
                    break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "ram_gb": round(ram_gb, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def read_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data
