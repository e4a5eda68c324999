"""The printable report's pure numbers and words: medicines' days, the period's counts and
rates, the chart resolution, the chart tables and the flare list (no database)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from diary import charts, insights, tables

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2025, 6, 30)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def point(
    day: date,
    *,
    covered=True,
    migraine=False,
    headache=False,
    medication=False,
    overuse=False,
    flare=(),
):
    return insights.DayPoint(
        day=day,
        covered=covered,
        migraine=migraine if covered else None,
        headache=headache if covered else None,
        peak_intensity=None,
        acute_medication=medication if covered else None,
        overuse_medication=overuse if covered else None,
        flare_conditions=tuple(flare),
        sleep_hours=None,
        stress=None,
        fatigue=None,
        joint_pain=None,
    )


def test_it_counts_each_medicines_days_in_the_patients_time_zone():
    medications = [
        insights.MedicationRecord(1, "Sumatriptan", "triptan", "acute"),
        insights.MedicationRecord(2, "Naproxen", "nsaid", "acute"),
        insights.MedicationRecord(3, "Hydroxychloroquine", "dmard", "disease_modifying"),
    ]
    doses = [
        # 23:30 UTC on 9 June is 01:30 on 10 June in Berlin.
        insights.MedicationDoseRecord(1, datetime(2025, 6, 9, 23, 30, tzinfo=UTC)),
        insights.MedicationDoseRecord(1, at(date(2025, 6, 10), 18)),
        insights.MedicationDoseRecord(1, at(date(2025, 6, 12), 8)),
        insights.MedicationDoseRecord(2, at(date(2025, 6, 11), 8)),
        # Outside the period: not counted.
        insights.MedicationDoseRecord(2, at(date(2025, 5, 31), 23, 59)),
        insights.MedicationDoseRecord(2, at(date(2025, 6, 21), 0, 1)),
    ]

    uses = insights.medication_use(
        medications, doses, tz=BERLIN, start=date(2025, 6, 1), end=date(2025, 6, 20)
    )

    assert [(use.name, use.days_used, use.doses) for use in uses] == [
        ("Sumatriptan", 2, 3),
        ("Naproxen", 1, 1),
        ("Hydroxychloroquine", 0, 0),
    ]
    assert uses[0].first_day == date(2025, 6, 10) and uses[0].last_day == date(2025, 6, 12)
    assert uses[2].first_day is None and uses[2].last_day is None


def test_it_orders_medicines_with_equal_days_by_name():
    medications = [
        insights.MedicationRecord(1, "zolmitriptan", "triptan", "acute"),
        insights.MedicationRecord(2, "Almotriptan", "triptan", "acute"),
    ]
    uses = insights.medication_use(medications, [], tz=BERLIN, start=TODAY, end=TODAY)
    assert [use.name for use in uses] == ["Almotriptan", "zolmitriptan"]


def test_it_counts_the_periods_days_and_rates_per_30_covered_days():
    first = date(2025, 6, 1)
    points = [point(first, covered=False)] + [
        point(
            first + timedelta(days=offset),
            migraine=offset <= 3,
            headache=offset <= 5,
            medication=offset in (1, 2),
            # A triptan for an attack on day 2, naproxen for the joints on days 3 to 5.
            overuse=offset in (2, 3, 4, 5),
            flare=("lupus",) if offset == 10 else (),
        )
        for offset in range(1, 16)
    ]

    counts = insights.period_counts(points)
    rows = {row["key"]: row for row in charts.key_numbers(counts)}

    assert counts == insights.PeriodCounts(
        days=16,
        covered_days=15,
        migraine_days=3,
        headache_days=5,
        acute_medication_days=2,
        overuse_medication_days=4,
        flare_days=1,
    )
    assert rows["migraine_days"]["days"] == 3 and rows["migraine_days"]["per_30_days"] == 6.0
    # The two medicine figures side by side, each with its own rate.
    assert rows["acute_medication_days"]["days"] == 2
    assert rows["acute_medication_days"]["per_30_days"] == 4.0
    assert rows["overuse_medication_days"]["days"] == 4
    assert rows["overuse_medication_days"]["per_30_days"] == 8.0
    assert [row["key"] for row in charts.key_numbers(counts)] == [
        "migraine_days",
        "headache_days",
        "acute_medication_days",
        "overuse_medication_days",
        "flare_days",
    ]
    assert rows["headache_days"]["per_30_days"] == 10.0
    assert rows["flare_days"]["label"] == "Flare days"


def test_it_gives_no_rate_when_no_day_is_covered():
    counts = insights.period_counts([point(TODAY, covered=False)])
    assert [row["per_30_days"] for row in charts.key_numbers(counts)] == [None] * 5


def test_it_draws_days_up_to_a_month_and_weeks_beyond():
    start = date(2025, 1, 1)
    assert charts.report_resolution(start, start + timedelta(days=30)) == "day"
    assert charts.report_resolution(start, start + timedelta(days=31)) == "week"


def test_it_writes_the_daily_chart_table_in_words():
    points = [
        point(date(2025, 6, 1), covered=False),
        point(date(2025, 6, 2), migraine=True, headache=True, medication=True),
        point(date(2025, 6, 3), overuse=True),
        point(date(2025, 6, 4), flare=("lupus",)),
    ]
    points[1].peak_intensity = 7

    rows = tables.series_table(charts.daily_series(points), resolution="day")

    assert rows[0] == {
        "label": "1 June 2025",
        "covered": "no",
        "migraine": "not covered",
        "headache": "not covered",
        "acute_medication": "not covered",
        "overuse_medication": "not covered",
        "flare": "not covered",
        "peak": "",
    }
    assert rows[1]["migraine"] == "yes" and rows[1]["peak"] == "7"
    assert rows[1]["acute_medication"] == "yes" and rows[1]["flare"] == "no"
    assert rows[1]["overuse_medication"] == "no"
    assert rows[2]["acute_medication"] == "no" and rows[2]["overuse_medication"] == "yes"
    assert rows[3]["flare"] == "yes" and rows[3]["migraine"] == "no"


def test_it_writes_the_weekly_chart_table_in_words():
    monday = date(2025, 6, 2)
    week = insights.WeekPoint(
        week_start=monday,
        iso_year=2025,
        iso_week=23,
        days=7,
        covered_days=5,
        migraine_days=2,
        headache_days=3,
        acute_medication_days=1,
        overuse_medication_days=3,
        flare_days=0,
        peak_intensity=8,
        mean_sleep_hours=None,
        mean_stress=None,
        mean_fatigue=None,
        mean_joint_pain=None,
    )
    empty = insights.WeekPoint(
        monday + timedelta(days=7), 2025, 24, 7, 0, 0, 0, 0, 0, 0, None, None, None, None, None
    )

    rows = tables.series_table(charts.weekly_series([week, empty]), resolution="week")

    assert rows[0] == {
        "label": "Week of 2 June 2025",
        "covered": "5 of 7",
        "migraine": "2",
        "headache": "3",
        "acute_medication": "1",
        "overuse_medication": "3",
        "flare": "0",
        "peak": "8",
    }
    assert rows[1]["migraine"] == "not covered" and rows[1]["peak"] == "none"


def test_it_lists_flares_in_words():
    spans = [
        {"condition": "lupus", "label": "Lupus", "start": "2025-06-01", "end": "2025-06-04"},
        {"condition": "ms", "label": "MS", "start": "2025-06-09", "end": "2025-06-09"},
    ]
    assert tables.flare_list(spans) == (
        "Flares in this period: Lupus (1 June 2025 to 4 June 2025); MS (9 June 2025)."
    )
    assert tables.flare_list([]) == "No flare in this period."
