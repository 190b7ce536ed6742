"""/settings, /pause, /resume, /stop, /language, /help and the command menu."""

from __future__ import annotations

import asyncio
import datetime as dtm
import re
from pathlib import Path

from bot.botapi import FakeBotApi, User
from bot.handlers.commands import COMMANDS
from messages import LANGUAGES, t
from tests import stored
from tests.harness import Harness, local

ROOT = Path(__file__).resolve().parents[2]  # tests/e2e/ -> the repository


async def test_settings_change_a_time_by_typing_and_replan(harness: Harness) -> None:
    anna = User(4001, "Anna", language_code="nl")
    await harness.onboard(anna)
    [overview] = await harness.say(anna, "/settings")
    assert "Probioticum 08:00 (aan)" in (overview.text or "")
    # One message all session: the overview becomes the question, with a way back.
    assert await harness.press(anna, overview, "Tijd probioticum") == []
    assert "✓ 08:00" in [label for label, _ in overview.buttons()]
    assert "Terug" in [label for label, _ in overview.buttons()]
    [again] = await harness.say(anna, "morgen")  # what was wrong, and the question again
    assert "herken ik niet als tijd" in (again.text or "") and again.buttons()
    assert not overview.buttons()  # the question moved to the new message, with its buttons
    [saved] = await harness.say(anna, "9.15")
    # One confirmation: the session goes on in the reply, the overview with the new time;
    # the question above it loses its buttons.
    assert (saved.text or "").startswith("Opgeslagen")
    assert "Probioticum 09:15" in (saved.text or "") and saved.buttons()
    assert not again.buttons()
    due = sorted(
        (row.local_date, row.due_at)
        for row in harness.store.reminders.all(anna.id)
        if row.kind == "probiotic" and row.status == "planned"
    )
    assert [d for _, d in due] == [
        local(2026, 11, 23, 9, 15),
        local(2026, 11, 24, 9, 15),
    ]
    # Typed text after the setting was saved answers nothing: the overview is open, and
    # the reply says so (and where help is).
    [unknown] = await harness.say(anna, "10:00")
    assert "/help" in (unknown.text or "")
    participant = harness.participant(anna)
    assert participant is not None and participant.times["probiotic"] == "09:15"


async def test_settings_switch_a_kind_off_and_on(harness: Harness) -> None:
    bob = User(4002, "Bob", language_code="en")
    await harness.onboard(bob, language="en")
    [overview] = await harness.say(bob, "/settings")
    await harness.press_data(bob, overview, overview.button("Water: on"))
    assert "Water 4× a day (off)" in (overview.text or "")
    assert planned_water(harness, bob) == 0
    harness.clock.set(local(2026, 11, 23, 7, 45))
    await harness.tick()
    assert harness.new_messages(bob) == []
    await harness.press_data(bob, overview, overview.button("Water: off"))
    assert planned_water(harness, bob) == 7


def planned_water(harness: Harness, user: User) -> int:
    """How many glasses of water are planned for this person."""
    rows = harness.store.reminders.all(user.id)
    return sum(row.kind == "hydration" and row.status == "planned" for row in rows)


async def test_settings_hydration_count_and_timezone(harness: Harness) -> None:
    cas = User(4003, "Cas", language_code="nl")
    await harness.onboard(cas)
    [overview] = await harness.say(cas, "/settings")
    await harness.press(cas, overview, "Water per dag")
    assert await harness.press(cas, overview, "6") == []  # edited in place
    assert "Water 6× per dag" in (overview.text or "")
    await harness.press(cas, overview, "Tijdzone")
    [again] = await harness.say(cas, "Narnia/Cair_Paravel")
    assert "tijdzone ken ik niet" in (again.text or "")
    [saved] = await harness.say(cas, "america/paramaribo")
    assert "Opgeslagen" in (saved.text or "")
    assert "Tijdzone: America/Paramaribo" in (saved.text or "")
    assert await harness.press(cas, saved, "Klaar") == []  # one short line at the end
    assert "bewaard" in (saved.text or "") and not saved.buttons()


