"""The embedded Bot API server (bot/botapi/) itself: real HTTP, Telegram's checks and faults."""

from __future__ import annotations

import asyncio
import datetime as dtm
import os
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)

from bot.botapi import TOKEN, FakeBotApi, RateLimit, User

os.environ.setdefault("PTB_TIMEDELTA", "1")  # read lazily by PTB; opt in to timedelta periods

AnyApp = Application[Any, Any, Any, Any, Any, Any]
KEYBOARD = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton("Doe mee ✅", callback_data="join")],
        [InlineKeyboardButton("Later", callback_data="later")],
    ]
)


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text("Welkom!", reply_markup=KEYBOARD)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Top")
    await query.edit_message_text(f"Je koos {query.data}")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as client:
        yield client


@pytest.fixture
async def app(api: FakeBotApi) -> AsyncIterator[AnyApp]:
    application = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    application.add_handler(CommandHandler("start", on_start))
    application.add_handler(CallbackQueryHandler(on_button))
    async with application:
        assert application.updater is not None
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)
        yield application
        await application.updater.stop()
        await application.stop()


async def test_start_button_roundtrip_with_real_application(api: FakeBotApi, app: AnyApp) -> None:
    user = User(1001)
    update_id = api.send_text(user, "/start")
    reply = await api.wait_for_message(user.id)
    assert reply.text == "Welkom!"
    assert reply.method == "sendMessage"
    assert reply.buttons() == [("Doe mee ✅", "join"), ("Later", "later")]
    await api.wait_confirmed(update_id)

    api.press(user, reply, reply.button("Doe mee"))
    await api.wait_until(lambda: reply.edits == ["Je koos join"], what="edit after press")
    assert reply.text == "Je koos join"
    assert reply.reply_markup is None  # editMessageText without markup drops the keyboard
    assert [a["text"] for a in api.callback_answers] == ["Top"]
    methods = [c.method for c in api.calls]
    assert methods[0] == "getMe"
    assert {"deleteWebhook", "getUpdates", "answerCallbackQuery"} <= set(methods)
    assert api.messages_to(user.id) == [reply]


async def test_button_lookup_errors_are_helpful(api: FakeBotApi, bot: Bot) -> None:
    await bot.send_message(5, "Kies", reply_markup=KEYBOARD)
    msg = api.sent[0]
    with pytest.raises(AssertionError, match="Later"):
        msg.button("Nope")
    with pytest.raises(AssertionError, match="not among buttons"):
        api.press(User(5), msg, "ghost")


async def test_long_poll_blocks_until_timeout_or_update(api: FakeBotApi, bot: Bot) -> None:
    start = time.monotonic()
    assert await bot.get_updates(timeout=dtm.timedelta(seconds=1)) == ()
    assert time.monotonic() - start >= 0.9

    user = User(7, first_name="An")
    asyncio.get_running_loop().call_later(0.1, api.send_text, user, "/start@darmhuid_test_bot x")
    start = time.monotonic()
    updates = await bot.get_updates(timeout=dtm.timedelta(seconds=5))
    assert time.monotonic() - start < 2
    assert len(updates) == 1
    message = updates[0].message
    assert message is not None and message.from_user is not None
    assert message.text == "/start@darmhuid_test_bot x"
    assert message.from_user.language_code == "nl"
    assert message.entities[0].type == "bot_command"
    assert message.entities[0].length == len("/start@darmhuid_test_bot")

    # Offset confirms: the update is gone and wait_confirmed sees it.
    assert await bot.get_updates(offset=updates[0].update_id + 1) == ()
    await api.wait_confirmed(updates[0].update_id, timeout=0.5)


async def test_limit_and_allowed_updates(api: FakeBotApi, bot: Bot) -> None:
    user = User(8)
    first = api.send_text(user, "een")
    api.send_text(user, "twee")
    api.add_bot_to_group(user, -500)
    assert [u.update_id for u in await bot.get_updates(limit=1)] == [first]
    only_members = await bot.get_updates(allowed_updates=["my_chat_member"])
    assert len(only_members) == 1
    member = only_members[0].my_chat_member
    assert member is not None
    assert member.chat.type == "group"
    assert (member.old_chat_member.status, member.new_chat_member.status) == ("left", "member")


async def test_group_message_and_leave_chat(api: FakeBotApi, bot: Bot) -> None:
    api.send_text(User(9), "hallo", chat_id=-42, chat_type="supergroup")
    (update,) = await bot.get_updates()
    assert update.effective_chat is not None and update.effective_chat.type == "supergroup"
    assert await bot.leave_chat(-42)
    assert api.left_chats == [-42]
    with pytest.raises(Forbidden, match="not a member"):
        await bot.send_message(-42, "nog iemand?")
    api.add_bot_to_group(User(9), -42, "supergroup")
    await bot.send_message(-42, "terug")


