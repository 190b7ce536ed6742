"""`make demo` as a newcomer meets it: the real bot in the terminal, a clock that moves when
told to, and the shipped scripts replayed from start to end."""

from __future__ import annotations

import asyncio
import datetime as dtm
import io
import os
import re
import sys
import zipfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

import bot.demo.__main__ as demo_main
import bot.demo.session as session_module
from bot.botapi import SentMessage
from bot.demo.session import DEMO_USER, HINT, DemoSession, clock_target, stored_clock
from bot.storage import Store
from tests.harness import AMS, local
from tests.stored import forget_demo_clock

ROOT = Path(__file__).resolve().parents[2]
MONDAY = local(2026, 11, 23, 7, 30)  # where `make demo` starts its clock
SCRIPTS = ROOT / "demo"
# `Sun 28 Mar 2027 08:00 CEST  Tijd voor je probioticum.`: a message as a long move shows it.
BRIEF = re.compile(r"^  (\w{3} \d\d \w{3} \d{4}) (\d\d:\d\d) (\w+)  (.*)$")
# `--- Coach Mon 23 Nov 2026 08:00 CET ---`: a message in full, as it arrives.
FULL = re.compile(r"^--- Coach (\w{3} \d\d \w{3} \d{4}) (\d\d:\d\d) (\w+) ---$")


class Transcript(list[str]):
    def write(self, text: str) -> None:
        self.extend(text.split("\n"))

    def text(self) -> str:
        return "\n".join(self)

    def arrivals(self, first_line: str) -> list[tuple[str, str, str]]:
        """(date, local time, zone name) of each message that begins with `first_line`."""
        found = []
        for n, line in enumerate(self):
            brief = BRIEF.match(line)
            if brief and brief.group(4).startswith(first_line):
                found.append((brief.group(1), brief.group(2), brief.group(3)))
            full = FULL.match(line)
            if full and n + 1 < len(self) and self[n + 1].startswith(first_line):
                found.append((full.group(1), full.group(2), full.group(3)))
        return found


Demo = Callable[..., tuple[DemoSession, Transcript]]


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[Callable[..., tuple[DemoSession, Transcript]]]:
    """Makes a demo session whose output goes into a transcript, as `make demo` prints it."""
    sessions: list[DemoSession] = []

    def make(start: dtm.datetime = MONDAY) -> tuple[DemoSession, Transcript]:
        transcript = Transcript()
        session = DemoSession(tmp_path, start, write=transcript.write)
        sessions.append(session)
        return session, transcript

    yield make
    for session in sessions:
        await session.close()


def script(name: str) -> list[str]:
    return (SCRIPTS / name).read_text(encoding="utf-8").splitlines()


async def test_six_weeks_script_onboards_answers_checks_in_and_shows_progress(
    demo: Demo, tmp_path: Path
) -> None:
    session, out = demo()
    await session.open(tmp_path / "demo.db")
    await session.play(script("six-weeks.txt"))
    text = out.text()
    # The script and the bot agree at every step: no number pressed a button that was not there.
    assert "there is no button" not in text and "only moves forward" not in text
    assert "is no longer on its message" not in text
    # Numbers typed as the answers they are, and what the bot recorded said back.
    assert "  (recorded: Jeuk (0-4): Elke dag)" in out
    assert "  (recorded: Slaap (uur per nacht): 6)" in out
    assert "Klaar, je programma begint vandaag." in text  # the end of onboarding
    assert text.count("(pop-up) Genoteerd: gedaan.") >= 10  # reminders answered by button
    assert "Genoteerd: jeuk 6 op zaterdag 28 november." in text  # an itch score in the evening
    # Two for the baseline (weeks 1 and 2), five more weekly: one per programme week.
    assert text.count("Dank je, je check-in is bewaard.") == 7
    assert "Je voortgang · dag 49 van je programma, fase 2" in text
    assert "Startpunt (gemiddelde van de eerste twee check-ins): 17,5." in text
    chart = tmp_path / "01-chart.png"
    assert f"[file saved: {chart}]" in text
    assert chart.read_bytes().startswith(b"\x89PNG")
    assert "Nog niets te zien." in text  # /patterns: nothing noted on the day
    summary = tmp_path / "02-darm-huid-samenvatting-2027-01-10.pdf"
    assert f"[file saved: {summary}]" in text
    assert summary.read_bytes().startswith(b"%PDF")
    # Six weeks of reminders, every one at its local time, one line each.
    probiotic = out.arrivals("Tijd voor je probioticum.")
    assert len(probiotic) >= 7 * 7
    assert {time for _, time, _ in probiotic} == {"08:00", "08:30"}  # 08:30: the one put off
    assert len(out.arrivals("Tijd voor je wekelijkse check-in")) == 1 + 5  # baseline, weekly
    # The README quotes this script: each line it quotes is one the script prints.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quoted = readme.split("From the first:\n\n```text\n", 1)[1].split("```", 1)[0]
    assert len(quoted.splitlines()) > 10
    for line in quoted.splitlines():
        assert line == "..." or line in out, line


