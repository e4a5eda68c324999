"""diary.tables: the charts' text twins, every cell in words. Pure functions, no database."""

from datetime import UTC, date, datetime

from diary import charts, tables
from diary.insights import FlareRecord, diary_overview, diary_start
from diary.insights.text import format_day_of_month, format_number, format_short_day
from tests.diary.insights.builders import checkin, days_from, make_diary, migraine_on

TODAY = date(2025, 6, 30)
NOW = datetime(2025, 6, 30, 18, 0, tzinfo=UTC)
NAMES = {"lupus": "Systemic lupus erythematosus"}


def payload(diary, *, start: date, end: date = TODAY) -> dict:
    overview = diary_overview(diary, start=start, end=end, today=TODAY, now=NOW)
    return charts.timeline_payload(
        overview, today=TODAY, diary_start=diary_start(diary), condition_names=NAMES
    )


def linkage(**values) -> dict:
    numbers = {
        "inside_migraine_days": 6,
        "inside_days": 60,
        "inside_per_30_days": 3.0,
        "outside_migraine_days": 10,
        "outside_days": 300,
        "outside_per_30_days": 1.0,
        "rate_ratio": 3.0,
        "ci_low": 1.09,
        "ci_high": 8.25,
    }
    return {**numbers, **values}


def test_it_writes_days_as_the_timeline_always_has():
    assert format_short_day(date(2025, 9, 3)) == "3 Sept 2025"
    assert format_short_day(date(2025, 6, 30)) == "30 Jun 2025"
    assert format_day_of_month(date(2025, 9, 3)) == "3 Sept"


def test_it_writes_whole_numbers_without_a_decimal_point():
    assert [format_number(value) for value in (25.0, 7.5, 0.0, 3, 57.1)] == [
        "25",
        "7.5",
        "0",
        "3",
        "57.1",
    ]


def test_a_week_without_a_covered_day_says_not_covered_in_every_count():
    diary = make_diary(
        attacks=[migraine_on(date(2025, 6, 25), peak=8)], starts_on=date(2025, 6, 23)
    )

    table = payload(diary, start=date(2024, 12, 30))["table"]

    assert table["columns"][:7] == [
        "Week starting",
        "Days covered",
        "Migraine days",
        "Highest peak pain",
        "Acute-medication days",
        "Overuse-relevant days",
        "Flare days",
    ]
    not_covered = ["not covered"] * 3
    assert (
        table["rows"][0]
        == ["30 Dec 2024", "0 of 7", "not covered", "none", *not_covered] + ["not recorded"] * 4
    )
    assert table["rows"][-2][:7] == ["23 Jun 2025", "7 of 7", "1", "8", "0", "0", "0"]
    assert table["rows"][-1][:7] == ["30 Jun 2025", "1 of 1", "0", "none", "0", "0", "0"]


def test_a_day_row_says_yes_no_or_not_covered_with_peak_pain_and_scores():
    diary = make_diary(
        attacks=[migraine_on(date(2025, 6, 28), peak=None)],
        checkins=[checkin(date(2025, 6, 29), sleep_hours=7.0, stress=4)],
        starts_on=date(2025, 6, 28),
    )

    data = payload(diary, start=date(2025, 6, 27))

    assert data["table"]["columns"][0] == "Date"
    assert data["table"]["rows"] == [
        ["27 Jun 2025", "no", "not covered", "", "not covered", "not covered", "not covered"]
        + ["not recorded"] * 4,
        ["28 Jun 2025", "yes", "yes", "not recorded", "no", "no", "no"] + ["not recorded"] * 4,
        [
            "29 Jun 2025",
            "yes",
            "no",
            "",
            "no",
            "no",
            "no",
            "7",
            "4",
            "not recorded",
            "not recorded",
        ],
        ["30 Jun 2025", "yes", "no", "", "no", "no", "no"] + ["not recorded"] * 4,
    ]
    assert data["tooltips"]["titles"][1] == "28 Jun 2025"
    assert data["tooltips"]["migraine"] == [None, "Migraine, peak pain not recorded", None, None]
    assert data["labels"]["unit"] == "day" and data["resolution_note"] == "Each bar is one day."


def test_the_home_table_gives_the_date_migraine_peak_and_flare():
    diary = make_diary(
        attacks=[migraine_on(date(2025, 6, 29), peak=7)],
        flares=[FlareRecord("lupus", date(2025, 6, 30), None)],
        starts_on=date(2025, 6, 29),
    )

    home = charts.home_payload(payload(diary, start=date(2025, 6, 28)))

    assert home["table"] == [
        ["28 Jun 2025", "not covered", "", "not covered"],
        ["29 Jun 2025", "yes", "7", "no"],
        ["30 Jun 2025", "no", "", "yes"],
    ]
    assert home["labels"]["migraine"] == "Migraine day (peak pain)"


