"""The machine's own pauses, so that a hold of the event loop can be told from them.

On the virtual machines this is measured on, the CPU now and then stops for 10–60 ms whatever
runs: a fixed 0.4 ms piece of pure Python, garbage collection off, took up to 59 ms of *its
own* CPU time, ten times in two minutes, and a process sleeping a millisecond at a time on
the other core woke late at the very same moments. Such a pause lands in whichever compaction
chunk is running and is no part of its work; left in, it decides the "longest hold".

`Watch` finds them: a watcher process pinned to the bench's CPU, at real-time priority
(SCHED_FIFO), sleeps a millisecond at a time and writes down every time it woke more than
PAUSE_S late. At that priority nothing of the bench's can keep it from running, so a late
wake-up means the CPU served no ordinary process meanwhile. Only nearly: on a kernel without
preemption, a long system call of the bench's delays it too; and a chunk waiting on the disk
during a pause lost nothing to it. So `own_holds` takes a pause out of a chunk only as far as
neither the chunk's CPU time in the kernel nor its time off the CPU accounts for it. Where
real-time priority is refused (not root, no CAP_SYS_NICE), the watcher cannot be trusted and
nothing is taken out: `Watch.trusted` says which.

`python -m bench.pauses CPU FILE` is the watcher itself.
"""

from __future__ import annotations

import bisect
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Final

from jobs.compaction import Chunk

SLEEP_S: Final = 0.001
# A wake-up later than this is a pause (an ordinary one at real-time priority is ~0.1 ms late).
PAUSE_S: Final = 0.003


@dataclass(frozen=True)
class Pause:
    started: float  # time.perf_counter(): CLOCK_MONOTONIC, the same in every process
    seconds: float


def inside(chunk: Chunk, pauses: Sequence[Pause]) -> float:
    """How much of the chunk's time the machine's pauses took; `pauses` in order of start."""
    ended = chunk.started + chunk.seconds
    # A pause that began more than a second before the chunk ended it long before: none is
    # that long (the watcher's own sleep would have shown it).
    first = bisect.bisect_left([p.started for p in pauses], chunk.started - 1.0)
    total = 0.0
    for pause in pauses[first:]:
        if pause.started >= ended:
            break
        total += max(
            0.0, min(ended, pause.started + pause.seconds) - max(chunk.started, pause.started)
        )
    return total


def own_holds(chunks: Sequence[Chunk], pauses: Sequence[Pause]) -> list[float]:
    """Each chunk's hold without the machine's pauses inside it, as far as nothing of the
    chunk's own explains them: its time in the kernel (a long system call of its own delays the
    watcher too) and its time off the CPU (a read from disk goes on while the machine is
    paused). What is taken out is CPU time the chunk was charged for while the machine, not
    the chunk, held the CPU: a pause on this machine shows as the paused thread's CPU time."""
    ordered = sorted(pauses, key=lambda p: p.started)
    own = []
    for chunk in chunks:
        waited = max(0.0, chunk.seconds - chunk.cpu_s)
        taken = max(0.0, inside(chunk, ordered) - chunk.system_s - waited)
        own.append(chunk.seconds - taken)
    return own


class Watch:
    """The watcher while it runs (`watch()`), and what it found so far (`pauses()`)."""

    def __init__(self, log: Path, process: subprocess.Popen[bytes], trusted: bool) -> None:
        self.log, self.process, self.trusted = log, process, trusted

    def pauses(self) -> list[Pause]:
        if not self.trusted:
            return []
        found = []
        for line in self.log.read_text().splitlines():
            started, seconds = line.split()
            found.append(Pause(float(started), float(seconds)))
        return found


@contextmanager
def watch(work: Path) -> Iterator[Watch]:
    """Pins this process to the CPU it is on and starts the watcher there."""
    allowed = os.sched_getaffinity(0)
    cpu = min(allowed)
    os.sched_setaffinity(0, {cpu})
    log = work / "pauses.log"
    ready = work / "pauses.ready"
    process = subprocess.Popen([sys.executable, "-m", "bench.pauses", str(cpu), str(log)])
    try:
        while not ready.exists() and process.poll() is None:
            time.sleep(0.01)
        yield Watch(log, process, ready.exists() and ready.read_text() == "fifo")
    finally:
        process.terminate()
        process.wait(10)
        os.sched_setaffinity(0, allowed)


def summary(found: Sequence[Pause], seconds: float) -> dict[str, float]:
    longest = max((p.seconds for p in found), default=0.0)
    return {
        "pauses": len(found),
        "per_minute": len(found) / seconds * 60 if seconds else 0.0,
        "longest_ms": longest * 1000,
        "over_20_ms": sum(p.seconds > 0.020 for p in found),
    }


def _watcher(cpu: int, log: Path) -> None:
    os.sched_setaffinity(0, {cpu})
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(10))
        how = "fifo"
    except PermissionError:
        how = "ordinary"
    stop = False

    def stopped(signum: int, frame: FrameType | None) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, stopped)
    with log.open("w") as out:
        ready = log.with_suffix(".ready")
        ready.with_suffix(".tmp").write_text(how)
        ready.with_suffix(".tmp").replace(ready)  # whole, or not there
        while not stop:
            started = time.perf_counter()
            time.sleep(SLEEP_S)
            late = time.perf_counter() - started - SLEEP_S
            if late > PAUSE_S:
                out.write(f"{started + SLEEP_S:.6f} {late:.6f}\n")
                out.flush()


if __name__ == "__main__":
    _watcher(int(sys.argv[1]), Path(sys.argv[2]))
