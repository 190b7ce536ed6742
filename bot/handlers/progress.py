"""/progress: phase, scores against the person's own baseline, an honest verdict, the chart."""

from __future__ import annotations

import asyncio
import datetime as dtm
import functools
from collections.abc import Callable
from dataclasses import dataclass

from telegram import Update
from telegram.error import BadRequest

from bot.context import Context
from bot.handlers.prologue import onboarded
from bot.programme.patterns import find_patterns, worth_a_look
from bot.programme.progress import analyse, chart_points, render_text
from bot.render.chart import chart_key, render_progress_chart
from bot.storage import Store
from messages import tc


@dataclass(frozen=True)
class ProgressReply:
    """What /progress sends: the text, and the chart: the photo already on Telegram when
    nothing it shows has changed (`file_id`), else a way to draw it (slow enough for a
    thread) and the key to remember it by."""

    text: str
    chart_key: str
    file_id: str | None
    draw: Callable[[], bytes]


def prepare_progress(store: Store, participant_id: int, now: dtm.datetime) -> ProgressReply:
    participant = store.participants.get(participant_id)
    if participant is None:
        raise LookupError("no such participant")
    itch = store.diary.itch_history(participant_id, participant.about)
    report = analyse(
        participant,
        # A verdict never mixes answers about the parent and about their child.
        [c for c in store.checkins.completed(participant_id) if c.about == participant.about],
        itch,
        store.reminders.history(participant_id),
        now,
    )
    # The chart begins with the baseline, as the text's starting point does: one rule for both.
    shown = (
        chart_points(report),
        report.day // 7,
        participant.language,
        participant.for_child,
        report.habits,
        report.skin.baseline,
    )
    key = chart_key(*shown)
    text = render_text(report, participant)
    noted = store.diary.trigger_days(participant_id, participant.about)
    if worth_a_look(find_patterns(noted, dict(itch))):
        text += "\n" + tc(participant.language, "progress.patterns", participant.for_child)
    return ProgressReply(
        text,
        key,
        store.charts.file_id(participant_id, key),
        functools.partial(render_progress_chart, *shown),
    )


def build_progress(store: Store, participant_id: int, now: dtm.datetime) -> tuple[str, bytes]:
    """The /progress reply with the chart drawn: the text, and the PNG bytes."""
    reply = prepare_progress(store, participant_id, now)
    return reply.text, reply.draw()


async def progress(update: Update, context: Context) -> None:
    """/progress: phase, scores against baseline, an honest verdict, and the chart, drawn
    and uploaded only when what it shows has changed."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    message = update.effective_message
    assert message
    c = context.coach
    reply = prepare_progress(c.store, participant.id, c.clock.now())
    await message.reply_text(reply.text)
    if reply.file_id is not None:
        try:
            await message.reply_photo(reply.file_id)
            return
        except BadRequest:  # Telegram no longer has it: draw and upload it again
            c.store.charts.forget(participant.id)
    # Drawing takes ~0.1 s: off the event loop, so other people's taps are not held up.
    chart = await asyncio.to_thread(reply.draw)
    sent = await message.reply_photo(chart)
    if sent.photo:
        c.store.charts.sent(participant.id, reply.chart_key, sent.photo[-1].file_id)