async def test_language_switch(harness: Harness) -> None:
    dana = User(4004, "Dana", language_code="nl")
    await harness.onboard(dana)
    [question] = await harness.say(dana, "/language")
    assert await harness.press(dana, question, "English") == []
    assert (question.text or "").startswith("From now on I'll talk to you in English.")
    assert "Your settings" in (question.text or "")
    [help_message] = await harness.say(dana, "/help")
    assert "This is what I can do" in (help_message.text or "")


async def test_pause_and_resume(harness: Harness) -> None:
    eva = User(4005, "Eva", language_code="nl")
    await harness.onboard(eva)
    [bad] = await harness.say(eva, "/pause veel")
    assert "/pause 3" in (bad.text or "")
    [ask] = await harness.say(eva, "/pause")
    [done] = await harness.press(eva, ask, "3 dagen")
    assert done.text == (
        "Gepauzeerd tot en met woensdag 25 november. Met /resume ga je eerder verder.\n"
        "Daarna krijg je donderdag 26 november om 07:30 weer een seintje."
    )
    await harness.run_until(local(2026, 11, 25, 23, 59), step=dtm.timedelta(minutes=15))
    assert harness.new_messages(eva) == []
    harness.clock.set(local(2026, 11, 26, 7, 30))
    await harness.tick()
    assert len(harness.new_messages(eva)) == 1
    [_paused] = await harness.say(eva, "/pause 2")
    [today] = await harness.say(eva, "/today")
    assert "op pauze tot en met vrijdag 27 november" in (today.text or "")
    [resumed] = await harness.say(eva, "/resume")
    assert "lopen weer" in (resumed.text or "")
    harness.clock.set(local(2026, 11, 26, 12, 0))
    await harness.tick()
    assert len(harness.new_messages(eva)) == 1
    [nothing] = await harness.say(eva, "/resume")
    assert "niets te hervatten" in (nothing.text or "")


async def test_stop_sends_nothing_until_start(harness: Harness, server: FakeBotApi) -> None:
    fien = User(4006, "Fien", language_code="nl")
    await harness.onboard(fien)
    [stopped] = await harness.say(fien, "/stop")
    assert "geen berichten meer" in (stopped.text or "")
    await harness.run_until(local(2026, 11, 24, 23, 0), step=dtm.timedelta(minutes=15))
    assert harness.new_messages(fien) == []
    [back, overview] = await harness.say(fien, "/start")
    assert "lopen weer" in (back.text or "") and "instellingen" in (overview.text or "")
    harness.clock.set(local(2026, 11, 25, 7, 30))
    await harness.tick()
    assert len(harness.new_messages(fien)) == 1


async def test_stickers_and_unknown_commands_get_a_pointer(harness: Harness) -> None:
    gijs = User(4007, "Gijs", language_code="en")
    await harness.onboard(gijs, language="en")
    [reply] = await harness.say(gijs, "/dance")
    assert "/help" in (reply.text or "")


async def test_command_menu_is_set_per_language(harness: Harness, server: FakeBotApi) -> None:
    for language in LANGUAGES:
        listed = server.commands[language]
        assert [c["command"] for c in listed] == list(COMMANDS)
        assert [c["description"] for c in listed] == [t(language, f"cmd.{c}") for c in COMMANDS]
    assert [c["command"] for c in server.commands[None]] == list(COMMANDS)


def test_every_command_is_in_help_and_readme_in_both_languages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    registered = set(re.findall(r'\bcommand\("(\w+)"', (ROOT / "bot/app.py").read_text()))
    # /stats is for operators only; /jeuk and /behandeling are /itch's and /treatment's Dutch
    # names, said in their descriptions.
    assert registered == set(COMMANDS) | {"stats", "jeuk", "behandeling"}
    for language in LANGUAGES:
        from bot.handlers.commands import help_text

        text = help_text(language)
        for command in COMMANDS:
            assert f"/{command}" in text
            assert f"`/{command}`" in readme
            assert t(language, f"cmd.{command}") in readme, (language, command)


