"""Flaredown's CSV (one row a day, a column per condition, symptom and treatment)
through the import page: runs of high condition scores become flares, symptoms become
check-ins, treatments doses at noon; never attack times."""

import datetime
import pathlib
import zoneinfo

from diary.models import DailyCheckIn, Flare, ImportBatch, MedicationDose, MigraineAttack
from tests.diary.imports.helpers import confirm, upload_batch

SAMPLES = pathlib.Path(__file__).parent / "samples"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def test_a_flaredown_file_becomes_flares_check_ins_and_doses(alice_client, alice):
    batch = upload_batch(alice_client, (SAMPLES / "flaredown.csv").read_bytes())
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()

    assert batch.format == ImportBatch.Format.FLAREDOWN
    assert "Row 8: The score of Lupus “5” is not a whole number from 0 to 4." in page
    assert "Fibromyalgia" in page  # an unknown condition: map it or skip it
    confirm(alice_client, batch, {"condition:fibromyalgia": "rheumatoid-arthritis"})

    assert not MigraineAttack.objects.exists()
    lupus, arthritis = Flare.objects.for_owner(alice).order_by("condition__slug")
    assert lupus.condition.slug == "lupus"
    assert (lupus.started_on, lupus.ended_on) == (
        datetime.date(2026, 7, 2),
        datetime.date(2026, 7, 4),
    )
    assert lupus.severity == Flare.Severity.MODERATE  # 3 of 4 at worst
    assert (arthritis.started_on, arthritis.ended_on) == (
        datetime.date(2026, 7, 2),
        datetime.date(2026, 7, 3),
    )
    assert arthritis.severity == Flare.Severity.MILD
    checkins = {checkin.day.day: checkin for checkin in DailyCheckIn.objects.for_owner(alice)}
    assert set(checkins) == {1, 2, 3, 4, 5}
    second = checkins[2]
    assert second.fatigue == 8 and second.joint_pain == 5
    assert "Nausea: 2 of 4" in second.notes and "Migraine: 3 of 4" in second.notes
    assert second.menstruation is True and second.gluten is True
    assert [trigger.name for trigger in second.triggers.all()] == ["stressful day"]
    assert "Weather: Rain,\nthunder later" in checkins[3].notes
    assert MedicationDose.objects.filter(medication__name="Hydroxychloroquine").count() == 5
    ibuprofen = MedicationDose.objects.get(medication__name="Ibuprofen")
    assert ibuprofen.amount == "400 mg"
    assert ibuprofen.taken_at == datetime.datetime(2026, 7, 2, 12, tzinfo=BERLIN)
