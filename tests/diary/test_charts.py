"""diary.charts: insights results turned into chart JSON. Pure functions, no database."""

import json
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from diary import charts
from diary.insights import AttackRecord, FlareRecord, diary_overview, diary_start
from tests.diary.insights.builders import (
    BERLIN,
    checkin,
    days_from,
    doses_on,
    headache_on,
    local,
    make_diary,
    migraine_on,
    ten_year_diary,
)

TODAY = date(2025, 6, 30)
NOW = datetime(2025, 6, 30, 18, 0, tzinfo=UTC)
NAMES = {"lupus": "Systemic lupus erythematosus"}


def payload(diary, *, start: date, end: date = TODAY, window_days: int = 3, **kwargs) -> dict:
    overview = diary_overview(
        diary, start=start, end=end, today=TODAY, now=NOW, window_days=window_days
    )
    return charts.timeline_payload(
        overview,
        today=TODAY,
        diary_start=diary_start(diary),
        condition_names=NAMES,
        **kwargs,
    )


def test_ranges_up_to_180_days_are_daily_and_longer_ones_weekly():
    assert charts.resolution_for(date(2025, 1, 1), date(2025, 6, 29)) == "day"  # 180 days
    assert charts.resolution_for(date(2025, 1, 1), date(2025, 6, 30)) == "week"  # 181 days


def test_the_payload_is_plain_json():
    diary, kwargs = ten_year_diary()
    overview = diary_overview(diary, **kwargs)

    data = charts.timeline_payload(
        overview, today=kwargs["today"], diary_start=kwargs["start"], condition_names=NAMES
    )

    assert json.loads(json.dumps(data)) == data
    assert data["resolution"] == "week"
    assert len(data["series"]["dates"]) == len(overview.weeks)


def test_a_daily_series_has_one_entry_per_day_and_none_before_the_diary_began():
    diary = make_diary(
        attacks=[migraine_on(TODAY - timedelta(days=1), peak=7)],
        starts_on=TODAY - timedelta(days=2),
    )

    series = payload(diary, start=TODAY - timedelta(days=4))["series"]

    assert series["dates"][0] == "2025-06-26"
    assert series["covered"] == [0, 0, 1, 1, 1]
    assert series["migraine"] == [None, None, 0, 1, 0]
    assert series["peak"] == [None, None, None, 7, None]
    assert all(len(column) == 5 for column in series.values())


def test_a_weekly_series_counts_days_per_iso_week():
    diary = make_diary(
        attacks=[migraine_on(day) for day in days_from(date(2025, 1, 6), 3)]
        + [headache_on(date(2025, 1, 13))],
        starts_on=date(2025, 1, 1),
    )

    data = payload(diary, start=date(2025, 1, 1), end=date(2025, 12, 31))
    series = data["series"]

    assert data["resolution"] == "week"
    assert series["dates"][:3] == ["2024-12-30", "2025-01-06", "2025-01-13"]
    assert series["days"][0] == 5  # Wednesday 1 January to Sunday 5 January
    assert series["migraine"][:3] == [0, 3, 0]
    assert series["headache"][:3] == [0, 3, 1]


def test_weeks_without_a_covered_day_have_no_counts():
    diary = make_diary(starts_on=date(2025, 6, 1))

    series = payload(diary, start=date(2024, 6, 1))["series"]

    assert series["migraine"][0] is None
    assert series["covered"][0] == 0


def test_flare_spans_are_cut_at_the_range_and_ongoing_ones_run_to_today():
    diary = make_diary(
        flares=[
            FlareRecord("lupus", date(2025, 6, 1), date(2025, 6, 5)),
            FlareRecord("lupus", date(2025, 6, 20), None),
        ],
        starts_on=date(2025, 5, 1),
    )

    spans = payload(diary, start=date(2025, 6, 3))["flares"]

    assert spans == [
        {"condition": "lupus", "label": NAMES["lupus"], "start": "2025-06-03", "end": "2025-06-05"},
        {"condition": "lupus", "label": NAMES["lupus"], "start": "2025-06-20", "end": "2025-06-30"},
    ]


def test_overlapping_flares_of_one_condition_make_one_span_and_others_their_own():
    diary = make_diary(
        flares=[
            FlareRecord("lupus", date(2025, 6, 1), date(2025, 6, 5)),
            FlareRecord("lupus", date(2025, 6, 4), date(2025, 6, 8)),
            FlareRecord("sjogren", date(2025, 6, 2), date(2025, 6, 3)),
        ],
        starts_on=date(2025, 5, 1),
    )

    spans = payload(diary, start=date(2025, 6, 1))["flares"]

    assert [(span["condition"], span["start"], span["end"]) for span in spans] == [
        ("lupus", "2025-06-01", "2025-06-08"),
        ("sjogren", "2025-06-02", "2025-06-03"),
    ]
    assert spans[1]["label"] == "sjogren"


