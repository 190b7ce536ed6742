"""Every inline keyboard the bot shows, and the format of its callback data, parsed in one place.

Callback data is short and typed: `o:<reminder id>:<action>`, `i:<date>:<itch>`, `w:<date>`,
`set:<field>:<value>`, `menu:<field>`, `toggle:<kind>`, `pause:<days>`,
`c:<check-in id>:<step>:<value>` (or `c:<id>:resume`) and `del:yes|no`. `parse` turns it into
one of the presses below, or None for anything else (old, forged or garbled): the handler then
answers that the button no longer works.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.programme.checkin import QUESTIONS, SKIP, TRIGGERS, Question, options
from bot.programme.instruments import ITCH_MAX, POEM_CHOICES
from bot.programme.patterns import DAY_TRIGGERS
from bot.programme.planning import MAX_PAUSE_DAYS
from bot.programme.records import CheckinRow, OccurrenceRow, Participant
from bot.programme.schedule import KINDS, Kind
from bot.programme.settings import SETTINGS_FIELDS, Prompt, button_value_ok
from messages import t
from messages.words import tn

SNOOZE_MINUTES: Final = (30, 60, 180)
ACTIONS: Final = (
    "done",
    "skip",
    "later",
    "back",
    "glass",
    "info",
    *(f"s{m}" for m in SNOOZE_MINUTES),
)
PAUSE_CHOICES: Final[tuple[int, ...]] = (1, 3, 7, 14)
# Telegram allows 64 bytes of callback data; an id longer than this was never ours.
_MAX_DIGITS: Final = 18


# -- presses: what a button's data means -------------------------------------------------------


@dataclass(frozen=True)
class ReminderPress:
    occurrence_id: int
    action: str


@dataclass(frozen=True)
class ItchPress:
    day: dtm.date
    score: int


@dataclass(frozen=True)
class WaterPress:
    day: dtm.date


@dataclass(frozen=True)
class SetPress:
    """A choice in onboarding or /settings: a known field and a value it could have offered."""

    field: str
    value: str


@dataclass(frozen=True)
class SettingPress:
    """A choice in a /settings question (`cfg:`); onboarding's are SetPress (`set:`), so a
    leftover onboarding button is never taken for a change of settings."""

    field: str
    value: str


@dataclass(frozen=True)
class MenuPress:
    field: str  # a setting to ask about, or "back" (to the overview) or "done"


@dataclass(frozen=True)
class DayTriggerPress:
    """On the trigger list of a day: a trigger ticked or unticked, "open" (the list, from the
    evening message), "other" (the other of today and yesterday) or "done"."""

    day: dtm.date
    action: str


@dataclass(frozen=True)
class SummaryPress:
    """The summary for the doctor, with the person's own notes or without."""

    notes: bool


@dataclass(frozen=True)
class SwitchPress:
    """Consent given for the new "for whom": "adult" (yourself) or "parent" (your child)."""

    to: str


@dataclass(frozen=True)
class QuietPress:
    """The answer to "this would fall in your sleep window": move it, or keep it on purpose."""

    move: bool


@dataclass(frozen=True)
class FirstCheckinPress:
    """Right after onboarding: the first check-in now, or later today."""

    now: bool


@dataclass(frozen=True)
class TogglePress:
    kind: Kind


@dataclass(frozen=True)
class PausePress:
    days: int


@dataclass(frozen=True)
class CheckinPress:
    checkin_id: int
    resume: bool = False
    step: int | None = None  # None with resume False: not a question of this check-in
    value: str = ""


@dataclass(frozen=True)
class DeletePress:
    confirmed: bool


Press = (
    ReminderPress
    | ItchPress
    | WaterPress
    | SetPress
    | SettingPress
    | MenuPress
    | QuietPress
    | SwitchPress
    | DayTriggerPress
    | SummaryPress
    | FirstCheckinPress
    | TogglePress
    | PausePress
    | CheckinPress
    | DeletePress
)


