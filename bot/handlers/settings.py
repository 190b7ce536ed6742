"""/settings and /language: every onboarding choice, each one a tap away, and a reminder kind
switched on or off.

A settings session is one message: the overview, edited into a question when a setting is
tapped (with Back), and into the overview again once it is answered, with one short line that
says what was saved; Done closes it. A typed answer moves the session below it: the old
message loses its buttons, and the reply carries the overview (or the question again), so
there is one confirmation and one place to tap. The rules are
bot/programme/settings_session.py, applied by bot/services/settings.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.callbacks import MenuPress, OfferPress, QuietPress, SettingPress, SwitchPress, TogglePress
from bot.context import Coach, Context
from bot.handlers.commands import set_menu
from bot.handlers.prologue import Tap, edit, joined, onboarded, stale, tapped
from bot.keyboards import (
    quiet_keyboard,
    setting_question,
    settings_choices,
    settings_keyboard,
    switch_keyboard,
)
from bot.programme.answers import match_label
from bot.programme.conversation import (
    Menu,
    Quiet,
    Setting,
    SettingsQuestion,
    Switch,
    session_message,
)
from bot.programme.questions import asks_about_tests
from bot.programme.records import Participant
from bot.programme.settings import check_change, overview_text, shown_value
from bot.programme.settings_session import (
    Answer,
    AskField,
    AskQuiet,
    AskSwitch,
    Back,
    Close,
    Finish,
    OpenField,
    QuietChoice,
    Save,
    SettingsMove,
    SettingsOutcome,
    ShowMenu,
    StaleSetting,
    SwitchConsent,
    SwitchOn,
    Toggle,
    quiet_text,
    settings_step,
)
from bot.services import settings as service
from messages import t, tc


async def show_settings(message: Message, c: Coach, participant: Participant) -> None:
    """The overview in a message of its own: the session's message from now on."""
    sent = await message.reply_text(
        overview_text(participant), reply_markup=settings_keyboard(participant)
    )
    c.store.participants.ask(participant.id, Menu(sent.message_id))


async def settings(update: Update, context: Context) -> None:
    """/settings: every onboarding choice, each one a tap away."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    await show_settings(update.effective_message, context.coach, participant)


async def language(update: Update, context: Context) -> None:
    """/language: Dutch or English, asked in a message of its own."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_chat
    c = context.coach
    text, markup = setting_question(participant, "language")
    sent = await update.effective_chat.send_message(text, reply_markup=markup)
    c.store.participants.ask(participant.id, Setting("language", sent.message_id))


def render(
    participant: Participant, outcome: SettingsOutcome
) -> tuple[str, InlineKeyboardMarkup | None]:
    """What the session's message says after an outcome, and its buttons."""
    language = participant.language
    match outcome:
        case ShowMenu():
            return overview_text(participant), settings_keyboard(participant)
        case AskField(field, reason, values):
            text, markup = setting_question(participant, field)
            return joined(t(language, reason, **values) if reason else "", text), markup
        case AskQuiet(_, _, change):
            return quiet_text(participant, change), quiet_keyboard(language)
        case AskSwitch(to):
            child = to == "parent"
            terms = tc(language, "consent.terms", child)
            text = tc(language, "onboarding.consent", child, terms=terms)
            return text, switch_keyboard(language, to)
        case Save(_, saved, _, then):
            if then is not None:
                return render(participant, then)
            line = "" if saved == "answer.saved" else t(language, saved)
            return joined(line, overview_text(participant)), settings_keyboard(participant)
        case Close():
            return t(language, "settings.done"), None
    return overview_text(participant), settings_keyboard(participant)


async def _tap(update: Update, context: Context, pressed: Tap[Any], move: SettingsMove) -> None:
    """A move made by a tap on the session's message: applied, and the message edited."""
    c, participant, message = pressed.coach, pressed.participant, pressed.message
    outcome = settings_step(participant, participant.question, move)
    if isinstance(outcome, StaleSetting):
        await stale(update, context)
        return
    after = service.apply(c.store, participant, outcome, c.clock.now(), message.message_id)
    await pressed.query.answer(t(after.language, "answer.saved") if _toggled(outcome) else None)
    if isinstance(outcome, Save) and outcome.field == "language":
        await set_menu(message.get_bot(), after)
    await edit(message, *render(after, outcome))


def _toggled(outcome: SettingsOutcome) -> bool:
    return isinstance(outcome, Save) and outcome.saved == "answer.saved"


async def on_menu_button(update: Update, context: Context) -> None:
    """In the session: open a setting's question, go back to the overview, or close."""
    pressed = await tapped(update, context, MenuPress, onboarded=True)
    if pressed is None:
        return
    field = pressed.press.field
    move: SettingsMove = (
        Finish() if field == "done" else Back() if field == "back" else OpenField(field)
    )
    await _tap(update, context, pressed, move)


async def on_setting_button(update: Update, context: Context) -> None:
    """A choice in the open settings question; a button of a question no longer open is stale."""
    pressed = await tapped(update, context, SettingPress, onboarded=True)
    if pressed is None:
        return
    press = pressed.press
    await _tap(update, context, pressed, Answer(press.field, press.value))


async def on_quiet_button(update: Update, context: Context) -> None:
    """Move the reminders out of the sleep window, or keep them there on purpose."""
    pressed = await tapped(update, context, QuietPress, onboarded=True)
    if pressed is None:
        return
    await _tap(update, context, pressed, QuietChoice(pressed.press.move))


