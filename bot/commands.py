"""Slash commands. Each handler is thin: read the participant, call a rule, reply."""

from __future__ import annotations

import asyncio
import datetime as dtm
from typing import Final

from telegram import Update

from bot.coach import Context, coach
from bot.conversation import begin, send_prompt
from bot.conversation import on_other as conversation_unknown
from bot.keyboards import choice_keyboard
from bot.participants import MAX_PAUSE_DAYS, is_paused, pause, reactivate, resume, stop
from bot.preferences import settings_overview
from bot.progress import prepare_progress
from bot.storage import OccurrenceRow, Participant, from_epoch
from jobs.dispatcher import local_hm
from jobs.schedule import KINDS, local_date
from messages import t

# Every command, in menu order; /help, set_my_commands and the README are built from this.
COMMANDS: Final[tuple[str, ...]] = (
    "start",
    "today",
    "checkin",
    "progress",
    "settings",
    "pause",
    "resume",
    "language",
    "stop",
    "export",
    "delete",
    "help",
)
PAUSE_CHOICES: Final[tuple[int, ...]] = (1, 3, 7, 14)


def help_text(language: str) -> str:
    lines = [
        t(language, "help.line", command=command, description=t(language, f"cmd.{command}"))
        for command in COMMANDS
    ]
    return t(language, "help", commands="\n".join(lines))


async def onboarded_participant(update: Update, context: Context) -> Participant | None:
    """The onboarded participant behind this update, or None after telling the person why."""
    assert update.effective_user and update.effective_message
    c = coach(context)
    participant = c.store.participant(update.effective_user.id)
    if participant is None:
        await begin(update, context)
        return None
    if not participant.onboarded:
        await update.effective_message.reply_text(
            t(participant.language, "onboarding.finish_first")
        )
        await send_prompt(update.effective_message, participant, participant.step)
        return None
    return participant


async def start(update: Update, context: Context) -> None:
    """/start: onboarding for someone new, where they were for someone halfway, else settings."""
    assert update.effective_user and update.effective_message
    c = coach(context)
    participant = c.store.participant(update.effective_user.id)
    if participant is None:
        await begin(update, context)
        return
    if not participant.onboarded:
        await send_prompt(update.effective_message, participant, participant.step)
        return
    if participant.status in ("stopped", "blocked"):
        participant = reactivate(c.store, participant.id, c.clock.now())
        await update.effective_message.reply_text(t(participant.language, "start.welcome_back"))
    text, markup = settings_overview(participant)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def help_command(update: Update, context: Context) -> None:
    """/help: every command in the participant's language."""
    assert update.effective_user and update.effective_message
    c = coach(context)
    participant = c.store.participant(update.effective_user.id)
    language = participant.language if participant else c.settings.default_language
    await update.effective_message.reply_text(help_text(language))


async def settings(update: Update, context: Context) -> None:
    """/settings: every onboarding choice, each one a tap away."""
    participant = await onboarded_participant(update, context)
    if participant is None:
        return
    assert update.effective_message
    text, markup = settings_overview(participant)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def language(update: Update, context: Context) -> None:
    """/language: Dutch or English."""
    participant = await onboarded_participant(update, context)
    if participant is None:
        return
    assert update.effective_message
    await send_prompt(update.effective_message, participant, "language")


def _state(language_code: str, row: OccurrenceRow, zone: str) -> str:
    if row.answer in ("done", "skipped"):
        return t(language_code, f"status.{row.answer}")
    if row.status == "planned" and row.snoozes:
        return t(language_code, "status.snoozed", at=local_hm(from_epoch(row.due_at), zone))
    if row.status == "planned":
        return t(language_code, "status.planned")
    if row.status == "sent":
        return t(language_code, "status.open")
    return t(language_code, f"status.{row.status}")


def today_text(
    participant: Participant,
    rows: list[OccurrenceRow],
    glasses: int,
    day: dtm.date,
    now: dtm.datetime,
) -> str:
    code, zone = participant.language, participant.timezone
    lines = [t(code, "today.header", date=day.strftime("%d-%m-%Y"))]
    if participant.status != "active":
        lines.append(t(code, "today.stopped"))
    elif is_paused(participant, now):
        assert participant.paused_until is not None
        until = local_date(from_epoch(participant.paused_until), zone) - dtm.timedelta(days=1)
        lines.append(t(code, "today.paused", until=until.strftime("%d-%m-%Y")))
    if not rows:
        lines.append(t(code, "today.empty"))
    for row in rows:
        lines.append(
            t(
                code,
                "today.line",
                at=local_hm(from_epoch(row.due_at), zone),
                label=t(code, f"kind.{row.kind}"),
                state=_state(code, row, zone),
            )
        )
    lines.append(t(code, "today.water", glasses=glasses))
    return "\n".join(lines)


