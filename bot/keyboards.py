"""Every inline keyboard the bot shows: the choices the rules name (bot/programme), laid out
in rows, each button's data written by its press class (bot/callbacks.py)."""

from __future__ import annotations

import datetime as dtm
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import (
    SNOOZE_MINUTES,
    AgreePress,
    CheckinPress,
    DeletePress,
    FirstPress,
    FixPress,
    ItchDayPress,
    ItchPress,
    MenuPress,
    OfferPress,
    OnboardPress,
    PausePress,
    PickerPress,
    Press,
    QuietPress,
    ReminderAction,
    ReminderPress,
    ReplacePress,
    ResumePress,
    RhythmPress,
    SettingPress,
    SummaryPress,
    SwitchPress,
    TickPress,
    TogglePress,
    TreatmentDailyPress,
    TreatmentEndPress,
    TreatmentForPress,
    TreatmentPress,
    TreatmentSincePress,
    TreatmentStoppedPress,
    TreatmentUsePress,
    WaterPress,
)
from bot.programme.checkin import (
    FIXABLE,
    PER_ROW,
    QUESTIONS,
    always,
    answer_label,
    choices,
    options,
)
from bot.programme.instruments import ITCH_MAX
from bot.programme.kinds import KINDS, Kind
from bot.programme.picker import picker_choices
from bot.programme.records import (
    DONE,
    PLANNED,
    SKIPPED,
    CheckinRow,
    OccurrenceRow,
    Participant,
)
from bot.programme.settings import Prompt, prompt, settings_fields
from bot.programme.treatment import MAX_ACTIVE, PURPOSES, TreatmentRow
from messages import t
from messages.words import tn

PAUSE_CHOICES: tuple[int, ...] = (1, 3, 7, 14)
STILL_THERE_PAUSE = 14  # the pause offered under a reminder after a silent week


def _button(label: str, press: Press) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=press.data)


def _rows(
    buttons: Sequence[InlineKeyboardButton], per_row: int
) -> list[list[InlineKeyboardButton]]:
    return [list(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)]


def _keyboard(options: Sequence[tuple[str, Press]], per_row: int) -> InlineKeyboardMarkup:
    """Buttons (label, press) laid out `per_row` to a row."""
    return InlineKeyboardMarkup(_rows([_button(label, p) for label, p in options], per_row))


def occurrence_ids(markup: InlineKeyboardMarkup | None) -> list[int]:
    """The reminders a message carries, in row order, read back from its own buttons."""
    ids: list[int] = []
    for row in markup.inline_keyboard if markup is not None else ():
        for button in row:
            press = ReminderPress.parse(str(button.callback_data or ""))
            if press is not None and press.occurrence_id not in ids:
                ids.append(press.occurrence_id)
    return ids


def reminder_row(
    language: str,
    row: OccurrenceRow,
    *,
    at: str,
    later: Sequence[tuple[str, ReminderAction]] | None = None,
    labelled: bool,
    glasses: int = 0,
    undo: bool = False,
) -> list[InlineKeyboardButton]:
    """One row per reminder: its actions, or what was recorded; `later`: the snoozes that
    fit before bed (and what to do instead of the others), shown after "Later" is tapped.
    The +1 glass shows the day's count so far, so the tap is seen on its message. With
    `undo` (the reminder's own day), an answer can be taken back, but for water's glasses."""
    label = t(language, f"kind.{row.kind}")

    def press(action: ReminderAction) -> ReminderPress:
        return ReminderPress(row.id, action)

    glass = (
        t(language, "button.glass_so_far", n=glasses) if glasses else t(language, "button.glass")
    )
    take_back = [_button(t(language, "button.undo"), press("undo"))] if undo else []
    if row.answer == DONE:
        recorded = _button(t(language, "button.recorded_done", label=label), press("info"))
        if row.kind == "hydration":
            # Water is counted in glasses: the counter stays one tap away all day.
            return [recorded, _button(glass, press("glass"))]
        return [recorded, *take_back]
    if row.answer == SKIPPED:
        recorded = _button(t(language, "button.recorded_skipped", label=label), press("info"))
        return [recorded, *take_back]
    if row.status == PLANNED and row.snoozes:
        return [_button(t(language, "button.recorded_snoozed", label=label, at=at), press("info"))]
    if later is not None:
        return [
            *(_button(text, press(action)) for text, action in later),
            _button(t(language, "button.back"), press("back")),
        ]
    if row.kind == "hydration":
        first = _button(glass, press("glass"))
    else:
        done_label = "button.done_item" if labelled else "button.done"
        first = _button(t(language, done_label, label=label), press("done"))
    return [
        first,
        _button(t(language, "button.later"), press("later")),
        _button(t(language, "button.skip"), press("skip")),
    ]


