"""The nightly compaction of the reminder history (issue 19): reminder rows older than
HISTORY_DAYS become weekly counts per person and kind, the habits' with the state the habit
score and the streaks need at the boundary (bot/programme/habits.py `compact`), the others'
(a check-in's, its nudge's, an offer's: `week_counts`) only counted; the water days before the
same boundary are packed, a row a week with every day's glasses (bot/storage/diary.py
`pack_water`: nothing lost); incremental vacuum gives the space back. Check-ins, itch,
triggers, notes and consent are the clinical record: other tables, never touched.

It runs in the event loop, in chunks: each chunk is a few small transactions of at most about
CHUNK_ROWS rows (or CHUNK_SECONDS, on a night when few people's weeks turn over and most are
only looked at), and between chunks it yields (`await asyncio.sleep(0)`), so the dispatcher's
ticks and people's taps go on. Each chunk's hold of the loop is measured and reported.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import resource
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Final
from zoneinfo import ZoneInfo

from bot.programme.habits import week_start
from bot.programme.kinds import KINDS
from bot.programme.schedule import EVENTS, MAX_HYDRATION
from bot.storage import StorageError, Store
from bot.storage.reminders import CompactionCandidate
from jobs.clock import Clock

log = logging.getLogger(__name__)

# Rows a chunk takes before it yields; a person's step may take it over by at most
# MAX_STEP_ROWS. The bench (docs/benchmark.md, `year`) measures the hold this gives.
CHUNK_ROWS: Final = 1_000
# A chunk also ends after this long, whatever it took: most people have nothing due on a
# given night, and looking at 100,000 of them in one chunk would hold the loop for a second.
CHUNK_SECONDS: Final = 0.015
# A person's old rows are compacted at most this many weeks at a time (the first night after
# an upgrade finds a year of them).
WEEKS_PER_STEP: Final = 4
# The rows a person can have in WEEKS_PER_STEP weeks: a row a day of each kind but water,
# the water up to MAX_HYDRATION reminders a day, a row of water's glasses a day, and at most
# one of each other reminder a day (a check-in, its nudge, an offer of each kind, ...).
MAX_STEP_ROWS: Final = (
    WEEKS_PER_STEP * 7 * (len(KINDS) - 1 + MAX_HYDRATION + 1 + len(EVENTS) - 1 + len(KINDS))
)
# People read per query for candidates.
CANDIDATES: Final = 500
# Free pages the incremental vacuum gives back per chunk (4 KB each).
VACUUM_PAGES: Final = 2_000
# Every this many chunks, the write-ahead log is copied back in a worker thread (the bot's
# SQLite does not do it inside a commit: Store.manual_checkpoints), so it stays small.
CHECKPOINT_EVERY: Final = 10
# Local time (DEFAULT_TIMEZONE) from which the nightly compaction is due, once a day.
NIGHTLY_AT: Final = dtm.time(4, 0)


# Linux's; elsewhere the whole process's (the bot's other threads wait on it meanwhile).
_THREAD: Final = getattr(resource, "RUSAGE_THREAD", resource.RUSAGE_SELF)


def _cpu() -> tuple[float, float]:
    """This thread's CPU time so far: in user space, and in the kernel."""
    usage = resource.getrusage(_THREAD)
    return usage.ru_utime, usage.ru_stime


@dataclass(frozen=True)
class Chunk:
    """One hold of the event loop: when it began (time.perf_counter), how long it took, and
    the CPU time in it, all of it and in the kernel (a wait is neither: a page read from disk,
    the system running something else)."""

    started: float
    seconds: float
    cpu_s: float
    system_s: float


@dataclass
class CompactionReport:
    people: int = 0  # people with rows compacted
    rows: int = 0  # reminder rows and water days, together
    water_days: int = 0  # of these, water days packed
    chunks: int = 0
    longest_hold_s: float = 0.0
    busy_s: float = 0.0  # the sum of the holds
    chunk_rows: int = 0  # the most rows a chunk took
    pages_left: int = 0  # free pages not yet given back
    chunk_log: list[Chunk] = field(default_factory=list)  # each chunk's hold of the loop
    # The most CPU time a chunk took (its hold without the time the system gave to other
    # processes meanwhile: on a busy machine the two differ).
    longest_cpu_s: float = 0.0

    def hold(self, started: float, cpu: tuple[float, float]) -> None:
        """A chunk that began at `started` (time.perf_counter) with `cpu` (`_cpu`) ends now."""
        seconds = time.perf_counter() - started
        user, system = (now - then for now, then in zip(_cpu(), cpu, strict=True))
        self.chunk_log.append(Chunk(started, seconds, user + system, system))
        self.busy_s += seconds
        self.longest_hold_s = max(self.longest_hold_s, seconds)
        self.longest_cpu_s = max(self.longest_cpu_s, user + system)


