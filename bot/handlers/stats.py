"""/stats, for the operator's chat ids only (ADMIN_CHAT_IDS): totals, never anyone's answers."""

from __future__ import annotations

import asyncio
import datetime as dtm

from telegram import Update

from bot.context import Context
from bot.handlers.text import on_other

STATS_PERIOD = dtm.timedelta(days=7)


async def stats(update: Update, context: Context) -> None:
    """/stats: aggregate counts of the last 7 days; anyone else gets the unknown-command reply."""
    assert update.effective_chat and update.effective_message
    c = context.coach
    if update.effective_chat.id not in c.settings.admin_chat_ids:
        await on_other(update, context)
        return
    counts = await asyncio.to_thread(c.store.aggregate_counts, c.clock.now() - STATS_PERIOD)
    lines = [f"{name}: {value}" for name, value in sorted(counts.items())]
    await update.effective_message.reply_text("\n".join(lines))
