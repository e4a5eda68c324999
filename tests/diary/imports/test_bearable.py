"""Bearable's CSV (one row per data point) through the import page: check-in values and
symptom ratings, never invented attacks; the older file without `date formatted`."""

import datetime
import pathlib
import zoneinfo
from decimal import Decimal

from diary.models import DailyCheckIn, ImportBatch, MedicationDose, MigraineAttack
from tests.diary.imports.helpers import confirm, upload_batch

SAMPLES = pathlib.Path(__file__).parent / "samples"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def test_a_bearable_file_becomes_check_ins_and_never_attacks(alice_client, alice):
    batch = upload_batch(alice_client, (SAMPLES / "bearable.csv").read_bytes())
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()

    assert batch.format == ImportBatch.Format.BEARABLE
    assert "This file adds 1 dose, 2 check-ins, 1 medicine for your list" in page
    assert "Row 12: The date “2026-04-31” is not a possible date." in page
    assert "Row 13: The date 2099-04-03 is in the future." in page
    assert "never turned into attacks" in page
    confirm(alice_client, batch, {"trigger:caffeine": "skip"})

    assert not MigraineAttack.objects.exists()
    first, second = DailyCheckIn.objects.for_owner(alice).order_by("day")
    assert first.day == datetime.date(2026, 4, 1)
    assert first.sleep_hours == Decimal("7.5")
    assert first.fatigue == 8  # 3 of 4
    assert first.menstruation is True and first.gluten is True
    assert "Good day,\r\nwalked the dog" in first.notes
    assert "Headache: Moderate (2 of 4)" in first.notes and "Mood: 4" in first.notes
    assert not first.triggers.exists()
    assert second.sleep_hours == Decimal("5.5") and second.joint_pain == 10
    assert "=cmd|calc" in second.notes  # kept as text
    dose = MedicationDose.objects.get()
    assert dose.medication.name == "Hydroxychloroquine" and dose.medication.category == "dmard"
    assert dose.taken_at == datetime.datetime(2026, 4, 1, 18, 0, tzinfo=BERLIN)
    assert dose.amount == "200mg"


def test_an_older_bearable_file_without_the_formatted_date(alice_client, alice):
    confirm(alice_client, upload_batch(alice_client, (SAMPLES / "bearable_older.csv").read_bytes()))

    checkin = DailyCheckIn.objects.for_owner(alice).get()
    assert checkin.sleep_hours == Decimal("6.0") and checkin.stress == 8
