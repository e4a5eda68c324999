"""Worked examples and properties for diary.insights: pure functions, no database."""

import math
from dataclasses import asdict
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.insights import (
    AttackRecord,
    CheckInRecord,
    Diary,
    DoseRecord,
    FlareRecord,
    acute_medication_days,
    association_summary,
    attack_days,
    chronic_migraine_alert,
    covered_days,
    current_alerts,
    daily_series,
    diary_overview,
    diary_start,
    factor_associations,
    flare_days,
    flare_linkage,
    headache_days,
    lag_profile,
    linkage_summary,
    medication_overuse_alert,
    medication_overuse_warning,
    migraine_days,
    monthly_table,
    overuse_medication_days,
    per_30_days,
    period_summary,
    triptan_caution,
    weekly_series,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TODAY = date(2025, 6, 30)
NOW = datetime(2025, 6, 30, 18, 0, tzinfo=UTC)
ONE_DAY = timedelta(days=1)


# --- Builders ------------------------------------------------------------------------


def local(day: date, hour: int, minute: int = 0, *, tz: ZoneInfo = UTC) -> datetime:
    """An instant given in local time, stored in UTC as the database would."""
    return datetime.combine(day, time(hour, minute), tzinfo=tz).astimezone(UTC)


def checkin(day: date, **values) -> CheckInRecord:
    fields = {
        "sleep_hours": None,
        "stress": None,
        "water_glasses": None,
        "gluten": None,
        "menstruation": None,
        "fatigue": None,
        "joint_pain": None,
    }
    return CheckInRecord(day=day, **{**fields, **values})


def migraine_on(day: date, *, tz: ZoneInfo = UTC, peak: int | None = 6) -> AttackRecord:
    return AttackRecord(
        started_at=local(day, 12, tz=tz),
        ended_at=local(day, 14, tz=tz),
        is_migraine=True,
        peak_intensity=peak,
    )


def headache_on(day: date, *, tz: ZoneInfo = UTC) -> AttackRecord:
    return AttackRecord(
        started_at=local(day, 9, tz=tz),
        ended_at=local(day, 10, tz=tz),
        is_migraine=False,
        peak_intensity=3,
    )


def doses_on(days, category: str, purpose: str = "acute") -> list[DoseRecord]:
    return [DoseRecord(taken_at=local(day, 8), category=category, purpose=purpose) for day in days]


def make_diary(
    *,
    attacks=(),
    flares=(),
    doses=(),
    checkins=(),
    starts_on: date | None = None,
    tz: ZoneInfo = UTC,
    vessel_condition: bool = False,
) -> Diary:
    """A diary; `starts_on` adds an empty check-in so the diary covers days from then."""
    checkins = list(checkins)
    if starts_on is not None:
        checkins.append(checkin(starts_on))
    return Diary(
        tz=tz,
        attacks=tuple(attacks),
        flares=tuple(flares),
        doses=tuple(doses),
        checkins=tuple(checkins),
        vessel_condition=vessel_condition,
    )


def days_from(first: date, count: int, *, step: int = 1) -> list[date]:
    return [first + timedelta(days=offset * step) for offset in range(count)]


# The three 30-day alert windows ending TODAY, oldest first.
WINDOW_STARTS = [TODAY - timedelta(days=89), TODAY - timedelta(days=59), TODAY - ONE_DAY * 29]
DIARY_BEGAN = TODAY - timedelta(days=120)


def first_days_of_each_window(count: int, *, skip: int = 0) -> list[date]:
    return [day for start in WINDOW_STARTS for day in days_from(start + ONE_DAY * skip, count)]


# --- Days ----------------------------------------------------------------------------


def test_it_counts_three_days_for_an_attack_from_monday_night_to_wednesday():
    monday = date(2025, 1, 6)
    attack = AttackRecord(
        started_at=local(monday, 22, tz=BERLIN),
        ended_at=local(monday + 2 * ONE_DAY, 3, tz=BERLIN),
        is_migraine=True,
        peak_intensity=7,
    )

    assert attack_days(attack, tz=BERLIN, now=NOW) == [
        date(2025, 1, 6),
        date(2025, 1, 7),
        date(2025, 1, 8),
    ]


def test_it_reads_days_in_the_patients_zone_not_in_utc():
    # 23:00 to 01:00 in New York is 04:00 to 06:00 UTC on one UTC day, but two local days.
    attack = AttackRecord(
        started_at=local(date(2025, 2, 10), 23, tz=NEW_YORK),
        ended_at=local(date(2025, 2, 11), 1, tz=NEW_YORK),
        is_migraine=True,
        peak_intensity=5,
    )

    assert attack.started_at.date() == attack.ended_at.date()
    assert attack_days(attack, tz=NEW_YORK, now=NOW) == [date(2025, 2, 10), date(2025, 2, 11)]


def test_it_keeps_the_true_duration_across_the_spring_clock_change():
    # Berlin skips 02:00-03:00 on 30 March 2025: 22:00 to 03:30 local is 4.5 hours.
    attack = AttackRecord(
        started_at=local(date(2025, 3, 29), 22, tz=BERLIN),
        ended_at=local(date(2025, 3, 30), 3, 30, tz=BERLIN),
        is_migraine=True,
        peak_intensity=5,
    )

    assert attack.ended_at - attack.started_at == timedelta(hours=4, minutes=30)
    assert attack_days(attack, tz=BERLIN, now=NOW) == [date(2025, 3, 29), date(2025, 3, 30)]


def test_it_keeps_the_true_duration_across_the_autumn_clock_change():
    # Berlin repeats 02:00-03:00 on 26 October 2025: 23:30 to 23:30 the next day is 25 hours.
    attack = AttackRecord(
        started_at=local(date(2025, 10, 25), 23, 30, tz=BERLIN),
        ended_at=local(date(2025, 10, 26), 23, 30, tz=BERLIN),
        is_migraine=True,
        peak_intensity=5,
    )

    assert attack.ended_at - attack.started_at == timedelta(hours=25)
    assert attack_days(attack, tz=BERLIN, now=NOW) == [date(2025, 10, 25), date(2025, 10, 26)]


def test_it_counts_an_attack_crossing_midnight_on_a_new_york_clock_change_night():
    attack = AttackRecord(
        started_at=local(date(2025, 3, 8), 23, tz=NEW_YORK),
        ended_at=local(date(2025, 3, 9), 4, tz=NEW_YORK),
        is_migraine=True,
        peak_intensity=5,
    )

    assert attack.ended_at - attack.started_at == timedelta(hours=4)
    assert attack_days(attack, tz=NEW_YORK, now=NOW) == [date(2025, 3, 8), date(2025, 3, 9)]


def test_it_does_not_count_the_new_day_for_an_attack_ending_exactly_at_local_midnight():
    attack = AttackRecord(
        started_at=local(date(2025, 10, 25), 20, tz=BERLIN),
        ended_at=local(date(2025, 10, 26), 0, tz=BERLIN),  # 22:00 UTC on the 25th
        is_migraine=True,
        peak_intensity=5,
    )

    assert attack_days(attack, tz=BERLIN, now=NOW) == [date(2025, 10, 25)]


def test_it_counts_the_new_day_for_an_attack_ending_one_minute_after_midnight():
    attack = AttackRecord(
        started_at=local(date(2025, 5, 1), 20, tz=BERLIN),
        ended_at=local(date(2025, 5, 2), 0, 1, tz=BERLIN),
        is_migraine=True,
        peak_intensity=5,
    )

    assert attack_days(attack, tz=BERLIN, now=NOW) == [date(2025, 5, 1), date(2025, 5, 2)]


def test_it_runs_an_ongoing_attack_to_now():
    attack = AttackRecord(
        started_at=local(TODAY - 2 * ONE_DAY, 21),
        ended_at=None,
        is_migraine=True,
        peak_intensity=None,
    )

    assert attack_days(attack, tz=UTC, now=NOW) == [TODAY - 2 * ONE_DAY, TODAY - ONE_DAY, TODAY]


def test_it_refuses_times_without_a_time_zone():
    attack = AttackRecord(
        started_at=datetime(2025, 1, 1, 12), ended_at=None, is_migraine=True, peak_intensity=None
    )

    with pytest.raises(ValueError, match="time zone"):
        attack_days(attack, tz=UTC, now=NOW)


@pytest.mark.parametrize("naive", ["attack start", "attack end", "dose"])
def test_it_refuses_times_without_a_time_zone_in_the_whole_diary(naive):
    noon = datetime(2025, 6, 1, 12)
    aware = noon.replace(tzinfo=UTC)
    attack = AttackRecord(
        started_at=noon if naive == "attack start" else aware,
        ended_at=noon if naive == "attack end" else aware,
        is_migraine=True,
        peak_intensity=None,
    )
    dose = DoseRecord(
        taken_at=noon if naive == "dose" else aware, category="nsaid", purpose="acute"
    )
    diary = make_diary(attacks=[attack], doses=[dose])

    with pytest.raises(ValueError, match="time zone"):
        diary_overview(diary, start=TODAY - 30 * ONE_DAY, end=TODAY, today=TODAY, now=NOW)


def test_it_counts_other_headaches_as_headache_days_but_not_migraine_days():
    diary = make_diary(attacks=[migraine_on(date(2025, 6, 1)), headache_on(date(2025, 6, 2))])

    assert migraine_days(diary, now=NOW) == {date(2025, 6, 1)}
    assert headache_days(diary, now=NOW) == {date(2025, 6, 1), date(2025, 6, 2)}


def test_it_counts_only_acute_doses_as_acute_medication_days_gepants_included():
    day = date(2025, 6, 1)
    diary = make_diary(
        doses=[
            *doses_on([day], "gepant"),
            *doses_on([day], "triptan"),
            *doses_on([day + ONE_DAY], "nsaid", purpose="disease_modifying"),
            *doses_on([day + ONE_DAY], "cgrp_antibody", purpose="preventive"),
        ]
    )

    assert acute_medication_days(diary) == {day: {"gepant", "triptan"}}


def test_it_counts_nsaids_for_joints_towards_overuse_but_never_gepants_or_ditans():
    day = date(2025, 6, 1)
    diary = make_diary(
        doses=[
            *doses_on([day], "nsaid", purpose="disease_modifying"),
            *doses_on([day], "gepant"),
            *doses_on([day + ONE_DAY], "ditan"),
            *doses_on([day + 2 * ONE_DAY], "combination_analgesic"),
        ]
    )

    assert overuse_medication_days(diary) == {
        day: {"simple_analgesic"},
        day + 2 * ONE_DAY: {"combination_analgesic"},
    }


def test_it_runs_an_ongoing_flare_to_today_and_an_ended_one_to_its_end():
    diary = make_diary(
        flares=[
            FlareRecord(condition="lupus", started_on=TODAY - 2 * ONE_DAY, ended_on=None),
            FlareRecord(condition="ra", started_on=TODAY - 3 * ONE_DAY, ended_on=TODAY - ONE_DAY),
        ]
    )

    assert flare_days(diary, today=TODAY) == {
        TODAY - 3 * ONE_DAY: {"ra"},
        TODAY - 2 * ONE_DAY: {"lupus", "ra"},
        TODAY - ONE_DAY: {"lupus", "ra"},
        TODAY: {"lupus"},
    }


def test_it_counts_no_flare_day_after_today():
    diary = make_diary(
        flares=[
            FlareRecord(condition="ms", started_on=TODAY, ended_on=TODAY + 5 * ONE_DAY),
            FlareRecord(condition="lupus", started_on=TODAY + ONE_DAY, ended_on=None),
        ]
    )

    assert flare_days(diary, today=TODAY) == {TODAY: {"ms"}}


def test_it_starts_the_diary_on_the_earliest_record_of_any_kind():
    diary = make_diary(
        attacks=[migraine_on(date(2025, 3, 10))],
        flares=[FlareRecord(condition="lupus", started_on=date(2025, 3, 5), ended_on=None)],
        doses=doses_on([date(2025, 3, 8)], "nsaid"),
        checkins=[checkin(date(2025, 3, 7))],
    )

    assert diary_start(diary) == date(2025, 3, 5)
    assert diary_start(make_diary()) is None


def test_it_starts_the_diary_on_the_local_day_of_a_late_evening_attack():
    # 23:30 in New York on 1 March is already 2 March in UTC.
    diary = make_diary(
        attacks=[
            AttackRecord(
                started_at=local(date(2025, 3, 1), 23, 30, tz=NEW_YORK),
                ended_at=local(date(2025, 3, 1), 23, 50, tz=NEW_YORK),
                is_migraine=True,
                peak_intensity=4,
            )
        ],
        tz=NEW_YORK,
    )

    assert diary_start(diary) == date(2025, 3, 1)


def test_it_gives_rates_per_30_covered_days_and_none_without_covered_days():
    assert per_30_days(7, 90) == pytest.approx(2.3333, abs=1e-4)
    assert per_30_days(0, 30) == 0
    assert per_30_days(3, 0) is None


# --- Series and tables ---------------------------------------------------------------


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
        "flare_conditions": ("lupus", "ra"),
        "sleep_hours": 5.5,
        "stress": 7,
        "fatigue": 6,
        "joint_pain": 4,
    }