async def test_send_photo_and_document_carry_bytes(api: FakeBotApi, bot: Bot) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    sent = await bot.send_photo(11, photo=png, caption="Je voortgang", filename="chart.png")
    msg = api.sent[-1]
    assert (msg.method, msg.chat_id, msg.text, msg.file_bytes) == (
        "sendPhoto",
        11,
        "Je voortgang",
        png,
    )
    assert sent.caption == "Je voortgang"
    assert sent.photo[0].file_size == len(png)
    again = await bot.send_photo(11, photo=sent.photo[0].file_id)  # re-send by file_id
    assert api.sent[-1].file_bytes == png and again.caption is None

    await bot.send_document(11, document=b"%PDF-1.4 data", filename="rapport.pdf")
    doc = api.sent[-1]
    assert (doc.method, doc.file_name, doc.file_bytes) == (
        "sendDocument",
        "rapport.pdf",
        b"%PDF-1.4 data",
    )
    upload_call = api.calls[-1]
    assert upload_call.method == "sendDocument" and upload_call.params["chat_id"] == 11


async def test_fail_next_429_raises_retry_after(api: FakeBotApi, bot: Bot) -> None:
    api.fail_next(
        "sendMessage", error_code=429, description="Too Many Requests: retry after 3", retry_after=3
    )
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(12, "eerste")
    assert caught.value.retry_after == dtm.timedelta(seconds=3)
    assert api.sent == []
    await bot.send_message(12, "tweede")
    assert [m.text for m in api.sent] == ["tweede"]


async def test_fail_next_403_and_block_bot(api: FakeBotApi, bot: Bot) -> None:
    api.fail_next(
        "sendMessage", error_code=403, description="Forbidden: user is deactivated", chat_id=13
    )
    await bot.send_message(14, "andere chat werkt")
    with pytest.raises(Forbidden, match="deactivated"):
        await bot.send_message(13, "x")

    user = User(15)
    api.block_bot(user)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(user.id, "hallo?")
    (update,) = await bot.get_updates()
    assert update.my_chat_member is not None
    assert update.my_chat_member.new_chat_member.status == "kicked"
    api.unblock_bot(user)
    await bot.send_message(user.id, "welkom terug")


async def test_rate_limit_per_chat_and_overall() -> None:
    async with (
        FakeBotApi(rate_limit=RateLimit(per_second=3, per_chat_interval=1.0)) as api,
        Bot(TOKEN, base_url=api.base_url) as bot,
    ):
        await bot.send_message(20, "een")
        with pytest.raises(RetryAfter):
            await bot.send_message(20, "twee")  # same chat within 1 s
        await bot.send_message(21, "ander")
        await bot.send_message(22, "nog een")
        with pytest.raises(RetryAfter):
            await bot.send_message(23, "vierde binnen 1 s")  # overall 3/s exceeded
        assert (api.count_429, api.count_429_chat, api.count_ok_sends) == (2, 1, 3)
        assert [m.chat_id for m in api.sent] == [20, 21, 22]


async def test_edit_delete_and_telegram_errors(api: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(
        30, "<b>Dag</b> &amp; welkom", parse_mode="HTML", reply_markup=KEYBOARD
    )
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text(
            "<b>Dag</b> &amp; welkom", chat_id=30, message_id=sent.message_id, reply_markup=KEYBOARD
        )
    await bot.edit_message_reply_markup(chat_id=30, message_id=sent.message_id)
    assert api.sent[0].reply_markup is None
    assert await bot.delete_message(30, sent.message_id)
    assert api.sent[0].deleted
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("weg", chat_id=30, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(30, "1 < 2", parse_mode="HTML")
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(30, "x" * 4097)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(30, "knop", reply_markup=too_long)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("nonexistent")


async def test_commands_actions_and_unknowns(api: FakeBotApi, bot: Bot) -> None:
    assert await bot.set_my_commands([("start", "Begin"), ("stop", "Stop")], language_code="nl")
    assert await bot.set_my_commands([("start", "Start")])
    assert api.commands["nl"] == [
        {"command": "start", "description": "Begin"},
        {"command": "stop", "description": "Stop"},
    ]
    assert [c.command for c in await bot.get_my_commands(language_code="nl")] == ["start", "stop"]
    assert await bot.delete_my_commands(language_code="nl")
    assert set(api.commands) == {None}
    assert await bot.send_chat_action(31, "typing")
    assert await bot.close()
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("fooBar")
    assert bot.bot.username == "darmhuid_test_bot" and bot.id == 123456
    with pytest.raises(InvalidToken):
        async with Bot("999:wrong-token", base_url=api.base_url):
            pass


async def test_wait_for_message_cursor_and_timeout_message(api: FakeBotApi, bot: Bot) -> None:
    for text in ("een", "twee", "drie"):
        await bot.send_message(40, text)
    assert (await api.wait_for_message(40)).text == "een"
    assert (await api.wait_for_message(40)).text == "twee"
    assert (await api.wait_for_message(40, after=2)).text == "drie"
    with pytest.raises(AssertionError, match="messages to chat so far"):
        await api.wait_for_message(40, timeout=0.05)
