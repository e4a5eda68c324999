"""Overlap's own export imported back: export, erase the account, sign up again, import;
the new export equals the first except for ids and the times rows were created or last
changed in Overlap (and the shares and access history, which are about other people and
are never imported)."""

import datetime

import pytest
from django.core.management import call_command
from django.db.models import F
from django.utils import timezone

from accounts.models import PatientProfile, User, VesselRisk
from accounts.services import account_erase
from diary.exports import csv_export
from diary.imports.plan import import_plan
from diary.imports.services import profile_changes
from diary.instruments import instruments
from diary.management.commands.bench import build_diary
from diary.models import (
    Appointment,
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    ImportBatch,
    KeptInstrument,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Reminder,
    ReminderKind,
    Trigger,
)
from diary.questionnaires import response_pause, response_submit
from diary.reminders import reminder_save
from diary.services import headache_free_day_record
from education.models import Medicine
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
    looks like a formula (escaped in the export, it must come back as it was), days said
    to have had no headache, a check-in's wellbeing, the gluten question and vessel risks
    of the profile, completed questionnaires (a PHQ-9 scoring 10, an MFIS with subscales)
    and a paused one, questionnaires kept on a schedule, appointments (one with the
    patient's questions, one not yet opened), reminder settings, and a dose whose relief
    question was dismissed."""
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
    checkin = DailyCheckIn.objects.for_owner(patient).order_by("-day")[0]
    checkin.wellbeing = 7
    checkin.notes = "+2 glasses after lunch; slept badly"
    checkin.save()
    DailyCheckIn.objects.for_owner(patient).filter(
        pk=DailyCheckIn.objects.for_owner(patient).order_by("day")[0].pk
    ).update(wellbeing=0)
    PatientProfile.objects.filter(user=patient).update(
        gluten_questions=True,
        vessel_risks=[VesselRisk.HIGH_BLOOD_PRESSURE, VesselRisk.RAYNAUDS],
    )
    known = instruments()
    phq9 = {"1": "2", "2": "2", "3": "2", "4": "2", "5": "1", "6": "1", "7": "0", "8": "0"}
    first = response_submit(owner=patient, known=known["phq9"], raw=phq9 | {"9": "0"}, token=None)
    mfis = {str(n): str(n % 5) for n in range(1, 22)}
    second = response_submit(owner=patient, known=known["mfis"], raw=mfis, token=None)
    now = timezone.now()
    QuestionnaireResponse.objects.filter(pk=first.pk).update(
        completed_at=now - datetime.timedelta(days=40, microseconds=123)
    )
    QuestionnaireResponse.objects.filter(pk=second.pk).update(
        completed_at=now - datetime.timedelta(days=12)
    )
    response_pause(owner=patient, known=known["gad7"], raw={"1": "1"})
    KeptInstrument.objects.create(owner=patient, slug="phq9", interval_days=14)
    KeptInstrument.objects.create(owner=patient, slug="mfis", interval_days=28)
    Appointment.objects.create(
        owner=patient,
        day=today + datetime.timedelta(days=20),
        specialty="neurology",
        questions=["=Could the naproxen add to my headaches?", "Should I try a preventive?"],
    )
    Appointment.objects.create(
        owner=patient, day=today - datetime.timedelta(days=70), specialty="rheumatology"
    )
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=datetime.time(8, 30),
        weekdays=0b0010101,
        include_details=False,
    )
    reminder_save(
        owner=patient,
        kind=ReminderKind.RELIEF,
        enabled=True,
        local_time=datetime.time(20, 0),
        weekdays=0b1111111,
        include_details=True,
        relief_delay=datetime.timedelta(hours=3),
    )
    dose = MedicationDose.objects.for_owner(patient).filter(relief="").order_by("taken_at")[0]
    dose.dismiss_relief()
    if not patient.display_name:  # the bench diary's patient has none
        User.objects.filter(pk=patient.pk).update(display_name="Sam")
        patient.refresh_from_db()


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
    # Not in the export: the catalogue entry each medicine's name matches, found again.
    catalogue = dict(Medication.objects.for_owner(patient).values_list("name", "catalogue_entry"))
    assert diary == "bench" or any(catalogue.values())
    account_erase(user=patient)
    newcomer = make_patient(email)
    client.force_login(newcomer)

    batch = confirm(client, upload_batch(client, first, "overlap-csv.zip"))

    assert batch.state == ImportBatch.State.IMPORTED
    assert batch.format == ImportBatch.Format.OVERLAP
    second = csv_export(User.objects.get(pk=newcomer.pk))
    assert len(comparable(first)["headache_free_days.csv"]) >= 5
    if diary == "demo":
        # Every column compared holds a value somewhere (the bench diary leaves some
        # empty), so a column the import drops, or the export stops writing, fails the
        # comparison below.
        for name, rows in comparable(first).items():
            assert rows, name
            empty = [column for column in rows[0] if not any(row[column] for row in rows)]
            assert empty == [], name
    assert comparable(second) == comparable(first)
    assert HeadacheFreeDay.objects.for_owner(newcomer).count() >= 5
    assert MigraineAttack.objects.for_owner(newcomer).filter(notes__startswith="=SUM").exists()
    assert Trigger.objects.for_owner(newcomer).get().name == "Citrus"
    assert list(
        Medication.objects.for_owner(newcomer)
        .filter(started_on__isnull=False)
        .values_list("started_on", flat=True)
    ) == [datetime.date(2024, 3, 5)]
    # Each medicine is linked to the catalogue entry of its name (the demo's were already;
    # the bench diary's were made without the link).
    linked = dict(Medication.objects.for_owner(newcomer).values_list("name", "catalogue_entry"))
    by_name = {name: Medicine.objects.named(name) for name in linked}
    assert linked == {name: entry.pk if entry else None for name, entry in by_name.items()}
    assert any(linked.values())
    if diary == "demo":
        assert linked == catalogue
    assert sorted(
        DailyCheckIn.objects.for_owner(newcomer)
        .filter(wellbeing__isnull=False)
        .values_list("wellbeing", flat=True)
    ) == [0, 7]
    profile = PatientProfile.objects.get(user=newcomer)
    assert profile.gluten_questions is True
    assert profile.vessel_risks == ["high_blood_pressure", "raynauds"]
    responses = QuestionnaireResponse.objects.for_owner(newcomer).completed()
    assert [(response.slug, str(response.total)) for response in responses][-1] == (
        "phq9",
        "10.00",
    )
    assert responses.count() == 2
    draft = QuestionnaireResponse.objects.for_owner(newcomer).drafts().get()
    assert (draft.slug, draft.answers) == ("gad7", {"1": "1"})
    assert sorted(
        Appointment.objects.for_owner(newcomer).values_list("specialty", "questions")
    ) == [
        ("neurology", ["=Could the naproxen add to my headaches?", "Should I try a preventive?"]),
        ("rheumatology", None),
    ]
    reminders = {reminder.kind: reminder for reminder in Reminder.objects.for_owner(newcomer)}
    assert set(reminders) == {"checkin", "relief"}
    checkin_reminder = reminders["checkin"]
    assert checkin_reminder.enabled and checkin_reminder.local_time == datetime.time(8, 30)
    assert checkin_reminder.weekdays == 0b0010101
    assert checkin_reminder.next_send_at is not None
    assert reminders["relief"].relief_delay == datetime.timedelta(hours=3)
    assert reminders["relief"].include_details is True
    assert MedicationDose.objects.for_owner(newcomer).filter(relief_dismissed=True).count() == 1
    for name in ("appointments.csv", "reminders.csv", "questionnaire_drafts.csv"):
        assert comparable(first)[name], name
    assert set(responses.get(slug="mfis").subscales) == set(known_subscales("mfis"))
    assert dict(
        KeptInstrument.objects.for_owner(newcomer).values_list("slug", "interval_days")
    ) == {"phq9": 14, "mfis": 28}
    tables = export_tables(second)
    assert tables["questionnaires.csv"][0]["score"] == "10"
    assert tables["profile.csv"][0]["vessel_risks"] == "high_blood_pressure; raynauds"
    # Each response says where it came from: the batch (format, file hash) and its row.
    records = batch.records.filter(questionnaire__isnull=False).order_by("row")
    assert [(record.part, record.row) for record in records] == [
        ("questionnaires.csv", 2),
        ("questionnaires.csv", 3),
    ]


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


def known_subscales(slug: str) -> list[str]:
    return list(instruments()[slug].subscales)


def test_questionnaires_come_back_once_and_go_with_an_undo(demo_patient, client):
    with_everything(demo_patient)
    data = csv_export(demo_patient)
    newcomer = make_patient("new@example.com")
    client.force_login(newcomer)
    batch = confirm(client, upload_batch(client, data, "overlap-csv.zip"))
    assert batch.record_counts()["questionnaire"] == 2
    assert QuestionnaireResponse.objects.for_owner(newcomer).completed().count() == 2
    assert QuestionnaireResponse.objects.for_owner(newcomer).drafts().count() == 1
    assert Appointment.objects.for_owner(newcomer).count() == 2
    assert Reminder.objects.for_owner(newcomer).count() == 2

    # The same zip again is refused at upload; the newcomer's own export, holding the same
    # responses in another file, plans none of them again.
    response = client.post("/diary/imports/", {"file": _file(data)})
    assert "You already imported this file" in response.content.decode()
    again = upload_batch(client, csv_export(User.objects.get(pk=newcomer.pk)), "again.zip")
    assert import_plan(batch=again).counts()["questionnaire"] == 0
    assert import_plan(batch=again).duplicates > 0
    # Nor the paused questionnaire, the appointments or the reminders, already there.
    assert set(profile_changes(again)) & {"questionnaire_drafts", "appointments", "reminders"} == (
        set()
    )
    client.post(f"/diary/imports/{again.pk}/undo/")
    assert QuestionnaireResponse.objects.for_owner(newcomer).count() == 3

    client.post(f"/diary/imports/{batch.pk}/undo/")

    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.UNDONE
    assert not QuestionnaireResponse.objects.for_owner(newcomer).exists()
    assert not KeptInstrument.objects.for_owner(newcomer).exists()
    assert not Appointment.objects.for_owner(newcomer).exists()
    assert not Reminder.objects.for_owner(newcomer).exists()
    assert not DailyCheckIn.objects.for_owner(newcomer).exists()
    profile = PatientProfile.objects.get(user=newcomer)
    assert (profile.gluten_questions, profile.vessel_risks) == (False, [])


def test_a_questionnaire_row_overlap_does_not_know_is_refused_alone(demo_patient, client):
    with_everything(demo_patient)
    tables = export_tables(csv_export(demo_patient))
    rows = tables["questionnaires.csv"]
    rows[0]["questionnaire"] = "bdi2"
    rows[1]["answers"] = "1=3; =SUM(A1)"
    newcomer = make_patient("new@example.com")
    client.force_login(newcomer)

    batch = upload_batch(client, zipped(tables), "edited.zip")

    reasons = [item["reason"] for item in batch.parsed["refused"]]
    assert "The questionnaire “bdi2” is not one Overlap knows." in reasons
    assert any(reason.startswith("The answer “") for reason in reasons)
    assert import_plan(batch=batch).counts()["questionnaire"] == 0
    assert import_plan(batch=batch).counts()["attack"] > 0


def zipped(tables: dict[str, list[dict[str, str]]]) -> bytes:
    """The tables written back into a zip as the export writes them."""
    import csv
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, rows in tables.items():
            if not rows:
                continue
            text = io.StringIO()
            writer = csv.DictWriter(text, fieldnames=list(rows[0]), lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(rows)
            archive.writestr(name, text.getvalue())
    return out.getvalue()


def _file(data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("overlap-csv.zip", data)


def test_an_undo_puts_back_the_reminders_the_patient_had(demo_patient, client):
    with_everything(demo_patient)
    data = csv_export(demo_patient)
    newcomer = make_patient("new@example.com")
    reminder_save(
        owner=newcomer,
        kind=ReminderKind.CHECKIN,
        enabled=False,
        local_time=datetime.time(21, 15),
        weekdays=0b1000000,
        include_details=True,
    )
    client.force_login(newcomer)
    batch = confirm(client, upload_batch(client, data, "overlap-csv.zip"))
    checkin = Reminder.objects.get(owner=newcomer, kind="checkin")
    assert (checkin.enabled, checkin.local_time) == (True, datetime.time(8, 30))

    client.post(f"/diary/imports/{batch.pk}/undo/")

    checkin.refresh_from_db()
    assert (checkin.enabled, checkin.local_time, checkin.weekdays, checkin.include_details) == (
        False,
        datetime.time(21, 15),
        0b1000000,
        True,
    )
    assert not Reminder.objects.filter(owner=newcomer, kind="relief").exists()
