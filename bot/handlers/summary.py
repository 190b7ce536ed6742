"""/summary: a one-page PDF for the GP or dermatologist, with the person's notes only if they
choose so (asked first, by a button)."""

from __future__ import annotations

import asyncio
import datetime as dtm

from telegram import InputFile, Update

from bot.callbacks import SummaryPress
from bot.context import Context
from bot.handlers.prologue import onboarded, tapped
from bot.keyboards import summary_keyboard
from bot.programme.records import Participant
from bot.programme.schedule import local_date
from bot.programme.summary import summarise
from bot.render.summary_pdf import render_summary
from bot.storage import Store
from messages import t


def build_summary(
    store: Store, participant: Participant, now: dtm.datetime, *, include_notes: bool
) -> bytes:
    """The PDF, from what is stored about whom the person is using the bot for now."""
    about = participant.about
    summary = summarise(
        participant,
        [c for c in store.checkins.completed(participant.id) if c.about == about],
        store.diary.itch_history(participant.id, about),
        store.reminders.history(participant.id),
        store.diary.trigger_days(participant.id, about),
        now,
        include_notes=include_notes,
        treatments=store.treatments.all(participant.id),
        uses=store.treatments.use_counts(participant.id),
    )
    return render_summary(summary)


async def summary_command(update: Update, context: Context) -> None:
    """/summary: with or without the person's own notes?"""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    language = participant.language
    await update.effective_message.reply_text(
        t(language, "summary.ask"), reply_markup=summary_keyboard(language)
    )


async def on_summary_button(update: Update, context: Context) -> None:
    pressed = await tapped(update, context, SummaryPress, onboarded=True)
    if pressed is None:
        return
    await pressed.query.answer()
    await pressed.clear_buttons()
    c, participant, message = pressed.coach, pressed.participant, pressed.message
    now = c.clock.now()
    # A page and a chart take a moment to draw: off the event loop, as /progress's chart.
    pdf = await asyncio.to_thread(
        build_summary, c.store, participant, now, include_notes=pressed.press.notes
    )
    language = participant.language
    name = t(language, "summary.file_name", date=local_date(now, participant.timezone).isoformat())
    await message.chat.send_document(
        InputFile(pdf, filename=name), caption=t(language, "summary.caption")
    )
