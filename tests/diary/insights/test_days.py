"""Day counting in diary.insights.days: local days, coverage and rates; no database."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings

from diary.insights import (
    AttackRecord,
    DoseRecord,
    FlareRecord,
    acute_medication_days,
    attack_days,
    covered_days,
    daily_series,
    diary_overview,
    diary_start,
    flare_days,
    headache_days,
    migraine_days,
    overuse_medication_days,
    per_30_days,
)
from tests.diary.insights.builders import (
    BERLIN,
    NEW_YORK,
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


PREVENTIVE_ONLY = [
    "cgrp_antibody",
    "beta_blocker",
    "anti_seizure",
    "antidepressant",
    "blood_pressure",
    "calcium_channel_blocker",
    "botulinum_toxin",
    "dmard",
    "biologic",
    "immunosuppressant",
    "ms_therapy",
]


@pytest.mark.parametrize("category", PREVENTIVE_ONLY)
def test_a_preventive_only_kind_saved_to_treat_an_attack_is_never_an_acute_medication_day(
    category,
):
    day = date(2025, 6, 1)
    diary = make_diary(doses=[*doses_on([day], category), *doses_on([day + ONE_DAY], "triptan")])

    assert acute_medication_days(diary) == {day + ONE_DAY: {"triptan"}}
    # The day-by-day layout the charts, tables and report read agrees.
    points = daily_series(diary, start=day, end=day + ONE_DAY, today=TODAY, now=NOW)
    assert [point.acute_medication for point in points] == [False, True]


@pytest.mark.parametrize(
    "category",
    ["triptan", "nsaid", "gepant", "ditan", "antiemetic", "corticosteroid", "other"],
)
def test_an_acute_capable_kind_saved_to_treat_an_attack_is_an_acute_medication_day(category):
    day = date(2025, 6, 1)
    diary = make_diary(doses=doses_on([day], category))

    assert acute_medication_days(diary) == {day: {category}}
    points = daily_series(diary, start=day, end=day, today=TODAY, now=NOW)
    assert [point.acute_medication for point in points] == [True]


def test_it_counts_nsaids_for_joints_and_ditans_towards_overuse_but_never_gepants():
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
        day + ONE_DAY: {"other_acute"},
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


# --- Properties ----------------------------------------------------------------------


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