def number(text: str, low: int, high: int) -> int | None:
    """ASCII digits only (not `²` or `①`, which `str.isdigit` accepts), within [low, high]."""
    if not (text.isascii() and text.isdigit()) or len(text) > _MAX_DIGITS:
        return None
    value = int(text)
    return value if low <= value <= high else None


def _date(text: str) -> dtm.date | None:
    try:
        return dtm.date.fromisoformat(text) if text.isascii() else None
    except ValueError:
        return None


_ID_MAX: Final = 2**63 - 1  # SQLite's largest integer


def parse(data: str) -> Press | None:
    """The one reader of callback data."""
    prefix, _, rest = data.partition(":")
    parts = rest.split(":")
    if prefix == "o" and len(parts) == 2:
        occurrence_id = number(parts[0], 0, _ID_MAX)
        if occurrence_id is not None and parts[1] in ACTIONS:
            return ReminderPress(occurrence_id, parts[1])
    elif prefix == "i" and len(parts) == 2:
        day, score = _date(parts[0]), number(parts[1], 0, ITCH_MAX)
        if day is not None and score is not None:
            return ItchPress(day, score)
    elif prefix == "w" and len(parts) == 1:
        day = _date(parts[0])
        if day is not None:
            return WaterPress(day)
    elif prefix == "set":
        field, sep, value = rest.partition(":")
        if sep and button_value_ok(field, value):
            return SetPress(field, value)
    elif prefix == "cfg":
        field, sep, value = rest.partition(":")
        if sep and field in SETTINGS_FIELDS and button_value_ok(field, value):
            return SettingPress(field, value)
    elif prefix == "menu" and (rest in SETTINGS_FIELDS or rest in ("back", "done")):
        return MenuPress(rest)
    elif prefix == "dt" and len(parts) == 2:
        day = _date(parts[0])
        if day is not None and parts[1] in (*DAY_TRIGGERS, "open", "other", "done"):
            return DayTriggerPress(day, parts[1])
    elif prefix == "sum" and rest in ("plain", "notes"):
        return SummaryPress(rest == "notes")
    elif prefix == "switch" and rest in ("adult", "parent"):
        return SwitchPress(rest)
    elif prefix == "quiet" and rest in ("move", "keep"):
        return QuietPress(rest == "move")
    elif prefix == "first" and rest in ("now", "later"):
        return FirstCheckinPress(rest == "now")
    elif prefix == "toggle":
        kind = next((k for k in KINDS if k == rest), None)
        if kind is not None:
            return TogglePress(kind)
    elif prefix == "pause":
        days = number(rest, 1, MAX_PAUSE_DAYS)
        if days is not None:
            return PausePress(days)
    elif prefix == "c" and len(parts) >= 2:
        checkin_id = number(parts[0], 0, _ID_MAX)
        if checkin_id is None:
            return None
        if parts[1] == "resume":
            return CheckinPress(checkin_id, resume=True)
        step = number(parts[1], 0, len(QUESTIONS)) if len(parts) == 3 else None
        return CheckinPress(checkin_id, step=step, value=parts[2] if step is not None else "")
    elif prefix == "del":
        return DeletePress(rest == "yes")
    return None


# -- building keyboards ------------------------------------------------------------------------


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data)


def choice_keyboard(
    options: Sequence[tuple[str, str]], *, per_row: int = 3
) -> InlineKeyboardMarkup:
    """Buttons (label, callback data) laid out `per_row` to a row."""
    buttons = [_button(label, data) for label, data in options]
    return InlineKeyboardMarkup([buttons[i : i + per_row] for i in range(0, len(buttons), per_row)])


def reminder_data(occurrence_id: int, action: str) -> str:
    return f"o:{occurrence_id}:{action}"


def occurrence_ids(markup: InlineKeyboardMarkup | None) -> list[int]:
    """The reminders a message carries, in row order, read back from its own buttons."""
    ids: list[int] = []
    if markup is None:
        return ids
    for row in markup.inline_keyboard:
        for button in row:
            press = parse(str(button.callback_data or ""))
            if isinstance(press, ReminderPress) and press.occurrence_id not in ids:
                ids.append(press.occurrence_id)
    return ids


