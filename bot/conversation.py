"""Onboarding and settings: every answer to a `set:` button or a typed value ends up here.

The step a participant is on lives in the database, so a restart in the middle of onboarding
picks up at the same question.
"""

from __future__ import annotations

import contextlib
import logging

from telegram import Message, Update
from telegram.error import BadRequest

from bot.checkin_flow import current_open, on_note_text, start_interactive, waiting_for_note
from bot.coach import Context, coach, tap
from bot.participants import finish_onboarding, give_consent, replan
from bot.preferences import (
    COLUMN,
    SETTINGS_FIELDS,
    TYPED,
    next_step,
    parse_answer,
    parse_set_data,
    prompt,
    schedule_lines,
    settings_overview,
)
from bot.storage import Participant
from messages import language_or_default, t

log = logging.getLogger(__name__)


async def send_prompt(message: Message, participant: Participant, field: str) -> None:
    text, markup = prompt(participant, field, onboarding=not participant.onboarded)
    await message.chat.send_message(text, reply_markup=markup)


async def begin(update: Update, context: Context) -> None:
    """/start from someone new: the first onboarding question, in their Telegram language."""
    assert update.effective_user and update.effective_message
    c = coach(context)
    language = language_or_default(update.effective_user.language_code, c.settings.default_language)
    participant = c.store.begin_onboarding(
        update.effective_user.id, language, c.settings.default_timezone, c.clock.now()
    )
    await send_prompt(update.effective_message, participant, participant.step)


async def _clear_buttons(message: Message | None) -> None:
    """Answered questions lose their buttons, so an old tap cannot be mistaken for a new one."""
    if message is None:
        return
    with contextlib.suppress(BadRequest):
        await message.edit_reply_markup(None)


async def on_set_button(update: Update, context: Context) -> None:
    """A tap on one of the choice buttons of onboarding or /settings."""
    pressed = tap(update, context)
    query, participant, message = pressed.query, pressed.participant, pressed.message
    parsed = parse_set_data(pressed.data)
    if parsed is None or participant is None or message is None:
        await pressed.stale()
        return
    field, value = parsed
    if not participant.onboarded:
        if field != participant.step:
            await query.answer()
            await message.chat.send_message(t(participant.language, "onboarding.already_answered"))
            await send_prompt(message, participant, participant.step)
            return
        await query.answer()
        await _clear_buttons(message)
        await advance(message, participant, field, value, context)
        return
    if field not in SETTINGS_FIELDS:
        await pressed.stale()
        return
    await query.answer()
    await _clear_buttons(message)
    await save_setting(message, participant, field, value, context)


async def advance(
    message: Message, participant: Participant, field: str, value: str, context: Context
) -> None:
    """Store one onboarding answer and ask the next question (or finish)."""
    c = coach(context)
    store, now = c.store, c.clock.now()
    if field == "age" and value == "under":
        store.delete_participant(participant.id)
        await message.chat.send_message(t(participant.language, "onboarding.age_under"))
        return
    if field == "consent" and value == "no":
        # Declining stores nothing: the row that held the onboarding steps goes too.
        store.delete_participant(participant.id)
        await message.chat.send_message(t(participant.language, "onboarding.declined"))
        return
    if field == "age":
        if value not in ("adult", "parent"):
            await send_prompt(message, participant, field)
            return
        store.update(participant.id, age_group=value)
    elif field == "consent":
        give_consent(store, participant.id, now)
    elif field in COLUMN:
        parsed = parse_answer(field, value)
        if parsed is None:
            await message.chat.send_message(t(participant.language, _error_key(field)))
            await send_prompt(message, participant, field)
            return
        store.update(participant.id, **{parsed.column: parsed.value})
    following = next_step(field)
    if following == "done":
        participant = store.participant(participant.id) or participant
        participant = finish_onboarding(store, participant, now)
        await message.chat.send_message(
            t(participant.language, "onboarding.done", schedule=schedule_lines(participant))
        )
        # The first check-in is the first half of the baseline: offered straight away.
        await start_interactive(message, store, participant, now, "baseline")
        return
    participant = store.update(participant.id, step=following)
    await send_prompt(message, participant, following)


async def save_setting(
    message: Message, participant: Participant, field: str, value: str, context: Context
) -> None:
    c = coach(context)
    parsed = parse_answer(field, value)
    if parsed is None:
        await message.chat.send_message(t(participant.language, _error_key(field)))
        await send_prompt(message, participant, field)
        return
    c.store.update(participant.id, awaiting=None, **{parsed.column: parsed.value})
    participant = replan(c.store, participant.id, c.clock.now())
    key = "language.saved" if field == "language" else "settings.saved"
    await message.chat.send_message(t(participant.language, key))
    text, markup = settings_overview(participant)
    await message.chat.send_message(text, reply_markup=markup)


def _error_key(field: str) -> str:
    if field == "timezone":
        return "input.bad_zone"
    if field in TYPED:
        return "input.bad_time"
    return "input.use_buttons"


async def on_text(update: Update, context: Context) -> None:
    """Typed text: an answer to the open question, or a friendly pointer to /help."""
    message = update.effective_message
    assert message and update.effective_user
    c = coach(context)
    participant = c.store.participant(update.effective_user.id)
    if participant is None:
        await begin(update, context)
        return
    text = (message.text or "")[:1000]
    if not participant.onboarded:
        step = participant.step
        if step in TYPED:
            await advance(message, participant, step, text, context)
        else:
            await message.reply_text(t(participant.language, "input.use_buttons"))
            await send_prompt(message, participant, step)
        return
    checkin = current_open(c.store, participant.id, c.clock.now())
    if waiting_for_note(checkin):
        assert checkin is not None
        await on_note_text(message, c.store, participant, checkin, c.clock.now())
        return
    if participant.awaiting in COLUMN:
        await save_setting(message, participant, participant.awaiting, text, context)
        return
    await message.reply_text(t(participant.language, "input.unknown"))


async def on_other(update: Update, context: Context) -> None:
    """Stickers, photos, unknown commands: nothing is stored, the person gets a pointer."""
    message = update.effective_message
    assert message and update.effective_user
    c = coach(context)
    participant = c.store.participant(update.effective_user.id)
    if participant is not None and not participant.onboarded:
        await message.reply_text(t(participant.language, "input.use_buttons"))
        await send_prompt(message, participant, participant.step)
        return
    language = participant.language if participant else c.settings.default_language
    await message.reply_text(t(language, "input.unknown"))
