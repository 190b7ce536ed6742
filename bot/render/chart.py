"""The `/progress` chart: skin score, itch and reminder adherence per programme week, as PNG bytes;
and the doctor's page's two charts (the skin score by week on its bands, the itch of every
evening), whose axes `summary_pdf` labels in the page's own text.

Drawn with matplotlib's object API (`Figure` + `FigureCanvasAgg`), never pyplot: no display, no
global figure registry, no rcParams changes. Every size and colour is passed explicitly, so one
render cannot leak into the next. The picture is made for a phone screen: 1200×1000 px, text of
at least ~20 px, the Okabe–Ito colour-blind-safe palette, and line styles and markers that differ
as well as colours.
"""

from __future__ import annotations

import hashlib
import io
import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, NullFormatter
from matplotlib.transforms import offset_copy

from bot.programme.habits import Habit, habit_label
from bot.programme.kinds import DECLARED, KINDS
from bot.programme.kinds import kind as kind_of
from bot.programme.phases import phase_of_day
from bot.programme.progress import WeekPoint
from messages import t, tc
from messages.words import decimal

SKIN_MAX: Final = 28.0
ITCH_MAX: Final = 10.0

WIDTH_IN: Final = 12.0
HEIGHT_IN: Final = 10.0
DPI: Final = 100
# Plot area in figure fractions (fixed: no layout engine to run on every render).
LEFT: Final = 0.095
RIGHT: Final = 0.905
# Below the plot: the week numbers, and the habits' legend in two columns of up to three rows.
BOTTOM: Final = 0.24
# Headroom above the data for the phase labels, as a factor on the top of each y scale.
HEADROOM: Final = 1.2

TITLE_PT: Final = 22.0
LABEL_PT: Final = 16.0
TICK_PT: Final = 15.0
PHASE_PT: Final = 15.0
LEGEND_PT: Final = 15.0
HABITS_PT: Final = 13.5
NO_DATA_PT: Final = 26.0
# The "0" drawn for a week whose reminders were sent and none ticked off, in points.
ZERO_MIN_PT: Final = 7.0
ZERO_MAX_PT: Final = 14.0

# Okabe & Ito (2008), readable with every common colour-vision deficiency.
INK: Final = "#1a1a1a"
SKIN_COLOUR: Final = "#0072B2"  # blue
ITCH_COLOUR: Final = "#D55E00"  # vermillion
KIND_COLOURS: Final[dict[str, str]] = {declared.name: declared.colour for declared in DECLARED}
# Alternating light backgrounds for the phase bands: distinct from each other, pale enough
# that the lines on top keep their contrast.
PHASE_SHADES: Final[tuple[str, ...]] = ("#f4f4f4", "#dedede")

# Bumped when the drawing changes, so a chart already sent is drawn again in the new way.
CHART_VERSION: Final = "4"

# Matplotlib promises no thread safety even without pyplot (text layout and font caches are
# shared); one render at a time costs little next to a Telegram upload.
_LOCK: Final = threading.Lock()


def _pale(colour: str) -> bool:
    """Whether a colour is too light to stand on white without an outline: its relative
    luminance (WCAG 2) above 0.6, a contrast with white under about 1.6:1."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.6


def phase_spans(max_week: int) -> list[tuple[int, int, int]]:
    """(phase, first_week, last_week) for weeks 0..max_week; a week takes its first day's phase."""
    spans: list[tuple[int, int, int]] = []
    for week in range(max(max_week, 0) + 1):
        phase = phase_of_day(7 * week)
        if spans and spans[-1][0] == phase:
            spans[-1] = (phase, spans[-1][1], week)
        else:
            spans.append((phase, week, week))
    return spans


