"""Inline keyboards and their callback data; the data is short, typed and parsed in one place."""

from __future__ import annotations

import datetime as dtm
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.storage import OccurrenceRow
from messages import t

SNOOZE_MINUTES = (30, 60, 180)
ACTIONS = ("done", "skip", "later", "back", "glass", "info", *(f"s{m}" for m in SNOOZE_MINUTES))


@dataclass(frozen=True)
class ReminderPress:
    occurrence_id: int
    action: str


def reminder_data(occurrence_id: int, action: str) -> str:
    return f"o:{occurrence_id}:{action}"


def parse_reminder_data(data: str) -> ReminderPress | None:
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != "o" or not parts[1].isdigit() or parts[2] not in ACTIONS:
        return None
    return ReminderPress(int(parts[1]), parts[2])


def occurrence_ids(markup: InlineKeyboardMarkup | None) -> list[int]:
    """The reminders a message carries, in row order, read back from its own buttons."""
    ids: list[int] = []
    if markup is None:
        return ids
    for row in markup.inline_keyboard:
        for button in row:
            press = parse_reminder_data(str(button.callback_data or ""))
            if press and press.occurrence_id not in ids:
                ids.append(press.occurrence_id)
    return ids


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data)


def reminder_row(
    language: str, row: OccurrenceRow, *, at: str, later_open: bool = False, labelled: bool
) -> list[InlineKeyboardButton]:
    """One row per reminder: its actions, or what was recorded."""
    label = t(language, f"kind.{row.kind}")
    if row.answer == "done":
        recorded = _button(
            t(language, "button.recorded_done", label=label), reminder_data(row.id, "info")
        )
        if row.kind == "hydration":
            # Water is counted in glasses: the counter stays one tap away all day.
            return [recorded, _button(t(language, "button.glass"), reminder_data(row.id, "glass"))]
        return [recorded]
    if row.answer == "skipped":
        return [
            _button(
                t(language, "button.recorded_skipped", label=label), reminder_data(row.id, "info")
            )
        ]
    if row.status == "planned" and row.snoozes:
        return [
            _button(
                t(language, "button.recorded_snoozed", label=label, at=at),
                reminder_data(row.id, "info"),
            )
        ]
    if later_open:
        return [
            *(
                _button(t(language, f"button.snooze_{m}"), reminder_data(row.id, f"s{m}"))
                for m in SNOOZE_MINUTES
            ),
            _button(t(language, "button.back"), reminder_data(row.id, "back")),
        ]
    if row.kind == "hydration":
        first = _button(t(language, "button.glass"), reminder_data(row.id, "glass"))
    else:
        done_label = "button.done_item" if labelled else "button.done"
        first = _button(t(language, done_label, label=label), reminder_data(row.id, "done"))
    return [
        first,
        _button(t(language, "button.later"), reminder_data(row.id, "later")),
        _button(t(language, "button.skip"), reminder_data(row.id, "skip")),
    ]


def reminder_keyboard(
    language: str,
    rows: Sequence[OccurrenceRow],
    times: dict[int, str],
    later_open: int | None = None,
    itch: tuple[dtm.date | None, int | None] = (None, None),
) -> InlineKeyboardMarkup:
    """One row per reminder; the evening message adds the day's worst-itch scale (0-10)."""
    labelled = len(rows) > 1
    keyboard = [
        reminder_row(
            language, row, at=times[row.id], later_open=row.id == later_open, labelled=labelled
        )
        for row in rows
    ]
    day, current = itch
    if day is not None:
        scale = [_button(f"✓{n}" if n == current else str(n), itch_data(day, n)) for n in range(11)]
        keyboard += [scale[:6], scale[6:]]
    return InlineKeyboardMarkup(keyboard)


def itch_data(day: dtm.date, score: int) -> str:
    return f"i:{day.isoformat()}:{score}"


def parse_itch_data(data: str) -> tuple[dtm.date, int] | None:
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != "i" or not parts[2].isdigit():
        return None
    try:
        day = dtm.date.fromisoformat(parts[1])
    except ValueError:
        return None
    score = int(parts[2])
    return (day, score) if 0 <= score <= 10 else None


def choice_keyboard(
    options: Sequence[tuple[str, str]], *, per_row: int = 3
) -> InlineKeyboardMarkup:
    """Buttons (label, callback data) laid out `per_row` to a row."""
    buttons = [_button(label, data) for label, data in options]
    return InlineKeyboardMarkup([buttons[i : i + per_row] for i in range(0, len(buttons), per_row)])
