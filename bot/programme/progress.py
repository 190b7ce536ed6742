"""/progress: what the numbers say, phase by phase, against the participant's own baseline.

Plain computation over the rows storage hands over, then words from messages/. It reports
what changed and never why: no habit is credited with a change.
"""

from __future__ import annotations

import datetime as dtm
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import fmean

from bot.programme.habits import (
    Carry,
    Habit,
    History,
    Record,
    as_history,
    habit_label,
    habits,
    streak_back,
    with_itch_answers,
)
from bot.programme.instruments import (
    VERY_SEVERE_SCORE_MIN,
    Escalation,
    ItchVerdict,
    Referral,
    SkinVerdict,
    escalations,
    itch_band,
    itch_verdict,
    referral_due,
    skin_band,
    skin_verdict,
)
from bot.programme.kinds import KINDS
from bot.programme.phases import PHASE_STARTS, phase_of_day, programme_day
from bot.programme.records import DONE, CheckinRow, Participant
from messages import t, tc
from messages.tips import PHASE_EXPECTATIONS, PHASE_EXPECTATIONS_CHILD
from messages.words import decimal, plural_key, tn, weekday


@dataclass(frozen=True)
class WeekPoint:
    week: int  # programme week index, 0 = the week of the start date
    skin: float | None  # skin score (POEM scale 0–28) of that week's check-in, None if none
    itch: float | None  # weekly mean of daily itch 0–10, None if no answers
    # per reminder kind: fraction 0..1 done of sent, None if nothing was sent
    adherence: dict[str, float | None]


@dataclass
class Week:
    week: int
    skin: list[int] = field(default_factory=list)
    itch: list[int] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    done: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def point(self) -> WeekPoint:
        """The week as the charts draw it: its skin score is its last check-in's, the one
        that counts for the week (so the latest score is drawn as the text gives it); its
        itch the mean of its evenings; per kind, the share of what was sent ticked off."""
        return WeekPoint(
            week=self.week,
            skin=float(self.skin[-1]) if self.skin else None,
            itch=fmean(self.itch) if self.itch else None,
            adherence={k: self.done[k] / self.sent[k] if self.sent[k] else None for k in KINDS},
        )


@dataclass(frozen=True)
class Standing:
    """Where the skin score stands: the scores so far, the verdict against the start and
    whether it is time for a doctor. Said after every check-in and at the top of /progress."""

    scores: tuple[int, ...]
    skin: SkinVerdict
    escalations: tuple[Escalation, ...]
    referral: Referral | None = None  # "no improvement after 6 weeks", said now

    @property
    def infection_line(self) -> bool:
        """The signs of an infection go with a worsening, a severe score, and the first
        time the 6-week referral is said (not every time it comes back)."""
        return bool(set(self.escalations) - {"no_improvement_6_weeks"}) or self.referral == "first"


def scored_days(checkins: Sequence[CheckinRow], start: dtm.date) -> list[tuple[int, int]]:
    """(programme day, skin score) of the check-ins with a score, in order."""
    return [
        (programme_day(start, c.local_date), c.skin_score)
        for c in checkins
        if c.skin_score is not None
    ]


def standing(history: Sequence[tuple[int, int]]) -> Standing:
    """From the (programme day, skin score) of the completed check-ins with a score, in
    order."""
    scores = [score for _, score in history]
    skin = skin_verdict(scores)
    found = escalations(skin, scores[-1] if scores else None)
    referral = referral_due(history)
    if referral is not None:
        found.insert(0, "no_improvement_6_weeks")
    return Standing(tuple(scores), skin, tuple(found), referral)


def verdict_line(skin: SkinVerdict, language: str) -> str | None:
    """The skin score against the start in Howells' words; None before there is one."""
    if skin.verdict == "not_enough_data":
        return None
    direction = t(language, f"direction.{skin.direction}")
    change = decimal(abs(skin.change or 0.0), language)
    key = f"verdict.{skin.verdict}"
    if skin.verdict == "no_clear_change":  # the one verdict that can be "1 point"
        key = plural_key(language, key, abs(skin.change or 0.0))
    return t(language, key, change=change, direction=direction)