def chart_key(
    points: Sequence[WeekPoint],
    current_week: int,
    language: str,
    child: bool = False,
    habits: Mapping[str, Habit] | None = None,
    baseline: float | None = None,
) -> str:
    """What a chart shows, as a hash: two charts with the same key are the same picture."""
    shown = ",".join(f"{k}={v.done}/{v.sent}/{v.score}" for k, v in sorted((habits or {}).items()))
    parts = [CHART_VERSION, language, str(child), str(current_week), shown, repr(baseline)]
    for p in points:
        adherence = ",".join(f"{k}={v!r}" for k, v in sorted(p.adherence.items()))
        parts.append(f"{p.week}:{p.skin!r}:{p.itch!r}:{adherence}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def render_progress_chart(
    points: Sequence[WeekPoint],
    current_week: int,
    language: str,
    child: bool = False,
    habits: Mapping[str, Habit] | None = None,
    baseline: float | None = None,
) -> bytes:
    """The progress chart as PNG bytes, 1200×1000 px.

    It begins with the baseline (the mean of the first two check-ins with a skin score, in two
    programme weeks): the check-in at which /progress's text gives its starting point instead
    of "your first check-in is in" is the one at which the chart is drawn. Before it, a
    friendly picture that says so."""
    with _LOCK:
        if baseline is None:
            return _render_too_early(language, child)
        return _render(points, current_week, language, child, habits or {}, baseline)


def _render_too_early(language: str, child: bool) -> bytes:
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    fig.text(
        0.5,
        0.6,
        tc(language, "chart.title", child),
        fontsize=TITLE_PT,
        fontweight="bold",
        color=INK,
        ha="center",
        va="center",
    )
    fig.text(
        0.5,
        0.45,
        t(language, "chart.too_early"),
        fontsize=NO_DATA_PT,
        color=INK,
        ha="center",
        va="center",
        wrap=True,
        bbox={"boxstyle": "round,pad=0.8", "facecolor": "#f7f7f7", "edgecolor": "#4d4d4d"},
    )
    return _png(fig)


def _series(points: Sequence[WeekPoint], max_week: int) -> dict[int, WeekPoint]:
    """Points by week (the last one wins), dropping weeks outside 0..max_week."""
    return {p.week: p for p in points if 0 <= p.week <= max_week}


def _value(value: float | None, top: float) -> float:
    """A value clamped to 0..top, NaN (a gap in the line) when missing."""
    if value is None or math.isnan(value):
        return math.nan
    return min(max(value, 0.0), top)


def _has_data(points: Iterable[WeekPoint]) -> bool:
    return any(
        p.skin is not None or p.itch is not None or any(v is not None for v in p.adherence.values())
        for p in points
    )


