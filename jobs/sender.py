"""The one place that sends to Telegram on the bot's own initiative, and the one place that
turns what happened into a stored outcome.

At most once, and as little lost as possible:
- The moment a request's turn comes (`jobs.pacer`), before a byte of it is written, its rows
  are marked as on the wire. A crash after that records them as failed at start-up; a crash
  before it leaves them planned, to be sent after the restart.
- Retried only when the request provably never left: the connection was never made
  (httpx's ConnectError, ConnectTimeout, PoolTimeout under python-telegram-bot's NetworkError
  and TimedOut). Anything that may have reached Telegram is never sent again: a read error or
  a reset after the request was written, a timeout waiting for the answer, any 5xx (Telegram
  does not say whether a 5xx was processed, and a 502 from its front end can come after the
  message was delivered), an answer that is not valid JSON.
- A 403 (blocked, or the account deleted) records the rows as failed, reason "blocked", and
  stops the person's reminders until /start; nothing of their history is deleted.
- The outcome is written before the person's claim is released, and retried until it sticks:
  a locked or full database never turns a sent reminder into a second send.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import functools
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

import httpx
from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ExtBot

from bot.storage import StorageError, Store
from jobs.clock import Clock
from jobs.housekeeping import block
from jobs.pacer import Bulk, request_started

log = logging.getLogger(__name__)

NETWORK_RETRIES: Final = 3
# Errors raised before the request left this machine: safe to try again.
NEVER_LEFT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Writing an outcome again after a failed write: from this, doubling, up to the cap.
RECORD_RETRY_FIRST_S: Final = 0.05
RECORD_RETRY_MAX_S: Final = 5.0


@dataclass(frozen=True)
class Outgoing:
    """A message the bot sends on its own: its text, buttons, and the tip shown per row id."""

    text: str
    markup: InlineKeyboardMarkup | None
    tips: dict[int, str] = field(default_factory=dict)
    # It says the pack begun on this day runs out, which is said once a pack: marked the moment
    # it may leave (with its rows on the wire), unmarked if it provably never left.
    stock_pack: dtm.date | None = None


@dataclass(frozen=True)
class Outcome:
    """What became of one send: sent (with Telegram's message id), failed (with why), blocked,
    or unsent (it provably never left: the rows stay planned)."""

    status: Literal["sent", "failed", "blocked", "unsent"]
    message_id: int | None = None
    reason: str | None = None


def never_left(error: TelegramError) -> bool:
    """True only when the request provably never reached Telegram."""
    return isinstance(error.__cause__, NEVER_LEFT)


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
        # Told of each message's outcome once it is recorded: (outcome, how many reminders it
        # carried, seconds from its due time to Telegram accepting it, when it was sent and
        # the due time is known). bot/metrics.py counts them.
        self.on_outcome: Callable[[Outcome, int, float | None], None] | None = None

    async def deliver(
        self,
        participant_id: int,
        ids: Sequence[int],
        outgoing: Outgoing,
        *,
        due: dtm.datetime | None = None,
    ) -> None:
        """Send one message for these reminder rows and record the outcome on all of them.
        `due` is when the earliest of them was due, for the lateness metric."""
        request_started.set(False)
        on_turn = functools.partial(
            self.store.reminders.mark_on_wire, participant_id, ids, stock_pack=outgoing.stock_pack
        )
        try:
            outcome = await self.send(participant_id, outgoing, on_turn)
        except asyncio.CancelledError:
            if request_started.get():  # shut down mid-request: it may have reached Telegram
                self._try_write(participant_id, ids, Outcome("failed", reason="uncertain"))
            raise  # else shut down while still queued: the rows stay planned
        await self.record(participant_id, ids, outcome, outgoing)
        if self.on_outcome is not None:
            late = None
            if outcome.status == "sent" and due is not None:
                late = max(0.0, (self.clock.now() - due).total_seconds())
            self.on_outcome(outcome, len(ids), late)

    async def send(self, chat_id: int, outgoing: Outgoing, on_turn: Callable[[], None]) -> Outcome:
        """Send one message; what became of it, with every error already sorted."""
        for attempt in range(NETWORK_RETRIES + 1):
            try:
                message = await self.bot.send_message(
                    chat_id,
                    outgoing.text,
                    reply_markup=outgoing.markup,
                    rate_limit_args=Bulk(on_turn),
                )
                return Outcome("sent", message.message_id)
            except Forbidden:
                return Outcome("blocked", reason="blocked")
            except RetryAfter:
                log.warning("reminder send still rate limited after retries; recorded as failed")
                return Outcome("failed", reason="rate_limited")
            except BadRequest as exc:
                log.warning("reminder rejected by Telegram: %s", type(exc).__name__)
                return Outcome("failed", reason="rejected")
            except NetworkError as exc:  # TimedOut too
                if not never_left(exc):
                    log.warning("reminder send ended uncertainly (%s); not resent", _cause(exc))
                    return Outcome("failed", reason="uncertain")
                if attempt == NETWORK_RETRIES:
                    log.warning("Telegram unreachable (%s); reminder stays planned", _cause(exc))
                    return Outcome("unsent", reason="unreachable")
                await self._sleep(0.5 * 2**attempt)
            except TelegramError as exc:  # e.g. an answer that is not JSON: it may have arrived
                log.warning("reminder send ended uncertainly (%s); not resent", type(exc).__name__)
                return Outcome("failed", reason="uncertain")
            except StorageError as exc:  # marking it on the wire failed: it was not sent
                log.warning(
                    "reminder not sent, its rows could not be marked (%s)", type(exc).__name__
                )
                return Outcome("unsent", reason="storage")
        raise AssertionError("unreachable")  # the loop always returns

    async def record(
        self,
        participant_id: int,
        ids: Sequence[int],
        outcome: Outcome,
        outgoing: Outgoing | None = None,
    ) -> None:
        """Write the outcome, retrying until it sticks (the claim is held meanwhile)."""
        await durably(
            functools.partial(self._write, participant_id, ids, outcome, outgoing),
            "a reminder's outcome",
            self._sleep,
        )

    def _write(
        self,
        participant_id: int,
        ids: Sequence[int],
        outcome: Outcome,
        outgoing: Outgoing | None,
    ) -> None:
        reminders = self.store.reminders
        if outcome.status == "sent":
            assert outcome.message_id is not None
            tips = outgoing.tips if outgoing is not None else {}
            reminders.record_sent(participant_id, ids, outcome.message_id, tips, self.clock.now())
        elif outcome.status == "unsent":
            pack = outgoing.stock_pack if outgoing is not None else None
            reminders.clear_wire(participant_id, ids, stock_pack=pack)
        else:
            reminders.record_failed(participant_id, ids, outcome.reason or "error")
            if outcome.status == "blocked" and block(self.store, participant_id):
                log.info(
                    "participant %s blocked the bot; reminders stopped",
                    self.store.log_id(participant_id),
                )

    def _try_write(self, participant_id: int, ids: Sequence[int], outcome: Outcome) -> None:
        """One attempt, for a shutdown that cannot wait: what fails is settled at start-up."""
        try:
            self._write(participant_id, ids, outcome, None)
        except StorageError as exc:
            log.error("could not record a reminder's outcome (%s)", type(exc).__name__)


async def durably(
    write: Callable[[], object],
    what: str,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """Run a database write until it sticks: a lock held by another process, or a full disk,
    delays it; it is never skipped. Logged once, however long it takes."""
    delay, tries = RECORD_RETRY_FIRST_S, 0
    while True:
        try:
            write()
            break
        except StorageError as exc:
            if tries == 0:
                log.error("could not record %s (%s); retrying", what, type(exc).__name__)
            tries += 1
            await sleep(delay)
            delay = min(delay * 2, RECORD_RETRY_MAX_S)
    if tries:
        log.info("recorded %s after %d retries", what, tries)


def _cause(error: TelegramError) -> str:
    cause = error.__cause__
    return type(cause).__name__ if cause is not None else type(error).__name__
