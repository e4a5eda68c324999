"""The import page itself: bad files refused with a clear message and nothing saved, the
preview saving nothing, undo removing exactly the import, keeping it, cancelling it, and
another account's Overlap export named before it is imported."""

import datetime
import io
import pathlib
import zipfile

import pytest
from django.test import Client

from diary.exports import csv_export
from diary.imports.files import MAX_FILE_BYTES, MAX_ROWS
from diary.models import (
    DailyCheckIn,
    ImportBatch,
    ImportedRecord,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
)
from tests.conftest import make_patient
from tests.diary.imports.helpers import confirm, upload, upload_batch

SAMPLES = pathlib.Path(__file__).parent / "samples"
BUDDY = (SAMPLES / "migraine_buddy.csv").read_bytes()
UTC = datetime.UTC


def zipped(files: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def refused(client, content: bytes, name: str = "export.csv") -> str:
    """The page's text after uploading a file Overlap refuses; nothing may be saved."""
    response = upload(client, content, name)
    assert response.status_code == 200
    assert not ImportBatch.objects.exists()
    assert not MigraineAttack.objects.exists()
    return response.content.decode()


def test_the_data_page_links_to_the_importer(alice_client):
    page = alice_client.get("/accounts/profile/").content.decode()
    assert 'href="/diary/imports/"' in page


def test_the_upload_page_says_what_it_reads_and_the_size_limit(alice_client):
    page = alice_client.get("/diary/imports/").content.decode()
    assert "Migraine Buddy" in page and "5 MB" in page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "This is not a CSV or zip file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "This is not a CSV or zip file"),
        (b"name,age\r\nAda,36\r\n", "Overlap does not recognise this file"),
        (b"", "The submitted file is empty"),
        ("Date,Start Time\r\n2026-01-01,caf\xe9\r\n".encode("latin-1"), "is not UTF-8 text"),
        (b"PK\x03\x04 not really a zip", "This zip file is damaged"),
    ],
)
def test_a_bad_file_is_refused_with_a_clear_message(alice_client, content, message):
    assert message in refused(alice_client, content)


def test_a_file_over_the_size_limit_is_refused_and_says_the_limit(alice_client):
    page = refused(alice_client, b"x" * (MAX_FILE_BYTES + 1))
    assert "larger than 5 MB" in page


def test_a_file_with_too_many_rows_is_refused(alice_client):
    header = '"#","Started","Lasted","Pain Level"\r\n'
    rows = "".join(f'"{n}","01/01/2026 10:00","1h","5"\r\n' for n in range(MAX_ROWS + 5))
    page = refused(alice_client, (header + rows).encode())
    assert "more than 50,000 rows" in page


def test_a_zip_bomb_is_refused(alice_client):
    bomb = zipped({"attacks.csv": b"0" * (45 * 1024 * 1024)})
    assert len(bomb) < MAX_FILE_BYTES
    assert "zip bomb" in refused(alice_client, bomb, "bomb.zip")


def test_a_zip_with_a_path_outside_itself_is_refused(alice_client):
    evil = zipped({"../../etc/attacks.csv": b"id\r\n", "profile.csv": b"uuid\r\n"})
    assert "outside itself" in refused(alice_client, evil, "evil.zip")


def test_a_zip_without_overlaps_files_is_an_unknown_format(alice_client):
    other = zipped({"notes.csv": b"a,b\r\n1,2\r\n"})
    assert "Overlap does not recognise this file" in refused(alice_client, other, "x.zip")


def test_the_preview_saves_nothing_and_cancelling_it_imports_nothing(alice_client, alice):
    batch = upload_batch(alice_client, BUDDY)
    assert batch.state == ImportBatch.State.PREVIEW
    assert not MigraineAttack.objects.exists() and not Medication.objects.exists()

    response = alice_client.post(f"/diary/imports/{batch.pk}/undo/", follow=True)

    assert "The import was cancelled; nothing was saved." in response.content.decode()
    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.UNDONE and batch.parsed == {}
    assert not MigraineAttack.objects.exists()