def reminder_row(
    language: str,
    row: OccurrenceRow,
    *,
    at: str,
    later_open: bool = False,
    labelled: bool,
    glasses: int = 0,
) -> list[InlineKeyboardButton]:
    """One row per reminder: its actions, or what was recorded; the +1 glass shows the day's
    count so far, so the tap is seen on the message it was made on."""
    label = t(language, f"kind.{row.kind}")
    glass = (
        t(language, "button.glass_so_far", n=glasses) if glasses else t(language, "button.glass")
    )
    if row.answer == "done":
        recorded = _button(
            t(language, "button.recorded_done", label=label), reminder_data(row.id, "info")
        )
        if row.kind == "hydration":
            # Water is counted in glasses: the counter stays one tap away all day.
            return [recorded, _button(glass, reminder_data(row.id, "glass"))]
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
        first = _button(glass, reminder_data(row.id, "glass"))
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
    glasses: int = 0,
) -> InlineKeyboardMarkup:
    """One row per reminder; the evening message adds the day's worst-itch scale (0-10) and
    a way to note what was noticed that day."""
    labelled = len(rows) > 1
    keyboard = [
        reminder_row(
            language,
            row,
            at=times[row.id],
            later_open=row.id == later_open,
            labelled=labelled,
            glasses=glasses,
        )
        for row in rows
    ]
    day, current = itch
    if day is not None:
        scale = [
            _button(f"✓{n}" if n == current else str(n), itch_data(day, n))
            for n in range(ITCH_MAX + 1)
        ]
        keyboard += [scale[:6], scale[6:]]
        keyboard.append([_button(t(language, "button.noticed"), f"dt:{day}:open")])
    return InlineKeyboardMarkup(keyboard)


def itch_data(day: dtm.date, score: int) -> str:
    return f"i:{day.isoformat()}:{score}"


def water_keyboard(language: str, day: dtm.date) -> InlineKeyboardMarkup:
    """+1 glass under /today, counted for the day the list was made."""
    return choice_keyboard([(t(language, "button.glass"), f"w:{day.isoformat()}")])


def prompt_keyboard(
    field: str, prompt: Prompt, *, settings: bool = False, language: str = "nl"
) -> InlineKeyboardMarkup:
    """An onboarding question's choices (`set:`), or a settings question's (`cfg:`) with a
    way back to the overview."""
    prefix = "cfg" if settings else "set"
    markup = choice_keyboard(
        [(label, f"{prefix}:{field}:{value}") for label, value in prompt.choices],
        per_row=prompt.per_row,
    )
    if not settings:
        return markup
    back = [_button(t(language, "button.back"), "menu:back")]
    return InlineKeyboardMarkup([*markup.inline_keyboard, back])


def day_triggers_keyboard(
    language: str, day: dtm.date, noted: set[str], other_day: str
) -> InlineKeyboardMarkup:
    """The suspected triggers of one day, ticked as noted; the other day and Done."""
    options = [
        (
            ("✓ " if trigger in noted else "") + t(language, f"trigger.{trigger}"),
            f"dt:{day}:{trigger}",
        )
        for trigger in DAY_TRIGGERS
    ]
    rows = [options[i : i + 3] for i in range(0, len(options), 3)]
    rows.append(
        [(other_day, f"dt:{day}:other"), (t(language, "button.triggers_done"), f"dt:{day}:done")]
    )
    return InlineKeyboardMarkup([[_button(label, data) for label, data in row] for row in rows])


def summary_keyboard(language: str) -> InlineKeyboardMarkup:
    return choice_keyboard(
        [
            (t(language, "button.summary_plain"), "sum:plain"),
            (t(language, "button.summary_notes"), "sum:notes"),
        ],
        per_row=2,
    )


