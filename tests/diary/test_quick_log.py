"""The quick log's blank page and its JSON state: nothing of the diary in the page (the
service worker keeps it), the patient's own one-tap medicines and attack in the state."""

import datetime

import pytest
from django.utils import timezone

from diary.models import Medication, MedicationDose, MigraineAttack

pytestmark = pytest.mark.django_db


@pytest.fixture
def alice_diary(alice):
    medication = Medication.objects.create(
        owner=alice,
        name="Zolmitriptan",
        category="triptan",
        purpose="acute",
        usual_amount="2.5 mg",
        usual_for_attacks=True,
    )
    Medication.objects.create(
        owner=alice, name="Methotrexate", category="dmard", purpose="disease_modifying"
    )
    attack = MigraineAttack.objects.create(
        owner=alice,
        started_at=timezone.now() - datetime.timedelta(minutes=40),
        notes="Private words",
    )
    return {"medication": medication, "attack": attack}


def test_the_quick_log_page_holds_no_diary_data(alice_client, alice_diary):
    response = alice_client.get("/diary/quick-log/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Start an attack now" in content
    assert "Zolmitriptan" not in content
    assert "Private words" not in content
    assert alice_diary["attack"].started_at.strftime("%H:%M") not in content
    assert "csrftoken" in response.cookies


def test_the_quick_log_page_leaves_messages_for_another_page(alice_client):
    # A message ("Attack started at 14:02") in the kept page would be diary data.
    alice_client.post("/diary/migraines/start/", {"minutes_ago": "0"})

    quick_log = alice_client.get("/diary/quick-log/")
    home = alice_client.get("/")

    assert b"Attack started at" not in quick_log.content
    assert b"Attack started at" in home.content


def test_the_state_gives_the_one_tap_medicines_and_the_attack_in_progress(
    alice, alice_client, alice_diary
):
    response = alice_client.get("/diary/quick-log/state.json")

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    state = response.json()
    assert state["account"] == str(alice.uuid)
    assert state["medications"] == [
        {"id": alice_diary["medication"].pk, "name": "Zolmitriptan", "amount": "2.5 mg"}
    ]
    assert state["ongoing"] == {
        "id": alice_diary["attack"].pk,
        "started_at": alice_diary["attack"].started_at.isoformat(),
    }


def test_another_patient_gets_their_own_state_only(charlie_client, alice_diary):
    state = charlie_client.get("/diary/quick-log/state.json").json()

    assert state["medications"] == []
    assert state["ongoing"] is None


def test_an_ended_session_gets_a_401_from_the_state_not_a_login_page(client):
    response = client.get("/diary/quick-log/state.json")

    assert response.status_code == 401
    assert response.json() == {"error": "Your session has ended. Please log in again."}


def test_clinicians_have_no_quick_log(client, bob):
    client.force_login(bob)

    assert client.get("/diary/quick-log/").status_code == 404
    assert client.get("/diary/quick-log/state.json").status_code == 404


def test_the_home_page_links_the_quick_log_for_the_worker_to_keep(alice_client):
    response = alice_client.get("/")

    assert b'href="/diary/quick-log/" data-offline-quick-log' in response.content


def test_the_state_gives_the_doses_to_ask_did_it_help_about(alice, alice_client, alice_diary):
    medication = alice_diary["medication"]
    asked = MedicationDose.objects.create(
        medication=medication, taken_at=timezone.now() - datetime.timedelta(hours=3)
    )
    MedicationDose.objects.create(  # too recent to ask
        medication=medication, taken_at=timezone.now() - datetime.timedelta(minutes=30)
    )
    MedicationDose.objects.create(  # already answered
        medication=medication, taken_at=timezone.now() - datetime.timedelta(hours=4), relief="lot"
    )

    state = alice_client.get("/diary/quick-log/state.json").json()

    assert state["relief_questions"] == [
        {"id": asked.pk, "name": "Zolmitriptan", "taken_at": asked.taken_at.isoformat()}
    ]
    assert state["relief_answers"] == [
        ["none", "No"],
        ["little", "A little"],
        ["lot", "A lot"],
        ["full", "Fully"],
    ]
    assert state["relief_after_minutes"] == 120
