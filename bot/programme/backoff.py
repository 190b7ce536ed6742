"""Backing off when ignored: a coach that keeps sending seven messages a day to someone who
never answers is spam (docs/programme.md, "Voice").

After a week without any tap or message from the person, one message a day instead of the
usual set: the day's most important one (the evening's, which carries the itch question, or
else the first enabled kind's first), asking whether they are still with it; on the check-in's
day the check-in is that one message, and its nudge is not sent. After three weeks, a pause
with one kind line that says how to carry on. Any tap or message restores the usual rhythm
at once (and ends such a pause).
"""

from __future__ import annotations

import datetime as dtm
from typing import Final, Literal

from bot.programme.kinds import ONE_A_DAY, Kind
from bot.programme.records import ACTIVE, OccurrenceRow, Participant

DAILY_AFTER: Final = dtm.timedelta(days=7)
REST_AFTER: Final = dtm.timedelta(days=21)
REST_DAYS: Final = 60  # the pause's length; it is taken again, with one line, if still unheard

Rhythm = Literal["usual", "daily", "rest"]

# Questions the bot must ask whatever the rhythm (they change what it may store or send).
ALWAYS: Final = frozenset({"zone_ask", "consent_ask", "rest_notice"})


def rhythm(participant: Participant, now: dtm.datetime) -> Rhythm:
    """How much to send: as usual, one a day, or nothing (a pause). Someone never heard from
    (made before this was kept) counts as heard; a break they took counts as heard until it
    ended (a holiday is not silence), a rest the bot took for their silence does not."""
    if participant.heard_at is None:
        return "usual"
    last = participant.heard_at
    ended = participant.paused_until
    if ended is not None and ended <= now and participant.rested_at is None:
        last = max(last, ended)
    silent = now - last
    if silent >= REST_AFTER:
        return "rest"
    if silent >= DAILY_AFTER:
        return "daily"
    return "usual"


def daily_kind(participant: Participant) -> Kind | None:
    """The kind whose first reminder is the one message of a day, if any kind is on."""
    enabled = participant.reminder_settings().enabled
    return next((kind for kind in ONE_A_DAY if kind in enabled), None)


def kept_when_daily(participant: Participant, row: OccurrenceRow) -> bool:
    """Whether a row still goes out at one message a day."""
    if row.kind in ALWAYS or row.kind == "checkin":
        return True
    if row.kind != daily_kind(participant) or row.slot != 0:
        return False  # a nudge, a glass of water after the first, another kind
    weekday = row.local_date.weekday()
    return weekday != participant.checkin_day  # that day, the check-in is the one message


# A reminder kind that is off is offered once (bot/programme/kinds.py), and only to someone
# taking part (heard from in the last three days: it is planned a day ahead, so a tap every
# other day is enough), and at its moment, not late behind others.
OFFER_HEARD_WITHIN: Final = dtm.timedelta(days=3)
OFFER_LATE_BY: Final = dtm.timedelta(minutes=15)


def heard_lately(participant: Participant, now: dtm.datetime) -> bool:
    """Whether the person is taking part: heard from in the last three days (someone never
    heard, made before this was kept, counts as heard)."""
    heard = participant.heard_at
    return heard is None or now - heard <= OFFER_HEARD_WITHIN


def offer_fits(participant: Participant, row: OccurrenceRow, now: dtm.datetime) -> bool:
    """Whether an offer still goes out now; else it is let go, to be offered another day."""
    return heard_lately(participant, now) and now - row.due_at <= OFFER_LATE_BY


def rests(participant: Participant, now: dtm.datetime, paused: bool) -> bool:
    """Whether the daily planning should now pause them, with one line: three weeks unheard
    and not paused already."""
    return participant.status == ACTIVE and not paused and rhythm(participant, now) == "rest"