def judgement_lines(
    where: Standing, language: str, child: bool, *, fresh: bool = True
) -> list[str]:
    """The verdict against the start, then, right under it, what a doctor should see: the
    lines that must never be further away from a score than the same message. Not `fresh`
    (a check-in without a score): no verdict, and a severe score is last time's."""
    lines: list[str] = []
    skin = where.skin
    verdict = verdict_line(skin, language) if fresh else None
    if verdict is not None:
        lines.append(verdict)
        if skin.verdict == "unconfirmed_change" and skin.direction == "worse":
            lines.append(tc(language, "verdict.unconfirmed_worse", child))
    for reason in where.escalations:
        name: str = reason
        if reason == "severe" and where.scores[-1] >= VERY_SEVERE_SCORE_MIN:
            name = "very_severe"
        key = f"escalation.{name}" + ("" if fresh or reason != "severe" else "_last")
        lines.append(tc(language, key, child))
    if where.infection_line:
        lines.append(tc(language, "escalation.infection", child))
    return lines


def itch_line(itch: ItchVerdict, language: str) -> str | None:
    """The evening itch against its start: a response only from a start of 4 or more."""
    if itch.kind == "not_enough_data" or itch.baseline is None:
        return None
    return t(
        language,
        f"itch.{itch.kind}",
        baseline=decimal(itch.baseline, language),
        band=t(language, f"itchband.{itch_band(itch.baseline)}"),
        trend=t(language, f"trend.{itch.trend or 'flat'}"),
    )


def look_back(
    itch_days: Sequence[tuple[dtm.date, int]],
    reminders: Sequence[ReminderRecord] | History,
    today: dtm.date,
    language: str,
) -> list[str]:
    """A short weekly look back for the check-in's result: the evening itch of the last 7
    days against the 7 before, and the habit scores; nothing for what has no data."""
    week = dtm.timedelta(days=7)
    this = [s for d, s in itch_days if today - week < d <= today]
    last = [s for d, s in itch_days if today - 2 * week < d <= today - week]
    lines = []
    if this and last:
        lines.append(
            t(
                language,
                "lookback.itch",
                this=decimal(fmean(this), language),
                last=decimal(fmean(last), language),
            )
        )
    elif this:
        lines.append(t(language, "lookback.itch_first", this=decimal(fmean(this), language)))
    kept = as_history(reminders)
    found = habits(with_itch_answers(kept.records, itch_days), KINDS, today, kept.compacted)
    if found:
        items = "; ".join(habit_label(habit, language) for habit in found.values())
        lines.append(t(language, "lookback.habits", items=items))
    return lines


def checkin_result(
    score: int | None,
    where: Standing,
    completed: int,
    language: str,
    child: bool,
    looking_back: Sequence[str] = (),
    next_on: str | None = None,
) -> str:
    """The message that closes a check-in: its skin score, the verdict against the start and,
    in the same message, what a doctor should see; then what comes next. `where` already
    holds this check-in's score; `completed` counts the check-ins done, this one included;
    `next_on`: when the next check-in comes, said after the first."""
    first = completed == 1
    if score is None:
        lines = [tc(language, "checkin.done_no_score", child)]
    else:
        band = t(language, f"band.{skin_band(score)}")
        key = "checkin.done_first" if first else "checkin.done"
        lines = [tc(language, key, child, score=score, band=band)]
    judged = judgement_lines(where, language, child, fresh=score is not None)
    lines += judged
    skin = where.skin
    warned = bool(where.escalations) or (
        score is not None and skin.verdict == "unconfirmed_change" and skin.direction == "worse"
    )
    if not warned:  # a doctor's line is the last word: no look back after it
        lines += looking_back
    if first and next_on is not None:
        lines.append(t(language, "checkin.baseline_next_on", day=next_on))
    elif first:
        lines.append(t(language, "checkin.baseline_next"))
    elif not warned:  # a doctor's line is the last word, not "see /progress"
        lines.append(t(language, "checkin.done_next"))
    return "\n".join(lines)


