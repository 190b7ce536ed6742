"""The `/progress` chart: valid PNG bytes for every shape of history, and no global side effects."""

from __future__ import annotations

import io
import sys

import matplotlib
import pytest
from PIL import Image

from bot.programme.chart import WeekPoint, phase_spans, render_progress_chart
from bot.programme.schedule import KINDS

NO_ADHERENCE: dict[str, float | None] = dict.fromkeys(KINDS)


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
    assert_phone_png(render_progress_chart(points, current_week, language))


def test_all_values_missing() -> None:
    points = [WeekPoint(week=w, skin=None, itch=None, adherence=NO_ADHERENCE) for w in range(10)]
    assert_phone_png(render_progress_chart(points, 9, "en"))


def test_sparse_and_out_of_range_values() -> None:
    points = [
        WeekPoint(week=0, skin=40.0, itch=-1.0, adherence={"probiotic": 1.5}),
        WeekPoint(week=3, skin=float("nan"), itch=12.0, adherence={"fibre": -0.2}),
        WeekPoint(week=7, skin=0.0, itch=0.0, adherence={"winddown": 0.0, "hydration": None}),
        WeekPoint(week=-2, skin=10.0, itch=5.0, adherence={}),
    ]
    assert_phone_png(render_progress_chart(points, 2, "nl"))


def test_points_beyond_current_week_extend_the_axis() -> None:
    assert_phone_png(render_progress_chart(history(12), 4, "en"))


def test_languages_give_different_pictures() -> None:
    points = history(10)
    assert render_progress_chart(points, 9, "nl") != render_progress_chart(points, 9, "en")
    assert render_progress_chart([], 0, "nl") != render_progress_chart([], 0, "en")


def test_same_input_same_picture() -> None:
    points = history(10)
    assert render_progress_chart(points, 9, "nl") == render_progress_chart(points, 9, "nl")


def test_leaves_global_matplotlib_state_alone() -> None:
    backend = matplotlib.get_backend()
    params = dict(matplotlib.rcParams)
    pyplot_loaded = "matplotlib.pyplot" in sys.modules

    render_progress_chart(history(26), 25, "nl")
    render_progress_chart([], 0, "en")

    assert matplotlib.get_backend() == backend
    assert dict(matplotlib.rcParams) == params
    assert ("matplotlib.pyplot" in sys.modules) == pyplot_loaded
    if pyplot_loaded:
        import matplotlib.pyplot as plt

        assert plt.get_fignums() == []
