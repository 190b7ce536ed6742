"""Suspected triggers noted on the day (/trigger, or the evening message's button) and what
the person's own itch did after them (/patterns).

The list of a day is one message, edited as triggers are ticked; each tap is stored at once,
so nothing is lost if the person never taps Done. Only today and yesterday can be noted: a
trigger is remembered on the day or not at all.
"""

from __future__ import annotations

import contextlib
import datetime as dtm

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.context import Context, coach
from bot.handlers.prologue import onboarded, stale, tapped
from bot.keyboards import DayTriggerPress, day_triggers_keyboard
from bot.programme.checkin import FOODS
from bot.programme.patterns import DAY_TRIGGERS, find_patterns, patterns_text
from bot.programme.phases import within_programme
from bot.programme.records import Participant
from bot.programme.schedule import local_date
from bot.storage import Store
from messages import t, tc
from messages.words import day_and_date


def _day_words(participant: Participant, day: dtm.date, today: dtm.date) -> str:
    key = "trigger_day.today" if day == today else "trigger_day.yesterday"
    return t(participant.language, key, date=day_and_date(participant.language, day))


def _list(
    store: Store, participant: Participant, day: dtm.date, today: dtm.date
) -> tuple[str, InlineKeyboardMarkup]:
    language = participant.language
    words = _day_words(participant, day, today)
    text = tc(language, "triggers.ask", participant.for_child, day=words)
    other = "button.trigger_yesterday" if day == today else "button.trigger_today"
    noted = store.diary.triggers_on(participant.id, day)
    return text, day_triggers_keyboard(language, day, noted, t(language, other))


async def trigger_command(update: Update, context: Context) -> None:
    """/trigger: today's list of suspected triggers (yesterday one tap away)."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = coach(context)
    today = local_date(c.clock.now(), participant.timezone)
    text, markup = _list(c.store, participant, today, today)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def on_day_trigger_button(update: Update, context: Context) -> None:
    """A tap on a day's list: tick or untick (stored at once), the other day, or Done; from
    the evening message, "open" sends that day's list."""
    pressed = await tapped(update, context, DayTriggerPress, onboarded=True)
    if pressed is None:
        return
    participant, c, message, press = (
        pressed.participant,
        pressed.coach,
        pressed.message,
        pressed.press,
    )
    now = c.clock.now()
    today = local_date(now, participant.timezone)
    yesterday = today - dtm.timedelta(days=1)
    if (
        message is None
        or press.day not in (today, yesterday)
        or not within_programme(participant.start, today, press.day)
    ):
        await stale(update, context)
        return
    await pressed.query.answer()
    pressed.acted()
    store = c.store
    if press.action == "open":
        text, markup = _list(store, participant, press.day, today)
        await message.chat.send_message(text, reply_markup=markup)
        return
    day = press.day
    if press.action == "other":
        day = yesterday if day == today else today
        if not within_programme(participant.start, today, day):
            day = press.day
    elif press.action == "done":
        noted = store.diary.triggers_on(participant.id, day)
        await _edit(message, _saved(participant, day, today, noted), None)
        return
    elif press.action in DAY_TRIGGERS:
        store.diary.toggle_trigger(participant.id, day, press.action, now, about=participant.about)
    text, markup = _list(store, participant, day, today)
    await _edit(message, text, markup)


def _saved(participant: Participant, day: dtm.date, today: dtm.date, noted: set[str]) -> str:
    language, child = participant.language, participant.for_child
    words = _day_words(participant, day, today)
    if not noted:
        return t(language, "triggers.saved_none", day=words)
    items = ", ".join(t(language, f"trigger.{x}").lower() for x in DAY_TRIGGERS if x in noted)
    text = t(language, "triggers.saved", day=words, items=items)
    if noted & FOODS:
        text += "\n" + tc(language, "checkin.food_caveat", child)
    return text


async def _edit(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    with contextlib.suppress(BadRequest):  # "message is not modified" is fine
        await message.edit_text(text, reply_markup=markup)


def build_patterns(store: Store, participant: Participant) -> str:
    """/patterns for one person: their own noted days against their own evening itch, about
    the same person only (a parent may have switched)."""
    noted = store.diary.trigger_days(participant.id, participant.about)
    itch = dict(store.diary.itch_history(participant.id, participant.about))
    found = find_patterns(noted, itch)
    return patterns_text(found, participant.language, participant.for_child)


async def patterns_command(update: Update, context: Context) -> None:
    """/patterns: what the person's itch did in the 48 hours after what they noted."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    await update.effective_message.reply_text(build_patterns(coach(context).store, participant))
