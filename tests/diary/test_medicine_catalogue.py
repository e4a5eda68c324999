"""The medicine catalogue on the medication form: suggestions by brand or generic name
(case and accents ignored), a name the catalogue knows taking the catalogue's kind (so the
triptan caution cannot be missed), the question before saving a preventive-only kind "to
treat an attack", free text, and the one-tap button for acute medicines."""

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from diary import insights
from diary.models import Medication, MedicationDose
from education.models import Medicine

pytestmark = pytest.mark.django_db

CATALOGUE = "/diary/medications/catalogue.json"


def suggestions(client, query: str) -> list[dict]:
    response = client.get(CATALOGUE, {"q": query})
    assert response.status_code == 200
    return response.json()["results"]


def medication_data(**overrides) -> dict:
    data = {"name": "Ibuprofen", "category": "nsaid", "purpose": "acute", "usual_amount": ""}
    data.update(overrides)
    return data


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- Suggestions ---------------------------------------------------------------------


def test_it_suggests_a_medicine_by_its_brand_name_whatever_the_case(alice_client):
    results = suggestions(alice_client, "IMIG")

    assert results[0]["name"] == "Imigran"
    assert results[0]["generic_name"] == "Sumatriptan"


def test_it_suggests_a_medicine_by_its_generic_name(alice_client):
    results = suggestions(alice_client, "sumatrip")

    assert [result["name"] for result in results][:2] == ["Sumatriptan", "Sumatriptan and naproxen"]


def test_it_gives_the_kind_purpose_and_amount_of_each_suggestion(alice_client):
    [erenumab] = suggestions(alice_client, "aimovig")

    assert erenumab == {
        "name": "Aimovig",
        "generic_name": "Erenumab",
        "kind": "cgrp_antibody",
        "kind_label": "CGRP antibody (e.g. erenumab)",
        "purpose": "preventive",
        "purpose_label": "To prevent attacks",
        "amount": "70 mg",
    }


def test_it_ignores_accents_in_what_is_typed(alice_client):
    results = suggestions(alice_client, "Paracétamol")

    assert results[0]["name"] == "Paracetamol"


def test_it_finds_a_name_with_accents_typed_without_them(alice_client):
    [result] = suggestions(alice_client, "dafalgan codeine")

    assert result["name"] == "Dafalgan Codéine"
    assert result["kind"] == "combination_analgesic"


def test_names_starting_with_the_letters_come_first(alice_client):
    results = suggestions(alice_client, "pred")

    assert [result["name"] for result in results][:2] == ["Prednisolone", "Prednisone"]


@pytest.mark.parametrize("query", ["", "s", " s ", "no such medicine", "x" * 500])
def test_it_suggests_nothing_for_too_few_letters_or_an_unknown_name(alice_client, query):
    assert suggestions(alice_client, query) == []


def test_it_suggests_a_medicine_a_curator_added(alice_client):
    Medicine.objects.create(
        generic_name="Ergocalciferol",
        brand_names="Drisdol",
        kind="other",
        usual_purpose="preventive",
    )

    assert suggestions(alice_client, "drisd")[0]["generic_name"] == "Ergocalciferol"


def test_the_catalogue_needs_a_login(client):
    response = client.get(CATALOGUE, {"q": "suma"})

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_catalogue_is_for_patients_only(bob_client):
    assert bob_client.get(CATALOGUE, {"q": "suma"}).status_code == 404


# --- A name the catalogue knows ------------------------------------------------------


@pytest.mark.parametrize("name", ["Sumatriptan", "sumatriptan", "IMIGRAN", "Imitrex"])
def test_a_catalogue_name_takes_the_catalogue_kind_whatever_kind_was_chosen(alice_client, name):
    response = alice_client.post(
        "/diary/medications/", medication_data(name=name, category="other")
    )

    medication = Medication.objects.get()
    assert response.status_code == 302
    assert medication.category == "triptan"
    assert medication.catalogue_entry == Medicine.objects.get(generic_name="Sumatriptan")
    assert (
        f'Overlap\'s medicine list knows {name} as "Triptan (e.g. sumatriptan)", so it is saved '
        "as that kind." in messages_of(response)
    )


def test_a_catalogue_triptan_saved_as_other_raises_the_triptan_caution(alice_client, lupus):
    alice_client.post("/diary/medications/", medication_data(name="Sumatriptan", category="other"))
    medication = Medication.objects.get()

    logged = alice_client.post(
        "/diary/doses/new/",
        {
            "medication": medication.pk,
            "taken_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "amount": "50 mg",
            "attack": "",
            "relief": "",
        },
    )

    assert MedicationDose.objects.get().medication == medication
    assert any("act on blood vessels" in message for message in messages_of(logged))
    home = alice_client.get("/")
    assert "A note about triptans" in home.content.decode()