def snooze_labels(language: str) -> dict[ReminderAction, str]:
    actions: tuple[ReminderAction, ...] = ("s30", "s60", "s180")
    return {
        a: t(language, f"button.snooze_{m}") for a, m in zip(actions, SNOOZE_MINUTES, strict=True)
    }


def reminder_keyboard(
    language: str,
    rows: Sequence[OccurrenceRow],
    times: dict[int, str],
    later: tuple[int, Sequence[tuple[str, ReminderAction]]] | None = None,
    itch: tuple[dtm.date | None, int | None] = (None, None),
    glasses: int = 0,
    still_there: bool = False,
    undo_day: dtm.date | None = None,
    treatments: Sequence[tuple[TreatmentRow, bool]] = (),
) -> InlineKeyboardMarkup:
    """One row per reminder; the evening message adds the day's worst-itch scale (0-10) and
    a way to note what was noticed that day; after a silent week, carry on, pause or stop."""
    labelled = len(rows) > 1
    keyboard = [
        reminder_row(
            language,
            row,
            at=times[row.id],
            later=later[1] if later is not None and later[0] == row.id else None,
            labelled=labelled,
            glasses=glasses,
            undo=row.local_date == undo_day,
        )
        for row in rows
    ]
    day, current = itch
    if day is not None:
        keyboard += itch_scale(day, current)
        keyboard.append([_button(t(language, "button.noticed"), PickerPress(day, "open"))])
        # "Used it today?" for each treatment the person asked to be asked about each evening.
        for row, used in treatments:
            key = "button.treatment_used" if used else "button.treatment_use"
            label = t(language, key, name=row.name)
            keyboard.append([_button(label, TreatmentUsePress(row.id, day))])
    if still_there:
        keyboard.append(
            [
                _button(t(language, "button.carry_on"), RhythmPress(True)),
                _button(t(language, "button.rest_pause"), PausePress(STILL_THERE_PAUSE)),
                _button(t(language, "button.stop"), RhythmPress(False)),
            ]
        )
    return InlineKeyboardMarkup(keyboard)


def itch_keyboard(
    language: str, day: dtm.date, current: int | None, other: dtm.date | None, other_is_today: bool
) -> InlineKeyboardMarkup:
    """/itch: the day's worst-itch scale (0-10, the value given marked) and the other day, if
    there is one (on the first day there is no yesterday)."""
    rows = itch_scale(day, current)
    if other is not None:
        switch = "button.itch_today" if other_is_today else "button.itch_yesterday"
        rows.append([_button(t(language, switch), ItchDayPress(other))])
    return InlineKeyboardMarkup(rows)


def itch_scale(day: dtm.date, current: int | None) -> list[list[InlineKeyboardButton]]:
    """A day's worst-itch scale, 0-10 in two rows, the value given so far marked."""
    scale = [
        _button(f"✓{n}" if n == current else str(n), ItchPress(day, n)) for n in range(ITCH_MAX + 1)
    ]
    return [scale[:6], scale[6:]]


def water_keyboard(language: str, day: dtm.date) -> InlineKeyboardMarkup:
    """+1 glass under /today, counted for the day the list was made."""
    return _keyboard([(t(language, "button.glass"), WaterPress(day))], 1)


def prompt_keyboard(
    field: str, prompt: Prompt, *, settings: bool = False, language: str = "nl"
) -> InlineKeyboardMarkup:
    """An onboarding question's choices, or a settings question's with a way back to the
    overview."""
    options: list[tuple[str, Press]] = [
        (label, SettingPress(field, value) if settings else OnboardPress(field, value))
        for label, value in prompt.choices
    ]
    markup = _keyboard(options, prompt.per_row)
    if not settings:
        return markup
    back = [_button(t(language, "button.back"), MenuPress("back"))]
    return InlineKeyboardMarkup([*markup.inline_keyboard, back])


def setting_question(participant: Participant, field: str) -> tuple[str, InlineKeyboardMarkup]:
    """A settings question: its text, and its choices with a way back to the overview."""
    asked = prompt(participant, field, onboarding=False)
    markup = prompt_keyboard(field, asked, settings=True, language=participant.language)
    return asked.text, markup


