"""What `GET /metrics` shows (Prometheus' text format): counts and times, never a person.

Labels are kinds (an update's type, a Bot API method, an error's class, an outcome), never a
chat, a user or a text. The counters live for the process, in prometheus-client's default
registry; what is read at the moment of a scrape (the dispatcher's last tick, the inbox, the
last backup) is collected per web server (bot/web.py).
"""

from __future__ import annotations

from typing import Any, Final

from prometheus_client import Counter, Histogram
from telegram import Update
from telegram.ext import Application

from bot.context import Context
from bot.updates import PerPersonUpdates
from jobs.pacer import Pacer
from jobs.sender import Outcome, Sender

UPDATES: Final = Counter(
    "coach_updates", "Updates handled, by type (message, callback_query, ...)", ["type"]
)
UPDATES_DROPPED: Final = Counter(
    "coach_updates_dropped", "Updates dropped unhandled: a person sending faster than allowed"
)
HANDLER_SECONDS: Final = Histogram(
    "coach_handler_seconds",
    "Time an update's handlers took, from its turn to their end",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
HANDLER_ERRORS: Final = Counter(
    "coach_handler_errors", "Handler errors, by the exception's class", ["error"]
)
API_CALLS: Final = Counter(
    "coach_bot_api_calls",
    "Bot API requests, by method and outcome (ok, 429, or the error's class)",
    ["method", "outcome"],
)
REMINDERS: Final = Counter(
    "coach_reminders",
    "Reminders by outcome: sent, failed, blocked, unsent (kept planned, sent later)",
    ["outcome"],
)
LATENESS: Final = Histogram(
    "coach_reminder_lateness_seconds",
    "From a reminder message's due time to Telegram accepting it",
    buckets=(1, 5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600),
)
WEBHOOK_REQUESTS: Final = Counter(
    "coach_webhook_requests", "Requests to the webhook, by the status answered", ["status"]
)
BACKUPS: Final = Counter("coach_backups", "Nightly backups, by result (ok, failed)", ["result"])


def update_type(update: object) -> str:
    if not isinstance(update, Update):
        return "other"
    return next((kind for kind in Update.ALL_TYPES if getattr(update, kind, None)), "other")


def observe_update(update: object, took: float | None) -> None:
    if took is None:
        UPDATES_DROPPED.inc()
        return
    UPDATES.labels(update_type(update)).inc()
    HANDLER_SECONDS.observe(took)


def observe_call(method: str, outcome: str) -> None:
    API_CALLS.labels(method, outcome).inc()


def observe_outcome(outcome: Outcome, reminders: int, late: float | None) -> None:
    REMINDERS.labels(outcome.status).inc(reminders)
    if late is not None:
        LATENESS.observe(late)


async def count_error(update: object, context: Context) -> None:
    if context.error is not None:
        HANDLER_ERRORS.labels(type(context.error).__name__).inc()


def install(
    application: Application[Any, Any, Any, Any, Any, Any],
    updates: PerPersonUpdates,
    pacer: Pacer,
    sender: Sender,
) -> None:
    """Count what passes through the update processor, the pacer and the sender."""
    updates.listeners.append(observe_update)
    pacer.on_call = observe_call
    sender.on_outcome = observe_outcome
    application.add_error_handler(count_error)
