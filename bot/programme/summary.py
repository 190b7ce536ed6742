"""The one-page summary for the doctor (/summary): what it says, as numbers.

Everything a GP or dermatologist reads in a minute, from what the person answered, about the
same person only (a parent may have switched): the period and phases, the skin score by week
with the baseline and the verdict in Howells' words, the weekly itch, gut days, sleep and
stress by month, how the habits went, the suspected triggers and what the pattern finder saw,
the itch of every evening, and the person's notes only when they chose to include them; with
the period each part covers. `summary_pdf` lays it out.
"""

from __future__ import annotations

import datetime as dtm
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import fmean

from bot.programme.habits import History, as_history
from bot.programme.patterns import Pattern, find_patterns
from bot.programme.progress import ReminderRecord, Report, analyse
from bot.programme.records import CheckinRow, Participant
from bot.programme.treatment import TreatmentRow, UseCount, shown

# Months in the table: the last half year is what a consultation looks at.
MONTHS_SHOWN = 6
NOTES_SHOWN = 6
# Treatments on the page: all in use (at most MAX_ACTIVE), then the latest stopped ones.
TREATMENTS_SHOWN = 12


@dataclass(frozen=True)
class Month:
    month: dtm.date  # its first day
    checkins: int
    bloating: float | None  # mean days a week
    pain: float | None
    stools: float | None
    sleep: float | None  # mean hours a night
    stress: float | None  # mean 0-10


@dataclass(frozen=True)
class Summary:
    participant: Participant
    start: dtm.date
    today: dtm.date
    report: Report
    months: list[Month]
    checkin_triggers: list[tuple[str, int]]  # ticked in check-ins, most often first
    patterns: list[Pattern]
    notes: list[tuple[dtm.date, str]] | None  # (date, note); None: not included
    itch_days: list[tuple[dtm.date, int]]  # every evening answered, in order
    reminders_since: dtm.date | None  # the first day a reminder was sent
    noted: tuple[dtm.date, dtm.date] | None  # first and last day a trigger was noted on the day
    # What the person said they use (/treatment): in use, then stopped, as they typed it.
    treatments: tuple[TreatmentRow, ...] = ()
    # Of these, the evenings each was ticked as used, by id (none ticked: not in it).
    uses: Mapping[int, UseCount] = field(default_factory=dict)

    @property
    def checkin_dates(self) -> list[dtm.date]:
        """The dates of the check-ins, in order."""
        return [c.local_date for c in self.report.checkins]


def _mean(values: Sequence[float | int | None]) -> float | None:
    present = [float(v) for v in values if v is not None]
    return fmean(present) if present else None


def months_of(checkins: Sequence[CheckinRow]) -> list[Month]:
    """Gut days, sleep and stress by calendar month of the check-ins, the last MONTHS_SHOWN."""
    by_month: dict[dtm.date, list[CheckinRow]] = {}
    for checkin in checkins:
        month = checkin.local_date.replace(day=1)
        by_month.setdefault(month, []).append(checkin)
    rows = [
        Month(
            month,
            len(rows),
            _mean([c.bloating for c in rows]),
            _mean([c.pain for c in rows]),
            _mean([c.stools for c in rows]),
            _mean([c.sleep for c in rows]),
            _mean([c.stress for c in rows]),
        )
        for month, rows in sorted(by_month.items())
    ]
    return rows[-MONTHS_SHOWN:]


def summarise(
    participant: Participant,
    checkins: Sequence[CheckinRow],
    itch_days: Sequence[tuple[dtm.date, int]],
    reminders: Sequence[ReminderRecord] | History,
    day_triggers: dict[str, list[dtm.date]],
    now: dtm.datetime,
    *,
    include_notes: bool,
    treatments: Sequence[TreatmentRow] = (),
    uses: Mapping[int, UseCount] | None = None,
) -> Summary:
    """The summary's numbers; `checkins`, `itch_days` and `day_triggers` already scoped to
    whom the summary is about."""
    today = participant.day_at(now)
    shown_here = treatments_shown(treatments, participant.about)
    counted = uses or {}
    report = analyse(participant, checkins, itch_days, reminders, now)
    ticked = Counter(trigger for c in checkins for trigger in c.trigger_set())
    notes = None
    if include_notes:
        notes = [(c.local_date, c.note) for c in checkins if c.note]
        notes = notes[-NOTES_SHOWN:]
    noted_days = sorted(day for days in day_triggers.values() for day in days)
    return Summary(
        participant=participant,
        start=participant.start_date or today,
        today=today,
        report=report,
        months=months_of(checkins),
        # Most often first; ties in the order of the name, so the page is the same each time.
        checkin_triggers=sorted(ticked.items(), key=lambda item: (-item[1], item[0])),
        patterns=find_patterns(day_triggers, dict(itch_days)),
        notes=notes,
        itch_days=sorted(itch_days),
        reminders_since=as_history(reminders).since(),
        noted=(noted_days[0], noted_days[-1]) if noted_days else None,
        treatments=shown_here,
        uses={x.id: counted[x.id] for x in shown_here if x.id in counted},
    )


def treatments_shown(treatments: Sequence[TreatmentRow], about: str) -> tuple[TreatmentRow, ...]:
    """Those about this person (or child): all in use, then the most recently stopped, at
    most TREATMENTS_SHOWN; in use first, each part by start date."""
    mine = shown(list(treatments), about)
    active = [x for x in mine if x.active]
    stopped = sorted((x for x in mine if not x.active), key=lambda x: x.stopped or x.since)
    kept = stopped[len(stopped) - max(TREATMENTS_SHOWN - len(active), 0) :]
    return tuple(active[:TREATMENTS_SHOWN] + [x for x in mine if x in kept])
