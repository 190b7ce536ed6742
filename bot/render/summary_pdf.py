"""The one-page summary for the doctor as an A4 PDF: fpdf2 for the page, matplotlib for the
chart, DejaVu Sans from matplotlib's own fonts (so no font is fetched, and Dutch and the
symbols ≤, ≥, – print as they are).

The page speaks of the person in the third person ("de deelnemer", for a parent "het kind")
and gives facts, never advice: it is read by a GP, not by the person. Each part says the
period it covers; the chart's week labels (with the date each week began) and its legend are
the page's own text, so they print sharp and can be searched.

One page, always: the parts that can grow (months, triggers, patterns, notes) are capped in
`summary` and here, each written only as far as it fits above the footer, and the page breaks
never automatically. The page is laid out twice: first with the smallest chart, to see how
much room is left, then with the chart (its strip of every evening's itch first) grown into
that room.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Callable, Mapping, Sequence
from typing import Final

import matplotlib
from fpdf import FPDF

from bot.programme.habits import habit_label
from bot.programme.instruments import ItchVerdict, itch_band, skin_band
from bot.programme.patterns import pattern_line_doctor
from bot.programme.progress import Report, chart_points, verdict_line
from bot.programme.summary import Summary
from bot.programme.treatment import TreatmentRow, UseCount
from bot.render.chart import (
    ITCH_COLOUR,
    SKIN_COLOUR,
    SUMMARY_WIDTH_IN,
    render_summary_chart,
    summary_height_in,
    summary_x,
)
from messages import t, tc
from messages.words import decimal, full_date, month_year, short_date, short_date_year, tn

MARGIN: Final = 14.0  # mm
PAGE_HEIGHT: Final = 297.0
WIDTH: Final = 210.0 - 2 * MARGIN
BODY_PT: Final = 8.5
SMALL_PT: Final = 6.8
AXIS_PT: Final = 6.3
LINE: Final = 4.1  # mm per body line
PATTERNS_SHOWN: Final = 4
NOTE_CHARS: Final = 220  # a note is cut here (two lines); the whole note is in /export
TREATMENT_CHARS: Final = 40  # a treatment's name is cut here on the page (whole in /export)
# The most the treatments take (then "and 3 more"): less when the notes need the room.
TREATMENTS_MAX_MM: Final = 4 * LINE
TREATMENTS_WITH_NOTES_MM: Final = 2 * LINE
# The chart's panels, in mm: at least this tall, and grown into the room the page leaves.
SKIN_MIN_MM: Final = 48.0
SKIN_MAX_MM: Final = 66.0
EVENINGS_MIN_MM: Final = 14.0
EVENINGS_MAX_MM: Final = 28.0
_FONTS: Final = matplotlib.get_data_path() + "/fonts/ttf/"  # matplotlib ships DejaVu Sans


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _inches(mm: float) -> float:
    return mm / WIDTH * SUMMARY_WIDTH_IN


class _Page(FPDF):
    def __init__(self, footer: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(auto=False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.add_font("DejaVu", "", _FONTS + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", _FONTS + "DejaVuSans-Bold.ttf")
        self.set_creator("Darm-Huid Coach")
        self.add_page()
        self.footer_text = footer
        # Where the footer begins: the body stays above it.
        self.bottom = PAGE_HEIGHT - MARGIN - self.height_of(footer, SMALL_PT)

    def heading(self, text: str) -> None:
        self.ln(1.2)
        self.set_font("DejaVu", "B", 9.5)
        self.multi_cell(WIDTH, 4.8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.3)

    def body(self, text: str, size: float = BODY_PT) -> None:
        self.set_font("DejaVu", "", size)
        self.multi_cell(WIDTH, LINE * size / BODY_PT, text, new_x="LMARGIN", new_y="NEXT")

    def height_of(self, text: str, size: float = BODY_PT) -> float:
        """How tall `text` would be as a body paragraph, without writing it."""
        self.set_font("DejaVu", "", size)
        lines = self.multi_cell(WIDTH, LINE * size / BODY_PT, text, dry_run=True, output="LINES")
        assert isinstance(lines, list)
        return len(lines) * LINE * size / BODY_PT

    def discard(self) -> None:
        """Close the font files of a page that is measured and never output (output does)."""
        for font in self.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()

    def room(self) -> float:
        """What is left above the footer, in mm."""
        return self.bottom - 2.0 - self.get_y()


def render_summary(summary: Summary) -> bytes:
    """The summary as the bytes of a one-page A4 PDF in the participant's language."""
    language, child = summary.participant.language, summary.participant.for_child
    footer = tc(
        language,
        "summary.footer",
        child,
        method=t(language, "summary.method"),
        made=full_date(language, summary.today),
    )
    # A trial run with the smallest chart measures the room left; the strip of evenings grows
    # into it first, then the weekly chart.
    evenings = EVENINGS_MIN_MM if summary.itch_days else 0.0
    trial = _Page(footer)
    _lay_out(trial, summary, SKIN_MIN_MM, evenings, draw=False)
    trial.discard()
    spare = max(trial.room() - 1.0, 0.0)
    if summary.itch_days:
        evenings = min(EVENINGS_MIN_MM + spare, EVENINGS_MAX_MM)
        spare -= evenings - EVENINGS_MIN_MM
    skin = min(SKIN_MIN_MM + spare, SKIN_MAX_MM)
    pdf = _Page(footer)
    _lay_out(pdf, summary, skin, evenings, draw=True)
    return bytes(pdf.output())


