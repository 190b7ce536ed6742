"""The one place that sends to Telegram on the bot's own initiative (reminders).

Pacing and 429 handling live in the Application's rate limiter (`bot.pacer`), which every request
passes through; this module decides what a failure means for the participant.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot

from bot.pacer import BULK
from bot.storage import Store

log = logging.getLogger(__name__)

NETWORK_RETRIES = 3


class Sender:
    def __init__(
        self,
        bot: ExtBot[Any],
        store: Store,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.bot = bot
        self.store = store
        self._sleep = sleep

    async def send(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> Message | None:
        """Send one reminder; None when it could not be delivered (the reason is handled here)."""
        for attempt in range(NETWORK_RETRIES + 1):
            try:
                return await self.bot.send_message(
                    chat_id, text, reply_markup=markup, rate_limit_args=BULK
                )
            except Forbidden:
                # Blocked or account deleted: stop everything for this person until /start.
                self.mark_blocked(chat_id)
                return None
            except TimedOut:
                # The request may have reached Telegram; sending again could duplicate it.
                log.warning("reminder send timed out; not retried (at most once)")
                return None
            except RetryAfter:
                log.warning("reminder send still rate limited after retries; recorded as failed")
                return None
            except BadRequest as exc:
                log.warning("reminder rejected by Telegram: %s", type(exc).__name__)
                return None
            except NetworkError as exc:
                # Connection-level failures and 5xx answers: the message was not accepted.
                if attempt == NETWORK_RETRIES:
                    log.warning("reminder send failed after retries: %s", type(exc).__name__)
                    return None
                await self._sleep(0.5 * 2**attempt)
        return None

    def mark_blocked(self, chat_id: int) -> None:
        participant = self.store.participant(chat_id)
        if participant is None:
            return
        self.store.update(chat_id, status="blocked")
        self.store.drop_planned(chat_id)
        log.info("participant became unreachable; reminders stopped")