async def test_parent_script_pauses_exports_and_erases(demo: Demo, tmp_path: Path) -> None:
    session, out = demo()
    await session.open(tmp_path / "demo.db")
    await session.play(script("parent.txt"))
    text = out.text()
    assert "there is no button" not in text
    assert "Or are you using me as a parent or carer for a child?" in text
    # The parent route: consent for the child's data, questions and results about the child.
    assert "Consent for your child's health data" in text
    assert "Time for your child's probiotic." in text
    assert "(1/14) Itch from your child's eczema: on how many days of the past week?" in text
    assert "Cutting a food out of your child's diet is always something to do with the GP" in text
    assert "Your child's skin score (POEM scale, a common questionnaire" in text
    assert "Fine, your answers are saved. /checkin carries on where you were." in text
    assert "Your check-in is still open. Let's carry on where you were." in text
    assert "Probiotic 07:30 (on)" in text
    assert "Paused up to and including Sunday 29 November." in text
    # Nothing during the pause: the first message after it is Monday's first.
    paused = text.index("> /clock +3d")
    assert "Sat 28 Nov" not in text[paused:] and "Sun 29 Nov" not in text[paused:]
    assert out.arrivals("Time for a glass of water for your child.")[-3][:2] == (
        "Mon 30 Nov 2026",
        "07:00",
    )
    export = tmp_path / "01-darm-huid-coach-export.zip"
    with zipfile.ZipFile(io.BytesIO(export.read_bytes())) as archive:
        assert any(name.endswith(".json") for name in archive.namelist())
    assert "Everything is erased; nothing about you is left in my database." in text
    assert session.app is not None
    assert session.zone() == AMS  # the participant is gone: the demo's own zone again


ONBOARD = ["/start", "1", "1", "1", "1", "1", "3", "4", "1", "3", "3", "7", "4", "2"]


@pytest.mark.parametrize(
    ("start", "move", "day", "zone_after"),
    [
        # The last Sunday of March: clocks go forward at 02:00.
        (local(2027, 3, 26, 7, 30), "+4d", "Sun 28 Mar 2027", "CEST"),
        # The last Sunday of October: clocks go back at 03:00.
        (local(2027, 10, 29, 7, 30), "+4d", "Sun 31 Oct 2027", "CET"),
    ],
)
async def test_moving_across_a_dst_change_delivers_at_the_same_wall_clock_times(
    demo: Demo,
    tmp_path: Path,
    start: dtm.datetime,
    move: str,
    day: str,
    zone_after: str,
) -> None:
    session, out = demo(start)
    await session.open(tmp_path / "demo.db")
    await session.play([*ONBOARD, f"/clock {move}"])
    # Friday to Monday. Onboarding ended within 07:30, a minute that had not passed: that
    # water is planned too, and Friday's probiotic comes in one message with it.
    friday = out.arrivals("Nu aan de beurt: Water (07:30), Probioticum (08:00).")
    arrivals = out.arrivals("Tijd voor je probioticum.") + friday
    assert len(friday) == 1 and len(arrivals) == 4
    assert {time for _, time, _ in arrivals} == {"08:00"}
    assert (day, "08:00", zone_after) in arrivals
    water = [time for date, time, _ in out.arrivals("Tijd voor een glas water.") if date == day]
    assert water == ["07:30", "12:00", "16:30", "21:00"]
    # `+4d` counts days on the wall clock: 07:30 four days on, not 96 hours.
    assert out[-1].startswith("  [clock: ") and out[-1].endswith(f" 07:30 {zone_after}]")


