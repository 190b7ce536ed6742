"""The daily diary: the evening's worst-itch score and the glasses of water, one row a day.

Water is not the clinical record: its days older than HISTORY_DAYS are packed into one row a
programme week (`pack_water`, by the nightly compaction), and read back day by day
(`water_days`, /export), the same numbers as before.
"""

from __future__ import annotations

import datetime as dtm
import json
from collections import defaultdict

from sqlite_utils import Database

from bot.programme.habits import week_start
from bot.programme.times import epoch

# A packed week: `water_weeks.glasses` is a JSON array of its seven days (null: none written).
WEEK_DAYS = 7
# Every day's glasses, the kept days and the packed weeks together (a day written after its
# week was packed, until the next packing, in both); `?1` is the person.
WATER_DAYS_SQL = (
    "SELECT local_date, sum(glasses) AS glasses FROM ("
    "SELECT local_date, glasses FROM water WHERE participant_id = ?1 "
    "UNION ALL SELECT date(w.week_start, '+' || d.key || ' days'), d.value "
    "FROM water_weeks w, json_each(w.glasses) d "
    "WHERE w.participant_id = ?1 AND d.value IS NOT NULL"
    ") GROUP BY local_date ORDER BY local_date"
)


class Diary:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- water ----------------------------------------------------------------------------------

    def add_glass(self, participant_id: int, local_date: dtm.date) -> int:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO water (participant_id, local_date, glasses) VALUES (?, ?, 1) "
                "ON CONFLICT (participant_id, local_date) DO UPDATE SET glasses = glasses + 1",
                [participant_id, local_date.isoformat()],
            )
        return self.glasses(participant_id, local_date)

    def glasses(self, participant_id: int, local_date: dtm.date) -> int:
        row = self.db.execute(
            "SELECT glasses FROM water WHERE participant_id = ? AND local_date = ?",
            [participant_id, local_date.isoformat()],
        ).fetchone()
        return int(row[0]) if row else 0

    def water_days(self, participant_id: int) -> list[tuple[dtm.date, int]]:
        """(date, glasses) of every day with water written, packed weeks included."""
        rows = self.db.execute(WATER_DAYS_SQL, [participant_id]).fetchall()
        return [(dtm.date.fromisoformat(d), int(g)) for d, g in rows]

    def pack_water(self, participant_id: int, start: dtm.date, before: dtm.date) -> int:
        """Pack this person's water days before `before` into one row per programme week
        (weeks counted from `start`), in one transaction; returns how many day rows went. A
        day written after its week was packed is added to it. Doing it twice is doing it once."""
        with self.db.atomic():
            rows = self.db.execute(
                "SELECT local_date, glasses FROM water WHERE participant_id = ? AND local_date < ?",
                [participant_id, before.isoformat()],
            ).fetchall()
            if not rows:
                return 0
            weeks: dict[dtm.date, list[int | None]] = defaultdict(lambda: [None] * WEEK_DAYS)
            for day_text, glasses in rows:
                day = dtm.date.fromisoformat(day_text)
                week = week_start(start, day)
                weeks[week][(day - week).days] = int(glasses)
            for week, days in weeks.items():
                packed = self.db.execute(
                    "SELECT glasses FROM water_weeks WHERE participant_id = ? AND week_start = ?",
                    [participant_id, week.isoformat()],
                ).fetchone()
                if packed:
                    old: list[int | None] = json.loads(packed[0])
                    days = [
                        None if a is None and b is None else (a or 0) + (b or 0)
                        for a, b in zip(old, days, strict=True)
                    ]
                self.db.execute(
                    "INSERT OR REPLACE INTO water_weeks (participant_id, week_start, glasses) "
                    "VALUES (?, ?, ?)",
                    [participant_id, week.isoformat(), json.dumps(days, separators=(",", ":"))],
                )
            gone = self.db.execute(
                "DELETE FROM water WHERE participant_id = ? AND local_date < ?",
                [participant_id, before.isoformat()],
            ).rowcount
        return int(gone)

    # -- itch -----------------------------------------------------------------------------------

    def set_itch(
        self,
        participant_id: int,
        local_date: dtm.date,
        score: int,
        now: dtm.datetime,
        about: str = "self",
    ) -> int | None:
        """One value per day; returns the value it replaced, if any. `about`: "self", or
        "child" when a parent answered for their child."""
        with self.db.atomic():
            old = self.itch_on(participant_id, local_date)
            if old is not None and old != score:
                self.correct(participant_id, "itch", local_date, str(old), str(score), now)
            self.db.execute(
                "INSERT INTO itch (participant_id, local_date, score, answered_at, about) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (participant_id, local_date) "
                "DO UPDATE SET score = excluded.score, answered_at = excluded.answered_at, "
                "about = excluded.about",
                [participant_id, local_date.isoformat(), score, epoch(now), about],
            )
        return old

    def correct(
        self,
        participant_id: int,
        what: str,
        local_date: dtm.date,
        old: str | None,
        new: str | None,
        now: dtm.datetime,
    ) -> None:
        """An answer changed: what it was, kept beside what it became."""
        self.db.execute(
            "INSERT INTO corrections (participant_id, what, local_date, old, new, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [participant_id, what, local_date.isoformat(), old, new, epoch(now)],
        )

    def itch_on(self, participant_id: int, local_date: dtm.date) -> int | None:
        row = self.db.execute(
            "SELECT score FROM itch WHERE participant_id = ? AND local_date = ?",
            [participant_id, local_date.isoformat()],
        ).fetchone()
        return int(row[0]) if row else None

    # -- suspected triggers, noted on the day ----------------------------------------------

    def toggle_trigger(
        self,
        participant_id: int,
        local_date: dtm.date,
        trigger: str,
        now: dtm.datetime,
        about: str = "self",
    ) -> bool:
        """Note a trigger for a day, or take it off again; True when it is now noted."""
        day = local_date.isoformat()
        with self.db.atomic():
            gone = self.db.execute(
                "DELETE FROM day_triggers WHERE participant_id = ? AND local_date = ? "
                "AND trigger = ?",
                [participant_id, day, trigger],
            ).rowcount
            if not gone:
                self.db.execute(
                    "INSERT INTO day_triggers (participant_id, local_date, trigger, about, "
                    "noted_at) VALUES (?, ?, ?, ?, ?)",
                    [participant_id, day, trigger, about, epoch(now)],
                )
        return not gone

    def triggers_on(self, participant_id: int, local_date: dtm.date) -> set[str]:
        rows = self.db.execute(
            "SELECT trigger FROM day_triggers WHERE participant_id = ? AND local_date = ?",
            [participant_id, local_date.isoformat()],
        ).fetchall()
        return {row[0] for row in rows}

    def trigger_days(
        self, participant_id: int, about: str | None = None
    ) -> dict[str, list[dtm.date]]:
        """Per trigger, the days it was noted (only those about `about`, when given)."""
        rows = self.db.execute(
            "SELECT trigger, local_date FROM day_triggers WHERE participant_id = ? "
            "AND (? IS NULL OR about = ?) ORDER BY local_date",
            [participant_id, about, about],
        ).fetchall()
        days: dict[str, list[dtm.date]] = {}
        for trigger, day in rows:
            days.setdefault(trigger, []).append(dtm.date.fromisoformat(day))
        return days

    def itch_history(
        self, participant_id: int, about: str | None = None
    ) -> list[tuple[dtm.date, int]]:
        """(date, score) of every evening, or only those about `about` ("self", "child")."""
        rows = self.db.execute(
            "SELECT local_date, score FROM itch WHERE participant_id = ? "
            "AND (? IS NULL OR about = ?) ORDER BY local_date",
            [participant_id, about, about],
        ).fetchall()
        return [(dtm.date.fromisoformat(d), int(s)) for d, s in rows]