def _render(
    points: Sequence[WeekPoint],
    current_week: int,
    language: str,
    child: bool,
    habits: Mapping[str, Habit],
    baseline: float,
) -> bytes:
    last_week = max((p.week for p in points), default=0)
    max_week = max(current_week, last_week, 0)
    by_week = _series(points, max_week)
    weeks = list(range(max_week + 1))

    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    grid = fig.add_gridspec(
        2,
        1,
        height_ratios=(3, 2),
        left=LEFT,
        right=RIGHT,
        top=0.865,
        bottom=BOTTOM,
        hspace=0.08,
    )
    top: Axes = fig.add_subplot(grid[0])
    bottom: Axes = fig.add_subplot(grid[1], sharex=top)
    itch_ax: Axes = top.twinx()

    fig.suptitle(
        tc(language, "chart.title", child), fontsize=TITLE_PT, fontweight="bold", color=INK, y=0.985
    )

    # x axis: one slot per week, shared by both panels.
    top.set_xlim(-0.5, max_week + 0.5)
    bottom.xaxis.set_major_locator(MaxNLocator(nbins=13, integer=True, min_n_ticks=1))
    # People count weeks from 1, as /progress's text does; the index stays 0-based inside.
    bottom.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{int(value) + 1}"))
    bottom.set_xlabel(t(language, "chart.week"), fontsize=LABEL_PT, color=INK)
    top.tick_params(axis="x", labelbottom=False)

    _draw_phases(top, max_week, language)
    for _, first, _ in phase_spans(max_week)[1:]:
        bottom.axvline(first - 0.5, color="#8c8c8c", linewidth=1.0, zorder=1)

    # Top panel: skin (left axis) and itch (right axis).
    top.set_ylim(0, SKIN_MAX * HEADROOM)
    top.set_yticks([0, 7, 14, 21, 28])
    lower = t(language, "chart.lower_is_better")
    top.set_ylabel(f"{t(language, 'chart.skin')}\n{lower}", fontsize=LABEL_PT, color=SKIN_COLOUR)
    top.grid(axis="y", color="#b0b0b0", linewidth=0.8, alpha=0.6)
    top.set_axisbelow(True)
    itch_ax.set_ylim(0, ITCH_MAX * HEADROOM)
    itch_ax.set_yticks([0, 2, 4, 6, 8, 10])
    itch_ax.set_ylabel(
        f"{t(language, 'chart.itch')}\n{lower}", fontsize=LABEL_PT, color=ITCH_COLOUR
    )

    skin = [_value(by_week[w].skin if w in by_week else None, SKIN_MAX) for w in weeks]
    itch = [_value(by_week[w].itch if w in by_week else None, ITCH_MAX) for w in weeks]
    (skin_line,) = top.plot(
        weeks,
        skin,
        color=SKIN_COLOUR,
        linewidth=3.0,
        marker="o",
        markersize=9,
        markeredgecolor="white",
        markeredgewidth=1.2,
        label=t(language, "chart.skin"),
        zorder=3,
    )
    (itch_line,) = itch_ax.plot(
        weeks,
        itch,
        color=ITCH_COLOUR,
        linewidth=3.0,
        linestyle=(0, (4, 1.5)),
        marker="s",
        markersize=8,
        markeredgecolor="white",
        markeredgewidth=1.2,
        label=t(language, "chart.itch"),
        zorder=3,
    )
    start_line = top.axhline(
        min(max(baseline, 0.0), SKIN_MAX),
        color=SKIN_COLOUR,
        linewidth=2.2,
        linestyle=(0, (1.2, 1.6)),
        label=t(language, "chart.baseline", baseline=decimal(baseline, language)),
        zorder=2,
    )
    fig.legend(
        handles=[skin_line, start_line, itch_line],
        loc="upper center",
        bbox_to_anchor=(0.5, 0.945),
        ncols=3,
        fontsize=LEGEND_PT,
        frameon=False,
        handlelength=2.6,
        columnspacing=2.0,
    )

    # Bottom panel: share of sent reminders that were done, grouped bars per week.
    _draw_adherence(fig, bottom, weeks, by_week, language, habits)

    for ax, colour in ((top, SKIN_COLOUR), (itch_ax, ITCH_COLOUR), (bottom, INK)):
        ax.tick_params(axis="both", labelsize=TICK_PT, colors=INK, length=5, width=1.2)
        ax.tick_params(axis="y", labelcolor=colour)
        for spine in ax.spines.values():
            spine.set_color("#4d4d4d")
            spine.set_linewidth(1.2)

    if not _has_data(by_week.values()):
        top.text(
            0.5,
            0.45,
            t(language, "chart.no_data"),
            transform=top.transAxes,
            fontsize=NO_DATA_PT,
            fontweight="bold",
            color=INK,
            ha="center",
            va="center",
            bbox={"boxstyle": "round,pad=0.6", "facecolor": "white", "edgecolor": "#4d4d4d"},
            zorder=10,
        )

    return _png(fig)


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    # Fast deflate: a few hundred kB at most, well within Telegram's photo limit.
    fig.savefig(
        buffer,
        format="png",
        dpi=DPI,
        facecolor="white",
        metadata={"Software": None},
        pil_kwargs={"compress_level": 1},
    )
    return buffer.getvalue()


def _draw_phases(ax: Axes, max_week: int, language: str) -> None:
    """Shaded bands per programme phase, labelled at the top; narrow bands get just the number."""
    # Width of one week in pixels, for deciding whether a label fits its band.
    axes_px = WIDTH_IN * DPI * (RIGHT - LEFT)
    week_px = axes_px / (max_week + 1)
    char_px = 0.62 * PHASE_PT * DPI / 72
    for index, (phase, first, last) in enumerate(phase_spans(max_week)):
        ax.axvspan(
            first - 0.5,
            last + 0.5,
            facecolor=PHASE_SHADES[index % len(PHASE_SHADES)],
            edgecolor="none",
            zorder=0,
        )
        if index > 0:
            ax.axvline(first - 0.5, color="#8c8c8c", linewidth=1.0, zorder=1)
        label = t(language, "chart.phase", phase=phase)
        band_px = (last - first + 1) * week_px
        if len(label) * char_px + 8 > band_px:
            label = str(phase)
        ax.text(
            (first + last) / 2,
            0.975,
            label,
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="top",
            fontsize=PHASE_PT,
            fontweight="bold",
            color="#333333",
            zorder=4,
        )


