"""/settings and /language: every onboarding choice, each one a tap away, and a reminder kind
switched on or off.

A settings session is one message: the overview, edited into a question when a setting is
tapped (with Back), and into the overview again once it is answered, with one short line that
says what was saved; Done closes it. The open question is the participant's `awaiting`; a typed
answer goes to it, and a command or another button closes it.
"""

from __future__ import annotations

import contextlib

from telegram import Chat, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.context import Coach, Context, coach
from bot.handlers.commands import set_menu
from bot.handlers.prologue import onboarded, stale, tapped
from bot.keyboards import (
    MenuPress,
    QuietPress,
    SettingPress,
    SwitchPress,
    TogglePress,
    prompt_keyboard,
    quiet_keyboard,
    settings_keyboard,
    switch_keyboard,
)
from bot.programme.records import Participant
from bot.programme.settings import (
    COLUMN,
    TIMED,
    TYPED,
    Change,
    check_change,
    current_value,
    moved_out_of_sleep,
    overview_text,
    prompt,
)
from jobs.lifecycle import give_consent
from jobs.planner import replan
from jobs.sender import Outgoing
from messages import t, tc

QUIET = "quiet:"  # awaiting: a change that would put reminders in the sleep window


async def show_settings(message: Message, participant: Participant) -> None:
    markup = settings_keyboard(participant)
    await message.reply_text(overview_text(participant), reply_markup=markup)


async def settings(update: Update, context: Context) -> None:
    """/settings: every onboarding choice, each one a tap away."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    await show_settings(update.effective_message, participant)


async def language(update: Update, context: Context) -> None:
    """/language: Dutch or English, asked in a message of its own."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_chat
    await ask_setting(coach(context), update.effective_chat, participant, "language")


def question(participant: Participant, field: str) -> tuple[str, InlineKeyboardMarkup]:
    asked = prompt(participant, field, onboarding=False)
    markup = prompt_keyboard(field, asked, settings=True, language=participant.language)
    return asked.text, markup


async def ask_setting(
    c: Coach, chat: Chat, participant: Participant, field: str, *, before: str = ""
) -> None:
    """A settings question in a new message (after `before`, if given), now the open one."""
    text, markup = question(participant, field)
    sent = await chat.send_message(_joined(before, text), reply_markup=markup)
    c.store.participants.update(participant.id, awaiting=field, question_message_id=sent.message_id)


async def on_menu_button(update: Update, context: Context) -> None:
    """In the session: open a setting's question, go back to the overview, or close."""
    pressed = await tapped(update, context, MenuPress, onboarded=True)
    if pressed is None:
        return
    message, c = pressed.message, pressed.coach
    if message is None:
        await stale(update, context)
        return
    await pressed.query.answer()
    field = pressed.press.field
    if field == "done":
        participant = c.store.participants.update(
            pressed.participant.id, awaiting=None, question_message_id=None
        )
        await _edit(message, t(participant.language, "settings.done"), None)
        return
    if field == "back":
        participant = c.store.participants.update(
            pressed.participant.id, awaiting=None, question_message_id=None
        )
        await _edit(message, overview_text(participant), settings_keyboard(participant))
        return
    participant = c.store.participants.update(
        pressed.participant.id, awaiting=field, question_message_id=message.message_id
    )
    await _edit(message, *question(participant, field))


async def on_setting_button(update: Update, context: Context) -> None:
    """A choice in the open settings question; a button of a question no longer open is stale."""
    pressed = await tapped(update, context, SettingPress, onboarded=True)
    if pressed is None:
        return
    participant, press = pressed.participant, pressed.press
    if participant.awaiting != press.field:
        await stale(update, context)
        return
    await pressed.query.answer()
    await apply(pressed.coach, participant, press.field, press.value, session=pressed.message)


async def on_typed_setting(message: Message, c: Coach, participant: Participant) -> None:
    """Typed text while a settings question is open: the answer to it."""
    assert participant.awaiting is not None
    await apply(
        c,
        participant,
        participant.awaiting,
        (message.text or "")[:100],
        session=None,
        typed=message,
    )


