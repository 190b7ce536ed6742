"""The nightly compaction of the reminder history (jobs/compaction.py): the habit score,
/progress, the doctor's page and /export (water's every day too) give the same numbers before
and after; the clinical record (check-ins, itch, triggers, notes, consent) is never touched;
doing it twice is doing it once; and a chunk stays small."""

from __future__ import annotations

import datetime as dtm
import io
import json
import random
import zipfile
from collections import Counter
from typing import Any

import pytest
from pypdf import PdfReader

from bot.config import Settings
from bot.handlers.progress import prepare_progress
from bot.handlers.summary import build_summary
from bot.programme.habits import week_start
from bot.programme.kinds import KINDS
from bot.programme.planning import FIRST_SLOT
from bot.programme.progress import analyse
from bot.programme.records import Participant
from bot.programme.times import epoch
from bot.render.export import export_archive
from bot.services.checkins import open_checkin
from bot.storage import Store
from jobs.clock import FakeClock
from jobs.compaction import MAX_STEP_ROWS, Compaction
from tests import stored
from tests.factories import onboard
from tests.harness import local

HISTORY_DAYS = 90
DEFAULT_HISTORY_DAYS = Settings.model_fields["history_days"].default  # the bot's, and the least
DAYS = 200
# The programme's reminders of a day: (kind, slot), four glasses of water.
SLOTS = [("probiotic", 0), *[("hydration", n) for n in range(4)], ("fibre", 0), ("winddown", 0)]
CLINICAL = ("checkins", "itch", "day_triggers")
COMPACTED = ("reminder_weeks", "reminder_carry", "water", "water_weeks")


def fill(store: Store, person: int, start: dtm.date, seed: int) -> dtm.datetime:
    """DAYS days of reminders from `start` (some days nothing, some missed or failed, done,
    skipped, snoozed, unanswered; the probiotic done every day of the last 100, a streak
    across the boundary), itch on about half the evenings, a few check-ins with notes and
    triggers; returns the moment after."""
    rng = random.Random(seed)
    rows = []
    for n in range(DAYS):
        day = start + dtm.timedelta(days=n)
        if rng.random() < 0.05 and n < DAYS - 100:
            continue  # paused: nothing sent
        for hour, (kind, slot) in enumerate(SLOTS):
            due = epoch(local(day.year, day.month, day.day, 8 + 2 * hour))
            status = rng.choices(["sent", "missed", "failed"], [85, 10, 5])[0]
            answer = None
            if status == "sent":
                answer = rng.choices(["done", "skipped", None], [60, 10, 30])[0]
            if kind == "probiotic" and n >= DAYS - 100:
                status, answer = "sent", "done"
            snoozes = int(rng.random() < 0.1)
            answered = due if answer else None
            sent = due if status == "sent" else None
            rows.append((kind, slot, day.isoformat(), due, status, answer, answered, snoozes, sent))
        for kind, slot, hour in events(n, rng):
            due = epoch(local(day.year, day.month, day.day, hour))
            status = rng.choices(["sent", "missed", "cancelled"], [80, 10, 10])[0]
            sent = due if status == "sent" else None
            rows.append((kind, slot, day.isoformat(), due, status, None, None, 0, sent))
        if rng.random() < 0.5:
            store.diary.set_itch(person, day, rng.randrange(11), local(2026, 1, 1))
        for _ in range(rng.choice([0, 0, 1, 3, 6, 11])):  # water: some days none at all
            store.diary.add_glass(person, day)
    stored.replace_reminder_history(store, person, rows)
    now = local(*(start + dtm.timedelta(days=DAYS)).timetuple()[:3], 21, 0)
    participant = store.participants.get(person)
    assert participant is not None
    for n in range(3):
        at = now - dtm.timedelta(days=150 - 7 * n)
        row = open_checkin(store, participant, "manual", at)
        store.checkins.answer(person, row.id, 0, "note", f"note {n}", 1)
        store.checkins.complete(person, row.id, 20 - 5 * n, at)
        store.diary.toggle_trigger(person, at.date(), "stress", at)
    return now


def events(n: int, rng: random.Random) -> list[tuple[str, int, int]]:
    """The other reminders of day `n`: (kind, slot, hour). The first check-in put off until
    the first evening, the weekly check-in with now and then its nudge the day after, skin
    care offered on the fourth day, and rarely a question asked again."""
    found = [("checkin", FIRST_SLOT, 20)] if n == 0 else []
    if n % 7 == 6:
        found.append(("checkin", 0, 19))
    if n % 7 == 0 and n and rng.random() < 0.4:
        found.append(("checkin_nudge", 0, 12))
    if n == 3:
        found.append(("offer", KINDS.index("skincare"), 19))
    if rng.random() < 0.01:
        found.append((rng.choice(["zone_ask", "consent_ask", "rest_notice"]), 0, 10))
    return found


