"""When the next thing is due: what `make demo` moves its clock to, step by step."""

from __future__ import annotations

import datetime as dtm

from bot.storage import Store
from tests.factories import onboard
from tests.harness import local


def test_the_next_event_is_the_first_planned_row_planning_or_expiry_after_now(
    store: Store,
) -> None:
    [p] = onboard(store, 1, local(2026, 11, 23, 6, 0))
    # Onboarded at 06:00, up at 07:00: the day's first water comes at 07:30.
    assert store.next_event(local(2026, 11, 23, 6, 0)) == local(2026, 11, 23, 7, 30)
    # Strictly after: asked at that very moment, it is the probiotic at 08:00.
    assert store.next_event(local(2026, 11, 23, 7, 30)) == local(2026, 11, 23, 8, 0)
    # Rows no longer planned (sent, missed, cancelled) are not due: then the person's next
    # planning, at midnight, is what comes.
    store.reminders.set_status([row.id for row in store.reminders.all(p.id)], "sent")
    midnight = local(2026, 11, 24, 0, 0)
    assert store.next_event(local(2026, 11, 23, 6, 0)) == midnight
    # An open check-in's expiry is an event too: it closes then.
    expires = local(2026, 11, 23, 21, 15)
    store.checkins.start(p.id, "scheduled", dtm.date(2026, 11, 23), local(2026, 11, 23, 9), expires)
    assert store.next_event(local(2026, 11, 23, 9, 0)) == expires
    assert store.next_event(expires) == midnight
    assert store.next_event(midnight) is None


def test_nothing_is_due_for_nobody(store: Store) -> None:
    assert store.next_event(local(2026, 11, 23, 6, 0)) is None