def test_it_counts_each_calendar_month_with_only_its_covered_days():
    diary = make_diary(
        attacks=[migraine_on(date(2025, 4, 20)), headache_on(date(2025, 5, 3))],
        doses=doses_on([date(2025, 5, 3)], "nsaid"),
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
            "flare_days": 2,
        },
        {
            "month": date(2025, 5, 1),
            "days": 31,
            "covered_days": 31,
            "migraine_days": 0,
            "headache_days": 1,
            "acute_medication_days": 1,
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


# --- Linking migraines and flares ----------------------------------------------------

LINK_START = date(2024, 1, 1)
LINK_TODAY = LINK_START + timedelta(days=359)  # 360 covered days
LINK_NOW = datetime.combine(LINK_TODAY, time(20), tzinfo=UTC)


def linkage_diary(*, inside: int, outside: int) -> Diary:
    """A flare on days 100-153 (its 3-day window is days 97-156, 60 days)."""
    return make_diary(
        attacks=[
            *(migraine_on(day) for day in days_from(LINK_START + 100 * ONE_DAY, inside)),
            *(migraine_on(day) for day in days_from(LINK_START + 200 * ONE_DAY, outside)),
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

    # 6 migraine days in 60 against 10 in 300: RR = 0.1 / (1/30) = 3.
    # ln 3 = 1.098612, SE = sqrt(1/6 + 1/10) = 0.516398, 1.96 * SE = 1.012140.
    assert (linkage.inside_days, linkage.outside_days) == (60, 300)
    assert (linkage.inside_migraine_days, linkage.outside_migraine_days) == (6, 10)
    assert linkage.inside_per_30_days == pytest.approx(3.0)
    assert linkage.outside_per_30_days == pytest.approx(1.0)
    assert linkage.rate_ratio == pytest.approx(3.0)
    assert linkage.ci_low == pytest.approx(math.exp(0.086472), rel=1e-5)  # 1.0903
    assert linkage.ci_high == pytest.approx(math.exp(2.110752), rel=1e-5)  # 8.2546
    assert linkage.enough_data is True
    assert linkage.reason == ""
    assert "3.0 times" in linkage_summary(linkage)


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


# --- Factors -------------------------------------------------------------------------

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

    # Risks 4/10 and 4/20: RR 2. SE = sqrt(1/4 - 1/10 + 1/4 - 1/20) = sqrt(0.35) = 0.591608;
    # 1.96 * SE = 1.159552, so the interval is exp(0.693147 -/+ 1.159552).
    assert (association.days_with, association.migraine_with) == (10, 4)
    assert (association.days_without, association.migraine_without) == (20, 4)
    assert association.risk_with == pytest.approx(0.4)
    assert association.risk_without == pytest.approx(0.2)
    assert association.risk_ratio == pytest.approx(2.0)
    assert association.ci_low == pytest.approx(math.exp(-0.466405), rel=1e-5)  # 0.6273
    assert association.ci_high == pytest.approx(math.exp(1.852699), rel=1e-5)  # 6.3770
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


# --- Medication overuse --------------------------------------------------------------


@pytest.mark.parametrize(("days", "alerted"), [(9, False), (10, True), (11, True)])
@pytest.mark.parametrize("category", ["triptan", "ergot", "opioid", "combination_analgesic"])
def test_it_alerts_on_ten_days_a_month_of_a_ten_day_class(category, days, alerted):
    diary = make_diary(
        doses=doses_on(first_days_of_each_window(days), category), starts_on=DIARY_BEGAN
    )

    alert = medication_overuse_alert(diary, today=TODAY)

    assert (alert is not None) is alerted
    if alert:
        assert alert.kind == "medication_overuse"
        assert alert.education_slug == "medication-caution"
        assert (alert.period_start, alert.period_end) == (WINDOW_STARTS[0], TODAY)
        assert [window.counts[category] for window in alert.windows] == [days] * 3
        assert "discuss this with your clinician" in alert.message
        assert "from 2 April 2025 to 30 June 2025" in alert.message
        assert "10 or more days a month" in alert.message


@pytest.mark.parametrize(("days", "alerted"), [(14, False), (15, True), (16, True)])
def test_it_alerts_on_fifteen_days_a_month_of_simple_analgesics_joint_pain_nsaids_included(
    days, alerted
):
    # Paracetamol for headaches on the first days, an NSAID for the joints on the rest.
    paracetamol = doses_on(first_days_of_each_window(5), "simple_analgesic")
    nsaid = doses_on(
        first_days_of_each_window(days - 5, skip=5), "nsaid", purpose="disease_modifying"
    )
    diary = make_diary(doses=[*paracetamol, *nsaid], starts_on=DIARY_BEGAN)

    alert = medication_overuse_alert(diary, today=TODAY)

    assert (alert is not None) is alerted
    if alert:
        assert [window.reasons for window in alert.windows] == [("simple_analgesic",)] * 3


def test_it_counts_a_day_with_paracetamol_and_an_nsaid_once():
    days = first_days_of_each_window(15)
    diary = make_diary(
        doses=[*doses_on(days, "simple_analgesic"), *doses_on(days, "nsaid")],
        starts_on=DIARY_BEGAN,
    )

    alert = medication_overuse_alert(diary, today=TODAY)

    assert [window.counts["simple_analgesic"] for window in alert.windows] == [15] * 3


@pytest.mark.parametrize(("simple_days", "alerted"), [(4, False), (5, True), (6, True)])
def test_it_alerts_on_ten_days_a_month_of_several_classes_together(simple_days, alerted):
    triptan = doses_on(first_days_of_each_window(5), "triptan")
    simple = doses_on(first_days_of_each_window(simple_days, skip=5), "nsaid")
    diary = make_diary(doses=[*triptan, *simple], starts_on=DIARY_BEGAN)

    alert = medication_overuse_alert(diary, today=TODAY)

    assert (alert is not None) is alerted
    if alert:
        assert [window.reasons for window in alert.windows] == [("multiple_classes",)] * 3
        assert [window.counts["combined"] for window in alert.windows] == [5 + simple_days] * 3
        assert "together on" in alert.message


def test_it_does_not_call_one_class_below_its_threshold_several_classes():
    diary = make_diary(
        doses=doses_on(first_days_of_each_window(12), "simple_analgesic"), starts_on=DIARY_BEGAN
    )

    assert medication_overuse_alert(diary, today=TODAY) is None


def test_it_never_counts_gepants_or_ditans_towards_overuse():
    diary = make_diary(
        doses=[
            *doses_on(first_days_of_each_window(20), "gepant"),
            *doses_on(first_days_of_each_window(20), "ditan"),
        ],
        starts_on=DIARY_BEGAN,
    )

    assert medication_overuse_alert(diary, today=TODAY) is None
    assert medication_overuse_warning(diary, today=TODAY) is None


def test_it_needs_all_three_windows_for_the_overuse_alert():
    doses = doses_on(first_days_of_each_window(12, skip=1), "triptan")

    covered = make_diary(doses=doses, starts_on=WINDOW_STARTS[0])
    two_windows = make_diary(doses=doses, starts_on=WINDOW_STARTS[0] + ONE_DAY)

    assert medication_overuse_alert(covered, today=TODAY) is not None
    assert medication_overuse_alert(two_windows, today=TODAY) is None
    # The last 30 days still earn the early warning.
    assert medication_overuse_warning(two_windows, today=TODAY).kind == (
        "medication_overuse_warning"
    )


def test_it_needs_every_window_over_the_threshold():
    days = [*days_from(WINDOW_STARTS[0], 9), *days_from(WINDOW_STARTS[1], 12)]
    days += days_from(WINDOW_STARTS[2], 12)
    diary = make_diary(doses=doses_on(days, "opioid"), starts_on=DIARY_BEGAN)

    assert medication_overuse_alert(diary, today=TODAY) is None


@pytest.mark.parametrize(("days", "warned"), [(7, False), (8, True), (9, True)])
def test_it_warns_early_at_eight_days_of_a_ten_day_class_in_the_last_thirty(days, warned):
    diary = make_diary(doses=doses_on(days_from(WINDOW_STARTS[2], days), "triptan"))

    warning = medication_overuse_warning(diary, today=TODAY)

    assert (warning is not None) is warned
    if warning:
        assert (warning.period_start, warning.period_end) == (WINDOW_STARTS[2], TODAY)
        assert f"triptans on {days} days" in warning.message
        assert "discuss this with your clinician" in warning.message


@pytest.mark.parametrize(("days", "warned"), [(11, False), (12, True), (13, True)])
def test_it_warns_early_at_twelve_days_of_nsaids_for_the_joints_and_says_why(days, warned):
    diary = make_diary(
        doses=doses_on(days_from(WINDOW_STARTS[2], days), "nsaid", purpose="disease_modifying")
    )

    warning = medication_overuse_warning(diary, today=TODAY)

    assert (warning is not None) is warned
    if warning:
        assert "for your joints count too" in warning.message
        assert warning.education_slug == "medication-caution"


@pytest.mark.parametrize(("simple_days", "warned"), [(3, False), (4, True)])
def test_it_warns_early_at_eight_days_of_several_classes_together(simple_days, warned):
    triptan = doses_on(days_from(WINDOW_STARTS[2], 4), "triptan")
    simple = doses_on(days_from(WINDOW_STARTS[2] + 10 * ONE_DAY, simple_days), "nsaid")

    warning = medication_overuse_warning(make_diary(doses=[*triptan, *simple]), today=TODAY)

    assert (warning is not None) is warned


def test_it_gives_the_full_alert_instead_of_the_warning():
    diary = make_diary(
        doses=doses_on(first_days_of_each_window(10), "triptan"), starts_on=DIARY_BEGAN
    )

    assert medication_overuse_warning(diary, today=TODAY) is None
    assert [alert.kind for alert in current_alerts(diary, today=TODAY, now=NOW)] == [
        "medication_overuse"
    ]


# --- Chronic migraine pattern --------------------------------------------------------


def chronic_diary(*, headache: int, migraine: int, starts_on: date = DIARY_BEGAN) -> Diary:
    # From each window's second day, so a diary starting on that day has every attack.
    attacks = [migraine_on(day) for day in first_days_of_each_window(migraine, skip=1)]
    attacks += [
        headache_on(day)
        for day in first_days_of_each_window(headache - migraine, skip=1 + migraine)
    ]
    return make_diary(attacks=attacks, starts_on=starts_on)


@pytest.mark.parametrize(("headache", "alerted"), [(14, False), (15, True), (16, True)])
def test_it_notes_a_chronic_pattern_from_fifteen_headache_days_a_month(headache, alerted):
    alert = chronic_migraine_alert(
        chronic_diary(headache=headache, migraine=8), today=TODAY, now=NOW
    )

    assert (alert is not None) is alerted
    if alert:
        assert alert.kind == "chronic_migraine"
        assert alert.education_slug == "how-migraine-and-autoimmune-disease-connect"
        assert [window.counts for window in alert.windows] == [
            {"headache_days": headache, "migraine_days": 8}
        ] * 3
        assert f"headache on {headache}, {headache} and {headache} days" in alert.message
        assert "not a diagnosis" in alert.message
        assert "discuss this with your clinician" in alert.message


@pytest.mark.parametrize(("migraine", "alerted"), [(7, False), (8, True), (9, True)])
def test_it_notes_a_chronic_pattern_only_with_eight_migraine_days_a_month(migraine, alerted):
    alert = chronic_migraine_alert(
        chronic_diary(headache=15, migraine=migraine), today=TODAY, now=NOW
    )

    assert (alert is not None) is alerted


def test_it_needs_all_three_windows_for_the_chronic_pattern():
    covered = chronic_diary(headache=20, migraine=10, starts_on=WINDOW_STARTS[0])
    two_windows = chronic_diary(headache=20, migraine=10, starts_on=WINDOW_STARTS[0] + ONE_DAY)

    assert chronic_migraine_alert(covered, today=TODAY, now=NOW) is not None
    assert chronic_migraine_alert(two_windows, today=TODAY, now=NOW) is None


# --- Triptan caution -----------------------------------------------------------------


@pytest.mark.parametrize(("days_ago", "noted"), [(89, True), (90, False)])
def test_it_notes_a_triptan_in_the_last_ninety_days_for_a_vessel_condition(days_ago, noted):
    doses = doses_on([TODAY - days_ago * ONE_DAY], "triptan")

    caution = triptan_caution(make_diary(doses=doses, vessel_condition=True), today=TODAY)
    without_vessels = triptan_caution(make_diary(doses=doses), today=TODAY)

    assert (caution is not None) is noted
    assert without_vessels is None
    if caution:
        assert caution.kind == "triptan_caution"
        assert caution.education_slug == "medication-caution"
        assert "discuss this with your clinician" in caution.message


def test_it_lists_every_current_alert_in_order():
    triptan_days = first_days_of_each_window(8)
    headache_days_each = first_days_of_each_window(16)
    diary = make_diary(
        attacks=[migraine_on(day) for day in headache_days_each],
        doses=doses_on(triptan_days, "triptan"),
        starts_on=DIARY_BEGAN,
        vessel_condition=True,
    )

    alerts = current_alerts(diary, today=TODAY, now=NOW)

    assert [alert.kind for alert in alerts] == [
        "medication_overuse_warning",
        "chronic_migraine",
        "triptan_caution",
    ]


# --- Text twins ----------------------------------------------------------------------


def test_it_sums_up_a_period_in_plain_words():
    diary = make_diary(
        attacks=[migraine_on(TODAY - 5 * ONE_DAY), headache_on(TODAY - 3 * ONE_DAY)],
        starts_on=TODAY - 89 * ONE_DAY,
    )

    text = period_summary(diary, start=TODAY - 89 * ONE_DAY, end=TODAY, today=TODAY, now=NOW)

    assert text == (
        "From 2 April 2025 to 30 June 2025, you logged 1 migraine day (0.3 per 30 days), "
        "2 headache days in all (0.7 per 30 days) and 0 days with acute medication."
    )


def test_it_says_when_a_period_is_not_covered_yet():
    diary = make_diary(starts_on=TODAY)

    text = period_summary(
        diary, start=TODAY - 9 * ONE_DAY, end=TODAY - ONE_DAY, today=TODAY, now=NOW
    )

    assert "does not cover" in text


# --- Properties ----------------------------------------------------------------------

BASE = date(2025, 1, 1)
PROPERTY_TODAY = BASE + timedelta(days=120)
ZONES = [UTC, BERLIN, NEW_YORK, ZoneInfo("Asia/Kolkata"), ZoneInfo("Pacific/Auckland")]
CATEGORIES = ["triptan", "nsaid", "simple_analgesic", "gepant", "opioid", "biologic"]


@st.composite
def diaries(draw) -> tuple[Diary, datetime]:
    tz = draw(st.sampled_from(ZONES))
    now = datetime.combine(PROPERTY_TODAY, time(draw(st.integers(0, 23))), tzinfo=tz)
    base = datetime.combine(BASE, time(0), tzinfo=tz)
    minutes = st.integers(-10 * 24 * 60, 125 * 24 * 60)

    attacks = []
    for start_minute, length, is_migraine in draw(
        st.lists(
            st.tuples(minutes, st.none() | st.integers(0, 4 * 24 * 60), st.booleans()),
            max_size=25,
        )
    ):
        started_at = (base + timedelta(minutes=start_minute)).astimezone(UTC)
        ended_at = None if length is None else started_at + timedelta(minutes=length)
        attacks.append(
            AttackRecord(
                started_at=started_at,
                ended_at=ended_at,
                is_migraine=is_migraine,
                peak_intensity=draw(st.none() | st.integers(0, 10)),
            )
        )
    flares = [
        FlareRecord(
            condition=condition,
            started_on=BASE + timedelta(days=start),
            ended_on=None if length is None else BASE + timedelta(days=start + length),
        )
        for condition, start, length in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(["lupus", "ra"]),
                    st.integers(-5, 125),
                    st.none() | st.integers(0, 20),
                ),
                max_size=5,
            )
        )
    ]
    doses = [
        DoseRecord(
            taken_at=(base + timedelta(minutes=minute)).astimezone(UTC),
            category=category,
            purpose=purpose,
        )
        for minute, category, purpose in draw(
            st.lists(
                st.tuples(
                    minutes,
                    st.sampled_from(CATEGORIES),
                    st.sampled_from(["acute", "preventive", "disease_modifying"]),
                ),
                max_size=20,
            )
        )
    ]
    checkins = [
        checkin(
            BASE + timedelta(days=offset),
            sleep_hours=draw(st.none() | st.floats(3, 10)),
            stress=draw(st.none() | st.integers(0, 10)),
            gluten=draw(st.none() | st.booleans()),
        )
        for offset in draw(st.sets(st.integers(-5, 125), max_size=30))
    ]
    diary = Diary(
        tz=tz,
        attacks=tuple(attacks),
        flares=tuple(flares),
        doses=tuple(doses),
        checkins=tuple(checkins),
    )
    return diary, now


