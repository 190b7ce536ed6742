"""The ids of the bot's own messages to a person in the last 48 hours (never their content):
what /delete can still remove from the chat."""

from __future__ import annotations

import datetime as dtm

from sqlite_utils import Database

from bot.programme.times import epoch


class SentMessages:
    def __init__(self, db: Database) -> None:
        self.db = db

    def remember(self, participant_id: int, message_id: int, now: dtm.datetime) -> None:
        """Only for a participant: of someone unknown nothing is kept, not even this."""
        self.db.execute(
            "INSERT OR IGNORE INTO sent_messages (participant_id, message_id, sent_at) "
            "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM participants WHERE id = ?)",
            [participant_id, message_id, epoch(now), participant_id],
        )

    def since(self, participant_id: int, since: dtm.datetime) -> list[int]:
        rows = self.db.execute(
            "SELECT message_id FROM sent_messages WHERE participant_id = ? AND sent_at >= ? "
            "ORDER BY message_id",
            [participant_id, epoch(since)],
        )
        return [int(row[0]) for row in rows]

    def forget_before(self, before: dtm.datetime) -> int:
        with self.db.atomic():
            return self.db.execute(
                "DELETE FROM sent_messages WHERE sent_at < ?", [epoch(before)]
            ).rowcount
