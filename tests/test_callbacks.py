"""The callback grammar holds for every keyboard the bot can show: each button's data is read
back by its class as the same press, no two buttons of one keyboard share data (as "Iets
anders" and "Gisteren" once did), and exactly one handler of the real Application takes it.

The keyboards are drawn by bot/keyboards.py for people in every state it distinguishes: nl
and en, an adult and a parent, each onboarding and settings question, each check-in step with
and without ticks, reminders in each state with "Later" open (before bedtime and close to it).
A new keyboard function without a place here fails the first test.
"""

from __future__ import annotations

import dataclasses
import datetime as dtm
import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr
from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram import User as TelegramUser
from telegram.ext import CallbackQueryHandler

from bot import keyboards
from bot.app import build_application
from bot.botapi import TOKEN
from bot.callbacks import PRESSES, ReminderAction, parse
from bot.config import Settings
from bot.programme.checkin import FIXABLE, TOTAL
from bot.programme.kinds import CHOSEN, DEFAULT_ON
from bot.programme.records import (
    About,
    CheckinRow,
    OccurrenceRow,
    OccurrenceStatus,
    Participant,
    ReminderAnswer,
)
from bot.programme.settings import ASKED_IN_SETTINGS, STEPS, prompt
from bot.programme.times import from_epoch
from bot.programme.treatment import MAX_ACTIVE, TreatmentRow
from bot.storage import Store

DAY = dtm.date(2026, 11, 23)
ADULT = Participant(
    id=1,
    language="nl",
    status="active",
    step="done",
    age_group="adult",
    consent_version=None,
    consent_at=None,
    timezone="Europe/Amsterdam",
    wake="07:00",
    bed="23:00",
    hydration_count=4,
    reminders_on=DEFAULT_ON,
    times={"probiotic": "08:00", "fibre": "17:30"},
    start_date=dtm.date(2026, 11, 23),
    paused_until=None,
    planned_through=None,
    next_plan_at=None,
    created_at=dtm.datetime(1970, 1, 1, tzinfo=dtm.UTC),
    checkin_day=6,
    checkin_time="19:00",
)


def people() -> Iterator[Participant]:
    for language in ("nl", "en"):
        for age in ("adult", "parent"):
            for on in (0, 1):
                kinds = DEFAULT_ON - ({"probiotic", "hydration"} if not on else set())
                yield dataclasses.replace(
                    ADULT, language=language, age_group=age, reminders_on=kinds
                )


BLANK = CheckinRow(
    7, 1, "weekly", DAY, from_epoch(0), from_epoch(1), "open", 0,
    None, None, None, None, None, None, None, None, None, None, None, None,
    frozenset(), None, None, None,
)  # fmt: skip


def checkin(step: int, triggers: frozenset[str] = frozenset(), about: About = "self") -> CheckinRow:
    return dataclasses.replace(BLANK, step=step, triggers=triggers, about=about)


def reminder(
    kind: str, status: OccurrenceStatus, answer: ReminderAnswer | None, snoozes: int = 0
) -> OccurrenceRow:
    due = from_epoch(1_800_000_000)
    row = OccurrenceRow(11, 1, "probiotic", 0, DAY, due, status, answer, snoozes, None, None)
    return dataclasses.replace(row, kind=kind)  # type: ignore[arg-type]


