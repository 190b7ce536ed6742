"""Onboarding through the suite's Bot API server, as a person taps and types."""

from __future__ import annotations

import datetime as dtm
from collections import Counter

import pytest

from bot.botapi import User
from bot.callbacks import OnboardPress
from bot.programme.settings import CONSENT_VERSION
from tests import stored
from tests.harness import Harness, onboarding_data


async def test_full_onboarding_in_dutch(harness: Harness) -> None:
    anna = User(1001, "Anna", language_code="nl")
    [welcome] = await harness.say(anna, "/start")
    assert "Welkom bij Darm-Huid Coach" in (welcome.text or "")
    assert [label for label, _ in welcome.buttons()] == [
        "Nederlands (standaard)",
        "English",
    ]
    [disclaimer] = await harness.press(anna, welcome, "Nederlands")
    assert "geen medisch advies" in (disclaimer.text or "")
    assert "huisarts of dermatoloog" in (disclaimer.text or "")
    [age] = await harness.press(anna, disclaimer, "Begrepen")
    [consent] = await harness.press(anna, age, "16 of ouder")
    assert "gezondheidsgegevens" in (consent.text or "")
    assert harness.participant(anna).consent_at is None  # type: ignore[union-attr]
    [zone] = await harness.press(anna, consent, "toestemming")
    [_wake] = await harness.press(anna, zone, "Amsterdam")
    # Typed answers in each accepted form.
    [_bed] = await harness.say(anna, "6.45")
    [uses] = await harness.say(anna, "2230")
    assert "Neem je een probioticum" in (uses.text or "")
    [_probiotic] = await harness.press(anna, uses, "Ja, ik neem er een")
    [fibre] = await harness.say(anna, "07:15")
    assert "vezels" in (fibre.text or "")
    [checkin_day] = await harness.press(anna, fibre, "18:00")
    assert "Op welke dag" in (checkin_day.text or "")
    assert checkin_day.buttons()[-1] == (
        "Zondag (standaard)",
        OnboardPress("checkin_day", "6").data,
    )
    [_checkin_time] = await harness.press(anna, checkin_day, "Zaterdag")
    [done] = await harness.say(anna, "10.00")
    assert "programma begint vandaag" in (done.text or "")
    # The first check-in is offered, not started: now, or later today (three hours on).
    assert "eerste check-in" in (done.text or "")
    assert [label for label, _ in done.buttons()] == ["Nu", "Later, om 09:00"]
    [baseline] = await harness.press(anna, done, "Nu")
    assert "eerste check-in" in (baseline.text or "") and "(1/14)" in (baseline.text or "")
    assert "07:15  Probioticum" in (done.text or "")
    assert "21:30  Tot rust komen" in (done.text or "")

    p = harness.participant(anna)
    assert p is not None and p.onboarded and p.status == "active"
    assert (p.language, p.timezone, p.wake, p.bed) == ("nl", "Europe/Amsterdam", "06:45", "22:30")
    assert (p.times["probiotic"], p.times["fibre"], p.age_group) == ("07:15", "18:00", "adult")
    assert (p.checkin_day, p.checkin_time) == (5, "10:00")
    assert p.consent_version == CONSENT_VERSION and p.consent_at is not None
    assert p.start_date == dtm.date(2026, 11, 23)
    # Answered questions lose their buttons, so an old tap can't be mistaken for a new one.
    assert welcome.reply_markup is None and zone.reply_markup is None
    # Today's remaining reminders and tomorrow's are planned right away.
    kinds = sorted(Counter(row.kind for row in harness.store.reminders.all(anna.id)).items())
    assert kinds == [
        ("checkin_nudge", 1),
        ("fibre", 2),
        ("hydration", 8),
        ("probiotic", 2),
        ("winddown", 2),
    ]


async def test_full_onboarding_in_english_with_defaults(harness: Harness) -> None:
    bob = User(1002, "Bob", language_code="en-GB")
    [welcome] = await harness.say(bob, "/start")
    assert "Welcome to Darm-Huid Coach" in (welcome.text or "")
    assert welcome.buttons()[0][0] == "English (default)"
    await harness.onboard(bob, language="en")
    p = harness.participant(bob)
    assert p is not None
    assert (p.language, p.wake, p.bed, p.times["probiotic"], p.times["fibre"]) == (
        "en",
        "07:00",
        "23:00",
        "08:00",
        "17:30",
    )
    [help_message] = await harness.say(bob, "/help")
    assert "/today" in (help_message.text or "") and "medical advice" in (help_message.text or "")


async def test_declined_consent_stores_nothing(harness: Harness) -> None:
    carla = User(1003, "Carla", language_code="nl")
    [welcome] = await harness.say(carla, "/start")
    [disclaimer] = await harness.press(carla, welcome, "Nederlands")
    [age] = await harness.press(carla, disclaimer, "Begrepen")
    [consent] = await harness.press(carla, age, "16 of ouder")
    [goodbye] = await harness.press(carla, consent, "liever niet")
    assert "bewaar ik niets" in (goodbye.text or "")
    assert harness.participant(carla) is None
    for table in ("participants", "occurrences", "water"):
        assert stored.count_rows(harness.store, table) == 0


