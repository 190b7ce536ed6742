"""The embedded Telegram Bot API server (tests, benchmark, `make demo`): `FakeBotApi`, and the
people and messages it deals in."""

from bot.botapi.model import TOKEN, ApiCall, Fault, RateLimit, SentMessage, Upload, User
from bot.botapi.server import FakeBotApi

__all__ = ["TOKEN", "ApiCall", "FakeBotApi", "Fault", "RateLimit", "SentMessage", "Upload", "User"]