def test_a_patient_without_a_vessel_condition_gets_no_caution(charlie_client):
    charlie_client.post(
        "/diary/medications/", medication_data(name="Sumatriptan", category="other")
    )
    medication = Medication.objects.get()

    logged = charlie_client.post(
        "/diary/doses/new/",
        {
            "medication": medication.pk,
            "taken_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "amount": "",
            "attack": "",
            "relief": "",
        },
    )

    assert medication.category == "triptan"
    assert MedicationDose.objects.count() == 1
    assert not any("blood vessels" in message for message in messages_of(logged))


def test_the_right_kind_chosen_gives_no_message_about_it(alice_client):
    response = alice_client.post(
        "/diary/medications/", medication_data(name="Ibuprofen", category="nsaid")
    )

    assert Medication.objects.get().catalogue_entry.generic_name == "Ibuprofen"
    assert not any("medicine list knows" in message for message in messages_of(response))


def test_renaming_a_medication_links_it_again(alice_client, alice):
    medication = Medication.objects.create(
        owner=alice, name="My pills", category="other", purpose="acute"
    )

    alice_client.post(
        f"/diary/medications/{medication.pk}/edit/",
        medication_data(name="Nurofen", category="other"),
    )
    medication.refresh_from_db()
    assert (medication.category, medication.catalogue_entry.generic_name) == ("nsaid", "Ibuprofen")

    alice_client.post(
        f"/diary/medications/{medication.pk}/edit/",
        medication_data(name="My pills", category="other"),
    )
    medication.refresh_from_db()
    assert (medication.category, medication.catalogue_entry) == ("other", None)


def test_a_free_text_medicine_is_saved_as_typed(alice_client):
    response = alice_client.post(
        "/diary/medications/",
        medication_data(name="Ginger capsules", category="other", purpose="preventive"),
    )

    medication = Medication.objects.get()
    assert response.status_code == 302
    assert (medication.name, medication.category, medication.purpose) == (
        "Ginger capsules",
        "other",
        "preventive",
    )
    assert medication.catalogue_entry is None


# --- A kind that does not fit the purpose --------------------------------------------


def test_a_preventive_only_kind_saved_to_treat_an_attack_is_asked_about_first(alice_client):
    response = alice_client.post(
        "/diary/medications/",
        medication_data(name="Aimovig", category="cgrp_antibody", purpose="acute"),
    )

    assert response.status_code == 200
    assert Medication.objects.count() == 0
    page = response.content.decode()
    assert "One question before saving: nothing is saved yet." in page
    assert "Nothing was saved. Please check" not in page
    assert "usually taken to prevent attacks" in page
    assert 'type="checkbox" name="confirm_purpose"' in page


def test_the_question_comes_from_the_catalogue_kind_too(alice_client):
    response = alice_client.post(
        "/diary/medications/", medication_data(name="Ajovy", category="other", purpose="acute")
    )

    assert response.status_code == 200
    assert Medication.objects.count() == 0
    form = response.context["form"]
    assert form.asks_about_purpose
    # Shown again, the form shows the kind it will save.
    assert form["category"].value() == "cgrp_antibody"


def test_a_confirmed_pairing_is_saved_and_never_counts_as_an_attack_dose(alice_client):
    response = alice_client.post(
        "/diary/medications/",
        medication_data(
            name="Aimovig", category="cgrp_antibody", purpose="acute", confirm_purpose="on"
        ),
    )

    medication = Medication.objects.get()
    assert response.status_code == 302
    assert (medication.category, medication.purpose) == ("cgrp_antibody", "acute")
    record = insights.DoseRecord(
        taken_at=timezone.now(), category=medication.category, purpose=medication.purpose
    )
    assert not insights.is_acute_dose(record)


def test_a_pairing_already_confirmed_is_not_asked_about_again(alice_client, alice):
    medication = Medication.objects.create(
        owner=alice, name="Aimovig", category="cgrp_antibody", purpose="acute"
    )

    response = alice_client.post(
        f"/diary/medications/{medication.pk}/edit/",
        medication_data(
            name="Aimovig", category="cgrp_antibody", purpose="acute", usual_amount="70 mg"
        ),
    )

    medication.refresh_from_db()
    assert response.status_code == 302
    assert medication.usual_amount == "70 mg"


def test_changing_a_medication_to_treat_an_attack_is_asked_about(alice_client, alice):
    medication = Medication.objects.create(
        owner=alice, name="Aimovig", category="cgrp_antibody", purpose="preventive"
    )

    response = alice_client.post(
        f"/diary/medications/{medication.pk}/edit/",
        medication_data(name="Aimovig", category="cgrp_antibody", purpose="acute"),
    )

    medication.refresh_from_db()
    assert response.context["form"].asks_about_purpose
    assert "One question before saving" in response.content.decode()
    assert medication.purpose == "preventive"


