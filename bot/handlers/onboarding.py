"""Onboarding (/start): language, what the bot is and is not, the age gate, consent, time zone
and times, each answered by a button or typed; then the first check-in is offered.

The step a participant is on lives in the database, so a restart in the middle of onboarding
picks up at the same question. The rules are bot/programme/onboarding.py; applying them is
bot/services/onboarding.py; this turns taps and typed text into answers and outcomes into
messages.
"""

from __future__ import annotations

from telegram import Chat, Update

from bot.callbacks import OnboardPress
from bot.context import Context
from bot.handlers.checkin import offer_first_checkin
from bot.handlers.commands import set_menu
from bot.handlers.prologue import ask, person, remember_language, stale, tapped
from bot.handlers.settings import show_settings
from bot.programme.onboarding import Again, Leave, Next
from bot.programme.questions import asks_about_tests
from bot.programme.records import BLOCKED, STOPPED, Participant
from bot.services import onboarding
from bot.services.lifecycle import reactivate
from messages import t


async def begin(update: Update, context: Context) -> None:
    """Someone new asked to begin: the first onboarding question, in their Telegram language.
    The row made here holds what onboarding needs to resume; abandoned, it is erased after
    ABANDONED_AFTER (jobs/housekeeping.py)."""
    assert update.effective_user and update.effective_chat
    who = person(update, context)  # nobody yet: their Telegram app's language
    c = who.coach
    participant = c.store.participants.begin_onboarding(
        update.effective_user.id, who.language, c.settings.default_timezone, c.clock.now()
    )
    await ask(update.effective_chat, participant)


async def start(update: Update, context: Context) -> None:
    """/start: onboarding for someone new, where they were for someone halfway, else settings."""
    assert update.effective_message and update.effective_chat
    who = person(update, context)
    participant = who.participant
    if participant is None:
        await begin(update, context)
        return
    if not participant.onboarded:
        await ask(update.effective_chat, participant)
        return
    if participant.status in (STOPPED, BLOCKED):
        participant = reactivate(who.coach.store, participant.id, who.coach.clock.now())
        await update.effective_message.reply_text(t(participant.language, "start.welcome_back"))
    await show_settings(update.effective_message, who.coach, participant)


async def on_choice(update: Update, context: Context) -> None:
    """A tap on one of onboarding's choice buttons (after onboarding they are stale)."""
    pressed = await tapped(update, context, OnboardPress, onboarded=False)
    if pressed is None:
        return
    participant, message, press = pressed.participant, pressed.message, pressed.press
    if participant.onboarded:
        await stale(update, context)
        return
    await pressed.query.answer()
    if press.field != participant.step:
        before = t(participant.language, "onboarding.already_answered")
        await ask(message.chat, participant, before=before)
        return
    await pressed.clear_buttons()
    await _answer(message.chat, context, participant, press.value, typed=False)


async def on_typed(chat: Chat, context: Context, participant: Participant, text: str) -> None:
    """Typed text while onboarding: the answer to the step, or the step again after a word
    about tests (a question is not an answer)."""
    if asks_about_tests(text):
        await ask(chat, participant, before=t(participant.language, "input.tests"))
        return
    await _answer(chat, context, participant, text, typed=True)


async def _answer(
    chat: Chat, context: Context, participant: Participant, value: str, *, typed: bool
) -> None:
    """Apply one answer and show what follows: the next question (or the first check-in's
    offer), the same question after what was wrong, or goodbye."""
    c = context.coach
    now = c.clock.now()
    language = participant.language
    outcome, after = onboarding.answer(c.store, participant, value, typed=typed, now=now)
    match outcome:
        case Leave(reason):
            remember_language(participant.id, language)
            key = "onboarding.age_under" if reason == "under" else "onboarding.declined"
            await chat.send_message(t(language, key))
        case Again(reason, values):
            text = t(language, reason, **values)
            await ask(chat, participant, before=text)
        case Next(step, _, _, recorded):
            assert after is not None
            before = t(after.language, "onboarding.recorded", value=recorded) if recorded else ""
            if step == "done":
                await set_menu(chat.get_bot(), after)
                await offer_first_checkin(chat, after, now, before=before)
                return
            await ask(chat, after, before=before)