def _draw_adherence(
    fig: Figure,
    ax: Axes,
    weeks: list[int],
    by_week: dict[int, WeekPoint],
    language: str,
    habits: Mapping[str, Habit],
) -> None:
    """Grouped bars, one group per week and one bar per reminder kind: no bar when none was
    sent, a "0" in the kind's colour when some were sent and none ticked off, so a week with
    nothing done is never mistaken for a week with nothing asked.

    Each kind's bars are one `PolyCollection` rather than `Axes.bar`'s one patch per bar: a year
    of weeks is 208 bars, and per-patch bookkeeping was half the render time.
    """
    group = 0.8
    # A bar for each kind on by default, and for another kind once something of it was sent:
    # someone who never took up skin care keeps the chart they had.
    shown = [
        kind
        for kind in KINDS
        if kind_of(kind).default_on
        or any(p.adherence.get(kind) is not None for p in by_week.values())
    ]
    width = group / len(shown)
    # The "0" is as wide as its bar, within what still reads as a digit.
    bar_px = WIDTH_IN * DPI * (RIGHT - LEFT) / max(len(weeks), 1) * width
    zero_pt = min(max(0.9 * bar_px * 72 / DPI, ZERO_MIN_PT), ZERO_MAX_PT)
    above_axis = offset_copy(ax.transData, fig=fig, y=zero_pt / 2 + 1.5, units="points")
    handles: list[Patch | Line2D] = []
    any_zero = False
    for index, kind in enumerate(shown):
        boxes: list[list[tuple[float, float]]] = []
        zeros: list[float] = []
        for week in weeks:
            point = by_week.get(week)
            value = point.adherence.get(kind) if point is not None else None
            if value is None or math.isnan(value):
                continue
            left = week - group / 2 + index * width
            if value <= 0.0:
                zeros.append(left + width / 2)
                continue
            height = 100.0 * min(value, 1.0)
            boxes.append([(left, 0.0), (left, height), (left + width, height), (left + width, 0.0)])
        colour = KIND_COLOURS[kind]
        edge = INK if _pale(colour) else "none"  # yellow on white needs its outline
        ax.add_collection(
            PolyCollection(boxes, facecolors=colour, edgecolors=edge, linewidths=0.5, zorder=2),
            autolim=False,
        )
        if zeros:
            any_zero = True
            ax.plot(
                zeros,
                [0.0] * len(zeros),
                linestyle="none",
                marker="$0$",
                markersize=zero_pt,
                color=INK if _pale(colour) else colour,
                markeredgewidth=0.0,
                transform=above_axis,
                zorder=3,
            )
        label = t(language, f"kind.{kind}")
        if kind in habits:  # ticked off, and the forgiving habit score, beside the bars
            label = habit_label(habits[kind], language)
        handles.append(Patch(facecolor=colour, edgecolor=edge, linewidth=0.5, label=label))
    if any_zero:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="$0$",
                markersize=ZERO_MAX_PT - 2,
                color=INK,
                markeredgewidth=0.0,
                label=t(language, "chart.zero"),
            )
        )
    ax.set_ylim(0, 100)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.set_ylabel(t(language, "chart.adherence"), fontsize=LABEL_PT, color=INK)
    ax.grid(axis="y", color="#b0b0b0", linewidth=0.8, alpha=0.6)
    ax.set_axisbelow(True)
    fig.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.005),
        ncols=2,
        fontsize=HABITS_PT,
        frameon=False,
        handlelength=1.4,
        handleheight=1.0,
        columnspacing=1.6,
        # The words beside the colours: ticked off of sent, and the forgiving habit score.
        title=t(language, "chart.habits") if habits else None,
        title_fontsize=HABITS_PT,
    )


