"""What every handler is given: the settings, the store, the clock and the dispatcher, as
`context.coach`. PTB builds each callback's context from `context_types()`, so the Coach is
typed from `application.bot_data` to the handler, with no string key and no cast."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.config import Settings
from bot.storage import Store
from jobs.clock import Clock
from jobs.dispatcher import Dispatcher


@dataclass
class Coach:
    settings: Settings
    store: Store
    clock: Clock
    dispatcher: Dispatcher


class BotData:
    """`application.bot_data`: the Coach, set once by `bot.app.build_application`, and whether
    this process runs the dispatcher (tests drive it themselves)."""

    def __init__(self) -> None:
        self._coach: Coach | None = None
        self.run_dispatcher = True

    @property
    def coach(self) -> Coach:
        if self._coach is None:
            raise RuntimeError("the Coach is set when the application is built")
        return self._coach

    @coach.setter
    def coach(self, coach: Coach) -> None:
        self._coach = coach


class Context(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]):
    """The context each handler and job gets: PTB's own, with the Coach on it."""

    @property
    def coach(self) -> Coach:
        return self.bot_data.coach


def context_types() -> ContextTypes[Context, dict[Any, Any], dict[Any, Any], BotData]:
    return ContextTypes(context=Context, bot_data=BotData)
