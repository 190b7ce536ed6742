"""Changing one answer of a finished check-in, for a day after it: a thumb slips on a phone.
The change keeps what it replaced (/export's corrections.csv); the skin score follows."""

from __future__ import annotations

import contextlib

from telegram import Update
from telegram.error import BadRequest

from bot.callbacks import FixPress
from bot.context import Context
from bot.handlers.prologue import tapped
from bot.keyboards import fix_choices_keyboard, fix_questions_keyboard
from bot.programme.checkin import (
    FIXABLE,
    QUESTIONS,
    answer_label,
    fixable,
    fixed_items,
    read_choice,
    skin_score,
)
from bot.programme.instruments import skin_band
from messages import t, tc


async def on_fix_button(update: Update, context: Context) -> None:
    """The list of answers, one question's choices, or the new answer stored."""
    pressed = await tapped(update, context, FixPress, onboarded=True)
    if pressed is None:
        return
    participant, c, message, press = (
        pressed.participant,
        pressed.coach,
        pressed.message,
        pressed.press,
    )
    language = participant.language
    now = c.clock.now()
    checkin = c.store.checkins.get(participant.id, press.checkin_id)
    if checkin is None or not fixable(checkin, now):
        await pressed.query.answer(t(language, "checkin.fix_expired"), show_alert=True)
        await pressed.clear_buttons()
        return
    if press.step is None or press.step not in FIXABLE:
        await pressed.query.answer(t(language, "checkin.fix_pick"))
        with contextlib.suppress(BadRequest):  # already showing the list
            await message.edit_reply_markup(fix_questions_keyboard(language, checkin))
        return
    question = QUESTIONS[press.step]
    if press.value is None:
        await pressed.query.answer()
        await message.chat.send_message(
            tc(language, f"checkin.q.{question.key}", checkin.for_child),
            reply_markup=fix_choices_keyboard(language, checkin, press.step),
        )
        return
    value = read_choice(question, press.value, checkin.for_child)
    if value is None:
        await pressed.query.answer(t(language, "answer.stale"))
        return
    old = getattr(checkin, question.key)
    score = skin_score(fixed_items(checkin, press.step, value))
    day = checkin.local_date
    with c.store.transaction():
        c.store.checkins.fix(participant.id, checkin.id, question.key, value, score)
        c.store.diary.correct(
            participant.id,
            f"checkin:{question.key}",
            day,
            None if old is None else str(old),
            str(value),
            now,
        )
    child = checkin.for_child
    lines = [
        t(
            language,
            "checkin.fixed",
            label=t(language, f"export.col.{question.key}"),
            old=answer_label(language, press.step, old, child),
            new=answer_label(language, press.step, value, child),
        )
    ]
    if question.kind == "poem" and score is not None:
        band = t(language, f"band.{skin_band(score)}")
        lines.append(t(language, "checkin.fixed_score", score=score, band=band))
    await pressed.query.answer()
    with contextlib.suppress(BadRequest):
        await message.edit_text("\n".join(lines))
