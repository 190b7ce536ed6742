"""Suspected triggers noted on the day (/trigger, or the evening message's button) and what
the person's own itch did after them (/patterns).

The list of a day is one message, edited as triggers are ticked; each tap is stored at once,
so nothing is lost if the person never taps Done. Only today and yesterday can be noted: a
trigger is remembered on the day or not at all.
"""

from __future__ import annotations

import datetime as dtm
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update

from bot.callbacks import PickerPress, TickPress
from bot.context import Coach, Context
from bot.handlers.prologue import Tap, edit, joined, onboarded, stale, tapped
from bot.keyboards import day_triggers_keyboard
from bot.programme.checkin import FOODS
from bot.programme.patterns import DAY_TRIGGERS, find_patterns, patterns_text
from bot.programme.picker import Noted, ShowDay, StalePick, Tick, picker_step, typed_pick
from bot.programme.questions import asks_about_tests
from bot.programme.records import Participant
from bot.services import picker
from bot.storage import Store
from messages import t, tc
from messages.words import day_and_date


def _day_words(participant: Participant, day: dtm.date, today: dtm.date) -> str:
    key = "trigger_day.today" if day == today else "trigger_day.yesterday"
    return t(participant.language, key, date=day_and_date(participant.language, day))


def _list(
    participant: Participant, day: dtm.date, today: dtm.date, noted: set[str]
) -> tuple[str, InlineKeyboardMarkup]:
    language = participant.language
    words = _day_words(participant, day, today)
    text = tc(language, "triggers.ask", participant.for_child, day=words)
    other = "button.trigger_yesterday" if day == today else "button.trigger_today"
    return text, day_triggers_keyboard(language, day, noted, t(language, other))


async def trigger_command(update: Update, context: Context) -> None:
    """/trigger: today's list of suspected triggers (yesterday one tap away)."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = context.coach
    now = c.clock.now()
    today = participant.day_at(now)
    noted = picker.apply(c.store, participant, ShowDay(today), now)
    text, markup = _list(participant, today, today, noted)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def on_tick_button(update: Update, context: Context) -> None:
    """A trigger ticked or unticked on a day's list: stored at once, the list redrawn."""
    pressed = await tapped(update, context, TickPress, onboarded=True)
    if pressed is None:
        return
    await _pick(update, context, pressed, pressed.press.day, pressed.press.trigger)


async def on_picker_button(update: Update, context: Context) -> None:
    """On a day's list: the other day, or Done; from the evening message, "open" sends that
    day's list."""
    pressed = await tapped(update, context, PickerPress, onboarded=True)
    if pressed is None:
        return
    await _pick(update, context, pressed, pressed.press.day, pressed.press.move)


async def _pick(
    update: Update, context: Context, pressed: Tap[Any], day: dtm.date, move: str
) -> None:
    """A tap on a day's list (or the evening's "noticed something?"), applied and shown."""
    c, participant, message = pressed.coach, pressed.participant, pressed.message
    now = c.clock.now()
    today = participant.day_at(now)
    outcome = picker_step(day, move, today, participant.start_date)
    if isinstance(outcome, StalePick):
        await stale(update, context)
        return
    await pressed.query.answer()
    noted = picker.apply(c.store, participant, outcome, now)
    if isinstance(outcome, Noted):
        await _edit(message, _saved(participant, outcome.day, today, noted), None)
        return
    assert isinstance(outcome, ShowDay | Tick)
    text, markup = _list(participant, outcome.day, today, noted)
    if move == "open":  # from the evening message: the list in a message of its own
        await message.chat.send_message(text, reply_markup=markup)
        return
    await _edit(message, text, markup)


async def on_typed_pick(
    message: Message, c: Coach, participant: Participant, day: dtm.date, text: str
) -> None:
    """Typed while a day's list is open: a trigger's name ticks it, "klaar" closes the list;
    anything else gets a pointer to the list."""
    now = c.clock.now()
    today = participant.day_at(now)
    language = participant.language
    move = typed_pick(language, text, day, today)
    outcome = picker_step(day, move, today, participant.start_date) if move else StalePick()
    if isinstance(outcome, StalePick):
        before = t(language, "input.tests") if asks_about_tests(text) else ""
        await message.reply_text(joined(before, t(language, "triggers.pointer")))
        return
    noted = picker.apply(c.store, participant, outcome, now)
    if isinstance(outcome, Noted):
        await message.reply_text(_saved(participant, outcome.day, today, noted))
        return
    assert isinstance(outcome, ShowDay | Tick)
    text, markup = _list(participant, outcome.day, today, noted)
    await message.reply_text(text, reply_markup=markup)


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
    await edit(message, text, markup)


def build_patterns(store: Store, participant: Participant) -> str:
    """/patterns for one person: their own noted days against their own evening itch, about
    the same person only (a parent may have switched). What the finder compares, and how its
    false alarms are kept to 5%: `bot.programme.patterns`."""
    noted = store.diary.trigger_days(participant.id, participant.about)
    itch = dict(store.diary.itch_history(participant.id, participant.about))
    found = find_patterns(noted, itch)
    return patterns_text(found, participant.language, participant.for_child)


async def patterns_command(update: Update, context: Context) -> None:
    """/patterns: the person's itch the evening before and the evening after what they noted,
    beside the other evenings of the same weeks."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    await update.effective_message.reply_text(build_patterns(context.coach.store, participant))
