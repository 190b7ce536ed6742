"""What every handler is given: the settings, the store, the clock and the dispatcher, kept in
`application.bot_data` under one typed key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import CallbackContext, ExtBot

from bot.config import Settings
from bot.storage import Store
from jobs.clock import Clock
from jobs.dispatcher import Dispatcher

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