@dataclass
class Report:
    """Everything /progress says, as numbers; `render_text` puts it in words."""

    day: int
    phase: int
    checkins: list[CheckinRow]
    weeks: dict[int, Week]
    standing: Standing
    itch: ItchVerdict
    streaks: dict[str, int]
    habits: dict[str, Habit] = field(default_factory=dict)  # the kinds with something sent

    @property
    def scores(self) -> tuple[int, ...]:
        return self.standing.scores

    @property
    def skin(self) -> SkinVerdict:
        return self.standing.skin

    @property
    def escalations(self) -> tuple[Escalation, ...]:
        return self.standing.escalations


def _week_of(start: dtm.date, day: dtm.date) -> int:
    return max(0, (day - start).days // 7)


def streaks(
    done_days: dict[str, set[dtm.date]],
    today: dtm.date,
    carry: dict[str, Carry] | None = None,
) -> dict[str, int]:
    """Days in a row with the kind done, counting back from today (or yesterday, since today
    may simply not have come round yet), on into the compacted days (`carry`)."""
    result: dict[str, int] = {}
    for kind in KINDS:
        days = done_days.get(kind, set())
        cursor = today if today in days else today - dtm.timedelta(days=1)
        result[kind] = streak_back(days, cursor, (carry or {}).get(kind))
    return result


# (local date, kind, status, answer) of a reminder that was sent or answered.
ReminderRecord = Record


def analyse(
    participant: Participant,
    checkins: Sequence[CheckinRow],
    itch_days: Sequence[tuple[dtm.date, int]],
    reminders: Sequence[ReminderRecord] | History,
    now: dtm.datetime,
) -> Report:
    """The numbers behind /progress, from the participant's completed check-ins, daily itch
    and reminder history."""
    today = participant.day_at(now)  # a night owl's 00:30 is still the evening before
    start = participant.start_date or today
    day = programme_day(start, today)
    weeks: dict[int, Week] = {}

    def week(index: int) -> Week:
        return weeks.setdefault(index, Week(index))

    history = scored_days(checkins, start)
    for checkin in checkins:
        if checkin.skin_score is not None:
            week(_week_of(start, checkin.local_date)).skin.append(checkin.skin_score)
    for itch_day, score in itch_days:
        week(_week_of(start, itch_day)).itch.append(score)
    done_days: dict[str, set[dtm.date]] = defaultdict(set)
    kept = as_history(reminders)
    compacted = kept.compacted
    for counted in compacted.weeks:
        entry = week(_week_of(start, counted.week_start))
        entry.sent[counted.kind] += counted.sent
        if counted.ticked:
            entry.done[counted.kind] += counted.ticked
    records = with_itch_answers(kept.records, itch_days)
    for reminder_day, kind, _status, answer in records:
        entry = week(_week_of(start, reminder_day))
        entry.sent[kind] += 1
        if answer == DONE:
            entry.done[kind] += 1
            done_days[kind].add(reminder_day)
    itch_means = [fmean(w.itch) for _, w in sorted(weeks.items()) if w.itch]
    return Report(
        day=day,
        phase=phase_of_day(day),
        checkins=list(checkins),
        weeks=weeks,
        standing=standing(history),
        itch=itch_verdict(itch_means),
        streaks=streaks(done_days, today, compacted.carry),
        habits=habits(records, KINDS, today, compacted),
    )


def _phase_lines(report: Report, language: str) -> list[str]:
    lines: list[str] = []
    by_phase: dict[int, list[Week]] = defaultdict(list)
    for index, entry in sorted(report.weeks.items()):
        by_phase[phase_of_day(index * 7)].append(entry)
    for phase in range(1, len(PHASE_STARTS) + 1):
        entries = by_phase.get(phase)
        if not entries:
            continue
        first, last = entries[0].week + 1, entries[-1].week + 1
        skin = [s for e in entries for s in e.skin]
        itch = [i for e in entries for i in e.itch]
        if first == last:
            parts = [t(language, "progress.phase_head_one", phase=phase, week=first)]
        else:
            parts = [t(language, "progress.phase_head", phase=phase, first=first, last=last)]
        if skin:
            key = "progress.phase_skin" if len(skin) > 1 else "progress.phase_skin_one"
            parts.append(t(language, key, mean=decimal(fmean(skin), language)))
            scored = [(fmean(e.skin), e.week + 1) for e in entries if e.skin]
            best, worst = min(scored), max(scored)
            if len(scored) > 1:
                parts.append(
                    t(
                        language,
                        "progress.phase_best_worst",
                        best=best[1],
                        best_score=decimal(best[0], language),
                        worst=worst[1],
                        worst_score=decimal(worst[0], language),
                    )
                )
        if itch:
            key = "progress.phase_itch" if len(itch) > 1 else "progress.phase_itch_one"
            parts.append(t(language, key, mean=decimal(fmean(itch), language)))
        lines.append(" · ".join(parts))
        adherence = []
        for kind in KINDS:
            sent = sum(e.sent[kind] for e in entries)
            if sent:
                done = sum(e.done[kind] for e in entries)
                adherence.append(
                    t(
                        language,
                        "progress.adherence_item",
                        label=t(language, f"kind.{kind}"),
                        percent=round(100 * done / sent),
                    )
                )
        if adherence:
            lines.append(t(language, "progress.adherence", items=", ".join(adherence)))
    return lines


def render_text(report: Report, participant: Participant) -> str:
    language, child = participant.language, participant.for_child
    expectations = PHASE_EXPECTATIONS_CHILD if child else PHASE_EXPECTATIONS
    lines = [
        tc(language, "progress.header", child, day=report.day + 1, phase=report.phase),
        expectations[report.phase][language],
    ]
    count = len(report.checkins)
    if count == 0:
        lines.append(t(language, "progress.no_checkin"))
    elif len(report.scores) < 2:
        lines.append(
            t(
                language,
                "progress.one_checkin",
                day=weekday(language, participant.checkin_day),
                time=participant.checkin_time,
            )
        )
    if report.scores:
        latest = report.scores[-1]
        band = t(language, f"band.{skin_band(latest)}")
        lines.append(tc(language, "progress.latest", child, score=latest, band=band))
    if report.skin.baseline is not None:
        lines.append(
            t(language, "progress.baseline", baseline=decimal(report.skin.baseline, language))
        )
        if report.skin.verdict == "not_enough_data":
            lines.append(t(language, "progress.wait_for_verdict"))
    # A doctor's name comes right under the verdict, never below the tables.
    lines += judgement_lines(report.standing, language, child)
    itch = itch_line(report.itch, language)
    if itch is not None:
        lines.append(itch)
    phase_lines = _phase_lines(report, language)
    if phase_lines:
        lines.append("")
        lines.append(t(language, "progress.by_phase"))
        lines += phase_lines
    running = [
        tn(language, "progress.streak_item", days, label=t(language, f"kind.{kind}"))
        for kind, days in report.streaks.items()
        if days
    ]
    if running:
        lines.append(t(language, "progress.streaks", items=", ".join(running)))
    if report.habits:
        items = "; ".join(habit_label(habit, language) for habit in report.habits.values())
        lines.append(t(language, "progress.habits", items=items))
    lines.append("")
    lines.append(t(language, "progress.no_cause"))
    return "\n".join(lines)


def chart_points(report: Report) -> list[WeekPoint]:
    """The weeks of the report as the charts draw them, in order (see `Week.point`)."""
    return [entry.point() for _, entry in sorted(report.weeks.items())]
