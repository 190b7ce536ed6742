"""The diary's tables: itch and water without a rowid (migration 0022, nothing lost), and
water's old days packed a row a week and read back day by day, the same numbers; and a night
owl's reminder rows moved to the evening they belong to (migration 0025)."""

from __future__ import annotations

import datetime as dtm
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from bot.storage import Store
from bot.storage.migrations import migrations

START = dtm.date(2026, 1, 5)  # a Monday: programme weeks run Monday to Sunday
PERSON = 7
AMS = ZoneInfo("Europe/Amsterdam")


def _day(n: int) -> dtm.date:
    return START + dtm.timedelta(days=n)


def _person(store: Store) -> None:
    store.db.execute(
        "INSERT INTO participants (id, language, timezone, created_at, step, status, start_date) "
        "VALUES (?, 'nl', 'Europe/Amsterdam', 0, 'done', 'active', ?)",
        [PERSON, START.isoformat()],
    )
    store.db.conn.commit()


def test_migration_0022_keeps_every_itch_and_water_row(tmp_path: Path) -> None:
    db = Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="0022_diary_without_rowid")
    for person in (1, 2):
        db.execute(
            "INSERT INTO participants (id, language, timezone, created_at) "
            "VALUES (?, 'nl', 'Europe/Amsterdam', 0)",
            [person],
        )
    itch = [(1, "2026-11-23", 5, 100, "self"), (1, "2026-11-24", 0, 200, "child")]
    itch.append((2, "2026-11-23", 10, 300, "self"))
    water = [(1, "2026-11-23", 3), (2, "2026-11-23", 0), (2, "2026-11-24", 12)]
    db.conn.executemany("INSERT INTO itch VALUES (?, ?, ?, ?, ?)", itch)
    db.conn.executemany("INSERT INTO water VALUES (?, ?, ?)", water)
    db.conn.commit()
    migrations.apply(db)
    assert db.execute("SELECT * FROM itch ORDER BY 1, 2").fetchall() == itch
    assert db.execute("SELECT * FROM water ORDER BY 1, 2").fetchall() == water
    for name in ("itch", "water", "water_weeks"):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
        assert "WITHOUT ROWID" in sql and "ON DELETE CASCADE" in sql, name
    # The key is the table: no second copy of it in an index of its own.
    pages = {name for (name,) in db.execute("SELECT DISTINCT name FROM dbstat").fetchall()}
    assert not {"sqlite_autoindex_itch_1", "sqlite_autoindex_water_1"} & pages
    # The key still holds, and a person's erasure still reaches both.
    db.execute("PRAGMA foreign_keys = ON")
    store = Store(db)
    assert store.diary.add_glass(1, dtm.date(2026, 11, 23)) == 4
    assert store.diary.set_itch(1, dtm.date(2026, 11, 23), 6, dtm.datetime.now(dtm.UTC)) == 5
    db.execute("DELETE FROM participants WHERE id = 1")
    assert db.execute("SELECT count(*) FROM itch WHERE participant_id = 1").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM water WHERE participant_id = 1").fetchone()[0] == 0


