"""The reminder kinds are declared once (bot/programme/kinds.py); what is derived from the
declarations must find, for each kind, everything it needs: texts, tips, columns, a colour."""

from __future__ import annotations

import dataclasses
import datetime as dtm
import re
from pathlib import Path
from typing import get_args
from zoneinfo import ZoneInfo

import pytest

from bot.programme.kinds import (
    CHOSEN,
    DECLARED,
    DEFAULT_ON,
    KINDS,
    ONE_A_DAY,
    Kind,
    ReminderKind,
    kind,
)
from bot.programme.schedule import ReminderSettings, occurrences_for
from bot.programme.settings import (
    CLOSED,
    COLUMN,
    FIELDS,
    SETTINGS_FIELDS,
    STEPS,
    TIMES,
    TYPED,
    USUAL,
    Field,
)
from bot.render.chart import ITCH_COLOUR, KIND_COLOURS, SKIN_COLOUR
from bot.render.export import SETTINGS as EXPORTED
from bot.storage import Store
from messages import CATALOGUES
from messages.tips import TIPS
from tests.factories import onboard


def test_the_kind_type_lists_the_declared_kinds_in_their_order() -> None:
    assert get_args(Kind) == KINDS


def test_kinds_are_only_ever_added_at_the_end() -> None:
    """A stored offer names its kind by its place in KINDS: the places never change."""
    assert KINDS[:5] == ("probiotic", "hydration", "fibre", "winddown", "skincare")


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"rule": "spread", "offer_day": 3}, "only a kind with a chosen time can be offered"),
        ({"times": ()}, "a chosen time needs its times and a default"),
        ({"for_baby": False}, "a kind off for a baby cannot be offered"),
    ],
)
def test_a_declaration_that_cannot_work_is_refused(changes: dict[str, object], says: str) -> None:
    with pytest.raises(ValueError, match=says):
        dataclasses.replace(kind("skincare"), **changes)  # type: ignore[arg-type]


def test_every_kind_has_its_place_in_the_one_a_day_order() -> None:
    assert sorted(ONE_A_DAY) == sorted(KINDS)


def test_every_kind_has_its_tips() -> None:
    assert sorted(TIPS) == sorted(KINDS)


@pytest.mark.parametrize("language", sorted(CATALOGUES))
@pytest.mark.parametrize("declared", DECLARED, ids=lambda d: d.name)
def test_every_kind_has_its_texts(language: str, declared: ReminderKind) -> None:
    catalogue = CATALOGUES[language]
    name = declared.name
    needed = [f"kind.{name}", f"reminder.single.{name}", f"overview.kind.{name}"]
    needed += [f"export.col.{declared.enabled_column}"]
    if declared.rule == "chosen":
        needed += [f"button.set_{name}", f"onboarding.{name}", f"export.col.{name}_time"]
    if declared.offer_day is not None:
        needed += [f"offer.{name}"]
    assert [key for key in needed if key not in catalogue] == []


def test_each_chosen_time_is_a_setting_with_its_column_times_and_reading() -> None:
    for name in CHOSEN:
        assert name in SETTINGS_FIELDS and name in TYPED and name in USUAL
        assert COLUMN[name] == f"{name}_time" and TIMES[name]
    onboarding = [d.name for d in DECLARED if d.in_onboarding]
    assert [step for step in STEPS if step in KINDS] == onboarding


def test_each_kind_has_a_colour_of_its_own() -> None:
    colours = [KIND_COLOURS[name] for name in KINDS]
    assert len(set(colours)) == len(colours)
    assert not {SKIN_COLOUR, ITCH_COLOUR} & set(colours)


def test_each_kinds_switch_is_exported_and_its_columns_stored(tmp_path: Path) -> None:
    for declared in DECLARED:
        assert declared.enabled_column in EXPORTED
        if declared.time_column is not None:
            assert declared.time_column in EXPORTED
    store = Store.open(tmp_path / "kinds.db")
    try:
        [participant] = onboard(store, 1, dtm.datetime(2026, 11, 23, 6, tzinfo=dtm.UTC))
        assert participant.reminders_on == {d.name for d in DECLARED if d.default_on}
        assert set(participant.times) == set(CHOSEN)
        for declared in DECLARED:
            if declared.default_time is not None:
                assert participant.times[declared.name] == declared.default_time
    finally:
        store.close()


