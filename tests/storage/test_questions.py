"""The open question at the storage boundary: every kind is written and read back the same,
what an older bot left is read as it meant (migration 0013) or as no question, and one
check-in stands per programme week after the migration."""

from __future__ import annotations

import datetime as dtm
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from bot.programme.conversation import (
    Checkin,
    FirstOffer,
    Menu,
    Note,
    Onboarding,
    OpenQuestion,
    Picker,
    Quiet,
    Replace,
    Setting,
    Switch,
    Treatment,
)
from bot.programme.settings import SETTINGS_FIELDS
from bot.storage import Store
from bot.storage.migrations import migrations
from bot.storage.participants import decode_question, encode_question
from jobs.clock import UTC

message_ids = st.none() | st.integers(1, 2**31)
questions: st.SearchStrategy[OpenQuestion] = st.one_of(
    st.builds(Menu, message_ids),
    st.builds(Setting, st.sampled_from(SETTINGS_FIELDS), message_ids),
    st.builds(
        Quiet,
        st.sampled_from(("wake", "bed", "probiotic", "fibre", "checkin_time")),
        st.sampled_from(("0730", "2230", "0015")),
        message_ids,
    ),
    st.builds(Switch, st.sampled_from(("adult", "parent")), message_ids),
    st.builds(Checkin, st.integers(1, 2**62)),
    st.builds(Note, st.integers(1, 2**62)),
    st.just(Replace()),
    st.builds(Picker, st.dates(dtm.date(2020, 1, 1), dtm.date(2040, 12, 31))),
    st.just(FirstOffer()),
    st.just(Treatment("name")),
    st.builds(Treatment, st.sampled_from(("purpose", "since")), st.integers(1, 2**62)),
)


@given(questions)
def test_every_question_is_read_back_as_it_was_written(question: OpenQuestion) -> None:
    awaiting, message_id = encode_question(question)
    assert decode_question("done", awaiting, message_id) == question


def test_onboarding_is_the_step_and_garbage_is_no_question() -> None:
    assert decode_question("wake", "setting/bed", 3) == Onboarding("wake")
    for garbage in (
        "checkin/x",
        "picker/2026-13-01",
        "nonsense",
        "switch/nobody",
        "quiet/bed",
        "treatment",
        "treatment/since/x",
    ):
        assert decode_question("done", garbage, None) is None
    assert decode_question("done", None, None) is None


def test_storage_opens_and_closes_the_question(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "coach.db")
    now = dtm.datetime(2026, 11, 23, 8, tzinfo=UTC)
    store.participants.begin_onboarding(1, "nl", "Europe/Amsterdam", now)
    assert store.participants.ask(1, Onboarding("bed")).question == Onboarding("bed")
    store.participants.finish_onboarding(1, now.date())
    assert store.participants.ask(1, Quiet("bed", "2030", 7)).question == Quiet("bed", "2030", 7)
    assert store.participants.close_question(1).question is None
    store.close()


def test_migration_0013_keeps_the_meaning_of_open_questions_and_one_checkin_a_week(
    tmp_path: Path,
) -> None:
    db = Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="0013_declared_questions")
    people = [
        (1, "wake", None),
        (2, "checkin", None),
        (3, "checkin", None),
        (4, "quiet:bed:20:30", 9),
        (5, None, None),
    ]
    for person, awaiting, message_id in people:
        db.execute(
            "INSERT INTO participants (id, language, timezone, created_at, step, status, "
            "start_date, awaiting, question_message_id) VALUES (?, 'nl', 'Europe/Amsterdam', 0, "
            "'done', 'active', '2026-11-23', ?, ?)",
            [person, awaiting, message_id],
        )
    checkins = [
        # person, local date, status, step, completed at
        (2, "2026-11-23", "done", 14, 100),
        (2, "2026-11-23", "done", 14, 200),  # minutes later, the same week: it stands
        (2, "2026-11-29", "done", 14, 300),  # day 6: still week 0, and later still
        (2, "2026-11-30", "done", 14, 400),  # week 1
        (2, "2026-12-01", "open", 3, None),
        (3, "2026-11-23", "open", 13, None),  # waiting for its note
    ]
    for person, day, status, step, completed in checkins:
        db.execute(
            "INSERT INTO checkins (participant_id, source, local_date, opened_at, expires_at, "
            "status, step, completed_at) VALUES (?, 'manual', ?, 0, 0, ?, ?, ?)",
            [person, day, status, step, completed],
        )
    db.conn.commit()
    migrations.apply(db)
    store = Store(db)
    open_two = store.checkins.open_one(2)
    open_three = store.checkins.open_one(3)
    assert open_two is not None and open_three is not None
    found = {person: store.participants.get(person) for person, _, _ in people}
    assert {p: (f.question if f else None) for p, f in found.items()} == {
        1: Setting("wake"),
        2: Checkin(open_two.id),
        3: Note(open_three.id),
        4: Quiet("bed", "2030", 9),
        5: None,
    }
    statuses = db.execute(
        "SELECT local_date, status FROM checkins WHERE participant_id = 2 ORDER BY id"
    ).fetchall()
    assert statuses == [
        ("2026-11-23", "replaced"),
        ("2026-11-23", "replaced"),
        ("2026-11-29", "done"),
        ("2026-11-30", "done"),
        ("2026-12-01", "open"),
    ]
    store.close()