def numbers(store: Store, person: int, now: dtm.datetime) -> dict[str, Any]:
    """Everything that reads the reminder history, as the person and the doctor see it."""
    participant = store.participants.get(person)
    assert participant is not None
    report = analyse(
        participant,
        store.checkins.completed(person),
        store.diary.itch_history(person, participant.about),
        store.reminders.history(person),
        now,
    )
    pdf = build_summary(store, participant, now, include_notes=True)
    page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    data = store.export(person)
    exported = {
        "sent": len([r for r in data["reminders"] if r["kind"] in KINDS and _sent(r)])
        + sum(w["sent"] for w in data["reminder_weeks"] if w["kind"] in KINDS),
        **{
            key: len([r for r in data["reminders"] if r["kind"] in KINDS and r["answer"] == key])
            + sum(w[key] for w in data["reminder_weeks"] if w["kind"] in KINDS)
            for key in ("done", "skipped")
        },
        "snoozed": len(
            [r for r in data["reminders"] if r["kind"] in KINDS and _sent(r) and r["snoozes"]]
        )
        + sum(w["snoozed"] for w in data["reminder_weeks"] if w["kind"] in KINDS),
    }
    # Every reminder the person had, of every kind, in /export's data.json: kept one by one,
    # counted by the week before.
    document = json.loads(zipfile.ZipFile(io.BytesIO(export_archive(data, now))).read("data.json"))
    every_kind: Counter[tuple[str, str]] = Counter()
    for r in document["reminders"]:
        if r["status"] == "sent" or r["answer"] is not None:
            every_kind[r["kind"], "sent"] += 1
            every_kind[r["kind"], str(r["answer"])] += 1
    for w in document["reminder_weeks"]:
        every_kind[w["kind"], "sent"] += w["sent"]
        every_kind[w["kind"], "done"] += w["done"]  # as stored: itch_done rows are unanswered
        every_kind[w["kind"], "skipped"] += w["skipped"]
        every_kind[w["kind"], "None"] += w["sent"] - w["done"] - w["skipped"]
    return {
        "every kind": {key: n for key, n in every_kind.items() if n},
        "habits": report.habits,
        "streaks": report.streaks,
        "weeks": [w.point() for _, w in sorted(report.weeks.items())],
        "progress": prepare_progress(store, person, now).text,
        "chart": prepare_progress(store, person, now).chart_key,
        "page": page,
        "export": exported,
        "water": data["water"],  # every day's glasses, in /export's water.csv
        "glasses today": store.diary.glasses(person, now.date()),
    }


def _sent(row: dict[str, Any]) -> bool:
    return bool(row["status"] == "sent" or row["answer"] is not None)


def table(store: Store, name: str) -> list[tuple[Any, ...]]:
    return stored.all_rows(store, name)


def consent(store: Store, people: list[Participant]) -> list[tuple[Any, ...]]:
    """Each person's consent and start, as stored."""
    found = [store.participants.get(p.id) for p in people]
    return [(p.id, p.consent_version, p.consent_at, p.start_date) for p in found if p is not None]


