"""The one-page summary for the doctor as an A4 PDF: fpdf2 for the page, matplotlib for the
chart, DejaVu Sans from matplotlib's own fonts (so no font is fetched, and Dutch and the
symbols ≤, ≥, – print as they are).

One page, always: the parts that can grow (months, triggers, patterns, notes) are capped in
`summary`, and the page breaks never automatically.
"""

from __future__ import annotations

from typing import Final

import matplotlib
from fpdf import FPDF

from bot.programme.chart import render_summary_chart
from bot.programme.habits import habit_label
from bot.programme.instruments import skin_band
from bot.programme.patterns import pattern_line
from bot.programme.phases import phase_of_day
from bot.programme.progress import chart_points, itch_line, verdict_line
from bot.programme.summary import Summary
from messages import t, tc
from messages.words import decimal, full_date, tn

MARGIN: Final = 14.0  # mm
WIDTH: Final = 210.0 - 2 * MARGIN
BODY_PT: Final = 9.0
SMALL_PT: Final = 7.0
LINE: Final = 4.6  # mm per body line
PATTERNS_SHOWN: Final = 4
_FONTS: Final = matplotlib.get_data_path() + "/fonts/ttf/"  # matplotlib ships DejaVu Sans


class _Page(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(auto=False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.add_font("DejaVu", "", _FONTS + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", _FONTS + "DejaVuSans-Bold.ttf")
        self.set_creator("Darm-Huid Coach")
        self.add_page()

    def heading(self, text: str) -> None:
        self.ln(1.5)
        self.set_font("DejaVu", "B", 10)
        self.cell(WIDTH, 5.5, text, new_x="LMARGIN", new_y="NEXT")

    def body(self, text: str, size: float = BODY_PT) -> None:
        self.set_font("DejaVu", "", size)
        self.multi_cell(WIDTH, LINE * size / BODY_PT, text, new_x="LMARGIN", new_y="NEXT")


def render_summary(summary: Summary) -> bytes:
    """The summary as the bytes of a one-page A4 PDF in the participant's language."""
    participant = summary.participant
    language, child = participant.language, participant.for_child
    report = summary.report
    pdf = _Page()
    pdf.set_title(tc(language, "summary.title", child))

    # Who, when, and who answered.
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(WIDTH, 7, tc(language, "summary.title", child), new_x="LMARGIN", new_y="NEXT")
    phases = ", ".join(
        str(p)
        for p in sorted({phase_of_day(d) for d in range(0, report.day + 1, 7)} | {report.phase})
    )
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

    # The skin score by week, on its bands, with the baseline; the weekly itch.
    points = chart_points(report)
    chart = render_summary_chart(points, report.skin.baseline, language)
    pdf.ln(1)
    pdf.image(chart, x=MARGIN, w=WIDTH, h=WIDTH * 3.3 / 9.0)
    pdf.heading(tc(language, "summary.skin", child))
    lines = []
    if report.scores:
        latest = report.scores[-1]
        band = t(language, f"band.{skin_band(latest)}")
        scored = tn(language, "count.checkins", len(report.scores))
        lines.append(t(language, "summary.latest", score=latest, band=band, scored=scored))
    else:
        lines.append(t(language, "summary.no_score"))
    if report.skin.baseline is not None:
        lines.append(
            t(language, "progress.baseline", baseline=decimal(report.skin.baseline, language))
        )
    verdict = verdict_line(report.skin, language)  # the verdict only: advice is the person's
    if verdict is not None:
        lines.append(verdict)
    itch = itch_line(report.itch, language)
    if itch is not None:
        lines.append(itch)
    pdf.body("\n".join(lines))

    # Gut, sleep and stress by month.
    if summary.months:
        pdf.heading(t(language, "summary.months"))
        _table(pdf, summary, language)

    # Habits.
    pdf.heading(t(language, "summary.habits"))
    habits = [habit_label(habit, language) for habit in report.habits.values()]
    pdf.body("\n".join(habits) if habits else t(language, "summary.no_habits"))

    # Suspected triggers, and what the pattern finder saw, with its caveat.
    pdf.heading(tc(language, "summary.triggers", child))
    trigger_lines = []
    if summary.checkin_triggers:
        ticked = ", ".join(
            f"{t(language, f'trigger.{name}')} {count}×" for name, count in summary.checkin_triggers
        )
        trigger_lines.append(t(language, "summary.ticked", items=ticked))
    trigger_lines += [
        pattern_line(pattern, language)
        for pattern in summary.patterns[:PATTERNS_SHOWN]
        if pattern.chance != "no_itch"
    ]
    if not trigger_lines:
        trigger_lines.append(t(language, "summary.no_triggers"))
    else:
        trigger_lines.append(tc(language, "patterns.footer", child))
    pdf.body("\n".join(trigger_lines))

    # The person's own notes, only when they chose to include them.
    if summary.notes:
        pdf.heading(t(language, "summary.notes"))
        pdf.body("\n".join(f"{day}: {note}" for day, note in summary.notes))

    # What the numbers are, and what they are not.
    pdf.set_y(297 - MARGIN - 16)
    pdf.set_draw_color(150, 150, 150)
    pdf.line(MARGIN, pdf.get_y() - 1.5, MARGIN + WIDTH, pdf.get_y() - 1.5)
    pdf.body(
        tc(language, "summary.footer", child, made=full_date(language, summary.today)),
        size=SMALL_PT,
    )
    return bytes(pdf.output())


def _table(pdf: _Page, summary: Summary, language: str) -> None:
    columns = ("month", "checkins", "bloating", "pain", "stools", "sleep", "stress")
    widths = (22.0, 20.0, 28.0, 26.0, 34.0, 26.0, 26.0)  # 182 mm, the page's width
    pdf.set_font("DejaVu", "B", SMALL_PT + 0.5)
    for column, width in zip(columns, widths, strict=True):
        pdf.cell(width, 4.5, t(language, f"summary.col.{column}"), border="B")
    pdf.ln(4.5)
    pdf.set_font("DejaVu", "", BODY_PT - 0.5)
    for month in summary.months:
        means = (month.bloating, month.pain, month.stools, month.sleep, month.stress)
        values = (
            month.month,
            str(month.checkins),
            *("–" if mean is None else decimal(mean, language) for mean in means),
        )
        for value, width in zip(values, widths, strict=True):
            pdf.cell(width, 4.3, value)
        pdf.ln(4.3)
