"""Who takes part: one row per person (their Telegram user id, never a name), with their
settings, onboarding step, status, planning horizon and open question.

The open question (bot/programme/conversation.py) is kept in two columns, `awaiting` (its
kind and what it needs, as text:
"setting/wake", "checkin/12") and `question_message_id`, and read and written here only:
`ask` opens one, `close_question` closes it, and a record comes back with it decoded.

Columns hold days as ISO dates, moments as whole seconds since 1970 (the consent's as ISO
text); a `Participant` carries them as `date` and aware UTC `datetime`, decoded and encoded
here only. A state change is a named write (`consent`, `pause_until`, `stop`, ...).
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from bot.programme.conversation import (
    Checkin,
    Consent,
    FirstOffer,
    Menu,
    Note,
    Onboarding,
    OpenQuestion,
    Picker,
    Quiet,
    Replace,
    Setting,
    Switch,
    Treatment,
)
from bot.programme.kinds import DECLARED, SWITCH_COLUMNS, TIME_COLUMNS, kind
from bot.programme.records import (
    ACTIVE,
    BLOCKED,
    PARTICIPANT_FIELDS,
    STOPPED,
    Participant,
    status_of,
)
from bot.programme.times import epoch, from_epoch

# A column per reminder kind for its switch, and one per kind with a time of its own.
_SWITCHES = tuple(SWITCH_COLUMNS)
_TIMES = tuple(TIME_COLUMNS)
_STORED = (*PARTICIPANT_FIELDS, *_SWITCHES, *_TIMES, "awaiting", "question_message_id")
_COLUMNS = ", ".join(_STORED)
PLAN_RETRY_FIRST = dtm.timedelta(minutes=1)
PLAN_RETRY_MAX = dtm.timedelta(hours=6)
# The columns of days (ISO dates) and of moments (seconds since 1970; the consent's, ISO text).
_DAYS = frozenset({"start_date", "planned_through", "pack_started"})
_MOMENTS = frozenset(
    {"paused_until", "next_plan_at", "created_at", "heard_at", "rested_at", "zone_changed_at"}
)
_ISO_MOMENTS = frozenset({"consent_at"})
# The columns of a set of reminder kinds, stored as one line ("fibre,probiotic").
_KIND_SETS = ("quiet_ok", "offers_done")
# Onboarding's step and the open question have writes of their own (ask, close_question).
_UPDATABLE = frozenset((*PARTICIPANT_FIELDS, *_SWITCHES, *_TIMES)) - {"id", "created_at", "step"}
# What a person chooses (onboarding's answers, /settings): every column but the state and the
# bookkeeping, which change by a named write each (consent, pause_until, new_pack, ...).
_CHOSEN = _UPDATABLE - {
    "status",
    "consent_version",
    "consent_at",
    "start_date",
    "paused_until",
    "rested_at",
    "heard_at",
    "planned_through",
    "next_plan_at",
    "zone_before",
    "zone_changed_at",
    "pack_started",
    "stock_told",
}


def encode_question(question: OpenQuestion | None) -> tuple[str | None, int | None]:
    """(awaiting, question_message_id) for a question other than onboarding's."""
    match question:
        case Menu(message_id):
            return "menu", message_id
        case Setting(field, message_id, then):
            return f"setting/{field}" + (f"/{','.join(then)}" if then else ""), message_id
        case Quiet(field, value, message_id):
            return f"quiet/{field}/{value}", message_id
        case Switch(to, message_id):
            return f"switch/{to}", message_id
        case Checkin(checkin_id):
            return f"checkin/{checkin_id}", None
        case Note(checkin_id):
            return f"note/{checkin_id}", None
        case Replace():
            return "replace", None
        case Picker(day):
            return f"picker/{day.isoformat()}", None
        case FirstOffer():
            return "first", None
        case Consent():
            return "consent", None
        case Treatment(step, treatment_id):
            return f"treatment/{step}" + ("" if treatment_id is None else f"/{treatment_id}"), None
    return None, None


