"""Failures a person should never feel: a crashing handler, a shutdown mid-burst."""

from __future__ import annotations

import datetime as dtm
import logging
from collections import Counter

import pytest

from bot.botapi import TOKEN, FakeBotApi, User
from tests import stored
from tests.harness import Harness, local


async def test_a_failing_handler_gets_a_kind_reply_and_one_safe_log_line(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    anna = User(6001, "Anna", language_code="en")
    await harness.onboard(anna, language="en")
    # The database file disappears from under the bot (a disk failure, an operator's mistake).
    harness.store.db.close()
    with caplog.at_level(logging.INFO):
        update_id = harness.server.send_text(anna, "/today secret diary text")
        await harness.server.wait_until(lambda: bool(harness.errors), what="handler failed")
        await harness.server.wait_until(
            lambda: "Sorry" in (harness.last_message(anna).text or ""), what="the apology"
        )
    reply = harness.last_message(anna)
    harness.errors.clear()
    assert reply.text is not None and "Sorry, something went wrong" in reply.text
    failures = [r for r in caplog.records if r.name == "bot.handlers.errors"]
    assert len(failures) == 1
    line = failures[0].getMessage()
    assert f"(update {update_id})" in line and "\n" not in line
    assert "secret diary" not in caplog.text and TOKEN not in caplog.text
    # Reopen so the fixture can shut down cleanly.
    from bot.storage import Store

    assert harness.app is not None
    harness.app.bot_data.coach.store = Store.open(harness.db_path)


async def test_shutdown_mid_burst_sends_each_reminder_at_most_once(
    harness: Harness, server: FakeBotApi
) -> None:
    people = [User(6100 + i, f"P{i}", language_code="nl") for i in range(20)]
    for person in people:
        await harness.onboard(person)
    harness.clock.set(local(2026, 11, 23, 7, 30))
    await harness.restart(pace=10.0)  # one request at a time on the wire, 100 ms apart

    def reminders_sent() -> int:
        return len([m for m in server.sent if "glas water" in (m.text or "")])

    assert harness.app is not None
    await harness.app.bot_data.coach.dispatcher.tick()
    await server.wait_until(lambda: reminders_sent() > 0, what="the burst starts")
    await harness.stop()  # most of the 20 reminders are still queued in the pacer
    queued_at_stop = len(people) - reminders_sent()
    await harness.restart(pace=1000.0)
    await harness.tick()
    received = [
        len([m for m in server.messages_to(p.id) if "glas water" in (m.text or "")]) for p in people
    ]
    assert max(received) == 1  # never twice
    statuses = Counter(
        status
        for status, _ in stored.reminder_outcomes(
            harness.store, "hydration", 0, dtm.date(2026, 11, 23)
        )
    )
    # A request cancelled in flight is recorded as failed and never resent (it may or may not
    # have reached Telegram); everything still queued at shutdown went out after the restart.
    sent, failed = statuses.get("sent", 0), statuses.get("failed", 0)
    assert sent + failed == len(people)
    assert sent <= sum(received) <= sent + failed
    assert failed <= 1  # only what was on the wire at that moment
    assert queued_at_stop >= len(people) // 2  # the test did stop mid-burst


async def test_the_dispatcher_job_is_scheduled_once_in_production_wiring(
    server: FakeBotApi, tmp_path: object
) -> None:
    from pathlib import Path

    from pydantic import SecretStr

    from bot.app import DISPATCHER_JOB, build_application
    from bot.config import Settings

    settings = Settings(
        _env_file=None,
        telegram_bot_token=SecretStr(TOKEN),  # type: ignore[call-arg]
        database_path=Path(str(tmp_path)) / "c.db",
        telegram_api_base_url=server.base_url,
    )
    app = build_application(settings)
    await app.initialize()
    assert app.post_init is not None and app.job_queue is not None
    await app.post_init(app)
    jobs = app.job_queue.get_jobs_by_name(DISPATCHER_JOB)
    assert len(jobs) == 1
    trigger = jobs[0].job.trigger
    assert trigger.interval == dtm.timedelta(seconds=15)
    assert jobs[0].job.misfire_grace_time is None and jobs[0].job.coalesce
    await app.shutdown()
    assert app.post_shutdown is not None
    await app.post_shutdown(app)
