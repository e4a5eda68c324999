import datetime

import pytest
from django.utils import timezone

from diary.models import Medication, MedicationDose


def medication_data(**overrides) -> dict:
    data = {
        "name": "Ibuprofen",
        "category": "nsaid",
        "purpose": "acute",
        "usual_amount": "400 mg",
    }
    data.update(overrides)
    return data


def now_input() -> str:
    return timezone.localtime().strftime("%Y-%m-%dT%H:%M")


# --- Medications ---------------------------------------------------------------------


def test_it_adds_a_medication(alice_client, alice):
    response = alice_client.post("/diary/medications/", medication_data())

    medication = Medication.objects.get()
    assert response.status_code == 302
    assert medication.owner == alice
    assert medication.category == "nsaid"
    assert medication.purpose == "acute"


def test_it_lists_only_the_patients_medications(charlie_client, sumatriptan):
    response = charlie_client.get("/diary/medications/")

    assert b"Sumatriptan" not in response.content


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": "Ibu\x00"}, "name"),
        ({"category": "magic"}, "category"),
        ({"purpose": "fun"}, "purpose"),
        ({"name": "sumatriptan"}, "name"),
    ],
)
def test_it_shows_the_medication_form_again_for_invalid_input(
    alice_client, sumatriptan, overrides, field
):
    response = alice_client.post("/diary/medications/", medication_data(**overrides))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert Medication.objects.count() == 1


def test_it_edits_a_medication(alice_client, sumatriptan):
    response = alice_client.post(
        f"/diary/medications/{sumatriptan.pk}/edit/",
        medication_data(name="Sumatriptan", category="triptan", usual_amount="100 mg"),
    )

    sumatriptan.refresh_from_db()
    assert response.status_code == 302
    assert sumatriptan.usual_amount == "100 mg"


def test_it_deletes_a_medication_and_its_doses_after_confirmation(alice_client, sumatriptan, dose):
    confirm = alice_client.get(f"/diary/medications/{sumatriptan.pk}/delete/")
    assert b"1 dose" in confirm.content

    alice_client.post(f"/diary/medications/{sumatriptan.pk}/delete/")

    assert not Medication.objects.exists()
    assert not MedicationDose.objects.exists()


@pytest.mark.parametrize("suffix", ["edit/", "delete/"])
def test_it_404s_for_other_patients_medication(charlie_client, sumatriptan, suffix):
    url = f"/diary/medications/{sumatriptan.pk}/{suffix}"

    assert charlie_client.get(url).status_code == 404
    assert charlie_client.post(url, medication_data()).status_code == 404
    assert Medication.objects.get().name == "Sumatriptan"


# --- Doses ---------------------------------------------------------------------------


def test_it_logs_a_dose_with_the_full_form(alice_client, sumatriptan, attack):
    response = alice_client.post(
        "/diary/doses/new/",
        {
            "medication": sumatriptan.pk,
            "taken_at": now_input(),
            "amount": "50 mg",
            "attack": attack.pk,
            "relief": "lot",
        },
    )

    dose = MedicationDose.objects.get()
    assert response.status_code == 302
    assert dose.attack == attack
    assert dose.relief == "lot"


def test_one_tap_logs_a_dose_for_the_ongoing_attack(alice_client, sumatriptan, ongoing_attack):
    response = alice_client.post("/diary/doses/new/", {"quick": "1", "medication": sumatriptan.pk})

    dose = MedicationDose.objects.get()
    assert response.status_code == 302
    assert response.url == "/"
    assert dose.attack == ongoing_attack
    assert dose.amount == "50 mg"
    assert abs(dose.taken_at - timezone.now()) < datetime.timedelta(minutes=1)


def test_a_double_tap_on_a_dose_button_logs_one_dose(alice_client, sumatriptan, ongoing_attack):
    data = {
        "quick": "1",
        "medication": sumatriptan.pk,
        "form_token": "1b7c5f0e-2f1a-4d7b-9e0c-3a6d8e2f4b10",
    }

    alice_client.post("/diary/doses/new/", data)
    alice_client.post("/diary/doses/new/", data)

    assert MedicationDose.objects.count() == 1


def test_triptans_bring_a_calm_caution_for_vessel_conditions(alice_client, sumatriptan):
    response = alice_client.post(
        "/diary/doses/new/", {"quick": "1", "medication": sumatriptan.pk}, follow=True
    )

    assert MedicationDose.objects.count() == 1
    assert b'href="/learn/medication-caution/"' in response.content
    assert b"clinician" in response.content


def test_no_triptan_caution_without_a_vessel_condition(client, charlie):
    client.force_login(charlie)
    triptan = Medication.objects.create(
        owner=charlie, name="Rizatriptan", category="triptan", purpose="acute"
    )

    response = client.post(
        "/diary/doses/new/", {"quick": "1", "medication": triptan.pk}, follow=True
    )

    assert MedicationDose.objects.count() == 1
    assert b"medication-caution" not in response.content


def test_no_triptan_caution_for_other_medicines(alice_client, alice):
    paracetamol = Medication.objects.create(
        owner=alice, name="Paracetamol", category="simple_analgesic", purpose="acute"
    )

    response = alice_client.post(
        "/diary/doses/new/", {"quick": "1", "medication": paracetamol.pk}, follow=True
    )

    assert b"medication-caution" not in response.content