def every_keyboard() -> Iterator[tuple[str, str, InlineKeyboardMarkup]]:
    """(function, case, keyboard) for every keyboard function and the cases it draws."""
    later: list[list[tuple[str, ReminderAction]]] = [
        [("30 min", "s30"), ("1 uur", "s60"), ("3 uur", "s180")],
        [("30 min", "s30"), ("Morgen om 08:00", "tomorrow")],
    ]
    for person in people():
        language = person.language
        for step in STEPS:
            asked = dataclasses.replace(person, step=step)
            yield (
                "prompt_keyboard",
                f"onboarding {step}",
                keyboards.prompt_keyboard(step, prompt(asked, step, onboarding=True)),
            )
        for field in ASKED_IN_SETTINGS:
            yield (
                "prompt_keyboard",
                f"settings {field}",
                keyboards.prompt_keyboard(
                    field, prompt(person, field, onboarding=False), settings=True, language=language
                ),
            )
        yield "settings_keyboard", language, keyboards.settings_keyboard(person)
        for index in range(TOTAL):
            for triggers in ("", "none", "dairy,other"):
                about: About = "child" if person.for_child else "self"
                ticks = frozenset(name for name in triggers.split(",") if name)
                yield (
                    "checkin_keyboard",
                    f"{index} {triggers}",
                    keyboards.checkin_keyboard(language, checkin(index, ticks, about)),
                )
        states: tuple[tuple[OccurrenceStatus, ReminderAnswer | None, int], ...] = (
            ("sent", None, 0),
            ("sent", "done", 0),
            ("sent", "skipped", 0),
            ("planned", None, 1),
        )
        rows = [
            reminder(kind, status, answer, snoozes)
            for kind in ("probiotic", "hydration", "fibre", "winddown")
            for status, answer, snoozes in states
        ]
        for row in rows:
            times = {row.id: "08:00"}
            yield (
                "reminder_keyboard",
                f"{row}",
                keyboards.reminder_keyboard(language, [row], times, itch=(DAY, 4), glasses=2),
            )
            for options in later:
                yield (
                    "reminder_keyboard",
                    f"later {row}",
                    keyboards.reminder_keyboard(
                        language, [row], times, later=(row.id, options), itch=(DAY, None)
                    ),
                )
        combined = [dataclasses.replace(r, id=r.id + n) for n, r in enumerate(rows[::4])]
        yield (
            "reminder_keyboard",
            "combined",
            keyboards.reminder_keyboard(language, combined, {r.id: "08:00" for r in combined}),
        )
        yield (
            "reminder_keyboard",
            "after a silent week",
            keyboards.reminder_keyboard(
                language, rows[:1], {rows[0].id: "08:00"}, still_there=True
            ),
        )
        yield "water_keyboard", language, keyboards.water_keyboard(language, DAY)
        done = dataclasses.replace(BLANK, status="done", poem1=2, sleep=7.0, about="self")
        for finished in (done, dataclasses.replace(done, about="child")):
            yield "fix_offer_keyboard", language, keyboards.fix_offer_keyboard(language, 7)
            yield "fix_questions_keyboard", "", keyboards.fix_questions_keyboard(language, finished)
            for fix_step in FIXABLE:
                yield (
                    "fix_choices_keyboard",
                    f"{fix_step}",
                    keyboards.fix_choices_keyboard(language, finished, fix_step),
                )
        for current in (None, 4):
            for other_day in (DAY - dtm.timedelta(days=1), None):  # None: the first day
                yield (
                    "itch_keyboard",
                    f"{current} {other_day}",
                    keyboards.itch_keyboard(
                        language, DAY, current, other_day, other_is_today=False
                    ),
                )
        for noted in (set(), {"other", "dairy"}):
            for other in ("Gisteren", "Vandaag"):
                yield (
                    "day_triggers_keyboard",
                    f"{noted} {other}",
                    keyboards.day_triggers_keyboard(language, DAY, noted, other),
                )
        yield "summary_keyboard", language, keyboards.summary_keyboard(language)
        for to in ("adult", "parent"):
            yield "switch_keyboard", to, keyboards.switch_keyboard(language, to)
        yield "quiet_keyboard", language, keyboards.quiet_keyboard(language)
        for name in CHOSEN:
            yield "offer_keyboard", name, keyboards.offer_keyboard(language, name, "20:00")
        yield (
            "first_checkin_keyboard",
            language,
            keyboards.first_checkin_keyboard(language, "Later, om 10:30"),
        )
        yield "replace_keyboard", language, keyboards.replace_keyboard(language)
        yield "pause_keyboard", language, keyboards.pause_keyboard(language)
        yield "delete_keyboard", language, keyboards.delete_keyboard(language)
        yield "agree_keyboard", language, keyboards.agree_keyboard(language)
        yield "resume_checkin_keyboard", language, keyboards.resume_checkin_keyboard(language, 7)
        for active in (0, 3, MAX_ACTIVE):
            yield "treatment_keyboard", f"{active}", keyboards.treatment_keyboard(language, active)
        yield (
            "treatment_purpose_keyboard",
            language,
            keyboards.treatment_purpose_keyboard(language, 9),
        )
        yield "treatment_since_keyboard", language, keyboards.treatment_since_keyboard(language, 9)
        yield (
            "treatment_stopped_keyboard",
            language,
            keyboards.treatment_stopped_keyboard(language, 9),
        )
        used = [
            TreatmentRow(n, f"Crème {n}", "skin", DAY, None, "self")
            for n in range(1, MAX_ACTIVE + 1)
        ]
        yield "treatment_stop_keyboard", language, keyboards.treatment_stop_keyboard(language, used)
        daily = [dataclasses.replace(x, daily=x.id % 2 == 0) for x in used]
        yield (
            "treatment_daily_keyboard",
            language,
            keyboards.treatment_daily_keyboard(language, daily),
        )
        evening = reminder("winddown", "sent", None)
        yield (
            "reminder_keyboard",
            "evening with treatments",
            keyboards.reminder_keyboard(
                language,
                [evening],
                {evening.id: "22:00"},
                itch=(DAY, 3),
                treatments=[(used[0], True), (used[1], False)],
            ),
        )


KEYBOARDS = list(every_keyboard())


def buttons(markup: InlineKeyboardMarkup) -> list[tuple[str, str]]:
    return [(b.text, str(b.callback_data)) for row in markup.inline_keyboard for b in row]


def test_every_keyboard_function_is_drawn_here() -> None:
    drawn = {name for name, _, _ in KEYBOARDS}
    public = {
        name
        for name, member in inspect.getmembers(keyboards, inspect.isfunction)
        if name.endswith("_keyboard")
        and not name.startswith("_")
        and member.__module__ == keyboards.__name__
    }
    assert public == drawn


@pytest.mark.parametrize(("name", "case", "markup"), KEYBOARDS)
def test_each_button_is_one_press_read_back_as_written(
    name: str, case: str, markup: InlineKeyboardMarkup
) -> None:
    datas = [data for _, data in buttons(markup)]
    assert len(datas) == len(set(datas)), f"{name} ({case}): two buttons share data {datas}"
    for label, data in buttons(markup):
        press = parse(data)
        assert press is not None, (name, case, label, data)
        assert press.data == data and len(data.encode()) <= 64


def test_exactly_one_handler_takes_each_press(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(TOKEN),
        database_path=tmp_path / "coach.db",
        telegram_api_base_url="http://127.0.0.1:9/bot",
    )
    store = Store.open(settings.database_path)
    app = build_application(settings, store=store, run_dispatcher=False)
    routed = [
        h
        for group in app.handlers.values()
        for h in group
        if isinstance(h, CallbackQueryHandler) and h.pattern is not None
    ]
    assert len(routed) == len(PRESSES)  # one route per press class, and a catch-all
    user = TelegramUser(1, "Test", is_bot=False)
    seen = {data for _, _, markup in KEYBOARDS for _, data in buttons(markup)}
    for data in sorted(seen):
        update = Update(1, callback_query=CallbackQuery("q", user, "chat", data=data))
        taking = [h for h in routed if h.check_update(update)]
        assert len(taking) == 1, (data, taking)
    store.close()
