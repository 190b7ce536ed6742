"""Privacy as a person and an operator meet it: nothing stored before /start, nothing of anyone
in the logs at any level, abandoned onboarding erased, /delete that takes the bot's recent
messages out of the chat, a new consent text shown once, and forged input refused."""

from __future__ import annotations

import datetime as dtm
import logging

import pytest

from bot.botapi import TOKEN, FakeBotApi, User
from bot.callbacks import CheckinPress, OnboardPress, ReminderPress
from bot.programme.settings import CONSENT_VERSION
from tests import stored
from tests.harness import Harness, local

NOTE = "Mijn geheime notitie over de zalf van dokter Jansen"
TYPED = "dit is wat ik typ en niemand mag lezen"


def _checkin_value(data: str) -> str | None:
    """What a check-in button answers, or None for a button of another kind."""
    press = CheckinPress.parse(data)
    return press.value if press is not None else None


async def test_no_log_line_holds_a_text_an_answer_a_name_or_the_token(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """Onboarding, a check-in with a note, reminders, /export and odd input, with every logger
    at DEBUG: the log holds none of what the person typed or chose, nor who they are."""
    eva = User(8101, "Evangelina", language_code="nl", last_name="Zonderland", username="evaz")
    finn = User(8108, "Finnegan", language_code="en", last_name="Oakhurst", username="finno")
    with caplog.at_level(logging.DEBUG):
        logging.getLogger().setLevel(logging.DEBUG)
        await harness.onboard(finn, language="en")
        harness.server.fail_next(  # Finn blocks the bot: a line in the log about him
            "sendMessage", error_code=403, chat_id=finn.id, description="Forbidden: blocked"
        )
        await harness.onboard(eva)
        question = harness.last_message(eva)
        for _ in range(13):  # every question up to the note, answered by its first button
            data = next(
                d for _, d in question.buttons() if _checkin_value(d) not in ("skip", "pause")
            )
            if _checkin_value(data) == "t-dairy":
                await harness.press_data(eva, question, data)
                data = question.button("Klaar")
            await harness.press_data(eva, question, data)
            question = harness.last_message(eva)
        await harness.say(eva, NOTE)
        await harness.run_until(local(2026, 11, 23, 8, 5))
        await harness.say(eva, TYPED)
        await harness.say(eva, "/pause ²")
        await harness.say(eva, "/export")
        await harness.say(eva, "/help")
    log = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records
    ).casefold()
    # The capture works, and names a participant the one way it may.
    assert harness.store.log_id(finn.id).casefold() in log
    forbidden = [
        NOTE,
        TYPED,
        eva.first_name,
        "Zonderland",
        "evaz",
        str(eva.id),
        finn.first_name,
        "Oakhurst",
        "finno",
        str(finn.id),
        TOKEN,
        TOKEN.split(":")[1],
        OnboardPress("consent", "yes").data,
        "t-dairy",
        "²",
    ]
    for text in forbidden:
        assert text.casefold() not in log, text


async def test_a_stranger_is_pointed_to_start_and_nothing_is_stored(
    harness: Harness, server: FakeBotApi
) -> None:
    stranger = User(8102, "Stranger", language_code="en")
    for text in ("hello", "/today", "/progress", "/help", "/stop", "/export"):
        await harness.say(stranger, text)
    await harness._processed(
        server.press(
            stranger, harness.last_message(stranger), ReminderPress(1, "done").data, check=False
        )
    )
    replies = [m.text or "" for m in server.messages_to(stranger.id)]
    assert "/start" in replies[0] and "keep nothing" in replies[0]
    assert stored.count_rows(harness.store, "participants") == 0
    assert stored.count_rows(harness.store, "sent_messages") == 0


async def test_abandoned_onboarding_is_erased_after_48_hours(harness: Harness) -> None:
    quitter = User(8103, "Quitter", language_code="nl")
    await harness.say(quitter, "/start")
    await harness.press_data(
        quitter, harness.last_message(quitter), OnboardPress("language", "nl").data
    )
    assert harness.participant(quitter) is not None
    await harness.run_until(local(2026, 11, 25, 5, 55), step=dtm.timedelta(hours=1))
    assert harness.participant(quitter) is not None  # 47:55 later: still there to carry on
    await harness.run_until(local(2026, 11, 25, 6, 5), step=dtm.timedelta(minutes=10))
    assert harness.participant(quitter) is None  # 48 hours: erased
    assert stored.count_rows(harness.store, "participants") == 0