async def on_switch_button(update: Update, context: Context) -> None:
    """Consent given for a new "for whom": switch, then ask the bedtime, which is the child's
    for a parent (the wind-down comes an hour before it)."""
    pressed = await tapped(update, context, SwitchPress, onboarded=True)
    if pressed is None:
        return
    await _tap(update, context, pressed, SwitchConsent(pressed.press.to))


async def on_toggle_button(update: Update, context: Context) -> None:
    """Switch a reminder kind on or off, and redraw the settings in place."""
    pressed = await tapped(update, context, TogglePress, onboarded=True)
    if pressed is None:
        return
    await _tap(update, context, pressed, Toggle(pressed.press.kind))


async def on_offer_button(update: Update, context: Context) -> None:
    """A kind offered once: on at its time (said in one line; whatever question is open stays
    open), on at a time chosen now (its question asked in the message), or a no, which
    changes nothing and says where to find it."""
    pressed = await tapped(update, context, OfferPress, onboarded=True)
    if pressed is None:
        return
    c, press, participant = pressed.coach, pressed.press, pressed.participant
    language = participant.language
    label = t(language, f"kind.{press.kind}")
    if press.choice == "time":
        await _tap(update, context, pressed, SwitchOn(press.kind, choose_time=True))
        return
    await pressed.query.answer()
    if press.choice == "no":
        c.store.participants.offered(participant.id, press.kind)
        await edit(pressed.message, t(language, "offer.no", label=label), None)
        return
    outcome = settings_step(participant, participant.question, SwitchOn(press.kind, False))
    assert isinstance(outcome, Save)
    after = service.switch_on(c.store, participant, outcome.changes, c.clock.now())
    at = shown_value(after, press.kind)
    await edit(pressed.message, t(language, "offer.on", label=label, at=at), None)


async def on_typed(
    message: Message, c: Coach, participant: Participant, asked: SettingsQuestion, text: str
) -> None:
    """Typed text while the session waits: the answer to the open setting, a button's label
    (of the overview, or of the move-or-keep question), or the question again after what was
    wrong. The session moves below what was typed."""
    language = participant.language
    old = session_message(asked)
    move = _typed_move(participant, asked, text)
    if move is None:
        before = t(language, "input.tests" if asks_about_tests(text) else "settings.pointer")
        outcome: SettingsOutcome = ShowMenu()
        if isinstance(asked, Setting):
            outcome = AskField(asked.field)
        elif isinstance(asked, Quiet):
            change = check_change(participant, asked.field, asked.value)
            outcome = (
                AskQuiet(asked.field, asked.value, change)
                if change is not None
                else AskField(asked.field)
            )
        elif isinstance(asked, Switch):
            outcome = AskSwitch(asked.to)
        again = service.apply(c.store, participant, outcome, c.clock.now(), None)
        body, markup = render(again, outcome)
        await _move_session(c, again, message, joined(before, body), markup, old)
        return
    outcome = settings_step(participant, asked, move)
    after = service.apply(c.store, participant, outcome, c.clock.now(), None)
    if isinstance(outcome, Save) and outcome.field == "language":
        await set_menu(message.get_bot(), after)
    body, markup = render(after, outcome)
    if _toggled(outcome):
        body = joined(t(after.language, "answer.saved"), body)
    await _move_session(c, after, message, body, markup, old)


def _typed_move(
    participant: Participant, asked: SettingsQuestion, text: str
) -> SettingsMove | None:
    """What typed text does in the session, if anything."""
    language = participant.language
    if asks_about_tests(text):
        return None
    match asked:
        case Setting(field):
            if match_label(text, [(t(language, "button.back"), "back")]):
                return Back()
            return Answer(field, text, typed=True)
        case Quiet():
            choice = match_label(
                text,
                [
                    (t(language, "button.quiet_move"), "move"),
                    (t(language, "button.quiet_keep"), "keep"),
                    (t(language, "button.back"), "back"),
                ],
            )
            if choice is None:
                return None
            return Back() if choice == "back" else QuietChoice(choice == "move")
        case Switch(to):
            choice = match_label(
                text,
                [(t(language, "button.consent_yes"), "yes"), (t(language, "button.back"), "back")],
            )
            if choice is None:
                return None
            return Back() if choice == "back" else SwitchConsent(to)
        case Menu():
            found = match_label(text, settings_choices(participant))
            if isinstance(found, TogglePress):
                return Toggle(found.kind)
            if isinstance(found, MenuPress):
                return Finish() if found.field == "done" else OpenField(found.field)
    return None


async def _move_session(
    c: Coach,
    participant: Participant,
    typed: Message,
    text: str,
    markup: InlineKeyboardMarkup | None,
    old: int | None,
) -> None:
    """The session goes on in a reply to what was typed; the message it was in (`old`) loses
    its buttons, so only one message asks."""
    asked = participant.question
    if old is not None:
        with contextlib.suppress(BadRequest):
            await typed.get_bot().edit_message_reply_markup(participant.id, old, reply_markup=None)
    sent = await typed.reply_text(text, reply_markup=markup)
    if isinstance(asked, Menu | Setting | Quiet | Switch):
        c.store.participants.ask(
            participant.id, dataclasses.replace(asked, message_id=sent.message_id)
        )