def _lay_out(
    pdf: _Page, summary: Summary, skin_mm: float, evenings_mm: float, *, draw: bool
) -> None:
    """The page, top to bottom, with the chart's panels this tall; `draw`: render the chart
    (a trial run only measures)."""
    participant = summary.participant
    language, child = participant.language, participant.for_child
    report = summary.report
    pdf.set_title(tc(language, "summary.title", child))

    # Who, when, and who answered.
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(WIDTH, 7, tc(language, "summary.title", child), new_x="LMARGIN", new_y="NEXT")
    if report.phase > 1:
        phases = t(language, "summary.phase_range", first=1, last=report.phase)
    else:
        phases = t(language, "summary.phase_single", phase=report.phase)
    pdf.body(
        t(
            language,
            "summary.period",
            start=full_date(language, summary.start),
            end=full_date(language, summary.today),
            day=report.day + 1,
            phases=phases,
        )
        + " "
        + tc(language, "summary.answered_by", child)
    )

    # The skin score by week on its bands, with the baseline, and the weekly itch; under it
    # the itch of every evening; the weeks with their dates, and what each line is.
    pdf.heading(tc(language, "summary.skin", child))
    points = chart_points(report)
    max_week = max([report.day // 7, *(p.week for p in points)])
    ticks = _week_ticks(pdf, summary.start, max_week, language)
    skin_in, daily_in = _inches(skin_mm), _inches(evenings_mm)
    height = summary_height_in(skin_in, daily_in) / SUMMARY_WIDTH_IN * WIDTH
    top = pdf.get_y()
    if draw:
        chart = render_summary_chart(
            points,
            report.skin.baseline,
            language,
            max_week=max_week,
            ticks=[week for week, _ in ticks],
            skin_in=skin_in,
            evenings=[((day - summary.start).days, score) for day, score in summary.itch_days],
            daily_in=daily_in,
        )
        pdf.image(chart, x=MARGIN, y=top, w=WIDTH, h=height)
    _axis_labels(pdf, ticks, max_week, top + height)
    _legend(pdf, summary, language)
    lines = _skin_lines(report, language)
    if not summary.itch_days:
        lines.append(t(language, "summary.no_itch"))
    pdf.body("\n".join(lines))

    # Gut, sleep and stress by month.
    if summary.months:
        months = _period(language, summary.months[0].month, summary.months[-1].month, month_year)
        pdf.heading(t(language, "summary.months", period=months))
        _table(pdf, summary, language)

    # What the person said they use, as typed, with its dates; never a comment on it.
    if summary.treatments:
        pdf.heading(tc(language, "summary.treatment", child))
        most = TREATMENTS_WITH_NOTES_MM if summary.notes else TREATMENTS_MAX_MM
        pdf.body(_treatment_text(pdf, summary.treatments, summary.uses, language, most))

    # Habits: ticked off of sent, and the habit score; nothing else.
    habits = [habit_label(habit, language) for habit in report.habits.values()]
    if habits and summary.reminders_since is not None:
        since = _period(language, summary.reminders_since, summary.today)
        pdf.heading(t(language, "summary.habits", period=since))
        _two_columns(pdf, habits)
        pdf.body(t(language, "summary.habits_note"), size=SMALL_PT)
    else:
        pdf.heading(
            t(language, "summary.habits", period=_period(language, summary.start, summary.today))
        )
        pdf.body(t(language, "summary.no_habits"))

    # Suspected triggers, and what the pattern finder saw, with its caveat: as many of the
    # patterns as fit, leaving room for the latest two notes when they are asked for.
    pdf.heading(tc(language, "summary.triggers", child))
    reserve = 0.0
    if summary.notes:
        reserve = 7.0 + pdf.height_of("\n".join(_note_lines(summary.notes[-2:], language)))
    shown = PATTERNS_SHOWN
    lines = _trigger_lines(summary, language, child, shown)
    while shown > 0 and pdf.height_of("\n".join(lines)) > pdf.room() - reserve:
        shown -= 1
        lines = _trigger_lines(summary, language, child, shown)
    pdf.body("\n".join(lines))

    # The person's own notes, only when they chose to include them: the latest that fit.
    if summary.notes:
        _notes(pdf, summary.notes, language, child)

    # What the numbers are, and what they are not.
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    pdf.line(MARGIN, pdf.bottom - 1.5, MARGIN + WIDTH, pdf.bottom - 1.5)
    end = pdf.get_y()
    pdf.set_xy(MARGIN, pdf.bottom)
    pdf.body(pdf.footer_text, size=SMALL_PT)
    pdf.set_y(end)


def _period(
    language: str,
    first: dtm.date,
    last: dtm.date,
    name: Callable[[str, dtm.date], str] = short_date_year,
) -> str:
    """ "9 jun 2025 t/m 9 jun 2026", or one date (or month) when first and last are one."""
    if name(language, first) == name(language, last):
        return name(language, first)
    return t(language, "summary.range", first=name(language, first), last=name(language, last))


def _x_mm(x: float, max_week: int) -> float:
    return MARGIN + WIDTH * summary_x(x, max_week)


def _week_ticks(
    pdf: _Page, start: dtm.date, max_week: int, language: str
) -> list[tuple[int, tuple[str, str]]]:
    """The labelled weeks of the skin chart: "week 5" over the date it began, every week when
    they fit, else every 2nd, 4th, 8th… week; the year on the first and where it changes."""
    step_mm = WIDTH * (summary_x(1, max_week) - summary_x(0, max_week))
    pdf.set_font("DejaVu", "", AXIS_PT)
    for step in (1, 2, 4, 8, 13, 26, 52, 104):
        ticks: list[tuple[int, tuple[str, str]]] = []
        year = None
        for week in range(0, max_week + 1, step):
            day = start + dtm.timedelta(days=7 * week)
            date: str | None = short_date(language, day) if day.year == year else None
            year = day.year
            lines = (
                t(language, "summary.week_tick", week=week + 1),
                date or short_date_year(language, day),
            )
            ticks.append((week, lines))
        widest = max(pdf.get_string_width(line) for _, lines in ticks for line in lines)
        if widest + 1.5 <= step * step_mm:
            return ticks
    return ticks[:1]


def _axis_labels(
    pdf: _Page, ticks: Sequence[tuple[int, Sequence[str]]], max_week: int, y: float
) -> None:
    """Each tick's lines, centred under it, as the page's text."""
    pdf.set_font("DejaVu", "", AXIS_PT)
    pdf.set_text_color(40, 40, 40)
    height = 2.7
    rows = max((len(lines) for _, lines in ticks), default=0)
    for x, lines in ticks:
        centre = _x_mm(x, max_week)
        for row, line in enumerate(lines):
            width = pdf.get_string_width(line) + 1
            left = min(max(centre - width / 2, MARGIN), MARGIN + WIDTH - width)
            pdf.set_xy(left, y + 0.4 + row * height)
            pdf.cell(width, height, line, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(MARGIN, y + 0.4 + rows * height + 0.3)


def _legend(pdf: _Page, summary: Summary, language: str) -> None:
    """What the lines and shades of the chart are, drawn and named, flowing over as many
    lines as they need."""
    report = summary.report
    items = [("skin", t(language, "summary.legend.skin"))]
    if report.skin.baseline is not None:
        baseline = decimal(report.skin.baseline, language)
        items.append(("baseline", t(language, "summary.legend.baseline", baseline=baseline)))
    items.append(("itch", t(language, "summary.legend.itch")))
    items.append(("bands", t(language, "summary.legend.bands")))
    days = summary.itch_days
    if days:
        evenings = t(
            language,
            "summary.legend.evenings",
            period=_period(language, days[0][0], days[-1][0]),
            evenings=tn(language, "count.evenings", len(days)),
        )
        items.append(("evenings", evenings))
    pdf.set_font("DejaVu", "", SMALL_PT)
    sample, gap, height = 7.0, 4.0, 3.6
    x, y = MARGIN, pdf.get_y()
    for kind, text in items:
        width = sample + 1.2 + pdf.get_string_width(text)
        if x + width > MARGIN + WIDTH:
            x, y = MARGIN, y + height
        _legend_sample(pdf, kind, x, y + height / 2, sample)
        pdf.set_xy(x + sample + 1.2, y)
        pdf.cell(width - sample - 1.2, height, text)
        x += width + gap
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_line_width(0.2)
    pdf.set_xy(MARGIN, y + height + 0.6)


def _legend_sample(pdf: _Page, kind: str, x: float, y: float, width: float) -> None:
    pdf.set_dash_pattern()
    if kind == "bands":
        for n, grey in enumerate((242, 227, 207, 184)):
            pdf.set_fill_color(grey, grey, grey)
            pdf.rect(x + n * width / 4, y - 1.3, width / 4, 2.6, style="F")
        return
    colour = _rgb(SKIN_COLOUR if kind in ("skin", "baseline") else ITCH_COLOUR)
    pdf.set_draw_color(*colour)
    pdf.set_fill_color(*colour)
    pdf.set_line_width({"skin": 0.6, "baseline": 0.3, "itch": 0.4, "evenings": 0.2}[kind])
    if kind == "baseline":
        pdf.set_dash_pattern(dash=1.2, gap=0.7)
    elif kind == "itch":
        pdf.set_dash_pattern(dash=1.1, gap=0.9)
    pdf.line(x, y, x + width, y)
    pdf.set_dash_pattern()
    if kind == "skin":
        pdf.ellipse(x + width / 2 - 0.7, y - 0.7, 1.4, 1.4, style="F")
    elif kind == "itch":
        pdf.rect(x + width / 2 - 0.55, y - 0.55, 1.1, 1.1, style="F")
    elif kind == "evenings":  # a thin line of small dots
        for n in range(4):
            centre = x + (n + 0.5) * width / 4
            pdf.ellipse(centre - 0.3, y - 0.3 + (0.5 if n % 2 else -0.3), 0.6, 0.6, style="F")


def _skin_lines(report: Report, language: str) -> list[str]:
    """The latest score and its date (and the severe band, as a fact), the baseline, the
    verdict in Howells' words, the weekly itch: what the person was told, without the advice."""
    scored = [c for c in report.checkins if c.skin_score is not None]
    lines = []
    if scored:
        latest = scored[-1]
        score = latest.skin_score
        assert score is not None
        band = skin_band(score)
        lines.append(
            t(
                language,
                "summary.latest",
                date=short_date_year(language, latest.local_date),
                score=score,
                band=t(language, f"band.{band}"),
                scored=tn(language, "count.checkins", len(scored)),
            )
        )
        if band in ("severe", "very_severe"):
            lines.append(t(language, f"summary.{band}"))
    else:
        lines.append(t(language, "summary.no_score"))
    skin = report.skin
    if skin.baseline is not None:
        lines.append(
            t(
                language,
                "summary.baseline",
                first=short_date_year(language, scored[0].local_date),
                second=short_date_year(language, scored[1].local_date),
                baseline=decimal(skin.baseline, language),
            )
        )
    if skin.verdict == "unconfirmed_change":  # its own words: no "I'll look again"
        lines.append(
            t(
                language,
                "summary.unconfirmed",
                change=decimal(abs(skin.change or 0.0), language),
                direction=t(language, f"direction.{skin.direction}"),
            )
        )
    else:
        verdict = verdict_line(skin, language)  # the verdict only: advice is the person's
        if verdict is not None:
            lines.append(verdict)
    itch = _itch_line(report.itch, language)
    if itch is not None:
        lines.append(itch)
    return lines


def _itch_line(itch: ItchVerdict, language: str) -> str | None:
    """The weekly itch against its start, in the page's words."""
    if itch.kind == "not_enough_data" or itch.baseline is None:
        return None
    return t(
        language,
        f"summary.itch.{itch.kind}",
        baseline=decimal(itch.baseline, language),
        band=t(language, f"itchband.{itch_band(itch.baseline)}"),
        latest=decimal(itch.baseline - (itch.change or 0.0), language),
        trend=t(language, f"trend.{itch.trend or 'flat'}"),
    )


def _treatment_text(
    pdf: _Page,
    treatments: Sequence[TreatmentRow],
    uses: Mapping[int, UseCount],
    language: str,
    most: float,
) -> str:
    """The treatments in one paragraph, as many as fit in `most` mm (in use first), and how
    many more."""
    items = treatment_lines(treatments, language, uses)
    shown = len(items)
    while True:
        text = "; ".join(items[:shown])
        if shown < len(items):
            text += "; " + tn(language, "summary.treatment_more", len(items) - shown)
        if shown <= 1 or pdf.height_of(text) <= most:
            return text
        shown -= 1


def treatment_lines(
    treatments: Sequence[TreatmentRow],
    language: str,
    uses: Mapping[int, UseCount] | None = None,
) -> list[str]:
    """ "Vaseline (huid): sinds 12 nov 2026", or its period once stopped, and the evenings it
    was ticked as used (a count, not a share: an evening unticked may be one unanswered); a
    long name cut."""
    lines = []
    for x in treatments:
        name = x.name
        if len(name) > TREATMENT_CHARS:
            name = name[: TREATMENT_CHARS - 1].rstrip() + "…"
        purpose = t(language, f"treatment.purpose.{x.purpose or 'other'}")
        since = short_date_year(language, x.since)
        if x.stopped is None:
            line = t(language, "summary.treatment_line", name=name, purpose=purpose, since=since)
        else:
            stopped = short_date_year(language, x.stopped)
            line = t(
                language,
                "summary.treatment_stopped",
                name=name,
                purpose=purpose,
                since=since,
                stopped=stopped,
            )
        used = (uses or {}).get(x.id)
        if used is not None:
            line += tn(
                language,
                "summary.treatment_uses",
                used.evenings,
                first=short_date_year(language, used.first),
                last=short_date_year(language, used.last),
            )
        lines.append(line)
    return lines


def _two_columns(pdf: _Page, items: Sequence[str]) -> None:
    """Two items a line, in two columns, when they fit side by side; else one a line."""
    pdf.set_font("DejaVu", "", BODY_PT)
    left = max((pdf.get_string_width(item) for item in items[::2]), default=0.0) + 6.0
    right = max((pdf.get_string_width(item) for item in items[1::2]), default=0.0)
    if left + right > WIDTH:
        pdf.body("\n".join(items))
        return
    for n in range(0, len(items), 2):
        pdf.cell(left, LINE, items[n])
        if n + 1 < len(items):
            pdf.cell(WIDTH - left, LINE, items[n + 1])
        pdf.ln(LINE)


def _trigger_lines(summary: Summary, language: str, child: bool, patterns_shown: int) -> list[str]:
    """What was ticked in the check-ins, of how many, and when; what the pattern finder saw
    of what was noted on the day (its first `patterns_shown` lines); what that is not."""
    lines = []
    dates = summary.checkin_dates
    if summary.checkin_triggers and dates:
        items = ", ".join(
            t(
                language,
                "summary.ticked_item",
                label=t(language, f"trigger.{name}"),
                ticked=count,
                total=len(dates),
            )
            for name, count in summary.checkin_triggers
        )
        period = _period(language, dates[0], dates[-1])
        lines.append(t(language, "summary.ticked", period=period, items=items))
    # A trigger without evenings on both sides of a noted day has nothing to show a doctor.
    patterns = [
        pattern_line_doctor(pattern, language) for pattern in summary.patterns if pattern.times
    ][:patterns_shown]
    if patterns and summary.noted is not None:
        period = _period(language, *summary.noted)
        lines.append(t(language, "summary.noted", period=period))
    lines += patterns
    if not lines:
        return [t(language, "summary.no_triggers")]
    lines.append(tc(language, "summary.patterns_footer", child))
    return lines


def _note_lines(notes: Sequence[tuple[dtm.date, str]], language: str) -> list[str]:
    """Each note with its date, cut at NOTE_CHARS."""
    return [
        f"{short_date_year(language, day)}: "
        + (note if len(note) <= NOTE_CHARS else note[: NOTE_CHARS - 1].rstrip() + "…")
        for day, note in notes
    ]


def _notes(pdf: _Page, notes: Sequence[tuple[dtm.date, str]], language: str, child: bool) -> None:
    """The latest notes that fit above the footer, oldest first."""
    lines = _note_lines(notes, language)
    room = pdf.room() - 7.0  # the heading
    shown: list[str] = []
    for line in reversed(lines):
        if pdf.height_of("\n".join([line, *shown])) > room:
            break
        shown.insert(0, line)
    if not shown:
        return
    first, last = notes[len(notes) - len(shown)][0], notes[-1][0]
    pdf.heading(tc(language, "summary.notes", child, period=_period(language, first, last)))
    pdf.body("\n".join(shown))


def _table(pdf: _Page, summary: Summary, language: str) -> None:
    columns = ("month", "checkins", "bloating", "pain", "stools", "sleep", "stress")
    widths = (22.0, 20.0, 28.0, 26.0, 34.0, 26.0, 26.0)  # 182 mm, the page's width
    pdf.set_font("DejaVu", "B", SMALL_PT + 0.5)
    for column, width in zip(columns, widths, strict=True):
        pdf.cell(width, 4.2, t(language, f"summary.col.{column}"), border="B")
    pdf.ln(4.2)
    pdf.set_font("DejaVu", "", BODY_PT - 0.5)
    for month in summary.months:
        means = (month.bloating, month.pain, month.stools, month.sleep, month.stress)
        values = (
            month_year(language, month.month),
            str(month.checkins),
            *("–" if mean is None else decimal(mean, language) for mean in means),
        )
        for value, width in zip(values, widths, strict=True):
            pdf.cell(width, 4.0, value)
        pdf.ln(4.0)
