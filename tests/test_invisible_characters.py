"""Short texts a clinician reads (trigger and medication names, amounts, display names)
refuse invisible formatting characters: a right-to-left override can make "400 mg" read
"gm 004", and zero-width characters hide what a name really says. Control characters were
refused already; long notes keep line breaks."""

import pytest
from django.utils import timezone

from accounts.models import User
from diary.models import Medication, MedicationDose, Trigger

INVISIBLE = ["\u202e", "\u202a", "\u200b", "\u200d", "\u200f", "\u2066", "\u2069", "\ufeff"]
INVISIBLE += ["\u00ad", "\u2028", "\n"]


@pytest.fixture
def ibuprofen(alice) -> Medication:
    return Medication.objects.create(
        owner=alice, name="Ibuprofen", category="nsaid", purpose="acute", usual_amount="400 mg"
    )


def medication_data(**overrides) -> dict:
    return {"name": "Naproxen", "category": "nsaid", "purpose": "acute"} | overrides


@pytest.mark.parametrize("character", INVISIBLE)
def test_a_trigger_name_refuses_it(alice_client, character):
    response = alice_client.post("/diary/triggers/", {"name": f"Perf{character}ume"})

    assert response.status_code == 200
    assert "invisible" in response.context["form"].errors["name"][0]
    assert not Trigger.objects.filter(name__startswith="Perf").exists()


@pytest.mark.parametrize("field", ["name", "usual_amount"])
@pytest.mark.parametrize("character", INVISIBLE)
def test_a_medication_refuses_it(alice_client, field, character):
    response = alice_client.post(
        "/diary/medications/", medication_data(**{field: f"4{character}00 mg"})
    )

    assert response.status_code == 200
    assert "invisible" in response.context["form"].errors[field][0]
    assert not Medication.objects.exists()


@pytest.mark.parametrize("character", INVISIBLE)
def test_a_dose_amount_refuses_it(alice_client, ibuprofen, character):
    taken_at = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    response = alice_client.post(
        "/diary/doses/new/",
        {"medication": ibuprofen.pk, "taken_at": taken_at, "amount": f"4{character}00 mg"},
    )

    assert response.status_code == 200
    assert "invisible" in response.context["form"].errors["amount"][0]
    assert not MedicationDose.objects.exists()


@pytest.mark.parametrize("character", INVISIBLE)
def test_a_display_name_refuses_it(alice_client, alice, character):
    response = alice_client.post(
        "/accounts/profile/",
        {"display_name": f"Al{character}ice", "timezone": "UTC", "theme": "system"},
    )

    assert response.status_code == 200
    assert "invisible" in response.context["form"].errors["display_name"][0]
    alice.refresh_from_db()
    assert alice.display_name == "Alice"


def test_a_display_name_at_sign_up_refuses_it(client, db):
    response = client.post(
        "/accounts/signup/",
        {
            "role": "patient",
            "display_name": "Dr\u202eX",
            "email": "new@example.com",
            "password1": "a calm walk by the river 7",
            "password2": "a calm walk by the river 7",
        },
    )

    assert response.status_code == 200
    assert not User.objects.filter(email="new@example.com").exists()


@pytest.mark.parametrize("name", ["Ibuprofen 400", "Paracétamol", "Ŝalto", "头痛药", "آسپرین"])
def test_ordinary_letters_of_any_script_are_fine(alice_client, name):
    response = alice_client.post("/diary/medications/", medication_data(name=name))

    assert response.status_code == 302
    assert Medication.objects.get().name == name