def test_packed_water_reads_back_the_same_days(store: Store) -> None:
    _person(store)
    written = {_day(n): 1 + n % 5 for n in range(40) if n % 3}  # some days none at all
    for day, glasses in written.items():
        for _ in range(glasses):
            store.diary.add_glass(PERSON, day)
    before = store.diary.water_days(PERSON)
    exported = store.export(PERSON)["water"]
    assert before == sorted(written.items())
    gone = store.diary.pack_water(PERSON, START, _day(28))
    assert gone == len([d for d in written if d < _day(28)])
    assert store.diary.water_days(PERSON) == before
    assert store.export(PERSON)["water"] == exported
    weeks = store.db.execute("SELECT week_start, glasses FROM water_weeks ORDER BY 1").fetchall()
    assert [w for w, _ in weeks] == [_day(7 * n).isoformat() for n in range(4)]
    assert weeks[0][1] == "[null,2,3,null,5,1,null]"
    assert store.diary.glasses(PERSON, _day(38)) == written[_day(38)]  # today's, as before
    # Twice is once; and a glass written afterwards for a packed day adds to it.
    assert store.diary.pack_water(PERSON, START, _day(28)) == 0
    store.diary.add_glass(PERSON, _day(1))
    store.diary.add_glass(PERSON, _day(3))
    expected = dict(written)
    expected[_day(1)] += 1
    expected[_day(3)] = 1
    assert store.diary.water_days(PERSON) == sorted(expected.items())  # before packing again
    assert store.diary.pack_water(PERSON, START, _day(35)) == 2 + len(
        [d for d in written if _day(28) <= d < _day(35)]
    )
    assert store.diary.water_days(PERSON) == sorted(expected.items())
    # /delete: nothing of the person is left in the packed weeks either.
    store.participants.delete(PERSON)
    assert store.db.execute("SELECT count(*) FROM water_weeks").fetchone()[0] == 0


def test_migration_0025_moves_a_night_owls_after_midnight_rows_to_their_evening(
    tmp_path: Path,
) -> None:
    """Up past midnight (bed 02:00 < wake 10:00, Amsterdam): the probiotic of 00:30 written
    with its calendar day moves to the day before, sent or planned, oldest first; not one of
    10:30, not the wind-down (already the evening's), not into a compacted week, not someone
    in bed before midnight. Nothing is deleted, and planning starts again."""
    db = Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="0025_night_owls_evening")
    for person, wake, bed in ((1, "10:00", "02:00"), (2, "07:00", "23:00")):
        db.execute(
            "INSERT INTO participants (id, language, timezone, created_at, step, status, wake, "
            "bed, planned_through, next_plan_at) "
            "VALUES (?, 'nl', 'Europe/Amsterdam', 0, 'done', 'active', ?, ?, '2026-11-24', 99)",
            [person, wake, bed],
        )
    db.execute(
        "INSERT INTO reminder_weeks (participant_id, week_start, kind, sent, done, skipped, "
        "snoozed, itch_done) VALUES (1, '2026-11-09', 'probiotic', 7, 7, 0, 0, 0)"
    )

    def at(day: int, hour: int, minute: int) -> int:
        return int(dtm.datetime(2026, 11, day, hour, minute, tzinfo=AMS).timestamp())

    rows = [
        (1, "probiotic", "2026-11-16", at(16, 0, 30), "sent"),  # would go into the compacted week
        (1, "probiotic", "2026-11-22", at(22, 0, 30), "sent"),
        (1, "probiotic", "2026-11-23", at(23, 0, 30), "sent"),
        (1, "probiotic", "2026-11-24", at(24, 0, 30), "planned"),
        (1, "fibre", "2026-11-23", at(23, 10, 30), "sent"),  # in the day: stays
        (1, "winddown", "2026-11-23", at(24, 1, 0), "planned"),  # already the evening's
        (2, "probiotic", "2026-11-24", at(24, 0, 30), "planned"),  # in bed before midnight
    ]
    db.conn.executemany(
        "INSERT INTO occurrences (participant_id, kind, slot, local_date, due_at, status) "
        "VALUES (?, ?, 0, ?, ?, ?)",
        rows,
    )
    db.conn.commit()
    migrations.apply(db)
    days = db.execute("SELECT local_date FROM occurrences ORDER BY participant_id, due_at")
    assert [d for (d,) in days.fetchall()] == [
        "2026-11-16",
        "2026-11-21",
        "2026-11-22",
        "2026-11-23",
        "2026-11-23",
        "2026-11-23",
        "2026-11-24",
    ]
    horizons = db.execute("SELECT id, planned_through, next_plan_at FROM participants ORDER BY id")
    assert horizons.fetchall() == [(1, None, 0), (2, "2026-11-24", 99)]
