"""Treatment response (CLINICAL.md): a preventive's 28-day baseline against each complete
28-day window after its start, over recorded days only, with the 50 % responder threshold."""

from datetime import timedelta

import pytest

from diary.insights.completeness import CLINICIAN
from diary.insights.response import (
    Preventive,
    response_rows,
    response_summary,
    signed_percent,
    treatment_responses,
    within,
)
from tests.diary.insights.builders import (
    NOW,
    TODAY,
    days_from,
    doses_on,
    headache_on,
    make_diary,
    migraine_on,
)

STARTED = TODAY - timedelta(days=57)  # two complete windows after it, to yesterday
BASELINE = days_from(STARTED - timedelta(days=28), 28)
FIRST_WINDOW = days_from(STARTED, 28)
SECOND_WINDOW = days_from(STARTED + timedelta(days=28), 28)


PROPRANOLOL = (Preventive("Propranolol", STARTED),)


def response(migraine_days, recorded, preventives=PROPRANOLOL, *, starts_on=None, **records):
    diary = make_diary(
        attacks=[migraine_on(day) for day in migraine_days] + records.pop("attacks", []),
        starts_on=starts_on,
        **records,
    )
    return treatment_responses(diary, preventives, recorded=set(recorded), today=TODAY, now=NOW)


def test_a_halving_of_migraine_days_reaches_the_threshold():
    migraines = BASELINE[:10] + FIRST_WINDOW[:5] + SECOND_WINDOW[:6]

    (result,) = response(migraines, BASELINE + FIRST_WINDOW + SECOND_WINDOW)

    assert result.has_baseline
    assert result.baseline.migraine_days == 10
    first, second = result.windows
    assert (first.window.start, first.window.end) == (STARTED, STARTED + timedelta(days=27))
    assert first.migraine_change == pytest.approx(-50)
    assert first.responder is True
    assert second.migraine_change == pytest.approx(-40)
    assert second.responder is False


def test_a_49_percent_reduction_does_not():
    # Baseline: 25 migraine days in 28 recorded (25 per 28); the window: 10 in 22 recorded
    # days, 12.7 per 28 recorded days, 49.1 % fewer.
    migraines = BASELINE[:25] + FIRST_WINDOW[:10]

    (result,) = response(migraines, BASELINE + FIRST_WINDOW[:22] + SECOND_WINDOW)

    first = result.windows[0]
    assert first.window.recorded_days == 22
    assert first.migraine_change == pytest.approx(-49.09, abs=0.01)
    assert first.responder is False
    assert "down 49 %" in response_summary(result)
    assert "short of a 50 % reduction" in response_summary(result)


def test_unrecorded_days_are_left_out_not_counted_as_free_of_migraine():
    # The same 5 migraine days, but only 14 days of the window recorded: 10 per 28.
    migraines = BASELINE[:10] + FIRST_WINDOW[:5]

    (result,) = response(migraines, BASELINE + FIRST_WINDOW[:14])

    first = result.windows[0]
    assert first.window.recorded_days == 14
    assert first.migraine_change == pytest.approx(0)
    assert first.responder is False


def test_a_window_with_13_recorded_days_is_not_compared():
    (result,) = response(BASELINE[:10], BASELINE + FIRST_WINDOW[:13])

    first = result.windows[0]
    assert first.migraine_change is None
    assert first.responder is False
    assert "13 days recorded: too few to compare" in response_summary(result)


def test_a_preventive_started_less_than_28_days_after_the_diary_began_has_no_baseline():
    # The diary began 20 days before the start, every day recorded: more than the 14
    # recorded days a window needs, but the baseline is incomplete, so there is no verdict.
    began = STARTED - timedelta(days=20)
    recorded = days_from(began, 20) + FIRST_WINDOW

    (result,) = response([began, began + timedelta(days=1)], recorded)

    assert result.baseline.recorded_days == 20
    assert result.baseline.covered_days == 20
    assert not result.baseline_complete
    assert not result.has_baseline
    assert all(change.migraine_change is None for change in result.windows)
    assert all(not change.responder for change in result.windows)
    summary = response_summary(result)
    assert "the baseline is incomplete" in summary
    assert f"your diary began on {began.day} " in summary
    assert "only 20 days before it" in summary
    assert "there is no verdict" in summary
    assert "reaching" not in summary and "short of" not in summary
    rows = response_rows(result)
    assert rows[0]["verdict"] == "Incomplete: the diary began inside it"
    assert rows[1]["verdict"] == "No verdict: no complete baseline"


def test_a_complete_baseline_with_few_recorded_days_has_no_baseline():
    (result,) = response(BASELINE[:3], BASELINE[:10] + FIRST_WINDOW)

    assert result.baseline_complete
    assert not result.has_baseline
    assert "recorded only 10 days of the 28 days before it" in response_summary(result)
    assert response_rows(result)[0]["verdict"] == "Too few recorded days"


