"""What is due when: pure functions from a participant's settings and zone to the day's occurrences.

Times are wall-clock times in the participant's zone. A local time that does not exist (the hour
skipped when clocks spring forward) moves to the first valid minute; an ambiguous one (the hour
repeated in autumn) takes the first instant. Every function here takes its inputs and the clock
from the caller, so DST days are table rows, not special cases.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal, get_args
from zoneinfo import ZoneInfo

from bot.programme.kinds import DECLARED, KINDS, WINDDOWN_BEFORE_BED, Kind, ReminderKind

# The daily reminders (bot/programme/kinds.py, each with rotating tips) and everything else
# the dispatcher delivers, each in a message of its own: the weekly check-in, its one nudge,
# asking again for a time zone that a tzdata update removed, asking for consent to a consent
# text that changed, the line that says the bot pauses for someone who has not answered in
# three weeks, and a reminder kind that is off offered once (its slot is the kind's place in
# KINDS).
EventKind = Literal[
    Kind,
    "checkin",
    "checkin_nudge",
    "zone_ask",
    "consent_ask",
    "rest_notice",
    "offer",
]
EVENTS: Final[tuple[EventKind, ...]] = tuple(e for e in get_args(EventKind) if e not in KINDS)

UTC = dtm.UTC
DAY_MINUTES = 24 * 60
HYDRATION_START_AFTER_WAKE = dtm.timedelta(minutes=30)
HYDRATION_STOP_BEFORE_BED = dtm.timedelta(hours=2)
COMBINE_WINDOW = dtm.timedelta(minutes=15)
LATE_GRACE = dtm.timedelta(hours=2)
# A day: at least this long awake and this long asleep (wake-up and bedtime "a few hours
# apart"; a night-shift rhythm of 14:00 to 06:00 fits, 12:00 to 12:00 does not).
MIN_AWAKE = dtm.timedelta(hours=8)
MIN_SLEEP = dtm.timedelta(hours=4)
# Where a reminder moved out of the sleep window lands.
SETTLE_AFTER_WAKE = dtm.timedelta(minutes=30)
SETTLE_BEFORE_BED = dtm.timedelta(minutes=90)
# A reminder is "late" (and says so) when it leaves more than this after its time.
LATE_NOTICE = dtm.timedelta(minutes=10)
# A kind that is off is offered from its offer day on, for this long (to someone taking part,
# bot/programme/backoff.py); after that it is in /settings only.
OFFER_WEEKS = dtm.timedelta(weeks=4)
# ... half an hour before its time: a yes, or another time chosen, then plans the day's first
# as any change of settings does (a reminder already due keeps its time, see jobs/planner.py).
OFFER_BEFORE_MINUTES = 30
MAX_HYDRATION = 8


@dataclass(frozen=True)
class ReminderSettings:
    zone: str
    wake: dtm.time
    bed: dtm.time
    times: Mapping[Kind, dtm.time]  # each kind with a chosen time (kinds.CHOSEN)
    hydration_count: int
    enabled: frozenset[Kind]
    checkin_day: int = 6  # Python weekday: 0 = Monday, 6 = Sunday
    checkin_time: dtm.time = dtm.time(19, 0)
    quiet_ok: frozenset[str] = frozenset()  # kinds kept inside the sleep window on purpose
    # The programme's first day: a kind that is off is offered once, from its offer day on,
    # unless it was offered already or decided about (offers_done).
    start: dtm.date | None = None
    offers_done: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Occurrence:
    kind: EventKind
    slot: int
    local_date: dtm.date
    due: dtm.datetime  # aware, UTC


def _minutes(t: dtm.time) -> int:
    return t.hour * 60 + t.minute


def _from_minutes(minutes: int) -> dtm.time:
    minutes %= DAY_MINUTES
    return dtm.time(minutes // 60, minutes % 60)


def local_to_utc(day: dtm.date, at: dtm.time, zone: ZoneInfo) -> dtm.datetime:
    """The instant a wall-clock time happens on a day; skipped times move to the first valid one."""
    naive = dtm.datetime.combine(day, at.replace(tzinfo=None))
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first
    # Inside the spring-forward gap: walk to the first minute that exists on the wall clock.
    probe = naive
    while True:
        probe += dtm.timedelta(minutes=1)
        instant = probe.replace(tzinfo=zone).astimezone(UTC)
        if instant.astimezone(zone).replace(tzinfo=None) == probe:
            return instant


def awake_minutes(wake: dtm.time, bed: dtm.time) -> int:
    """Length of the waking day; a bedtime after midnight counts into the next day."""
    span = (_minutes(bed) - _minutes(wake)) % DAY_MINUTES
    return span or DAY_MINUTES


def hydration_times(wake: dtm.time, bed: dtm.time, count: int) -> list[int]:
    """Minutes after the day's midnight for `count` reminders spread from just after waking up
    to two hours before bed (may exceed 1440 when bedtime is after midnight)."""
    if count <= 0:
        return []
    start = _minutes(wake) + int(HYDRATION_START_AFTER_WAKE.total_seconds() // 60)
    end = (
        _minutes(wake)
        + awake_minutes(wake, bed)
        - int(HYDRATION_STOP_BEFORE_BED.total_seconds() // 60)
    )
    if end <= start or count == 1:
        return [start]
    step = (end - start) / (count - 1)
    # Round to 5 minutes: "12:05" reads better than "12:07" and changes nothing for the body.
    return [min(end, start + round(step * i / 5.0) * 5) for i in range(count)]


def winddown_minutes(wake: dtm.time, bed: dtm.time) -> int:
    """Minutes after the day's midnight when winding down begins: an hour before bed (past
    1440 when bedtime is after midnight, which belongs to this programme day)."""
    minutes = _minutes(bed) - int(WINDDOWN_BEFORE_BED.total_seconds() // 60)
    return minutes + (DAY_MINUTES if _bed_after_midnight(wake, bed) else 0)


def _bed_after_midnight(wake: dtm.time, bed: dtm.time) -> bool:
    return _minutes(bed) < _minutes(wake)


def _evening_before(at: dtm.time, wake: dtm.time, bed: dtm.time) -> bool:
    """Whether a time of day is, for someone in bed after midnight, between midnight and
    their bedtime: still the evening before."""
    return _bed_after_midnight(wake, bed) and _minutes(at) < _minutes(bed)


def evening_minutes(at: dtm.time, wake: dtm.time, bed: dtm.time) -> int:
    """Minutes after the programme day's midnight of a time of day: for someone who goes to bed
    after midnight, a time after midnight and before bed is this day's evening (past 1440), as
    the wind-down is; any other time is the calendar day's."""
    return _minutes(at) + (DAY_MINUTES if _evening_before(at, wake, bed) else 0)


