"""One participant's bad data never costs anyone else a reminder: planning or delivery that
raises for one person is skipped for them, logged once by an internal id, and tried again
later; everyone else's reminders go out on time."""

from __future__ import annotations

import datetime as dtm
import logging

import pytest

from bot.botapi import User
from bot.callbacks import SettingPress
from bot.programme.conversation import Setting
from tests import stored
from tests.factories import onboard
from tests.harness import Harness, local

HEALTHY = 30


async def test_a_person_whose_planning_raises_delays_nobody(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    people = onboard(harness.store, HEALTHY + 1, local(2026, 11, 23, 6, 0))
    bad = people[0].id
    # Stored data that no longer reads as a time. Planned through Tuesday at onboarding, it is
    # now Wednesday: everyone's plan is more than 20 hours overdue, so the dispatcher plans
    # them all first, before anything is sent, the broken one among them.
    harness.store.participants.change_settings(bad, {"probiotic_time": "25:99"})
    harness.clock.set(local(2026, 11, 25, 7, 25))
    with caplog.at_level(logging.INFO):
        await harness.tick()
        harness.clock.set(local(2026, 11, 25, 7, 30))  # Wednesday's first water is due now
        await harness.tick()  # the broken one is tried again, and fails again, silently
    sent = [
        row.participant_id
        for person in people
        for row in harness.store.reminders.day(person.id, dtm.date(2026, 11, 25))
        if row.status == "sent" and row.kind == "hydration"
    ]
    assert sorted(sent) == [p.id for p in people[1:]]
    assert len(harness.server.sent) >= HEALTHY
    lines = [r.getMessage() for r in caplog.records if "planning failed" in r.getMessage()]
    assert len(lines) == 1
    assert str(bad) not in lines[0] and harness.store.log_id(bad) in lines[0]
    errors = stored.plan_errors(harness.store, bad)
    broken = harness.store.participants.get(bad)
    assert broken is not None
    assert errors == 2 and broken.next_plan_at == (
        local(2026, 11, 25, 7, 30) + dtm.timedelta(minutes=2)
    )
    # Mended (here by hand; in life by /settings): planned again at the next try.
    harness.store.participants.change_settings(bad, {"probiotic_time": "08:00"})
    harness.clock.set(local(2026, 11, 25, 7, 35))
    await harness.tick()
    assert stored.plan_errors(harness.store, bad) == 0


async def test_a_person_whose_message_cannot_be_composed_delays_nobody(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    people = onboard(harness.store, HEALTHY + 1, local(2026, 11, 23, 6, 0))
    bad = people[0].id
    stored.store_zone(harness.store, bad, "Mars/Olympus_Mons")
    harness.clock.set(local(2026, 11, 23, 7, 30))
    with caplog.at_level(logging.INFO):
        await harness.tick()
        harness.clock.set(local(2026, 11, 23, 7, 30) + dtm.timedelta(seconds=30))
        await harness.tick()  # held for a minute: not tried, not logged again
    assert {m.chat_id for m in harness.server.sent} == {p.id for p in people[1:]}
    lines = [r.getMessage() for r in caplog.records if "delivery failed" in r.getMessage()]
    assert len(lines) == 1 and str(bad) not in lines[0]
    assert [
        row.status
        for row in harness.store.reminders.day(bad, dtm.date(2026, 11, 23))
        if row.kind == "hydration" and row.slot == 0
    ] == ["planned"]  # still there for when the data is mended
    assert stored.count_rows(harness.store, "claims") == 0


async def test_a_zone_tzdata_dropped_is_mended_or_asked_again_once(harness: Harness) -> None:
    people = onboard(harness.store, 4, local(2026, 11, 23, 6, 0))
    zones = ("US/Pacific-New", "US/Pacific", "Mars/Olympus_Mons", "Europe/Amsterdam")
    for person, zone in zip(people, zones, strict=True):
        stored.store_zone(harness.store, person.id, zone)
    await harness.restart()  # as after an upgrade of tzdata
    restarted = [harness.participant(User(p.id)) for p in people]
    assert [(p.timezone, p.question) for p in restarted if p is not None] == [
        ("America/Los_Angeles", None),
        ("America/Los_Angeles", None),
        ("Europe/Amsterdam", Setting("timezone")),  # no successor: the default for now, asked
        ("Europe/Amsterdam", None),
    ]
    lost = people[2]
    await harness.tick()
    assert harness.server.sent == []  # 06:00 is in their night: asked once they are up

    def zone_questions() -> list[int]:
        return [m.chat_id for m in harness.server.sent if "tijdzone" in (m.text or "")]

    harness.clock.set(local(2026, 11, 23, 7, 30))
    await harness.tick()
    [asked] = [m for m in harness.server.messages_to(lost.id) if "tijdzone" in (m.text or "")]
    assert "Europe/Amsterdam" in (asked.text or "")
    harness.clock.set(local(2026, 11, 23, 7, 31))
    await harness.tick()
    assert zone_questions() == [lost.id]  # once, and only to them
    await harness.press_data(User(lost.id), asked, SettingPress("timezone", "Europe/London").data)
    mended = harness.participant(User(lost.id))
    assert mended is not None and mended.timezone == "Europe/London"
    assert not isinstance(mended.question, Setting)  # answered: the overview, no question
