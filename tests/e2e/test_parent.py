"""The parent route end to end (docs/programme.md): a parent or carer takes part
for their child, in Telegram as they would; the probiotic as the person's own choice; and a
question about tests, typed at any moment, answered kindly."""

from __future__ import annotations

import datetime as dtm
import re

from bot.botapi import User
from bot.callbacks import FirstPress, OnboardPress, SettingPress
from bot.programme.settings import consent_tag
from tests.e2e.test_checkin import answer_checkin
from tests.harness import Harness, local, onboarding_data

# What a parent must never be shown (docs/programme.md): caffeine and kombucha, raw milk,
# adult amounts.
NOT_FOR_A_CHILD = re.compile(
    r"kombucha|groene thee|green tea|koffie|coffee|rauwe melk|raw milk|\bCFU\b|miljard|"
    r"billion|\d+\s*(tot|to|-|–)\s*\d+\s*(gram|g\b|uur|hours)",
    re.IGNORECASE,
)


async def test_a_parent_is_asked_about_the_child_and_never_shown_adult_amounts(
    harness: Harness,
) -> None:
    mila = User(8101, "Mila", language_code="nl")
    await harness.say(mila, "/start")
    for answer in ("language:nl", "disclaimer:ok", "age:parent"):
        await harness.press_data(mila, harness.last_message(mila), onboarding_data(answer))
    consent = harness.last_message(mila)
    # The disclaimer restated for a parent (review C-new-11), then the consent.
    assert (consent.text or "").startswith(
        "Ook voor je kind: stop nooit met een voorgeschreven behandeling zonder overleg met de "
        "huisarts.\n\nToestemming voor de gezondheidsgegevens van je kind"
    )
    assert "jij geeft er als ouder of verzorger toestemming voor" in (consent.text or "")
    for answer in ("consent:yes", "child_age:4to11", "timezone:Europe/Amsterdam", "wake:0700"):
        await harness.press_data(mila, harness.last_message(mila), onboarding_data(answer))
    bed = harness.last_message(mila)
    assert "Hoe laat gaat je kind meestal naar bed?" in (bed.text or "")
    assert [label for label, _ in bed.buttons()][2] == "19:30 (standaard)"
    await harness.press_data(mila, bed, OnboardPress("bed", "1930").data)
    uses = harness.last_message(mila)
    assert "Krijgt je kind een probioticum" in (uses.text or "")
    assert "vraag je apotheker of huisarts" in (uses.text or "")
    await harness.press_data(mila, uses, OnboardPress("probiotic_use", "yes").data)
    for answer in ("probiotic:0800", "fibre:1730", "checkin_day:6", "checkin_time:1900"):
        await harness.press_data(mila, harness.last_message(mila), onboarding_data(answer))
    await harness.press_data(mila, harness.last_message(mila), FirstPress(now=True).data)
    first = harness.last_message(mila)
    assert "(1/14) Jeuk door het eczeem bij je kind" in (first.text or "")
    closing = await answer_checkin(
        harness, mila, poem=[4, 4, 3, 3, 3, 2, 2], sleep=11, triggers=("dairy",)
    )
    text = closing.text or ""
    assert (
        "eczeem; 0 betekent: de afgelopen week geen klachten): 21 van 28, ernstig eczeem." in text
    )
    assert "Maak deze week een afspraak bij de huisarts van je kind of een dermatoloog." in text
    # A week of reminders: about the child, and no tip a child should not get.
    harness.new_messages(mila)
    await harness.run_until(local(2026, 11, 30, 6, 0), step=dtm.timedelta(minutes=30))
    sent = [m.text or "" for m in harness.new_messages(mila)]
    assert any(s.startswith("Tijd voor het probioticum van je kind.") for s in sent)
    assert any("Hoe erg was de jeuk van je kind vandaag" in s for s in sent)
    assert not [s for s in sent if NOT_FOR_A_CHILD.search(s)]
    [progress, _chart] = await harness.say(mila, "/progress")
    assert "Huidscore van je kind (POEM-schaal) nu: 21 van 28" in (progress.text or "")
    rows = [c.about for c in harness.store.checkins.all(mila.id)]
    # The baseline only: Sunday is in the baseline's programme week, which has its check-in.
    assert rows == ["child"]


