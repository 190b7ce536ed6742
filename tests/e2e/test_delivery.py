"""Delivery under real-world trouble: DST days, restarts, blocked users, flood control, groups."""

from __future__ import annotations

import datetime as dtm
from collections import Counter
from zoneinfo import ZoneInfo

from bot.botapi import FakeBotApi, User
from tests import stored
from tests.harness import Harness, local

AMS = ZoneInfo("Europe/Amsterdam")


def sent_local_times(harness: Harness, user: User, kind_line: str) -> list[str]:
    return [
        at.astimezone(AMS).strftime("%m-%d %H:%M")
        for at in stored.sent_at(harness.store, user.id, kind_line)
    ]


async def _onboard_on(harness: Harness, user: User, start: dtm.datetime, **choices: str) -> None:
    harness.clock.set(start)
    await harness.onboard(user, **choices)


async def test_spring_forward_keeps_the_wall_clock(harness: Harness) -> None:
    anna = User(3001, "Anna", language_code="nl")
    # 07:30 probiotic, plus a 02:30 one for a night worker: 02:30 doesn't exist on 29 March.
    await _onboard_on(harness, anna, local(2027, 3, 27, 6, 0), probiotic="0730")
    await harness.run_until(local(2027, 3, 29, 9, 0), step=dtm.timedelta(minutes=5))
    assert sent_local_times(harness, anna, "probiotic") == [
        "03-27 07:30",
        "03-28 07:30",
        "03-29 07:30",
    ]
    assert sent_local_times(harness, anna, "winddown") == ["03-27 22:00", "03-28 22:00"]


async def test_fall_back_keeps_the_wall_clock_and_sends_once(harness: Harness) -> None:
    bob = User(3002, "Bob", language_code="nl")
    await _onboard_on(harness, bob, local(2026, 10, 24, 6, 0), probiotic="0730")
    await harness.run_until(local(2026, 10, 26, 9, 0), step=dtm.timedelta(minutes=5))
    assert sent_local_times(harness, bob, "probiotic") == [
        "10-24 07:30",
        "10-25 07:30",
        "10-26 07:30",
    ]
    # The repeated hour (02:00-03:00 happens twice) sends nothing twice: one row per day.
    per_day = Counter(
        row.local_date for row in harness.store.reminders.all(bob.id) if row.kind == "hydration"
    )
    assert all(count == 4 for count in per_day.values())


async def test_night_time_reminder_on_dst_nights(harness: Harness) -> None:
    """A chosen 02:30 reminder: once at 03:00 in spring, once (the first 02:30) in autumn.
    It is in the sleep window (22:00 to 06:00), so it was kept there on purpose."""
    cas = User(3003, "Cas", language_code="nl")
    await _onboard_on(harness, cas, local(2027, 3, 28, 0, 0), wake="0600", bed="2200")
    harness.store.participants.change_settings(
        cas.id, {"probiotic_time": "02:30", "quiet_ok": frozenset({"probiotic"})}
    )
    from jobs.planner import replan

    replan(harness.store, cas.id, harness.clock.now())
    await harness.run_until(local(2027, 3, 28, 4, 0), step=dtm.timedelta(minutes=5))
    assert sent_local_times(harness, cas, "probiotic") == ["03-28 03:00"]


async def test_restart_sends_nothing_twice_and_loses_nothing(harness: Harness) -> None:
    dana = User(3004, "Dana", language_code="nl")
    await harness.onboard(dana)
    await harness.run_until(local(2026, 11, 23, 8, 0))
    assert len(harness.new_messages(dana)) == 2  # 07:30 water, 08:00 probiotic
    await harness.restart()
    await harness.tick()
    assert harness.new_messages(dana) == []
    # Down from 11:00 to 12:30: the 12:00 water is sent late, once, and says it is late.
    harness.clock.set(local(2026, 11, 23, 11, 0))
    await harness.tick()
    await harness.stop()
    harness.clock.set(local(2026, 11, 23, 12, 30))
    await harness.start()
    await harness.tick()
    [late] = harness.new_messages(dana)
    assert "Deze stond voor 12:00" in (late.text or "")
    await harness.restart()
    await harness.tick()
    assert harness.new_messages(dana) == []


async def test_downtime_beyond_two_hours_is_recorded_as_missed(harness: Harness) -> None:
    eva = User(3005, "Eva", language_code="nl")
    await harness.onboard(eva)
    await harness.stop()
    harness.clock.set(local(2026, 11, 23, 14, 5))  # 07:30, 08:00 and 12:00 are > 2 h ago
    await harness.start()
    await harness.tick()
    assert harness.new_messages(eva) == []
    assert [
        (row.kind, row.slot, row.status)
        for row in harness.store.reminders.day(eva.id, dtm.date(2026, 11, 23))
        if row.status == "missed"
    ] == [
        ("hydration", 0, "missed"),
        ("probiotic", 0, "missed"),
        ("hydration", 1, "missed"),
    ]
    harness.clock.set(local(2026, 11, 23, 16, 30))
    await harness.tick()
    assert len(harness.new_messages(eva)) == 1


