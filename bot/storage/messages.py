"""The ids of the bot's own messages to a person in the last 48 hours (never their content):
what /delete can still remove from the chat."""

from __future__ import annotations

import datetime as dtm

from sqlite_utils import Database

from bot.programme.times import epoch


class ChartPhotos:
    """The chart last sent to each person, by what it shows (a hash) and Telegram's file_id."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def file_id(self, participant_id: int, chart_key: str) -> str | None:
        """The file_id of the photo already sent for this chart, if that is the one sent."""
        row = self.db.execute(
            "SELECT file_id FROM chart_photos WHERE participant_id = ? AND chart_key = ?",
            [participant_id, chart_key],
        ).fetchone()
        return str(row[0]) if row else None

    def sent(self, participant_id: int, chart_key: str, file_id: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO chart_photos (participant_id, chart_key, file_id) "
                "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM participants WHERE id = ?) "
                "ON CONFLICT (participant_id) DO UPDATE SET chart_key = excluded.chart_key, "
                "file_id = excluded.file_id",
                [participant_id, chart_key, file_id, participant_id],
            )

    def forget(self, participant_id: int) -> None:
        self.db.execute("DELETE FROM chart_photos WHERE participant_id = ?", [participant_id])


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
