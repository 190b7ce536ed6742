"""/settings and /language: every onboarding choice, each one a tap away, and a reminder kind
switched on or off."""

from __future__ import annotations

import contextlib

from telegram import Message, Update
from telegram.error import BadRequest

from bot.context import Context, coach
from bot.handlers.prologue import ask, onboarded, stale, tapped
from bot.keyboards import MenuPress, TogglePress, prompt_keyboard, settings_keyboard
from bot.programme.records import Participant
from bot.programme.settings import TYPED, overview_text, parse_answer, prompt
from jobs.planner import replan
from jobs.sender import Outgoing
from messages import t


async def show_settings(message: Message, participant: Participant) -> None:
    await message.reply_text(
        overview_text(participant), reply_markup=settings_keyboard(participant)
    )


async def settings(update: Update, context: Context) -> None:
    """/settings: every onboarding choice, each one a tap away."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    await show_settings(update.effective_message, participant)


async def language(update: Update, context: Context) -> None:
    """/language: Dutch or English."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_chat
    await ask(update.effective_chat, participant, "language")


async def on_menu_button(update: Update, context: Context) -> None:
    """A settings menu entry: ask for that field."""
    pressed = await tapped(update, context, MenuPress, onboarded=True)
    if pressed is None:
        return
    if pressed.message is None:
        await stale(update, context)
        return
    await pressed.query.answer()
    store, field = pressed.coach.store, pressed.press.field
    participant = store.participants.update(pressed.participant.id, awaiting=field)
    await ask(pressed.message.chat, participant, field)


async def on_toggle_button(update: Update, context: Context) -> None:
    """Switch a reminder kind on or off, and redraw the settings in place."""
    pressed = await tapped(update, context, TogglePress, onboarded=True)
    if pressed is None:
        return
    c, participant, message, kind = (
        pressed.coach,
        pressed.participant,
        pressed.message,
        pressed.press.kind,
    )
    if message is None:
        await stale(update, context)
        return
    c.store.participants.update(
        participant.id, **{f"{kind}_on": 0 if participant.enabled(kind) else 1}
    )
    participant = replan(c.store, participant.id, c.clock.now())
    await pressed.query.answer(t(participant.language, "answer.saved"))
    with contextlib.suppress(BadRequest):
        await message.edit_text(
            overview_text(participant), reply_markup=settings_keyboard(participant)
        )


async def save_setting(
    message: Message, participant: Participant, field: str, value: str, context: Context
) -> None:
    """A new value for one setting (a button's or typed); plan again with it."""
    c = coach(context)
    parsed = parse_answer(field, value)
    if parsed is None:
        await message.chat.send_message(t(participant.language, error_key(field)))
        await ask(message.chat, participant, field)
        return
    c.store.participants.update(participant.id, awaiting=None, **{parsed.column: parsed.value})
    participant = replan(c.store, participant.id, c.clock.now())
    key = "language.saved" if field == "language" else "settings.saved"
    await message.chat.send_message(t(participant.language, key))
    await message.chat.send_message(
        overview_text(participant), reply_markup=settings_keyboard(participant)
    )


def compose_zone_ask(participant: Participant) -> Outgoing | None:
    """After a tzdata update dropped the person's zone: say so once and ask again (None when
    they have chosen one meanwhile)."""
    if participant.awaiting != "timezone":
        return None
    question = prompt(participant, "timezone", onboarding=False)
    text = t(participant.language, "zone.ask_again", fallback=participant.timezone)
    return Outgoing(text, prompt_keyboard("timezone", question))


def error_key(field: str) -> str:
    """What was wrong with an answer the field cannot accept."""
    if field == "timezone":
        return "input.bad_zone"
    if field in TYPED:
        return "input.bad_time"
    return "input.use_buttons"
