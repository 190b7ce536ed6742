"""The `/progress` chart: valid PNG bytes for every shape of history, the card before the
baseline, a 0 that shows, and no global side effects; and the doctor's page's chart."""

from __future__ import annotations

import io
import sys

import matplotlib
import pytest
from PIL import Image, ImageChops

from bot.programme.kinds import KINDS
from bot.programme.progress import WeekPoint
from bot.render.chart import (
    KIND_COLOURS,
    chart_key,
    phase_spans,
    render_progress_chart,
    render_summary_chart,
)

NO_ADHERENCE: dict[str, float | None] = dict.fromkeys(KINDS)
BASELINE = 17.5


def history(weeks: int) -> list[WeekPoint]:
    """A plausible run of weeks, with some missing values mixed in."""
    points = []
    for week in range(weeks):
        adherence: dict[str, float | None] = {
            kind: None if (week + index) % 7 == 0 else ((week * 3 + index * 5) % 11) / 10
            for index, kind in enumerate(KINDS)
        }
        points.append(
            WeekPoint(
                week=week,
                skin=None if week % 5 == 4 else max(0.0, 22.0 - 0.4 * week),
                itch=None if week % 6 == 5 else 7.0 - 0.1 * week,
                adherence=adherence,
            )
        )
    return points


def decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def rgb(image: Image.Image) -> list[tuple[int, int, int]]:
    data = image.convert("RGB").tobytes()
    return [(data[i], data[i + 1], data[i + 2]) for i in range(0, len(data), 3)]


def assert_phone_png(png: bytes) -> None:
    image = decode(png)
    assert image.format == "PNG"
    assert image.width >= 1000
    assert image.height >= 800


@pytest.mark.parametrize(
    ("max_week", "spans"),
    [
        (0, [(1, 0, 0)]),
        (3, [(1, 0, 3)]),
        (4, [(1, 0, 3), (2, 4, 4)]),
        # Week 8 covers days 56-62: its first day is in phase 2, so the whole week is.
        (8, [(1, 0, 3), (2, 4, 8)]),
        (9, [(1, 0, 3), (2, 4, 8), (3, 9, 9)]),
        # Week 17 starts on day 119, the last day of phase 3; week 18 (day 126) is phase 4.
        (17, [(1, 0, 3), (2, 4, 8), (3, 9, 17)]),
        (18, [(1, 0, 3), (2, 4, 8), (3, 9, 17), (4, 18, 18)]),
        # Week 25 starts on day 175 (phase 4), week 26 on day 182 (phase 5).
        (30, [(1, 0, 3), (2, 4, 8), (3, 9, 17), (4, 18, 25), (5, 26, 30)]),
        (52, [(1, 0, 3), (2, 4, 8), (3, 9, 17), (4, 18, 25), (5, 26, 52)]),
        (-1, [(1, 0, 0)]),
    ],
)
def test_phase_spans(max_week: int, spans: list[tuple[int, int, int]]) -> None:
    assert phase_spans(max_week) == spans


@pytest.mark.parametrize("max_week", range(0, 60))
def test_phase_spans_cover_every_week_once(max_week: int) -> None:
    spans = phase_spans(max_week)
    weeks = [w for _, first, last in spans for w in range(first, last + 1)]
    assert weeks == list(range(max_week + 1))
    assert [phase for phase, _, _ in spans] == list(range(1, len(spans) + 1))


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    ("points", "current_week"),
    [
        ([], 0),
        ([], 5),
        (history(1), 0),
        (history(1), 3),
        (history(26), 25),
        (history(52), 51),
        (history(52), 60),
    ],
    ids=["none", "none-week5", "one", "one-week3", "26-weeks", "52-weeks", "52-weeks-later"],
)
def test_renders_png(points: list[WeekPoint], current_week: int, language: str) -> None:
    assert_phone_png(render_progress_chart(points, current_week, language, baseline=BASELINE))


def test_all_values_missing() -> None:
    points = [WeekPoint(week=w, skin=None, itch=None, adherence=NO_ADHERENCE) for w in range(10)]
    assert_phone_png(render_progress_chart(points, 9, "en", baseline=BASELINE))


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("child", [False, True])
def test_before_the_baseline_the_card_says_when_it_begins(language: str, child: bool) -> None:
    """The chart begins with the baseline, as /progress's text does; before it, whatever the
    weeks hold, the same card."""
    card = render_progress_chart([], 0, language, child)
    assert_phone_png(card)
    assert render_progress_chart(history(3), 2, language, child) == card
    assert render_progress_chart(history(3), 2, language, child, baseline=BASELINE) != card


