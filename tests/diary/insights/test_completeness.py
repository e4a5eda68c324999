"""diary.insights.completeness: recorded days, and when rates and warnings are shown
(shared/CLINICAL.md, "Completeness"), with worked examples at each boundary."""

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings

from diary import charts
from diary.insights import (
    CLINICIAN,
    PATIENT,
    Completeness,
    DoseRecord,
    FlareRecord,
    completeness_text,
    daily_series,
    diary_overview,
    diary_start,
    flare_days,
    headache_days,
    migraine_days,
    period_summary,
    recorded_days,
)
from tests.diary.insights.builders import (
    NOW,
    ONE_DAY,
    PROPERTY_TODAY,
    TODAY,
    checkin,
    days_from,
    diaries,
    headache_on,
    local,
    make_diary,
    migraine_on,
)

PARIS = ZoneInfo("Europe/Paris")


def overview(diary, *, start, end=TODAY, audience=PATIENT):
    return diary_overview(diary, start=start, end=end, today=TODAY, now=NOW, audience=audience)


# --- Recorded days -------------------------------------------------------------------


def test_a_day_is_recorded_when_anything_was_logged_for_it():
    first = date(2025, 6, 1)
    diary = make_diary(
        attacks=[headache_on(first)],  # not a migraine: still recorded
        doses=[DoseRecord(local(date(2025, 6, 3), 8), "nsaid", "acute")],
        checkins=[checkin(date(2025, 6, 5))],
        flares=[FlareRecord("lupus", date(2025, 6, 7), date(2025, 6, 8))],
        headache_free_days=[date(2025, 6, 10)],
    )

    points = daily_series(diary, start=first, end=date(2025, 6, 10), today=TODAY, now=NOW)

    recorded = [point.day.day for point in points if point.recorded]
    assert recorded == [1, 3, 5, 7, 8, 10]
    result = overview(diary, start=first, end=date(2025, 6, 10)).completeness
    assert result == Completeness(days=10, covered_days=10, recorded_days=6)


def test_an_ongoing_flare_records_every_day_up_to_today():
    diary = make_diary(flares=[FlareRecord("lupus", date(2025, 6, 21), None)])

    result = overview(diary, start=date(2025, 6, 21)).completeness

    assert result == Completeness(days=10, covered_days=10, recorded_days=10)


def test_a_no_headache_day_is_recorded_and_never_a_migraine_day():
    day = date(2025, 6, 20)
    diary = make_diary(headache_free_days=[day])

    [point] = daily_series(diary, start=day, end=day, today=TODAY, now=NOW)

    assert point.covered and point.recorded
    assert point.migraine is False and point.headache is False
    assert migraine_days(diary, now=NOW) == set()
    # It starts the diary: the days from it on are covered.
    assert diary_start(diary) == day
    result = overview(diary, start=day)
    assert result.completeness == Completeness(days=11, covered_days=11, recorded_days=1)
    assert "0 migraine days" in result.summary


def test_a_dose_at_local_midnight_records_the_local_day_not_the_day_before_in_utc():
    # 00:00 in Paris on 5 March is 23:00 UTC on 4 March.
    taken = datetime(2025, 3, 5, 0, 0, tzinfo=PARIS)
    assert taken.astimezone(UTC).day == 4
    diary = make_diary(
        doses=[DoseRecord(taken.astimezone(UTC), "triptan", "acute")],
        starts_on=date(2025, 3, 1),
        tz=PARIS,
    )

    points = daily_series(diary, start=date(2025, 3, 3), end=date(2025, 3, 6), today=TODAY, now=NOW)

    assert [point.day.day for point in points if point.recorded] == [5]


def test_an_attack_ending_at_local_midnight_does_not_record_the_next_day():
    attack = migraine_on(date(2025, 3, 4), tz=PARIS)._replace(
        ended_at=datetime(2025, 3, 5, 0, 0, tzinfo=PARIS).astimezone(UTC)
    )
    diary = make_diary(attacks=[attack], tz=PARIS)

    points = daily_series(diary, start=date(2025, 3, 4), end=date(2025, 3, 5), today=TODAY, now=NOW)

    assert [point.recorded for point in points] == [True, False]


def test_days_before_the_diary_began_are_neither_covered_nor_recorded():
    diary = make_diary(starts_on=date(2025, 6, 21))

    result = overview(diary, start=date(2025, 6, 1)).completeness

    assert result == Completeness(days=30, covered_days=10, recorded_days=1)
    assert completeness_text(result, audience=PATIENT) == (
        "You recorded 1 of 10 days, counting from the day your diary began. The counts may "
        "be too low: days you did not record are read as days without migraine."
    )


# --- Rates from 14 covered days --------------------------------------------------------


def diary_covering(days: int):
    """A diary covering the last `days` days to TODAY, each one recorded."""
    first = TODAY - (days - 1) * ONE_DAY
    return make_diary(
        attacks=[migraine_on(first)], headache_free_days=days_from(first + ONE_DAY, days - 1)
    ), first