def test_it_refuses_another_patients_medication_in_a_dose(alice_client, charlie):
    theirs = Medication.objects.create(
        owner=charlie, name="Theirs", category="nsaid", purpose="acute"
    )

    for data in (
        {"quick": "1", "medication": theirs.pk},
        {"medication": theirs.pk, "taken_at": now_input()},
    ):
        response = alice_client.post("/diary/doses/new/", data)
        assert response.status_code == 200
        assert "medication" in response.context["form"].errors
    assert MedicationDose.objects.count() == 0


def test_it_refuses_another_patients_attack_in_a_dose(alice_client, sumatriptan, charlie):
    theirs = charlie.migraine_attacks.create(started_at=timezone.now())

    response = alice_client.post(
        "/diary/doses/new/",
        {"medication": sumatriptan.pk, "taken_at": now_input(), "attack": theirs.pk},
    )

    assert response.status_code == 200
    assert "attack" in response.context["form"].errors
    assert MedicationDose.objects.count() == 0


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"taken_at": "2999-01-01T10:00"}, "taken_at"),
        ({"taken_at": ""}, "taken_at"),
        ({"relief": "total"}, "relief"),
        ({"amount": "x" * 51}, "amount"),
        ({"medication": "18446744073709551616"}, "medication"),
    ],
)
def test_it_shows_the_dose_form_again_for_invalid_input(
    alice_client, sumatriptan, overrides, field
):
    data = {"medication": sumatriptan.pk, "taken_at": now_input(), **overrides}

    response = alice_client.post("/diary/doses/new/", data)

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert MedicationDose.objects.count() == 0


def test_it_edits_a_dose_to_record_relief(alice_client, dose):
    response = alice_client.post(
        f"/diary/doses/{dose.pk}/edit/",
        {
            "medication": dose.medication.pk,
            "taken_at": timezone.localtime(dose.taken_at).strftime("%Y-%m-%dT%H:%M"),
            "amount": "50 mg",
            "attack": dose.attack.pk,
            "relief": "full",
        },
    )

    dose.refresh_from_db()
    assert response.status_code == 302
    assert dose.relief == "full"
    assert dose.attack is not None


def test_it_deletes_a_dose_after_confirmation(alice_client, dose):
    assert alice_client.get(f"/diary/doses/{dose.pk}/delete/").status_code == 200

    alice_client.post(f"/diary/doses/{dose.pk}/delete/")

    assert not MedicationDose.objects.exists()


@pytest.mark.parametrize("suffix", ["edit/", "delete/"])
def test_it_404s_for_other_patients_dose(charlie_client, dose, suffix):
    url = f"/diary/doses/{dose.pk}/{suffix}"

    assert charlie_client.get(url).status_code == 404
    assert charlie_client.post(url, {"relief": "full"}).status_code == 404
    assert MedicationDose.objects.get().relief == ""


def test_anonymous_visitors_cannot_log_a_dose(client, sumatriptan):
    response = client.post("/diary/doses/new/", {"quick": "1", "medication": sumatriptan.pk})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert MedicationDose.objects.count() == 0


# --- When a preventive or disease-modifying medicine was started -----------------------


def test_the_form_asks_when_a_medicine_was_started(alice_client):
    content = alice_client.get("/diary/medications/").content.decode()

    assert "When did you start it?" in content
    assert 'name="started_on"' in content


def test_it_saves_the_day_a_preventive_was_started(alice_client, alice):
    response = alice_client.post(
        "/diary/medications/",
        medication_data(
            name="Propranolol",
            category="beta_blocker",
            purpose="preventive",
            started_on="2025-03-05",
        ),
    )

    assert response.status_code == 302
    assert Medication.objects.get().started_on == datetime.date(2025, 3, 5)
    page = alice_client.get("/diary/medications/").content.decode()
    assert "started on 5 March 2025" in page


def test_a_start_day_in_the_future_is_refused_and_nothing_saved(alice_client, alice):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = alice_client.post(
        "/diary/medications/",
        medication_data(
            name="Propranolol",
            category="beta_blocker",
            purpose="preventive",
            started_on=tomorrow.isoformat(),
        ),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["started_on"] == [
        "This day is in the future. Enter the day you started it, up to today."
    ]
    assert "Enter the day you started it, up to today." in response.content.decode()
    assert not Medication.objects.exists()


def test_editing_to_a_start_day_in_the_future_changes_nothing(alice_client, alice):
    methotrexate = Medication.objects.create(
        owner=alice,
        name="Methotrexate",
        category="dmard",
        purpose="disease_modifying",
        started_on=datetime.date(2025, 1, 10),
    )
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = alice_client.post(
        f"/diary/medications/{methotrexate.pk}/edit/",
        medication_data(
            name="Methotrexate",
            category="dmard",
            purpose="disease_modifying",
            started_on=tomorrow.isoformat(),
        ),
    )

    assert response.status_code == 200
    assert "started_on" in response.context["form"].errors
    methotrexate.refresh_from_db()
    assert methotrexate.started_on == datetime.date(2025, 1, 10)


@pytest.mark.parametrize("value", ["5th of March", "2025-02-30", "1850-01-01"])
def test_a_start_day_that_is_not_a_date_is_refused(alice_client, value):
    response = alice_client.post(
        "/diary/medications/",
        medication_data(
            name="Propranolol", category="beta_blocker", purpose="preventive", started_on=value
        ),
    )

    assert response.status_code == 200
    assert "started_on" in response.context["form"].errors
    assert not Medication.objects.exists()


def test_a_medicine_for_attacks_keeps_no_start_day(alice_client):
    alice_client.post("/diary/medications/", medication_data(started_on="2025-03-05"))

    assert Medication.objects.get().started_on is None