async def today(update: Update, context: Context) -> None:
    """/today: today's reminders with what was done, and the glasses of water, with +1."""
    participant = await onboarded_participant(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = coach(context)
    now = c.clock.now()
    day = local_date(now, participant.timezone)
    rows = [r for r in c.store.day(participant.id, day) if r.kind in KINDS]
    glasses = c.store.glasses(participant.id, day)
    markup = choice_keyboard([(t(participant.language, "button.glass"), f"w:{day.isoformat()}")])
    await update.effective_message.reply_text(
        today_text(participant, rows, glasses, day, now), reply_markup=markup
    )


async def pause_command(update: Update, context: Context) -> None:
    """/pause [days]: no reminders for a while; without a number, buttons ask how long."""
    participant = await onboarded_participant(update, context)
    if participant is None:
        return
    assert update.effective_message
    code = participant.language
    args = context.args or []
    if not args:
        options = [
            (
                t(code, "button.pause_day") if d == 1 else t(code, "button.pause_days", days=d),
                f"pause:{d}",
            )
            for d in PAUSE_CHOICES
        ]
        await update.effective_message.reply_text(
            t(code, "pause.ask"), reply_markup=choice_keyboard(options, per_row=2)
        )
        return
    raw = args[0]
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAUSE_DAYS or len(args) > 1:
        await update.effective_message.reply_text(t(code, "pause.bad", max=MAX_PAUSE_DAYS))
        return
    await apply_pause(update, context, participant, int(raw))


async def apply_pause(
    update: Update, context: Context, participant: Participant, days: int
) -> None:
    assert update.effective_chat
    c = coach(context)
    last = pause(c.store, participant, days, c.clock.now())
    await update.effective_chat.send_message(
        t(participant.language, "pause.done", until=last.strftime("%d-%m-%Y"))
    )


async def resume_command(update: Update, context: Context) -> None:
    """/resume: reminders again after a pause (or after /stop)."""
    participant = await onboarded_participant(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = coach(context)
    now = c.clock.now()
    if participant.status in ("stopped", "blocked"):
        reactivate(c.store, participant.id, now)
        await update.effective_message.reply_text(t(participant.language, "resume.done"))
        return
    key = "resume.done" if resume(c.store, participant, now) else "resume.not_paused"
    await update.effective_message.reply_text(t(participant.language, key))


async def stop_command(update: Update, context: Context) -> None:
    """/stop: no more messages until /start."""
    assert update.effective_user and update.effective_message
    c = coach(context)
    participant = c.store.participant(update.effective_user.id)
    language_code = participant.language if participant else c.settings.default_language
    if participant is not None:
        if participant.onboarded:
            stop(c.store, participant.id)
        else:
            # Half-way through onboarding there is nothing worth keeping.
            c.store.delete_participant(participant.id)
    await update.effective_message.reply_text(t(language_code, "stop.done"))


async def progress(update: Update, context: Context) -> None:
    """/progress: phase, scores against baseline, an honest verdict, and the chart."""
    participant = await onboarded_participant(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = coach(context)
    text, draw = prepare_progress(c.store, participant.id, c.clock.now())
    await update.effective_message.reply_text(text)
    # Drawing takes ~0.1 s: off the event loop, so other people's taps are not held up.
    chart = await asyncio.to_thread(draw)
    await update.effective_message.reply_photo(chart)


async def stats(update: Update, context: Context) -> None:
    """/stats, for the operator's chat ids only: aggregate counts of the last 7 days."""
    assert update.effective_chat and update.effective_message
    c = coach(context)
    if update.effective_chat.id not in c.settings.admin_chat_ids:
        await conversation_unknown(update, context)
        return
    since = c.clock.now() - dtm.timedelta(days=7)
    counts = await asyncio.to_thread(c.store.aggregate_counts, since)
    lines = [f"{name}: {value}" for name, value in sorted(counts.items())]
    await update.effective_message.reply_text("\n".join(lines))
