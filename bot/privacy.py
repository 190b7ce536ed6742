"""The participant's rights: a copy of everything (/export) and erasure (/delete)."""

from __future__ import annotations

import contextlib
import datetime as dtm
import json

from telegram import Update
from telegram.error import BadRequest

from bot.coach import Context, coach, tap
from bot.keyboards import choice_keyboard
from messages import t

EXPORT_FORMAT = 1


def export_json(data: dict[str, object], now: dtm.datetime) -> bytes:
    document = {"format": EXPORT_FORMAT, "exported_at": now.isoformat(), **data}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


async def export_command(update: Update, context: Context) -> None:
    """/export: everything stored about you, as a JSON file."""
    assert update.effective_user and update.effective_message
    c = coach(context)
    participant = c.store.participant(update.effective_user.id)
    if participant is None:
        await update.effective_message.reply_text(t(c.settings.default_language, "export.none"))
        return
    payload = export_json(c.store.export(participant.id), c.clock.now())
    await update.effective_message.reply_document(
        payload,
        filename="darm-huid-coach-export.json",
        caption=t(participant.language, "export.caption"),
    )


async def delete_command(update: Update, context: Context) -> None:
    """/delete: erase everything, after one confirmation."""
    assert update.effective_user and update.effective_message
    c = coach(context)
    participant = c.store.participant(update.effective_user.id)
    if participant is None:
        await update.effective_message.reply_text(t(c.settings.default_language, "export.none"))
        return
    code = participant.language
    keyboard = choice_keyboard(
        [(t(code, "button.delete_yes"), "del:yes"), (t(code, "button.cancel"), "del:no")],
        per_row=2,
    )
    await update.effective_message.reply_text(t(code, "delete.confirm"), reply_markup=keyboard)


async def on_delete_button(update: Update, context: Context) -> None:
    """Yes: erase the participant and everything that belongs to them; no: nothing happens."""
    pressed = tap(update, context)
    query, c, participant, message = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
    )
    if participant is None or message is None:
        await pressed.stale()
        return
    code = participant.language
    await query.answer()
    with contextlib.suppress(BadRequest):
        await message.edit_reply_markup(None)
    if query.data != "del:yes":
        await message.chat.send_message(t(code, "delete.kept"))
        return
    c.store.delete_participant(participant.id)
    await message.chat.send_message(t(code, "delete.done"))