class Compaction:
    """One pass over everyone: `run`; `run_if_due` for the nightly job."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        history_days: int,
        zone: str = "UTC",
        chunk_rows: int = CHUNK_ROWS,
        chunk_seconds: float = CHUNK_SECONDS,
    ) -> None:
        self.store, self.clock = store, clock
        self.history_days = history_days
        self.zone = ZoneInfo(zone)
        self.chunk_rows, self.chunk_seconds = chunk_rows, chunk_seconds
        self._last: dtm.date | None = None
        self._running = False

    def due(self, now: dtm.datetime) -> bool:
        here = now.astimezone(self.zone)
        return here.time() >= NIGHTLY_AT and (self._last is None or self._last < here.date())

    async def run_if_due(self) -> CompactionReport | None:
        now = self.clock.now()
        if self._running or not self.due(now):
            return None
        self._running = True
        try:
            report = await self.run()
        except StorageError as exc:  # tried again at the next check; what was done stays done
            log.error("reminder compaction stopped: %s", exc)
            return None
        finally:
            self._running = False
        self._last = now.astimezone(self.zone).date()
        log.info(
            "compacted %d reminder rows and %d water days of %d people in %d chunks; "
            "longest hold %.1f ms",
            report.rows - report.water_days,
            report.water_days,
            report.people,
            report.chunks,
            report.longest_hold_s * 1000,
        )
        return report

    def cutoff(self) -> dtm.date:
        """Rows before the programme week this day falls in are compacted."""
        return self.clock.now().date() - dtm.timedelta(days=self.history_days)

    async def run(self) -> CompactionReport:
        report = CompactionReport()
        cutoff = self.cutoff()
        reminders, diary = self.store.reminders, self.store.diary
        queue: deque[CompactionCandidate] = deque()
        after = 0
        exhausted = False
        touched: set[int] = set()
        while True:
            started, cpu = time.perf_counter(), _cpu()
            rows = looked = 0
            while rows < self.chunk_rows and (
                not looked or time.perf_counter() - started < self.chunk_seconds
            ):
                if not queue and not exhausted:
                    found = reminders.compaction_candidates(after, CANDIDATES)
                    exhausted = len(found) < CANDIDATES
                    if found:
                        after = found[-1].participant_id
                    queue.extend(found)
                if not queue:
                    break
                candidate = queue.popleft()
                looked += 1
                boundary = self.step(candidate, cutoff)
                if boundary is None:
                    continue
                gone = reminders.compact(candidate, boundary)
                # After the reminders: were it stopped between the two, the next step packs
                # these days too (every day before its boundary).
                packed = diary.pack_water(candidate.participant_id, candidate.start, boundary)
                report.water_days += packed
                rows += gone + packed
                if gone or packed:
                    touched.add(candidate.participant_id)
                if boundary < week_start(candidate.start, cutoff):
                    queue.appendleft(
                        CompactionCandidate(
                            candidate.participant_id, candidate.start, boundary, candidate.about
                        )
                    )
            report.pages_left = reminders.free_pages(VACUUM_PAGES)
            report.hold(started, cpu)
            report.chunks += 1
            report.rows += rows
            report.chunk_rows = max(report.chunk_rows, rows)
            if not queue and exhausted:
                break
            await self._pause(report.chunks)
        left = -1
        while report.pages_left and report.pages_left != left:  # until none, or no progress
            left = report.pages_left
            await self._pause(report.chunks)
            started, cpu = time.perf_counter(), _cpu()
            report.pages_left = reminders.free_pages(VACUUM_PAGES)
            report.hold(started, cpu)
            report.chunks += 1
        await asyncio.to_thread(self.store.checkpoint)
        report.people = len(touched)
        return report

    async def _pause(self, chunks: int) -> None:
        """Between chunks: let everything else run; now and then copy the log back."""
        if chunks % CHECKPOINT_EVERY == 0:
            await asyncio.to_thread(self.store.checkpoint)
        else:
            await asyncio.sleep(0)

    def step(self, candidate: CompactionCandidate, cutoff: dtm.date) -> dtm.date | None:
        """The boundary of this person's next step, None when nothing is due."""
        target = week_start(candidate.start, cutoff)
        lower = candidate.before
        if lower is None:
            first = self.store.reminders.first_kept(candidate.participant_id)
            if first is None:
                return None
            lower = week_start(candidate.start, first)
        if target <= lower:
            return None
        return min(target, lower + dtm.timedelta(days=7 * WEEKS_PER_STEP))
