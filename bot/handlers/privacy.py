"""The participant's rights: a copy of everything (/export) and erasure (/delete)."""

from __future__ import annotations

import datetime as dtm
import json

from telegram import Update

from bot.context import Context
from bot.handlers.prologue import person, stale, tapped
from bot.keyboards import DeletePress, delete_keyboard
from messages import t

EXPORT_FORMAT = 1


def export_json(data: dict[str, object], now: dtm.datetime) -> bytes:
    document = {"format": EXPORT_FORMAT, "exported_at": now.isoformat(), **data}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


async def export_command(update: Update, context: Context) -> None:
    """/export: everything stored about you, as a JSON file."""
    assert update.effective_message
    who = person(update, context)
    if who.participant is None:
        await update.effective_message.reply_text(t(who.language, "export.none"))
        return
    c = who.coach
    payload = export_json(c.store.export(who.participant.id), c.clock.now())
    await update.effective_message.reply_document(
        payload,
        filename="darm-huid-coach-export.json",
        caption=t(who.language, "export.caption"),
    )


async def delete_command(update: Update, context: Context) -> None:
    """/delete: erase everything, after one confirmation."""
    assert update.effective_message
    who = person(update, context)
    if who.participant is None:
        await update.effective_message.reply_text(t(who.language, "export.none"))
        return
    await update.effective_message.reply_text(
        t(who.language, "delete.confirm"), reply_markup=delete_keyboard(who.language)
    )


async def on_delete_button(update: Update, context: Context) -> None:
    """Yes: erase the participant and everything that belongs to them; no: nothing happens."""
    pressed = await tapped(update, context, DeletePress, onboarded=False)
    if pressed is None:
        return
    participant, message = pressed.participant, pressed.message
    if message is None:
        await stale(update, context)
        return
    code = participant.language
    await pressed.query.answer()
    await pressed.clear_buttons()
    if not pressed.press.confirmed:
        await message.chat.send_message(t(code, "delete.kept"))
        return
    pressed.coach.store.participants.delete(participant.id)
    await message.chat.send_message(t(code, "delete.done"))
