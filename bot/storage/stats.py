"""Totals for the operator (/stats): counts by status, never anyone's answers."""

from __future__ import annotations

import datetime as dtm
import sqlite3

from bot.programme.times import epoch


def aggregate_counts(conn: sqlite3.Connection, since: dtm.datetime) -> dict[str, int]:
    rows = conn.execute("SELECT status, count(*) FROM participants GROUP BY status").fetchall()
    counts = {f"participants_{status}": int(n) for status, n in rows}
    for name, sql in (
        (
            "reminders_sent",
            "SELECT count(*) FROM occurrences WHERE status = 'sent' AND sent_at >= ?",
        ),
        (
            "reminders_failed",
            "SELECT count(*) FROM occurrences WHERE status = 'failed' AND due_at >= ?",
        ),
        (
            "checkins_completed",
            "SELECT count(*) FROM checkins WHERE status = 'done' AND completed_at >= ?",
        ),
    ):
        counts[name] = int(conn.execute(sql, [epoch(since)]).fetchone()[0])
    return counts