def decode_question(step: str, awaiting: str | None, message_id: int | None) -> OpenQuestion | None:
    """The open question a row holds; anything unreadable (an older bot's) is no question."""
    if step != "done":
        return Onboarding(step)
    kind, _, rest = (awaiting or "").partition("/")
    try:
        match kind:
            case "menu":
                return Menu(message_id)
            case "setting" if rest:
                field, _, then = rest.partition("/")
                return Setting(field, message_id, tuple(then.split(",")) if then else ())
            case "quiet" if "/" in rest:
                field, _, value = rest.partition("/")
                return Quiet(field, value, message_id)
            case "switch" if rest in ("adult", "parent"):
                return Switch(rest, message_id)
            case "checkin":
                return Checkin(int(rest))
            case "note":
                return Note(int(rest))
            case "replace":
                return Replace()
            case "picker":
                return Picker(dtm.date.fromisoformat(rest))
            case "first":
                return FirstOffer()
            case "consent":
                return Consent()
            case "treatment" if rest:
                step, _, treatment_id = rest.partition("/")
                return Treatment(step, int(treatment_id) if treatment_id else None)
    except ValueError:
        return None
    return None


def _participant(row: Sequence[Any]) -> Participant:
    return participant_from_row(dict(zip(_STORED, row, strict=True)))


def _decoded(name: str, value: Any) -> Any:
    """A column's value as the participant carries it: a day a `date`, a moment an aware UTC
    `datetime`, the status one of its constants."""
    if value is None:
        return None
    if name in _DAYS:
        return dtm.date.fromisoformat(value)
    if name in _MOMENTS:
        return from_epoch(int(value))
    if name in _ISO_MOMENTS:
        moment = dtm.datetime.fromisoformat(value)
        return (moment if moment.tzinfo else moment.replace(tzinfo=dtm.UTC)).astimezone(dtm.UTC)
    if name == "status":
        return status_of(value)
    return value


