"""The daily reminders in Telegram: how a reminder message looks, its buttons (done, later,
skip, +1 glass, the evening's itch scale), and /today's list with its +1 glass.

A tap always answers the callback query (so the phone's spinner stops) with what was recorded,
and a tap that changes nothing says so.
"""

from __future__ import annotations

import contextlib
import datetime as dtm

from telegram import Message, Update
from telegram.error import BadRequest

from bot.callbacks import ItchPress, ReminderPress, WaterPress
from bot.context import Context
from bot.handlers import itch
from bot.handlers.itch import is_itch_message, itch_reply
from bot.handlers.prologue import onboarded, stale, tapped
from bot.keyboards import occurrence_ids, water_keyboard
from bot.outgoing import next_day_of_kind, reminder_markup
from bot.programme.kinds import KINDS
from bot.programme.phases import within_programme
from bot.programme.planning import (
    is_paused,
    last_paused_day,
    sent_in_zone_before,
    snooze_lands_asleep,
)
from bot.programme.records import (
    ACTIVE,
    DONE,
    PLANNED,
    SENT,
    SKIPPED,
    OccurrenceRow,
    Participant,
)
from bot.programme.times import local_hm
from bot.storage import Store
from messages import t
from messages.words import day_and_date, tn


async def _refresh_keyboard(
    message: Message,
    store: Store,
    participant: Participant,
    later_open: int | None = None,
    now: dtm.datetime | None = None,
) -> None:
    """Redraw the reminder rows of this message from what is stored now."""
    rows = [
        row
        for row in (
            store.reminders.get(participant.id, i) for i in occurrence_ids(message.reply_markup)
        )
        if row is not None
    ]
    if not rows:
        return
    with contextlib.suppress(BadRequest):  # "message is not modified" is fine
        await message.edit_reply_markup(reminder_markup(store, participant, rows, later_open, now))


async def on_reminder_button(update: Update, context: Context) -> None:
    """done / later → 30 min · 1 h · 3 h / skip / +1 glass, for the reminder's own day."""
    pressed = await tapped(update, context, ReminderPress, onboarded=False)
    if pressed is None:
        return
    query, c, participant, message = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
    )
    now = c.clock.now()
    row = c.store.reminders.get(participant.id, pressed.press.occurrence_id)
    # A check-in's own row is not a reminder: nothing to tick off here.
    if row is None or row.kind not in KINDS:
        await stale(update, context)
        return
    code = participant.language
    today = participant.day_at(now)
    for_today = row.local_date == today
    action = pressed.press.action
    later_open: int | None = None
    if action in ("done", "skip"):
        answer = DONE if action == "done" else SKIPPED
        result = c.store.reminders.answer(participant.id, row.id, answer, now)
        if result == "recorded":
            key = f"answer.{answer}" if for_today else f"answer.{answer}_for_day"
            reply = t(code, key, date=day_and_date(code, row.local_date))
        else:
            reply = _already(code, row, participant)
    elif action == "glass":
        glasses = c.store.diary.add_glass(participant.id, row.local_date)
        c.store.reminders.answer(participant.id, row.id, DONE, now)
        reply = tn(code, "answer.glass", glasses, date=day_and_date(code, row.local_date))
    elif action == "later":
        if row.answer or (row.status == PLANNED and row.snoozes):
            reply = _already(code, row, participant)
        else:
            later_open, reply = row.id, ""
    elif action.startswith("s") or action == "tomorrow":
        if row.answer or (row.status == PLANNED and row.snoozes):
            reply = _already(code, row, participant)
        elif not for_today:
            reply = t(code, "answer.cannot_snooze", date=day_and_date(code, row.local_date))
        elif action == "tomorrow":
            at = next_day_of_kind(c.store, participant, row, now)
            reply = t(code, "answer.until_next", at=at) if at else t(code, "answer.stale")
        else:
            until = now + dtm.timedelta(minutes=int(action[1:]))
            if snooze_lands_asleep(participant, until):  # an older keyboard's: said, not done
                later_open = row.id
                reply = t(
                    code,
                    "answer.snooze_asleep",
                    at=local_hm(until, participant.timezone),
                    bed=participant.bed,
                    wake=participant.wake,
                )
            elif c.store.reminders.snooze(participant.id, row.id, until) == "recorded":
                reply = t(code, "answer.snoozed", at=local_hm(until, participant.timezone))
            else:
                reply = _already(code, row, participant)
    elif action == "undo":
        reply = _undo(c.store, participant, row, for_today, now)
    else:  # "back" and "info"
        reply = _already(code, row, participant) if action == "info" else ""
    await query.answer(reply or None)
    await _refresh_keyboard(message, c.store, participant, later_open, now)