def switch_keyboard(language: str, to: str) -> InlineKeyboardMarkup:
    """Consent for the data of whom the bot will be about, or back to the overview."""
    return choice_keyboard(
        [
            (t(language, "button.consent_yes"), f"switch:{to}"),
            (t(language, "button.back"), "menu:back"),
        ],
        per_row=2,
    )


def quiet_keyboard(language: str) -> InlineKeyboardMarkup:
    return choice_keyboard(
        [
            (t(language, "button.quiet_move"), "quiet:move"),
            (t(language, "button.quiet_keep"), "quiet:keep"),
            (t(language, "button.back"), "menu:back"),
        ],
        per_row=2,
    )


def first_checkin_keyboard(language: str, later: str) -> InlineKeyboardMarkup:
    """Now, or later (the label says when)."""
    return choice_keyboard(
        [(t(language, "button.first_now"), "first:now"), (later, "first:later")], per_row=2
    )


def settings_keyboard(participant: Participant) -> InlineKeyboardMarkup:
    """A button per setting, and one per reminder kind to switch it on or off."""
    language = participant.language
    options = [(t(language, f"button.set_{field}"), f"menu:{field}") for field in SETTINGS_FIELDS]
    options += [
        (
            t(
                language,
                "button.toggle",
                label=t(language, f"kind.{kind}"),
                state=t(language, "state.on" if participant.enabled(kind) else "state.off"),
            ),
            f"toggle:{kind}",
        )
        for kind in KINDS
    ]
    options.append((t(language, "button.settings_done"), "menu:done"))
    return choice_keyboard(options, per_row=2)


def pause_keyboard(language: str) -> InlineKeyboardMarkup:
    options = [(tn(language, "button.pause", d), f"pause:{d}") for d in PAUSE_CHOICES]
    return choice_keyboard(options, per_row=2)


def delete_keyboard(language: str) -> InlineKeyboardMarkup:
    return choice_keyboard(
        [(t(language, "button.delete_yes"), "del:yes"), (t(language, "button.cancel"), "del:no")],
        per_row=2,
    )


def _choice_label(language: str, question: Question, value: str, child: bool = False) -> str:
    if question.kind == "poem":
        suffix = dict(POEM_CHOICES)[int(value)]
        return t(language, f"checkin.poem.{suffix}")
    if question.kind == "sleep":
        ends = {"8": "≤8", "13": "≥13"} if child else {"4": "≤4", "9": "≥9"}
        return ends.get(value, value)
    return value


def checkin_keyboard(language: str, checkin: CheckinRow) -> InlineKeyboardMarkup:
    """The buttons of the check-in's current question (a multi-select for triggers)."""
    question = QUESTIONS[checkin.step]
    data = f"c:{checkin.id}:{checkin.step}:"
    buttons: list[tuple[str, str]] = []
    if question.kind == "triggers":
        selected = checkin.trigger_set()
        for trigger in TRIGGERS:
            mark = "✓ " if trigger in selected else ""
            buttons.append((mark + t(language, f"trigger.{trigger}"), f"{data}t-{trigger}"))
        buttons.append((t(language, "button.triggers_none"), f"{data}none"))
        buttons.append((t(language, "button.triggers_done"), f"{data}done"))
        per_row = 3
    else:
        child = checkin.for_child
        buttons = [
            (_choice_label(language, question, v, child), data + v)
            for v in options(question, child)
        ]
        per_row = {"poem": 3, "days": 4, "sleep": 3, "stress": 6}.get(question.kind, 2)
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    tail = [
        (t(language, "button.skip_question"), data + SKIP),
        (t(language, "button.pause_checkin"), data + "pause"),
    ]
    rows.append(tail)
    return InlineKeyboardMarkup([[_button(label, d) for label, d in row] for row in rows])


def resume_checkin_keyboard(language: str, checkin_id: int) -> InlineKeyboardMarkup:
    return choice_keyboard([(t(language, "button.continue"), f"c:{checkin_id}:resume")])