def test_two_preventives_overlapping_are_each_compared_and_named():
    second_start = STARTED + timedelta(days=30)
    preventives = [Preventive("Propranolol", STARTED), Preventive("Erenumab", second_start)]

    first, second = response(BASELINE[:10], BASELINE + FIRST_WINDOW, preventives)

    assert first.preventive.name == "Propranolol"
    assert [other.name for other in first.overlapping] == ["Erenumab"]
    assert second.overlapping == ()  # propranolol began before its baseline did
    summary = response_summary(first)
    assert "Erenumab was also started" in summary
    assert "the windows of the two medicines overlap" in summary
    assert "cannot be attributed to Propranolol alone" in summary
    # Only the window Erenumab was started in (days 29 to 56) is marked.
    first_window, second_window = first.windows
    assert first_window.overlapping == ()
    assert second_window.overlapping == ("Erenumab",)
    assert response_rows(first)[2]["verdict"].endswith("(with Erenumab also started)")


def test_the_first_window_not_yet_complete_is_said():
    started = TODAY - timedelta(days=20)
    recorded = days_from(started - timedelta(days=28), 49)

    (result,) = response(recorded[:3], recorded, [Preventive("Topiramate", started)])

    assert result.has_baseline
    assert result.windows == ()
    assert "No complete 28-day window after the start" in response_summary(result)


def test_the_words_speak_to_the_patient_or_about_them():
    (result,) = response(BASELINE[:10] + FIRST_WINDOW[:5], BASELINE + FIRST_WINDOW)

    for_patient = response_summary(result)
    for_clinician = response_summary(result, audience=CLINICIAN, name="Alex")

    assert "you recorded 28 days" in for_patient
    assert "for you and your clinician to decide" in for_patient
    assert "Alex recorded 28 days" in for_clinician
    assert " you" not in for_clinician.lower()
    assert "International Headache Society" in for_clinician
    assert "reaching the 50 % reduction" in for_clinician


def test_only_complete_windows_up_to_today_are_compared():
    (result,) = response(BASELINE[:1], BASELINE + FIRST_WINDOW + SECOND_WINDOW)

    assert [change.window.end for change in result.windows] == [
        STARTED + timedelta(days=27),
        STARTED + timedelta(days=55),
    ]
    assert [change.window.recorded_days for change in result.windows] == [28, 28]


def test_headache_and_acute_medication_days_are_compared_too():
    diary_records = {
        "attacks": [headache_on(day) for day in BASELINE[10:14]],
        "doses": doses_on(BASELINE[:8] + FIRST_WINDOW[:2], "triptan"),
    }

    (result,) = response(BASELINE[:10] + FIRST_WINDOW[:4], BASELINE + FIRST_WINDOW, **diary_records)

    assert result.baseline.headache_days == 14
    assert result.baseline.acute_medication_days == 8
    first = result.windows[0]
    assert first.migraine_change == pytest.approx(-60)
    assert first.headache_change == pytest.approx(-100 * 10 / 14)
    assert first.acute_medication_change == pytest.approx(-75)
    row = response_rows(result)[1]
    assert (row["migraine"], row["headache"], row["acute"]) == ("4", "4", "2")
    assert (row["migraine_change"], row["headache_change"], row["acute_change"]) == (
        "down 60 %",
        "down 71 %",
        "down 75 %",
    )
    assert row["verdict"] == "Reached"


def test_a_window_with_gaps_shows_its_rate_and_its_count():
    (result,) = response(BASELINE[:25] + FIRST_WINDOW[:10], BASELINE + FIRST_WINDOW[:22])

    row = response_rows(result)[1]
    assert row["recorded"] == "22 of 28"
    assert row["migraine"] == "12.7 (10 in 22)"
    assert row["migraine_change"] == "down 49 %"
    assert row["verdict"] == "Not reached"


def test_percentages_are_cut_towards_zero_so_49_6_is_never_50():
    assert signed_percent(-49.6) == "down 49 %"
    assert signed_percent(-50.0) == "down 50 %"
    assert signed_percent(12.9) == "up 12 %"
    assert signed_percent(-0.4) == "no change"


def test_a_start_from_the_first_dose_says_so():
    preventive = Preventive("Topiramate", STARTED, from_first_dose=True)

    (result,) = response(BASELINE[:10], BASELINE + FIRST_WINDOW, [preventive])

    assert "first dose logged on" in response_summary(result)
    assert "you gave no start date, so that day is used" in response_summary(result)
    assert "no start date was given" in response_summary(result, audience=CLINICIAN, name="Alex")


def test_windows_before_the_period_shown_are_counted_not_listed():
    (result,) = response(BASELINE[:10], BASELINE + FIRST_WINDOW + SECOND_WINDOW)

    shown = within(result, start=SECOND_WINDOW[0], end=TODAY)

    assert [change.window.start for change in shown.windows] == [SECOND_WINDOW[0]]
    assert shown.earlier_windows == 1
    assert "1 earlier 28-day window falls before this period" in response_summary(shown)


def test_recorded_days_default_to_the_diarys_own():
    diary = make_diary(attacks=[migraine_on(day) for day in BASELINE[:10] + FIRST_WINDOW[:5]])

    (result,) = treatment_responses(diary, PROPRANOLOL, today=TODAY, now=NOW)

    # Only the 15 days with a migraine are recorded: the baseline has 10, the window 5.
    assert result.baseline.recorded_days == 10
    assert result.windows[0].window.recorded_days == 5
