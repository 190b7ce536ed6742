"""Onboarding (/start): language, what the bot is and is not, the age gate, consent, time zone
and times, each answered by a button or typed; then the first check-in.

The step a participant is on lives in the database, so a restart in the middle of onboarding
picks up at the same question.
"""

from __future__ import annotations

from telegram import Message, Update

from bot.context import Context, coach
from bot.handlers.checkin import start_interactive
from bot.handlers.prologue import ask, person, stale, tapped
from bot.handlers.settings import error_key, save_setting, show_settings
from bot.keyboards import SetPress
from bot.programme.records import Participant
from bot.programme.settings import COLUMN, SETTINGS_FIELDS, next_step, parse_answer, schedule_lines
from jobs.lifecycle import finish_onboarding, give_consent, reactivate
from messages import t


async def begin(update: Update, context: Context) -> None:
    """Someone new asked to begin: the first onboarding question, in their Telegram language.
    The row made here holds what onboarding needs to resume; abandoned, it is erased after
    ABANDONED_AFTER (jobs/lifecycle.py)."""
    assert update.effective_user and update.effective_chat
    who = person(update, context)  # nobody yet: their Telegram app's language
    c = who.coach
    participant = c.store.participants.begin_onboarding(
        update.effective_user.id, who.language, c.settings.default_timezone, c.clock.now()
    )
    await ask(update.effective_chat, participant, participant.step)


async def start(update: Update, context: Context) -> None:
    """/start: onboarding for someone new, where they were for someone halfway, else settings."""
    assert update.effective_message and update.effective_chat
    who = person(update, context)
    participant = who.participant
    if participant is None:
        await begin(update, context)
        return
    if not participant.onboarded:
        await ask(update.effective_chat, participant, participant.step)
        return
    if participant.status in ("stopped", "blocked"):
        participant = reactivate(who.coach.store, participant.id, who.coach.clock.now())
        await update.effective_message.reply_text(t(participant.language, "start.welcome_back"))
    await show_settings(update.effective_message, participant)


async def on_choice(update: Update, context: Context) -> None:
    """A tap on one of the choice buttons: an onboarding answer, or after onboarding a setting."""
    pressed = await tapped(update, context, SetPress, onboarded=False)
    if pressed is None:
        return
    query, participant, message, press = (
        pressed.query,
        pressed.participant,
        pressed.message,
        pressed.press,
    )
    if message is None:
        await stale(update, context)
        return
    if not participant.onboarded:
        if press.field != participant.step:
            await query.answer()
            await message.chat.send_message(t(participant.language, "onboarding.already_answered"))
            await ask(message.chat, participant, participant.step)
            return
        await query.answer()
        await pressed.clear_buttons()
        await advance(message, participant, press.field, press.value, context)
        return
    if press.field not in SETTINGS_FIELDS:
        await stale(update, context)
        return
    await query.answer()
    await pressed.clear_buttons()
    await save_setting(message, participant, press.field, press.value, context)


async def advance(
    message: Message, participant: Participant, field: str, value: str, context: Context
) -> None:
    """Store one onboarding answer and ask the next question (or finish)."""
    c = coach(context)
    store, now = c.store, c.clock.now()
    if field == "age" and value == "under":
        store.participants.delete(participant.id)
        await message.chat.send_message(t(participant.language, "onboarding.age_under"))
        return
    if field == "consent" and value == "no":
        # Declining stores nothing: the row that held the onboarding steps goes too.
        store.participants.delete(participant.id)
        await message.chat.send_message(t(participant.language, "onboarding.declined"))
        return
    if field == "age":
        if value not in ("adult", "parent"):
            await ask(message.chat, participant, field)
            return
        store.participants.update(participant.id, age_group=value)
    elif field == "consent":
        give_consent(store, participant.id, now)
    elif field in COLUMN:
        parsed = parse_answer(field, value)
        if parsed is None:
            await message.chat.send_message(t(participant.language, error_key(field)))
            await ask(message.chat, participant, field)
            return
        store.participants.update(participant.id, **{parsed.column: parsed.value})
    following = next_step(field)
    if following == "done":
        participant = store.participants.get(participant.id) or participant
        participant = finish_onboarding(store, participant, now)
        await message.chat.send_message(
            t(participant.language, "onboarding.done", schedule=schedule_lines(participant))
        )
        # The first check-in is the first half of the baseline: offered straight away.
        await start_interactive(message.chat, store, participant, now, "baseline")
        return
    participant = store.participants.update(participant.id, step=following)
    await ask(message.chat, participant, following)
