"""The check-in in Telegram: one question per message, answers by buttons, resumable.

Where the participant is lives in the `checkins` row (its `step`), so a restart resumes at the
same question, and a button of an old, finished or expired check-in changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dtm
from typing import Literal
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.checkin import (
    EXPIRES_AFTER,
    NOTE_MAX,
    QUESTIONS,
    SKIP,
    TOTAL,
    TRIGGERS,
    Question,
    normalise_triggers,
    options,
    read_choice,
    skin_score,
    skippable,
)
from bot.coach import Context, coach, tap
from bot.instruments import POEM_CHOICES, skin_band
from bot.keyboards import choice_keyboard
from bot.sender import Sender
from bot.storage import CheckinRow, OccurrenceRow, Participant, Store, epoch, from_epoch
from jobs.schedule import local_date, local_to_utc
from messages import t

Source = Literal["baseline", "weekly", "manual"]


def _label(language: str, question: Question, value: str) -> str:
    if question.kind == "poem":
        suffix = dict(POEM_CHOICES)[int(value)]
        return t(language, f"checkin.poem.{suffix}")
    if question.kind == "sleep":
        return {"4": "≤4", "9": "≥9"}.get(value, value)
    return value


def question_message(
    participant: Participant, checkin: CheckinRow
) -> tuple[str, InlineKeyboardMarkup]:
    """The text and buttons of the check-in's current question."""
    language = participant.language
    question = QUESTIONS[checkin.step]
    text = (
        t(language, "checkin.progress", n=checkin.step + 1, total=TOTAL)
        + " "
        + t(language, f"checkin.q.{question.key}")
    )
    data = f"c:{checkin.id}:{checkin.step}:"
    buttons: list[tuple[str, str]] = []
    if question.kind == "triggers":
        selected = checkin.trigger_set()
        for trigger in TRIGGERS:
            mark = "✓ " if trigger in selected else ""
            buttons.append((mark + t(language, f"trigger.{trigger}"), f"{data}t-{trigger}"))
        buttons.append((t(language, "button.triggers_done"), f"{data}done"))
        per_row = 3
    else:
        buttons = [(_label(language, question, v), data + v) for v in options(question)]
        per_row = {"poem": 3, "days": 4, "sleep": 3, "stress": 6}.get(question.kind, 2)
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    tail = []
    if skippable(question):
        tail.append((t(language, "button.skip_question"), data + SKIP))
    tail.append((t(language, "button.pause_checkin"), data + "pause"))
    rows.append(tail)
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=d) for label, d in row] for row in rows]
    )
    return text, keyboard


def open_new(
    store: Store, participant: Participant, source: Source, now: dtm.datetime
) -> CheckinRow:
    """Open a check-in and plan its one gentle nudge for the next day at check-in time."""
    zone = participant.timezone
    today = local_date(now, zone)
    checkin = store.start_checkin(participant.id, source, today, now, now + EXPIRES_AFTER)
    tomorrow = today + dtm.timedelta(days=1)
    settings = participant.reminder_settings()
    nudge_at = local_to_utc(tomorrow, settings.checkin_time, ZoneInfo(zone))
    if nudge_at < now + dtm.timedelta(hours=12):
        nudge_at = now + dtm.timedelta(days=1)
    store.add_occurrence(participant.id, "checkin_nudge", tomorrow, nudge_at)
    return checkin


def current_open(store: Store, participant_id: int, now: dtm.datetime) -> CheckinRow | None:
    store.expire_checkins(now)
    return store.open_checkin(participant_id)


async def deliver_event(
    sender: Sender,
    store: Store,
    participant: Participant,
    row: OccurrenceRow,
    now: dtm.datetime,
) -> Message | Literal["cancelled"] | None:
    """What the dispatcher does with a due check-in or nudge."""
    language = participant.language
    checkin = current_open(store, participant.id, now)
    if row.kind == "checkin_nudge":
        if checkin is None:
            return "cancelled"  # finished or expired: nothing to nudge about
        until = from_epoch(checkin.expires_at)
        text = t(language, "checkin.nudge", until=_day_time(until, participant))
        markup = choice_keyboard([(t(language, "button.continue"), f"c:{checkin.id}:resume")])
        return await sender.send(participant.id, text, markup)
    intro = "checkin.resume" if checkin else "checkin.intro"
    if checkin is None:
        checkin = open_new(store, participant, "weekly", now)
    text, markup = question_message(participant, checkin)
    return await sender.send(participant.id, t(language, intro) + "\n\n" + text, markup)


def _day_time(instant: dtm.datetime, participant: Participant) -> str:
    local = instant.astimezone(ZoneInfo(participant.timezone))
    return f"{t(participant.language, f'day.{local.weekday()}').lower()} {local:%H:%M}"


