"""The quick log's sync endpoint (POST /diary/sync/): every action saved exactly once,
dependent records resolved in order, conflicts and invalid items answered per item with
nothing half-saved, another patient's ids not found, and clear answers for a batch that is
too big or not JSON. Never a 500."""

import datetime
import json
import uuid

import pytest
from django.test import Client
from django.utils import timezone

from diary.models import DeviceItem, Medication, MedicationDose, MigraineAttack
from diary.offline_sync import MAX_BODY_BYTES, MAX_ITEMS

pytestmark = pytest.mark.django_db

URL = "/diary/sync/"


def post(client: Client, payload, **extra):
    body = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    return client.post(URL, body, content_type="application/json", **extra)


def minutes_ago(minutes: int) -> datetime.datetime:
    return (timezone.now() - datetime.timedelta(minutes=minutes)).replace(second=0, microsecond=0)


def item(kind: str, at: datetime.datetime, **fields) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "kind": kind,
        "at": at.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z"),
        "recorded_at": timezone.now().isoformat(),
        "time_zone": "Europe/Berlin",
        **fields,
    }


@pytest.fixture
def triptan(alice) -> Medication:
    return Medication.objects.create(
        owner=alice, name="Rizatriptan", category="triptan", purpose="acute", usual_amount="10 mg"
    )


@pytest.fixture
def offline_attack(triptan) -> list[dict]:
    """Start an attack 30 minutes ago, take the triptan 20 minutes ago, end it now."""
    start = item("attack_start", minutes_ago(30))
    dose = item("dose", minutes_ago(20), medication=triptan.pk, attack=start["id"])
    end = item("attack_end", minutes_ago(0), attack=start["id"])
    return [start, dose, end]


def test_an_offline_attack_with_its_dose_is_saved_in_one_batch(
    alice, alice_client, triptan, offline_attack
):
    start, dose, end = offline_attack

    response = post(alice_client, {"items": offline_attack})

    assert response.status_code == 200
    results = response.json()["results"]
    assert [(r["id"], r["status"], r["result"]) for r in results] == [
        (start["id"], 201, "saved"),
        (dose["id"], 201, "saved"),
        (end["id"], 201, "saved"),
    ]
    attack = MigraineAttack.objects.get(owner=alice)
    assert attack.started_at == minutes_ago(30)
    assert attack.ended_at == minutes_ago(0)
    saved_dose = MedicationDose.objects.get()
    assert saved_dose.attack == attack
    assert saved_dose.taken_at == minutes_ago(20)
    assert saved_dose.amount == "10 mg"
    assert results[1]["record"] == {
        "type": "dose",
        "id": saved_dose.pk,
        "medication": "Rizatriptan",
        "taken_at": saved_dose.taken_at.isoformat(),
        "attack": attack.pk,
    }
    device_items = DeviceItem.objects.filter(owner=alice)
    assert {str(d.device_id) for d in device_items} == {start["id"], dose["id"], end["id"]}
    assert {d.time_zone for d in device_items} == {"Europe/Berlin"}


def test_a_replayed_batch_answers_already_saved_and_never_duplicates(
    alice, alice_client, offline_attack
):
    first = post(alice_client, {"items": offline_attack}).json()["results"]

    again = post(alice_client, {"items": offline_attack}).json()["results"]

    assert [r["status"] for r in again] == [200, 200, 200]
    assert [r["result"] for r in again] == ["already_saved"] * 3
    assert [r["record"]["id"] for r in again] == [r["record"]["id"] for r in first]
    assert MigraineAttack.objects.count() == 1
    assert MedicationDose.objects.count() == 1
    assert DeviceItem.objects.count() == 3


def test_a_replay_of_the_start_alone_does_not_start_a_second_attack(alice_client):
    start = item("attack_start", minutes_ago(5))
    post(alice_client, {"items": [start]})

    response = post(alice_client, {"items": [start]})

    assert response.json()["results"][0]["result"] == "already_saved"
    assert MigraineAttack.objects.count() == 1


def test_a_dose_for_an_attack_synced_in_an_earlier_batch_finds_it(alice_client, triptan):
    start = item("attack_start", minutes_ago(30))
    post(alice_client, {"items": [start]})
    dose = item("dose", minutes_ago(10), medication=triptan.pk, attack=start["id"])

    result = post(alice_client, {"items": [dose]}).json()["results"][0]

    assert result["status"] == 201
    assert MedicationDose.objects.get().attack == MigraineAttack.objects.get()