async def test_clock_moves_to_a_named_moment_and_to_the_next_message(
    demo: Demo, tmp_path: Path
) -> None:
    session, out = demo(local(2027, 3, 26, 7, 30))
    await session.open(tmp_path / "demo.db")
    await session.play([*ONBOARD, "/clock 2027-03-28T07:25"])
    assert out[-1] == "  [clock: Sun 28 Mar 2027 07:25 CEST]"
    await session.enter("/clock next")
    assert out[-1] == "  [clock: Sun 28 Mar 2027 07:30 CEST]"
    assert "Tijd voor een glas water." in out
    await session.enter("/clock 2027-03-01T09:00")
    assert out[-1] == "  (the clock only moves forward)"
    await session.enter("/clock soon")
    assert "/clock +30m" in out[-1]
    await session.enter("99")
    assert out[-1] == "  (there is no button 99 on show; /buttons lists them)"
    await session.enter("/clock")
    assert out[-1] == "  [clock: Sun 28 Mar 2027 07:30 CEST]"


async def test_next_says_so_when_nothing_more_is_due(demo: Demo, tmp_path: Path) -> None:
    session, out = demo()
    await session.open(tmp_path / "demo.db")
    await session.play(["/help", "/clock next"])
    assert "Dit kan ik voor je doen:" in out and "  (nothing more is due)" in out
    assert out[-1] == "  [clock: Mon 23 Nov 2026 07:30 CET]"


