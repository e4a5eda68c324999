"""Migraine inside and outside flare windows, and the lag profile, in diary.insights.linkage."""

import math
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.insights import (
    Diary,
    FlareRecord,
    covered_days,
    flare_linkage,
    lag_profile,
    linkage_summary,
)
from tests.diary.insights.builders import (
    NOW,
    ONE_DAY,
    PROPERTY_TODAY,
    TODAY,
    days_from,
    diaries,
    make_diary,
    migraine_on,
    ranges,
)

LINK_START = date(2024, 1, 1)
LINK_TODAY = LINK_START + timedelta(days=359)  # 360 covered days
LINK_NOW = datetime.combine(LINK_TODAY, time(20), tzinfo=UTC)


def linkage_diary(*, inside: int, outside: int, step: int = 2) -> Diary:
    """A flare on days 100-153 (its 3-day window is days 97-156, 60 days); migraine days
    from day 100 and from day 200, every `step` days (every other day: separate attacks)."""
    return make_diary(
        attacks=[
            *(migraine_on(day) for day in days_from(LINK_START + 100 * ONE_DAY, inside, step=step)),
            *(
                migraine_on(day)
                for day in days_from(LINK_START + 200 * ONE_DAY, outside, step=step)
            ),
        ],
        flares=[
            FlareRecord(
                condition="lupus",
                started_on=LINK_START + 100 * ONE_DAY,
                ended_on=LINK_START + 153 * ONE_DAY,
            )
        ],
        starts_on=LINK_START,
    )


def test_it_compares_migraine_rates_in_and_out_of_flare_windows_with_a_hand_computed_ci():
    linkage = flare_linkage(
        linkage_diary(inside=6, outside=10),
        start=LINK_START,
        end=LINK_TODAY,
        today=LINK_TODAY,
        now=LINK_NOW,
    )

    # 6 migraine days in 60 against 10 in 300, each its own episode: RR = 0.1 / (1/30) = 3.
    # ln 3 = 1.098612; Katz's variance 1/6 - 1/60 + 1/10 - 1/300 = 0.246667, times
    # K / (K - 1) for the K = 360 one-day clusters: 0.247354; SE = 0.497347,
    # 1.96 * SE = 0.974800.
    assert (linkage.inside_days, linkage.outside_days) == (60, 300)
    assert (linkage.inside_migraine_days, linkage.outside_migraine_days) == (6, 10)
    assert linkage.inside_per_30_days == pytest.approx(3.0)
    assert linkage.outside_per_30_days == pytest.approx(1.0)
    assert linkage.rate_ratio == pytest.approx(3.0)
    assert linkage.ci_low == pytest.approx(math.exp(0.123812), rel=1e-5)  # 1.1318
    assert linkage.ci_high == pytest.approx(math.exp(2.073412), rel=1e-5)  # 7.9518
    assert linkage.enough_data is True
    assert linkage.reason == ""
    assert "3.0 times" in linkage_summary(linkage)


def test_migraine_days_in_a_row_weigh_as_one_episode():
    def interval(step: int) -> tuple[float, float]:
        linkage = flare_linkage(
            linkage_diary(inside=6, outside=10, step=step),
            start=LINK_START,
            end=LINK_TODAY,
            today=LINK_TODAY,
            now=LINK_NOW,
        )
        assert linkage.rate_ratio == pytest.approx(3.0)
        assert linkage.ci_low is not None and linkage.ci_high is not None
        return linkage.ci_low, linkage.ci_high

    # The same counts as one six-day and one ten-day attack: two episodes, not 16 days.
    in_a_row, apart = interval(step=1), interval(step=2)
    assert in_a_row[0] < apart[0] and in_a_row[1] > apart[1]
    assert in_a_row[0] < 1


def test_it_says_too_little_data_rather_than_dividing_by_a_zero_count():
    linkage = flare_linkage(
        linkage_diary(inside=0, outside=10),
        start=LINK_START,
        end=LINK_TODAY,
        today=LINK_TODAY,
        now=LINK_NOW,
    )

    assert linkage.enough_data is False
    assert linkage.rate_ratio is None and linkage.ci_low is None and linkage.ci_high is None
    assert linkage.inside_per_30_days == 0
    assert "Too little data" in linkage.reason
    assert linkage_summary(linkage) == linkage.reason