def test_an_offline_end_of_an_attack_known_by_its_server_id_ends_it(alice, alice_client):
    attack = MigraineAttack.objects.create(owner=alice, started_at=minutes_ago(90))

    result = post(
        alice_client, {"items": [item("attack_end", minutes_ago(5), attack=attack.pk)]}
    ).json()["results"][0]

    assert result["status"] == 201
    attack.refresh_from_db()
    assert attack.ended_at == minutes_ago(5)


def test_ending_an_attack_already_ended_elsewhere_is_a_conflict_never_overwritten(
    alice, alice_client
):
    ended_at = minutes_ago(40)
    attack = MigraineAttack.objects.create(
        owner=alice, started_at=minutes_ago(90), ended_at=ended_at
    )

    result = post(
        alice_client, {"items": [item("attack_end", minutes_ago(5), attack=attack.pk)]}
    ).json()["results"][0]

    assert result["status"] == 409
    assert result["result"] == "conflict"
    assert "already been ended" in result["message"]
    assert result["record"]["ended_at"] == ended_at.isoformat()
    attack.refresh_from_db()
    assert attack.ended_at == ended_at
    assert not DeviceItem.objects.exists()


def test_starting_an_attack_while_one_is_in_progress_is_a_conflict(alice, alice_client):
    MigraineAttack.objects.create(owner=alice, started_at=minutes_ago(90))

    result = post(alice_client, {"items": [item("attack_start", minutes_ago(5))]}).json()[
        "results"
    ][0]

    assert result["status"] == 409
    assert "already in progress" in result["message"]
    assert MigraineAttack.objects.count() == 1


def test_an_invalid_item_gets_422_with_reasons_and_the_others_are_saved(alice_client, triptan):
    good = item("attack_start", minutes_ago(10))
    bad = item("dose", timezone.now() + datetime.timedelta(hours=3), time_zone="Mars/Olympus")
    bad["id"] = "not-a-uuid"

    results = post(alice_client, {"items": [bad, good]}).json()["results"]

    assert results[0]["status"] == 422
    assert results[0]["result"] == "invalid"
    assert set(results[0]["errors"]) == {"id", "at", "time_zone", "medication"}
    assert results[0]["errors"]["at"] == ["This is in the future. Enter a time up to now."]
    assert results[1]["status"] == 201
    assert MigraineAttack.objects.count() == 1
    assert MedicationDose.objects.count() == 0


def test_an_end_before_the_start_is_invalid_and_changes_nothing(alice, alice_client):
    attack = MigraineAttack.objects.create(owner=alice, started_at=minutes_ago(30))

    result = post(
        alice_client, {"items": [item("attack_end", minutes_ago(60), attack=attack.pk)]}
    ).json()["results"][0]

    assert result["status"] == 422
    assert result["errors"] == {"at": ["The attack cannot end before it started."]}
    attack.refresh_from_db()
    assert attack.ended_at is None
    assert not DeviceItem.objects.exists()


@pytest.mark.parametrize(
    "odd",
    [
        None,
        7,
        "text",
        [],
        {},
        {"id": {"nested": 1}, "kind": ["dose"], "at": 12},
        {"id": str(uuid.uuid4()), "kind": "dose", "at": "2025-13-45T99:00Z", "medication": 1},
        {"id": str(uuid.uuid4()), "kind": "attack_start", "at": "0001-01-01T00:00Z"},
        {"id": str(uuid.uuid4()), "kind": "attack_start", "at": "2026-01-01T10:00Z",
         "recorded_at": "2026-01-01T10:00Z", "time_zone": "Europe/\x00Berlin"},
        {"id": str(uuid.uuid4()), "kind": "dose", "at": "2026-01-01T10:00Z",
         "recorded_at": "2026-01-01T10:00Z", "medication": 2**70},
        {"id": str(uuid.uuid4()), "kind": "attack_end", "at": "2026-01-01T10:00Z",
         "recorded_at": "2026-01-01T10:00Z", "attack": "../../etc"},
    ],
)  # fmt: skip
def test_odd_items_are_invalid_never_a_500(alice_client, odd):
    response = post(alice_client, {"items": [odd]})

    assert response.status_code == 200
    assert response.json()["results"][0]["status"] == 422
    assert not DeviceItem.objects.exists()
    assert not MigraineAttack.objects.exists()


