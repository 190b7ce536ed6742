"""Skin care, the fifth reminder kind (bot/programme/kinds.py), end to end through the suite's
Bot API server: off by default, offered once from the programme's fourth day, just before the
time it would come, switched on there or in /settings, then a reminder like the others with
done, later and skip, in /today, /progress, the habit score, the doctor's page and /export."""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader

from bot.botapi import SentMessage, User
from tests.harness import Harness, local

WORDS = {
    "nl": {
        "label": "Insmeren",
        "offer": "dagelijks seintje om",
        "reminder": "in te smeren",
        "yes": "Ja, om {at}",
        "other": "Ja, op een andere tijd",
        "no": "Nee, bedankt",
        "done": "Gedaan",
        "on": "Insmeren staat aan, elke dag om {at}.",
        "off": "Insmeren 20:00 (uit)",
        "today": "{at}  Insmeren: gedaan",
        "habit": "Insmeren: afgevinkt 1 van 1",
        "plain": "Zonder notities",
        "csv_on": "Herinnering insmeren",
        "toggle": "Insmeren: uit",
        "set": "Tijd insmeren",
        "on_choose": "Het seintje staat aan.",
    },
    "en": {
        "label": "Skin care",
        "offer": "daily nudge to moisturise",
        "reminder": "moisturise",
        "yes": "Yes, at {at}",
        "other": "Yes, at another time",
        "no": "No, thanks",
        "done": "Done",
        "on": "Skin care is on, every day at {at}.",
        "off": "Skin care 20:00 (off)",
        "today": "{at}  Skin care: done",
        "habit": "Skin care: ticked off 1 of 1",
        "plain": "Without notes",
        "csv_on": "Skin care reminder",
        "toggle": "Skin care: off",
        "set": "Skin care time",
        "on_choose": "The nudge is on.",
    },
}


def offers(messages: list[SentMessage], language: str) -> list[SentMessage]:
    return [m for m in messages if WORDS[language]["offer"] in (m.text or "")]


async def the_offer(harness: Harness, user: User, language: str) -> SentMessage:
    """Onboarded on Monday, a word on Thursday at noon (taking part), and the offer that comes
    at 19:30 that day, half an hour before the default 20:00."""
    await harness.onboard(user, language=language, first_checkin="")
    await harness.skip_to(local(2026, 11, 26, 12, 0))
    await harness.say(user, "/today")
    await harness.skip_to(local(2026, 11, 26, 19, 30))
    [offer] = offers(harness.new_messages(user), language)
    return offer


def reminders(messages: list[SentMessage], language: str) -> list[SentMessage]:
    w = WORDS[language]
    return [
        m for m in messages if w["reminder"] in (m.text or "") and w["offer"] not in (m.text or "")
    ]


@pytest.mark.parametrize(
    ("language", "age", "at"),
    [("nl", "adult", "20:00"), ("en", "adult", "20:00"), ("nl", "parent", "18:00")],
)
async def test_offered_once_switched_on_and_then_a_habit_like_the_others(
    harness: Harness, language: str, age: str, at: str
) -> None:
    """A parent's child sleeps at 19:30: the default 20:00 would be in the night, so the offer
    says, and the reminder is set at, 18:00 (an hour and a half before bed); the offer itself
    comes half an hour before."""
    w = WORDS[language]
    eva = User(9701 if age == "adult" else 9702, "Eva", language_code=language)
    await harness.onboard(eva, language=language, age=age, first_checkin="")
    hour, minute = (int(part) for part in at.split(":"))
    # Nothing of it in the first three days; it is offered to someone taking part.
    await harness.skip_to(local(2026, 11, 25, 12, 0))
    await harness.say(eva, "/today")
    await harness.skip_to(local(2026, 11, 26, hour, minute))
    before = harness.new_messages(eva)
    assert offers(before[:-1], language) == [] and reminders(before, language) == []
    [offer] = offers(before, language)
    assert (offer.text or "").count("?") == 1
    labels = [label for label, _ in offer.buttons()]
    assert labels == [w["yes"].format(at=at), w["other"], w["no"]]
    await harness.say(eva, "/settings")  # a question open: the offer's yes leaves it open
    asked = harness.participant(eva)
    assert await harness.press(eva, offer, w["yes"].format(at=at)) == []
    assert w["on"].format(at=at) in (offer.text or "") and not offer.buttons()
    after = harness.participant(eva)
    assert asked is not None and after is not None and after.question == asked.question
    participant = harness.participant(eva)
    assert participant is not None and participant.enabled("skincare")
    assert participant.time_of("skincare") == at
    # It is its time: it comes at once, like the others, with done, later and skip.
    await harness.tick()
    [reminder] = reminders(harness.new_messages(eva), language)
    assert len(reminder.buttons()) == 3
    await harness.press(eva, reminder, w["done"])
    [today] = await harness.say(eva, "/today")
    assert w["today"].format(at=at) in (today.text or "")
    progress, _chart = await harness.say(eva, "/progress")
    assert w["habit"] in (progress.text or "")
    [ask] = await harness.say(eva, "/summary")
    [document] = await harness.press(eva, ask, w["plain"])
    reader = PdfReader(io.BytesIO(document.file_bytes or b""))
    page = " ".join((reader.pages[0].extract_text() or "").split())
    assert w["label"] in page
    [exported] = await harness.say(eva, "/export")
    archive = zipfile.ZipFile(io.BytesIO(exported.file_bytes or b""))
    settings = archive.read("settings.csv").decode("utf-8-sig")
    assert w["csv_on"] in settings
    assert w["label"] in archive.read("reminders.csv").decode("utf-8-sig")
    # Every day after, once; and offered once: not again in the weeks after.
    await harness.skip_to(local(2026, 12, 3, 12, 0))
    later = harness.new_messages(eva)
    assert offers(later, language) == [] and len(reminders(later, language)) == 6


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_no_changes_nothing_and_it_is_never_offered_again(
    harness: Harness, language: str
) -> None:
    w = WORDS[language]
    bo = User(9703, "Bo", language_code=language)
    offer = await the_offer(harness, bo, language)
    assert await harness.press(bo, offer, w["no"]) == []
    assert "/settings" in (offer.text or "") and not offer.buttons()
    participant = harness.participant(bo)
    assert participant is not None and not participant.enabled("skincare")
    await harness.skip_to(local(2026, 12, 14, 21, 0))
    later = harness.new_messages(bo)
    assert offers(later, language) == [] and reminders(later, language) == []


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_switched_on_in_settings_at_a_time_of_ones_own(
    harness: Harness, language: str
) -> None:
    """Without waiting for the offer: on in /settings, its time chosen there; the offer then
    never comes, and the reminder does, at that time."""
    w = WORDS[language]
    jo = User(9704, "Jo", language_code=language)
    await harness.onboard(jo, language=language, first_checkin="")
    [overview] = await harness.say(jo, "/settings")
    assert w["off"] in (overview.text or "")
    await harness.press(jo, overview, w["toggle"])
    await harness.press(jo, overview, w["set"])
    await harness.press(jo, overview, "21:00")
    participant = harness.participant(jo)
    assert participant is not None and participant.enabled("skincare")
    assert participant.time_of("skincare") == "21:00"
    await harness.skip_to(local(2026, 11, 26, 22, 0))
    messages = harness.new_messages(jo)
    assert offers(messages, language) == []
    # Monday to Thursday at 21:00, with the day's last water (due then too) in one message.
    together = [m for m in messages if f"{w['label']} (21:00)" in (m.text or "")]
    assert len(together) == 4