ranges = st.tuples(st.integers(-20, 150), st.integers(0, 120)).map(
    lambda pair: (BASE + timedelta(days=pair[0]), BASE + timedelta(days=pair[0] + pair[1]))
)


@settings(max_examples=150, deadline=None)
@given(diaries(), ranges)
def test_it_never_counts_more_migraine_days_than_covered_days(diary_and_now, date_range):
    diary, now = diary_and_now
    start, end = date_range

    points = daily_series(diary, start=start, end=end, today=PROPERTY_TODAY, now=now)
    covered = sum(point.covered for point in points)

    assert sum(bool(point.migraine) for point in points) <= covered
    assert covered == covered_days(diary, start=start, end=end, today=PROPERTY_TODAY)
    rate = per_30_days(sum(bool(point.migraine) for point in points), covered)
    assert rate is None or rate >= 0


@settings(max_examples=150, deadline=None)
@given(diaries())
def test_it_keeps_migraine_days_inside_headache_days(diary_and_now):
    diary, now = diary_and_now

    assert migraine_days(diary, now=now) <= headache_days(diary, now=now)


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


# --- A large diary ---------------------------------------------------------------------------


def ten_year_diary() -> tuple[Diary, dict]:
    tz = BERLIN
    today = date(2025, 12, 31)
    now = datetime.combine(today, time(21), tzinfo=tz)
    began = today - timedelta(days=3649)
    attacks = [
        AttackRecord(
            started_at=local(began + timedelta(days=index * 3), 20, tz=tz),
            ended_at=local(began + timedelta(days=index * 3 + 1), 2, tz=tz),
            is_migraine=index % 4 != 0,
            peak_intensity=index % 11,
        )
        for index in range(1200)
    ]
    checkins = [
        checkin(
            began + timedelta(days=index),
            sleep_hours=4 + index % 5,
            stress=index % 11,
            water_glasses=index % 9,
            gluten=index % 3 == 0,
            menstruation=index % 28 < 5,
            triggers=("red wine",) if index % 7 == 0 else (),
        )
        for index in range(3650)
    ]
    flares = [
        FlareRecord(
            condition="lupus",
            started_on=began + timedelta(days=index * 90),
            ended_on=began + timedelta(days=index * 90 + 10),
        )
        for index in range(40)
    ]
    doses = doses_on([began + timedelta(days=index * 2) for index in range(1825)], "nsaid")
    diary = make_diary(attacks=attacks, flares=flares, doses=doses, checkins=checkins, tz=tz)
    return diary, {"start": began, "end": today, "today": today, "now": now}


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