def _undo(
    store: Store, participant: Participant, row: OccurrenceRow, for_today: bool, now: dtm.datetime
) -> str:
    """Done or skipped taken back, on the reminder's own day; kept in the history. Water's
    glasses are counted, not ticked: they are not taken back here."""
    code = participant.language
    if not for_today or (row.kind == "hydration" and row.answer == DONE):
        return t(code, "answer.stale")
    old = store.reminders.unanswer(participant.id, row.id)
    if old is None:
        return t(code, "answer.stale")
    store.diary.correct(participant.id, f"reminder:{row.kind}", row.local_date, old, None, now)
    return t(code, "answer.undone", label=t(code, f"kind.{row.kind}"))


def _already(code: str, row: OccurrenceRow, participant: Participant) -> str:
    if row.answer in (DONE, SKIPPED):
        return t(code, f"answer.already_{row.answer}")
    if row.status == PLANNED and row.snoozes:
        return t(
            code,
            "answer.already_snoozed",
            at=local_hm(row.due_at, participant.timezone),
        )
    return t(code, "answer.stale")


async def on_water_button(update: Update, context: Context) -> None:
    """+1 glass from /today, counted for the day the list was made."""
    pressed = await tapped(update, context, WaterPress, onboarded=True)
    if pressed is None:
        return
    participant, day = pressed.participant, pressed.press.day
    today = participant.day_at(pressed.coach.clock.now())
    if not within_programme(participant.start_date, today, day):  # forged: no entry out of range
        await stale(update, context)
        return
    c = pressed.coach
    glasses = c.store.diary.add_glass(participant.id, day)
    language = participant.language
    await pressed.query.answer(
        tn(language, "answer.glass", glasses, date=day_and_date(language, day))
    )
    # The list it was tapped on shows the new count.
    rows = [r for r in c.store.reminders.day(participant.id, day) if r.kind in KINDS]
    text = today_text(participant, rows, glasses, day, c.clock.now())
    with contextlib.suppress(BadRequest):
        await pressed.message.edit_text(text, reply_markup=water_keyboard(language, day))


async def on_itch_button(update: Update, context: Context) -> None:
    """The evening's worst-itch scale: one value per day; a second tap updates it and says so."""
    pressed = await tapped(update, context, ItchPress, onboarded=True)
    if pressed is None:
        return
    query, c, participant, message = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
    )
    now = c.clock.now()
    day, score = pressed.press.day, pressed.press.score
    code = participant.language
    today = participant.day_at(now)
    if not within_programme(participant.start_date, today, day):
        await stale(update, context)
        return
    old = c.store.diary.set_itch(participant.id, day, score, now, about=participant.about)
    await query.answer(itch_reply(code, day, score, old))
    if is_itch_message(message.reply_markup):
        await itch.redraw(message, participant, day, today, score)
        return
    await _refresh_keyboard(message, c.store, participant, now=now)


def _state(language_code: str, row: OccurrenceRow, zone: str) -> str:
    if row.answer in (DONE, SKIPPED):
        return t(language_code, f"status.{row.answer}")
    if row.status == PLANNED and row.snoozes:
        return t(language_code, "status.snoozed", at=local_hm(row.due_at, zone))
    if row.status == PLANNED:
        return t(language_code, "status.planned")
    if row.status == SENT:
        return t(language_code, "status.open")
    return t(language_code, f"status.{row.status}")


def today_text(
    participant: Participant,
    rows: list[OccurrenceRow],
    glasses: int,
    day: dtm.date,
    now: dtm.datetime,
) -> str:
    code, zone = participant.language, participant.timezone
    lines = [t(code, "today.header", date=day_and_date(code, day))]
    if participant.status != ACTIVE:
        lines.append(t(code, "today.stopped"))
    elif is_paused(participant, now):
        until = last_paused_day(participant)
        assert until is not None
        lines.append(t(code, "today.paused", until=day_and_date(code, until)))
    if not rows:
        lines.append(t(code, "today.empty"))
    for row in rows:
        # Sent before a change of zone: at the hours the person lived it, said so.
        before = sent_in_zone_before(participant, row)
        lines.append(
            t(
                code,
                "today.line_before" if before else "today.line",
                at=local_hm(row.due_at, before or zone),
                label=t(code, f"kind.{row.kind}"),
                state=_state(code, row, before or zone),
                zone=before,
            )
        )
    lines.append(tn(code, "today.water", glasses))
    return "\n".join(lines)


async def today(update: Update, context: Context) -> None:
    """/today: today's reminders with what was done, and the glasses of water, with +1."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = context.coach
    now = c.clock.now()
    day = participant.day_at(now)
    rows = [r for r in c.store.reminders.day(participant.id, day) if r.kind in KINDS]
    glasses = c.store.diary.glasses(participant.id, day)
    await update.effective_message.reply_text(
        today_text(participant, rows, glasses, day, now),
        reply_markup=water_keyboard(participant.language, day),
    )
