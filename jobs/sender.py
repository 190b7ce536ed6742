"""The one place that sends to Telegram on the bot's own initiative, and the one place that
turns what happened into a stored outcome: sent (with its message id), failed, or blocked.

Pacing and 429 handling live in the Application's rate limiter (`jobs.pacer`), which every
request passes through; this module decides what a failure means for the participant.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from telegram import InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot

from bot.storage import Store
from jobs.clock import Clock
from jobs.lifecycle import block
from jobs.pacer import BULK, request_started

log = logging.getLogger(__name__)

NETWORK_RETRIES = 3


@dataclass(frozen=True)
class Outgoing:
    """A message the bot sends on its own: its text, buttons, and the tip shown per row id."""

    text: str
    markup: InlineKeyboardMarkup | None
    tips: dict[int, str] = field(default_factory=dict)


class Sender:
    def __init__(
        self,
        bot: ExtBot[Any],
        store: Store,
        clock: Clock,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.bot = bot
        self.store = store
        self.clock = clock
        self._sleep = sleep

    async def deliver(self, participant_id: int, ids: Sequence[int], outgoing: Outgoing) -> None:
        """Send one message for these reminder rows and record the outcome on all of them."""
        request_started.set(False)
        try:
            message = await self.send(participant_id, outgoing.text, outgoing.markup)
        except asyncio.CancelledError:
            if request_started.get():  # it may have reached Telegram: never send it again
                self.failed(ids)
            raise  # else shut down while still queued: the rows stay planned
        except Exception:
            log.exception("unexpected error while sending a reminder")
            message = None
        if message is None:
            self.failed(ids)
            return
        self.store.reminders.record_sent(ids, message.message_id, outgoing.tips, self.clock.now())

    def failed(self, ids: Sequence[int]) -> None:
        self.store.reminders.set_status(ids, "failed", only_from="planned")

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
        if block(self.store, chat_id):
            log.info("participant became unreachable; reminders stopped")