async def test_make_demo_runs_without_token_env_or_network(tmp_path: Path) -> None:
    """`make demo` as the README has it, with no token in the environment and every proxy
    pointed nowhere (the demo never reads `.env`): it says what it is, answers /help and
    leaves on /quit, taking its temporary folder (the database) with it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(
        HTTP_PROXY="http://192.0.2.1:9",
        HTTPS_PROXY="http://192.0.2.1:9",
        ALL_PROXY="http://192.0.2.1:9",
        NO_PROXY="",
        TMPDIR=str(tmp_path / "tmp"),
    )
    (tmp_path / "tmp").mkdir()
    process = await asyncio.create_subprocess_exec(
        "make",
        "--silent",
        "--no-print-directory",
        "-C",
        str(ROOT),
        "demo",
        f"ARGS=--out {tmp_path / 'files'}",
        cwd=tmp_path,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(b"/help\n/quit\n"), timeout=120)
    out = stdout.decode()
    assert process.returncode == 0, stderr.decode()
    assert out.startswith("Darm-Huid Coach, demo:") and "/quit (or Ctrl-D) leaves" in out
    assert "#2 presses button [2]" in out  # how to press by number where a number is a value
    assert "Dit kan ik voor je doen:" in out and "/export" in out  # /help, in the phone's Dutch
    assert stderr.decode().strip() == ""
    left = await asyncio.to_thread(lambda: sorted(tmp_path.iterdir()))
    assert left == [tmp_path / "files", tmp_path / "tmp"]  # nothing written where it started
    assert list((tmp_path / "tmp").iterdir()) == []  # and its temporary folder is gone


@pytest.mark.parametrize(
    ("now", "argument", "expected"),
    [
        # Hours are real time: 01:30 plus two hours on the night clocks go forward is 04:30.
        (local(2027, 3, 28, 1, 30), "+2h", local(2027, 3, 28, 4, 30)),
        (local(2027, 3, 28, 1, 30), "+90m", local(2027, 3, 28, 4, 0)),
        # Days and weeks are the wall clock's: 07:30 is 07:30 again, across either change.
        (local(2027, 3, 27, 7, 30), "+1d", local(2027, 3, 28, 7, 30)),
        (local(2027, 10, 30, 7, 30), "+1w", local(2027, 11, 6, 7, 30)),
        # A moment without a zone is the participant's local time; one with a zone is kept.
        (local(2027, 3, 1), "2027-03-28T07:25", local(2027, 3, 28, 7, 25)),
        (local(2027, 3, 1), "2027-03-28T07:25+00:00", local(2027, 3, 28, 9, 25)),
        (local(2027, 3, 1), "soon", None),
        (local(2027, 3, 1), "+2x", None),
        (local(2027, 3, 1), "-1d", None),
    ],
)
def test_where_the_clock_moves(
    now: dtm.datetime, argument: str, expected: dtm.datetime | None
) -> None:
    assert clock_target(argument, now.astimezone(dtm.UTC), AMS) == expected


# -- answers as a person gives them ---------------------------------------------------------

NOW = [*ONBOARD[:-1], "1"]  # onboarding, and the first check-in at once


def _store(session: DemoSession) -> Store:
    assert session.app is not None
    return session.app.bot_data.coach.store


async def test_a_number_at_a_question_of_numbers_is_that_value(demo: Demo, tmp_path: Path) -> None:
    session, out = demo()
    await session.open(tmp_path / "demo.db")
    await session.play(NOW)
    assert HINT in out  # said once, under the first question whose answers are numbers
    # Seven skin questions in days (3 days is "3–4"), #6 is the sixth button (Overslaan);
    # then the belly in days, the hours of sleep and the stress: each typed as meant.
    asked = len(out)
    await session.play(["3", "0", "7", "#6", "1", "2", "6", "3", "0", "7", "7", "10"])
    checkin = _store(session).checkins.open_one(DEMO_USER)
    assert checkin is not None
    assert [checkin.poem1, checkin.poem2, checkin.poem3, checkin.poem4] == [2, 0, 4, None]
    assert [checkin.poem5, checkin.poem6, checkin.poem7] == [1, 1, 3]
    assert [checkin.bloating, checkin.pain, checkin.stools] == [3, 0, 7]
    assert (checkin.sleep, checkin.stress) == (7.0, 10)
    # The bot goes on to its next question without a word on the answer: the demo says it,
    # before the next question.
    answered = out.index("> 3", asked)
    assert out[answered + 1] == "  (recorded: Jeuk (0-4): 3–4)"
    assert out[answered + 2] == "--- Coach ---"
    for said in (
        "  (recorded: Slaap verstoord (0-4): Geen)",
        "  (recorded: Bloeden (0-4): Elke dag)",
        "  (recorded: Opgeblazen (dagen): 3)",
        "  (recorded: Slaap (uur per nacht): 7)",
        "  (recorded: Stress (0-10): 10)",
    ):
        assert said in out
    assert "there is no button" not in out.text()
    assert out.text().count(HINT) == 1


async def test_the_evening_itch_a_snooze_and_a_button_by_its_number(
    demo: Demo, tmp_path: Path
) -> None:
    session, out = demo()
    await session.open(tmp_path / "demo.db")
    await session.play([*ONBOARD, "/clock 2026-11-23T22:00"])
    assert out.arrivals("Over een uur is het bedtijd") == [("Mon 23 Nov 2026", "22:00", "CET")]
    # "[1] ✓ Gedaan [2] Later [3] Overslaan [4] 0 [5] 1 … [14] 10": 1 is the itch score 1,
    # #1 the first button.
    asked = len(out)
    await session.play(["1", "#1"])
    store = _store(session)
    assert store.diary.itch_on(DEMO_USER, dtm.date(2026, 11, 23)) == 1
    assert "  (pop-up) Genoteerd: jeuk 1 op maandag 23 november." in out
    assert "  (pop-up) Genoteerd: gedaan." in out
    assert not any(line.startswith("  (recorded:") for line in out[asked:])  # pop-ups say it
    # The next morning's water, put off: "[1] 30 min [2] 1 uur [3] 3 uur", and 1 is an hour.
    await session.play(["/clock next", "2", "1"])
    assert out[-2:] == ["  (pop-up) Ik herinner je er om 08:30 nog een keer aan.", out[-1]]


async def test_a_typed_time_is_a_time_and_a_number_at_times_a_button(
    demo: Demo, tmp_path: Path
) -> None:
    session, out = demo()
    await session.open(tmp_path / "demo.db")
    # Wake-up typed as 0730; bedtime by its button, [3] 22:30.
    await session.play(["/start", "1", "1", "1", "1", "1", "0730", "3"])
    participant = _store(session).participants.get(DEMO_USER)
    assert participant is not None
    assert (participant.wake, participant.bed) == ("07:30", "22:30")
    assert "there is no button" not in out.text()
    assert "Genoteerd: 07:30." in out  # the bot says it back itself: no echo of it
    assert not any("Opstaan" in line for line in out if line.startswith("  (recorded:"))
    assert "  (recorded: Bedtijd: 22:30)" in out  # the bot does not say this one


async def test_any_button_still_on_screen_can_be_pressed_and_none_an_edit_took_away(
    demo: Demo, tmp_path: Path
) -> None:
    session, out = demo()
    await session.open(tmp_path / "demo.db")
    # 08:00: water and the probiotic in one message; 10:30: the first check-in's question.
    await session.play([*ONBOARD, "/clock next", "/clock next", "/buttons"])
    listed = out[out.index("> /buttons") :]
    [water] = [m for line in listed if (m := re.search(r"\[(\d+)\] 💧 \+1 glas", line))]
    # The buttons listed are numbered to press, the check-in's numbers too.
    await session.enter(water.group(1))
    assert "  (pop-up) Genoteerd: 1 glas water op maandag 23 november." in out[-4:]
    assert _store(session).diary.glasses(DEMO_USER, dtm.date(2026, 11, 23)) == 1
    # Done closes /settings: its buttons go with the edit, and cannot be pressed after it.
    await session.play(["/settings"])
    [done] = [m for line in out[-12:] if (m := re.search(r"\[(\d+)\] Klaar", line))]
    await session.play([f"#{done.group(1)}"])
    assert "bewaard" in out.text().rsplit("--- Coach (edited) ---", 1)[1]
    messages = len(session.server.messages_to(DEMO_USER))
    await session.enter("#1")
    assert out[-1].startswith("  (“") and "is no longer on its message" in out[-1]
    assert len(session.server.messages_to(DEMO_USER)) == messages  # nothing re-opened


async def test_a_database_goes_on_where_its_clock_stopped(demo: Demo, tmp_path: Path) -> None:
    database = tmp_path / "kept.db"
    assert stored_clock(database) is None  # a new one starts on Monday 23 November
    session, _ = demo()
    await session.open(database)
    await session.play([*ONBOARD, "/clock +2d", "/clock next"])
    await session.close()
    # 07:30 two days on, then the water at 07:30? no: the probiotic at 08:00.
    assert stored_clock(database) == local(2026, 11, 25, 8, 0)
    assert demo_main._start(None, database) == (local(2026, 11, 25, 8, 0), True)
    with pytest.raises(
        demo_main.ArgumentProblem, match="already has its clock at 2026-11-25T08:00"
    ):
        demo_main._start(MONDAY, database)
    # A database the demo never saved its clock in: the last moment anything was recorded.
    store = Store.open(database)
    with store.transaction():
        forget_demo_clock(store)
    store.close()
    assert stored_clock(database) == local(2026, 11, 25, 8, 0)  # the probiotic's sending
    again, out = demo(stored_clock(database))
    await again.open(database)
    await again.play(["/clock next"])
    assert out.arrivals("Tijd voor een glas water.") == [("Wed 25 Nov 2026", "12:00", "CET")]


async def test_kept_and_continued_from_the_command_line(tmp_path: Path) -> None:
    """`--keep` keeps the temporary folder and says how to go on; `--db` then goes on there,
    and its own temporary folder is gone at the end."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    first = tmp_path / "first.txt"
    first.write_text("/start\n/clock +1d\n/quit\n", encoding="utf-8")
    out = await _demo(tmp_path, temporary, "--keep", "--script", str(first))
    assert out.rstrip().endswith("goes on from here)"), out[-300:]
    kept = re.search(r'--db (\S+demo\.sqlite3)" goes on from here', out)
    assert kept is not None and Path(kept.group(1)).parent.parent == temporary
    second = tmp_path / "second.txt"
    second.write_text("/clock\n", encoding="utf-8")
    out = await _demo(tmp_path, temporary, "--db", kept.group(1), "--script", str(second))
    assert f"Going on where {kept.group(1)} left its clock." in out
    assert "> /clock\n  [clock: Tue 24 Nov 2026 07:30 CET]" in out
    assert list(temporary.iterdir()) == [Path(kept.group(1)).parent]  # only the kept one


