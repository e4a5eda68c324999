"""The patient's own exports: a zip of CSV files and a FHIR R4 Bundle (docs/exports.md).

This file: the CSV zip, and the diary every export test builds (make_diary). The FHIR
Bundle is tested in test_exports_fhir.py, the download views in test_exports_views.py.
"""

import csv
import datetime
import io
import json
import zipfile

import pytest
from django.utils import timezone

from accounts.models import AccessEvent, CareShare, PatientProfile
from diary import exports
from diary.exports import csv as csv_files
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
)
from education.models import Condition
from tests.conftest import make_share

FORMULAS = ["=1+2", "+33 1 2", "-7 degrees", "@SUM(A1)", "\tindented", "\rreturn"]


def make_diary(user, count: int, *, note: str = "note") -> None:
    """`count` entries of every kind for `user`, each with triggers, symptoms and notes."""
    lupus = Condition.objects.get(slug="lupus")
    celiac = Condition.objects.get(slug="celiac")
    now = timezone.now()
    for index in range(count):
        trigger = Trigger.objects.create(owner=user, name=f"{note} trigger {index}")
        attack = MigraineAttack.objects.create(
            owner=user,
            started_at=now - datetime.timedelta(days=3 * index + 2),
            ended_at=now - datetime.timedelta(days=3 * index + 2) + datetime.timedelta(hours=4),
            peak_intensity=index % 11,
            aura=index % 2 == 0,
            symptoms=["nausea", "light_sensitivity"],
            location="left",
            disability=index % 4,
            notes=f"{note} attack {index}",
        )
        attack.triggers.add(trigger)
        flare = Flare.objects.create(
            owner=user,
            condition=lupus if index % 2 else celiac,
            started_on=timezone.localdate() - datetime.timedelta(days=3 * index + 2),
            ended_on=timezone.localdate() - datetime.timedelta(days=3 * index + 1),
            severity=1 + index % 3,
            symptoms=["fatigue"],
            notes=f"{note} flare {index}",
        )
        flare.triggers.add(trigger)
        medication = Medication.objects.create(
            owner=user,
            name=f"{note} medicine {index}",
            category="triptan",
            purpose="acute",
            usual_amount="50 mg",
        )
        MedicationDose.objects.create(
            medication=medication, attack=attack, taken_at=attack.started_at, relief="partial"
        )
        MedicationDose.objects.create(medication=medication, taken_at=now, amount="1 tablet")
        checkin = DailyCheckIn.objects.create(
            owner=user,
            day=timezone.localdate() - datetime.timedelta(days=index),
            sleep_hours="7.5",
            stress=index % 11,
            water_glasses=6,
            gluten=False,
            menstruation=None,
            fatigue=3,
            joint_pain=2,
            notes=f"{note} day {index}",
        )
        checkin.triggers.add(trigger)


def read_zip(content: bytes) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {
            name: list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
            if name.endswith(".csv")
        }


