"""What the bot recorded in answer to one thing the demo's participant did: the difference
between what is stored about them before and after it (`Store.export`), in the words of their
`/export`. The demo says it back when the bot's own reply does not show it, so that a typed
"3" that became "3–4 days" is seen at once.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from bot.programme.answers import fold
from bot.programme.checkin import NO_TRIGGERS, QUESTIONS
from bot.programme.kinds import DECLARED, KINDS, TIME_COLUMNS
from bot.programme.records import DONE, SKIPPED
from messages import t
from messages.words import weekday_label

# The person's own settings, as `/export` lists them (not the bot's bookkeeping, nor the
# consent text's version: its time is what the demo shows, in UTC as stored).
SETTINGS = (
    "language",
    "timezone",
    "wake",
    "bed",
    *TIME_COLUMNS,
    "hydration_count",
    *(declared.enabled_column for declared in DECLARED),
    "checkin_day",
    "checkin_time",
    "age_group",
    "consent_at",
)
# The answers of a check-in, in the order they are asked.
ANSWERS = tuple(question.key for question in QUESTIONS)

# The label a check-in answer had on its button: (check-in id, question key, stored value).
ChoiceLabel = Callable[[int, str, Any], str | None]


@dataclass(frozen=True)
class Recorded:
    """One thing stored: what it is (the export's column name) and its value in words; a list
    of ticked triggers is several words."""

    what: str
    values: tuple[str, ...]

    def line(self) -> str:
        return f"{self.what}: {', '.join(self.values)}"

    def shown_in(self, visible: str) -> bool:
        """Whether each of its words can be read in `visible` (word for word, any case)."""
        haystack = f" {fold(visible)} "
        return all(f" {fold(value)} " in haystack for value in self.values if fold(value))


def recorded(
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    choice_label: ChoiceLabel,
) -> list[Recorded]:
    """What changed between two exports of one person; nothing when they did not exist before
    or after (the first /start, /delete): the bot says those itself."""
    if not before or not after or before["participant"] is None or after["participant"] is None:
        return []
    person = after["participant"]
    language, zone = str(person["language"]), ZoneInfo(person["timezone"])
    found: list[Recorded] = []

    def col(key: str) -> str:
        return t(language, f"export.col.{key}")

    old = before["participant"]
    for key in SETTINGS:
        if key in person and old.get(key) != person[key] and person[key] is not None:
            found.append(Recorded(col(key), (_setting(language, key, person[key]),)))

    earlier = {row["id"]: row for row in before["checkins"]}
    for row in after["checkins"]:
        was = earlier.get(row["id"], {})
        for key in ANSWERS:
            value = row.get(key)
            if value in (None, "", ()) or was.get(key) == value:
                continue
            if key == "triggers":  # the names ticked, in the order stored
                words = tuple(
                    t(language, "export.triggers_none" if n == NO_TRIGGERS else f"trigger.{n}")
                    for n in value
                )
                found.append(Recorded(col(key), words))
            else:
                shown = choice_label(row["id"], key, value) or _plain(value)
                found.append(Recorded(col(key), (shown,)))

    reminders = {_occurrence(r): r for r in before["reminders"]}
    for row in after["reminders"]:
        was = reminders.get(_occurrence(row))
        answer = row["answer"]
        if row["kind"] not in KINDS or answer not in (DONE, SKIPPED):
            continue
        if was is None or was["answer"] != answer:
            due = row["due_at"].astimezone(zone)
            what = f"{t(language, 'kind.' + str(row['kind']))} ({due:%H:%M})"
            found.append(Recorded(what, (t(language, f"status.{answer}"),)))

    glasses = {row["local_date"]: row["glasses"] for row in before["water"]}
    for row in after["water"]:
        if glasses.get(row["local_date"]) != row["glasses"]:
            found.append(Recorded(col("glasses"), (str(row["glasses"]),)))

    itch = {row["local_date"]: row["score"] for row in before["itch"]}
    for row in after["itch"]:
        if itch.get(row["local_date"]) != row["score"]:
            found.append(Recorded(col("score"), (str(row["score"]),)))

    noted = {(row["local_date"], row["trigger"]) for row in before["triggers"]}
    for row in after["triggers"]:
        if (row["local_date"], row["trigger"]) not in noted:
            found.append(Recorded(col("trigger"), (t(language, f"trigger.{row['trigger']}"),)))
    return found


def _occurrence(row: dict[str, Any]) -> tuple[str, int, str]:
    return (str(row["kind"]), int(row["slot"]), str(row["local_date"]))


def _plain(value: Any) -> str:
    """7.0 hours is "7"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _setting(language: str, key: str, value: Any) -> str:
    if key.endswith("_on"):
        return t(language, "state.on" if value else "state.off")
    if key == "checkin_day":
        return weekday_label(language, int(value))
    if key == "language":
        return t(str(value), "language.name")
    if isinstance(value, dtm.datetime):  # the consent's moment, in UTC as stored
        return value.isoformat()
    return _plain(value)
