"""Databases for the benchmark, written in bulk straight into the bot's own schema.

Participants are rows as onboarding leaves them (`bot.participants.finish_onboarding`); their
reminders are planned by the bot's own planner (`jobs.planner.plan_for`) for today and tomorrow,
as the running bot has them; the days before are history (sent, answered, missed), with weekly
check-ins, daily itch scores and glasses of water. Everything is seeded, so a rerun builds the
same database. `python -m bench.populate --n 100000 --out FILE` builds one scale database.
"""

from __future__ import annotations

import argparse
import datetime as dtm
import hashlib
import random
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

from bench.common import BENCH_DIR, CACHE_DIR, ROOT
from bot.programme.checkin import TRIGGERS
from bot.programme.kinds import KINDS
from bot.programme.planning import plan_for
from bot.programme.records import Participant
from bot.programme.schedule import local_date, local_to_utc, occurrences_for, start_of_day
from bot.programme.settings import consent_tag
from bot.programme.times import epoch
from bot.storage import Store
from bot.storage.participants import participant_from_row
from messages.tips import TIPS

# A Tuesday in June: no daylight-saving change in any of the zones below for weeks around it,
# so a day of history is today's plan moved back by exactly 24 hours.
BENCH_DAY: Final = dtm.date(2026, 6, 9)
AMS: Final = ZoneInfo("Europe/Amsterdam")
# The scale database is the bot's state at this instant: a quiet minute before the 08:00 peak.
SNAPSHOT: Final = dtm.datetime(2026, 6, 9, 7, 51, 30, tzinfo=AMS)
# The burst database: everyone's 08:00 reminders are still to come.
BURST_SNAPSHOT: Final = dtm.datetime(2026, 6, 9, 7, 59, 0, tzinfo=AMS)
BURST_DUE: Final = dtm.datetime(2026, 6, 9, 8, 0, 0, tzinfo=AMS)

# Where participants live (the programme is Dutch, with the Dutch-speaking world and expats).
ZONES: Final[tuple[tuple[str, float], ...]] = (
    ("Europe/Amsterdam", 0.55),
    ("Europe/Brussels", 0.12),
    ("America/Paramaribo", 0.08),
    ("Europe/London", 0.05),
    ("Asia/Jakarta", 0.05),
    ("America/Curacao", 0.04),
    ("America/New_York", 0.04),
    ("Europe/Berlin", 0.03),
    ("America/Aruba", 0.02),
    ("Australia/Sydney", 0.02),
)
HISTORY_DAYS: Final = 7
FIRST_ID: Final = 500_000_000  # Telegram-like user ids

_PARTICIPANT_COLUMNS: Final = (
    "id",
    "language",
    "status",
    "step",
    "awaiting",
    "age_group",
    "consent_version",
    "consent_at",
    "timezone",
    "wake",
    "bed",
    "probiotic_time",
    "fibre_time",
    "hydration_count",
    "probiotic_on",
    "hydration_on",
    "fibre_on",
    "winddown_on",
    "start_date",
    "paused_until",
    "planned_through",
    "next_plan_at",
    "created_at",
    "checkin_day",
    "checkin_time",
)
_OCCURRENCE_COLUMNS: Final = (
    "participant_id",
    "kind",
    "slot",
    "local_date",
    "due_at",
    "status",
    "answer",
    "answered_at",
    "snoozes",
    "tip_key",
    "message_id",
    "sent_at",
)
_CHECKIN_COLUMNS: Final = (
    "participant_id",
    "source",
    "local_date",
    "opened_at",
    "expires_at",
    "status",
    "step",
    *(f"poem{i}" for i in range(1, 8)),
    "bloating",
    "pain",
    "stools",
    "sleep",
    "stress",
    "triggers",
    "note",
    "skin_score",
    "completed_at",
)
_TIP_KEYS: Final = {kind: [tip.key for tip in TIPS[kind]] for kind in KINDS}
_ONE_DAY: Final = dtm.timedelta(days=1)


def hm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


# -- participants -------------------------------------------------------------------------------