async def test_a_crash_mid_send_never_resends(harness: Harness) -> None:
    fien = User(3006, "Fien", language_code="nl")
    await harness.onboard(fien)
    # A crash while the request was on its way: the claim and its mark are there at start-up.
    harness.clock.set(local(2026, 11, 23, 7, 30))
    harness.store.reminders.claim([fien.id], local(2026, 11, 23, 7, 45))
    [water] = harness.store.reminders.claimed_rows(fien.id)
    harness.store.reminders.mark_on_wire(fien.id, [water.id])
    await harness.crash()
    await harness.tick()
    assert harness.new_messages(fien) == []
    assert stored.reminder_outcomes(harness.store, "hydration", 0, dtm.date(2026, 11, 23)) == [
        ("failed", "uncertain")
    ]


async def test_a_crash_before_the_request_left_sends_it_after_the_restart(
    harness: Harness,
) -> None:
    fien = User(3006, "Fien", language_code="nl")
    await harness.onboard(fien)
    # Claimed, still waiting for its turn in the pacer when the process died.
    harness.clock.set(local(2026, 11, 23, 7, 30))
    harness.store.reminders.claim([fien.id], local(2026, 11, 23, 7, 45))
    await harness.crash()
    await harness.tick()
    [message] = harness.new_messages(fien)
    assert "water" in (message.text or "")
    await harness.tick()
    assert harness.new_messages(fien) == []  # and only once
    assert [
        row.status
        for row in harness.store.reminders.day(fien.id, dtm.date(2026, 11, 23))
        if row.kind == "hydration" and row.slot == 0
    ] == ["sent"]


async def test_forbidden_makes_the_participant_inactive(
    harness: Harness, server: FakeBotApi
) -> None:
    gijs = User(3007, "Gijs", language_code="nl")
    await harness.onboard(gijs)
    server.fail_next(
        "sendMessage",
        error_code=403,
        chat_id=gijs.id,
        description="Forbidden: bot was blocked by the user",
    )
    harness.clock.set(local(2026, 11, 23, 7, 30))
    await harness.tick()
    p = harness.participant(gijs)
    assert p is not None and p.status == "blocked"
    sends_before = len([c for c in server.calls if c.method == "sendMessage"])
    await harness.run_until(local(2026, 11, 24, 23, 0), step=dtm.timedelta(minutes=10))
    assert len([c for c in server.calls if c.method == "sendMessage"]) == sends_before
    # /start brings them back.
    await harness.say(gijs, "/start")
    p = harness.participant(gijs)
    assert p is not None and p.status == "active"


async def test_blocking_the_bot_stops_reminders(harness: Harness, server: FakeBotApi) -> None:
    hans = User(3008, "Hans", language_code="nl")
    await harness.onboard(hans)
    await harness._processed(server.block_bot(hans))
    p = harness.participant(hans)
    assert p is not None and p.status == "blocked"
    assert [row for row in harness.store.reminders.all(hans.id) if row.status == "planned"] == []


async def test_retry_after_is_honoured(harness: Harness, server: FakeBotApi) -> None:
    ilse = User(3009, "Ilse", language_code="nl")
    await harness.onboard(ilse)
    first_call = len(server.calls)
    server.fail_next(
        "sendMessage",
        error_code=429,
        chat_id=ilse.id,
        retry_after=1,
        description="Too Many Requests: retry after 1",
    )
    harness.clock.set(local(2026, 11, 23, 7, 30))
    await harness.tick()
    [message] = harness.new_messages(ilse)
    attempts = [
        c
        for c in server.calls[first_call:]
        if c.method == "sendMessage" and c.params.get("chat_id") == ilse.id
    ]
    assert len(attempts) == 2
    assert attempts[1].at - attempts[0].at >= 1.0  # waited out retry_after, then sent once
    assert [
        (row.status, row.message_id)
        for row in harness.store.reminders.all(ilse.id)
        if row.status == "sent"
    ] == [("sent", message.message_id)]


async def test_a_group_chat_is_refused(harness: Harness, server: FakeBotApi) -> None:
    kim = User(3011, "Kim", language_code="nl")
    server.add_bot_to_group(kim, -100123)
    await server.wait_until(lambda: -100123 in server.left_chats, what="left the group")
    [refusal] = server.messages_to(-100123)
    assert "alleen in een privégesprek" in (refusal.text or "")
    server.send_text(kim, "/start", chat_id=-100456, chat_type="supergroup")
    await server.wait_until(lambda: -100456 in server.left_chats, what="left the supergroup")
    assert harness.participant(kim) is None
    assert stored.count_rows(harness.store, "participants") == 0


async def test_no_late_reminder_in_quiet_hours(harness: Harness) -> None:
    lot = User(3012, "Lot", language_code="nl")
    await harness.onboard(lot)  # bedtime 23:00, wind-down 22:00
    await harness.run_until(local(2026, 11, 23, 21, 50), step=dtm.timedelta(minutes=10))
    harness.new_messages(lot)
    await harness.stop()
    harness.clock.set(local(2026, 11, 23, 23, 20))  # back within 2 h, but after bedtime
    await harness.start()
    await harness.tick()
    assert harness.new_messages(lot) == []
    assert [
        row.status
        for row in harness.store.reminders.day(lot.id, dtm.date(2026, 11, 23))
        if row.kind == "winddown"
    ] == ["missed"]
