"""Taps on reminder buttons, the +1 glass of /today, the settings menu and /pause choices.

A tap always answers the callback query (so the phone's spinner stops) with what was recorded,
and a tap that changes nothing says so.
"""

from __future__ import annotations

import contextlib
import datetime as dtm

from telegram import Message, Update
from telegram.error import BadRequest

from bot.coach import Context, tap
from bot.commands import apply_pause
from bot.conversation import send_prompt
from bot.keyboards import (
    occurrence_ids,
    parse_itch_data,
    parse_reminder_data,
    reminder_keyboard,
)
from bot.participants import MAX_PAUSE_DAYS, replan
from bot.preferences import SETTINGS_FIELDS, settings_overview
from bot.storage import OccurrenceRow, Participant, Store, from_epoch
from jobs.dispatcher import local_hm
from jobs.schedule import KINDS, local_date
from messages import t


def _date(day: str) -> str:
    return dtm.date.fromisoformat(day).strftime("%d-%m-%Y")


async def _refresh_keyboard(
    message: Message, store: Store, participant: Participant, later_open: int | None = None
) -> None:
    """Redraw the reminder rows of this message from what is stored now."""
    rows = [
        row
        for row in (
            store.occurrence(participant.id, i) for i in occurrence_ids(message.reply_markup)
        )
        if row is not None
    ]
    if not rows:
        return
    times = {r.id: local_hm(from_epoch(r.due_at), participant.timezone) for r in rows}
    evening = next((r for r in rows if r.kind == "winddown"), None)
    itch_day = dtm.date.fromisoformat(evening.local_date) if evening else None
    itch = store.itch_on(participant.id, itch_day) if itch_day else None
    markup = reminder_keyboard(
        participant.language, rows, times, later_open=later_open, itch=(itch_day, itch)
    )
    with contextlib.suppress(BadRequest):  # "message is not modified" is fine
        await message.edit_reply_markup(markup)


async def on_reminder_button(update: Update, context: Context) -> None:
    """done / later → 30 min · 1 h · 3 h / skip / +1 glass, for the reminder's own day."""
    pressed = tap(update, context)
    query, c, participant, message = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
    )
    now = c.clock.now()
    press = parse_reminder_data(pressed.data)
    row = c.store.occurrence(participant.id, press.occurrence_id) if participant and press else None
    if row is not None and row.kind not in KINDS:
        row = None  # a check-in's own row is not a reminder: nothing to tick off here
    if participant is None or press is None or row is None or message is None:
        await pressed.stale()
        return
    code = participant.language
    today = local_date(now, participant.timezone).isoformat()
    for_today = row.local_date == today
    action = press.action
    later_open: int | None = None
    if action in ("done", "skip"):
        answer = "done" if action == "done" else "skipped"
        result = c.store.answer(participant.id, row.id, answer, now)
        if result == "recorded":
            key = f"answer.{answer}" if for_today else f"answer.{answer}_for_day"
            reply = t(code, key, date=_date(row.local_date))
        else:
            reply = _already(code, row, participant)
    elif action == "glass":
        glasses = c.store.add_glass(participant.id, dtm.date.fromisoformat(row.local_date))
        c.store.answer(participant.id, row.id, "done", now)
        reply = t(code, "answer.glass", glasses=glasses, date=_date(row.local_date))
    elif action == "later":
        if row.answer or (row.status == "planned" and row.snoozes):
            reply = _already(code, row, participant)
        else:
            later_open, reply = row.id, ""
    elif action.startswith("s"):
        if row.answer or (row.status == "planned" and row.snoozes):
            reply = _already(code, row, participant)
        elif not for_today:
            reply = t(code, "answer.cannot_snooze", date=_date(row.local_date))
        else:
            until = now + dtm.timedelta(minutes=int(action[1:]))
            if c.store.snooze(participant.id, row.id, until) == "recorded":
                reply = t(code, "answer.snoozed", at=local_hm(until, participant.timezone))
            else:
                reply = _already(code, row, participant)
    else:  # "back" and "info"
        reply = _already(code, row, participant) if action == "info" else ""
    await query.answer(reply or None)
    await _refresh_keyboard(message, c.store, participant, later_open)