# The doctor's page's chart: the skin score by week on its bands (Charman 2013) with the
# baseline and the weekly itch, and under it, on the same weeks, a strip with the itch of every
# evening; as wide as the page and printed in black and white too. The x axis is labelled by
# the page itself, in its text (dates a reader can search and copy), at `summary_x` of the
# figure's width.
SUMMARY_WIDTH_IN: Final = 9.0
SUMMARY_DPI: Final = 200
SUMMARY_LEFT: Final = 0.075
SUMMARY_RIGHT: Final = 0.925
SUMMARY_MARGIN_IN: Final = 0.06  # above and below the panels: room for the tick marks only
SUMMARY_GAP_IN: Final = 0.1  # between the skin panel and the strip of evenings
BANDS: Final[tuple[tuple[str, float, float, str], ...]] = (
    ("clear", 0.0, 2.5, "#ffffff"),
    ("mild", 2.5, 7.5, "#f2f2f2"),
    ("moderate", 7.5, 16.5, "#e3e3e3"),
    ("severe", 16.5, 24.5, "#cfcfcf"),
    ("very_severe", 24.5, 28.0, "#b8b8b8"),
)
ITCH_BANDS: Final[tuple[tuple[str, float, float, str], ...]] = (
    ("mild", 0.0, 3.5, "#ffffff"),
    ("moderate", 3.5, 6.5, "#ececec"),
    ("severe", 6.5, 10.0, "#d6d6d6"),
)


def summary_x(x: float, max_week: int) -> float:
    """Where `x` (in programme weeks, week w centred on w) lies on the summary chart, as a
    fraction of the figure's width."""
    return SUMMARY_LEFT + (SUMMARY_RIGHT - SUMMARY_LEFT) * (x + 0.5) / (max_week + 1)


def summary_height_in(skin_in: float, daily_in: float) -> float:
    """The summary chart's height for panels of these heights (a strip of 0: none)."""
    gap = SUMMARY_GAP_IN if daily_in > 0 else 0.0
    return skin_in + gap + daily_in + 2 * SUMMARY_MARGIN_IN


def _day_x(day: int) -> float:
    """Programme day `day` (0 = the start date) in the weeks of the x axis: the middle of it."""
    return (day + 0.5) / 7 - 0.5


def _shade(
    ax: Axes, bands: Sequence[tuple[str, float, float, str]], prefix: str, language: str
) -> None:
    """The bands as shades, named at the left when `prefix` (their keys') is given."""
    for band, low, high, shade in bands:
        ax.axhspan(low, high, color=shade, zorder=0, linewidth=0)
        if not prefix:
            continue
        ax.text(
            0.006,
            (low + high) / 2,
            t(language, f"{prefix}.{band}"),
            transform=ax.get_yaxis_transform(),
            fontsize=5.5,
            color="#555555",
            va="center",
            zorder=1,
        )


def _x_ticks(ax: Axes, ticks: Sequence[int]) -> None:
    """Tick marks where the page writes its labels; the labels are the page's."""
    ax.xaxis.set_major_locator(FixedLocator([float(week) for week in ticks]))
    ax.xaxis.set_major_formatter(NullFormatter())
    ax.tick_params(axis="x", length=3, width=0.8, colors=INK)


def render_summary_chart(
    points: Sequence[WeekPoint],
    baseline: float | None,
    language: str,
    *,
    max_week: int,
    ticks: Sequence[int],
    skin_in: float,
    evenings: Sequence[tuple[int, int]] = (),
    daily_in: float = 0.0,
) -> bytes:
    """The summary chart as PNG bytes, weeks 0..max_week with tick marks at `ticks`: the
    skin score (left axis, bands shaded and named) and the weekly itch (right axis), the
    baseline as a dashed line and the latest score written beside its point; under it, when
    `daily_in` > 0, the worst itch of every evening answered ((programme day, 0–10)) on the
    itch bands, a gap where an evening has no answer."""
    with _LOCK:
        height_in = summary_height_in(skin_in, daily_in)
        fig = Figure(figsize=(SUMMARY_WIDTH_IN, height_in), dpi=SUMMARY_DPI)
        FigureCanvasAgg(fig)
        width = SUMMARY_RIGHT - SUMMARY_LEFT
        margin = SUMMARY_MARGIN_IN / height_in
        top = 1 - margin - skin_in / height_in
        ax: Axes = fig.add_axes((SUMMARY_LEFT, top, width, skin_in / height_in))
        _draw_summary_skin(ax, points, baseline, language, max_week, ticks)
        if daily_in > 0:
            strip: Axes = fig.add_axes((SUMMARY_LEFT, margin, width, daily_in / height_in))
            _draw_evenings(strip, evenings, language, max_week, ticks)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", facecolor="white", metadata={"Software": None})
        return buffer.getvalue()


