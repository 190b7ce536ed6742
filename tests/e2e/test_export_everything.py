"""/export and /delete never fail on anything stored: every value every question can hold
(each button, a skipped question, "none", the longest note with odd characters, each status a
check-in or a reminder can end in, about the person and about a child) is stored, /export's
zip is read back whole, in both languages, and /delete then leaves nothing behind."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dtm
import io
import json
import zipfile

import pytest

from bot.botapi import User
from bot.callbacks import DeletePress
from bot.programme.checkin import NOTE_MAX, NOTHING_NOTICED, QUESTIONS, SKIP, TRIGGERS, options
from bot.programme.instruments import ITCH_MAX
from bot.programme.kinds import KINDS
from bot.programme.patterns import DAY_TRIGGERS
from bot.programme.records import (
    CANCELLED,
    DONE,
    FAILED,
    MISSED,
    PLANNED,
    SENT,
    SKIPPED,
    CheckinRow,
)
from bot.programme.schedule import EVENTS
from bot.programme.treatment import NAME_MAX, PURPOSES
from bot.services.checkins import open_checkin
from bot.storage import Store
from tests import stored
from tests.harness import Harness

# The longest note, of characters that trouble CSV, JSON and zip names alike.
NOTE = ('Zalf "A", zalf B;\n\tregel 2 \u00e9\u00e8 \u2603 \U0001f600 \\ , ' * 20)[:NOTE_MAX]


def _answers(store: Store, person: int, checkin: CheckinRow, values: list[object]) -> None:
    """Every question answered in turn with `values[step]` (None: skipped)."""
    for step, value in enumerate(values):
        column = QUESTIONS[step].key
        assert store.checkins.answer(person, checkin.id, step, column, value, step + 1)


def fill(store: Store, person: int, now: dtm.datetime) -> int:
    """Every kind of value stored for one person; returns how many check-ins."""
    adult = store.participants.get(person)
    assert adult is not None
    count = 0
    triggers, note = len(QUESTIONS) - 2, len(QUESTIONS) - 1
    for n, question in enumerate(QUESTIONS[:triggers]):
        for child in (False, True):
            about = dataclasses.replace(adult, age_group="parent" if child else "adult")
            for value in [*options(question, child), SKIP]:
                row = open_checkin(store, about, "manual", now)
                answers: list[object] = [None] * triggers
                if value != SKIP:
                    answers[n] = float(value) if question.kind == "sleep" else int(value)
                _answers(store, person, row, answers)
                store.checkins.set_triggers(person, row.id, triggers, NOTHING_NOTICED)
                store.checkins.answer(person, row.id, triggers, None, None, note)
                store.checkins.answer(person, row.id, note, "note", NOTE, note + 1)
                store.checkins.complete(person, row.id, n, now)
                count += 1
    for selected in (frozenset(), NOTHING_NOTICED, frozenset(TRIGGERS)):
        row = open_checkin(store, adult, "manual", now)
        store.checkins.set_triggers(person, row.id, 0, selected)
        count += 1  # left open
    done = store.checkins.completed(person)
    store.checkins.replaced(person, done[0].id)
    store.checkins.expire(now + dtm.timedelta(days=30))
    for score in range(ITCH_MAX + 1):
        day = now.date() - dtm.timedelta(days=score)
        store.diary.set_itch(person, day, score, now, about="child" if score % 2 else "self")
        store.diary.add_glass(person, day)
    store.diary.set_itch(person, now.date(), 7, now)  # corrected: 0 became 7
    store.diary.correct(person, "reminder:probiotic", now.date(), "done", None, now)  # undone
    for trigger in DAY_TRIGGERS:
        store.diary.toggle_trigger(person, now.date(), trigger, now, about="child")
    for n, purpose in enumerate(PURPOSES):
        name = NOTE[: NAME_MAX - n]
        made = store.treatments.add(person, name, now.date(), "child" if n else "self", now)
        store.treatments.set_purpose(person, made, purpose)
        if n == 1:
            store.treatments.stop(person, made, now.date())
        store.treatments.set_daily(person, made, True)
        assert store.treatments.toggle_use(person, made, now.date(), now)
    store.treatments.add(person, "half added", now.date(), "self", now)  # no purpose picked
    for n, kind in enumerate((*KINDS, *EVENTS)):
        day = now.date() + dtm.timedelta(days=10 + n)
        store.reminders.add(person, kind, day, now + dtm.timedelta(days=10 + n))
    for planned, status in zip(
        store.reminders.planned_after(person, now),
        (SENT, MISSED, FAILED, CANCELLED, SENT, PLANNED, SENT),
        strict=False,
    ):
        store.reminders.set_status([planned.id], status)
        if status == SENT:
            answer = SKIPPED if planned.kind == "fibre" else DONE
            store.reminders.answer(person, planned.id, answer, now)
    # Older reminders, compacted into weekly counts (reminder_weeks.csv).
    old = now.date() - dtm.timedelta(days=200)
    for n, kind in enumerate(KINDS):
        store.reminders.add(person, kind, old + dtm.timedelta(days=n), now)
    gone = [
        r.id
        for n in range(len(KINDS))
        for r in store.reminders.day(person, old + dtm.timedelta(days=n))
    ]
    store.reminders.set_status(gone, "sent")
    store.reminders.answer(person, gone[0], "done", now)
    [candidate] = store.reminders.compaction_candidates(person - 1, 1)
    assert store.reminders.compact(candidate, now.date() - dtm.timedelta(days=100)) == len(KINDS)
    return count


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_export_reads_back_everything_and_delete_leaves_nothing(
    harness: Harness, language: str
) -> None:
    ada = User(4601, "Ada", language_code=language)
    await harness.onboard(ada, language=language, first_checkin="")
    now = harness.clock.now()
    count = fill(harness.store, ada.id, now)
    harness.store.participants.pause_until(ada.id, now + dtm.timedelta(days=2))
    [document] = await harness.say(ada, "/export")
    assert document.method == "sendDocument"
    archive = zipfile.ZipFile(io.BytesIO(document.file_bytes or b""))
    assert archive.testzip() is None
    data = json.loads(archive.read("data.json"))
    assert len(data["checkins"]) == count
    assert {c["status"] for c in data["checkins"]} == {"done", "expired", "replaced"}
    assert NOTE in {c["note"] for c in data["checkins"]}
    assert ["none"] in [c["triggers"] for c in data["checkins"]]
    assert len(data["itch"]) == ITCH_MAX + 1 and len(data["water"]) == ITCH_MAX + 1
    assert {d["trigger"] for d in data["triggers"]} == set(DAY_TRIGGERS)
    assert [(k["what"], k["old"], k["new"]) for k in data["corrections"]] == [
        ("itch", "0", "7"),
        ("reminder:probiotic", "done", None),
    ]
    assert len(data["treatment_days"]) == len(PURPOSES)
    assert sum(w["sent"] for w in data["reminder_weeks"]) == len(KINDS)
    assert sum(w["done"] for w in data["reminder_weeks"]) == 1
    assert all(x["daily"] for x in data["treatments"][:-1])
    assert [(x["purpose"], x["about"], bool(x["stopped"])) for x in data["treatments"]] == [
        ("skin", "self", False),
        ("gut", "child", True),
        ("other", "child", False),
        (None, "self", False),
    ]
    corrections = archive.read("corrections.csv").decode("utf-8-sig")
    assert {"nl": "(ongedaan gemaakt)", "en": "(undone)"}[language] in corrections
    for name in archive.namelist():
        if name.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            assert rows and all(len(row) == len(rows[0]) for row in rows), name
    checkins = csv.reader(io.StringIO(archive.read("checkins.csv").decode("utf-8-sig")))
    cells = {cell for row in checkins for cell in row}
    assert NOTE in cells  # kept whole, quotes, new lines and all
    assert ("geen" if language == "nl" else "none") in cells  # the stored "none", in words
    # /delete, confirmed: nothing of Ada is left in any table.
    [confirm] = await harness.say(ada, "/delete")
    await harness.press_data(ada, confirm, DeletePress("yes").data)
    for table in stored.tables(harness.store):
        column = "id" if table == "participants" else "participant_id"
        if column in stored.columns(harness.store, table):
            assert stored.rows_about(harness.store, table, ada.id) == [], table
    [after] = await harness.say(ada, "/export")
    assert after.method == "sendMessage"  # nothing to export any more