def decoded_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A participant's row (every column, as /export hands it out) with its days, moments and
    status decoded as a `Participant` carries them; the other columns as stored."""
    return {name: _decoded(name, value) for name, value in row.items()}


def participant_from_row(row: Mapping[str, Any]) -> Participant:
    """A participant from a mapping of its columns (those with a default may be left out)."""
    values = {name: _decoded(name, row[name]) for name in PARTICIPANT_FIELDS if name in row}
    for kinds in _KIND_SETS:
        values[kinds] = frozenset(name for name in (row.get(kinds) or "").split(",") if name)
    question = decode_question(row["step"], row.get("awaiting"), row.get("question_message_id"))
    return Participant(
        **values,
        reminders_on=frozenset(
            d.name for d in DECLARED if row.get(d.enabled_column, int(d.default_on))
        ),
        times={
            name: str(row.get(column) or kind(name).default_time)
            for column, name in TIME_COLUMNS.items()
        },
        question=question,
    )


def _encoded(name: str, value: object) -> object:
    """A value as its column holds it: the kinds kept in the night as one line, a day as an
    ISO date, a moment as seconds since 1970 (the consent's as ISO text)."""
    if name in _KIND_SETS and isinstance(value, frozenset | set):
        return ",".join(sorted(value))
    if isinstance(value, dtm.datetime):
        if name in _ISO_MOMENTS:
            return value.astimezone(dtm.UTC).isoformat()
        return epoch(value)
    if isinstance(value, dtm.date):
        return value.isoformat()
    return value


def _chosen(changes: Mapping[str, object]) -> Mapping[str, object]:
    """`changes` when each is a column a person chooses; else an error (a state change is a
    named write of its own)."""
    other = set(changes) - _CHOSEN
    if other:
        raise ValueError(f"not a participant's choice: {sorted(other)}")
    return changes


class Participants:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, participant_id: int) -> Participant | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM participants WHERE id = ?", [participant_id]
        ).fetchone()
        return _participant(row) if row else None

    def begin_onboarding(
        self, participant_id: int, language: str, timezone: str, now: dtm.datetime
    ) -> Participant:
        self.db.execute(
            "INSERT OR IGNORE INTO participants (id, language, timezone, created_at) "
            "VALUES (?, ?, ?, ?)",
            [participant_id, language, timezone, epoch(now)],
        )
        participant = self.get(participant_id)
        assert participant is not None
        return participant

    def _update(self, participant_id: int, **values: object) -> Participant:
        unknown = set(values) - _UPDATABLE
        if unknown:
            raise ValueError(f"unknown participant fields: {sorted(unknown)}")
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            self.db.execute(
                f"UPDATE participants SET {assignments} WHERE id = ?",
                [*(_encoded(name, value) for name, value in values.items()), participant_id],
            )
        return self._reread(participant_id)

    def onboarding_answer(self, participant_id: int, changes: Mapping[str, object]) -> Participant:
        """What an onboarding answer changes (by column, as `bot.programme.onboarding` hands
        it over)."""
        return self._update(participant_id, **_chosen(changes))

    def change_settings(self, participant_id: int, changes: Mapping[str, object]) -> Participant:
        """A change of settings (by column, as `bot.programme.settings_session` hands it
        over); a new zone's and a new pack's bookkeeping are `zone_changed` and `new_pack`."""
        return self._update(participant_id, **_chosen(changes))

    def zone_changed(self, participant_id: int, before: str, at: dtm.datetime) -> Participant:
        """The time zone changed at `at`: what was sent before then was in `before`."""
        return self._update(participant_id, zone_before=before, zone_changed_at=at)

    def new_pack(self, participant_id: int, started: dtm.date) -> Participant:
        """A new pack of the probiotic, counted from `started`: its running out not yet told."""
        return self._update(participant_id, pack_started=started, stock_told=0)

    def consent(self, participant_id: int, version: str, at: dtm.datetime) -> Participant:
        """Consent given, at `at`, to the text of `version`."""
        return self._update(participant_id, consent_version=version, consent_at=at)

    def reactivate(self, participant_id: int) -> Participant:
        """Taking part again (/start after /stop or a block): active, and no pause."""
        return self._update(participant_id, status=ACTIVE, paused_until=None)

    def stop(self, participant_id: int) -> Participant:
        """Stopped (/stop): nothing more is sent until /start."""
        return self._update(participant_id, status=STOPPED)

    def block(self, participant_id: int) -> Participant:
        """They blocked the bot (or deleted their account): nothing more until /start."""
        return self._update(participant_id, status=BLOCKED)

    def pause_until(self, participant_id: int, until: dtm.datetime) -> Participant:
        """Paused by the person (/pause), until `until`."""
        return self._update(participant_id, paused_until=until)

    def offered(self, participant_id: int, kind: str) -> Participant:
        """A reminder kind that is off was offered (or decided about): not offered again."""
        participant = self._reread(participant_id)
        return self._update(participant_id, offers_done=participant.offers_done | {kind})

    def resume(self, participant_id: int) -> Participant:
        """No pause any more, theirs or one the bot took for their silence."""
        return self._update(participant_id, paused_until=None, rested_at=None)

    def repair_zone(self, participant_id: int, zone: str) -> Participant:
        """A stored zone tzdata renamed or dropped becomes `zone` (its successor, or a
        fallback until they choose)."""
        return self._update(participant_id, timezone=zone)

    def ask(self, participant_id: int, question: OpenQuestion) -> Participant:
        """Open `question`: from now on typed text answers it (onboarding's is its step)."""
        if isinstance(question, Onboarding):
            self.db.execute(
                "UPDATE participants SET step = ?, awaiting = NULL, question_message_id = NULL "
                "WHERE id = ?",
                [question.step, participant_id],
            )
        else:
            awaiting, message_id = encode_question(question)
            self.db.execute(
                "UPDATE participants SET awaiting = ?, question_message_id = ? WHERE id = ?",
                [awaiting, message_id, participant_id],
            )
        return self._reread(participant_id)

    def close_question(self, participant_id: int) -> Participant:
        """No question is open any more: typed text gets a pointer, not a place to land."""
        self.db.execute(
            "UPDATE participants SET awaiting = NULL, question_message_id = NULL WHERE id = ?",
            [participant_id],
        )
        return self._reread(participant_id)

    def finish_onboarding(self, participant_id: int, start: dtm.date) -> Participant:
        """Onboarding is done: the programme starts on `start`, and reminders may be planned."""
        self.db.execute(
            "UPDATE participants SET step = 'done', status = ?, awaiting = NULL, "
            "question_message_id = NULL, start_date = ? WHERE id = ?",
            [ACTIVE, _encoded("start_date", start), participant_id],
        )
        return self._reread(participant_id)

    def _reread(self, participant_id: int) -> Participant:
        participant = self.get(participant_id)
        if participant is None:
            raise LookupError("participant vanished")
        return participant

    def heard(self, participant_id: int, now: dtm.datetime, *, end_rest: bool = True) -> None:
        """A tap or a message from the person; a pause the bot took for their silence ends
        (unless `end_rest` is False)."""
        with self.db.atomic():
            if not end_rest:
                self.db.execute(
                    "UPDATE participants SET heard_at = ? WHERE id = ?",
                    [epoch(now), participant_id],
                )
                return
            self.db.execute(
                "UPDATE participants SET heard_at = ?, "
                "paused_until = CASE WHEN rested_at IS NULL THEN paused_until END, "
                "rested_at = NULL WHERE id = ?",
                [epoch(now), participant_id],
            )

    def stock_told(self, participant_id: int, pack: dtm.date, told: bool) -> None:
        """The running out of the pack begun on `pack` was said (on its way): not again for
        this pack; or it provably never left, and is still to say. A pack begun since is
        left alone: its own running out is still to say."""
        self.db.execute(
            "UPDATE participants SET stock_told = ? WHERE id = ? AND pack_started = ?",
            [int(told), participant_id, pack.isoformat()],
        )

    def rest(self, participant_id: int, until: dtm.datetime, now: dtm.datetime) -> None:
        """Paused by the bot, until `until`, for not answering in weeks."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE participants SET paused_until = ?, rested_at = ? WHERE id = ?",
                [epoch(until), epoch(now), participant_id],
            )

    def delete(self, participant_id: int) -> None:
        """Erase a person: the foreign keys cascade to every row that belongs to them."""
        with self.db.atomic():
            self.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])

    def erase_abandoned(self, before: dtm.datetime) -> int:
        """Onboarding begun before `before` and never finished: erased, with all it held."""
        with self.db.atomic():
            return self.db.execute(
                "DELETE FROM participants WHERE status = 'onboarding' AND created_at < ?",
                [epoch(before)],
            ).rowcount

    def zones(self) -> list[str]:
        """Every time zone stored, once each (a few dozen at most)."""
        return [row[0] for row in self.db.execute("SELECT DISTINCT timezone FROM participants")]

    def with_zone(self, zone: str) -> list[int]:
        return [
            row[0]
            for row in self.db.execute("SELECT id FROM participants WHERE timezone = ?", [zone])
        ]

    def plan_failed(self, participant_id: int, now: dtm.datetime) -> int:
        """Planning this person raised: try again later, twice as late each time it fails
        again (1 minute, 2, 4, ... up to 6 hours). Returns how many times in a row it failed."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE participants SET plan_errors = plan_errors + 1 WHERE id = ?",
                [participant_id],
            )
            row = self.db.execute(
                "SELECT plan_errors FROM participants WHERE id = ?", [participant_id]
            ).fetchone()
            failures = int(row[0]) if row else 1
            backoff = min(PLAN_RETRY_FIRST * 2 ** (failures - 1), PLAN_RETRY_MAX)
            self.db.execute(
                "UPDATE participants SET next_plan_at = ? WHERE id = ?",
                [epoch(now + backoff), participant_id],
            )
        return failures

    def outdated_consent(self, current: str) -> list[Participant]:
        """Onboarded people whose consent is not to `current` (the adult's text) nor to its
        parent's version (`current` + "/child"); the caller says which is theirs."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM participants WHERE step = 'done' "
            "AND status = 'active' AND consent_version IS NOT ? "
            "AND consent_version IS NOT ? || '/child'",
            [current, current],
        ).fetchall()
        return [_participant(row) for row in rows]

    def due_for_planning(self, now: dtm.datetime, limit: int) -> list[Participant]:
        """Active people whose planning horizon has come, the longest-waiting first."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM participants WHERE status = 'active' "
            "AND next_plan_at <= ? ORDER BY next_plan_at LIMIT ?",
            [epoch(now), limit],
        ).fetchall()
        return [_participant(row) for row in rows]