def _draw_summary_skin(
    ax: Axes,
    points: Sequence[WeekPoint],
    baseline: float | None,
    language: str,
    max_week: int,
    ticks: Sequence[int],
) -> None:
    ax.set_xlim(-0.5, max_week + 0.5)
    itch_ax: Axes = ax.twinx()
    ax.set_ylim(0, SKIN_MAX)
    _shade(ax, BANDS, "band", language)
    ax.set_yticks([0, 7, 14, 21, 28])
    ax.set_ylabel(t(language, "chart.skin"), fontsize=6.5, color=SKIN_COLOUR)
    xs = list(range(max_week + 1))
    by_week = _series(points, max_week)
    skin = [_value(by_week[w].skin if w in by_week else None, SKIN_MAX) for w in xs]
    itch = [_value(by_week[w].itch if w in by_week else None, ITCH_MAX) for w in xs]
    # Not clipped: a score of 28 is drawn whole on the top edge.
    ax.plot(
        xs,
        skin,
        color=SKIN_COLOUR,
        linewidth=2.0,
        marker="o",
        markersize=4,
        zorder=3,
        clip_on=False,
    )
    scored = [(w, v) for w, v in zip(xs, skin, strict=True) if not math.isnan(v)]
    if scored:  # the latest score, as a number beside its point
        week, value = scored[-1]
        ax.annotate(
            f"{value:.0f}",
            (week, value),
            xytext=(3, 4),
            textcoords="offset points",
            fontsize=7,
            fontweight="bold",
            color=SKIN_COLOUR,
            zorder=5,
        )
    if baseline is not None:
        ax.axhline(baseline, color=SKIN_COLOUR, linestyle=(0, (5, 3)), linewidth=1.0, zorder=2)
    itch_ax.set_ylim(0, ITCH_MAX)
    itch_ax.set_yticks([0, 5, 10])
    itch_ax.set_ylabel(t(language, "chart.itch"), fontsize=6.5, color=ITCH_COLOUR)
    itch_ax.plot(
        xs,
        itch,
        color=ITCH_COLOUR,
        linewidth=1.5,
        linestyle=(0, (2, 1.5)),
        marker="s",
        markersize=3,
        zorder=3,
    )
    _x_ticks(ax, ticks)
    for axis in (ax, itch_ax):
        axis.tick_params(axis="y", labelsize=6.5, colors=INK)


def _draw_evenings(
    ax: Axes,
    evenings: Sequence[tuple[int, int]],
    language: str,
    max_week: int,
    ticks: Sequence[int],
) -> None:
    ax.set_xlim(-0.5, max_week + 0.5)
    ax.set_ylim(0, ITCH_MAX)
    _shade(ax, ITCH_BANDS, "", language)
    ax.yaxis.tick_right()
    ax.set_yticks([0, 5, 10])
    ax.set_ylabel(t(language, "chart.itch_daily"), fontsize=5.5, color=ITCH_COLOUR, labelpad=2)
    last = max((day for day, _ in evenings), default=-1)
    scores = {day: float(score) for day, score in evenings}
    ax.plot(
        [_day_x(day) for day in range(last + 1)],
        [_value(scores.get(day), ITCH_MAX) for day in range(last + 1)],
        color=ITCH_COLOUR,
        linewidth=0.8,
        marker="o",
        markersize=1.6,
        zorder=3,
    )
    _x_ticks(ax, ticks)
    ax.tick_params(axis="y", labelsize=6.5, colors=INK)
