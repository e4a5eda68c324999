"""Overlap's own export imported back: export, erase the account, sign up again, import;
the new export equals the first except for ids and the times rows were created or last
changed in Overlap (and the shares and access history, which are about other people and
are never imported)."""

import datetime

import pytest
from django.core.management import call_command
from django.db.models import F
from django.utils import timezone

from accounts.models import User
from accounts.services import account_erase
from diary.exports import csv_export
from diary.management.commands.bench import build_diary
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    ImportBatch,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
)
from diary.services import headache_free_day_record
from tests.conftest import make_patient
from tests.diary.imports.helpers import confirm, export_tables, upload_batch

NOT_IMPORTED = {"shares.csv", "access_history.csv"}
NEW_IN_OVERLAP = {"id", "created_at", "updated_at", "date_joined", "uuid"}


def comparable(data: bytes) -> dict[str, list[dict[str, str]]]:
    """The export's tables with ids replaced by what they point at."""
    tables = export_tables(data)
    attack_starts = {row["id"]: row["started_at"] for row in tables["attacks.csv"]}
    medication_names = {row["id"]: row["name"] for row in tables["medications.csv"]}
    for row in tables["doses.csv"]:
        row["attack_id"] = attack_starts.get(row["attack_id"], "")
        row["medication_id"] = medication_names[row["medication_id"]]
    return {
        name: [{k: v for k, v in row.items() if k not in NEW_IN_OVERLAP} for row in rows]
        for name, rows in tables.items()
        if name not in NOT_IMPORTED
    }


@pytest.fixture
def demo_patient(db) -> User:
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo_diary", verbosity=0)
    return User.objects.get(email="patient@example.com")


def bench_patient() -> User:
    """The ten-year diary `manage.py bench` measures, moved two days back: its last attack
    ends later today, which an import rightly refuses as a time still to come."""
    user, _ = build_diary(days=3650)
    back = datetime.timedelta(days=2)
    MigraineAttack.objects.filter(owner=user).update(
        started_at=F("started_at") - back, ended_at=F("ended_at") - back
    )
    MedicationDose.objects.filter(medication__owner=user).update(taken_at=F("taken_at") - back)
    return user


def with_everything(patient: User) -> None:
    """Add what the demo diary lacks: an own trigger on entries of each kind, a note that
    looks like a formula (escaped in the export, it must come back as it was), and days
    said to have had no headache."""
    citrus = Trigger.objects.create(owner=patient, name="Citrus")
    attack = MigraineAttack.objects.for_owner(patient).order_by("started_at")[0]
    attack.notes = "=SUM(A1:A3) and a line\nbreak, with a comma"
    attack.save()
    attack.triggers.add(citrus)
    DailyCheckIn.objects.for_owner(patient).order_by("day")[0].triggers.add(citrus)
    Flare.objects.for_owner(patient).order_by("started_on")[0].triggers.add(citrus)
    # A start day given for one medicine, none for the others.
    Medication.objects.filter(
        pk=Medication.objects.for_owner(patient).order_by("name")[0].pk
    ).update(started_on=datetime.date(2024, 3, 5))
    today = timezone.localtime(timezone.now(), patient.tzinfo).date()
    attacks = MigraineAttack.objects.for_owner(patient)
    free = [
        day
        for day in (today - datetime.timedelta(days=n) for n in range(3, 60))
        if not attacks.between(day, day, tz=patient.tzinfo).exists()
    ][:5]
    assert len(free) == 5
    for day in free:
        headache_free_day_record(owner=patient, day=day)


@pytest.mark.parametrize("diary", ["demo", "bench"])
def test_a_diary_round_trips_through_an_erased_account(db, client, diary):
    if diary == "demo":
        call_command("seed_demo", verbosity=0)
        call_command("seed_demo_diary", verbosity=0)
        patient = User.objects.get(email="patient@example.com")
    else:
        patient = bench_patient()
    with_everything(patient)
    email = patient.email
    first = csv_export(patient)
    account_erase(user=patient)
    newcomer = make_patient(email)
    client.force_login(newcomer)

    batch = confirm(client, upload_batch(client, first, "overlap-csv.zip"))

    assert batch.state == ImportBatch.State.IMPORTED
    assert batch.format == ImportBatch.Format.OVERLAP
    second = csv_export(User.objects.get(pk=newcomer.pk))
    assert len(comparable(first)["headache_free_days.csv"]) >= 5
    assert comparable(second) == comparable(first)
    assert HeadacheFreeDay.objects.for_owner(newcomer).count() >= 5
    assert MigraineAttack.objects.for_owner(newcomer).filter(notes__startswith="=SUM").exists()
    assert Trigger.objects.for_owner(newcomer).get().name == "Citrus"
    assert list(
        Medication.objects.for_owner(newcomer)
        .filter(started_on__isnull=False)
        .values_list("started_on", flat=True)
    ) == [datetime.date(2024, 3, 5)]


def test_importing_the_same_export_again_adds_nothing(demo_patient, client):
    data = csv_export(demo_patient)
    newcomer = make_patient("new@example.com")
    client.force_login(newcomer)
    confirm(client, upload_batch(client, data, "overlap-csv.zip"))
    attacks = MigraineAttack.objects.for_owner(newcomer).count()

    response = client.post("/diary/imports/", {"file": _file(data)})

    assert "You already imported this file" in response.content.decode()
    assert MigraineAttack.objects.for_owner(newcomer).count() == attacks
    assert ImportBatch.objects.for_owner(newcomer).count() == 1


def _file(data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("overlap-csv.zip", data)