async def test_delete_takes_the_bots_recent_messages_out_and_then_stores_nothing(
    harness: Harness, server: FakeBotApi
) -> None:
    fay = User(8104, "Fay", language_code="en")
    await harness.onboard(fay, language="en")
    [old] = await harness.say(fay, "/help")
    harness.clock.set(local(2026, 11, 25, 9, 0))  # two days on: /help's reply is 51 hours old
    await harness.tick()
    [recent] = await harness.say(fay, "/today")
    [confirm] = await harness.say(fay, "/delete")
    await harness.press_data(fay, confirm, confirm.button("erase everything"))
    done = harness.last_message(fay)
    assert "taken my messages of the last 48 hours out" in (done.text or "")
    assert recent.deleted and confirm.deleted
    assert not old.deleted  # older than Telegram allows: it stays, as the reply says
    assert not done.deleted
    assert harness.participant(fay) is None
    [reply] = await harness.say(fay, "thanks!")
    assert "/start" in (reply.text or "")
    assert stored.count_rows(harness.store, "participants") == 0
    assert stored.count_rows(harness.store, "sent_messages") == 0


async def test_a_changed_consent_text_is_agreed_to_before_anything_new_is_stored(
    harness: Harness,
) -> None:
    """The review's B-new-1: the text changed (it now names the triggers noted on a day), so
    someone who agreed to the older one is asked, once, at the next waking moment; until
    they agree nothing new is stored and nothing else is sent; /help, /export and /delete
    still work. Agreeing stores the version; saying no stops the messages."""
    gus = User(8105, "Gus", language_code="en")
    await harness.onboard(gus, language="en", first_checkin="")
    harness.store.participants.consent(gus.id, "2026-11-30.1", harness.clock.now())
    harness.clock.set(local(2026, 11, 24, 3, 0))  # a restart in the night, as after a deploy
    await harness.restart()
    harness.new_messages(gus)
    await harness.skip_to(local(2026, 11, 24, 12, 0))
    sent = harness.new_messages(gus)
    assert len(sent) == 1  # the question, and no reminder of the morning
    asked = sent[0]
    assert "what you note on a day as a possible trigger" in (asked.text or "")
    assert asked.buttons() and harness.server.calls  # asked in the waking day
    participant = harness.participant(gus)
    assert participant is not None and participant.consent_version == "2026-11-30.1"
    # Anything else is answered with the question, and not handled: nothing is stored.
    [again] = await harness.say(gus, "/today")
    assert (again.text or "").startswith("What I keep has changed")
    [helped] = await harness.say(gus, "/help")
    assert "This is what I can do" in (helped.text or "")
    [document] = await harness.say(gus, "/export")
    assert document.method == "sendDocument"
    assert await harness.press(gus, again, "Yes, I consent")
    participant = harness.participant(gus)
    assert participant is not None and participant.consent_version == CONSENT_VERSION
    assert participant.question is None
    [today] = await harness.say(gus, "/today")
    assert "Today" in (today.text or "")
    # No: the messages stop, the data stays until /delete.
    ida = User(8109, "Ida", language_code="nl")
    await harness.onboard(ida, first_checkin="")
    harness.store.participants.consent(ida.id, "2026-11-30.1", harness.clock.now())
    [asked] = await harness.say(ida, "/settings")
    await harness.press(ida, asked, "Nee, liever niet")
    participant = harness.participant(ida)
    assert participant is not None and participant.status == "stopped"
    assert "met /delete wis ik alles" in (harness.last_message(ida).text or "")


@pytest.mark.parametrize(
    "data",
    # Forged on purpose: data no button of the bot carries, so written out, not built.
    [
        "set:consent:maybe",
        "set:age:toddler",
        "set:language:de",
        "set:wake:2599",
        "set:timezone:localtime",
        "set:nonsense:1",
        "i:0001-01-01:5",
        "i:9999-12-31:5",
        "i:2026-11-23:11",
        "i:2026-11-23:²",
        "w:9999-12-31",
        "w:2026-11-01",  # before the start date
        f"o:{2**63}:done",
        f"o:{2**64}:done",
        "c:99999999999999999999:0:1",
        "pause:0",
        "pause:61",
        "toggle:probiotic_on",
        "menu:step",
        "del:yes:now",
        "",
        "\u202e:x",
    ],
)
async def test_forged_buttons_change_nothing(
    harness: Harness, server: FakeBotApi, data: str
) -> None:
    hal = User(8106, "Hal", language_code="en")
    await harness.onboard(hal, language="en")
    before = stored.all_rows(harness.store, "participants")
    diary = stored.all_rows(harness.store, "itch") + stored.all_rows(harness.store, "water")
    answer = await harness.server_press_stale(hal, harness.last_message(hal), data)
    assert answer == "This button no longer works. /today shows today's list."
    assert stored.all_rows(harness.store, "participants") == before
    assert stored.all_rows(harness.store, "itch") + stored.all_rows(harness.store, "water") == diary
