"""The alerts of diary.insights.alerts: medication overuse, chronic migraine, triptans."""

from datetime import date, timedelta

import pytest

from diary.insights import (
    GEPANTS_NOT_COUNTED,
    Diary,
    DoseRecord,
    acute_medication_days,
    chronic_migraine_alert,
    current_alerts,
    medication_overuse_alert,
    medication_overuse_warning,
    overuse_medication_days,
    triptan_caution,
    triptan_gap_note,
)
from tests.diary.insights.builders import (
    DIARY_BEGAN,
    NOW,
    ONE_DAY,
    TODAY,
    WINDOW_STARTS,
    days_from,
    doses_on,
    first_days_of_each_window,
    headache_on,
    make_diary,
    migraine_on,
)

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
        assert alert.education_slug == "medication-overuse-headache"
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


@pytest.mark.parametrize(("days", "alerted"), [(9, False), (10, True), (11, True)])
def test_it_alerts_on_ten_days_a_month_of_lasmiditan_as_other_medication(days, alerted):
    # ICHD-3 8.2.8: any other acute medicine on >= 10 days a month for more than 3 months.
    diary = make_diary(
        doses=doses_on(first_days_of_each_window(days), "ditan"), starts_on=DIARY_BEGAN
    )

    alert = medication_overuse_alert(diary, today=TODAY)

    assert (alert is not None) is alerted
    if alert:
        assert [window.counts["other_acute"] for window in alert.windows] == [days] * 3
        assert [window.reasons for window in alert.windows] == [("other_acute",)] * 3
        assert f"other acute medicines (ditans such as lasmiditan) on {days} days" in (
            alert.message
        )
        assert "a ditan (lasmiditan) on 10 or more days a month" in alert.message
        assert alert.education_slug == "medication-overuse-headache"


@pytest.mark.parametrize(("months", "alerted"), [(2, False), (3, True), (4, True)])
def test_it_alerts_on_lasmiditan_only_after_three_months(months, alerted):
    # Ten days of lasmiditan in each of the last `months` 30-day windows, the diary
    # beginning with the first of them: "more than 3 months" is all three 30-day windows
    # ending today, with the diary covering all 90 days.
    first = TODAY - ONE_DAY * (30 * months - 1)
    days = [day for month in range(months) for day in days_from(first + ONE_DAY * 30 * month, 10)]
    diary = make_diary(doses=doses_on(days, "ditan"), starts_on=first)

    alert = medication_overuse_alert(diary, today=TODAY)
    warning = medication_overuse_warning(diary, today=TODAY)

    assert (alert is not None) is alerted
    # Short of three months, the last 30 days still earn the early warning.
    assert (warning is not None) is not alerted
    if warning:
        assert "other acute medicines (ditans such as lasmiditan) on 10 days" in warning.message


@pytest.mark.parametrize(("days", "warned"), [(7, False), (8, True), (9, True)])
def test_it_warns_early_at_eight_days_of_lasmiditan_in_the_last_thirty(days, warned):
    diary = make_diary(doses=doses_on(days_from(WINDOW_STARTS[2], days), "ditan"))

    warning = medication_overuse_warning(diary, today=TODAY)

    assert (warning is not None) is warned
    if warning:
        assert warning.education_slug == "medication-overuse-headache"


def test_it_counts_lasmiditan_with_another_class_as_several_classes_together():
    ditan = doses_on(first_days_of_each_window(5), "ditan")
    triptan = doses_on(first_days_of_each_window(5, skip=5), "triptan")
    diary = make_diary(doses=[*ditan, *triptan], starts_on=DIARY_BEGAN)

    alert = medication_overuse_alert(diary, today=TODAY)

    assert [window.reasons for window in alert.windows] == [("multiple_classes",)] * 3


def test_a_gepant_on_fifteen_days_is_an_acute_medication_day_but_never_overuse():
    days = first_days_of_each_window(15)
    diary = make_diary(doses=doses_on(days, "gepant"), starts_on=DIARY_BEGAN)

    assert set(acute_medication_days(diary)) == set(days)
    assert overuse_medication_days(diary) == {}
    assert medication_overuse_alert(diary, today=TODAY) is None
    assert medication_overuse_warning(diary, today=TODAY) is None
    assert current_alerts(diary, today=TODAY, now=NOW) == []


@pytest.mark.parametrize(
    "category",
    [
        "cgrp_antibody",
        "beta_blocker",
        "anti_seizure",
        "antidepressant",
        "blood_pressure",
        "calcium_channel_blocker",
        "botulinum_toxin",
        "ms_therapy",
    ],
)
def test_a_preventive_taken_every_day_and_saved_to_treat_an_attack_is_never_overuse(category):
    days = first_days_of_each_window(30)
    diary = make_diary(doses=doses_on(days, category), starts_on=DIARY_BEGAN)

    assert acute_medication_days(diary) == {}
    assert overuse_medication_days(diary) == {}
    assert medication_overuse_alert(diary, today=TODAY) is None
    assert medication_overuse_warning(diary, today=TODAY) is None


def test_the_overuse_alert_and_warning_say_plainly_that_gepants_are_not_counted():
    gepants = doses_on(first_days_of_each_window(15, skip=10), "gepant")
    triptans = doses_on(first_days_of_each_window(10), "triptan")
    alert = medication_overuse_alert(
        make_diary(doses=[*triptans, *gepants], starts_on=DIARY_BEGAN), today=TODAY
    )
    warning = medication_overuse_warning(
        make_diary(doses=[*doses_on(days_from(WINDOW_STARTS[2], 8), "triptan"), *gepants]),
        today=TODAY,
    )

    assert [window.counts["combined"] for window in alert.windows] == [10] * 3
    for note in (alert, warning):
        assert GEPANTS_NOT_COUNTED in note.message
        assert "have not shown that gepants cause medication-overuse headache" in note.message