@pytest.mark.parametrize(
    "category", ["beta_blocker", "anti_seizure", "antidepressant", "botulinum_toxin", "ms_therapy"]
)
def test_every_preventive_only_kind_is_asked_about(alice_client, category):
    response = alice_client.post(
        "/diary/medications/",
        medication_data(name="A medicine of mine", category=category, purpose="acute"),
    )

    assert response.context["form"].asks_about_purpose
    assert Medication.objects.count() == 0


def test_a_preventive_saved_to_prevent_attacks_is_not_asked_about(alice_client):
    response = alice_client.post(
        "/diary/medications/",
        medication_data(name="Propranolol", category="beta_blocker", purpose="preventive"),
    )

    assert response.status_code == 302
    assert Medication.objects.get().category == "beta_blocker"


def test_another_error_shows_the_usual_warning_beside_the_question(alice_client):
    response = alice_client.post(
        "/diary/medications/",
        medication_data(
            name="Aimovig", category="cgrp_antibody", purpose="acute", usual_amount="x" * 60
        ),
    )

    assert not response.context["form"].asks_about_purpose
    assert "Nothing was saved. Please check" in response.content.decode()
    assert Medication.objects.count() == 0


# --- The one-tap button --------------------------------------------------------------


def test_the_one_tap_box_is_ticked_when_the_patient_came_from_the_one_tap_prompt(
    alice_client, ongoing_attack
):
    home = alice_client.get("/").content.decode()
    assert "/diary/medications/?one_tap=1#add-heading" in home

    form = alice_client.get("/diary/medications/?one_tap=1").context["form"]

    assert form["usual_for_attacks"].value() is True


def test_the_one_tap_box_starts_unticked_otherwise(alice_client):
    form = alice_client.get("/diary/medications/").context["form"]

    assert not form["usual_for_attacks"].value()


def test_a_preventive_saved_to_treat_an_attack_gets_no_one_tap_button_of_its_own(
    alice_client, alice, ongoing_attack
):
    for name, category in [("Aimovig", "cgrp_antibody"), ("Ibuprofen", "nsaid")]:
        Medication.objects.create(owner=alice, name=name, category=category, purpose="acute")

    home = alice_client.get("/").content.decode()

    assert "Took Ibuprofen" in home
    assert "Took Aimovig" not in home


# --- Other patients ------------------------------------------------------------------


def test_another_patient_cannot_change_a_medication_through_the_catalogue(
    charlie_client, sumatriptan
):
    response = charlie_client.post(
        f"/diary/medications/{sumatriptan.pk}/edit/",
        medication_data(name="Aimovig", category="other", purpose="acute", confirm_purpose="on"),
    )

    sumatriptan.refresh_from_db()
    assert response.status_code == 404
    assert (sumatriptan.name, sumatriptan.category) == ("Sumatriptan", "triptan")


def test_suggestions_hold_nothing_of_other_patients_medicines(charlie_client, sumatriptan, alice):
    Medication.objects.create(
        owner=alice, name="Alice's own remedy", category="other", purpose="acute"
    )

    assert suggestions(charlie_client, "remedy") == []
    assert suggestions(charlie_client, "alice") == []


# --- Curators ------------------------------------------------------------------------


def test_a_curator_finds_a_medicine_in_the_admin_by_brand(carol_client):
    response = carol_client.get("/admin/education/medicine/", {"q": "Imigran"})

    assert response.status_code == 200
    assert "Sumatriptan" in response.content.decode()
    assert "Ibuprofen" not in response.content.decode()


def test_a_curator_adds_a_medicine(carol_client):
    response = carol_client.post(
        "/admin/education/medicine/add/",
        {
            "generic_name": "Pizotifen",
            "brand_names": "Sanomigran",
            "kind": "other",
            "usual_purpose": "preventive",
            "default_amount": "0.5 mg",
            "_save": "Save",
        },
    )

    assert response.status_code == 302
    assert Medicine.objects.named("sanomigran").generic_name == "Pizotifen"


def test_the_seed_covers_the_kinds_of_migraine_and_autoimmune_medicine(db):
    kinds = set(Medicine.objects.values_list("kind", flat=True))

    assert kinds >= {
        "triptan",
        "nsaid",
        "simple_analgesic",
        "combination_analgesic",
        "opioid",
        "ergot",
        "gepant",
        "ditan",
        "antiemetic",
        "cgrp_antibody",
        "beta_blocker",
        "anti_seizure",
        "antidepressant",
        "blood_pressure",
        "botulinum_toxin",
        "corticosteroid",
        "dmard",
        "biologic",
        "immunosuppressant",
        "ms_therapy",
    }
    for generic_name in ["Topiramate", "Amitriptyline", "Candesartan", "OnabotulinumtoxinA"]:
        assert Medicine.objects.get(generic_name=generic_name).usual_purpose == "preventive"
