"""Nothing lost, nothing doubled (SECURITY.md, "Data integrity"): a form sent twice makes
one row, and every migration of Overlap's apps can be undone and done again."""

import re
import zoneinfo

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from diary.models import DailyCheckIn, Medication, MedicationDose, Trigger
from education.models import Condition, Page

TOKEN = re.compile(r'name="form_token" value="([0-9a-f-]{36})"')


def sent_twice(client, path: str, data: dict) -> list[int]:
    """Post the form on ``path`` twice with the same data and the page's own one-time token,
    as a double tap or a resent request would."""
    token = TOKEN.search(client.get(path).content.decode())
    if token:
        data = data | {"form_token": token[1]}
    return [client.post(path, data).status_code for _ in range(2)]


@pytest.fixture
def ibuprofen(alice) -> Medication:
    return Medication.objects.create(
        owner=alice, name="Ibuprofen", category="nsaid", purpose="acute"
    )


def test_a_medication_sent_twice_is_saved_once(alice_client, alice):
    data = {"name": "Naproxen", "category": "nsaid", "purpose": "acute", "usual_amount": "250 mg"}

    statuses = sent_twice(alice_client, "/diary/medications/", data)

    assert statuses[0] == 302
    assert statuses[1] in (200, 302)
    assert Medication.objects.filter(owner=alice, name="Naproxen").count() == 1


def test_a_detailed_dose_sent_twice_is_saved_once(alice_client, alice, ibuprofen):
    taken_at = timezone.localtime(timezone.now(), zoneinfo.ZoneInfo(alice.timezone))
    data = {
        "medication": ibuprofen.pk,
        "taken_at": taken_at.strftime("%Y-%m-%dT%H:%M"),
        "amount": "400 mg",
    }

    statuses = sent_twice(alice_client, "/diary/doses/new/", data)

    assert statuses == [302, 302]
    assert MedicationDose.objects.filter(medication=ibuprofen).count() == 1


def test_a_checkin_sent_twice_is_one_day(alice_client, alice):
    day = timezone.localdate().isoformat()

    statuses = sent_twice(
        alice_client, f"/diary/checkins/{day}/", {"stress": "2", "sleep_hours": "7"}
    )

    assert statuses == [302, 302]
    assert DailyCheckIn.objects.filter(owner=alice).count() == 1


def test_a_trigger_sent_twice_is_one_trigger(alice_client, alice):
    statuses = sent_twice(alice_client, "/diary/triggers/", {"name": "Loud concerts"})

    assert statuses[0] in (200, 302)
    assert Trigger.objects.filter(owner=alice, name__iexact="Loud concerts").count() == 1


OVERLAP_APPS = ["diary", "accounts", "education"]  # each after the apps that depend on it


def applied(app: str) -> set[str]:
    executor = MigrationExecutor(connection)
    return {name for label, name in executor.loader.applied_migrations if label == app}


@pytest.mark.django_db(transaction=True)
def test_every_migration_of_overlap_can_be_undone_and_done_again():
    before = {app: applied(app) for app in OVERLAP_APPS}
    assert all(before.values())

    for app in OVERLAP_APPS:
        call_command("migrate", app, "zero", verbosity=0)
        assert applied(app) == set(), f"{app} kept migrations after migrating to zero"
    tables = connection.introspection.table_names()
    assert not [table for table in tables if table.startswith(("diary_", "education_"))]

    call_command("migrate", verbosity=0)

    assert {app: applied(app) for app in OVERLAP_APPS} == before
    # The data migrations ran again: reference data is back.
    assert Condition.objects.filter(slug="lupus").exists()
    assert Page.objects.exists()
    assert Trigger.objects.filter(owner__isnull=True).exists()
