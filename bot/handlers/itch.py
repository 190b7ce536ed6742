"""/itch (/jeuk): the worst itch of today or yesterday, logged or corrected outside the evening
message, which is easily missed; a correction says what it replaced and is kept in the
history (/export)."""

from __future__ import annotations

import contextlib
import datetime as dtm

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.callbacks import ItchDayPress
from bot.context import Context
from bot.handlers.prologue import onboarded, tapped
from bot.keyboards import itch_keyboard
from bot.programme.answers import read_itch_command
from bot.programme.phases import within_programme
from bot.programme.records import Participant
from messages import t, tc
from messages.words import day_and_date

ONE_DAY = dtm.timedelta(days=1)


def is_itch_message(markup: InlineKeyboardMarkup | None) -> bool:
    """Whether buttons are /itch's (its scale, with the way to the other day)."""
    return markup is not None and any(
        isinstance(b.callback_data, str) and ItchDayPress.parse(b.callback_data) is not None
        for row in markup.inline_keyboard
        for b in row
    )


def itch_reply(language: str, day: dtm.date, score: int, old: int | None) -> str:
    """What was noted, or what it replaced."""
    when = day_and_date(language, day)
    if old is None:
        return t(language, "answer.itch", score=score, date=when)
    if old == score:
        return t(language, "answer.itch_same", score=score, date=when)
    return t(language, "answer.itch_updated", old=old, score=score, date=when)


def itch_message(
    participant: Participant, day: dtm.date, today: dtm.date, current: int | None
) -> tuple[str, InlineKeyboardMarkup]:
    """The question for `day` (today or yesterday), its scale, and the way to the other day."""
    language = participant.language
    lines = [tc(language, "itch.ask", participant.for_child, date=day_and_date(language, day))]
    if current is not None:
        lines.append(t(language, "itch.given", score=current))
    other: dtm.date | None = today - ONE_DAY if day == today else today
    if other is not None and not within_programme(participant.start_date, today, other):
        other = None  # the first day: no yesterday to switch to
    markup = itch_keyboard(language, day, current, other, other_is_today=other == today)
    return "\n".join(lines), markup


async def itch_command(update: Update, context: Context) -> None:
    """/itch [today|yesterday] [0-10]: with a number, noted at once; without, the scale."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = context.coach
    language = participant.language
    asked = read_itch_command(context.args or [])
    if asked is None:
        await update.effective_message.reply_text(t(language, "itch.bad"))
        return
    days_back, score = asked
    now = c.clock.now()
    today = participant.day_at(now)
    day = today - dtm.timedelta(days=days_back)
    if not within_programme(participant.start_date, today, day):  # yesterday, before the start
        await update.effective_message.reply_text(t(language, "itch.before_start"))
        return
    if score is not None:
        old = c.store.diary.set_itch(participant.id, day, score, now, about=participant.about)
        await update.effective_message.reply_text(itch_reply(language, day, score, old))
        return
    current = c.store.diary.itch_on(participant.id, day)
    text, markup = itch_message(participant, day, today, current)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def on_itch_day_button(update: Update, context: Context) -> None:
    """Under /itch: the other day's scale, in the same message."""
    pressed = await tapped(update, context, ItchDayPress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    today = participant.day_at(c.clock.now())
    day = pressed.press.day
    if day not in (today, today - ONE_DAY) or not within_programme(
        participant.start_date, today, day
    ):
        await pressed.query.answer(t(participant.language, "answer.stale"))
        return
    await pressed.query.answer()
    await redraw(
        pressed.message, participant, day, today, c.store.diary.itch_on(participant.id, day)
    )


async def redraw(
    message: Message, participant: Participant, day: dtm.date, today: dtm.date, current: int | None
) -> None:
    """The /itch message for `day`, with the value given now."""
    text, markup = itch_message(participant, day, today, current)
    with contextlib.suppress(BadRequest):  # not modified
        await message.edit_text(text, reply_markup=markup)