@pytest.mark.parametrize("history_days", [HISTORY_DAYS, DEFAULT_HISTORY_DAYS])
async def test_the_numbers_are_the_same_before_and_after_compaction(
    store: Store, history_days: int
) -> None:
    [p] = onboard(store, 1, local(2026, 1, 5, 9, 0))
    assert p.start_date is not None
    now = fill(store, p.id, p.start_date, seed=19)
    before = numbers(store, p.id, now)
    assert before["every kind"]["checkin", "sent"] > 20
    assert before["every kind"]["offer", "sent"] == 1
    assert before["habits"]["probiotic"].score is not None
    assert before["streaks"]["probiotic"] > history_days  # reaches into the compacted days
    kept = stored.count_rows(store, "occurrences")
    packs = [p.start_date + dtm.timedelta(days=d) for d in (10, DAYS - 3)]  # compacted, kept
    taken = [store.reminders.done_since(p.id, "probiotic", first) for first in packs]
    report = await Compaction(store, FakeClock(now), history_days).run()
    assert report.rows > 0.4 * kept
    boundary = week_start(p.start_date, now.date() - dtm.timedelta(days=history_days))
    oldest = min(
        row.local_date
        for row in store.reminders.all(p.id)
        if row.kind in ("probiotic", "hydration")
    )
    assert oldest == boundary
    # The other reminders too, but for the first check-in put off until later, which says
    # that it was (a row planned, like every row still planned, stays as well).
    left = [
        (row.kind, row.slot)
        for row in store.reminders.all(p.id)
        if row.local_date < boundary and row.status != "planned"
    ]
    assert left == [("checkin", FIRST_SLOT)]
    assert store.reminders.first_checkin_planned(p.id)
    # The water days before the boundary are packed, a row a week; the rest kept as they were.
    assert report.water_days > 0
    first_water = stored.first_day_in(store, "water")
    assert first_water is not None and first_water >= oldest
    assert stored.count_rows(store, "water_weeks") > 0
    after = numbers(store, p.id, now)
    for key in before:
        assert after[key] == before[key], key
    # The probiotic's pack: exact from a kept day on; from a compacted day, the week it falls
    # in counts whole (the pack runs out a few days early, never late).
    early, late = (store.reminders.done_since(p.id, "probiotic", first) for first in packs)
    assert late == taken[1]
    assert taken[0] <= early <= taken[0] + 6
    # And so they stay, the next nights too: a day later, a week later.
    for days in (1, 7, 30):
        later = now + dtm.timedelta(days=days)
        expected = numbers(store, p.id, later)
        await Compaction(store, FakeClock(later), history_days).run()
        assert numbers(store, p.id, later) == expected


async def test_the_clinical_record_is_never_compacted_and_twice_is_once(store: Store) -> None:
    people = onboard(store, 3, local(2026, 1, 5, 9, 0))
    for n, p in enumerate(people):
        assert p.start_date is not None
        now = fill(store, p.id, p.start_date, seed=n)
    clinical = {name: table(store, name) for name in CLINICAL}
    consented = consent(store, people)
    assert all(clinical.values())
    first = await Compaction(store, FakeClock(now), HISTORY_DAYS).run()
    assert first.rows > 0 and first.people == 3
    # Incremental vacuum gave the space back: no free page is left in the file.
    assert stored.auto_vacuum(store) == 2  # incremental
    assert first.pages_left == 0
    assert stored.free_pages(store) == 0
    compacted = [table(store, name) for name in COMPACTED]
    again = await Compaction(store, FakeClock(now), HISTORY_DAYS).run()
    assert again.rows == 0 and again.people == 0
    assert [table(store, name) for name in COMPACTED] == compacted
    assert {name: table(store, name) for name in CLINICAL} == clinical
    assert consent(store, people) == consented
    # /delete still leaves nothing behind.
    store.participants.delete(people[0].id)
    for name in (*COMPACTED, "reminder_compacted"):
        assert stored.rows_about(store, name, people[0].id) == [], name


async def test_a_chunk_is_small_and_small_chunks_give_the_same_numbers(store: Store) -> None:
    people = onboard(store, 4, local(2026, 1, 5, 9, 0))
    for n, p in enumerate(people):
        assert p.start_date is not None
        now = fill(store, p.id, p.start_date, seed=100 + n)
    before = [numbers(store, p.id, now) for p in people]
    chunk_rows = 100
    report = await Compaction(store, FakeClock(now), HISTORY_DAYS, chunk_rows=chunk_rows).run()
    assert report.chunks > report.rows // (chunk_rows + MAX_STEP_ROWS)
    assert report.chunks >= 10
    assert 0 < report.chunk_rows <= chunk_rows + MAX_STEP_ROWS
    assert [numbers(store, p.id, now) for p in people] == before


def test_a_week_starts_with_the_programme_week() -> None:
    start = dtm.date(2026, 1, 6)
    assert week_start(start, start) == start
    assert week_start(start, start + dtm.timedelta(days=13)) == start + dtm.timedelta(days=7)
    assert week_start(start, start - dtm.timedelta(days=1)) == start - dtm.timedelta(days=7)


async def test_a_night_with_nothing_due_still_yields(store: Store) -> None:
    # Most people have nothing to compact on a given night: looking at them takes time too,
    # so a chunk also ends after CHUNK_SECONDS (here: after every person).
    people = onboard(store, 6, local(2026, 1, 5, 9, 0))
    now = local(2026, 6, 1, 4, 0)
    report = await Compaction(store, FakeClock(now), HISTORY_DAYS, chunk_seconds=0).run()
    assert report.rows == 0
    assert report.chunks >= len(people)
