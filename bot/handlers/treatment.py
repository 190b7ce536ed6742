"""/treatment (/behandeling): the short list of what the person (or their child) uses, in their
own words: add one (the name as typed, what for by button, since when by button or typed),
mark one stopped (since when, the same way). The bot keeps and shows it; it never comments
on it."""

from __future__ import annotations

import datetime as dtm
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update

from bot.callbacks import (
    TreatmentDailyPress,
    TreatmentEndPress,
    TreatmentForPress,
    TreatmentPress,
    TreatmentSincePress,
    TreatmentStoppedPress,
    TreatmentUsePress,
)
from bot.context import Coach, Context
from bot.handlers.prologue import Tap, edit, onboarded, stale, tapped
from bot.handlers.reminders import _refresh_keyboard
from bot.keyboards import (
    treatment_daily_keyboard,
    treatment_keyboard,
    treatment_purpose_keyboard,
    treatment_since_keyboard,
    treatment_stop_keyboard,
    treatment_stopped_keyboard,
)
from bot.programme.conversation import Treatment
from bot.programme.phases import within_programme
from bot.programme.records import CHILD, SELF, About, Participant
from bot.programme.schedule import local_date
from bot.programme.treatment import (
    MAX_ACTIVE,
    TreatmentRow,
    read_name,
    read_since,
    shown,
)
from messages import t, tc
from messages.words import short_date_year


def _about(participant: Participant) -> About:
    return CHILD if participant.for_child else SELF


def treatment_line(language: str, row: TreatmentRow) -> str:
    """ "Vaseline (huid) · sinds 12 nov 2026", or its period once stopped."""
    purpose = t(language, f"treatment.purpose.{row.purpose or 'other'}")
    since = short_date_year(language, row.since)
    if row.stopped is None:
        line = t(language, "treatment.line", name=row.name, purpose=purpose, since=since)
        return line + (t(language, "treatment.daily_mark") if row.daily else "")
    stopped = short_date_year(language, row.stopped)
    return t(
        language,
        "treatment.line_stopped",
        name=row.name,
        purpose=purpose,
        since=since,
        stopped=stopped,
    )


def list_message(c: Coach, participant: Participant) -> tuple[str, InlineKeyboardMarkup]:
    """The list (in use, then stopped) and its buttons."""
    language, child = participant.language, participant.for_child
    rows = shown(c.store.treatments.all(participant.id), _about(participant))
    active = [x for x in rows if x.active]
    stopped = [x for x in rows if not x.active]
    if not rows:
        lines = [tc(language, "treatment.empty", child)]
    else:
        lines = [tc(language, "treatment.header", child)]
        lines += [treatment_line(language, x) for x in active]
        if stopped:
            lines += ["", t(language, "treatment.stopped_header")]
            lines += [treatment_line(language, x) for x in stopped]
    if len(active) >= MAX_ACTIVE:
        lines += ["", t(language, "treatment.full", max=MAX_ACTIVE)]
    return "\n".join(lines), treatment_keyboard(language, len(active))