def test_undo_removes_exactly_the_import(alice_client, alice):
    own_attack = MigraineAttack.objects.create(
        owner=alice,
        started_at=datetime.datetime(2026, 1, 5, 9, tzinfo=UTC),
        ended_at=datetime.datetime(2026, 1, 5, 12, tzinfo=UTC),
    )
    paracetamol = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    own_dose = MedicationDose.objects.create(
        medication=paracetamol, taken_at=own_attack.started_at, attack=own_attack
    )
    own_checkin = DailyCheckIn.objects.create(owner=alice, day=datetime.date(2026, 1, 5))
    before = {
        "attacks": set(MigraineAttack.objects.values_list("pk", flat=True)),
        "medications": set(Medication.objects.values_list("pk", flat=True)),
        "doses": set(MedicationDose.objects.values_list("pk", flat=True)),
        "triggers": set(Trigger.objects.values_list("pk", flat=True)),
    }
    batch = confirm(alice_client, upload_batch(alice_client, BUDDY))
    assert batch.state == ImportBatch.State.IMPORTED
    assert MigraineAttack.objects.count() == 5
    # The import used the patient's own Sumatriptan rather than adding another.
    assert Medication.objects.filter(name="Sumatriptan").count() == 1

    response = alice_client.post(f"/diary/imports/{batch.pk}/undo/", follow=True)

    assert "The import was undone" in response.content.decode()
    assert set(MigraineAttack.objects.values_list("pk", flat=True)) == before["attacks"]
    assert set(Medication.objects.values_list("pk", flat=True)) == before["medications"]
    assert set(MedicationDose.objects.values_list("pk", flat=True)) == before["doses"]
    assert set(Trigger.objects.values_list("pk", flat=True)) == before["triggers"]
    assert MedicationDose.objects.get(pk=own_dose.pk).attack == own_attack
    assert DailyCheckIn.objects.filter(pk=own_checkin.pk).exists()
    assert not ImportedRecord.objects.exists()


def test_a_file_undone_can_be_imported_again(alice_client, alice):
    batch = confirm(alice_client, upload_batch(alice_client, BUDDY))
    alice_client.post(f"/diary/imports/{batch.pk}/undo/")

    again = confirm(alice_client, upload_batch(alice_client, BUDDY))

    assert again.state == ImportBatch.State.IMPORTED
    assert MigraineAttack.objects.count() == 4


def test_importing_the_same_file_again_adds_nothing(alice_client, alice):
    confirm(alice_client, upload_batch(alice_client, BUDDY))
    counts = (MigraineAttack.objects.count(), MedicationDose.objects.count())

    page = upload(alice_client, BUDDY).content.decode()

    assert "You already imported this file" in page
    assert (MigraineAttack.objects.count(), MedicationDose.objects.count()) == counts


def test_entries_already_in_the_diary_are_skipped_even_from_another_file(alice_client, alice):
    confirm(alice_client, upload_batch(alice_client, BUDDY))
    # The same attacks in a file that differs (a line added at the end).
    batch = upload_batch(alice_client, BUDDY + b'"Sleep","Hours"\r\n')
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()
    assert "This file adds nothing new" in page
    assert "7 entries already in your diary will be left as they are." in page

    confirm(alice_client, batch)

    assert MigraineAttack.objects.count() == 4
    assert batch.records.count() == 0


def test_a_kept_import_can_no_longer_be_undone_whole(alice_client, alice):
    batch = confirm(alice_client, upload_batch(alice_client, BUDDY))

    alice_client.post(f"/diary/imports/{batch.pk}/keep/")
    response = alice_client.post(f"/diary/imports/{batch.pk}/undo/", follow=True)

    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.KEPT and batch.parsed == {}
    assert "can no longer be undone" in response.content.decode()
    assert MigraineAttack.objects.count() == 4
    assert batch.records.count() == 4 + 3 + 3 + 2


def test_a_batch_is_imported_once_even_when_confirmed_twice(alice_client, alice):
    batch = confirm(alice_client, upload_batch(alice_client, BUDDY))

    response = alice_client.post(f"/diary/imports/{batch.pk}/import/", follow=True)

    assert "already been done" in response.content.decode()
    assert MigraineAttack.objects.count() == 4


def test_the_result_page_says_what_was_imported(alice_client, alice):
    batch = confirm(alice_client, upload_batch(alice_client, BUDDY))
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()
    assert "Imported 4 attacks, 3 doses, 3 medicines for your list" in page
    assert "Undo the whole import" in page