def test_13_covered_days_are_too_early_for_a_rate():
    diary, first = diary_covering(13)

    result = overview(diary, start=first - 30 * ONE_DAY)

    assert result.completeness.covered_days == 13
    assert result.completeness.rates_shown is False
    assert "per 30 days" not in result.summary.split("Rates")[0]
    assert "Rates per 30 days: too early to say" in result.summary
    report = charts.report_payload(result, _payload(result))
    assert [row["per_30_text"] for row in report["key_numbers"]] == ["too early to say"] * 5
    assert all(row["per_30_days"] is None for row in report["key_numbers"])


def test_14_covered_days_show_the_rate():
    diary, first = diary_covering(14)

    result = overview(diary, start=first - 30 * ONE_DAY)

    assert result.completeness.covered_days == 14
    assert result.completeness.rates_shown is True
    assert "1 migraine day (2.1 per 30 days)" in result.summary
    assert "too early" not in result.summary
    report = charts.report_payload(result, _payload(result))
    assert report["key_numbers"][0]["per_30_text"] == "2.1"


# --- The 80 % warning --------------------------------------------------------------------


def diary_with_recorded(recorded: int, *, covered: int = 100):
    """A diary covering `covered` days to TODAY of which `recorded` are recorded."""
    first = TODAY - (covered - 1) * ONE_DAY
    return make_diary(
        checkins=[checkin(first)], headache_free_days=days_from(first + ONE_DAY, recorded - 1)
    ), first


def test_79_percent_recorded_warns_that_the_counts_may_be_too_low():
    diary, first = diary_with_recorded(79)

    result = overview(diary, start=first).completeness

    assert result == Completeness(days=100, covered_days=100, recorded_days=79)
    assert result.counts_may_be_low is True
    assert completeness_text(result, audience=PATIENT) == (
        "You recorded 79 of 100 days. The counts may be too low: days you did not record "
        "are read as days without migraine."
    )
    assert completeness_text(result, audience=CLINICIAN) == (
        "The patient recorded 79 of 100 days. The counts may be too low: days not recorded "
        "are read as days without migraine."
    )


def test_80_percent_recorded_gives_no_warning():
    diary, first = diary_with_recorded(80)

    result = overview(diary, start=first).completeness

    assert result.counts_may_be_low is False
    assert completeness_text(result, audience=PATIENT) == "You recorded 80 of 100 days."
    assert completeness_text(result, audience=CLINICIAN) == "The patient recorded 80 of 100 days."


def test_the_warning_is_on_covered_days_in_whole_numbers():
    # 4 of 5 is exactly 80 %: no warning; 3 of 4 is 75 %: a warning.
    assert not Completeness(days=9, covered_days=5, recorded_days=4).counts_may_be_low
    assert Completeness(days=9, covered_days=4, recorded_days=3).counts_may_be_low
    assert not Completeness(days=9, covered_days=0, recorded_days=0).counts_may_be_low


def test_the_words_for_an_empty_period():
    empty = Completeness(days=30, covered_days=0, recorded_days=0)

    assert completeness_text(empty, audience=PATIENT) == (
        "Your diary does not cover any day of this period yet."
    )
    assert completeness_text(empty, audience=CLINICIAN) == (
        "The patient's diary does not cover any day of this period yet."
    )
    assert completeness_text(empty, audience=CLINICIAN, name="Alice") == (
        "Alice's diary does not cover any day of this period yet."
    )


def test_the_period_summary_speaks_to_its_reader():
    diary, first = diary_covering(20)
    kwargs = {"start": first, "end": TODAY, "today": TODAY, "now": NOW}

    assert "you logged 1 migraine day" in period_summary(diary, **kwargs)
    clinician = period_summary(diary, **kwargs, audience=CLINICIAN)
    assert "the patient logged 1 migraine day" in clinician
    assert "you" not in clinician.lower()
    named = period_summary(diary, **kwargs, audience=CLINICIAN, name="Alice")
    assert "Alice logged 1 migraine day" in named


def _payload(result):
    return charts.timeline_payload(
        result, today=TODAY, diary_start=result.diary_start, condition_names={}
    )


def test_recorded_days_lists_the_days_the_patient_logged_anything_for():
    diary = make_diary(
        attacks=[migraine_on(date(2025, 6, 20))],
        headache_free_days=[date(2025, 6, 22)],
        checkins=[checkin(date(2025, 6, 25))],
    )

    assert recorded_days(diary, today=TODAY, now=NOW) == {
        date(2025, 6, 20),
        date(2025, 6, 22),
        date(2025, 6, 25),
    }


@settings(max_examples=60, deadline=None)
@given(diaries())
def test_recorded_days_are_every_day_anything_was_logged_for(diary_and_now):
    diary, now = diary_and_now
    today = PROPERTY_TODAY
    first = diary_start(diary)
    expected = {
        *headache_days(diary, now=now),
        *(dose.taken_at.astimezone(diary.tz).date() for dose in diary.doses),
        *flare_days(diary, today=today),
        *(record.day for record in diary.checkins),
        *diary.headache_free_days,
    }
    expected = {day for day in expected if first is not None and first <= day <= today}

    assert recorded_days(diary, today=today, now=now) == expected
    # "No headache" never makes a migraine day: the same diary without them has the same.
    without = replace(diary, headache_free_days=())
    assert migraine_days(diary, now=now) == migraine_days(without, now=now)
