"""What the dispatcher's messages look like, in one place on the Telegram side: reminders
(text, tip and buttons), a check-in's first question (or where the person left off) and its
nudge, and the question about a time zone a tzdata update dropped. The dispatcher
(jobs/dispatcher.py) decides what is due and when; `Composer` draws each message from what is
stored the moment it goes out. The handlers draw a reminder's buttons and a check-in's
question again from the same functions when a tap changes them."""

from __future__ import annotations

import datetime as dtm
from collections.abc import Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.callbacks import SNOOZE_MINUTES, ReminderAction
from bot.handlers.prologue import joined
from bot.keyboards import (
    agree_keyboard,
    checkin_keyboard,
    offer_keyboard,
    reminder_keyboard,
    resume_checkin_keyboard,
    setting_question,
    snooze_labels,
)
from bot.programme.backoff import rhythm
from bot.programme.checkin import question_text
from bot.programme.conversation import Consent, Setting
from bot.programme.kinds import KINDS
from bot.programme.phases import phase_on
from bot.programme.planning import last_paused_day, snoozes_that_fit
from bot.programme.records import SENT, CheckinRow, OccurrenceRow, Participant
from bot.programme.schedule import LATE_NOTICE
from bot.programme.settings import effective_time, needs_new_consent
from bot.programme.stock import tell_running_out
from bot.programme.times import local_hm
from bot.programme.treatment import asked_in_evening
from bot.services import checkins
from bot.services.checkins import Begun
from bot.storage import Store
from jobs.sender import Outgoing
from messages import t, tc
from messages.reminders import Item, pick_tip, render_reminder
from messages.words import day_and_date, weekday


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
        if row.kind == "consent_ask":
            return compose_consent_ask(participant)
        if row.kind == "rest_notice":
            return compose_rest_notice(participant)
        if row.kind == "offer":
            return compose_offer(participant, row)
        return compose_event(self.store, participant, row, now)


# -- reminders ----------------------------------------------------------------------------------


def _running_out(store: Store, participant: Participant, rows: list[OccurrenceRow]) -> str:
    """Under the probiotic's reminder, once per pack, about five days ahead: it runs out.
    Marked said when the message may leave (`Outgoing.stock_pack`), not here: a message that
    provably never left is composed again, and says it again."""
    if participant.pack_started is None or not any(r.kind == "probiotic" for r in rows):
        return ""
    taken = store.reminders.done_since(participant.id, "probiotic", participant.pack_started)
    left = tell_running_out(participant, taken)
    if left is None:
        return ""
    language = participant.language
    name = participant.probiotic_name
    named = t(language, "stock.named", name=name) if name else ""
    return tc(language, "stock.low", participant.for_child, named=named, left=left)


def later_choices(
    store: Store, participant: Participant, row: OccurrenceRow, now: dtm.datetime
) -> list[tuple[str, ReminderAction]]:
    """What "Later" offers: the snoozes that land before bedtime; where one would land in the
    night, the next reminder of the kind instead (tomorrow morning, as a rule)."""
    language = participant.language
    labels = snooze_labels(language)
    fit, night = snoozes_that_fit(participant, SNOOZE_MINUTES, now)
    found: list[tuple[str, ReminderAction]] = [
        (labels[action], action) for action in labels if int(action[1:]) in fit
    ]
    following = next_day_of_kind(store, participant, row, now) if night else None
    if following is not None:
        found.append((t(language, "button.next_of_kind", at=following), "tomorrow"))
    return found


def next_day_of_kind(
    store: Store, participant: Participant, row: OccurrenceRow, now: dtm.datetime
) -> str | None:
    """The time tomorrow's reminder of the same kind comes ("07:30"), if one is planned for a
    later day than today."""
    following = store.reminders.next_of_kind(participant.id, row.kind, now)
    if following is None:
        return None
    if following.local_date <= participant.day_at(now):
        return None
    return local_hm(following.due_at, participant.timezone)


def reminder_markup(
    store: Store,
    participant: Participant,
    rows: Sequence[OccurrenceRow],
    later_open: int | None = None,
    now: dtm.datetime | None = None,
    still_there: bool = False,
) -> InlineKeyboardMarkup:
    """The buttons of a message of reminders, from what is stored now; the evening's message
    carries the day's itch scale with the value given so far."""
    times = {r.id: local_hm(r.due_at, participant.timezone) for r in rows}
    evening = next((r for r in rows if r.kind == "winddown"), None)
    itch_day = evening.local_date if evening else None
    itch = store.diary.itch_on(participant.id, itch_day) if itch_day else None
    water = next((r for r in rows if r.kind == "hydration"), None)
    glasses = store.diary.glasses(participant.id, water.local_date) if water is not None else 0
    asked = []
    if itch_day is not None:
        everything = store.treatments.all(participant.id)
        used = store.treatments.used_on(participant.id, itch_day)
        asked = [
            (x, x.id in used) for x in asked_in_evening(everything, participant.about, itch_day)
        ]
    opened = next((r for r in rows if r.id == later_open), None)
    later = None
    if opened is not None and now is not None:
        later = (opened.id, later_choices(store, participant, opened, now))
    return reminder_keyboard(
        participant.language,
        rows,
        times,
        later=later,
        itch=(itch_day, itch),
        glasses=glasses,
        still_there=still_there,
        undo_day=participant.day_at(now) if now else None,
        treatments=asked,
    )