def test_month_rows_have_labels_and_a_summary_names_the_busiest_month():
    diary = make_diary(
        attacks=[migraine_on(day) for day in days_from(date(2025, 5, 10), 4)],
        starts_on=date(2025, 4, 15),
    )

    data = payload(diary, start=date(2025, 4, 1))

    assert [row["label"] for row in data["months"]] == ["April 2025", "May 2025", "June 2025"]
    assert data["months"][0]["covered_days"] == 16
    assert "May 2025: 4 of 31 covered days" in data["months_summary"]


def test_a_diary_without_migraine_says_so_in_the_month_summary():
    data = payload(make_diary(starts_on=date(2025, 6, 1)), start=date(2025, 6, 1))

    assert data["months_summary"] == "No migraine days in the 1 calendar month shown."


def test_an_empty_diary_gives_empty_charts_and_plain_words():
    data = payload(make_diary(), start=date(2025, 6, 1))

    assert data["diary_start"] is None
    assert data["flares"] == []
    assert data["linkage"]["enough_data"] is False
    assert data["linkage"]["summary"]
    assert "no flare" in data["lag"]["summary"]
    assert "is covered by your diary yet" in data["months_summary"]


def test_linkage_carries_the_ratio_its_interval_and_association_not_cause():
    began = date(2024, 7, 1)
    flares = [
        FlareRecord(
            "lupus", began + timedelta(days=60 * index), began + timedelta(days=60 * index + 9)
        )
        for index in range(6)
    ]
    attacks = [migraine_on(flare.started_on + timedelta(days=1)) for flare in flares]
    attacks += [migraine_on(day) for day in days_from(began + timedelta(days=30), 6, step=60)]
    diary = make_diary(attacks=attacks, flares=flares, starts_on=began)

    linkage = payload(diary, start=began)["linkage"]

    assert linkage["enough_data"] is True
    assert linkage["window_days"] == 3
    assert linkage["ci_low"] < linkage["rate_ratio"] < linkage["ci_high"]
    assert "association, not proof" in linkage["summary"]


def test_the_lag_profile_has_29_offsets_and_a_baseline():
    flares = [FlareRecord("lupus", date(2025, 3, 1), date(2025, 3, 3))]
    diary = make_diary(
        attacks=[migraine_on(date(2025, 2, 27))], flares=flares, starts_on=date(2025, 1, 1)
    )

    lag = payload(diary, start=date(2025, 1, 1))["lag"]

    assert lag["offsets"] == list(range(-14, 15))
    # One flare: counts, not shares (fewer than 5 flares), and no bars to draw.
    assert lag["shares_shown"] is False
    assert lag["percent"] == [None] * 29
    assert lag["flares_with_migraine"][lag["offsets"].index(-2)] == 1
    assert lag["rows"][lag["offsets"].index(-2)][1:3] == [
        "1 of 1",
        "counts only (fewer than 5 flares)",
    ]
    assert lag["baseline_percent"] == round(100 / 181, 1)  # 1 migraine day in 181
    assert "The most was 1 of 1 flare (2 days before it started)." in lag["summary"]
    assert "fewer than 5, so Overlap shows counts, not shares" in lag["summary"]
    assert "%" not in lag["summary"]
    clinician = payload(diary, start=date(2025, 1, 1), audience="clinician")["lag"]["summary"]
    assert clinician.startswith("The patient's diary has 1 flare: fewer than 5")
    assert "your" not in clinician.lower()


def test_the_lag_profile_shows_shares_from_5_flares_but_not_from_fewer_than_3_at_an_offset():
    starts = [date(2025, 2, 1), date(2025, 3, 1), date(2025, 6, 18), date(2025, 6, 20)]
    flares = [FlareRecord("lupus", day, day) for day in [*starts, date(2025, 6, 25)]]
    diary = make_diary(
        attacks=[migraine_on(day - timedelta(days=2)) for day in starts],
        flares=flares,
        starts_on=date(2025, 1, 1),
    )

    lag = payload(diary, start=date(2025, 1, 1))["lag"]

    assert lag["shares_shown"] is True
    assert lag["percent"][lag["offsets"].index(-2)] == 80.0  # 4 of 5 flares
    # Only the flares of February and March reach 14 days after their start by today (30
    # June): 2 flares are too few for a share.
    late = lag["offsets"].index(14)
    assert lag["flares"][late] == 2
    assert lag["percent"][late] is None
    assert lag["rows"][late][2] == "too few flares for a share (fewer than 3)"
    assert "80%" in lag["summary"]