def realistic_participant(pid: int, rng: random.Random, today: dtm.date) -> dict[str, Any]:
    """One participant with settings spread the way people choose them (defaults are common)."""
    zone = rng.choices([z for z, _ in ZONES], weights=[w for _, w in ZONES])[0]
    english = rng.random() < (0.6 if zone in ("Asia/Jakarta", "America/New_York") else 0.15)
    wake = 7 * 60 if rng.random() < 0.45 else rng.randrange(5 * 60 + 30, 9 * 60 + 1, 15)
    bed = 23 * 60 if rng.random() < 0.45 else rng.randrange(21 * 60 + 30, 24 * 60 + 31, 15)
    probiotic = 8 * 60 if rng.random() < 0.5 else wake + rng.choice((0, 15, 30, 45, 60, 90))
    fibre = 17 * 60 + 30 if rng.random() < 0.5 else rng.randrange(12 * 60, 20 * 60 + 1, 15)
    roll = rng.random()
    status = "active" if roll < 0.90 else "stopped" if roll < 0.96 else "blocked"
    started = today - dtm.timedelta(days=rng.randrange(0, 181))
    paused_until = None
    if status == "active" and rng.random() < 0.03:
        paused_until = epoch(start_of_day(today + dtm.timedelta(days=rng.randrange(1, 6)), zone))
    created = local_to_utc(
        started, dtm.time(rng.randrange(7, 23), rng.randrange(60)), ZoneInfo(zone)
    )
    parent = rng.random() < 0.12
    return {
        "id": pid,
        "language": "en" if english else "nl",
        "status": status,
        "step": "done",
        "awaiting": None,
        "age_group": "parent" if parent else "adult",
        "consent_version": consent_tag(parent),
        "consent_at": created.isoformat(),
        "timezone": zone,
        "wake": hm(wake),
        "bed": hm(bed),
        "probiotic_time": hm(probiotic),
        "fibre_time": hm(fibre),
        "hydration_count": rng.choices((3, 4, 5, 6, 8), weights=(10, 60, 10, 12, 8))[0],
        "probiotic_on": int(rng.random() < 0.95),
        "hydration_on": int(rng.random() < 0.85),
        "fibre_on": int(rng.random() < 0.85),
        "winddown_on": int(rng.random() < 0.80),
        "start_date": started.isoformat(),
        "paused_until": paused_until,
        "planned_through": None,
        "next_plan_at": None,
        "created_at": epoch(created),
        "checkin_day": 6 if rng.random() < 0.7 else rng.randrange(7),
        "checkin_time": "19:00" if rng.random() < 0.6 else hm(rng.randrange(8, 22) * 60),
    }


def burst_participant(pid: int, index: int, today: dtm.date, checkin_every: int) -> dict[str, Any]:
    """Everyone in Amsterdam, probiotic and the first glass of water at 08:00, fibre at 08:10
    (three reminders that the dispatcher combines into one message); every `checkin_every`-th
    person also has the weekly check-in at 08:00, a second message to the same chat."""
    started = today - dtm.timedelta(days=index % 150)
    checkin = checkin_every > 0 and index % checkin_every == 0
    created = local_to_utc(started, dtm.time(9, 0), AMS)
    return {
        "id": pid,
        "language": "en" if index % 5 == 0 else "nl",
        "status": "active",
        "step": "done",
        "awaiting": None,
        "age_group": "adult",
        "consent_version": consent_tag(False),
        "consent_at": created.isoformat(),
        "timezone": "Europe/Amsterdam",
        "wake": "07:30",  # first glass of water half an hour after waking: 08:00
        "bed": "23:00",
        "probiotic_time": "08:00",
        "fibre_time": "08:10",
        "hydration_count": 4,
        "probiotic_on": 1,
        "hydration_on": 1,
        "fibre_on": 1,
        "winddown_on": 1,
        "start_date": started.isoformat(),
        "paused_until": None,
        "planned_through": None,
        "next_plan_at": None,
        "created_at": epoch(created),
        "checkin_day": today.weekday() if checkin else 6,
        "checkin_time": "08:00" if checkin else "19:00",
    }


# -- writing --------------------------------------------------------------------------------------


@dataclass
class BuildReport:
    participants: int
    active: int
    occurrences: int
    planned: int
    checkins: int
    seconds: float


