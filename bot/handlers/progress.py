"""/progress: phase, scores against the person's own baseline, an honest verdict, the chart."""

from __future__ import annotations

import asyncio
import datetime as dtm
import functools
from collections.abc import Callable

from telegram import Update

from bot.context import Context, coach
from bot.handlers.prologue import onboarded
from bot.programme.chart import render_progress_chart
from bot.programme.patterns import find_patterns, worth_a_look
from bot.programme.progress import analyse, chart_points, render_text
from bot.storage import Store
from messages import tc


def prepare_progress(
    store: Store, participant_id: int, now: dtm.datetime
) -> tuple[str, Callable[[], bytes]]:
    """The /progress text, and a function that draws the chart (slow enough for a thread)."""
    participant = store.participants.get(participant_id)
    if participant is None:
        raise LookupError("no such participant")
    report = analyse(
        participant,
        # A verdict never mixes answers about the parent and about their child.
        [c for c in store.checkins.completed(participant_id) if c.about == participant.about],
        store.diary.itch_history(participant_id, participant.about),
        store.reminders.history(participant_id),
        now,
    )
    draw = functools.partial(
        render_progress_chart,
        chart_points(report),
        report.day // 7,
        participant.language,
        participant.for_child,
    )
    text = render_text(report, participant)
    noted = store.diary.trigger_days(participant_id, participant.about)
    itch = dict(store.diary.itch_history(participant_id, participant.about))
    if worth_a_look(find_patterns(noted, itch)):
        text += "\n" + tc(participant.language, "progress.patterns", participant.for_child)
    return text, draw


def build_progress(store: Store, participant_id: int, now: dtm.datetime) -> tuple[str, bytes]:
    """The /progress reply: the text, and the chart as PNG bytes."""
    text, draw = prepare_progress(store, participant_id, now)
    return text, draw()


async def progress(update: Update, context: Context) -> None:
    """/progress: phase, scores against baseline, an honest verdict, and the chart."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = coach(context)
    text, draw = prepare_progress(c.store, participant.id, c.clock.now())
    await update.effective_message.reply_text(text)
    # Drawing takes ~0.1 s: off the event loop, so other people's taps are not held up.
    chart = await asyncio.to_thread(draw)
    await update.effective_message.reply_photo(chart)
