import datetime

import pytest
from django.utils import timezone

from diary.models import Flare
from education.models import Condition


def flare_data(chosen, **overrides) -> dict:
    today = timezone.localdate()
    data = {
        "condition": str(chosen.pk),
        "started_on": (today - datetime.timedelta(days=4)).isoformat(),
        "ended_on": "",
        "severity": "2",
        "symptoms": ["joint_pain", "fatigue"],
        "notes": "Knees",
    }
    data.update(overrides)
    return data


def test_it_creates_a_flare(alice_client, alice, lupus):
    response = alice_client.post("/diary/flares/new/", flare_data(lupus))

    flare = Flare.objects.get()
    assert response.status_code == 302
    assert response.url == f"/diary/flares/{flare.pk}/"
    assert flare.owner == alice
    assert flare.condition == lupus
    assert flare.is_ongoing
    assert flare.symptoms == ["joint_pain", "fatigue"]


def test_it_offers_only_the_patients_autoimmune_conditions(alice_client):
    response = alice_client.get("/diary/flares/new/")

    choices = list(response.context["form"].fields["condition"].queryset)
    assert [condition.slug for condition in choices] == ["lupus"]


def test_a_patient_without_conditions_can_choose_any_autoimmune_condition(charlie_client):
    response = charlie_client.get("/diary/flares/new/")

    choices = response.context["form"].fields["condition"].queryset
    assert set(choices) == set(Condition.objects.autoimmune())


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"ended_on": "2000-01-01"}, "ended_on"),
        ({"started_on": "2999-01-01"}, "started_on"),
        ({"started_on": "yesterday"}, "started_on"),
        ({"severity": "5"}, "severity"),
        ({"symptoms": ["x"]}, "symptoms"),
        ({"notes": "\x00"}, "notes"),
        ({"condition": "999999"}, "condition"),
        ({"condition": "abc"}, "condition"),
    ],
)
def test_it_shows_the_flare_form_again_for_invalid_input(alice_client, lupus, overrides, field):
    response = alice_client.post("/diary/flares/new/", flare_data(lupus, **overrides))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert Flare.objects.count() == 0


def test_it_refuses_a_migraine_condition_for_a_flare(alice_client):
    migraine = Condition.objects.get(slug="migraine-with-aura")

    response = alice_client.post("/diary/flares/new/", flare_data(migraine))

    assert "condition" in response.context["form"].errors
    assert Flare.objects.count() == 0


def test_it_refuses_a_second_ongoing_flare_of_one_condition(alice_client, alice, lupus):
    Flare.objects.create(owner=alice, condition=lupus, started_on=timezone.localdate())

    response = alice_client.post("/diary/flares/new/", flare_data(lupus))

    assert response.status_code == 200
    assert "ended_on" in response.context["form"].errors
    assert Flare.objects.count() == 1


def test_a_double_submitted_flare_form_creates_one_flare(alice_client, lupus):
    data = flare_data(lupus, form_token="6a2c9a1e-5a7b-4c1e-8f56-2b9a3b1d7e01")

    alice_client.post("/diary/flares/new/", data)
    alice_client.post("/diary/flares/new/", data)

    assert Flare.objects.count() == 1


def test_it_shows_a_flare(alice_client, flare):
    response = alice_client.get(f"/diary/flares/{flare.pk}/")

    assert response.status_code == 200
    assert b"Alice&#x27;s flare note" in response.content


def test_it_edits_a_flare(alice_client, flare, lupus):
    today = timezone.localdate().isoformat()

    response = alice_client.post(
        f"/diary/flares/{flare.pk}/edit/",
        flare_data(lupus, started_on=flare.started_on.isoformat(), ended_on=today, severity="3"),
    )

    flare.refresh_from_db()
    assert response.status_code == 302
    assert flare.severity == 3
    assert flare.ended_on == timezone.localdate()


def test_it_shows_the_flare_edit_form_again_for_invalid_input(alice_client, flare, lupus):
    response = alice_client.post(
        f"/diary/flares/{flare.pk}/edit/", flare_data(lupus, ended_on="1999-01-01", notes="Gone")
    )

    flare.refresh_from_db()
    assert response.status_code == 200
    assert flare.notes == "Alice's flare note"


def test_it_deletes_a_flare_after_confirmation(alice_client, flare):
    assert alice_client.get(f"/diary/flares/{flare.pk}/delete/").status_code == 200

    response = alice_client.post(f"/diary/flares/{flare.pk}/delete/")

    assert response.status_code == 302
    assert not Flare.objects.exists()


@pytest.mark.parametrize("suffix", ["", "edit/", "delete/"])
def test_it_404s_for_other_patients_flare(charlie_client, flare, suffix):
    url = f"/diary/flares/{flare.pk}/{suffix}"

    assert charlie_client.get(url).status_code == 404
    assert charlie_client.post(url, {"notes": "x"}).status_code == 404
    flare.refresh_from_db()
    assert flare.notes == "Alice's flare note"


def test_anonymous_visitors_cannot_log_a_flare(client, lupus):
    response = client.post("/diary/flares/new/", flare_data(lupus))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert Flare.objects.count() == 0