async def test_switching_in_settings_keeps_past_answers_in_their_mode(harness: Harness) -> None:
    tom = User(8102, "Tom", language_code="en")
    await harness.onboard(tom, language="en")
    await answer_checkin(harness, tom, poem=[1, 1, 1, 1, 1, 1, 1])
    [overview] = await harness.say(tom, "/settings")
    assert "For: yourself" in (overview.text or "")
    await harness.press(tom, overview, "For whom")
    await harness.press(tom, overview, "For my child")
    # The consent for the child's data comes first; then the child's bedtime.
    assert (overview.text or "").startswith(
        "For your child too: never stop a prescribed treatment without talking to the GP.\n\n"
        "Consent for your child's health data"
    )
    await harness.press(tom, overview, "Yes, I consent")
    # Then, in turn: the child's age, the child's bedtime, and the probiotic again (off
    # until answered: the adult's reminder is not the child's).
    assert "How old is your child?" in (overview.text or "")
    await harness.press(tom, overview, "4 to 11 years")
    assert "does your child usually go to bed" in (overview.text or "")
    current = ("✓ 23:00", SettingPress("bed", "2300").data)
    assert current in overview.buttons()  # the current one, still there
    await harness.press(tom, overview, "19:30")
    assert "Does your child take a probiotic" in (overview.text or "")
    assert "✓ No" in [label for label, _ in overview.buttons()]
    await harness.press(tom, overview, "✓ No")
    assert "For: your child, 4 to 11 years (you answer as parent or carer)" in (overview.text or "")
    participant = harness.participant(tom)
    assert participant is not None and participant.bed == "19:30"
    assert (participant.child_age, participant.enabled("probiotic")) == ("4to11", False)
    assert participant.consent_version == consent_tag(True)
    [question] = await harness.say(tom, "/checkin")
    assert "Itch from your child's eczema" in (question.text or "")
    closing = await answer_checkin(harness, tom, poem=[2, 2, 2, 2, 2, 2, 2], sleep=11)
    rows = [(c.about, c.skin_score) for c in harness.store.checkins.all(tom.id)]
    assert rows == [("self", 7), ("child", 14)]
    # The child's first check-in is judged on its own: no comparison with the adult's 7.
    assert (
        "(POEM scale, a common questionnaire for eczema; 0 means: no symptoms in the past week): 14"
        in (closing.text or "")
    )
    assert "starting point: 7 points worse" not in (closing.text or "")


async def test_switching_needs_consent_and_back_changes_nothing(harness: Harness) -> None:
    lia = User(8106, "Lia", language_code="nl")
    await harness.onboard(lia, first_checkin="")
    [overview] = await harness.say(lia, "/settings")
    await harness.press(lia, overview, "Voor wie")
    await harness.press(lia, overview, "Voor mijn kind")
    await harness.press(lia, overview, "Terug")
    participant = harness.participant(lia)
    assert participant is not None and participant.age_group == "adult"
    assert "Voor: jezelf" in (overview.text or "")


async def test_no_probiotic_means_no_probiotic_question_reminder_or_tip(harness: Harness) -> None:
    ida = User(8103, "Ida", language_code="nl")
    await harness.onboard(ida, probiotic_use="no", first_checkin="")
    participant = harness.participant(ida)
    assert participant is not None and not participant.enabled("probiotic")
    done = harness.server.messages_to(ida.id)[-1]
    assert "Probioticum" not in (done.text or "")  # the daily rhythm, without it
    planned = [row for row in harness.store.reminders.all(ida.id) if row.kind == "probiotic"]
    assert planned == []
    # Switched on later in /settings, it is planned from then on.
    [overview] = await harness.say(ida, "/settings")
    await harness.press(ida, overview, "Probioticum: uit")
    planned = [row for row in harness.store.reminders.all(ida.id) if row.kind == "probiotic"]
    assert len(planned) >= 1


async def test_a_question_about_tests_gets_one_kind_line_at_any_moment(harness: Harness) -> None:
    eva = User(8104, "Eva", language_code="nl")
    # In the middle of onboarding: the answer, and the same question again, in one message.
    await harness.say(eva, "/start")
    for answer in ("language:nl", "disclaimer:ok", "age:adult", "consent:yes"):
        await harness.press_data(eva, harness.last_message(eva), onboarding_data(answer))
    [reply] = await harness.say(eva, "Moet ik een IgG test laten doen?")
    assert (reply.text or "").startswith("Vragen over tests, zoals een IgG-")
    assert "In welke tijdzone zit je?" in (reply.text or "") and reply.buttons()
    participant = harness.participant(eva)
    assert participant is not None and participant.step == "timezone"
    # Onboarded, nothing open: the line alone.
    sam = User(8105, "Sam", language_code="en")
    await harness.onboard(sam, language="en", first_checkin="")
    await harness.say(sam, "/today")  # a command: the first check-in's offer is no longer open
    [reply] = await harness.say(sam, "what about a leaky gut test?")
    assert reply.text == (
        "Questions about tests, such as an IgG or food-intolerance test, a 'leaky gut' test or "
        "a stool test, are best discussed with your GP. I do not do or recommend tests myself."
    )
    # During a check-in: the line, then where the check-in waits.
    await harness.say(sam, "/checkin")
    [reply] = await harness.say(sam, "Should I do a stool test?")
    assert (reply.text or "").startswith("Questions about tests")
    assert "question 1 of 14" in (reply.text or "")


async def test_a_parent_notes_and_reads_patterns_about_the_child(harness: Harness) -> None:
    ole = User(8107, "Ole", language_code="en")
    await harness.onboard(ole, language="en", age="parent", probiotic_use="no", first_checkin="")
    [ask] = await harness.say(ole, "/trigger")
    assert (ask.text or "").startswith("What did you notice in your child, today")
    await harness.press(ole, ask, "Eggs")
    await harness.press(ole, ask, "Done")
    assert "Cutting a food out of your child's diet is always something to do with the GP" in (
        ask.text or ""
    )
    noted = harness.store.export(ole.id)["triggers"]
    assert [trigger["about"] for trigger in noted] == ["child"]
    [patterns] = await harness.say(ole, "/patterns")
    assert "what you notice in your child" in (patterns.text or "")
