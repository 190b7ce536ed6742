"""What the people who talk to the bot do (type, tap, block it, add it to a group), the faults a
test plays, and ways to look at and wait for what the bot sent."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable

from bot.botapi.checks import utf16_len
from bot.botapi.core import Core
from bot.botapi.model import JSON, METHODS, Failure, Fault, SentMessage, User


class People(Core):
    def send_text(
        self, user: User, text: str, *, chat_id: int | None = None, chat_type: str = "private"
    ) -> int:
        """Queue a text message; a leading /command gets a bot_command entity."""
        cid = user.id if chat_id is None else chat_id
        if chat_type == "private":
            chat: JSON = {"id": cid, "type": "private", "first_name": user.first_name}
        else:
            chat = {"id": cid, "type": chat_type, "title": f"Test group {cid}"}
        self._chats[cid] = chat
        message: JSON = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user.to_json(),
            "text": text,
        }
        if command := re.match(r"/\S+", text):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command.group())}
            ]
        return self._queue("message", message)

    def send_photo(self, user: User, caption: str | None = None) -> int:
        """Queue a photo from a private chat, with a caption if given."""
        chat: JSON = {"id": user.id, "type": "private", "first_name": user.first_name}
        self._chats[user.id] = chat
        message: JSON = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user.to_json(),
            "photo": [
                {
                    "file_id": f"in{user.id}",
                    "file_unique_id": f"uin{user.id}",
                    "width": 90,
                    "height": 90,
                    "file_size": 1024,
                }
            ],
        }
        if caption is not None:
            message["caption"] = caption
        return self._queue("message", message)

    def press(
        self, user: User, message: SentMessage, callback_data: str, *, check: bool = True
    ) -> int:
        """Queue a callback_query; ``check`` asserts the button is really on the message."""
        if check:
            assert not message.deleted, f"message {message.message_id} was deleted"
            datas = [data for _, data in message.buttons()]
            assert callback_data in datas, f"{callback_data!r} not among buttons {datas}"
        query_id = f"cq{next(self._ids)}"
        self._callback_ids.add(query_id)
        return self._queue(
            "callback_query",
            {
                "id": query_id,
                "from": user.to_json(),
                "message": self._message_json(message),
                "chat_instance": f"ci{message.chat_id}",
                "data": callback_data,
            },
        )

    def _member_update(self, user: User, chat: JSON, old: JSON, new: JSON) -> int:
        self._chats[chat["id"]] = chat
        return self._queue(
            "my_chat_member",
            {
                "chat": chat,
                "from": user.to_json(),
                "date": int(time.time()),
                "old_chat_member": {"user": self.bot_user, **old},
                "new_chat_member": {"user": self.bot_user, **new},
            },
        )

    def add_bot_to_group(self, user: User, group_id: int, group_type: str = "group") -> int:
        """Queue my_chat_member (left -> member) for a group; sends there work again."""
        self._forbidden.pop(group_id, None)
        chat = {"id": group_id, "type": group_type, "title": f"Test group {group_id}"}
        return self._member_update(user, chat, {"status": "left"}, {"status": "member"})

    def block_bot(self, user: User) -> int:
        """Queue my_chat_member (member -> kicked); later sends to the user answer 403."""
        self._forbidden[user.id] = "Forbidden: bot was blocked by the user"
        chat = {"id": user.id, "type": "private", "first_name": user.first_name}
        return self._member_update(
            user, chat, {"status": "member"}, {"status": "kicked", "until_date": 0}
        )

    def unblock_bot(self, user: User) -> int:
        """Queue my_chat_member (kicked -> member); sends to the user work again."""
        self._forbidden.pop(user.id, None)
        chat = {"id": user.id, "type": "private", "first_name": user.first_name}
        return self._member_update(
            user, chat, {"status": "kicked", "until_date": 0}, {"status": "member"}
        )

    def fail_next(
        self,
        method: str,
        *,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        chat_id: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (for ``chat_id``) with an error."""
        self.inject(
            method,
            "error",
            error_code=error_code,
            description=description,
            retry_after=retry_after,
            chat_id=chat_id,
            times=times,
        )

    def inject(
        self,
        method: str,
        fault: Fault,
        *,
        chat_id: int | None = None,
        times: int = 1,
        error_code: int = 502,
        description: str = "Bad Gateway",
        retry_after: int | None = None,
        hang_seconds: float = 0.0,
    ) -> None:
        """The next ``times`` calls of ``method`` (for ``chat_id``) meet ``fault``."""
        assert method in METHODS, f"unknown method {method!r}"
        self._failures.append(
            Failure(
                method, chat_id, error_code, description, retry_after, times, fault, hang_seconds
            )
        )

    def clear_faults(self) -> None:
        """Forget every fault injected and not yet met."""
        self._failures.clear()

    # --- inspecting and waiting ------------------------------------------------------------
    def messages_to(self, chat_id: int) -> list[SentMessage]:
        return list(self._by_chat.get(chat_id, []))

    def _recent(self) -> str:
        return ", ".join(f"{c.method}({c.params.get('chat_id', '')})" for c in self.calls[-12:])

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        *,
        timeout: float = 5.0,
        what: str = "",
    ) -> None:
        """Poll ``predicate`` (tests must never sleep fixed times)."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for "
                    f"{what or 'condition'}; recent calls: {self._recent()}"
                )
            await asyncio.sleep(0.005)

    async def wait_for_message(
        self,
        chat_id: int,
        *,
        after: int = 0,
        timeout: float = 5.0,
    ) -> SentMessage:
        """Next message to ``chat_id`` not yet returned (per-chat cursor); ``after`` skips
        the first ``after`` messages of that chat."""
        index = max(self._cursors.get(chat_id, 0), after)
        try:
            await self.wait_until(
                lambda: len(self.messages_to(chat_id)) > index,
                timeout=timeout,
                what=f"message #{index} to chat {chat_id}",
            )
        except AssertionError as err:
            texts = [m.text for m in self.messages_to(chat_id)]
            raise AssertionError(f"{err}; messages to chat so far: {texts}") from None
        self._cursors[chat_id] = index + 1
        return self.messages_to(chat_id)[index]

    async def wait_confirmed(self, update_id: int, *, timeout: float = 5.0) -> None:
        """Until the bot called getUpdates with an offset beyond ``update_id``."""
        await self.wait_until(
            lambda: self._confirmed > update_id,
            timeout=timeout,
            what=f"bot to confirm update {update_id}",
        )