async def apply(
    c: Coach,
    participant: Participant,
    field: str,
    raw: str,
    *,
    session: Message | None,
    typed: Message | None = None,
) -> None:
    """Read and check an answer: save it and show the overview, or say in one message what was
    wrong and ask again, or ask whether reminders may move out of the sleep window."""
    language = participant.language
    if field == "for_whom" and raw in ("adult", "parent") and raw != participant.age_group:
        # Answers about someone else need that consent first: the parent's, for their
        # child's data, or the adult's own.
        child = raw == "parent"
        terms = tc(language, "consent.terms", child)
        text = tc(language, "onboarding.consent", child, terms=terms)
        await _show(c, participant, session, typed, text, switch_keyboard(language, raw))
        return
    change = check_change(participant, field, raw)
    problem = "input." + _error(field) if change is None else change.problem
    if problem is not None:
        text, markup = question(participant, field)
        error = t(language, problem)
        if typed is not None:  # one message: what was wrong, and the question again
            await _move_question(c, participant, typed, _joined(error, text), markup)
        elif session is not None:
            await _edit(session, _joined(error, text), markup)
        return
    assert change is not None
    if change.asleep:
        participant = c.store.participants.update(
            participant.id, awaiting=f"{QUIET}{field}:{change.value}"
        )
        text = _quiet_question(participant, change)
        await _show(c, participant, session, typed, text, quiet_keyboard(language))
        return
    await _save(c, participant, change, {}, session=session, typed=typed)


async def on_switch_button(update: Update, context: Context) -> None:
    """Consent given for a new "for whom": switch, then ask the bedtime, which is the child's
    for a parent (the wind-down comes an hour before it)."""
    pressed = await tapped(update, context, SwitchPress, onboarded=True)
    if pressed is None:
        return
    participant, c = pressed.participant, pressed.coach
    if participant.awaiting != "for_whom" or pressed.message is None:
        await stale(update, context)
        return
    await pressed.query.answer()
    to = pressed.press.to
    give_consent(c.store, participant.id, c.clock.now(), for_child=to == "parent")
    participant = c.store.participants.update(
        participant.id, age_group=to, awaiting="bed", question_message_id=pressed.message.message_id
    )
    replan(c.store, participant.id, c.clock.now())
    text, markup = question(participant, "bed")
    before = t(participant.language, f"settings.switched_{to}")
    await _edit(pressed.message, _joined(before, text), markup)


async def on_quiet_button(update: Update, context: Context) -> None:
    """Move the reminders out of the sleep window, or keep them there on purpose."""
    pressed = await tapped(update, context, QuietPress, onboarded=True)
    if pressed is None:
        return
    participant = pressed.participant
    pending = participant.awaiting or ""
    if not pending.startswith(QUIET):
        await stale(update, context)
        return
    await pressed.query.answer()
    field, _, raw = pending.removeprefix(QUIET).partition(":")
    change = check_change(participant, field, raw)
    assert change is not None and change.problem is None
    extra: dict[str, object] = {}
    if pressed.press.move:
        extra = dict(moved_out_of_sleep(participant, change))
    else:
        kept = {kind for kind in participant.quiet_ok.split(",") if kind} | set(change.asleep)
        extra = {"quiet_ok": ",".join(sorted(kept))}
    await _save(pressed.coach, participant, change, extra, session=pressed.message, typed=None)