def test_factors_are_split_by_whether_there_are_enough_days():
    began = date(2025, 5, 1)
    checkins = [
        checkin(day, sleep_hours=5 if index % 2 else 8, triggers=("red wine",) if index < 2 else ())
        for index, day in enumerate(days_from(began, 20))
    ]
    attacks = [migraine_on(day) for day in days_from(began + timedelta(days=1), 10, step=2)]
    diary = make_diary(attacks=attacks, checkins=checkins)

    factors = payload(diary, start=began)["factors"]

    reported = {item["factor"]: item for item in factors["associations"]}
    assert "short_sleep" in reported
    assert reported["short_sleep"]["days_with"] >= 3
    assert "association, not proof" in reported["short_sleep"]["summary"]
    assert "trigger:red wine" in {item["factor"] for item in factors["not_enough_data"]}


def test_alerts_link_to_their_education_page_and_keep_their_period():
    diary = make_diary(
        doses=doses_on(days_from(TODAY - timedelta(days=29), 10), "triptan"),
        starts_on=TODAY - timedelta(days=200),
        vessel_condition=True,
    )

    alerts = payload(diary, start=TODAY - timedelta(days=29))["alerts"]

    assert [alert["kind"] for alert in alerts] == ["medication_overuse_warning", "triptan_caution"]
    assert alerts[1]["learn_url"] == "/learn/medication-caution/"
    assert alerts[1]["period_end"] == TODAY.isoformat()
    assert alerts[1]["period_label"] == "2 April 2025 to 30 June 2025"
    assert all("clinician" in alert["message"] for alert in alerts)


def test_an_attack_across_local_midnight_gives_two_migraine_days():
    attack = AttackRecord(
        started_at=local(date(2025, 6, 10), 22, tz=BERLIN),
        ended_at=local(date(2025, 6, 11), 3, tz=BERLIN),
        is_migraine=True,
        peak_intensity=5,
    )
    diary = make_diary(attacks=[attack], tz=BERLIN)

    series = payload(diary, start=date(2025, 6, 9), end=date(2025, 6, 12))["series"]

    assert series["migraine"] == [None, 1, 1, 0]


@settings(max_examples=40, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=400), max_size=40),
    lengths=st.lists(st.integers(min_value=0, max_value=3), min_size=40, max_size=40),
    span=st.integers(min_value=1, max_value=400),
)
def test_daily_weekly_and_monthly_counts_agree(offsets, lengths, span):
    began = date(2024, 5, 1)
    attacks = [
        AttackRecord(
            started_at=local(began + timedelta(days=offset), 20),
            ended_at=local(began + timedelta(days=offset + length), 2),
            is_migraine=True,
            peak_intensity=4,
        )
        for offset, length in zip(offsets, lengths, strict=False)
    ]
    diary = make_diary(attacks=attacks, starts_on=began)
    start = TODAY - timedelta(days=span - 1)

    daily = payload(diary, start=start, resolution="day")
    weekly = payload(diary, start=start, resolution="week")

    day_total = sum(value or 0 for value in daily["series"]["migraine"])
    assert day_total == sum(row["migraine_days"] for row in daily["months"])
    assert day_total == sum(value or 0 for value in weekly["series"]["migraine"])
    assert sum(daily["series"]["covered"]) == daily["covered_days"]


def test_counts_of_one_are_singular():
    flares = [FlareRecord("lupus", date(2025, 6, 10), date(2025, 6, 10))]
    diary = make_diary(
        attacks=[migraine_on(date(2025, 6, 11))], flares=flares, starts_on=date(2025, 6, 7)
    )

    linkage = payload(diary, start=date(2025, 6, 7), window_days=1)["linkage"]

    assert linkage["window_words"] == "1 day"
    # 9 June to 11 June is inside: "1 migraine day in 3 days", never "1 migraine days";
    # and 3 days are too few for a rate.
    assert linkage["cells"]["inside"] == "1 migraine day in 3 days (too early to say)"
    assert payload(diary, start=date(2025, 6, 7))["linkage"]["window_words"] == "3 days"