def compose_reminders(
    store: Store, participant: Participant, rows: list[OccurrenceRow], now: dtm.datetime
) -> Outgoing:
    """One message for everything due within the same quarter of an hour, with a tip that fits
    the phase and was not shown last time."""
    first = rows[0]
    day = first.local_date
    phase = phase_on(participant.start_date or day, day)
    kind = first.kind
    child = participant.for_child
    last = store.reminders.last_tip(participant.id, kind, day)
    due = first.due_at.astimezone(ZoneInfo(participant.timezone)).time()
    tip = pick_tip(kind, phase, last, child=child, band=participant.child_age, at=due)
    items = [
        Item(r.kind, local_hm(r.due_at, participant.timezone), now - r.due_at > LATE_NOTICE)
        for r in rows
    ]
    # Drawn as delivered: a snoozed row coming back gets its buttons again.
    delivered = [replace(r, status=SENT) for r in rows]
    text = render_reminder(
        participant.language, items, tip, child=child, band=participant.child_age
    )
    running_out = _running_out(store, participant, rows)
    if running_out:
        text += "\n\n" + running_out
    quiet = rhythm(participant, now) != "usual"  # a week unanswered: the one message of the day
    if quiet:
        text += "\n\n" + tc(participant.language, "backoff.still_there", child)
    return Outgoing(
        text,
        reminder_markup(store, participant, delivered, still_there=quiet),
        {first.id: tip.key} if tip is not None else {},
        stock_pack=participant.pack_started if running_out else None,
    )


# -- check-ins ----------------------------------------------------------------------------------


def question_message(
    participant: Participant, checkin: CheckinRow
) -> tuple[str, InlineKeyboardMarkup]:
    """The text and buttons of the check-in's current question."""
    language = participant.language
    return question_text(language, checkin), checkin_keyboard(language, checkin)


def begun_text(participant: Participant, begun: Begun) -> tuple[str, InlineKeyboardMarkup]:
    text, markup = question_message(participant, begun.checkin)
    return joined(t(participant.language, begun.intro), text), markup


def compose_event(
    store: Store, participant: Participant, row: OccurrenceRow, now: dtm.datetime
) -> Outgoing | None:
    """What the dispatcher sends for a due check-in (its first question, or where the person
    left off) or its nudge; None when there is nothing to ask (finished, expired, or this
    programme week already has its check-in)."""
    language = participant.language
    if row.kind == "checkin_nudge":
        checkin = checkins.current_checkin(store, participant.id, now)
        if checkin is None:
            return None
        text = t(language, "checkin.nudge", until=_day_time(checkin.expires_at, participant))
        return Outgoing(text, resume_checkin_keyboard(language, checkin.id))
    begun = checkins.begin(store, participant, "weekly", now, due=row.due_at)
    if not isinstance(begun, Begun):
        return None
    return Outgoing(*begun_text(participant, begun))


def _day_time(instant: dtm.datetime, participant: Participant) -> str:
    local = instant.astimezone(ZoneInfo(participant.timezone))
    return f"{weekday(participant.language, local.weekday())} {local:%H:%M}"


# -- a time zone asked again ------------------------------------------------------------------


def compose_zone_ask(participant: Participant) -> Outgoing | None:
    """After a tzdata update dropped the person's zone: say so once and ask again (None when
    they have chosen one meanwhile)."""
    if participant.question != Setting("timezone"):
        return None
    _, markup = setting_question(participant, "timezone")
    return Outgoing(
        t(participant.language, "zone.ask_again", fallback=participant.timezone), markup
    )


def compose_rest_notice(participant: Participant) -> Outgoing | None:
    """Three weeks without a word: the bot pauses, says until when and how to carry on (None
    when they answered meanwhile)."""
    last = last_paused_day(participant)
    if participant.rested_at is None or last is None:
        return None
    language = participant.language
    until = day_and_date(language, last)
    return Outgoing(tc(language, "backoff.rest", participant.for_child, until=until), None)


def compose_offer(participant: Participant, row: OccurrenceRow) -> Outgoing | None:
    """A reminder kind that is off, offered once (its slot is its place in KINDS); None when
    the person switched it on or was offered it meanwhile. It is marked offered with its
    outcome (bot/storage/reminders.py `_offers_made`), not here: one that never left comes
    again."""
    if not 0 <= row.slot < len(KINDS):
        return None
    kind = KINDS[row.slot]
    if participant.enabled(kind) or kind in participant.offers_done:
        return None
    language = participant.language
    at = effective_time(participant, kind)
    text = tc(language, f"offer.{kind}", participant.for_child, at=at)
    return Outgoing(text, offer_keyboard(language, kind, at))


def consent_question(participant: Participant) -> tuple[str, InlineKeyboardMarkup]:
    """The consent text in force, to agree to (or not)."""
    language, child = participant.language, participant.for_child
    terms = tc(language, "consent.terms", child)
    return t(language, "consent.updated", terms=terms), agree_keyboard(language)


def compose_consent_ask(participant: Participant) -> Outgoing | None:
    """The consent text changed: the new one, to agree to (None when that is settled)."""
    if participant.question != Consent() or not needs_new_consent(participant):
        return None
    return Outgoing(*consent_question(participant))