async def start_interactive(
    message: Message, store: Store, participant: Participant, now: dtm.datetime, source: Source
) -> None:
    """/checkin, or the baseline right after onboarding: resume or open, then ask."""
    language = participant.language
    checkin = current_open(store, participant.id, now)
    if checkin is not None:
        intro = t(language, "checkin.resume")
    else:
        checkin = open_new(store, participant, source, now)
        intro = t(language, "checkin.intro_baseline" if source == "baseline" else "checkin.intro")
    text, markup = question_message(participant, checkin)
    await message.chat.send_message(intro + "\n\n" + text, reply_markup=markup)


async def checkin_command(update: Update, context: Context) -> None:
    """/checkin: the weekly questions now, or where you left off."""
    from bot.commands import onboarded_participant

    participant = await onboarded_participant(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = coach(context)
    await start_interactive(update.effective_message, c.store, participant, c.clock.now(), "manual")


async def on_checkin_button(update: Update, context: Context) -> None:
    """An answer button, a trigger toggle, skip, pause or resume of a check-in."""
    pressed = tap(update, context)
    query, c, participant, message = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
    )
    now = c.clock.now()
    parts = pressed.data.split(":")
    checkin = None
    if participant is not None and len(parts) >= 3 and parts[1].isdigit():
        checkin = c.store.checkin(participant.id, int(parts[1]))
    if participant is None or checkin is None or message is None:
        await pressed.stale()
        return
    language = participant.language
    if checkin.status == "open" and checkin.expires_at <= epoch(now):
        c.store.expire_checkins(now)
        checkin = c.store.checkin(participant.id, checkin.id) or checkin
    if checkin.status == "expired":
        await query.answer(t(language, "answer.checkin_expired"))
        return
    if checkin.status != "open":
        await query.answer(t(language, "answer.checkin_old"))
        return
    if parts[2] == "resume":
        await query.answer()
        text, markup = question_message(participant, checkin)
        await message.chat.send_message(text, reply_markup=markup)
        return
    if len(parts) != 4 or not parts[2].isdigit() or int(parts[2]) != checkin.step:
        await query.answer(t(language, "answer.checkin_old"))
        return
    step, value = checkin.step, parts[3]
    question = QUESTIONS[step]
    if value == "pause":
        await query.answer()
        await _clear(message)
        await message.chat.send_message(t(language, "checkin.paused"))
        return
    if question.kind == "triggers" and value.startswith("t-") and value[2:] in TRIGGERS:
        selected = checkin.trigger_set() ^ {value[2:]}
        c.store.set_checkin_triggers(participant.id, checkin.id, step, normalise_triggers(selected))
        await query.answer()
        updated = c.store.checkin(participant.id, checkin.id) or checkin
        with contextlib.suppress(BadRequest):
            await message.edit_reply_markup(question_message(participant, updated)[1])
        return
    if question.kind == "triggers" and value == "done":
        column, answer = None, None
    elif value == SKIP and skippable(question):
        column, answer = question.key, None
    else:
        answer = read_choice(question, value)
        if answer is None:
            await pressed.stale()
            return
        column = question.key
    if not c.store.answer_checkin(participant.id, checkin.id, step, column, answer, step + 1):
        await query.answer(t(language, "answer.checkin_old"))
        return
    await query.answer()
    await _clear(message)
    await advance(message, c.store, participant, checkin.id, now)


async def advance(
    message: Message, store: Store, participant: Participant, checkin_id: int, now: dtm.datetime
) -> None:
    """After an answer: the next question, or the result when all are answered."""
    checkin = store.checkin(participant.id, checkin_id)
    assert checkin is not None
    if checkin.step < TOTAL:
        text, markup = question_message(participant, checkin)
        await message.chat.send_message(text, reply_markup=markup)
        return
    score = skin_score(checkin.poem_items())
    store.complete_checkin(participant.id, checkin.id, score, now)
    language = participant.language
    if score is None:
        lines = [t(language, "checkin.done_no_score")]
    else:
        band = t(language, f"band.{skin_band(score)}")
        lines = [t(language, "checkin.done", score=score, band=band)]
    done = len(store.completed_checkins(participant.id))
    lines.append(t(language, "checkin.baseline_next" if done == 1 else "checkin.done_next"))
    await message.chat.send_message("\n".join(lines))


async def on_note_text(
    message: Message,
    store: Store,
    participant: Participant,
    checkin: CheckinRow,
    now: dtm.datetime,
) -> None:
    """Typed text while the check-in waits for its free note."""
    text = (message.text or "").strip()
    if len(text) > NOTE_MAX:
        await message.reply_text(t(participant.language, "checkin.note_too_long", max=NOTE_MAX))
        return
    if not store.answer_checkin(
        participant.id, checkin.id, checkin.step, "note", text, checkin.step + 1
    ):
        await message.reply_text(t(participant.language, "answer.checkin_old"))
        return
    await advance(message, store, participant, checkin.id, now)


def waiting_for_note(checkin: CheckinRow | None) -> bool:
    return checkin is not None and checkin.step < TOTAL and QUESTIONS[checkin.step].kind == "note"


async def _clear(message: Message) -> None:
    with contextlib.suppress(BadRequest):
        await message.edit_reply_markup(None)