async def test_under_sixteen_is_turned_away_kindly(harness: Harness) -> None:
    dirk = User(1004, "Dirk", language_code="nl")
    [welcome] = await harness.say(dirk, "/start")
    [disclaimer] = await harness.press(dirk, welcome, "Nederlands")
    [age] = await harness.press(dirk, disclaimer, "Begrepen")
    [reply] = await harness.press(dirk, age, "jonger dan 16")
    assert "16 jaar en ouder" in (reply.text or "")
    assert harness.participant(dirk) is None


@pytest.mark.parametrize(
    ("step", "garbage", "error"),
    [
        ("timezone", "Atlantis", "tijdzone ken ik niet"),
        ("timezone", "🙂", "tijdzone ken ik niet"),
        ("wake", "half acht", "herken ik niet als tijd"),
        ("bed", "25:00", "herken ik niet als tijd"),
        ("probiotic", "x" * 5000, "herken ik niet als tijd"),
        ("fibre", "17:75", "herken ik niet als tijd"),
    ],
)
async def test_garbage_at_a_typed_step_gets_a_clear_re_ask(
    harness: Harness, step: str, garbage: str, error: str
) -> None:
    eva = User(1005, "Eva", language_code="nl")
    await harness.say(eva, "/start")
    steps = [
        "language:nl",
        "disclaimer:ok",
        "age:adult",
        "consent:yes",
        "timezone:Europe/Amsterdam",
        "wake:0700",
        "bed:2300",
        "probiotic_use:yes",
        "probiotic:0800",
    ]
    for answer in steps:
        if answer.split(":")[0] == step:
            break
        await harness.press_data(eva, harness.last_message(eva), onboarding_data(answer))
    harness.new_messages(eva)
    # One message: what was wrong, and the same question with its buttons (two messages a
    # second apart let a quick answer land on the wrong question).
    [again] = await harness.say(eva, garbage)
    assert error in (again.text or "")
    assert again.buttons()
    p = harness.participant(eva)
    assert p is not None and p.step == step


@pytest.mark.parametrize("step", ["language", "disclaimer", "age", "consent"])
async def test_typing_at_a_button_step_points_to_the_buttons(harness: Harness, step: str) -> None:
    fay = User(1006, "Fay", language_code="nl")
    await harness.say(fay, "/start")
    for answer in ["language:nl", "disclaimer:ok", "age:adult"]:
        if answer.startswith(step):
            break
        await harness.press_data(fay, harness.last_message(fay), onboarding_data(answer))
    harness.new_messages(fay)
    [again] = await harness.say(fay, "ja hoor")
    assert "Tik op een van de knoppen" in (again.text or "")
    assert again.buttons()
    [again2] = await harness.say(fay, "/today")
    assert "nog aan het kennismaken" in (again2.text or "") and again2.buttons()


async def test_restart_mid_onboarding_keeps_the_answers(harness: Harness) -> None:
    gijs = User(1007, "Gijs", language_code="en")
    await harness.say(gijs, "/start")
    for answer in [
        "language:en",
        "disclaimer:ok",
        "age:parent",
        "consent:yes",
        "child_age:1to3",
        "timezone:Europe/Brussels",
    ]:
        await harness.press_data(gijs, harness.last_message(gijs), onboarding_data(answer))
    await harness.say(gijs, "06:30")
    await harness.restart()
    [again] = await harness.say(gijs, "/start")
    # The bedtime question, where we were: a parent's is their child's.
    assert "your child usually go to bed" in (again.text or "")
    await harness.say(gijs, "19:45")
    await harness.press_data(
        gijs, harness.last_message(gijs), OnboardPress("probiotic_use", "yes").data
    )
    for reply in ("7:00", "17:00"):
        await harness.say(gijs, reply)
    await harness.press_data(
        gijs, harness.last_message(gijs), OnboardPress("checkin_day", "0").data
    )
    await harness.say(gijs, "19:00")
    p = harness.participant(gijs)
    assert p is not None and p.onboarded
    assert (p.timezone, p.wake, p.bed, p.age_group) == (
        "Europe/Brussels",
        "06:30",
        "19:45",
        "parent",
    )


async def test_start_when_onboarded_opens_settings_not_a_reset(harness: Harness) -> None:
    hans = User(1008, "Hans", language_code="nl")
    await harness.onboard(hans, wake="0615")
    [overview] = await harness.say(hans, "/start")
    assert "Je instellingen" in (overview.text or "") and "Opstaan 06:15" in (overview.text or "")
    p = harness.participant(hans)
    assert p is not None and p.onboarded and p.wake == "06:15"


async def test_an_old_onboarding_button_changes_nothing(harness: Harness) -> None:
    ilse = User(1009, "Ilse", language_code="nl")
    [welcome] = await harness.say(ilse, "/start")
    await harness.press(ilse, welcome, "Nederlands")
    await harness.press_data(
        ilse, harness.last_message(ilse), OnboardPress("disclaimer", "ok").data
    )
    harness.new_messages(ilse)
    await harness.server_press_stale(ilse, welcome, OnboardPress("language", "en").data)
    [current] = harness.new_messages(ilse)
    assert "al beantwoord" in (current.text or "")
    assert "16 jaar" in (current.text or "")
    p = harness.participant(ilse)
    assert p is not None and p.language == "nl" and p.step == "age"
