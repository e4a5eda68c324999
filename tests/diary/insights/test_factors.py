"""Factors and migraine in diary.insights.factors: risk ratios and their limits."""

import math
from datetime import date, timedelta

import pytest
from hypothesis import given, settings

from diary.insights import (
    Diary,
    association_summary,
    factor_associations,
)
from tests.diary.insights.builders import (
    BASE,
    NOW,
    ONE_DAY,
    PROPERTY_TODAY,
    TODAY,
    checkin,
    days_from,
    diaries,
    make_diary,
    migraine_on,
)

FACTOR_START = date(2025, 1, 6)


def gluten_diary(*, with_migraine: int, with_days: int, without_migraine: int, without_days: int):
    """Check-ins on every other day only, with migraines only on check-in days, so each
    check-in's outcome is its own day."""
    check_in_days = days_from(FACTOR_START, with_days + without_days, step=2)
    with_factor, without_factor = check_in_days[:with_days], check_in_days[with_days:]
    migraines = with_factor[:with_migraine] + without_factor[:without_migraine]
    return make_diary(
        attacks=[migraine_on(day) for day in migraines],
        checkins=[
            *(checkin(day, gluten=True) for day in with_factor),
            *(checkin(day, gluten=False) for day in without_factor),
        ],
    )


def gluten_association(diary: Diary, *, today: date = TODAY):
    result = factor_associations(diary, start=FACTOR_START, end=today, today=today, now=NOW)
    found = [
        item for item in result.associations + result.not_enough_data if item.factor == "gluten"
    ]
    return found[0], result


def test_it_computes_a_risk_ratio_with_a_hand_computed_katz_interval():
    association, _ = gluten_association(
        gluten_diary(with_migraine=4, with_days=10, without_migraine=4, without_days=20)
    )

    # Risks 4/10 and 4/20: RR 2. Every migraine is its own episode, so the variance is
    # Katz's, 1/4 - 1/10 + 1/4 - 1/20 = 0.35, times K / (K - 1) for the K = 30 one-day
    # clusters: SE = sqrt(0.35 * 30 / 29) = 0.601724; 1.96 * SE = 1.179379, so the
    # interval is exp(0.693147 -/+ 1.179379).
    assert (association.days_with, association.migraine_with) == (10, 4)
    assert (association.days_without, association.migraine_without) == (20, 4)
    assert association.risk_with == pytest.approx(0.4)
    assert association.risk_without == pytest.approx(0.2)
    assert association.risk_ratio == pytest.approx(2.0)
    assert association.ci_low == pytest.approx(math.exp(-0.486232), rel=1e-5)  # 0.6149
    assert association.ci_high == pytest.approx(math.exp(1.872526), rel=1e-5)  # 6.5044
    assert association.enough_data is True
    assert "not proof of cause" in association_summary(association)


@pytest.mark.parametrize(("days_with", "reported"), [(2, False), (3, True), (4, True)])
def test_it_reports_a_factor_only_from_three_days_with_it(days_with, reported):
    association, result = gluten_association(
        gluten_diary(with_migraine=1, with_days=days_with, without_migraine=1, without_days=5)
    )

    assert (association in result.associations) is reported
    assert (association in result.not_enough_data) is not reported
    assert association.enough_data is reported
    if not reported:
        assert "at least 3" in association.reason


@pytest.mark.parametrize(("days_without", "reported"), [(2, False), (3, True)])
def test_it_reports_a_factor_only_from_three_days_without_it(days_without, reported):
    association, _ = gluten_association(
        gluten_diary(with_migraine=1, with_days=5, without_migraine=1, without_days=days_without)
    )

    assert association.enough_data is reported


def test_it_gives_risks_but_no_ratio_when_a_cell_is_zero():
    association, _ = gluten_association(
        gluten_diary(with_migraine=0, with_days=5, without_migraine=2, without_days=5)
    )

    assert association.enough_data is True
    assert (association.risk_with, association.risk_without) == (0, 0.4)
    assert association.risk_ratio is None and association.ci_low is None
    assert "Too little data for a ratio" in association.reason
    assert association.reason in association_summary(association)


def test_it_counts_a_migraine_on_the_next_day_as_following_the_factor():
    day = FACTOR_START
    diary = make_diary(
        attacks=[migraine_on(day + ONE_DAY)],
        checkins=[checkin(day, stress=8), checkin(day + 5 * ONE_DAY, stress=2)],
    )

    result = factor_associations(diary, start=day, end=TODAY, today=TODAY, now=NOW, min_days=1)
    [stress] = [item for item in result.associations if item.factor == "high_stress"]

    assert (stress.migraine_with, stress.migraine_without) == (1, 0)


def test_it_leaves_out_unknown_factors_and_days_whose_next_day_is_not_covered_yet():
    diary = make_diary(
        attacks=[migraine_on(TODAY)],
        checkins=[
            checkin(TODAY - 2 * ONE_DAY, sleep_hours=7.0),
            checkin(TODAY - ONE_DAY, sleep_hours=None),
            checkin(TODAY, sleep_hours=4.0),  # tomorrow is not covered yet
        ],
    )

    result = factor_associations(diary, start=TODAY - 9 * ONE_DAY, end=TODAY, today=TODAY, now=NOW)
    [sleep] = [item for item in result.not_enough_data if item.factor == "short_sleep"]

    assert (sleep.days_with, sleep.days_without) == (0, 1)


def test_it_treats_each_named_trigger_as_a_factor():
    days = days_from(FACTOR_START, 8, step=2)
    diary = make_diary(
        attacks=[migraine_on(days[0]), migraine_on(days[1]), migraine_on(days[5])],
        checkins=[
            *(checkin(day, triggers=("red wine",)) for day in days[:3]),
            *(checkin(day) for day in days[3:]),
        ],
    )

    result = factor_associations(diary, start=FACTOR_START, end=TODAY, today=TODAY, now=NOW)
    [wine] = [item for item in result.associations if item.factor == "trigger:red wine"]

    assert (wine.label, wine.days_with, wine.migraine_with) == ("Noted trigger: red wine", 3, 2)
    assert (wine.days_without, wine.migraine_without) == (5, 1)


# --- Properties ----------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(diaries())
def test_it_keeps_factor_counts_within_the_check_ins(diary_and_now):
    diary, now = diary_and_now

    result = factor_associations(
        diary, start=BASE - timedelta(days=30), end=PROPERTY_TODAY, today=PROPERTY_TODAY, now=now
    )

    for association in result.associations + result.not_enough_data:
        assert association.days_with + association.days_without <= len(diary.checkins)
        assert 0 <= association.migraine_with <= association.days_with
        assert 0 <= association.migraine_without <= association.days_without
        if association.risk_ratio is not None:
            assert association.ci_low <= association.risk_ratio <= association.ci_high