def day_triggers_keyboard(
    language: str, day: dtm.date, noted: set[str], other_day: str
) -> InlineKeyboardMarkup:
    """The suspected triggers of one day, ticked as noted; the other day and Done."""
    options = [
        (label, TickPress(day, trigger)) for label, trigger in picker_choices(language, noted)
    ]
    rows = _rows([_button(label, p) for label, p in options], 3)
    rows.append(
        [
            _button(other_day, PickerPress(day, "swap")),
            _button(t(language, "button.triggers_done"), PickerPress(day, "done")),
        ]
    )
    return InlineKeyboardMarkup(rows)


def summary_keyboard(language: str) -> InlineKeyboardMarkup:
    return _keyboard(
        [
            (t(language, "button.summary_plain"), SummaryPress(False)),
            (t(language, "button.summary_notes"), SummaryPress(True)),
        ],
        2,
    )


def switch_keyboard(language: str, to: str) -> InlineKeyboardMarkup:
    """Consent for the data of whom the bot will be about, or back to the overview."""
    return _keyboard(
        [
            (t(language, "button.consent_yes"), SwitchPress(to)),
            (t(language, "button.back"), MenuPress("back")),
        ],
        2,
    )


def offer_keyboard(language: str, kind: Kind, at: str) -> InlineKeyboardMarkup:
    """A kind that is off, offered once: on at `at`, at another time, or no thanks."""
    return _keyboard(
        [
            (t(language, "button.offer_yes", at=at), OfferPress(kind, "yes")),
            (t(language, "button.offer_time"), OfferPress(kind, "time")),
            (t(language, "button.offer_no"), OfferPress(kind, "no")),
        ],
        1,
    )


def quiet_keyboard(language: str) -> InlineKeyboardMarkup:
    return _keyboard(
        [
            (t(language, "button.quiet_move"), QuietPress(True)),
            (t(language, "button.quiet_keep"), QuietPress(False)),
            (t(language, "button.back"), MenuPress("back")),
        ],
        2,
    )


def first_checkin_keyboard(language: str, later: str) -> InlineKeyboardMarkup:
    """Now, or later (the label says when)."""
    return _keyboard(
        [(t(language, "button.first_now"), FirstPress(True)), (later, FirstPress(False))], 2
    )


def replace_keyboard(language: str) -> InlineKeyboardMarkup:
    return _keyboard(
        [
            (t(language, "button.replace_yes"), ReplacePress(True)),
            (t(language, "button.replace_no"), ReplacePress(False)),
        ],
        1,
    )


def settings_choices(participant: Participant) -> list[tuple[str, MenuPress | TogglePress]]:
    """The overview's buttons: a setting each, a reminder kind each (on or off), and Done."""
    language = participant.language
    options: list[tuple[str, MenuPress | TogglePress]] = [
        (t(language, f"button.set_{field}"), MenuPress(field))
        for field in settings_fields(participant)
    ]
    options += [
        (
            t(
                language,
                "button.toggle",
                label=t(language, f"kind.{kind}"),
                state=t(language, "state.on" if participant.enabled(kind) else "state.off"),
            ),
            TogglePress(kind),
        )
        for kind in KINDS
    ]
    options.append((t(language, "button.settings_done"), MenuPress("done")))
    return options


def settings_keyboard(participant: Participant) -> InlineKeyboardMarkup:
    options: list[tuple[str, Press]] = list(settings_choices(participant))
    return _keyboard(options, 2)


def pause_keyboard(language: str) -> InlineKeyboardMarkup:
    return _keyboard([(tn(language, "button.pause", d), PausePress(d)) for d in PAUSE_CHOICES], 2)


def agree_keyboard(language: str) -> InlineKeyboardMarkup:
    """A changed consent text: agree, or not."""
    return _keyboard(
        [
            (t(language, "button.consent_yes"), AgreePress(True)),
            (t(language, "button.consent_no"), AgreePress(False)),
        ],
        2,
    )


def delete_keyboard(language: str) -> InlineKeyboardMarkup:
    return _keyboard(
        [
            (t(language, "button.delete_export"), DeletePress("export")),
            (t(language, "button.delete_yes"), DeletePress("yes")),
            (t(language, "button.cancel"), DeletePress("no")),
        ],
        1,
    )


