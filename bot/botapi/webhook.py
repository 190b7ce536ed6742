"""Webhooks, as Telegram does them: once `setWebhook` names a URL, each update is POSTed there
(JSON, the secret token in a header), one at a time and in order, and sent again until it is
answered 200; `getUpdates` is refused meanwhile (409) and `deleteWebhook` goes back to
polling."""

from __future__ import annotations

import asyncio
import contextlib

import aiohttp

from bot.botapi.core import Core
from bot.botapi.model import JSON, ApiError

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram waits a while before it tries a refused update again; here far less.
RETRY_S = 0.05
POST_TIMEOUT_S = 10.0


class Webhook(Core):
    """The webhook's state lives in Core: webhook_url, webhook_params, webhook_answers (each
    delivery attempt: update_id and the HTTP status, None when the request failed) and
    on_webhook_answer (told of each answer as it comes back)."""

    def _m_setWebhook(self, params: JSON) -> bool:
        url = str(params.get("url") or "")
        if not url:
            return self._m_deleteWebhook(params)
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook_url = url
        self.webhook_params = dict(params)
        if self._pusher is None or self._pusher.done():
            self._pusher = asyncio.get_running_loop().create_task(self._push())
        return True

    def _m_deleteWebhook(self, params: JSON) -> bool:
        self.webhook_url = None
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_getWebhookInfo(self, params: JSON) -> JSON:
        return {
            "url": self.webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
            "max_connections": int((self.webhook_params or {}).get("max_connections") or 40),
        }

    def _refuse_polling(self) -> None:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )

    def _allowed_now(self, update: JSON) -> bool:
        allowed = (self.webhook_params or {}).get("allowed_updates")
        return not allowed or bool(set(update) & set(allowed))

    async def _push(self) -> None:
        timeout = aiohttp.ClientTimeout(total=POST_TIMEOUT_S)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while self.webhook_url and not self._closing:
                wakeup = self._wakeup
                ready = [u for u in self._updates if self._allowed_now(u)]
                if not ready:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(wakeup.wait(), 0.5)
                    continue
                update = ready[0]
                status = await self._post(session, self.webhook_url, update)
                self.webhook_answers.append((update["update_id"], status))
                if self.on_webhook_answer is not None:
                    self.on_webhook_answer(update["update_id"], status)
                if status == 200:
                    with contextlib.suppress(ValueError):
                        self._updates.remove(update)
                else:
                    await asyncio.sleep(RETRY_S)

    async def _post(self, session: aiohttp.ClientSession, url: str, update: JSON) -> int | None:
        secret = (self.webhook_params or {}).get("secret_token")
        headers = {SECRET_HEADER: str(secret)} if secret else {}
        try:
            async with session.post(url, json=update, headers=headers) as response:
                await response.read()
                return response.status
        except (aiohttp.ClientError, TimeoutError):
            return None

    async def _stop_pushing(self) -> None:
        task, self._pusher = self._pusher, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
