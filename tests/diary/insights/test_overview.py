"""diary.insights.overview: every part at once, equal to each function alone."""

from hypothesis import given, settings

from diary.insights import (
    covered_days,
    current_alerts,
    daily_series,
    diary_overview,
    factor_associations,
    flare_linkage,
    lag_profile,
    monthly_table,
    period_summary,
    weekly_series,
)
from tests.diary.insights.builders import (
    DIARY_BEGAN,
    NOW,
    ONE_DAY,
    PROPERTY_TODAY,
    TODAY,
    diaries,
    doses_on,
    first_days_of_each_window,
    make_diary,
    ranges,
    ten_year_diary,
)

# --- Every part at once --------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(diaries(), ranges)
def test_it_gives_in_the_overview_what_each_function_gives_alone(diary_and_now, date_range):
    diary, now = diary_and_now
    start, end = date_range
    kwargs = {"start": start, "end": end, "today": PROPERTY_TODAY, "now": now}

    overview = diary_overview(diary, **kwargs)

    assert overview.days == daily_series(diary, **kwargs)
    assert overview.weeks == weekly_series(diary, **kwargs)
    assert overview.months == monthly_table(diary, **kwargs)
    assert overview.linkage == flare_linkage(diary, **kwargs)
    assert overview.lag == lag_profile(diary, today=PROPERTY_TODAY, now=now)
    assert overview.factors == factor_associations(diary, **kwargs)
    assert overview.alerts == current_alerts(diary, today=PROPERTY_TODAY, now=now)
    assert overview.summary == period_summary(diary, **kwargs)
    assert overview.covered_days == covered_days(diary, start=start, end=end, today=PROPERTY_TODAY)


def test_it_gives_the_alerts_in_the_overview_too():
    diary = make_diary(
        doses=doses_on(first_days_of_each_window(10), "triptan"),
        starts_on=DIARY_BEGAN,
        vessel_condition=True,
    )

    overview = diary_overview(diary, start=TODAY - 89 * ONE_DAY, end=TODAY, today=TODAY, now=NOW)

    assert [alert.kind for alert in overview.alerts] == ["medication_overuse", "triptan_caution"]


# --- A large diary -------------------------------------------------------------------


def test_a_ten_year_overview_agrees_with_its_own_daily_series():
    # Speed is measured by `manage.py bench`, never asserted here; this checks that the
    # large diary the benchmark resembles gives consistent numbers.
    diary, kwargs = ten_year_diary()

    overview = diary_overview(diary, **kwargs)

    assert overview.covered_days == 3650
    assert sum(row.migraine_days for row in overview.months) == sum(
        1 for point in overview.days if point.migraine
    )
    assert sum(week.migraine_days for week in overview.weeks) == sum(
        row.migraine_days for row in overview.months
    )