def test_it_says_too_little_data_without_migraines_outside_flare_windows():
    linkage = flare_linkage(
        linkage_diary(inside=4, outside=0),
        start=LINK_START,
        end=LINK_TODAY,
        today=LINK_TODAY,
        now=LINK_NOW,
    )

    assert linkage.enough_data is False
    assert "outside" in linkage.reason


@pytest.mark.parametrize(("flare_length", "enough_data"), [(29, False), (30, True), (31, True)])
def test_it_needs_thirty_days_inside_flare_windows(flare_length, enough_data):
    flare_start = LINK_START + 100 * ONE_DAY
    diary = make_diary(
        attacks=[migraine_on(flare_start), migraine_on(flare_start + 60 * ONE_DAY)],
        flares=[
            FlareRecord(
                condition="ms",
                started_on=flare_start,
                ended_on=flare_start + (flare_length - 1) * ONE_DAY,
            )
        ],
        starts_on=LINK_START,
    )

    linkage = flare_linkage(
        diary, start=LINK_START, end=LINK_TODAY, today=LINK_TODAY, now=LINK_NOW, window_days=0
    )

    assert linkage.inside_days == flare_length
    assert linkage.enough_data is enough_data
    assert (linkage.rate_ratio is not None) is enough_data


def test_it_clips_flare_windows_to_the_covered_days():
    began = LINK_START + 2 * ONE_DAY
    diary = make_diary(
        flares=[FlareRecord(condition="ra", started_on=began, ended_on=began)],
        starts_on=began,
    )

    linkage = flare_linkage(
        diary, start=LINK_START, end=began + 9 * ONE_DAY, today=LINK_TODAY, now=LINK_NOW
    )

    # The window reaches 3 days before the flare, but the diary only began on its first day.
    assert (linkage.inside_days, linkage.outside_days) == (4, 6)
    assert "Too little data" in linkage.reason


def test_it_builds_a_lag_profile_around_flare_starts_counting_only_covered_days():
    began = date(2025, 1, 1)
    today = began + 40 * ONE_DAY

    def day(offset: int) -> date:
        return began + offset * ONE_DAY

    diary = make_diary(
        attacks=[migraine_on(day(9)), migraine_on(day(30)), migraine_on(day(31))],
        flares=[
            FlareRecord(condition="lupus", started_on=day(10), ended_on=day(11)),
            FlareRecord(condition="lupus", started_on=day(30), ended_on=None),
        ],
        starts_on=began,
    )

    profile = lag_profile(diary, today=today, now=datetime.combine(today, time(20), tzinfo=UTC))
    by_offset = {point.offset: point for point in profile.points}

    assert [point.offset for point in profile.points] == list(range(-14, 15))
    assert (by_offset[-1].flares, by_offset[-1].flares_with_migraine) == (2, 1)
    assert by_offset[0].share == 0.5
    assert by_offset[1].share == 0.5
    assert by_offset[2].share == 0
    # Day -14 of the first flare and day +11 of the second are not covered.
    assert (by_offset[-14].flares, by_offset[-10].flares) == (1, 2)
    assert (by_offset[10].flares, by_offset[11].flares) == (2, 1)
    assert (profile.covered_days, profile.migraine_days) == (41, 3)
    assert profile.baseline_share == pytest.approx(3 / 41)


def test_it_gives_no_shares_in_a_lag_profile_without_flares():
    diary = make_diary(starts_on=TODAY - 10 * ONE_DAY)

    profile = lag_profile(diary, today=TODAY, now=NOW)

    assert profile.flare_count == 0
    assert all(point.share is None for point in profile.points)
    assert profile.baseline_share == 0


# --- Properties ----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(diaries(), ranges, st.integers(0, 7))
def test_it_splits_every_covered_day_into_inside_or_outside_flare_windows(
    diary_and_now, date_range, window_days
):
    diary, now = diary_and_now
    start, end = date_range

    linkage = flare_linkage(
        diary,
        start=start,
        end=end,
        today=PROPERTY_TODAY,
        now=now,
        window_days=window_days,
        min_days=10,
    )

    assert linkage.inside_days + linkage.outside_days == covered_days(
        diary, start=start, end=end, today=PROPERTY_TODAY
    )
    for rate in (linkage.inside_per_30_days, linkage.outside_per_30_days):
        assert rate is None or rate >= 0
    if linkage.enough_data:
        assert linkage.ci_low <= linkage.rate_ratio <= linkage.ci_high