def _week(week: int, probiotic: float | None) -> WeekPoint:
    adherence: dict[str, float | None] = {
        "probiotic": probiotic,
        "hydration": 0.0,
        "fibre": 0.5,
        "winddown": 1.0,
    }
    return WeekPoint(week=week, skin=12.0, itch=5.0, adherence=adherence)


def test_a_week_with_nothing_done_shows_a_0_and_one_with_nothing_sent_nothing() -> None:
    """C-new-16: sent and none ticked off is a 0 in the kind's colour at the foot of its bar;
    nothing sent is no mark at all. The two pictures differ only there."""
    drawn = {
        value: decode(
            render_progress_chart(
                [_week(w, 0.8) for w in range(3)] + [_week(3, value)], 3, "nl", baseline=12.0
            )
        ).convert("RGB")
        for value in (0.0, None)
    }
    box = ImageChops.difference(drawn[0.0], drawn[None]).getbbox()
    assert box is not None  # the 0 is drawn
    left, top, right, bottom = box
    assert right - left < 40 and bottom - top < 40  # a mark at one bar, nothing else moved
    orange = [int(KIND_COLOURS["probiotic"][i : i + 2], 16) for i in (1, 3, 5)]
    assert any(
        sum(abs(a - b) for a, b in zip(pixel, orange, strict=True)) < 60
        for pixel in rgb(drawn[0.0].crop(box))
    )
    assert top > drawn[0.0].height * 0.5  # in the lower panel, the reminders'


def test_the_key_follows_the_baseline() -> None:
    points = history(4)
    assert chart_key(points, 3, "nl", baseline=15.5) != chart_key(points, 3, "nl", baseline=16.0)
    assert chart_key(points, 3, "nl", baseline=None) != chart_key(points, 3, "nl", baseline=15.5)


def test_the_summary_chart_has_a_strip_of_evenings() -> None:
    """Under the weekly chart, as wide and on the same weeks, the itch of every evening."""
    points = history(5)
    without = decode(
        render_summary_chart(points, 15.5, "nl", max_week=4, ticks=[0, 2, 4], skin_in=2.5)
    )
    evenings = [(day, 3 + day % 5) for day in range(35)]
    strip_in = 1.0
    with_strip = decode(
        render_summary_chart(
            points,
            15.5,
            "nl",
            max_week=4,
            ticks=[0, 2, 4],
            skin_in=2.5,
            evenings=evenings,
            daily_in=strip_in,
        )
    )
    assert with_strip.width == without.width
    assert with_strip.height > without.height
    # The strip, its lowest inch: the itch's vermillion is in it.
    lowest = with_strip.crop(
        (0, with_strip.height - int(strip_in * 200), with_strip.width, with_strip.height)
    )
    assert any(r > 180 and 60 < g < 130 and b < 60 for r, g, b in rgb(lowest))


def test_sparse_and_out_of_range_values() -> None:
    points = [
        WeekPoint(week=0, skin=40.0, itch=-1.0, adherence={"probiotic": 1.5}),
        WeekPoint(week=3, skin=float("nan"), itch=12.0, adherence={"fibre": -0.2}),
        WeekPoint(week=7, skin=0.0, itch=0.0, adherence={"winddown": 0.0, "hydration": None}),
        WeekPoint(week=-2, skin=10.0, itch=5.0, adherence={}),
    ]
    assert_phone_png(render_progress_chart(points, 2, "nl", baseline=BASELINE))


def test_points_beyond_current_week_extend_the_axis() -> None:
    assert_phone_png(render_progress_chart(history(12), 4, "en", baseline=BASELINE))


def test_languages_give_different_pictures() -> None:
    points = history(10)
    assert render_progress_chart(points, 9, "nl", baseline=BASELINE) != render_progress_chart(
        points, 9, "en", baseline=BASELINE
    )
    assert render_progress_chart([], 0, "nl") != render_progress_chart([], 0, "en")


def test_same_input_same_picture() -> None:
    points = history(10)
    assert render_progress_chart(points, 9, "nl", baseline=BASELINE) == render_progress_chart(
        points, 9, "nl", baseline=BASELINE
    )


def test_leaves_global_matplotlib_state_alone() -> None:
    backend = matplotlib.get_backend()
    params = dict(matplotlib.rcParams)
    pyplot_loaded = "matplotlib.pyplot" in sys.modules

    render_progress_chart(history(26), 25, "nl", baseline=BASELINE)
    render_progress_chart([], 0, "en")

    assert matplotlib.get_backend() == backend
    assert dict(matplotlib.rcParams) == params
    assert ("matplotlib.pyplot" in sys.modules) == pyplot_loaded
    if pyplot_loaded:
        import matplotlib.pyplot as plt

        assert plt.get_fignums() == []