async def test_no_offer_to_someone_quiet_or_late_behind_others(harness: Harness) -> None:
    """Not heard from in three days, or the bot was down at its moment: no offer then; it comes
    on a later day, once, when the person is taking part."""
    quiet, late = User(9706, "Q", language_code="nl"), User(9707, "L", language_code="nl")
    await harness.onboard(quiet, first_checkin="")
    await harness.onboard(late, first_checkin="")
    await harness.skip_to(local(2026, 11, 26, 12, 0))
    await harness.say(late, "/today")
    await harness.skip_to(local(2026, 11, 26, 19, 29))
    harness.clock.set(local(2026, 11, 26, 19, 46))  # down from 19:29 until 19:46
    await harness.tick()
    await harness.skip_to(local(2026, 11, 27, 12, 0))
    assert offers(harness.new_messages(quiet), "nl") == []
    assert offers(harness.new_messages(late), "nl") == []
    # Back a day later, both of them: the offer comes the day after (planned a day ahead).
    await harness.say(quiet, "/today")
    await harness.say(late, "/today")
    await harness.skip_to(local(2026, 12, 5, 12, 0))
    assert len(offers(harness.new_messages(quiet), "nl")) == 1
    assert len(offers(harness.new_messages(late), "nl")) == 1


async def test_the_offer_keeps_out_of_a_pause(harness: Harness) -> None:
    """Paused on its day: no offer."""
    ko = User(9705, "Ko", language_code="nl")
    await harness.onboard(ko, first_checkin="")
    await harness.say(ko, "/pause 7")
    participant = harness.participant(ko)
    assert participant is not None and participant.paused_until is not None
    await harness.skip_to(local(2026, 11, 27, 12, 0))
    assert offers(harness.new_messages(ko), "nl") == []


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_another_time_switches_it_on_and_asks_the_time(
    harness: Harness, language: str
) -> None:
    w = WORDS[language]
    li = User(9708, "Li", language_code=language)
    offer = await the_offer(harness, li, language)
    await harness.press(li, offer, w["other"])
    assert w["on_choose"] in (offer.text or "")
    assert "21:00" in [label for label, _ in offer.buttons()]
    if language == "nl":  # typed as people type it: 9 at this question is the evening's
        await harness.say(li, "9 uur")
    else:
        await harness.press(li, offer, "21:00")
    participant = harness.participant(li)
    assert participant is not None and participant.enabled("skincare")
    assert participant.time_of("skincare") == "21:00"
    # Only at the time chosen: nothing at the default 20:00 that was offered.
    await harness.skip_to(local(2026, 11, 26, 21, 30))
    today = [m.text or "" for m in harness.new_messages(li)]
    assert not any("20:00" in text for text in today), today
    assert sum(f"{w['label']} (21:00)" in text for text in today) == 1


async def test_switched_on_and_off_before_its_day_it_is_not_offered(harness: Harness) -> None:
    w = WORDS["nl"]
    mo = User(9709, "Mo", language_code="nl")
    await harness.onboard(mo, first_checkin="")
    [overview] = await harness.say(mo, "/settings")
    await harness.press(mo, overview, w["toggle"])
    await harness.press(mo, overview, "Insmeren: aan")
    participant = harness.participant(mo)
    assert participant is not None and not participant.enabled("skincare")
    await harness.skip_to(local(2026, 11, 26, 12, 0))
    await harness.say(mo, "/today")
    await harness.skip_to(local(2026, 12, 3, 12, 0))
    assert offers(harness.new_messages(mo), "nl") == []
