"""Every alert, and the words beside the charts, in both voices: to the patient in the
second person with the advice to talk to their clinician; to a clinician about the patient
by name, with no advice meant for the patient."""

import re
from datetime import date, timedelta

import pytest

from diary.insights import (
    CLINICIAN,
    PATIENT,
    Alert,
    DoseRecord,
    FlareRecord,
    chronic_migraine_alert,
    current_alerts,
    flare_linkage,
    linkage_summary,
    medication_overuse_alert,
    medication_overuse_warning,
    triptan_caution,
    triptan_gap_note,
    vessel_caution_text,
)
from tests.diary.insights.builders import (
    DIARY_BEGAN,
    NOW,
    TODAY,
    WINDOW_STARTS,
    days_from,
    doses_on,
    first_days_of_each_window,
    headache_on,
    make_diary,
    migraine_on,
)

SECOND_PERSON = re.compile(r"\b(you|your|you're|yourself|yours)\b", re.IGNORECASE)
# Advice only the patient should read.
ADVICE = re.compile(r"discuss this|ask your|don't stop|worth raising", re.IGNORECASE)

LUPUS = "Systemic lupus erythematosus"


def both_voices(make) -> tuple[Alert, Alert, Alert]:
    """The alert for the patient, for a clinician reading about Alice, and for one reading
    about a patient who gave no name."""
    return (
        make(audience=PATIENT, name=""),
        make(audience=CLINICIAN, name="Alice"),
        make(audience=CLINICIAN, name=""),
    )


def overuse_with_headache(**voice) -> Alert | None:
    attacks = [headache_on(day) for day in first_days_of_each_window(15)]
    diary = make_diary(
        attacks=attacks,
        doses=doses_on(first_days_of_each_window(10), "triptan"),
        starts_on=DIARY_BEGAN,
    )
    return medication_overuse_alert(diary, today=TODAY, now=NOW, **voice)


def overuse_medicine_days_alone(**voice) -> Alert | None:
    diary = make_diary(
        doses=doses_on(first_days_of_each_window(15), "nsaid", purpose="disease_modifying"),
        starts_on=DIARY_BEGAN,
    )
    return medication_overuse_alert(diary, today=TODAY, **voice)


def overuse_warning(**voice) -> Alert | None:
    diary = make_diary(
        doses=doses_on(days_from(WINDOW_STARTS[2], 12), "nsaid", purpose="disease_modifying")
    )
    return medication_overuse_warning(diary, today=TODAY, **voice)


def chronic_pattern(**voice) -> Alert | None:
    attacks = [migraine_on(day) for day in first_days_of_each_window(15)]
    diary = make_diary(attacks=attacks, starts_on=DIARY_BEGAN)
    return chronic_migraine_alert(diary, today=TODAY, now=NOW, **voice)


def caution(**voice) -> Alert | None:
    diary = make_diary(doses=doses_on([TODAY], "triptan"), vessel_reasons=(LUPUS,))
    return triptan_caution(diary, today=TODAY, **voice)


def gap_note(**voice) -> Alert | None:
    first = NOW - timedelta(days=3)
    doses = [
        DoseRecord(first, "ergot", "acute", 1),
        DoseRecord(first + timedelta(hours=5), "triptan", "acute", 2),
    ]
    return triptan_gap_note(make_diary(doses=doses), today=TODAY, **voice)


ALERTS = [
    overuse_with_headache,
    overuse_medicine_days_alone,
    overuse_warning,
    chronic_pattern,
    caution,
    gap_note,
]


@pytest.mark.parametrize("make", ALERTS, ids=lambda make: make.__name__)
def test_each_alert_speaks_to_the_patient_and_about_them_to_a_clinician(make):
    patient, named, unnamed = both_voices(make)

    assert SECOND_PERSON.search(patient.message)
    assert ADVICE.search(patient.message)
    for clinician in (named, unnamed):
        assert not SECOND_PERSON.search(clinician.message), clinician.message
        assert not ADVICE.search(clinician.message), clinician.message
        # The same alert, the same figures: only the words differ.
        assert (clinician.kind, clinician.title, clinician.windows) == (
            patient.kind,
            patient.title,
            patient.windows,
        )
    assert "Alice" in named.message
    assert "the patient" in unnamed.message.lower()


def test_the_overuse_alert_names_whose_diary_and_headache_days_it_reads():
    assert (
        "the pattern in Alice's diary matches what ICHD-3 calls"
        in overuse_with_headache(audience=CLINICIAN, name="Alice").message
    )
    alone = overuse_medicine_days_alone(audience=CLINICIAN, name="Alice").message
    assert "Alice logged headache on 0, 0 and 0 days" in alone
    assert "Alice's headache days were below 15" in alone
    assert (
        "NSAIDs taken for the joints count too"
        in overuse_warning(audience=CLINICIAN, name="Alice").message
    )


def test_the_vessel_caution_gives_a_clinician_the_reason_without_the_advice():
    assert vessel_caution_text((LUPUS,), audience=CLINICIAN, name="Alice") == (
        "Triptans and ergots act on blood vessels, and they may not suit everyone with "
        f"{LUPUS}, which Alice has told Overlap about."
    )
    assert "discuss this with your clinician" in vessel_caution_text((LUPUS,))


def test_the_current_alerts_are_all_in_the_clinicians_voice():
    attacks = [migraine_on(day) for day in first_days_of_each_window(15)]
    diary = make_diary(
        attacks=attacks,
        doses=doses_on(first_days_of_each_window(10), "triptan"),
        starts_on=DIARY_BEGAN,
        vessel_reasons=(LUPUS,),
    )

    alerts = current_alerts(diary, today=TODAY, now=NOW, audience=CLINICIAN, name="Alice")

    assert [alert.kind for alert in alerts] == [
        "medication_overuse",
        "chronic_migraine",
        "triptan_caution",
    ]
    assert not any(SECOND_PERSON.search(alert.message) for alert in alerts)


def test_the_linkage_summary_names_the_patient_for_a_clinician():
    start = date(2025, 1, 1)
    flares = [
        FlareRecord("lupus", started, started + timedelta(days=4))
        for started in (date(2025, 2, 1), date(2025, 4, 1), date(2025, 6, 1))
    ]
    attacks = [migraine_on(start + timedelta(days=offset)) for offset in range(0, 180, 3)]
    diary = make_diary(attacks=attacks, flares=flares, starts_on=start)
    linkage = flare_linkage(diary, start=start, end=TODAY, today=TODAY, now=NOW)

    assert linkage.enough_data
    assert "you had" in linkage_summary(linkage)
    named = linkage_summary(linkage, audience=CLINICIAN, name="Alice")
    assert "Alice had" in named
    assert not SECOND_PERSON.search(named)
