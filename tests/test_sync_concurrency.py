"""Two tabs (or a phone and its retry) sending the same outbox at the same moment save each
action once (PostgreSQL only: tests/conftest.py collects this module when DATABASE_URL
points at PostgreSQL). Each sender is a test client in its own thread, so on its own
database connection, released together by a barrier."""

import datetime
import json
import threading
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from diary.models import DeviceItem, Medication, MedicationDose, MigraineAttack
from tests.conftest import make_patient

pytestmark = pytest.mark.django_db(transaction=True)
SENDERS = 4


def test_the_same_batch_sent_at_once_by_several_tabs_is_saved_once():
    assert connection.vendor == "postgresql"
    patient = make_patient("tabs@example.com")
    medication = Medication.objects.create(
        owner=patient, name="Naproxen", category="nsaid", purpose="acute", usual_amount="500 mg"
    )
    now = timezone.now().replace(second=0, microsecond=0)
    start_id = str(uuid.uuid4())

    def item(kind: str, minutes_ago: int, **fields) -> dict:
        at = (now - datetime.timedelta(minutes=minutes_ago)).isoformat()
        return {"id": str(uuid.uuid4()), "kind": kind, "at": at, "recorded_at": at, **fields}

    batch = [
        item("attack_start", 30) | {"id": start_id},
        item("dose", 20, medication=medication.pk, attack=start_id),
        item("attack_end", 0, attack=start_id),
    ]
    barrier = threading.Barrier(SENDERS)
    statuses: list[list[int]] = []
    errors: list[Exception] = []

    def sender() -> None:
        try:
            client = Client()
            client.force_login(patient)
            barrier.wait()
            response = client.post(
                "/diary/sync/", json.dumps({"items": batch}), content_type="application/json"
            )
            statuses.append([result["status"] for result in response.json()["results"]])
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(SENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(statuses) == SENDERS
    # Each action saved by exactly one sender; every other sender was told "already saved".
    for position in range(len(batch)):
        column = sorted(answer[position] for answer in statuses)
        assert column == [200] * (SENDERS - 1) + [201]
    assert MigraineAttack.objects.count() == 1
    assert MedicationDose.objects.get().attack == MigraineAttack.objects.get()
    assert DeviceItem.objects.count() == 3