def _already(code: str, row: OccurrenceRow, participant: Participant) -> str:
    if row.answer in ("done", "skipped"):
        return t(code, f"answer.already_{row.answer}")
    if row.status == "planned" and row.snoozes:
        return t(
            code,
            "answer.already_snoozed",
            at=local_hm(from_epoch(row.due_at), participant.timezone),
        )
    return t(code, "answer.stale")


async def on_water_button(update: Update, context: Context) -> None:
    """+1 glass from /today, counted for the day the list was made."""
    pressed = tap(update, context)
    query, c, participant = pressed.query, pressed.coach, pressed.participant
    try:
        day = dtm.date.fromisoformat(pressed.data.removeprefix("w:"))
    except ValueError:
        day = None
    if participant is None or day is None or not participant.onboarded:
        await pressed.stale()
        return
    glasses = c.store.add_glass(participant.id, day)
    await query.answer(
        t(participant.language, "answer.glass", glasses=glasses, date=day.strftime("%d-%m-%Y"))
    )


async def on_menu_button(update: Update, context: Context) -> None:
    """A settings menu entry: ask for that field, or switch a reminder kind on or off."""
    pressed = tap(update, context)
    query, c, participant, message = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
    )
    kind, _, value = pressed.data.partition(":")
    if participant is None or not participant.onboarded or message is None:
        await pressed.stale()
        return
    if kind == "menu" and value in SETTINGS_FIELDS:
        await query.answer()
        participant = c.store.update(participant.id, awaiting=value)
        await send_prompt(message, participant, value)
        return
    if kind == "toggle" and value in KINDS:
        column = f"{value}_on"
        c.store.update(participant.id, **{column: 0 if participant.enabled(value) else 1})
        participant = replan(c.store, participant.id, c.clock.now())
        await query.answer(t(participant.language, "answer.saved"))
        text, markup = settings_overview(participant)
        with contextlib.suppress(BadRequest):
            await message.edit_text(text, reply_markup=markup)
        return
    await pressed.stale()


async def on_pause_button(update: Update, context: Context) -> None:
    """One of the /pause choices."""
    pressed = tap(update, context)
    query, participant = pressed.query, pressed.participant
    raw = pressed.data.removeprefix("pause:")
    if (
        participant is None
        or not participant.onboarded
        or not raw.isdigit()
        or not 1 <= int(raw) <= MAX_PAUSE_DAYS
    ):
        await pressed.stale()
        return
    await query.answer()
    if isinstance(query.message, Message):
        with contextlib.suppress(BadRequest):
            await query.message.edit_reply_markup(None)
    await apply_pause(update, context, participant, int(raw))


async def on_unknown_button(update: Update, context: Context) -> None:
    """A button whose data nothing understands (an old version of the bot, or tampering)."""
    await tap(update, context).stale()


async def on_itch_button(update: Update, context: Context) -> None:
    """The evening's worst-itch scale: one value per day; a second tap updates it and says so."""
    pressed = tap(update, context)
    query, c, participant, message = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
    )
    now = c.clock.now()
    parsed = parse_itch_data(pressed.data)
    if participant is None or not participant.onboarded or parsed is None or message is None:
        await pressed.stale()
        return
    day, score = parsed
    code = participant.language
    if day > local_date(now, participant.timezone):
        await pressed.stale()
        return
    old = c.store.set_itch(participant.id, day, score, now)
    when = day.strftime("%d-%m-%Y")
    if old is None:
        reply = t(code, "answer.itch", score=score, date=when)
    elif old == score:
        reply = t(code, "answer.itch_same", score=score, date=when)
    else:
        reply = t(code, "answer.itch_updated", old=old, score=score, date=when)
    await query.answer(reply)
    await _refresh_keyboard(message, c.store, participant)