async def _demo(cwd: Path, temporary: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(PYTHONPATH=str(ROOT), TMPDIR=str(temporary))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.demo",
        *args,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 0 and not stderr, stderr.decode()
    return stdout.decode()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--start", "tomorrow"], "--start wants a date and time such as 2026-11-23T07:30"),
        (["--language", "de"], "--language is nl (Dutch) or en (English), not 'de'."),
        (["--speed", "2"], "the demo has no option --speed 2."),
        (["--db"], "--db needs a value after it."),
        (["--keep=yes"], "--keep takes no value."),
        (["--script", "no-such-script.txt"], "cannot read the script no-such-script.txt"),
        (["--db", "."], "--db wants a file for the demo's database; . is a folder."),
    ],
)
def test_argument_errors_in_plain_words(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_main.main(args) == 2
    captured = capsys.readouterr()
    [line] = captured.err.splitlines()
    assert line.startswith("make demo: ") and said in line, line
    assert "usage" not in line and "_moment" not in line and "invalid" not in line
    assert captured.out == ""


def test_start_and_a_database_with_a_clock_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "demo.db"
    store = Store.open(database)
    store.save_demo_clock(local(2027, 1, 10, 19, 5))
    store.close()
    assert demo_main.main(["--db", str(database), "--start", "2026-11-23T07:30"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        f"make demo: the database {database} already has its clock at 2027-01-10T19:05 and the "
        "demo goes on from there: leave out --start, or give --db a new file."
    )


@pytest.mark.parametrize(
    ("label", "value", "numeric"),
    [
        ("7", 7, True),
        ("✓7", 7, True),
        ("✓ 0", 0, True),
        ("30 min", 30, True),
        ("3 dagen", 3, True),
        ("1–2", None, True),
        ("≤4", None, True),
        ("≥13", None, True),
        ("07:00 (standaard)", None, False),
        ("+1 glas (vandaag 2)", None, False),
        ("1 to 3 years", None, False),
        ("Elke dag", None, False),
    ],
)
def test_which_labels_are_numbers(label: str, value: int | None, numeric: bool) -> None:
    assert session_module._value(label) == value
    assert session_module._numeric([session_module.Button(label, "x", _message())] * 2) is numeric


def _message() -> SentMessage:
    return SentMessage(
        message_id=1, chat_id=DEMO_USER, method="sendMessage", text="", reply_markup=None
    )
