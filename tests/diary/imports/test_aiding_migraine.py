"""Aiding Migraine's CSV (UTF-8 with a BOM, "; "-separated values) through the import
page, and its older, shorter files."""

import datetime
import pathlib
import zoneinfo

from diary.models import ImportBatch, MedicationDose, MigraineAttack
from tests.diary.imports.helpers import confirm, upload_batch

SAMPLES = pathlib.Path(__file__).parent / "samples"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def test_an_aiding_migraine_file_is_previewed_and_imported(alice_client, alice):
    batch = upload_batch(alice_client, (SAMPLES / "aiding_migraine.csv").read_bytes())
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()

    assert batch.format == ImportBatch.Format.AIDING_MIGRAINE
    assert "This file adds 4 attacks, 3 doses" in page
    assert "Row 6: The start “2026-13-01 10:00” is not a possible date and time." in page
    assert "Row 7: The pain level “12” is not a whole number from 0 to 10." in page
    assert "Screen time" in page  # an unknown trigger, waiting for a choice
    confirm(alice_client, batch, {"trigger:screen time": "skip"})

    first, overnight, tension, ongoing = MigraineAttack.objects.for_owner(alice).order_by(
        "started_at"
    )
    assert first.started_at == datetime.datetime(2026, 5, 2, 6, 30, tzinfo=BERLIN)
    assert first.ended_at == datetime.datetime(2026, 5, 2, 9, 0, tzinfo=BERLIN)
    assert first.symptoms == ["nausea", "light_sensitivity"] and first.aura
    assert first.location == "left"
    assert {trigger.name for trigger in first.triggers.all()} == {"Stress", "Skipped meal"}
    assert "Woke with it; took meds early" in first.notes
    assert "Prodrome: Yawning" in first.notes and "Air pressure (hPa): 1008" in first.notes
    # An end before the start is the next morning.
    assert overnight.ended_at == datetime.datetime(2026, 5, 10, 1, 45, tzinfo=BERLIN)
    assert overnight.location == "front"
    assert tension.attack_type == "headache"
    assert tension.duration == datetime.timedelta(hours=1, minutes=30)
    assert tension.notes.startswith("Desk day,\nlong meeting")
    assert ongoing.ended_at is None
    doses = MedicationDose.objects.filter(attack=first).order_by("medication__name")
    assert [(dose.medication.name, dose.amount) for dose in doses] == [
        ("Paracetamol", "1g"),
        ("Sumatriptan", "50mg"),
    ]


def test_an_older_aiding_migraine_file_with_fewer_columns(alice_client, alice):
    batch = upload_batch(alice_client, (SAMPLES / "aiding_migraine_older.csv").read_bytes())
    confirm(alice_client, batch)

    first, second = MigraineAttack.objects.for_owner(alice).order_by("started_at")
    assert first.started_at == datetime.datetime(2024, 1, 12, 19, 0, tzinfo=BERLIN)
    assert first.peak_intensity == 8
    assert MedicationDose.objects.get(attack=first).medication.category == "nsaid"
    # A cell that looks like a formula is kept as text.
    assert second.notes == "@SUM(1+1)\nCategory: Headache"
    assert second.attack_type == "headache"
