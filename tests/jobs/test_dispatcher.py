"""The dispatcher's own rules, without Telegram: claiming, sorting what was claimed, and
planning ahead only with the time a tick has to spare."""

from __future__ import annotations

import datetime as dtm
from collections.abc import Callable
from typing import Any, cast

import pytest

import jobs.dispatcher
from bot.outgoing import Composer
from bot.programme.kinds import KINDS
from bot.programme.planning import FIRST_SLOT
from bot.programme.schedule import Occurrence
from bot.storage import Store
from jobs.clock import FakeClock
from jobs.dispatcher import Dispatcher
from jobs.sender import Outcome, Outgoing, Sender
from tests import stored
from tests.factories import onboard
from tests.harness import local

DAY = dtm.date(2026, 11, 23)  # a Monday; onboarded at 09:00, planned through Tuesday


class Uncertain(Sender):
    """Every send breaks off after the request left: it may have arrived, so it is recorded as
    failed and never sent again."""

    def __init__(self, store: Store, clock: FakeClock) -> None:
        super().__init__(cast(Any, None), store, clock)  # no bot: `send` never reaches one
        self.attempts: list[int] = []

    async def send(self, chat_id: int, outgoing: Outgoing, on_turn: Callable[[], None]) -> Outcome:
        on_turn()
        self.attempts.append(chat_id)
        return Outcome("failed", reason="uncertain")


def planned_through(store: Store, person: int) -> str | None:
    participant = store.participants.get(person)
    assert participant is not None
    through = participant.planned_through
    return None if through is None else through.isoformat()


def dispatcher(store: Store, at: dtm.datetime, **options: Any) -> Dispatcher:
    clock = FakeClock(at)
    return Dispatcher(store, Uncertain(store, clock), clock, Composer(store), **options)


# -- claiming and sending -------------------------------------------------------------------------


async def test_a_tick_claims_each_person_once_and_sends_one_message(store: Store) -> None:
    onboard(store, 3, local(2026, 11, 23, 6, 0))
    d = dispatcher(store, local(2026, 11, 23, 8, 0))
    first = await d.tick()
    second = await d.tick()  # before the sends finished: nobody is claimed twice
    assert (first.claimed, second.claimed) == (3, 0)
    await d.drain()
    assert isinstance(d.sender, Uncertain)
    assert sorted(d.sender.attempts) == [1000, 1001, 1002]  # water and probiotic combined
    assert stored.count_rows(store, "claims") == 0
    failed = stored.count_reminders(store, "failed")
    assert failed == 6  # Telegram unreachable: recorded, not retried forever


# -- planning ahead --------------------------------------------------------------------------------


async def test_planning_ahead_is_spread_over_ticks(store: Store) -> None:
    people = onboard(store, 12, local(2026, 11, 23, 9, 0))  # planned through Tuesday
    at = local(2026, 11, 24, 0, 30)  # Tuesday began: Wednesday may be planned now
    d = dispatcher(store, at, plan_ahead=5)
    assert [(await d.tick()).planned for _ in range(4)] == [5, 5, 2, 0]
    through = {planned_through(store, p.id) for p in people}
    assert through == {"2026-11-25"}