def checkin_keyboard(language: str, checkin: CheckinRow) -> InlineKeyboardMarkup:
    """The buttons of the check-in's current question (a multi-select for triggers), then
    skip and carry on later."""
    question = QUESTIONS[checkin.step]

    def press(value: str) -> CheckinPress:
        return CheckinPress(checkin.id, checkin.step, value)

    answers = [_button(label, press(value)) for label, value in choices(language, checkin)]
    rows = _rows(answers, PER_ROW[question.kind])
    rows.append([_button(label, press(value)) for label, value in always(language)])
    return InlineKeyboardMarkup(rows)


def resume_checkin_keyboard(language: str, checkin_id: int) -> InlineKeyboardMarkup:
    return _keyboard([(t(language, "button.continue"), ResumePress(checkin_id))], 1)


def fix_offer_keyboard(language: str, checkin_id: int) -> InlineKeyboardMarkup:
    """Under a check-in's result: change one answer (for a day)."""
    return _keyboard([(t(language, "button.fix"), FixPress(checkin_id))], 1)


def fix_questions_keyboard(language: str, checkin: CheckinRow) -> InlineKeyboardMarkup:
    """Which answer to change: each scored or counted question with what it holds now."""
    buttons = []
    for step in FIXABLE:
        key = QUESTIONS[step].key
        now = answer_label(language, step, getattr(checkin, key), checkin.for_child)
        label = t(language, "button.fix_item", label=t(language, f"export.col.{key}"), now=now)
        buttons.append((label, FixPress(checkin.id, step)))
    return _keyboard(buttons, 2)


def fix_choices_keyboard(language: str, checkin: CheckinRow, step: int) -> InlineKeyboardMarkup:
    """The choices of question `step`, to put in place of its answer."""
    question = QUESTIONS[step]
    buttons = [
        (answer_label(language, step, value, checkin.for_child), FixPress(checkin.id, step, value))
        for value in options(question, checkin.for_child)
    ]
    return _keyboard(buttons, PER_ROW[question.kind])


def treatment_keyboard(language: str, active: int) -> InlineKeyboardMarkup:
    """/treatment's list: add one (while fewer than MAX_ACTIVE are in use), mark one stopped."""
    rows = []
    if active < MAX_ACTIVE:
        rows.append([_button(t(language, "button.treatment_add"), TreatmentPress("add"))])
    if active:
        rows.append([_button(t(language, "button.treatment_daily"), TreatmentPress("daily"))])
        rows.append([_button(t(language, "button.treatment_stop"), TreatmentPress("stop"))])
    return InlineKeyboardMarkup(rows)


def treatment_daily_keyboard(language: str, active: Sequence[TreatmentRow]) -> InlineKeyboardMarkup:
    """Which ones the evening message asks about ("used it today?"): each on or off."""
    rows = [
        [_button(f"{'☑' if x.daily else '☐'} {x.name}", TreatmentDailyPress(x.id))] for x in active
    ]
    rows.append([_button(t(language, "button.treatment_back"), TreatmentPress("back"))])
    return InlineKeyboardMarkup(rows)


def treatment_purpose_keyboard(language: str, treatment_id: int) -> InlineKeyboardMarkup:
    """What the treatment being added is for."""
    return InlineKeyboardMarkup(
        [
            [
                _button(t(language, f"treatment.for.{p}"), TreatmentForPress(treatment_id, p))
                for p in PURPOSES
            ]
        ]
    )


def treatment_since_keyboard(language: str, treatment_id: int) -> InlineKeyboardMarkup:
    """Since when: today (another day is typed)."""
    return InlineKeyboardMarkup(
        [[_button(t(language, "button.treatment_today"), TreatmentSincePress(treatment_id))]]
    )


def treatment_stopped_keyboard(language: str, treatment_id: int) -> InlineKeyboardMarkup:
    """Since when it is no longer used: today (another day is typed)."""
    return InlineKeyboardMarkup(
        [[_button(t(language, "button.treatment_today"), TreatmentStoppedPress(treatment_id))]]
    )


def treatment_stop_keyboard(language: str, active: Sequence[TreatmentRow]) -> InlineKeyboardMarkup:
    """Which one stopped (since when is asked next), or back to the list."""
    rows = [[_button(x.name, TreatmentEndPress(x.id))] for x in active]
    rows.append([_button(t(language, "button.treatment_back"), TreatmentPress("back"))])
    return InlineKeyboardMarkup(rows)