def winddown_time(wake: dtm.time, bed: dtm.time) -> dtm.time:
    return _from_minutes(winddown_minutes(wake, bed))


def _day_minutes_to_utc(day: dtm.date, minutes: int, zone: ZoneInfo) -> dtm.datetime:
    extra_days, within = divmod(minutes, DAY_MINUTES)
    return local_to_utc(day + dtm.timedelta(days=extra_days), _from_minutes(within), zone)


def occurrences_for(settings: ReminderSettings, day: dtm.date) -> list[Occurrence]:
    """Every reminder of one programme day, in due order."""
    zone = ZoneInfo(settings.zone)
    planned: list[Occurrence] = []

    def chosen(kind: str, at: dtm.time) -> int:
        kept = kind in settings.quiet_ok
        placed = planned_at(at, settings.wake, settings.bed, kept=kept)
        if kind == "checkin":  # its day is chosen with it: "Sunday 00:30" is Sunday's 00:30
            return _minutes(placed)
        return evening_minutes(placed, settings.wake, settings.bed)

    def add(kind: EventKind, slot: int, minutes: int) -> None:
        if kind in settings.enabled or kind in EVENTS:
            planned.append(Occurrence(kind, slot, day, _day_minutes_to_utc(day, minutes, zone)))

    for declared in DECLARED:
        name = declared.name
        first = _offer_day(declared, settings.start)
        offered = (
            name not in settings.enabled
            and name not in settings.offers_done
            and first is not None
            and first <= day < first + OFFER_WEEKS
        )
        if name not in settings.enabled and not offered:
            continue
        if declared.rule == "chosen":
            at = chosen(name, settings.times[name])
            add(name, 0, at)
            if offered:  # just before the reminder would come: when the person would use it
                add("offer", KINDS.index(name), max(at - OFFER_BEFORE_MINUTES, 0))
        elif declared.rule == "spread":
            for slot, minutes in enumerate(
                hydration_times(settings.wake, settings.bed, settings.hydration_count)
            ):
                add(name, slot, minutes)
        else:
            add(name, 0, winddown_minutes(settings.wake, settings.bed))
    if day.weekday() == settings.checkin_day:
        add("checkin", 0, chosen("checkin", settings.checkin_time))
    return sorted(planned, key=lambda o: (o.due, o.kind, o.slot))


