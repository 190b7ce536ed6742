"""What every handler needs, kept in `application.bot_data` under one typed key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram import CallbackQuery, Message, Update
from telegram.ext import CallbackContext, ExtBot

from bot.config import Settings
from bot.storage import Participant, Store
from jobs.clock import Clock
from jobs.dispatcher import Dispatcher
from messages import t

KEY = "coach"

Context = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], dict[Any, Any]]


@dataclass
class Coach:
    settings: Settings
    store: Store
    clock: Clock
    dispatcher: Dispatcher


def coach(context: Context) -> Coach:
    found = context.bot_data[KEY]
    assert isinstance(found, Coach)
    return found


@dataclass
class Tap:
    """A button press: the query, who pressed it, and the message the button was on."""

    query: CallbackQuery
    coach: Coach
    participant: Participant | None
    message: Message | None

    @property
    def data(self) -> str:
        return self.query.data or ""

    @property
    def language(self) -> str:
        if self.participant is not None:
            return self.participant.language
        return self.coach.settings.default_language

    async def stale(self) -> None:
        """The one answer to a button nothing can act on (old, forged, or not yours)."""
        await self.query.answer(t(self.language, "answer.stale"))


def tap(update: Update, context: Context) -> Tap:
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    c = coach(context)
    message = query.message if isinstance(query.message, Message) else None
    return Tap(query, c, c.store.participant(update.effective_user.id), message)
