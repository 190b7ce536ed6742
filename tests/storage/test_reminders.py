"""Reminder rows in storage: claiming a person, what a crash leaves, and the last tip shown."""

from __future__ import annotations

import datetime as dtm

from bot.programme.kinds import KINDS
from bot.programme.schedule import Occurrence
from bot.storage import Store
from tests import stored
from tests.factories import onboard
from tests.harness import local


def test_a_claim_covers_the_next_quarter_of_an_hour_of_one_person(store: Store) -> None:
    [p, other] = onboard(store, 2, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 8, 0)
    assert store.reminders.due_participants(at, 10) == [p.id, other.id]
    assert store.reminders.due_participants(at, 10, skip={p.id}) == [other.id]
    assert store.reminders.claimed_rows(p.id) == []  # not claimed
    store.reminders.claim([p.id], at + dtm.timedelta(minutes=15))
    rows = store.reminders.claimed_rows(p.id)
    # 07:30 water (due, unsent), 08:00 probiotic; the 10:00 water is outside the quarter.
    assert [(r.kind, r.slot) for r in rows] == [("hydration", 0), ("probiotic", 0)]
    assert all(r.participant_id == p.id and r.status == "planned" for r in rows)
    assert store.reminders.claimed_rows(other.id) == []
    store.reminders.release(p.id)
    assert store.reminders.claimed_rows(p.id) == []


def test_after_a_crash_only_what_was_on_the_wire_is_failed(store: Store) -> None:
    [p, q, other] = onboard(store, 3, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 8, 0)
    store.reminders.claim([p.id, q.id], at + dtm.timedelta(minutes=15))
    # p's message was on its way to Telegram at the crash; q's was still waiting its turn.
    store.reminders.mark_on_wire(p.id, [r.id for r in store.reminders.claimed_rows(p.id)])
    assert store.reminders.abandon_claims() == 2
    why = stored.fail_reasons(store)
    statuses = [
        (row.participant_id, row.kind, row.slot, row.status, why[row.id])
        for person in (p, q, other)
        for row in store.reminders.day(person.id, dtm.date(2026, 11, 23))
        if row.due_at <= at
    ]
    assert statuses == [
        (p.id, "hydration", 0, "failed", "uncertain"),  # may have arrived: never resent
        (p.id, "probiotic", 0, "failed", "uncertain"),
        (q.id, "hydration", 0, "planned", None),  # never left: sent after the restart
        (q.id, "probiotic", 0, "planned", None),
        (other.id, "hydration", 0, "planned", None),
        (other.id, "probiotic", 0, "planned", None),
    ]
    assert stored.count_rows(store, "claims") == 0
    assert store.reminders.abandon_claims() == 0


def test_an_outcome_clears_the_wire_and_a_failure_keeps_its_rows(store: Store) -> None:
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 8, 0)
    store.reminders.claim([p.id], at + dtm.timedelta(minutes=15))
    water, pill = store.reminders.claimed_rows(p.id)
    store.reminders.mark_on_wire(p.id, [water.id])
    store.reminders.record_sent(p.id, [water.id], 77, {}, at)
    store.reminders.mark_on_wire(p.id, [pill.id])
    assert store.reminders.record_failed(p.id, [pill.id], "blocked") == 1
    assert store.reminders.record_failed(p.id, [pill.id], "blocked") == 0  # once
    assert stored.claims_on_wire(store) == [None]
    assert store.reminders.abandon_claims() == 0  # nothing was left on the wire
    why = stored.fail_reasons(store)
    rows = [
        (row.id, row.status, row.message_id, why[row.id])
        for row in store.reminders.all(p.id)
        if row.id in (water.id, pill.id)
    ]
    assert rows == [(water.id, "sent", 77, None), (pill.id, "failed", None, "blocked")]


def test_start_up_finds_half_sent_rows_by_key(store: Store) -> None:
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    store.reminders.claim([p.id], local(2026, 11, 23, 8, 15))
    store.reminders.mark_on_wire(p.id, [r.id for r in store.reminders.claimed_rows(p.id)])
    with stored.statements(store) as statements:
        store.reminders.abandon_claims()
    [update] = [s for s in statements if stored.is_update(s)]
    plan = stored.query_plan(store, update)
    assert "SCAN occurrences" not in plan, plan
    assert "PRIMARY KEY" in plan or "INTEGER PRIMARY KEY" in plan, plan


