"""The alerts of diary.insights.alerts: medication overuse, chronic migraine, triptans."""

from datetime import date

import pytest

from diary.insights import (
    Diary,
    chronic_migraine_alert,
    current_alerts,
    medication_overuse_alert,
    medication_overuse_warning,
    triptan_caution,
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