def test_another_patients_ids_are_not_found(alice_client, charlie, alice, triptan):
    theirs = MigraineAttack.objects.create(owner=charlie, started_at=minutes_ago(60))
    their_medication = Medication.objects.create(
        owner=charlie, name="Charlie's pills", category="nsaid", purpose="acute"
    )
    their_start = DeviceItem.objects.create(
        owner=charlie,
        device_id=uuid.uuid4(),
        kind="attack_start",
        attack=theirs,
        recorded_at=timezone.now(),
    )
    items = [
        item("attack_end", minutes_ago(1), attack=theirs.pk),
        item("attack_end", minutes_ago(1), attack=str(their_start.device_id)),
        item("dose", minutes_ago(1), medication=their_medication.pk),
        item("dose", minutes_ago(1), medication=triptan.pk, attack=theirs.pk),
    ]

    results = post(alice_client, {"items": items}).json()["results"]

    assert [r["status"] for r in results] == [404, 404, 404, 404]
    assert all("Charlie" not in json.dumps(r) for r in results)
    theirs.refresh_from_db()
    assert theirs.ended_at is None
    assert not MedicationDose.objects.exists()


def test_the_same_phone_id_from_two_patients_is_two_actions(alice_client, charlie):
    start = item("attack_start", minutes_ago(5))
    post(alice_client, {"items": [start]})
    charlie_client = Client()
    charlie_client.force_login(charlie)

    result = post(charlie_client, {"items": [start]}).json()["results"][0]

    assert result["status"] == 201
    assert MigraineAttack.objects.filter(owner=charlie).count() == 1


def test_an_item_made_while_another_account_was_logged_in_is_a_conflict(alice_client, charlie):
    start = item("attack_start", minutes_ago(5), account=str(charlie.uuid))

    result = post(alice_client, {"items": [start]}).json()["results"][0]

    assert result["status"] == 409
    assert result["result"] == "other_account"
    assert not MigraineAttack.objects.exists()


def test_a_batch_of_too_many_items_is_413_and_saves_nothing(alice_client):
    items = [item("attack_start", minutes_ago(5))] + [
        item("attack_end", minutes_ago(1), attack=1) for _ in range(MAX_ITEMS)
    ]

    response = post(alice_client, {"items": items})

    assert response.status_code == 413
    assert response.json() == {"error": f"Send at most {MAX_ITEMS} items in one batch."}
    assert not MigraineAttack.objects.exists()


def test_an_oversized_body_is_413(alice_client):
    response = post(alice_client, {"items": [], "padding": "x" * MAX_BODY_BYTES})

    assert response.status_code == 413
    assert "KB in one batch" in response.json()["error"]


@pytest.mark.parametrize(
    "body", ["", "{", "not json", "[1, 2]", '{"items": "all"}', "[" * 100_000, b"\xff\xfe"]
)
def test_malformed_json_is_a_clear_400(alice_client, body):
    response = post(alice_client, body)

    assert response.status_code == 400
    assert response.json()["error"] in (
        "This is not valid JSON.",
        'Send a JSON object with a list of "items".',
    )


def test_an_ended_session_is_a_401_the_phone_can_act_on(client, offline_attack):
    response = post(client, {"items": offline_attack})

    assert response.status_code == 401
    assert response.json() == {"error": "Your session has ended. Please log in again."}
    assert not MigraineAttack.objects.exists()


def test_clinicians_cannot_sync(client, bob, offline_attack):
    client.force_login(bob)

    assert post(client, {"items": offline_attack}).status_code == 404


def test_get_is_not_allowed(alice_client):
    assert alice_client.get(URL).status_code == 405


def test_the_csrf_token_is_required(alice, offline_attack):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)

    refused = post(client, {"items": offline_attack})
    client.get("/diary/quick-log/")
    accepted = post(
        client, {"items": offline_attack}, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value
    )

    assert refused.status_code == 403
    assert accepted.status_code == 200
    assert MigraineAttack.objects.count() == 1
