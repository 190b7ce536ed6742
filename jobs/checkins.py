"""The weekly check-in by the clock: opening one (with its one gentle nudge the next day) and
finding the one that is open now (an expired one closes first)."""

from __future__ import annotations

import datetime as dtm
from typing import Literal
from zoneinfo import ZoneInfo

from bot.programme.checkin import EXPIRES_AFTER
from bot.programme.records import CheckinRow, Participant
from bot.programme.schedule import local_date, local_to_utc
from bot.storage import Store

Source = Literal["baseline", "weekly", "manual"]
OPEN = "checkin"  # a participant's open question while a check-in question waits
FIRST_SLOT = 1  # the first check-in, put off until later on the first day
# A nudge never comes sooner than this after the check-in opened.
NUDGE_AT_LEAST_AFTER = dtm.timedelta(hours=12)


def open_checkin(
    store: Store, participant: Participant, source: Source, now: dtm.datetime
) -> CheckinRow:
    """Open a check-in and plan its one gentle nudge for the next day at check-in time."""
    zone = participant.timezone
    today = local_date(now, zone)
    checkin = store.checkins.start(
        participant.id, source, today, now, now + EXPIRES_AFTER, about=participant.about
    )
    tomorrow = today + dtm.timedelta(days=1)
    settings = participant.reminder_settings()
    nudge_at = local_to_utc(tomorrow, settings.checkin_time, ZoneInfo(zone))
    if nudge_at < now + NUDGE_AT_LEAST_AFTER:
        nudge_at = now + dtm.timedelta(days=1)
    store.reminders.add(participant.id, "checkin_nudge", tomorrow, nudge_at)
    return checkin


def current_checkin(store: Store, participant_id: int, now: dtm.datetime) -> CheckinRow | None:
    store.checkins.expire(now)
    return store.checkins.open_one(participant_id)