def readme(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.read("README.txt").decode()


def test_it_puts_every_entry_in_its_csv_file(alice, charlie):
    make_diary(alice, 4, note="alice")
    make_diary(charlie, 2, note="charlie")

    files = read_zip(exports.csv_export(alice))

    assert len(files["attacks.csv"]) == MigraineAttack.objects.filter(owner=alice).count() == 4
    assert len(files["flares.csv"]) == Flare.objects.filter(owner=alice).count()
    assert len(files["medications.csv"]) == Medication.objects.filter(owner=alice).count()
    assert len(files["doses.csv"]) == MedicationDose.objects.filter(medication__owner=alice).count()
    assert len(files["checkins.csv"]) == DailyCheckIn.objects.filter(owner=alice).count()
    assert len(files["triggers.csv"]) == Trigger.objects.filter(owner=alice).count()
    assert len(files["conditions.csv"]) == alice.profile.conditions.count() == 2
    assert [row["email"] for row in files["profile.csv"]] == ["alice@example.com"]
    everything = json.dumps(files)
    assert "charlie" not in everything


def test_it_lists_the_days_without_headache_oldest_first(alice, charlie):
    today = timezone.localdate(timezone.now(), alice.tzinfo)
    for days_ago in (1, 9):
        HeadacheFreeDay.objects.create(owner=alice, day=today - datetime.timedelta(days=days_ago))
    HeadacheFreeDay.objects.create(owner=charlie, day=today - datetime.timedelta(days=3))

    content = exports.csv_export(alice)
    files = read_zip(content)

    assert [row["day"] for row in files["headache_free_days.csv"]] == [
        (today - datetime.timedelta(days=9)).isoformat(),
        (today - datetime.timedelta(days=1)).isoformat(),
    ]
    assert all(row["created_at"] for row in files["headache_free_days.csv"])
    assert "headache_free_days.csv (2 rows): Days you said you had no headache" in readme(content)


def test_it_lists_the_patients_shares_and_who_read_through_them(alice, bob, charlie):
    share = make_share(alice, bob, include_notes=True)
    make_share(alice, None)
    make_share(charlie, bob)
    AccessEvent.objects.create(
        patient=alice, actor=bob, actor_label="Dr Bob", share=share, action="viewed", what="report"
    )

    files = read_zip(exports.csv_export(alice))

    assert len(files["shares.csv"]) == CareShare.objects.filter(patient=alice).count() == 2
    accepted = next(row for row in files["shares.csv"] if row["clinician"])
    assert (accepted["clinician"], accepted["include_notes"], accepted["state"]) == (
        "Dr Bob",
        "yes",
        "active",
    )
    assert accepted["sections"] == "checkins flares medicines migraine notes"
    assert [(row["who"], row["what"]) for row in files["access_history.csv"]] == [
        ("Dr Bob", "report")
    ]


def test_it_writes_every_field_the_patient_entered(alice, attack, flare, dose, checkin):
    trigger = Trigger.objects.create(owner=alice, name="Bright light")
    attack.triggers.add(trigger)
    attack.symptoms = ["nausea", "neck_pain"]
    attack.location = "both"
    attack.disability = 2
    attack.aura = True
    attack.save()

    files = read_zip(exports.csv_export(alice))

    row = files["attacks.csv"][0]
    assert row["id"] == str(attack.pk)
    assert row["peak_intensity"] == "6"
    assert row["aura"] == "yes"
    assert row["symptoms"] == "nausea; neck_pain"
    assert row["location"] == "both"
    assert row["disability"] == "2"
    assert row["triggers"] == "Bright light"
    assert row["notes"] == "Alice's private note"
    assert files["flares.csv"][0]["notes"] == "Alice's flare note"
    assert files["flares.csv"][0]["condition"] == "Systemic lupus erythematosus"
    dose_row = files["doses.csv"][0]
    assert (dose_row["medication"], dose_row["amount"]) == ("Sumatriptan", "50 mg")
    assert dose_row["attack_id"] == str(attack.pk)
    assert files["medications.csv"][0]["usual_for_attacks"] == "yes"
    assert files["checkins.csv"][0]["stress"] == "4"
    assert files["checkins.csv"][0]["gluten"] == ""


def test_it_writes_times_in_iso_8601_with_the_patients_offset(alice, attack):
    files = read_zip(exports.csv_export(alice))

    started = datetime.datetime.fromisoformat(files["attacks.csv"][0]["started_at"])
    assert started == attack.started_at
    # Alice lives in Berlin: UTC+1 in winter, +2 in summer.
    assert started.utcoffset() in (datetime.timedelta(hours=1), datetime.timedelta(hours=2))


@pytest.mark.parametrize("formula", FORMULAS)
def test_it_escapes_text_cells_that_start_like_a_formula(alice, formula):
    medication = Medication.objects.create(
        owner=alice, name=formula, category="other", purpose="acute", usual_amount=formula
    )
    MedicationDose.objects.create(medication=medication, taken_at=timezone.now(), amount=formula)
    DailyCheckIn.objects.create(owner=alice, day=timezone.localdate(), notes=formula)
    Trigger.objects.create(owner=alice, name=formula)

    files = read_zip(exports.csv_export(alice))

    assert files["medications.csv"][0]["name"] == "'" + formula
    assert files["medications.csv"][0]["usual_amount"] == "'" + formula
    assert files["doses.csv"][0]["amount"] == "'" + formula
    assert files["doses.csv"][0]["medication"] == "'" + formula
    assert files["checkins.csv"][0]["notes"] == "'" + formula
    assert files["triggers.csv"][0]["name"] == "'" + formula


def test_it_leaves_ordinary_text_as_it_is(alice):
    DailyCheckIn.objects.create(owner=alice, day=timezone.localdate(), notes="Slept 7=8 hours")

    files = read_zip(exports.csv_export(alice))

    assert files["checkins.csv"][0]["notes"] == "Slept 7=8 hours"


def test_it_escapes_only_text_columns_so_negative_numbers_stay_numbers():
    columns = [
        csv_files.Column("number", lambda value: value),
        csv_files.Column("text", lambda value: str(value), text=True),
    ]

    content = csv_files._csv_bytes(columns, [-3, 4.5]).decode("utf-8-sig")

    assert content.splitlines() == ["number,text", "-3,'-3", "4.5,4.5"]


def test_every_column_that_holds_text_the_patient_typed_is_escaped(alice):
    records = exports.load_records(alice)
    typed = {
        "attacks.csv": {"notes", "triggers"},
        "flares.csv": {"notes", "triggers"},
        "medications.csv": {"name", "usual_amount"},
        "doses.csv": {"medication", "amount"},
        "checkins.csv": {"notes", "triggers"},
        "triggers.csv": {"name"},
        "profile.csv": {"display_name", "email"},
    }

    tables = csv_files.csv_tables(records)

    for name, columns in typed.items():
        text_columns = {column.name for column in tables[name][0] if column.text}
        assert columns <= text_columns, name


def test_the_readme_explains_each_file_and_its_columns(alice, attack):
    content = exports.csv_export(alice)
    text = readme(content)

    for name in csv_files.FILE_DESCRIPTIONS:
        assert name in text
    assert "attacks.csv (1 row)" in text
    assert "peak_intensity: worst pain, 0 to 10" in text
    assert "formula" in text


def test_a_patient_without_a_profile_still_gets_an_export(charlie):
    PatientProfile.objects.filter(user=charlie).delete()

    files = read_zip(exports.csv_export(charlie))

    assert files["conditions.csv"] == []
    assert files["profile.csv"][0]["cycle_tracking"] == ""


@pytest.mark.parametrize("builder", [exports.csv_export, exports.fhir_export])
def test_it_reads_the_diary_in_the_same_number_of_queries_however_long(
    alice, charlie, builder, django_assert_num_queries
):
    make_diary(charlie, 1)
    make_diary(alice, 6)
    charlie = type(charlie).objects.get(pk=charlie.pk)
    alice = type(alice).objects.get(pk=alice.pk)
    with django_assert_num_queries(19) as one_entry:
        builder(charlie)
    with django_assert_num_queries(19) as many_entries:
        builder(alice)

    assert len(one_entry.captured_queries) == len(many_entries.captured_queries)