def _insert(store: Store, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    count = 0
    for chunk in _chunks(rows, 50_000):
        store.db.conn.executemany(sql, chunk)
        count += len(chunk)
    return count


def _chunks(rows: Iterable[Sequence[Any]], size: int) -> Iterator[list[Sequence[Any]]]:
    chunk: list[Sequence[Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _History:
    """Answers and deliveries for rows whose moment has passed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.message_id = 1

    def past(
        self, pid: int, kind: str, slot: int, day: str, due: int, adherence: float
    ) -> tuple[Any, ...]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.03:
            return (pid, kind, slot, day, due, "missed", None, None, 0, None, None, None)
        if roll < 0.035:
            return (pid, kind, slot, day, due, "failed", None, None, 0, None, None, None)
        self.message_id += 1
        sent_at = due + rng.randrange(0, 90)
        tip = rng.choice(_TIP_KEYS[kind]) if kind in _TIP_KEYS else None
        answer: str | None = None
        answered_at: int | None = None
        pick = rng.random()
        if kind in _TIP_KEYS and pick < adherence:
            answer, answered_at = "done", sent_at + rng.randrange(30, 7200)
        elif kind in _TIP_KEYS and pick < adherence + 0.05:
            answer, answered_at = "skipped", sent_at + rng.randrange(30, 7200)
        snoozes = 1 if rng.random() < 0.04 else 0
        return (
            pid,
            kind,
            slot,
            day,
            due,
            "sent",
            answer,
            answered_at,
            snoozes,
            tip,
            self.message_id,
            sent_at,
        )


def build(
    store: Store,
    participants: Sequence[dict[str, Any]],
    snapshot: dtm.datetime,
    *,
    history_days: int = HISTORY_DAYS,
    seed: int = 7,
) -> BuildReport:
    """Write participants, their plan for today and tomorrow (as of `snapshot`) and history."""
    started = time.perf_counter()
    rng = random.Random(seed)
    history = _History(rng)
    now = epoch(snapshot)
    occurrences: list[tuple[Any, ...]] = []
    checkins: list[tuple[Any, ...]] = []
    itch: list[tuple[Any, ...]] = []
    water: list[tuple[Any, ...]] = []
    planned = active = 0
    for row in participants:
        if row["status"] != "active":
            continue
        active += 1
        person = participant_from_row(row)
        zone = person.timezone
        today = local_date(snapshot, zone)
        plan, through, next_plan_at = plan_for(person, start_of_day(today, zone))
        row["planned_through"] = through.isoformat()
        row["next_plan_at"] = epoch(next_plan_at)
        pid = person.id
        adherence = 0.35 + 0.6 * rng.random()
        start = person.start_date or today
        today_rows: list[tuple[str, int, int]] = []
        for o in plan:
            due = epoch(o.due)
            on = o.local_date.isoformat()
            if o.local_date == today and o.kind in KINDS:
                today_rows.append((o.kind, o.slot, due))
            if due < now:
                occurrences.append(history.past(pid, o.kind, o.slot, on, due, adherence))
            else:
                planned += 1
                occurrences.append(
                    (pid, o.kind, o.slot, on, due, "planned", None, None, 0, None, None, None)
                )
        settings = person.reminder_settings()
        if not today_rows:  # paused today: take the day's reminders from the settings
            today_rows = [
                (o.kind, o.slot, epoch(o.due))
                for o in occurrences_for(settings, today)
                if o.kind in KINDS
            ]
        for back in range(1, history_days + 1):
            day = today - dtm.timedelta(days=back)
            if day < start:
                break
            shift = back * 86400
            text = day.isoformat()
            for kind, slot, due in today_rows:
                occurrences.append(history.past(pid, kind, slot, text, due - shift, adherence))
            if day.weekday() == settings.checkin_day:
                due = epoch(local_to_utc(day, settings.checkin_time, ZoneInfo(zone)))
                occurrences.append(history.past(pid, "checkin", 0, text, due, adherence))
            if person.enabled("winddown") and rng.random() < adherence:
                itch.append((pid, text, rng.randrange(0, 11), now - shift))
            if rng.random() < 0.6:
                water.append((pid, text, rng.randrange(1, 9)))
        checkins += _checkins(rng, person, start, today, now)
    with store.db.atomic():
        _insert(store, "participants", _PARTICIPANT_COLUMNS, _participant_tuples(participants))
        occurrences.sort(key=lambda r: (r[0], r[3], r[4]))  # as the bot writes them: by person
        written = _insert(store, "occurrences", _OCCURRENCE_COLUMNS, occurrences)
        _insert(store, "checkins", _CHECKIN_COLUMNS, checkins)
        _insert(store, "itch", ("participant_id", "local_date", "score", "answered_at"), itch)
        _insert(store, "water", ("participant_id", "local_date", "glasses"), water)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return BuildReport(
        participants=len(participants),
        active=active,
        occurrences=written,
        planned=planned,
        checkins=len(checkins),
        seconds=time.perf_counter() - started,
    )


def _participant_tuples(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    for row in rows:
        yield tuple(row[c] for c in _PARTICIPANT_COLUMNS)


def _checkins(
    rng: random.Random, person: Participant, start: dtm.date, today: dtm.date, now: int
) -> list[tuple[Any, ...]]:
    """The baseline on the first day, then one a week on the chosen day; mostly completed."""
    zone = ZoneInfo(person.timezone)
    at = dtm.time.fromisoformat(person.checkin_time)
    days = [start]
    day = start + _ONE_DAY
    while day <= today:
        if day.weekday() == person.checkin_day:
            days.append(day)
        day += _ONE_DAY
    severity = rng.uniform(6, 20)
    rows: list[tuple[Any, ...]] = []
    for index, day in enumerate(days):
        opened = epoch(local_to_utc(day, at, zone))
        if opened >= now:
            break
        expires = opened + 3 * 86400
        source = "baseline" if index < 1 else "weekly"
        if expires > now and rng.random() < 0.5:
            status, step = "open", rng.randrange(0, 14)
        else:
            status = "done" if rng.random() < 0.85 else "expired"
            step = 14 if status == "done" else rng.randrange(0, 14)
        answered = 14 if status == "done" else step
        level = max(0.0, severity * (1 - 0.03 * index) + rng.gauss(0, 2)) / 7
        poem = [
            min(4, max(0, round(level / 4 * 4 + rng.gauss(0, 0.7)))) if i < answered else None
            for i in range(7)
        ]
        extra: list[Any] = [
            rng.randrange(8) if answered > 7 else None,
            rng.randrange(8) if answered > 8 else None,
            rng.randrange(8) if answered > 9 else None,
            float(rng.randrange(4, 10)) if answered > 10 else None,
            rng.randrange(11) if answered > 11 else None,
            ",".join(t for t in TRIGGERS if rng.random() < 0.12) if answered > 12 else "",
            None,
        ]
        score = sum(p for p in poem if p is not None) if status == "done" else None
        completed = opened + rng.randrange(120, 3600) if status == "done" else None
        rows.append(
            (
                person.id,
                source,
                day.isoformat(),
                opened,
                expires,
                status,
                step,
                *poem,
                *extra,
                score,
                completed,
            )
        )
    return rows


# -- the databases the benchmark uses -------------------------------------------------------------


def build_scale_db(path: Path, n: int, *, seed: int = 7) -> BuildReport:
    rng = random.Random(seed)
    rows = [realistic_participant(FIRST_ID + i, rng, BENCH_DAY) for i in range(n)]
    store = Store.open(path)
    try:
        return build(store, rows, SNAPSHOT, seed=seed)
    finally:
        store.close()


@dataclass(frozen=True)
class BurstPlan:
    participants: int
    checkins: int  # people who also get their weekly check-in at 08:00
    reminders: int  # reminder rows due from 08:00 to 08:15, combined into one message each

    @property
    def messages(self) -> int:
        return self.participants + self.checkins


def populate_burst(store: Store, n: int, *, checkin_every: int = 10) -> BurstPlan:
    rows = [burst_participant(FIRST_ID + i, i, BENCH_DAY, checkin_every) for i in range(n)]
    build(store, rows, BURST_SNAPSHOT, seed=11)
    checkins = sum(1 for r in rows if r["checkin_time"] == "08:00")
    due = store.db.execute(
        "SELECT count(*) FROM occurrences WHERE status = 'planned' AND due_at < ? "
        "AND kind IN ('probiotic', 'hydration', 'fibre', 'winddown')",
        [epoch(BURST_DUE) + 15 * 60],
    ).fetchone()[0]
    return BurstPlan(participants=n, checkins=checkins, reminders=int(due))


def fill_year(
    store: Store,
    participant_id: int,
    today: dtm.date,
    *,
    zone: str = "Europe/Amsterdam",
    seed: int = 3,
    days: int = 365,
) -> None:
    """A participant who started `days` ago (a year) and kept at it: every reminder of those days
    with its answer, a check-in every week (skin scores coming down), a daily itch score,
    water, and suspected triggers noted on the day (dairy raising the next two evenings' itch,
    stress and sweat not).

    Uses only the bot's own tables; the /progress benchmark builds on it.
    """
    rng = random.Random(seed)
    started = today - dtm.timedelta(days=days)
    created = local_to_utc(started, dtm.time(9, 0), ZoneInfo(zone))
    row = burst_participant(participant_id, 1, today, 0)
    row.update(
        timezone=zone,
        wake="07:00",
        probiotic_time="08:00",
        fibre_time="17:30",
        start_date=started.isoformat(),
        created_at=epoch(created),
        consent_at=created.isoformat(),
        planned_through=today.isoformat(),
        next_plan_at=epoch(start_of_day(today, zone)),
    )
    # The participant as the bot reads them: columns not written here take their defaults.
    with store.db.atomic():
        _insert(store, "participants", _PARTICIPANT_COLUMNS, _participant_tuples([row]))
    person = store.participants.get(participant_id)
    assert person is not None
    settings = person.reminder_settings()
    now = epoch(start_of_day(today, zone))
    history = _History(rng)
    occurrences: list[tuple[Any, ...]] = []
    itch: list[tuple[Any, ...]] = []
    water: list[tuple[Any, ...]] = []
    noted: list[tuple[Any, ...]] = []
    dairy_days: set[dtm.date] = set()
    day = started
    index = 0
    offered: set[tuple[str, int]] = set()
    while day < today:
        adherence = 0.55 + 0.35 * min(1.0, index / 120)  # habits settle in over four months
        for o in occurrences_for(settings, day):
            if o.kind == "offer" and (o.kind, o.slot) in offered:
                continue  # made once (offers_done), not planned again
            offered.add((o.kind, o.slot))
            occurrences.append(
                history.past(
                    participant_id, o.kind, o.slot, day.isoformat(), epoch(o.due), adherence
                )
            )
        for trigger, chance in (("dairy", 0.06), ("stress", 0.08), ("sweat", 0.04)):
            if rng.random() < chance:
                noted.append((participant_id, day.isoformat(), trigger, "self", now))
                if trigger == "dairy":
                    dairy_days.add(day)
        after_dairy = day in dairy_days or day - _ONE_DAY in dairy_days
        itch_level = max(0.0, 7 - 4 * index / days + rng.gauss(0, 1.2) + 2 * after_dairy)
        if rng.random() < 0.8:
            itch.append((participant_id, day.isoformat(), min(10, round(itch_level)), now))
        water.append((participant_id, day.isoformat(), rng.randrange(2, 9)))
        day += _ONE_DAY
        index += 1
    checkins = _checkins(rng, person, started, today - _ONE_DAY, now)
    with store.db.atomic():
        _insert(store, "occurrences", _OCCURRENCE_COLUMNS, occurrences)
        _insert(store, "checkins", _CHECKIN_COLUMNS, checkins)
        _insert(store, "itch", ("participant_id", "local_date", "score", "answered_at"), itch)
        _insert(store, "water", ("participant_id", "local_date", "glasses"), water)
        _insert(
            store,
            "day_triggers",
            ("participant_id", "local_date", "trigger", "about", "noted_at"),
            noted,
        )


# -- the cache ----------------------------------------------------------------------------------


def _fingerprint() -> str:
    """Cached databases are rebuilt when the generator or the schema changes."""
    digest = hashlib.sha256()
    for source in (BENCH_DIR / "populate.py", ROOT / "bot" / "storage" / "migrations.py"):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def scale_db(n: int) -> Path:
    """The cached scale database of `n` participants, built (in a child process) if missing."""
    path = CACHE_DIR / f"scale-{n}-{_fingerprint()}.db"
    if not path.exists():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        for stale in CACHE_DIR.glob(f"scale-{n}-*.db*"):
            stale.unlink()
        print(
            f"  building the {n:,}-participant database (cached in {CACHE_DIR.name}/)", flush=True
        )
        tmp = path.with_name(path.name + ".building")
        for leftover in tmp.parent.glob(tmp.name + "*"):
            leftover.unlink()
        subprocess.run(
            [sys.executable, "-m", "bench.populate", "--n", str(n), "--out", str(tmp)],
            check=True,
            cwd=ROOT,
        )
        tmp.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="Build one scale database.")
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    report = build_scale_db(args.out, args.n)
    print(
        f"  {report.participants:,} participants ({report.active:,} active), "
        f"{report.occurrences:,} reminder rows ({report.planned:,} planned), "
        f"{report.checkins:,} check-ins in {report.seconds:.0f} s",
        flush=True,
    )


if __name__ == "__main__":
    main()
