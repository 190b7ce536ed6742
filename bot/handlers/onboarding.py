"""Onboarding (/start): language, what the bot is and is not, the age gate, consent, time zone
and times, each answered by a button or typed; then the first check-in.

The step a participant is on lives in the database, so a restart in the middle of onboarding
picks up at the same question.
"""

from __future__ import annotations

from telegram import Chat, Update

from bot.context import Context, coach
from bot.handlers.checkin import offer_first_checkin
from bot.handlers.commands import set_menu
from bot.handlers.prologue import ask, person, stale, tapped
from bot.handlers.settings import error_key, show_settings
from bot.keyboards import SetPress
from bot.programme.records import Participant
from bot.programme.settings import (
    CHILD_BED_DEFAULT,
    COLUMN,
    TIMED,
    check_change,
    moved_out_of_sleep,
    next_step,
)
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
    """A tap on one of onboarding's choice buttons (after onboarding they are stale)."""
    pressed = await tapped(update, context, SetPress, onboarded=False)
    if pressed is None:
        return
    query, participant, message, press = (
        pressed.query,
        pressed.participant,
        pressed.message,
        pressed.press,
    )
    if message is None or participant.onboarded:
        await stale(update, context)
        return
    await query.answer()
    if press.field != participant.step:
        before = t(participant.language, "onboarding.already_answered")
        await ask(message.chat, participant, participant.step, before=before)
        return
    await pressed.clear_buttons()
    await advance(message.chat, participant, press.field, press.value, context)


async def advance(
    chat: Chat, participant: Participant, field: str, value: str, context: Context
) -> None:
    """Store one onboarding answer and ask the next question (or finish). An answer that
    cannot be taken gets one message: what was wrong, and the same question again."""
    c = coach(context)
    store, now = c.store, c.clock.now()
    language = participant.language
    if field == "age" and value == "under":
        store.participants.delete(participant.id)
        await chat.send_message(t(language, "onboarding.age_under"))
        return
    if field == "consent" and value == "no":
        # Declining stores nothing: the row that held the onboarding steps goes too.
        store.participants.delete(participant.id)
        await chat.send_message(t(language, "onboarding.declined"))
        return
    if field == "age":
        participant = store.participants.update(participant.id, age_group=value)
        if participant.for_child:  # the wind-down follows the child's bedtime
            participant = store.participants.update(participant.id, bed=CHILD_BED_DEFAULT)
    elif field == "probiotic_use":
        # "No" switches its reminder off (and so its tips); /settings can switch it on.
        participant = store.participants.update(participant.id, probiotic_on=int(value != "no"))
    elif field == "consent":
        give_consent(store, participant.id, now, participant.for_child)
    elif field in COLUMN:
        change = check_change(participant, field, value)
        problem = error_key(field) if change is None else change.problem
        if problem is None and change is not None and change.asleep and field in TIMED.values():
            problem = "input.asleep"
        if problem is not None:
            at = str(change.value) if change is not None else value
            before = t(language, problem, at=at, wake=participant.wake, bed=participant.bed)
            await ask(chat, participant, field, before=before)
            return
        assert change is not None
        store.participants.update(participant.id, **{change.column: change.value})
        if field == "bed":  # defaults that would fall in the sleep window move out of it
            store.participants.update(participant.id, **moved_out_of_sleep(participant, change))
    following = next_step(field, store.participants.get(participant.id) or participant)
    if following == "done":
        participant = store.participants.get(participant.id) or participant
        participant = finish_onboarding(store, participant, now)
        await set_menu(chat.get_bot(), participant)
        await offer_first_checkin(chat, participant, now)
        return
    participant = store.participants.update(participant.id, step=following)
    await ask(chat, participant, following)
