"""`make demo` as a newcomer meets it: the real bot in the terminal, a clock that moves when
told to, and the shipped scripts replayed from start to end."""

from __future__ import annotations

import asyncio
import datetime as dtm
import io
import os
import re
import zipfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.demo.session import DemoSession, clock_target
from tests.harness import AMS, local

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
    assert out[-1] == "  (there is no button 99 on show)"
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
    leaves on /quit, taking its database with it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(
        HTTP_PROXY="http://192.0.2.1:9",
        HTTPS_PROXY="http://192.0.2.1:9",
        ALL_PROXY="http://192.0.2.1:9",
        NO_PROXY="",
    )
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
    assert out.startswith("Darm-Huid Coach, demo:") and "/quit leaves" in out
    assert "Dit kan ik voor je doen:" in out and "/export" in out  # /help, in the phone's Dutch
    assert stderr.decode().strip() == ""
    left = await asyncio.to_thread(lambda: sorted(tmp_path.iterdir()))
    assert left == [tmp_path / "files"]  # nothing else written where it was started


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
