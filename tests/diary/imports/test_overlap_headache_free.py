"""Headache-free days in Overlap's own export imported back: counted in the preview, saved
with where each came from, skipped when already there, refused on a day with an attack,
undone with the import; an older export without headache_free_days.csv still imports."""

import datetime
import io
import zipfile

import pytest
from django.utils import timezone

from diary.exports import csv_export
from diary.models import HeadacheFreeDay, ImportBatch, ImportedRecord, MigraineAttack
from diary.services import headache_free_day_record
from tests.conftest import make_patient
from tests.diary.imports.helpers import confirm, upload_batch


def days_ago(patient, number: int) -> datetime.date:
    return timezone.localtime(timezone.now(), patient.tzinfo).date() - datetime.timedelta(
        days=number
    )


def attack_on(patient, day: datetime.date) -> MigraineAttack:
    start = datetime.datetime.combine(day, datetime.time(9), tzinfo=patient.tzinfo)
    return MigraineAttack.objects.create(
        owner=patient, started_at=start, ended_at=start + datetime.timedelta(hours=5)
    )


@pytest.fixture
def exported(db):
    """An export of a diary with one attack and three headache-free days; the account
    that wrote it is gone from the comparison (a newcomer imports it)."""
    writer = make_patient("writer@example.com")
    attack_on(writer, days_ago(writer, 10))
    for number in (3, 4, 5):
        headache_free_day_record(owner=writer, day=days_ago(writer, number))
    return writer, csv_export(writer)


@pytest.fixture
def newcomer(db, client):
    patient = make_patient("new@example.com")
    client.force_login(patient)
    return patient


def without_member(data: bytes, name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info.filename))
    return out.getvalue()


def test_the_preview_counts_the_headache_free_days(exported, newcomer, client):
    writer, data = exported
    batch = upload_batch(client, data, "overlap-csv.zip")

    page = client.get(f"/diary/imports/{batch.pk}/").content.decode()

    assert "This file adds 1 attack and 3 headache-free days to your diary." in page
    assert not HeadacheFreeDay.objects.for_owner(newcomer).exists()


def test_headache_free_days_are_saved_with_their_source(exported, newcomer, client):
    writer, data = exported
    batch = confirm(client, upload_batch(client, data, "overlap-csv.zip"))

    assert batch.state == ImportBatch.State.IMPORTED
    days = set(HeadacheFreeDay.objects.for_owner(newcomer).values_list("day", flat=True))
    assert days == {days_ago(writer, n) for n in (3, 4, 5)}
    records = ImportedRecord.objects.filter(batch=batch, headache_free_day__isnull=False)
    assert sorted(record.row for record in records) == [2, 3, 4]
    assert {record.part for record in records} == {"headache_free_days.csv"}
    assert batch.format == ImportBatch.Format.OVERLAP and batch.file_hash
    assert batch.record_counts()["headache_free_day"] == 3


def test_days_already_headache_free_are_left_as_they_are(exported, newcomer, client):
    writer, data = exported
    headache_free_day_record(owner=newcomer, day=days_ago(writer, 4))
    batch = upload_batch(client, data, "overlap-csv.zip")

    page = client.get(f"/diary/imports/{batch.pk}/").content.decode()
    confirm(client, batch)

    assert "1 attack and 2 headache-free days" in page
    assert "1 entry already in your diary will be left as they are." in page
    assert HeadacheFreeDay.objects.for_owner(newcomer).count() == 3


def test_undo_removes_the_headache_free_days_it_added(exported, newcomer, client):
    writer, data = exported
    kept = headache_free_day_record(owner=newcomer, day=days_ago(writer, 20))
    batch = confirm(client, upload_batch(client, data, "overlap-csv.zip"))

    response = client.post(f"/diary/imports/{batch.pk}/undo/", follow=True)

    assert "The import was undone" in response.content.decode()
    assert list(HeadacheFreeDay.objects.for_owner(newcomer)) == [kept]
    assert not MigraineAttack.objects.for_owner(newcomer).exists()


def test_an_older_export_without_the_member_still_imports(exported, newcomer, client):
    writer, data = exported
    older = without_member(data, "headache_free_days.csv")

    batch = confirm(client, upload_batch(client, older, "overlap-csv.zip"))

    assert batch.state == ImportBatch.State.IMPORTED
    assert MigraineAttack.objects.for_owner(newcomer).count() == 1
    assert not HeadacheFreeDay.objects.for_owner(newcomer).exists()


def test_a_headache_free_day_on_an_attack_day_of_the_file_is_refused(db, client):
    writer = make_patient("writer@example.com")
    clash = days_ago(writer, 6)
    headache_free_day_record(owner=writer, day=clash)
    headache_free_day_record(owner=writer, day=days_ago(writer, 7))
    # Logged afterwards (the quick log does not undo the "no headache" of that day), so
    # the export carries both.
    attack_on(writer, clash)
    data = csv_export(writer)
    patient = make_patient("new@example.com")
    client.force_login(patient)
    batch = upload_batch(client, data, "overlap-csv.zip")

    page = client.get(f"/diary/imports/{batch.pk}/").content.decode()
    confirm(client, batch)

    assert "1 attack and 1 headache-free day" in page
    assert f"{clash:%d %b %Y} has a migraine attack logged" in page
    assert "headache_free_days.csv, row" in page
    assert list(HeadacheFreeDay.objects.for_owner(patient).values_list("day", flat=True)) == [
        days_ago(writer, 7)
    ]


def test_a_headache_free_day_on_an_attack_day_of_the_diary_is_refused(exported, newcomer, client):
    writer, data = exported
    attack_on(newcomer, days_ago(writer, 5))
    batch = confirm(client, upload_batch(client, data, "overlap-csv.zip"))

    assert set(HeadacheFreeDay.objects.for_owner(newcomer).values_list("day", flat=True)) == {
        days_ago(writer, 3),
        days_ago(writer, 4),
    }
    assert batch.state == ImportBatch.State.IMPORTED