async def _save(
    c: Coach,
    participant: Participant,
    change: Change,
    extra: dict[str, object],
    *,
    session: Message | None,
    typed: Message | None,
) -> None:
    values: dict[str, object] = {change.column: change.value, **extra}
    if change.field in TIMED.values() and "quiet_ok" not in extra:
        # Choosing a time again is choosing where it goes: a kept-in-the-night mark goes.
        kinds = [kind for kind, name in TIMED.items() if name == change.field]
        kept = {kind for kind in participant.quiet_ok.split(",") if kind} - set(kinds)
        values["quiet_ok"] = ",".join(sorted(kept))
    c.store.participants.update(participant.id, awaiting=None, **values)
    participant = replan(c.store, participant.id, c.clock.now())
    language = participant.language
    saved = t(language, "language.saved" if change.field == "language" else "settings.saved")
    where = typed or session
    if change.field == "language" and where is not None:
        await set_menu(where.get_bot(), participant)
    if session is None and typed is not None and participant.question_message_id is not None:
        with contextlib.suppress(BadRequest):  # the session message, where the question was
            await typed.get_bot().edit_message_text(
                _joined(saved, overview_text(participant)),
                chat_id=participant.id,
                message_id=participant.question_message_id,
                reply_markup=settings_keyboard(participant),
            )
    elif session is not None:
        await _edit(
            session, _joined(saved, overview_text(participant)), settings_keyboard(participant)
        )
    c.store.participants.update(participant.id, question_message_id=None)
    if typed is not None:
        await typed.reply_text(saved)


async def _show(
    c: Coach,
    participant: Participant,
    session: Message | None,
    typed: Message | None,
    text: str,
    markup: InlineKeyboardMarkup,
) -> None:
    if session is not None:
        await _edit(session, text, markup)
    elif typed is not None:
        await _move_question(c, participant, typed, text, markup)


async def _move_question(
    c: Coach, participant: Participant, typed: Message, text: str, markup: InlineKeyboardMarkup
) -> None:
    """The open question goes on in a reply to what was typed; the message it was in loses
    its buttons, so only one message asks it."""
    if participant.question_message_id is not None:
        with contextlib.suppress(BadRequest):
            await typed.get_bot().edit_message_reply_markup(
                participant.id, participant.question_message_id, reply_markup=None
            )
    sent = await typed.reply_text(text, reply_markup=markup)
    c.store.participants.update(participant.id, question_message_id=sent.message_id)


def _quiet_question(participant: Participant, change: Change) -> str:
    language = participant.language
    moved = moved_out_of_sleep(participant, change)
    wake = str(change.value) if change.field == "wake" else participant.wake
    bed = str(change.value) if change.field == "bed" else participant.bed
    items = []
    for kind in change.asleep:
        column = COLUMN[TIMED[kind]]
        at = (
            str(change.value)
            if change.field == TIMED[kind]
            else current_value(participant, TIMED[kind])
        )
        label = t(language, f"kind.{kind}")
        items.append(t(language, "settings.quiet_item", label=label, at=at, moved=moved[column]))
    return t(language, "settings.quiet", bed=bed, wake=wake, items="\n".join(items))


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
    pressed.acted()
    switched = 0 if participant.enabled(kind) else 1
    c.store.participants.update(participant.id, **{f"{kind}_on": switched})
    participant = replan(c.store, participant.id, c.clock.now())
    await pressed.query.answer(t(participant.language, "answer.saved"))
    await _edit(message, overview_text(participant), settings_keyboard(participant))


def compose_zone_ask(participant: Participant) -> Outgoing | None:
    """After a tzdata update dropped the person's zone: say so once and ask again (None when
    they have chosen one meanwhile)."""
    if participant.awaiting != "timezone":
        return None
    _, markup = question(participant, "timezone")
    return Outgoing(
        t(participant.language, "zone.ask_again", fallback=participant.timezone), markup
    )


def _error(field: str) -> str:
    """What was wrong with an answer the field cannot read."""
    if field == "timezone":
        return "bad_zone"
    if field in TYPED:
        return "bad_time"
    return "use_buttons"


def error_key(field: str) -> str:
    return "input." + _error(field)


def _joined(before: str, text: str) -> str:
    return f"{before}\n\n{text}" if before else text


async def _edit(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    with contextlib.suppress(BadRequest):  # "message is not modified" is fine
        await message.edit_text(text, reply_markup=markup)
