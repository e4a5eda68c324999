"""Days, ISO weeks and calendar months in diary.insights.series; no database."""

from dataclasses import asdict
from datetime import date

from hypothesis import given, settings

from diary.insights import (
    AttackRecord,
    FlareRecord,
    covered_days,
    daily_series,
    monthly_table,
    weekly_series,
)
from tests.diary.insights.builders import (
    NOW,
    ONE_DAY,
    PROPERTY_TODAY,
    TODAY,
    checkin,
    diaries,
    doses_on,
    headache_on,
    local,
    make_diary,
    migraine_on,
    ranges,
)


def test_it_does_not_count_days_before_the_diary_began_or_after_today_as_migraine_free():
    began = TODAY - 2 * ONE_DAY
    diary = make_diary(attacks=[migraine_on(TODAY - ONE_DAY)], starts_on=began)

    points = daily_series(
        diary, start=TODAY - 4 * ONE_DAY, end=TODAY + ONE_DAY, today=TODAY, now=NOW
    )

    assert [(point.covered, point.migraine) for point in points] == [
        (False, None),
        (False, None),
        (True, False),
        (True, True),
        (True, False),
        (False, None),
    ]
    assert covered_days(diary, start=TODAY - 4 * ONE_DAY, end=TODAY + ONE_DAY, today=TODAY) == 3


def test_it_fills_each_day_with_its_peak_medication_flares_and_check_in():
    day = date(2025, 6, 10)
    diary = make_diary(
        attacks=[
            migraine_on(day, peak=4),
            migraine_on(day, peak=8),
            AttackRecord(
                started_at=local(day, 15),
                ended_at=local(day, 16),
                is_migraine=False,
                peak_intensity=10,
            ),
        ],
        doses=doses_on([day], "triptan"),
        flares=[
            FlareRecord(condition="ra", started_on=day, ended_on=day),
            FlareRecord(condition="lupus", started_on=day, ended_on=day),
        ],
        checkins=[checkin(day, sleep_hours=5.5, stress=7, fatigue=6, joint_pain=4)],
    )

    [point] = daily_series(diary, start=day, end=day, today=TODAY, now=NOW)

    assert asdict(point) == {
        "day": day,
        "covered": True,
        "migraine": True,
        "headache": True,
        "peak_intensity": 8,  # the other headache's 10 is not a migraine peak
        "acute_medication": True,
        "overuse_medication": True,  # a triptan is of an overuse class
        "flare_conditions": ("lupus", "ra"),
        "sleep_hours": 5.5,
        "stress": 7,
        "fatigue": 6,
        "joint_pain": 4,
        "recorded": True,
    }


def test_it_counts_each_calendar_month_with_only_its_covered_days():
    diary = make_diary(
        attacks=[migraine_on(date(2025, 4, 20)), headache_on(date(2025, 5, 3))],
        doses=[
            *doses_on([date(2025, 5, 3)], "nsaid"),
            # Naproxen for the joints: an overuse-relevant day, not an acute-medication day.
            *doses_on([date(2025, 4, 21), date(2025, 4, 22)], "nsaid", "disease_modifying"),
            # A gepant for an attack: an acute-medication day, never an overuse-relevant one.
            *doses_on([date(2025, 5, 10)], "gepant"),
        ],
        flares=[
            FlareRecord(condition="lupus", started_on=date(2025, 4, 29), ended_on=date(2025, 5, 2))
        ],
        starts_on=date(2025, 4, 16),
    )

    rows = monthly_table(diary, start=date(2025, 4, 1), end=date(2025, 5, 31), today=TODAY, now=NOW)

    assert [asdict(row) for row in rows] == [
        {
            "month": date(2025, 4, 1),
            "days": 30,
            "covered_days": 15,
            "migraine_days": 1,
            "headache_days": 1,
            "acute_medication_days": 0,
            "overuse_medication_days": 2,
            "flare_days": 2,
        },
        {
            "month": date(2025, 5, 1),
            "days": 31,
            "covered_days": 31,
            "migraine_days": 0,
            "headache_days": 1,
            "acute_medication_days": 2,
            "overuse_medication_days": 1,
            "flare_days": 2,
        },
    ]


def test_it_groups_days_into_iso_weeks_with_mean_factors():
    monday = date(2025, 6, 2)
    diary = make_diary(
        attacks=[migraine_on(monday + ONE_DAY, peak=5), migraine_on(monday + 3 * ONE_DAY, peak=9)],
        checkins=[
            checkin(monday, sleep_hours=6.0, stress=2),
            checkin(monday + ONE_DAY, sleep_hours=5.0),
            checkin(monday + 7 * ONE_DAY, stress=8),
        ],
    )

    weeks = weekly_series(
        diary, start=monday + 2 * ONE_DAY, end=monday + 8 * ONE_DAY, today=TODAY, now=NOW
    )

    assert [(week.week_start, week.iso_week, week.days) for week in weeks] == [
        (monday, 23, 5),
        (monday + 7 * ONE_DAY, 24, 2),
    ]
    first, second = weeks
    # The range starts on Wednesday, so Tuesday's migraine and check-in are outside it.
    assert (first.migraine_days, first.peak_intensity, first.mean_sleep_hours) == (1, 9, None)
    assert (second.migraine_days, second.mean_stress, second.covered_days) == (0, 8, 2)


# --- Properties ----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(diaries(), ranges)
def test_it_makes_monthly_and_weekly_totals_equal_the_daily_totals(diary_and_now, date_range):
    diary, now = diary_and_now
    start, end = date_range
    kwargs = {"start": start, "end": end, "today": PROPERTY_TODAY, "now": now}

    points = daily_series(diary, **kwargs)
    daily = (
        len(points),
        sum(point.covered for point in points),
        sum(bool(point.migraine) for point in points),
        sum(bool(point.headache) for point in points),
        sum(bool(point.acute_medication) for point in points),
        sum(bool(point.flare_conditions) for point in points),
    )

    for rows in (monthly_table(diary, **kwargs), weekly_series(diary, **kwargs)):
        totals = (
            sum(row.days for row in rows),
            sum(row.covered_days for row in rows),
            sum(row.migraine_days for row in rows),
            sum(row.headache_days for row in rows),
            sum(row.acute_medication_days for row in rows),
            sum(row.flare_days for row in rows),
        )
        assert totals == daily