def test_another_accounts_overlap_export_names_its_owner_first(alice_client, alice, charlie):
    MigraineAttack.objects.create(
        owner=charlie,
        started_at=datetime.datetime(2026, 2, 1, 9, tzinfo=UTC),
        ended_at=datetime.datetime(2026, 2, 1, 11, tzinfo=UTC),
        notes="Charlie's attack",
    )
    batch = upload_batch(alice_client, csv_export(charlie), "overlap.zip")
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()

    assert "This export carries the name Charlie (charlie@example.com), not your account" in page
    confirm(alice_client, batch)
    assert MigraineAttack.objects.for_owner(alice).get().notes == "Charlie's attack"
    assert MigraineAttack.objects.for_owner(charlie).count() == 1


def test_overlap_rows_with_impossible_or_future_dates_are_listed_and_the_rest_imported(
    alice_client, alice, charlie
):
    MigraineAttack.objects.create(
        owner=charlie,
        started_at=datetime.datetime(2026, 2, 1, 9, tzinfo=UTC),
        ended_at=datetime.datetime(2026, 2, 1, 11, tzinfo=UTC),
    )
    export = zipfile.ZipFile(io.BytesIO(csv_export(charlie)))
    files = {name: export.read(name) for name in export.namelist()}
    files["attacks.csv"] += (
        b"98,migraine,2026-02-30T10:00:00+00:00,,5,no,,,,,,,\r\n"
        b"99,migraine,2099-01-01T10:00:00+00:00,2099-01-01T12:00:00+00:00,5,no,,,,,,,\r\n"
    )
    batch = upload_batch(alice_client, zipped(files), "overlap.zip")
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()

    assert "attacks.csv, row 3: The start “2026-02-30T10:00:00+00:00” is not a possible" in page
    assert "attacks.csv, row 4: The start 2099-01-01 10:00 is in the future." in page
    confirm(alice_client, batch)
    assert MigraineAttack.objects.for_owner(alice).count() == 1


def test_another_patients_batch_is_a_404(alice_client, alice, charlie):
    batch = upload_batch(alice_client, BUDDY)
    charlie_client = Client()
    charlie_client.force_login(charlie)
    for url in ("", "import/", "undo/", "keep/"):
        method = charlie_client.get if not url else charlie_client.post
        assert method(f"/diary/imports/{batch.pk}/{url}").status_code == 404
    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.PREVIEW


def test_an_overlap_export_sets_the_profile_and_undo_puts_it_back(client, alice, charlie):
    charlie.timezone, charlie.theme = "America/New_York", "dark"
    charlie.save()
    MigraineAttack.objects.create(
        owner=charlie,
        started_at=datetime.datetime(2026, 2, 1, 9, tzinfo=UTC),
        ended_at=datetime.datetime(2026, 2, 1, 11, tzinfo=UTC),
    )
    data = csv_export(charlie)
    newcomer = make_patient("newcomer@example.com")
    client.force_login(newcomer)
    batch = upload_batch(client, data, "overlap.zip")
    page = client.get(f"/diary/imports/{batch.pk}/").content.decode()
    assert "Your time zone will be set to America/New_York, as in the file." in page

    confirm(client, batch)
    newcomer.refresh_from_db()
    assert (newcomer.timezone, newcomer.theme, newcomer.display_name) == (
        "America/New_York",
        "dark",
        "Charlie",
    )
    client.post(f"/diary/imports/{batch.pk}/undo/")

    newcomer.refresh_from_db()
    assert (newcomer.timezone, newcomer.theme, newcomer.display_name) == ("UTC", "system", "")
    assert not MigraineAttack.objects.for_owner(newcomer).exists()


def test_profile_values_overlap_never_writes_are_left_alone(alice_client, alice, charlie):
    export = zipfile.ZipFile(io.BytesIO(csv_export(charlie)))
    files = {name: export.read(name) for name in export.namelist()}
    header = files["profile.csv"].split(b"\r\n")[0]
    files["profile.csv"] = header + b"\r\nx,charlie@example.com,Charlie,Mars/Olympus,neon,no,\r\n"
    batch = upload_batch(alice_client, zipped(files), "overlap.zip")

    confirm(alice_client, batch)

    alice.refresh_from_db()
    assert (alice.timezone, alice.theme) == ("Europe/Berlin", "system")


def test_the_same_file_previewed_twice_is_imported_once(alice_client, alice):
    first = upload_batch(alice_client, BUDDY)
    second = upload_batch(alice_client, BUDDY)
    confirm(alice_client, first)

    response = alice_client.post(f"/diary/imports/{second.pk}/import/", follow=True)

    second.refresh_from_db()
    assert second.state == ImportBatch.State.PREVIEW
    assert "Nothing was imported" in response.content.decode()
    assert MigraineAttack.objects.count() == 4
