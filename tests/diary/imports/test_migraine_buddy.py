"""Migraine Buddy's CSV through the import page: sections, locale dates, "2h 30m" and
"Ongoing", comma-separated cells, the geohash dropped and said so, unknown triggers and
medicines mapped in the preview, and older exports without offset columns."""

import datetime
import pathlib

from diary.exports import csv_export
from diary.models import ImportBatch, Medication, MedicationDose, MigraineAttack, Trigger
from tests.diary.imports.helpers import confirm, export_tables, upload_batch

SAMPLES = pathlib.Path(__file__).parent / "samples"
NEWER = (SAMPLES / "migraine_buddy.csv").read_bytes()
OLDER = (SAMPLES / "migraine_buddy_older.csv").read_bytes()
UTC = datetime.UTC


def test_the_preview_counts_the_attacks_and_lists_refused_rows_and_dropped_columns(
    alice_client, alice
):
    batch = upload_batch(alice_client, NEWER, "MigraineBuddy.csv")
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()

    assert batch.format == ImportBatch.Format.MIGRAINE_BUDDY
    assert "This file adds 4 attacks, 3 doses, 3 medicines for your list" in page
    assert "Row 8: The start “31/02/2026 10:00” is not a possible date and time." in page
    assert "Row 9: The start 2099-12-15 09:00 is in the future." in page
    assert "The Geohash column (where you were, as map coordinates) was left out" in page
    assert "Only the attacks table" in page
    assert "Dates were read as day/month/year" in page
    # Unknown labels wait for a choice: a trigger and a medicine.
    assert "Chocolate" in page and "Migraleve" in page
    assert "u10hb7" not in page
    # Nothing is saved before the confirmation.
    assert not MigraineAttack.objects.for_owner(alice).exists()


def test_confirming_saves_the_attacks_as_previewed(alice_client, alice):
    alcohol = Trigger.objects.catalogue().get(name__iexact="alcohol")
    batch = upload_batch(alice_client, NEWER)
    confirm(
        alice_client,
        batch,
        {
            "trigger:chocolate": "skip",
            "trigger:red wine": f"id:{alcohol.pk}",
            "medicine:migraleve": "combination_analgesic",
        },
    )

    attacks = list(MigraineAttack.objects.for_owner(alice).order_by("started_at"))
    assert len(attacks) == 4
    first, tension, long_one, ongoing = attacks
    # 07:45 at UTC+60 min, lasting 2 h 30 min.
    assert first.started_at == datetime.datetime(2026, 3, 14, 6, 45, tzinfo=UTC)
    assert first.ended_at - first.started_at == datetime.timedelta(hours=2, minutes=30)
    assert first.peak_intensity == 7 and first.aura and first.location == "left"
    assert first.symptoms == ["nausea", "light_sensitivity"]
    assert "Other symptoms: Yawning" in first.notes and "Woke up with it" in first.notes
    assert [trigger.name for trigger in first.triggers.all()] == ["Poor sleep"]
    assert tension.attack_type == "headache" and tension.location == "both"
    # A formula-looking note is kept as text, and escaped when exported again.
    assert tension.notes == "=1+1 looked like a formula\nPlace: Work"
    attacks_csv = export_tables(csv_export(alice))["attacks.csv"]
    assert "'=1+1 looked like a formula\nPlace: Work" in [row["notes"] for row in attacks_csv]
    assert long_one.ended_at - long_one.started_at == datetime.timedelta(days=1, hours=3)
    assert long_one.notes.startswith("Started at the concert,\r\nthen got worse overnight")
    assert "Aura: Zigzag lines" in long_one.notes
    assert {trigger.name.casefold() for trigger in long_one.triggers.all()} == {
        "menstruation",
        "alcohol",
    }
    assert ongoing.ended_at is None
    assert not Trigger.objects.filter(name__iexact="chocolate").exists()
    migraleve = Medication.objects.get(owner=alice, name="Migraleve")
    assert migraleve.category == "combination_analgesic"
    ibuprofen = MedicationDose.objects.get(medication__name="Ibuprofen")
    assert ibuprofen.amount == "400mg ×2" and ibuprofen.attack == first
    assert ibuprofen.taken_at == first.started_at
    assert Medication.objects.get(owner=alice, name="Sumatriptan").category == "triptan"
    assert batch.records.filter(attack=first, row=5).exists()


def test_an_unknown_trigger_can_become_ones_own_or_a_catalogue_trigger(alice_client, alice):
    stress = Trigger.objects.catalogue().get(name__iexact="stress")
    batch = upload_batch(alice_client, NEWER)
    confirm(alice_client, batch, {"trigger:chocolate": f"id:{stress.pk}"})

    first = MigraineAttack.objects.for_owner(alice).order_by("started_at").first()
    assert {trigger.name for trigger in first.triggers.all()} == {"Poor sleep", "Stress"}


def test_an_older_export_without_offsets_is_read_in_the_patients_zone(alice_client, alice):
    batch = upload_batch(alice_client, OLDER)
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()
    assert "no UTC offsets" in page and "Europe/Berlin" in page
    assert "month/day/year" in page
    confirm(alice_client, batch)

    first = MigraineAttack.objects.for_owner(alice).order_by("started_at").first()
    # 07:45 in Berlin on 14 March 2025 (UTC+1).
    assert first.started_at == datetime.datetime(2025, 3, 14, 6, 45, tzinfo=UTC)
    assert first.location == "right"
    assert MedicationDose.objects.get(medication__name="Rizatriptan").amount == "10mg"


def test_a_second_ongoing_attack_is_refused_in_the_preview(alice_client, alice):
    MigraineAttack.objects.create(
        owner=alice, started_at=datetime.datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    )
    batch = upload_batch(alice_client, NEWER)
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()
    assert "Row 10: Another attack is already in progress" in page
    confirm(alice_client, batch)
    assert MigraineAttack.objects.for_owner(alice).count() == 4


def test_the_preview_can_be_shown_again_with_the_choices_made(alice_client, alice):
    batch = upload_batch(alice_client, NEWER)

    response = alice_client.post(
        f"/diary/imports/{batch.pk}/import/",
        {"action": "preview", "map:medicine:migraleve": "skip", "map:trigger:chocolate": "skip"},
    )

    assert response.status_code == 302
    assert "csrf" not in response["Location"]
    page = alice_client.get(response["Location"]).content.decode()
    # Migraleve's dose is skipped now: two doses, two medicines.
    assert "This file adds 4 attacks, 2 doses, 2 medicines for your list" in page
    assert '<option value="skip" selected>Skip its doses</option>' in page
    assert not MigraineAttack.objects.exists()
    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.PREVIEW
