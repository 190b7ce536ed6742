"""Telling the compaction's holds of the event loop from the machine's own pauses
(bench/pauses.py): the arithmetic, the watcher seeing a pause, and the year's report using it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.pauses import Pause, own_holds, summary, watch
from bench.report import markdown, targets
from jobs.compaction import Chunk

MS = 0.001


@pytest.mark.parametrize(
    ("chunk", "pauses", "own"),
    [
        # No pause: the hold as measured.
        (Chunk(10.0, 30 * MS, 30 * MS, 0.0), [], 30 * MS),
        # A pause wholly inside, charged as the chunk's CPU time: taken out whole.
        (Chunk(10.0, 70 * MS, 70 * MS, 0.0), [Pause(10.010, 45 * MS)], 25 * MS),
        # The chunk was off the CPU 10 ms (a read from disk, which a pause does not stop):
        # that much of the pause may have been its own wait, and stays in.
        (Chunk(10.0, 70 * MS, 60 * MS, 0.0), [Pause(10.010, 45 * MS)], 35 * MS),
        # Off the CPU longer than the pause: nothing taken out.
        (Chunk(10.0, 70 * MS, 20 * MS, 0.0), [Pause(10.010, 45 * MS)], 70 * MS),
        # Before and after the chunk: nothing taken out.
        (Chunk(10.0, 70 * MS, 70 * MS, 0.0), [Pause(9.9, 50 * MS), Pause(10.1, 50 * MS)], 70 * MS),
        # Overlapping its start and its end: only the parts inside.
        (
            Chunk(10.0, 100 * MS, 100 * MS, 0.0),
            [Pause(9.990, 20 * MS), Pause(10.090, 30 * MS)],
            80 * MS,
        ),
        # The chunk's own time in the kernel may have delayed the watcher: not taken out.
        (Chunk(10.0, 70 * MS, 70 * MS, 45 * MS), [Pause(10.010, 45 * MS)], 70 * MS),
        (Chunk(10.0, 70 * MS, 70 * MS, 15 * MS), [Pause(10.010, 45 * MS)], 40 * MS),
    ],
)
def test_a_pause_is_taken_out_of_the_chunk_it_fell_in(
    chunk: Chunk, pauses: list[Pause], own: float
) -> None:
    assert own_holds([chunk], pauses) == [pytest.approx(own)]


def test_the_summary_counts_the_pauses_and_the_long_ones() -> None:
    found = [Pause(1.0, 5 * MS), Pause(2.0, 25 * MS), Pause(3.0, 60 * MS)]
    assert summary(found, 30.0) == {
        "pauses": 3,
        "per_minute": 6.0,
        "longest_ms": pytest.approx(60.0),
        "over_20_ms": 2,
    }
    assert summary([], 0.0)["longest_ms"] == 0.0


def test_the_watcher_sees_a_pause_and_the_process_gets_its_cpus_back(tmp_path: Path) -> None:
    allowed = os.sched_getaffinity(0)
    with watch(tmp_path) as watcher:
        assert len(os.sched_getaffinity(0)) == 1  # pinned beside the watcher
        if not watcher.trusted:  # refused real-time priority: nothing can be taken out
            assert watcher.pauses() == []
        else:
            time.sleep(0.05)
            before = time.perf_counter()
            # Stopped, the watcher wakes late, as when the machine stops everything.
            os.kill(watcher.process.pid, signal.SIGSTOP)
            time.sleep(0.08)
            os.kill(watcher.process.pid, signal.SIGCONT)
            deadline = time.monotonic() + 5
            while not [p for p in watcher.pauses() if p.seconds > 0.06]:
                assert time.monotonic() < deadline, "the watcher did not see the pause"
                time.sleep(0.01)
            (seen,) = [p for p in watcher.pauses() if p.seconds > 0.06]
            assert before <= seen.started <= before + 0.02
            chunk = Chunk(before - 0.01, 0.1, 0.1, 0.0)
            assert own_holds([chunk], [seen]) == [pytest.approx(0.1 - seen.seconds)]
    assert watcher.process.returncode is not None
    assert os.sched_getaffinity(0) == allowed


def test_the_years_report_shows_holds_with_and_without_the_machines_pauses(
    tmp_path: Path,
) -> None:
    out = tmp_path / "year.json"
    command = ["-m", "bench.year", "--n", "2", "--tried", "7", "--lived", "7", "--copies", "2"]
    subprocess.run(
        [sys.executable, *command, "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    year = json.loads(out.read_text())
    machine = year["pauses"]
    assert machine["pauses"] >= machine["over_20_ms"] >= 0
    first = year["at_scale"]["first_nights"]
    assert 0 < first["longest_own_hold_ms"] <= first["longest_hold_ms"]
    results = {
        "machine": {"cores": 2, "ram_gb": 24, "cpu": "x", "python": "3", "system": "Linux"},
        "finished_at": "2026-12-03T12:00:00",
        "year": year,
    }
    (hold,) = [c for c in targets(results) if "longest hold" in c["what"]]
    if machine["trusted"]:
        assert "without the machine's own pauses" in hold["what"]
        assert "Meanwhile the machine itself paused" in markdown(results)
    else:
        assert hold["what"] == "compaction's longest hold of the event loop (ms)"
        assert "could not be told from the holds" in markdown(results)
