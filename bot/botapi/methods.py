"""The Bot API methods the bot calls (`_m_<name>`), answered as Telegram answers them."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time

from bot.botapi.checks import check_markup, check_text
from bot.botapi.core import Core
from bot.botapi.model import JSON, NOT_MODIFIED, ApiError, SentMessage, Upload


class Methods(Core):
    def _m_getMe(self, params: JSON) -> JSON:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _get_updates(self, params: JSON) -> list[JSON]:
        """Long poll: confirm by offset, then block until an update or the timeout."""
        offset = int(params.get("offset") or 0)
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._confirmed = max(self._confirmed, offset)
        if params.get("allowed_updates") is not None:
            self._allowed = list(params["allowed_updates"])
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            wakeup = self._wakeup
            ready = [u for u in self._updates if not self._allowed or set(u) & set(self._allowed)]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0 or self._closing:
                return ready[:limit]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wakeup.wait(), remaining)

    def _send(self, method: str, params: JSON) -> JSON:
        chat_id = self._chat_id(params)
        data: bytes | None = None
        name: str | None = None
        file_id: str | None = None
        if method == "sendMessage":
            text: str | None = check_text(
                params.get("text"), params.get("parse_mode"), limit=4096, what="message text"
            )
        else:
            text = params.get("caption")
            if text is not None:
                check_text(text, params.get("parse_mode"), limit=1024, what="message caption")
            upload = params.get("photo" if method == "sendPhoto" else "document")
            if isinstance(upload, Upload):
                data, name, file_id = upload.data, upload.filename, f"F{next(self._ids)}"
                self._files[file_id] = (data, name)
            elif isinstance(upload, str) and upload in self._files:
                file_id = upload
                data, name = self._files[upload]
            else:
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        msg = SentMessage(
            next(self._ids),
            chat_id,
            method,
            text,
            check_markup(params.get("reply_markup")),
            data,
            name,
            parse_mode=params.get("parse_mode"),
            file_id=file_id,
        )
        self.sent.append(msg)
        self._by_key[(chat_id, msg.message_id)] = msg
        self._by_chat.setdefault(chat_id, []).append(msg)
        if self.on_delivery is not None:
            self.on_delivery(msg)
        return self._message_json(msg)

    def _m_editMessageText(self, params: JSON) -> JSON:
        msg = self._find(params, "edit")
        text = check_text(
            params.get("text"), params.get("parse_mode"), limit=4096, what="message text"
        )
        markup = check_markup(params.get("reply_markup"))  # omitted => keyboard removed
        if msg.method != "sendMessage":
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if text == msg.text and markup == msg.reply_markup:
            raise ApiError(400, NOT_MODIFIED)
        msg.text, msg.reply_markup, msg.parse_mode = text, markup, params.get("parse_mode")
        msg.edits.append(text)
        return self._message_json(msg)

    def _m_editMessageReplyMarkup(self, params: JSON) -> JSON:
        msg = self._find(params, "edit")
        markup = check_markup(params.get("reply_markup"))
        if markup == msg.reply_markup:
            raise ApiError(400, NOT_MODIFIED)
        msg.reply_markup = markup
        return self._message_json(msg)

    def _m_deleteMessage(self, params: JSON) -> bool:
        self._find(params, "delete").deleted = True
        return True

    def _m_deleteMessages(self, params: JSON) -> bool:
        """Up to 100 ids in one chat; ids that are not there are skipped, as Telegram does."""
        chat_id, ids = self._chat_id(params), params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise ApiError(400, "Bad Request: message_ids must be 1-100 identifiers")
        for message_id in ids:
            message = self._by_key.get((chat_id, int(message_id)))
            if message is not None:
                message.deleted = True
        return True

    def _m_answerCallbackQuery(self, params: JSON) -> bool:
        if params.get("callback_query_id") not in self._callback_ids:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self.callback_answers.append(params)
        return True

    def _m_setMyCommands(self, params: JSON) -> bool:
        commands = list(params["commands"])
        scope = params.get("scope") or {}
        for cmd in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(cmd.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(cmd.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        if scope.get("type") == "chat":
            self.chat_commands[int(scope["chat_id"])] = commands
        else:
            self.commands[params.get("language_code") or None] = commands
        return True

    def _m_deleteMyCommands(self, params: JSON) -> bool:
        scope = params.get("scope") or {}
        if scope.get("type") == "chat":
            self.chat_commands.pop(int(scope["chat_id"]), None)
        else:
            self.commands.pop(params.get("language_code") or None, None)
        return True

    def _m_getMyCommands(self, params: JSON) -> list[dict[str, str]]:
        return self.commands.get(params.get("language_code") or None, [])

    def _m_leaveChat(self, params: JSON) -> bool:
        chat_id = self._chat_id(params)
        self.left_chats.append(chat_id)
        self._forbidden[chat_id] = "Forbidden: bot is not a member of the group chat"
        return True