@pytest.mark.parametrize(("headache", "both_criteria"), [(14, False), (15, True), (16, True)])
def test_the_overuse_alert_shows_the_headache_days_and_which_criteria_are_met(
    headache, both_criteria
):
    # Triptans on 10 days of each window (at the threshold) and headache on `headache` days
    # of each window, the first of them with a migraine.
    attacks = [migraine_on(day) for day in first_days_of_each_window(1)]
    attacks += [headache_on(day) for day in first_days_of_each_window(headache - 1, skip=1)]
    diary = make_diary(
        attacks=attacks,
        doses=doses_on(first_days_of_each_window(10), "triptan"),
        starts_on=DIARY_BEGAN,
    )

    alert = medication_overuse_alert(diary, today=TODAY, now=NOW)

    assert [window.counts["headache_days"] for window in alert.windows] == [headache] * 3
    assert [window.counts["triptan"] for window in alert.windows] == [10] * 3
    assert f"you logged headache on {headache}, {headache} and {headache} days" in alert.message
    matches = "the pattern in your diary matches what ICHD-3 calls medication-overuse headache"
    alone = "this is about the medicine days alone: they are at the threshold"
    assert (matches in alert.message) is both_criteria
    assert (alone in alert.message) is not both_criteria
    # Neither wording reads as a diagnosis.
    assert "not a diagnosis" in alert.message
    assert "discuss this with your clinician" in alert.message
    assert "you have medication-overuse headache" not in alert.message.lower()
    if both_criteria:
        assert "Only your clinician can say whether that is what is happening" in alert.message
    else:
        assert "can itself make headaches more frequent" in alert.message
    # current_alerts gives the same alert from its shared layout of the diary.
    assert current_alerts(diary, today=TODAY, now=NOW)[0] == alert


def test_the_overuse_alert_needs_fifteen_headache_days_in_every_window_for_both_criteria():
    counts = [15, 14, 15]
    attacks = [
        headache_on(day)
        for start, count in zip(WINDOW_STARTS, counts, strict=True)
        for day in days_from(start, count)
    ]
    diary = make_diary(
        attacks=attacks,
        doses=doses_on(first_days_of_each_window(10), "triptan"),
        starts_on=DIARY_BEGAN,
    )

    alert = medication_overuse_alert(diary, today=TODAY, now=NOW)

    assert [window.counts["headache_days"] for window in alert.windows] == counts
    assert "matches what ICHD-3 calls medication-overuse headache" not in alert.message
    assert "the medicine days alone" in alert.message


def test_the_overuse_alert_without_headache_days_says_the_medicine_days_are_at_the_threshold():
    # An NSAID for the joints on 15 days a month and no headache logged.
    diary = make_diary(
        doses=doses_on(first_days_of_each_window(15), "nsaid", purpose="disease_modifying"),
        starts_on=DIARY_BEGAN,
    )

    alert = medication_overuse_alert(diary, today=TODAY)

    assert [window.counts["headache_days"] for window in alert.windows] == [0] * 3
    assert "you logged headache on 0, 0 and 0 days" in alert.message
    assert "the medicine days alone: they are at the threshold" in alert.message


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
        assert warning.education_slug == "medication-overuse-headache"


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
        assert alert.education_slug == "chronic-migraine"
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


# --- A triptan within 24 hours of an ergot or a different triptan ----------------------

FIRST_DOSE = NOW - timedelta(days=3)


def dose(hours_after_first: int, category: str, medication: int) -> DoseRecord:
    taken_at = FIRST_DOSE + timedelta(hours=hours_after_first)
    return DoseRecord(taken_at, category, "acute", medication)


@pytest.mark.parametrize(("hours", "noted"), [(23, True), (25, False)])
def test_a_triptan_after_an_ergot_is_noted_within_24_hours_only(hours, noted):
    diary = make_diary(doses=[dose(0, "ergot", 1), dose(hours, "triptan", 2)])

    note = triptan_gap_note(diary, today=TODAY)

    assert (note is not None) is noted
    if note:
        assert note.kind == "triptan_gap"
        assert "a triptan and an ergot less than 24 hours apart" in note.message
        assert "On 28 June 2025" in note.message  # the day of the later dose
        assert note.education_slug == "medication-caution"


@pytest.mark.parametrize(("hours", "noted"), [(23, True), (25, False)])
def test_an_ergot_after_a_triptan_is_noted_too(hours, noted):
    diary = make_diary(doses=[dose(0, "triptan", 1), dose(hours, "ergot", 2)])

    assert (triptan_gap_note(diary, today=TODAY) is not None) is noted


def test_two_different_triptans_are_noted_but_a_second_dose_of_the_same_one_is_not():
    different = make_diary(doses=[dose(0, "triptan", 1), dose(23, "triptan", 2)])
    same = make_diary(doses=[dose(0, "triptan", 1), dose(2, "triptan", 1)])
    two_ergot_doses = make_diary(doses=[dose(0, "ergot", 1), dose(2, "ergot", 1)])

    note = triptan_gap_note(different, today=TODAY)

    assert note is not None
    assert "two different triptans less than 24 hours apart" in note.message
    assert triptan_gap_note(same, today=TODAY) is None
    assert triptan_gap_note(two_ergot_doses, today=TODAY) is None


def test_the_gap_note_is_for_everyone_and_joins_the_current_alerts():
    diary = make_diary(doses=[dose(0, "ergot", 1), dose(23, "triptan", 2)])

    assert not diary.vessel_reasons
    assert [alert.kind for alert in current_alerts(diary, today=TODAY, now=NOW)] == ["triptan_gap"]


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
