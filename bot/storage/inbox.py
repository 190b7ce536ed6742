"""The webhook's inbox: each update Telegram sends is written here before Telegram hears 200,
and its body is removed once every handler is done with it.

Telegram does not send an update again once it heard 200, so an update is stored (committed)
before the answer: a crash between the answer and the handling leaves it here, and the next
start hands it to the handlers again. Its body (what a person typed, their name) is kept no
longer than that; its id is kept a day (`FORGET_AFTER`), so an update Telegram sends twice (a
200 lost on the way back) is recognised and handled once.
"""

from __future__ import annotations

import datetime as dtm
from typing import Final

from sqlite_utils import Database

from bot.programme.times import epoch

# Telegram keeps an undelivered update for 24 hours: a resend can come no later than that.
FORGET_AFTER: Final = dtm.timedelta(hours=24)


class Inbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, update_id: int, body: str, now: dtm.datetime) -> bool:
        """Store an update, committed; False when this update_id was seen before."""
        with self.db.atomic():
            added = self.db.execute(
                "INSERT OR IGNORE INTO inbox (update_id, body, received_at) VALUES (?, ?, ?)",
                [update_id, body, epoch(now)],
            ).rowcount
        return added == 1

    def done(self, update_id: int, now: dtm.datetime) -> None:
        """The handlers are done with it: its body goes, its id stays (see FORGET_AFTER)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE inbox SET body = NULL, handled_at = ? "
                "WHERE update_id = ? AND handled_at IS NULL",
                [epoch(now), update_id],
            )

    def pending(self) -> list[tuple[int, str]]:
        """Updates stored and not yet handled, oldest first."""
        rows = self.db.execute(
            "SELECT update_id, body FROM inbox WHERE handled_at IS NULL ORDER BY update_id"
        )
        return [(int(update_id), str(body)) for update_id, body in rows]

    def replay(self, max_replays: int, now: dtm.datetime) -> tuple[list[tuple[int, str]], int]:
        """At start: the updates to hand on again, oldest first, each counted as replayed once
        more. One already replayed `max_replays` times without being handled (it took the bot
        down each time, say) is given up instead, so it cannot stop every start. Returns the
        updates and how many were given up."""
        with self.db.atomic():
            given_up = self.db.execute(
                "UPDATE inbox SET body = NULL, handled_at = ? "
                "WHERE handled_at IS NULL AND replays >= ?",
                [epoch(now), max_replays],
            ).rowcount
            self.db.execute("UPDATE inbox SET replays = replays + 1 WHERE handled_at IS NULL")
            return self.pending(), int(given_up)

    def count_pending(self) -> int:
        row = self.db.execute("SELECT count(*) FROM inbox WHERE handled_at IS NULL").fetchone()
        return int(row[0])

    def forget(self, now: dtm.datetime) -> int:
        """Drop the ids of updates handled more than FORGET_AFTER ago. Returns how many."""
        with self.db.atomic():
            return int(
                self.db.execute(
                    "DELETE FROM inbox WHERE handled_at < ?", [epoch(now - FORGET_AFTER)]
                ).rowcount
            )
