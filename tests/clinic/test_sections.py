"""The clinic and a share's sections: the list's summaries and reasons, in the same number of
queries whatever the sections; the visit pack, read through the share, recorded, and a 404
for an appointment that is not the patient's."""

import pytest
from django.urls import reverse

from accounts.models import AccessEvent, Section
from diary.models import Appointment, Flare, Medication, MedicationDose
from tests.clinic.test_patient_list import (
    LIST_URL,
    at_ten,
    list_queries,
    local_day,
    log_migraines,
    log_quiet_days,
    sharing_patients,
)
from tests.conftest import give_totp, make_clinician, make_patient, make_share


@pytest.fixture
def clinician_client(client, clinician):
    client.force_login(clinician)
    return client


@pytest.fixture
def clinician(db):
    user = make_clinician("gwen@example.com", "Dr Gwen")
    give_totp(user)
    return user


def only(share, *sections) -> None:
    share.set_sections(frozenset(sections))
    share.save()


def test_the_list_shows_and_ranks_only_by_the_sections_shared(clinician_client, clinician, lupus):
    rising_and_flaring = make_patient("dee@example.com", display_name="Dee")
    share = make_share(rising_and_flaring, clinician)
    log_quiet_days(rising_and_flaring, list(range(0, 70)))
    # Coverage comes from the sections shared: migraine alone covers from the first attack.
    log_migraines(rising_and_flaring, [1, 3, 5, 7, 40, 65])
    Flare.objects.create(
        owner=rising_and_flaring, condition=lupus, started_on=local_day(rising_and_flaring, 4)
    )

    only(share, Section.FLARES)
    flares = clinician_client.get(LIST_URL)
    only(share, Section.MIGRAINE)
    migraine = clinician_client.get(LIST_URL)
    only(share, Section.NOTES)
    notes = clinician_client.get(LIST_URL)

    assert flares.context["patients"][0]["reasons"] == [f"Ongoing flare: {lupus.name}."]
    assert "Migraine days, last 30 days" not in flares.content.decode()
    assert migraine.context["patients"][0]["reasons"] == [
        "Migraine days rising: 4 days in the last 30 days against 1 day in the 30 days before."
    ]
    assert "Ongoing flare" not in migraine.content.decode()
    assert notes.context["patients"][0]["reasons"] == []
    assert "Ongoing flare" not in notes.content.decode()


def test_an_alert_of_a_section_not_shared_is_not_a_reason(clinician_client, clinician, alice):
    share = make_share(alice, clinician)
    # Alice has lupus: one triptan is an alert, about medicines.
    triptan = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    MedicationDose.objects.create(medication=triptan, taken_at=at_ten(alice, 10))
    only(share, Section.MIGRAINE, Section.FLARES, Section.CHECKINS, Section.NOTES)

    row = clinician_client.get(LIST_URL).context["patients"][0]

    assert row["alerts"] == []
    assert not any(reason.startswith("Alert") for reason in row["reasons"])
    assert "triptan" not in clinician_client.get(LIST_URL).content.decode().lower()


def test_the_list_takes_the_same_queries_for_1_10_and_100_patients_of_mixed_sections(
    clinician_client, clinician, lupus
):
    choices = [
        (Section.MIGRAINE,),
        (Section.FLARES, Section.MEDICINES),
        (Section.CHECKINS, Section.NOTES),
        tuple(Section),
    ]
    counts = {}
    shown = 0
    clinician_client.get(LIST_URL)
    for size in (1, 10, 100):
        added = sharing_patients(clinician, size - shown, prefix=f"p{size}x")
        for number, patient in enumerate(added, start=shown):
            only(patient.shares_given.get(), *choices[number % len(choices)])
        shown = size
        Flare.objects.create(owner=added[0], condition=lupus, started_on=local_day(added[0], 3))
        list_queries(clinician_client)
        counts[size] = list_queries(clinician_client)

    # One patient shares migraine alone: the queries of the other sections are not made.
    assert counts[1] <= counts[10] == counts[100], counts
    assert counts[100] <= 12


def test_the_clinician_reads_a_visit_pack_through_the_share(clinician_client, clinician, alice):
    share = make_share(alice, clinician)
    appointment = Appointment.objects.create(
        owner=alice, day=local_day(alice, 0), specialty="neurology", questions=["Why 4471?"]
    )
    url = reverse("clinic:visit-pack", args=[alice.uuid, appointment.pk])

    with_notes = clinician_client.get(url)
    only(share, Section.MIGRAINE)
    without_notes = clinician_client.get(url)

    assert with_notes.status_code == without_notes.status_code == 200
    assert "Visit pack for Alice" in with_notes.content.decode()
    assert "Why 4471?" not in with_notes.content.decode()  # the share had no notes
    assert "Why 4471?" not in without_notes.content.decode()
    only(share, Section.NOTES)
    assert "Why 4471?" in clinician_client.get(url).content.decode()
    assert AccessEvent.objects.filter(patient=alice, what="visit-pack").count() == 3
    timeline = clinician_client.get(reverse("clinic:timeline", args=[alice.uuid]))
    assert f'href="{url}"' in timeline.content.decode()


def test_another_patients_appointment_is_a_404_and_leaves_no_trace(
    clinician_client, clinician, alice, charlie
):
    make_share(alice, clinician)
    theirs = Appointment.objects.create(
        owner=charlie, day=local_day(charlie, 0), specialty="neurology"
    )

    response = clinician_client.get(reverse("clinic:visit-pack", args=[alice.uuid, theirs.pk]))

    assert response.status_code == 404
    assert not AccessEvent.objects.exists()