async def test_planning_ahead_waits_for_a_tick_with_time_to_spare(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    onboard(store, 3, local(2026, 11, 23, 9, 0))
    monkeypatch.setattr(jobs.dispatcher, "TICK_BUDGET_S", 0.0)
    d = dispatcher(store, local(2026, 11, 24, 0, 30))
    assert (await d.tick()).planned == 0
    monkeypatch.setattr(jobs.dispatcher, "TICK_BUDGET_S", 0.015)
    assert (await d.tick()).planned == 3


async def test_overdue_planning_never_waits(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # Down for a day: Tuesday's horizon passed more than 20 hours ago, and Wednesday's
    # reminders would be lost if planning waited for a quiet tick.
    people = onboard(store, 3, local(2026, 11, 23, 9, 0))
    monkeypatch.setattr(jobs.dispatcher, "TICK_BUDGET_S", 0.0)
    d = dispatcher(store, local(2026, 11, 25, 0, 30))
    assert (await d.tick()).planned == 3
    planned = sum(
        row.status == "planned"
        for p in people
        for row in store.reminders.day(p.id, dtm.date(2026, 11, 25))
    )
    assert planned == 3 * 7  # probiotic, four glasses, fibre, wind-down each


# -- the database's side of a tick ----------------------------------------------------------------


async def test_no_statement_of_a_tick_reads_a_whole_table(store: Store) -> None:
    """At 100,000 people a whole-table read is seconds: every statement a tick runs (plan,
    mark missed, expire check-ins, claim) must go by an index."""
    onboard(store, 3, local(2026, 11, 23, 9, 0))
    with stored.statements(store) as statements:
        d = dispatcher(store, local(2026, 11, 24, 0, 30))
        await d.tick()  # plans ahead
        d.clock = FakeClock(local(2026, 11, 24, 8, 0))
        report = await d.tick()  # claims
        await d.drain()  # composes and tries to send
    assert report.claimed > 0
    dml = [s for s in statements if stored.finds_rows(s)]
    assert dml
    for sql in dml:
        plan = stored.query_plan(store, sql)
        assert "SCAN occurrences" not in plan and "SCAN participants" not in plan, (sql, plan)
        assert "SCAN checkins" not in plan, (sql, plan)


class AwayOnce(Sender):
    """Telegram unreachable for the first message with `words` (it provably never left: its
    rows stay planned), back for everything after."""

    def __init__(self, store: Store, clock: FakeClock, words: str) -> None:
        super().__init__(cast(Any, None), store, clock)
        self.words = words
        self.texts: list[str] = []

    async def send(self, chat_id: int, outgoing: Outgoing, on_turn: Callable[[], None]) -> Outcome:
        on_turn()
        self.texts.append(outgoing.text)
        if [text for text in self.texts if self.words in text] == [outgoing.text]:
            return Outcome("unsent", reason="unreachable")
        return Outcome("sent", message_id=len(self.texts))


async def away_then_back(store: Store, person: int, event: Occurrence, words: str) -> AwayOnce:
    """`event` planned for `person`, and two ticks 15 seconds apart from its moment, Telegram
    unreachable for the first message with `words`."""
    store.reminders.save_plan(person, [event], event.local_date + dtm.timedelta(days=1), event.due)
    clock = FakeClock(event.due)
    sender = AwayOnce(store, clock, words)
    d = Dispatcher(store, sender, clock, Composer(store))
    for _ in range(2):
        await d.tick()
        await d.drain()
        clock.advance(dtm.timedelta(seconds=15))
    return sender


async def test_an_offer_that_never_left_is_made_at_the_next_tick(store: Store) -> None:
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 8, 5)
    offer = Occurrence("offer", KINDS.index("skincare"), at.date(), at.astimezone(dtm.UTC))
    sender = await away_then_back(store, p.id, offer, "huid in te smeren")
    offers = [text for text in sender.texts if "huid in te smeren" in text]
    assert len(offers) == 2  # the same offer, composed again
    person = store.participants.get(p.id)
    assert person is not None and person.offers_done == {"skincare"}
    assert stored.reminder_outcomes(store, "offer", KINDS.index("skincare"), at.date()) == [
        ("sent", None)
    ]


async def test_a_packs_running_out_that_never_left_is_said_at_the_next_tick(
    store: Store,
) -> None:
    """Said once a pack: marked as it leaves, so a message that provably never left says it
    again, and one that left is not followed by a second."""
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    store.participants.change_settings(p.id, {"probiotic_pack": 5})
    store.participants.new_pack(p.id, dtm.date(2026, 11, 23))
    clock = FakeClock(local(2026, 11, 23, 8, 0))
    sender = AwayOnce(store, clock, "raakt bijna op")
    d = Dispatcher(store, sender, clock, Composer(store))
    await d.tick()
    await d.drain()
    person = store.participants.get(p.id)
    assert person is not None and person.stock_told == 0  # never left: still to say
    clock.advance(dtm.timedelta(seconds=15))
    await d.tick()
    await d.drain()
    person = store.participants.get(p.id)
    assert person is not None and person.stock_told == 1
    said = [text for text in sender.texts if "raakt bijna op: nog ongeveer 5" in text]
    assert len(said) == 2 and len(sender.texts) == 2  # the same message, composed again
    clock.set(local(2026, 11, 24, 8, 0))  # the next day's probiotic: not said again
    await d.tick()
    await d.drain()
    assert len(sender.texts) == 3 and "raakt bijna op" not in sender.texts[-1]


async def test_a_checkin_whose_start_never_left_starts_again_not_resumes(store: Store) -> None:
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 19, 0)
    checkin = Occurrence("checkin", 0, at.date(), at.astimezone(dtm.UTC))
    sender = await away_then_back(store, p.id, checkin, "(1/14)")
    first, again = [text for text in sender.texts if "(1/14)" in text]
    assert first == again and first.startswith("Dan nu je eerste check-in")
    assert "staat nog open" not in again


async def test_a_checkin_seen_and_not_yet_answered_is_resumed_by_the_next_one(
    store: Store,
) -> None:
    """Its start arrived at 19:00 and nothing is answered: the one due at 20:00 says it is still
    open, it does not start it again."""
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 19, 0)
    first = Occurrence("checkin", FIRST_SLOT, at.date(), at.astimezone(dtm.UTC))
    sender = await away_then_back(store, p.id, first, "words in no message")
    later = local(2026, 11, 23, 20, 0)
    again = Occurrence("checkin", 0, later.date(), later.astimezone(dtm.UTC))
    store.reminders.save_plan(p.id, [again], dtm.date(2026, 11, 24), later)
    d = Dispatcher(store, sender, FakeClock(later), Composer(store))
    await d.tick()
    await d.drain()
    started, resumed = [text for text in sender.texts if "(1/14)" in text]
    assert started.startswith("Dan nu je eerste check-in")
    assert resumed.startswith("Je check-in staat nog open")