async def test_export_gives_everything_and_only_mine(harness: Harness) -> None:
    import io
    import json
    import zipfile

    anna = User(4010, "Anna", language_code="nl")
    other = User(4011, "Other", language_code="nl")
    await harness.onboard(anna)
    await harness.onboard(other)
    [today] = await harness.say(anna, "/today")
    await harness.press_data(anna, today, today.button("+1 glas"))
    await harness.run_until(local(2026, 11, 23, 8, 5))  # the first reminders went out
    [document] = await harness.say(anna, "/export")
    assert document.method == "sendDocument"
    assert document.file_name == "darm-huid-coach-export.zip"
    archive = zipfile.ZipFile(io.BytesIO(document.file_bytes or b""))
    names = set(archive.namelist())
    assert names == {
        "LEESMIJ.txt",
        "settings.csv",
        "reminders.csv",
        "reminder_weeks.csv",
        "checkins.csv",
        "itch.csv",
        "triggers.csv",
        "water.csv",
        "corrections.csv",
        "treatments.csv",
        "treatment_days.csv",
        "data.json",
    }
    data = json.loads(archive.read("data.json"))
    assert data["settings"]["id"] == anna.id
    assert data["water"] == [{"date": "2026-11-23", "glasses": 1}]
    assert len(data["checkins"]) == 1  # the baseline check-in, still open
    assert data["reminders"] and all("participant_id" not in r for r in data["reminders"])
    # Readable: Dutch column names, local times, words instead of codes.
    reminders = archive.read("reminders.csv").decode("utf-8-sig").splitlines()
    assert reminders[0] == "Datum,Tijd,Herinnering,Status,Beantwoord op,Keer uitgesteld"
    assert "2026-11-23,07:30,Water,open,,0" in reminders
    settings = archive.read("settings.csv").decode("utf-8-sig")
    assert "Tijdzone,Europe/Amsterdam" in settings and "Opstaan,07:00" in settings
    # Nothing of anyone else, and nothing of the bot's own workings.
    everything = " ".join(archive.read(name).decode("utf-8-sig") for name in names)
    assert str(other.id) not in everything
    for internal in ("planned_through", "next_plan_at", "plan_errors", "awaiting", "tip_key"):
        assert internal not in everything


async def test_delete_erases_everything_after_confirmation(harness: Harness) -> None:
    bob = User(4012, "Bob", language_code="en")
    keep = User(4013, "Keep", language_code="en")
    await harness.onboard(bob, language="en")
    await harness.onboard(keep, language="en")
    [ask] = await harness.say(bob, "/delete")
    [kept] = await harness.press(bob, ask, "Never mind")
    assert "nothing was erased" in (kept.text or "")
    assert harness.participant(bob) is not None
    [ask] = await harness.say(bob, "/delete")
    [done] = await harness.press(bob, ask, "erase everything")
    assert "Older ones I cannot remove" in (done.text or "")
    for table in ("participants", "occurrences", "checkins", "water", "itch"):
        assert stored.rows_about(harness.store, table, bob.id) == [], table
    assert harness.participant(keep) is not None
    harness.clock.set(local(2026, 11, 23, 7, 30))
    await harness.tick()
    assert harness.new_messages(bob) == []


async def test_stats_is_for_operators_only_and_holds_no_answers(
    harness: Harness, server: FakeBotApi
) -> None:
    anna = User(4020, "Anna", language_code="nl")
    await harness.onboard(anna)
    [reply] = await harness.say(anna, "/stats")
    assert "/help" in (reply.text or "")  # not an operator: just an unknown command
    await harness.stop()
    admin = User(4021, "Operator", language_code="en")
    settings = harness.settings()
    harness.settings = lambda: settings.model_copy(  # type: ignore[method-assign]
        update={"admin_chat_ids": frozenset({admin.id})}
    )
    await harness.start()
    [counts] = await harness.say(admin, "/stats")
    assert "participants_active: 1" in (counts.text or "")
    assert "checkins_completed: 0" in (counts.text or "")


async def test_operator_counts_read_on_a_connection_of_their_own(harness: Harness) -> None:
    anna = User(4030, "Anna", language_code="nl")
    await harness.onboard(anna)
    since = harness.clock.now() - dtm.timedelta(days=7)
    with harness.store.transaction():
        stored.stop_everyone(harness.store)
        # In a worker thread, as /stats runs them: what is committed, without waiting for the
        # event loop's connection to finish its write.
        counts = await asyncio.to_thread(harness.store.aggregate_counts, since)
    assert counts["participants_active"] == 1 and "participants_stopped" not in counts
    assert harness.store.aggregate_counts(since)["participants_stopped"] == 1