async def treatment_command(update: Update, context: Context) -> None:
    """/treatment: the list, with the way to add one or mark one stopped."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    text, markup = list_message(context.coach, participant)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def on_treatment_button(update: Update, context: Context) -> None:
    """Add one (asks the name), stop one (the ones in use as buttons), or back to the list."""
    pressed = await tapped(update, context, TreatmentPress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    language, child = participant.language, participant.for_child
    await pressed.query.answer()
    about = _about(participant)
    active = [x for x in shown(c.store.treatments.all(participant.id), about) if x.active]
    match pressed.press.action:
        case "add" if len(active) < MAX_ACTIVE:
            await pressed.clear_buttons()
            c.store.participants.ask(participant.id, Treatment("name"))
            await pressed.message.reply_text(tc(language, "treatment.ask_name", child))
        case "stop" if active:
            text = tc(language, "treatment.ask_stop", child)
            await edit(pressed.message, text, treatment_stop_keyboard(language, active))
        case "daily" if active:
            text = tc(language, "treatment.ask_daily", child)
            await edit(pressed.message, text, treatment_daily_keyboard(language, active))
        case _:
            text, markup = list_message(c, participant)
            await edit(pressed.message, text, markup)


async def on_typed(
    message: Message, c: Coach, participant: Participant, asked: Treatment, text: str
) -> None:
    """Typed while adding one: its name, or since when."""
    language = participant.language
    now = c.clock.now()
    today = participant.day_at(now)
    calendar = local_date(now, participant.timezone)  # a typed date is the calendar's
    row = None
    if asked.treatment_id is not None:
        row = c.store.treatments.get(participant.id, asked.treatment_id)
    if asked.step == "name":
        name = read_name(text)
        if name is None:
            await message.reply_text(t(language, "treatment.bad_name"))
            return
        treatment_id = c.store.treatments.add(participant.id, name, today, _about(participant), now)
        c.store.participants.ask(participant.id, Treatment("purpose", treatment_id))
        await message.reply_text(
            t(language, "treatment.ask_for", name=name),
            reply_markup=treatment_purpose_keyboard(language, treatment_id),
        )
        return
    if row is None:  # gone (erased meanwhile): start again from the list
        c.store.participants.close_question(participant.id)
        listed, markup = list_message(c, participant)
        await message.reply_text(listed, reply_markup=markup)
        return
    if asked.step == "purpose":
        await message.reply_text(
            t(language, "treatment.use_buttons", name=row.name),
            reply_markup=treatment_purpose_keyboard(language, row.id),
        )
        return
    if asked.step == "stopped":
        await _stopped(message, c, participant, row, read_since(text, today, calendar))
        return
    since = read_since(text, today, calendar)
    if since is None:
        await message.reply_text(
            t(language, "treatment.bad_since"),
            reply_markup=treatment_since_keyboard(language, row.id),
        )
        return
    await _finish(message, c, participant, row, since)


async def _finish(
    message: Message, c: Coach, participant: Participant, row: TreatmentRow, since: dtm.date
) -> None:
    """Since when is known: the row is complete, the list again with what was noted."""
    language = participant.language
    c.store.treatments.set_since(participant.id, row.id, since)
    c.store.participants.close_question(participant.id)
    purpose = t(language, f"treatment.purpose.{row.purpose or 'other'}")
    done = t(
        language,
        "treatment.added",
        name=row.name,
        purpose=purpose,
        since=short_date_year(language, since),
    )
    text, markup = list_message(c, participant)
    await message.reply_text(f"{done}\n\n{text}", reply_markup=markup)


async def on_purpose_button(update: Update, context: Context) -> None:
    """What the one being added is for; then since when."""
    pressed = await tapped(update, context, TreatmentForPress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    language, child = participant.language, participant.for_child
    row = c.store.treatments.get(participant.id, pressed.press.treatment_id)
    if row is None or row.purpose is not None:  # gone, or already picked
        await pressed.query.answer(t(language, "answer.stale"))
        return
    await pressed.query.answer()
    await pressed.clear_buttons()
    c.store.treatments.set_purpose(participant.id, row.id, pressed.press.purpose)
    c.store.participants.ask(participant.id, Treatment("since", row.id))
    await pressed.message.reply_text(
        tc(language, "treatment.ask_since", child, name=row.name),
        reply_markup=treatment_since_keyboard(language, row.id),
    )


async def on_since_button(update: Update, context: Context) -> None:
    """It began today (while since when is asked)."""
    pressed = await tapped(update, context, TreatmentSincePress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    row = await _tapped_row(pressed, pressed.press.treatment_id, active=False, asked="since")
    if row is not None:
        await _finish(pressed.message, c, participant, row, participant.day_at(c.clock.now()))


async def on_end_button(update: Update, context: Context) -> None:
    """This one stopped: since when? (Today by a tap, another day typed.)"""
    pressed = await tapped(update, context, TreatmentEndPress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    language, child = participant.language, participant.for_child
    row = await _tapped_row(pressed, pressed.press.treatment_id, active=True)
    if row is None:
        return
    c.store.participants.ask(participant.id, Treatment("stopped", row.id))
    await pressed.message.reply_text(
        tc(language, "treatment.ask_stopped", child, name=row.name),
        reply_markup=treatment_stopped_keyboard(language, row.id),
    )


async def on_stopped_button(update: Update, context: Context) -> None:
    """It stopped today (while since when is asked)."""
    pressed = await tapped(update, context, TreatmentStoppedPress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    row = await _tapped_row(pressed, pressed.press.treatment_id, active=True, asked="stopped")
    if row is not None:
        await _stopped(pressed.message, c, participant, row, participant.day_at(c.clock.now()))


async def _tapped_row(
    pressed: Tap[Any], treatment_id: int, *, active: bool, asked: str | None = None
) -> TreatmentRow | None:
    """The treatment a button is about, its buttons taken off; None (answered as out of
    date) when it is gone, still being added, (`active`) no longer in use, or (`asked`) that
    question about it is no longer open (an old Today would move a date long settled)."""
    participant, c = pressed.participant, pressed.coach
    row = c.store.treatments.get(participant.id, treatment_id)
    closed = asked is not None and participant.question != Treatment(asked, treatment_id)
    if row is None or row.purpose is None or (active and not row.active) or closed:
        await pressed.query.answer(t(participant.language, "answer.stale"))
        return None
    await pressed.query.answer()
    await pressed.clear_buttons()
    return row


async def _stopped(
    message: Message,
    c: Coach,
    participant: Participant,
    row: TreatmentRow,
    day: dtm.date | None,
) -> None:
    """Stopped on `day` (None: not a date, or one to come); never before it began."""
    language = participant.language
    if day is None or day < row.since:
        key = "treatment.bad_since" if day is None else "treatment.stopped_before"
        since = short_date_year(language, row.since)
        await message.reply_text(
            t(language, key, since=since),
            reply_markup=treatment_stopped_keyboard(language, row.id),
        )
        return
    c.store.participants.close_question(participant.id)
    if not c.store.treatments.stop(participant.id, row.id, day):  # stopped meanwhile
        text, markup = list_message(c, participant)
        await message.reply_text(text, reply_markup=markup)
        return
    done = t(language, "treatment.stopped", name=row.name, date=short_date_year(language, day))
    text, markup = list_message(c, participant)
    await message.reply_text(f"{done}\n\n{text}", reply_markup=markup)


async def on_daily_button(update: Update, context: Context) -> None:
    """The evening message asks about this one ("used it today?"), or no longer."""
    pressed = await tapped(update, context, TreatmentDailyPress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    language = participant.language
    row = c.store.treatments.get(participant.id, pressed.press.treatment_id)
    if row is None or not row.active or row.purpose is None:
        await pressed.query.answer(t(language, "answer.stale"))
        return
    await pressed.query.answer()
    c.store.treatments.set_daily(participant.id, row.id, not row.daily)
    about = _about(participant)
    active = [x for x in shown(c.store.treatments.all(participant.id), about) if x.active]
    text = tc(language, "treatment.ask_daily", participant.for_child)
    await edit(pressed.message, text, treatment_daily_keyboard(language, active))


async def on_use_button(update: Update, context: Context) -> None:
    """Under the evening message: used on that day, or not after all (a second tap)."""
    pressed = await tapped(update, context, TreatmentUsePress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    language = participant.language
    now = c.clock.now()
    today = participant.day_at(now)
    day = pressed.press.day
    row = c.store.treatments.get(participant.id, pressed.press.treatment_id)
    if (
        row is None
        or row.purpose is None
        or day > today
        or (row.stopped is not None and day >= row.stopped)  # no longer used from then on
        or not within_programme(participant.start_date, today, day)
    ):
        await stale(update, context)
        return
    used = c.store.treatments.toggle_use(participant.id, row.id, day, now)
    key = "treatment.use_noted" if used else "treatment.use_removed"
    await pressed.query.answer(t(language, key, name=row.name, date=short_date_year(language, day)))
    await _refresh_keyboard(pressed.message, c.store, participant, now=now)