def test_the_last_tip_is_found_after_a_long_pause_too(store: Store) -> None:
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    today = dtm.date(2026, 11, 23)

    def shown(day: dtm.date, key: str) -> None:
        """A fibre reminder sent that day at 17:30, with the tip `key`."""
        at = local(day.year, day.month, day.day, 17, 30)
        store.reminders.add(p.id, "fibre", day, at)
        [row] = [r for r in store.reminders.day(p.id, day) if r.kind == "fibre"]
        store.reminders.record_sent(p.id, [row.id], 1, {row.id: key}, at)

    assert store.reminders.last_tip(p.id, "fibre", today) is None
    shown(today - dtm.timedelta(days=40), "fibre-old")
    assert store.reminders.last_tip(p.id, "fibre", today) == "fibre-old"  # beyond the recent week
    shown(today - dtm.timedelta(days=1), "fibre-yesterday")
    assert store.reminders.last_tip(p.id, "fibre", today) == "fibre-yesterday"
    assert store.reminders.last_tip(p.id, "probiotic", today) is None  # per kind


def _offer_on_the_wire(store: Store) -> tuple[int, int]:
    """A person, and the skin-care offer of 08:05 on their first day, claimed and on its way."""
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    at = local(2026, 11, 23, 8, 5)
    offer = Occurrence("offer", KINDS.index("skincare"), at.date(), at.astimezone(dtm.UTC))
    store.reminders.save_plan(p.id, [offer], dtm.date(2026, 11, 24), at)
    store.reminders.claim([p.id], at + dtm.timedelta(minutes=1))
    [row] = [r for r in store.reminders.claimed_rows(p.id) if r.kind == "offer"]
    store.reminders.mark_on_wire(p.id, [row.id])
    return p.id, row.id


def _offered(store: Store, person: int) -> frozenset[str]:
    participant = store.participants.get(person)
    assert participant is not None
    return participant.offers_done


def test_an_offer_is_made_with_its_outcome_and_one_that_never_left_comes_again(
    store: Store,
) -> None:
    person, offer = _offer_on_the_wire(store)
    assert _offered(store, person) == frozenset()  # on its way: not made yet
    store.reminders.clear_wire(person, [offer])  # provably never left
    assert _offered(store, person) == frozenset()
    assert [r.status for r in store.reminders.claimed_rows(person) if r.id == offer] == ["planned"]
    store.reminders.mark_on_wire(person, [offer])
    store.reminders.record_sent(person, [offer], 77, {}, local(2026, 11, 23, 8, 6))
    assert _offered(store, person) == {"skincare"}


def test_an_offer_that_may_have_arrived_is_made_too(store: Store) -> None:
    person, offer = _offer_on_the_wire(store)
    store.reminders.record_failed(person, [offer], "uncertain")
    assert _offered(store, person) == {"skincare"}


def test_an_offer_on_the_wire_at_a_crash_is_made(store: Store) -> None:
    person, _ = _offer_on_the_wire(store)
    assert store.reminders.abandon_claims() == 1
    assert _offered(store, person) == {"skincare"}


def test_a_packs_running_out_marked_as_it_leaves_leaves_a_newer_pack_alone(store: Store) -> None:
    """Composed for the pack of the 23rd; a new pack recorded before it left: the new pack's
    running out is still to say."""
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    store.participants.new_pack(p.id, dtm.date(2026, 11, 23))
    store.reminders.claim([p.id], local(2026, 11, 23, 8, 15))
    ids = [r.id for r in store.reminders.claimed_rows(p.id)]
    store.participants.new_pack(p.id, dtm.date(2026, 11, 24))
    store.reminders.mark_on_wire(p.id, ids, stock_pack=dtm.date(2026, 11, 23))
    person = store.participants.get(p.id)
    assert person is not None and person.stock_told == 0
    store.participants.new_pack(p.id, dtm.date(2026, 11, 23))  # the same pack: said
    store.reminders.mark_on_wire(p.id, ids, stock_pack=dtm.date(2026, 11, 23))
    person = store.participants.get(p.id)
    assert person is not None and person.stock_told == 1
    store.reminders.clear_wire(p.id, ids, stock_pack=dtm.date(2026, 11, 23))  # never left
    person = store.participants.get(p.id)
    assert person is not None and person.stock_told == 0
