"""Storage: the only place with SQL. One owner of the connection (`Store`), one module for each
thing stored, and the migrations beside them.

    store.participants   who takes part, their settings and onboarding step   participants.py
    store.reminders      each reminder of each day, claims, sends, answers    reminders.py
    store.checkins       the weekly check-ins and their answers               checkins.py
    store.diary          the daily diary: itch score and glasses of water     diary.py
    store.treatments     what the person (or child) uses, in their own words treatments.py
    store.messages       ids of the bot's messages of the last 48 hours       messages.py
    store.inbox          webhook updates stored before Telegram hears 200     inbox.py
    store.export(...)    everything about one person, for /export             export.py
    store.aggregate_counts(...)  totals for the operator, never answers       stats.py

Every query about a person's data names that person. It may import the programme's records
and rules, never Telegram.
"""

import sqlite3

from bot.storage.database import BUSY_TIMEOUT_S, Store, open_database

# What a failed read or write raises (a lock held too long, a full disk, a vanished file).
StorageError = sqlite3.Error

__all__ = ["BUSY_TIMEOUT_S", "StorageError", "Store", "open_database"]