def _offer_day(declared: ReminderKind, start: dtm.date | None) -> dtm.date | None:
    """The day a kind that is off is offered, if it is (only a kind with a chosen time)."""
    if declared.offer_day is None or start is None or declared.rule != "chosen":
        return None
    return start + dtm.timedelta(days=declared.offer_day)


def local_date(instant: dtm.datetime, zone: str) -> dtm.date:
    return instant.astimezone(ZoneInfo(zone)).date()


def their_day(instant: dtm.datetime, zone: str, wake: dtm.time, bed: dtm.time) -> dtm.date:
    """The day a moment belongs to for this person: the calendar day, except from midnight to
    a bedtime after midnight, which is still the evening before (`evening_minutes`): a night
    owl's 00:30 reminder, itch and glass of water are the day's that is ending."""
    here = instant.astimezone(ZoneInfo(zone))
    if _evening_before(here.time(), wake, bed):
        return here.date() - dtm.timedelta(days=1)
    return here.date()


def start_of_day(day: dtm.date, zone: str) -> dtm.datetime:
    return local_to_utc(day, dtm.time(0, 0), ZoneInfo(zone))


def start_of_their_day(day: dtm.date, zone: str, wake: dtm.time, bed: dtm.time) -> dtm.datetime:
    """When `day` begins for this person (`their_day`): at midnight, or, for someone who goes
    to bed after midnight, at that bedtime, when the evening before ends."""
    begins = bed if _bed_after_midnight(wake, bed) else dtm.time(0, 0)
    return local_to_utc(day, begins, ZoneInfo(zone))


def is_quiet(instant: dtm.datetime, zone: str, wake: dtm.time, bed: dtm.time) -> bool:
    """True between bedtime and wake-up on the participant's wall clock."""
    return asleep_at(instant.astimezone(ZoneInfo(zone)).time(), wake, bed)


def asleep_at(at: dtm.time, wake: dtm.time, bed: dtm.time) -> bool:
    """Whether a wall-clock time lies between bedtime and wake-up (the sleep window)."""
    now, w, b = _minutes(at), _minutes(wake), _minutes(bed)
    if b > w:
        return now >= b or now < w
    return b <= now < w


DayProblem = Literal["short_day", "short_night"]


def day_problem(wake: dtm.time, bed: dtm.time) -> DayProblem | None:
    """Wake-up and bedtime make a day only with at least MIN_AWAKE awake and MIN_SLEEP asleep
    (12:00 and 12:00 is neither)."""
    awake = awake_minutes(wake, bed) if _minutes(wake) != _minutes(bed) else 0
    if awake < MIN_AWAKE.total_seconds() // 60:
        return "short_day"
    if DAY_MINUTES - awake < MIN_SLEEP.total_seconds() // 60:
        return "short_night"
    return None


def into_waking_hours(at: dtm.time, wake: dtm.time, bed: dtm.time) -> dtm.time:
    """`at` if it is in the waking day; else the waking time nearest to it: half an hour
    after wake-up, or an hour and a half before bed (before winding down)."""
    if not asleep_at(at, wake, bed):
        return at
    after_bed = (_minutes(at) - _minutes(bed)) % DAY_MINUTES
    before_wake = (_minutes(wake) - _minutes(at)) % DAY_MINUTES
    if after_bed < before_wake:  # halfway goes to the morning: a breakfast-time default
        return _from_minutes(_minutes(bed) - int(SETTLE_BEFORE_BED.total_seconds() // 60))
    return _from_minutes(_minutes(wake) + int(SETTLE_AFTER_WAKE.total_seconds() // 60))


def planned_at(at: dtm.time, wake: dtm.time, bed: dtm.time, *, kept: bool) -> dtm.time:
    """When a chosen time is planned: out of the sleep window, unless the person keeps it
    there on purpose (`kept`)."""
    return at if kept else into_waking_hours(at, wake, bed)


def asleep_reminders(
    times: dict[str, dtm.time], wake: dtm.time, bed: dtm.time, allowed: frozenset[str]
) -> list[str]:
    """Which of these chosen reminder times (by kind) fall in the sleep window, leaving out
    the ones the person keeps there on purpose."""
    return [kind for kind, at in times.items() if kind not in allowed and asleep_at(at, wake, bed)]


def late_verdict(
    due: dtm.datetime, now: dtm.datetime, quiet: bool, grace: dtm.timedelta = LATE_GRACE
) -> Literal["send", "missed"]:
    """Whether a reminder due in the past still makes sense to send now."""
    if now - due > grace or (quiet and now - due > COMBINE_WINDOW):
        return "missed"
    return "send"
