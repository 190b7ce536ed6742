"""What the dispatcher's messages look like: the Telegram side's part of delivery. The
dispatcher (jobs/dispatcher.py) decides what is due and when; this draws each message, with
its buttons, from what is stored at the moment it goes out."""

from __future__ import annotations

import datetime as dtm

from bot.handlers.checkin import compose_event
from bot.handlers.reminders import compose_reminders
from bot.handlers.settings import compose_zone_ask
from bot.programme.records import OccurrenceRow, Participant
from bot.storage import Store
from jobs.sender import Outgoing


class Composer:
    """The dispatcher's composer (jobs.dispatcher.Composer): reminders, check-ins and their
    nudges, and the question about a time zone a tzdata update dropped."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def reminders(
        self, participant: Participant, rows: list[OccurrenceRow], now: dtm.datetime
    ) -> Outgoing:
        return compose_reminders(self.store, participant, rows, now)

    def event(
        self, participant: Participant, row: OccurrenceRow, now: dtm.datetime
    ) -> Outgoing | None:
        if row.kind == "zone_ask":
            return compose_zone_ask(participant)
        return compose_event(self.store, participant, row, now)