# Skin care's texts give no product or dose advice: no product or ingredient to
# use, no amount, layer or frequency, no "must", nothing about starting, stopping or changing
# what the person uses. What they use and how is theirs and their GP's or pharmacist's.
NO_PRODUCT_OR_DOSE = re.compile(
    r"vaseline|cetomacrogol|hydrocort|cortico|steroid|paraffin|urea|ureum|lanolin|"
    r"\bmerk\b|\bbrand\b|koop|\bbuy\b|apotheekmerk|"
    r"\d+\s*(?:x|keer|times|ml|g|gram|%)|twee keer|three times|twice|dun(?:ne)? laag|"
    r"thin layer|dikke laag|thick layer|vingertop|fingertip|per dag|a day\b|daily dose|"
    r"\bmoet\b|\bmust\b|\bshould\b|stop(?:pen)? met|stop using|start(?:en)? met|"
    r"vervang|replace your|switch to|beter dan|better than",
    re.IGNORECASE,
)


def skincare_texts() -> list[tuple[str, str]]:
    texts = [
        (f"{language}:{key}", text)
        for language, catalogue in CATALOGUES.items()
        for key, text in catalogue.items()
        if "skincare" in key
    ]
    for tip in TIPS["skincare"]:
        for wording in (tip.nl, tip.en, tip.child_nl, tip.child_en):
            if wording is not None:
                texts.append((tip.key, wording))
    return texts


def test_skin_care_texts_give_no_product_or_dose_advice() -> None:
    texts = skincare_texts()
    assert len(texts) >= 2 * 12 + 10
    assert [(key, text) for key, text in texts if NO_PRODUCT_OR_DOSE.search(text)] == []


@pytest.mark.parametrize(
    "advice",
    [
        "Smeer twee keer per dag een dunne laag vaseline.",
        "Use a thin layer of hydrocortisone twice a day.",
        "Je moet na het douchen insmeren.",
        "Stop met je zalf als het beter gaat.",
        "Koop een vette crème bij de drogist.",
        "A fingertip unit covers two hands.",
        "Cetomacrogolcrème werkt beter dan een lotion.",
        "Use 30 g a week.",
    ],
)
def test_the_lint_catches_product_and_dose_advice(advice: str) -> None:
    assert NO_PRODUCT_OR_DOSE.search(advice)


@pytest.mark.parametrize("language", sorted(CATALOGUES))
@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.name)
def test_every_settings_field_has_its_question_error_and_labels(
    language: str, field: Field
) -> None:
    """Each field is declared once (bot/programme/settings.py FIELDS): what it needs to be
    asked, read and drawn is found for it in both languages."""
    catalogue = CATALOGUES[language]
    needed = [field.prompt or f"onboarding.{field.name}", field.error]
    if field.settings_prompt is not None:
        needed.append(field.settings_prompt)
    if field.in_settings:
        needed.append(f"button.set_{field.name}")
    if field.label is not None:
        needed += [field.label.format(value=value) for value in field.choices]
    assert [key for key in needed if key not in catalogue] == []
    if field.reads == "time":
        assert field.times and field.usual is not None
    if field.reads in ("choice", "use", "count", "day"):
        assert field.choices and CLOSED[field.name] == frozenset(field.choices)


def test_onboarding_asks_only_declared_fields_and_settings_show_them_in_order() -> None:
    assert set(STEPS) <= {field.name for field in FIELDS}
    assert tuple(field.name for field in FIELDS if field.in_settings) == SETTINGS_FIELDS


START = dtm.date(2026, 11, 23)


def _offers(day: dtm.date, **changes: object) -> list[tuple[int, str]]:
    values: dict[str, object] = {
        "zone": "Europe/Amsterdam",
        "wake": dtm.time(7, 0),
        "bed": dtm.time(23, 0),
        "times": {name: dtm.time.fromisoformat(str(kind(name).default_time)) for name in CHOSEN},
        "hydration_count": 4,
        "enabled": DEFAULT_ON,
        "start": START,
    }
    values.update(changes)
    settings = ReminderSettings(**values)  # type: ignore[arg-type]
    zone = ZoneInfo("Europe/Amsterdam")
    return [
        (o.slot, o.due.astimezone(zone).strftime("%H:%M"))
        for o in occurrences_for(settings, day)
        if o.kind == "offer"
    ]


@pytest.mark.parametrize(
    ("days", "changes", "expected"),
    [
        (2, {}, []),  # not before its day
        (3, {}, [(4, "19:30")]),  # before the time it would come; slot: its place in KINDS
        (30, {}, [(4, "19:30")]),  # any day of the four weeks from then (once: offers_done)
        (31, {}, []),  # after that, /settings only
        (3, {"enabled": DEFAULT_ON | {"skincare"}}, []),  # on already
        (3, {"offers_done": frozenset({"skincare"})}, []),  # offered, or decided about
        (3, {"bed": dtm.time(19, 30), "wake": dtm.time(6, 30)}, [(4, "17:30")]),  # a child
        (3, {"start": None}, []),  # not started
    ],
)
def test_an_off_kind_is_offered_from_its_day_for_four_weeks(
    days: int, changes: dict[str, object], expected: list[tuple[int, str]]
) -> None:
    assert _offers(START + dtm.timedelta(days=days), **changes) == expected