def test_a_month_without_a_covered_day_says_not_covered():
    diary = make_diary(attacks=[migraine_on(day) for day in days_from(date(2025, 6, 2), 2)])

    rows = payload(diary, start=date(2025, 5, 20))["months_table"]

    assert rows == [
        ["May 2025", "0 of 12"] + ["not covered"] * 5,
        ["June 2025", "29 of 30", "2", "2", "0", "0", "0"],
    ]


def test_the_linkage_says_no_covered_days_and_too_little_data_for_a_ratio():
    cells = tables.linkage_cells(
        linkage(inside_days=0, inside_migraine_days=0, inside_per_30_days=None, rate_ratio=None)
    )

    assert cells == {
        "inside": "no covered days",
        "outside": "10 migraine days in 300 days (1 per 30 days)",
        "ratio": "too little data for a ratio",
    }


def test_the_timeline_writes_3_and_the_report_3_point_0_as_each_always_has():
    assert tables.linkage_cells(linkage())["ratio"] == "3 (1.09 to 8.25)"
    assert tables.linkage_cells(linkage(), number=str)["inside"] == (
        "6 migraine days in 60 days (3.0 per 30 days)"
    )


def test_the_lag_table_labels_days_from_the_flare_start_and_says_no_flares():
    lag = {
        "offsets": [-1, 0, 1],
        "flares": [0, 2, 2],
        "flares_with_migraine": [0, 1, 2],
        "percent": [None, 50.0, 100.0],
        "baseline_percent": 24.1,
    }

    assert tables.lag_table(lag) == {
        "labels": ["-1", "0", "+1"],
        "rows": [
            ["-1", "0 of 0", "no flares", "24.1%"],
            ["0", "1 of 2", "50%", "24.1%"],
            ["+1", "2 of 2", "100%", "24.1%"],
        ],
    }


def test_the_factor_rows_and_the_note_under_them():
    item = {
        "label": "Gluten eaten",
        "days_with": 4,
        "days_without": 10,
        "migraine_with": 2,
        "migraine_without": 0,
        "percent_with": 50.0,
        "percent_without": 0.0,
        "risk_ratio": None,
        "ci_low": None,
        "ci_high": None,
    }
    few = {**item, "label": "Menstruation"}

    assert tables.factor_rows([item]) == [
        ["Gluten eaten", "2 of 4 days (50%)", "0 of 10 days (0%)", "too little data for a ratio"]
    ]
    assert tables.factor_rows([item], number=str)[0][1] == "2 of 4 days (50.0%)"
    assert tables.factors_note({"associations": [item], "not_enough_data": [few]}) == (
        "Too few days to compare: Menstruation."
    )
    assert tables.factors_note({"associations": [], "not_enough_data": []}) == (
        "No factor has at least 3 days with it and 3 without in this period yet."
    )
    assert tables.no_factor_sentence(yet=False) == (
        "No factor has at least 3 days with it and 3 without in this period."
    )


def test_the_flare_list_writes_short_days_on_the_timeline():
    diary = make_diary(
        flares=[FlareRecord("lupus", date(2025, 6, 10), date(2025, 6, 12))],
        starts_on=date(2025, 6, 1),
    )

    data = payload(diary, start=date(2025, 6, 1))

    assert data["flare_list"] == (
        "Flares in this period: Systemic lupus erythematosus (10 Jun 2025 to 12 Jun 2025)."
    )
    assert tables.flare_list(data["flares"]) == (
        "Flares in this period: Systemic lupus erythematosus (10 June 2025 to 12 June 2025)."
    )


def test_the_report_chart_labels_follow_its_resolution():
    diary = make_diary(starts_on=date(2025, 6, 1))
    overview = diary_overview(diary, start=date(2025, 6, 1), end=TODAY, today=TODAY, now=NOW)

    report = charts.report_payload(overview, payload(diary, start=date(2025, 6, 1)))

    assert report["chart"]["labels"]["y_axis"] == "Peak pain"
    assert report["chart"]["ticks"][:2] == ["1 Jun", "2 Jun"]
    assert report["chart_headings"][:3] == ["Date", "Covered", "Migraine"]
    assert report["numbers_caption"].endswith(
        "covers 30 of the 30 days; rates divide by covered days."
    )
    assert report["no_alerts"].endswith("a triptan caution up to 30 June 2025.")
