"""Rolling migrations back loses nothing (SECURITY.md, "Nothing lost"): on a database that
holds the demo diary, every app of Overlap is rolled back as far as it goes and forward
again, and every table is compared. Data migrations undo to nothing, so the links from
attacks, flares and check-ins to the built-in triggers survive; a rollback that would drop
people's rows (accounts, shares, diary entries) is refused before anything changes."""

import datetime
import uuid

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from accounts.models import CareShare, DiaryVersion, PatientProfile, User
from config.rollback import RollbackRefused
from diary.models import (
    DailyCheckIn,
    DeviceItem,
    HeadacheFreeDay,
    ImportBatch,
    ImportedRecord,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
)
from education.models import Medicine
from tests.conftest import give_totp, load_reference_data

pytestmark = pytest.mark.django_db(transaction=True)


def demo_database() -> None:
    # Transactional tests start from empty tables: put the reference data back first.
    load_reference_data()
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo_diary", verbosity=0)
    clinician = User.objects.get(email="clinician@example.com")
    EmailAddress.objects.create(user=clinician, email=clinician.email, verified=True)
    give_totp(clinician)


def every_table() -> dict[str, list[str]]:
    """Each table's rows as text, sorted; the migration records themselves aside (undone
    and done again, they get new dates), and the diary versions, which are nobody's data
    but counters for the clinician's list: made again, they start past the old counts
    (accounts.models.DiaryVersion; checked by the test of that below)."""
    tables = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table in ("django_migrations", "accounts_diaryversion"):
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            tables[table] = sorted(repr(row) for row in cursor.fetchall())
    return tables


def earlier_targets(app: str) -> list[str]:
    """Each migration of `app` to roll back to, newest first, then zero."""
    names = sorted(
        name for label, name in MigrationLoader(connection).disk_migrations if label == app
    )
    return names[-2::-1] + ["zero"]


# Where each app's rolling back stops: the diary's seed is undone and redone, but tables
# holding people's rows are never dropped (the diary depends on education, so rolling
# education back far enough would take the diary's tables with it).
FIRST_REFUSED = {
    "diary": "zero",
    "accounts": "0001_initial",
    "education": "0004_seed_pages",
}


@pytest.mark.parametrize("app", FIRST_REFUSED)
def test_rolling_each_app_back_and_forward_loses_nothing(app):
    # The medicine catalogue's table is made anew when education is rolled back and forward,
    # so its ids start again from 1: start from such a table, as a new installation does.
    call_command("migrate", "education", "0008_vessel_conditions", verbosity=0)
    call_command("migrate", verbosity=0)
    demo_database()
    assert MigraineAttack.objects.filter(triggers__owner__isnull=True).exists()
    before = every_table()
    refused = None

    for target in earlier_targets(app):
        try:
            call_command("migrate", app, target, verbosity=0)
        except RollbackRefused:
            refused = target
            break
    call_command("migrate", verbosity=0)

    assert every_table() == before, f"rolling {app} back and forward changed data"
    assert refused == FIRST_REFUSED[app]


@pytest.mark.parametrize("app", ["account", "mfa"])
def test_rolling_back_allauths_tables_of_addresses_and_authenticators_is_refused(app):
    demo_database()
    before = every_table()

    with pytest.raises(RollbackRefused, match="Nothing was changed"):
        call_command("migrate", app, "zero", verbosity=0)

    assert every_table() == before


def test_rolling_back_the_new_kinds_is_refused_while_a_medication_has_one():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    Medication.objects.create(
        owner=patient, name="Propranolol", category="beta_blocker", purpose="preventive"
    )
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 diary.Medication"):
        call_command("migrate", "diary", "0003_reminders_headache_free_days", verbosity=0)

    assert every_table() == before


@pytest.mark.parametrize("change", ["added", "edited"])
def test_rolling_back_the_catalogue_is_refused_while_it_holds_a_curators_work(change):
    demo_database()
    if change == "added":
        Medicine.objects.create(generic_name="Pizotifen", kind="other", usual_purpose="preventive")
    else:
        Medicine.objects.filter(generic_name="Sumatriptan").update(brand_names="Imigran")
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 education.Medicine"):
        call_command("migrate", "education", "0008_vessel_conditions", verbosity=0)

    assert every_table() == before


def test_rolling_back_reminders_is_refused_while_they_hold_a_headache_free_day():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    HeadacheFreeDay.objects.create(owner=patient, day=datetime.date(2026, 1, 2))
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 diary.HeadacheFreeDay"):
        call_command("migrate", "diary", "0002_seed_triggers", verbosity=0)

    assert every_table() == before


def test_rolling_back_the_invitation_delivery_is_refused_while_one_is_being_sent():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    share = CareShare.objects.filter(patient=patient).first()
    CareShare.objects.filter(pk=share.pk).update(invitation_delivery="queued")
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 accounts.CareShare"):
        call_command("migrate", "accounts", "0002_careshare_accessevent", verbosity=0)

    assert every_table() == before


def test_rolling_back_the_heart_and_vessel_facts_is_refused_while_a_patient_has_one():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    PatientProfile.objects.filter(user=patient).update(vessel_risks=["raynauds"])


@pytest.mark.parametrize(
    "change, held",
    [
        ("wellbeing", "1 diary.DailyCheckIn"),
        ("relief", "1 diary.MedicationDose"),
        ("dismissed", "1 diary.MedicationDose"),
    ],
)
def test_rolling_back_wellbeing_and_relief_is_refused_while_they_hold_answers(change, held):
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    if change == "wellbeing":
        DailyCheckIn.objects.filter(owner=patient).update(wellbeing=None)
        checkin = DailyCheckIn.objects.filter(owner=patient).first()
        DailyCheckIn.objects.filter(pk=checkin.pk).update(wellbeing=7)
    else:
        dose = MedicationDose.objects.filter(medication__owner=patient).first()
        field = {"relief": {"relief": "lot"}, "dismissed": {"relief_dismissed": True}}[change]
        MedicationDose.objects.filter(pk=dose.pk).update(**field)
    before = every_table()

    with pytest.raises(RollbackRefused, match=held):
        call_command("migrate", "diary", "0003_reminders_headache_free_days", verbosity=0)

    assert every_table() == before


def test_rolling_back_the_gluten_opt_in_is_refused_while_a_patient_opted_in():
    demo_database()
    PatientProfile.objects.filter(user__email="patient@example.com").update(gluten_questions=True)
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 accounts.PatientProfile"):
        call_command("migrate", "accounts", "0003_careshare_invitation_delivery", verbosity=0)

    assert every_table() == before


def test_rolling_back_onboarding_is_refused_while_a_patient_is_part_way_through():
    demo_database()
    User.objects.filter(email="patient@example.com").update(onboarding_step="medicines")
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 accounts.User"):
        call_command("migrate", "accounts", "0003_careshare_invitation_delivery", verbosity=0)

    assert every_table() == before


def test_rolling_back_the_reminders_step_is_refused_while_a_patient_is_on_it():
    demo_database()
    User.objects.filter(email="patient@example.com").update(onboarding_step="reminders")
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 accounts.User"):
        call_command("migrate", "accounts", "0006_patientprofile_vessel_risks", verbosity=0)

    assert every_table() == before


def test_rolling_onboarding_back_and_forward_asks_the_same_accounts_again():
    demo_database()
    User.objects.create_user("old@example.com", "a calm walk by the river 7")
    User.objects.filter(email="old@example.com").update(timezone_confirmed=False)
    before = every_table()

    call_command("migrate", "accounts", "0003_careshare_invitation_delivery", verbosity=0)
    call_command("migrate", verbosity=0)

    assert every_table() == before
    assert User.objects.get(email="old@example.com").timezone_question_due


def test_rolling_back_imports_is_refused_while_an_import_is_recorded():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    ImportBatch.objects.create(owner=patient, format="overlap", file_hash="0" * 64)
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 diary.ImportBatch"):
        call_command("migrate", "diary", "0003_reminders_headache_free_days", verbosity=0)

    assert every_table() == before


def test_rolling_back_the_quick_logs_device_ids_is_refused_while_one_is_kept():
    # Without the ids phones gave their actions, a phone replaying one would save it twice.
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    DeviceItem.objects.create(
        owner=patient,
        device_id=uuid.uuid4(),
        kind="attack_start",
        recorded_at=datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC),
    )
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 diary.DeviceItem"):
        call_command("migrate", "diary", "0003_reminders_headache_free_days", verbosity=0)

    assert every_table() == before


def test_rolling_back_the_start_days_is_refused_while_a_medicine_has_one():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    medication = Medication.objects.filter(owner=patient).order_by("name").first()
    Medication.objects.filter(pk=medication.pk).update(started_on=datetime.date(2026, 1, 2))
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 diary.Medication"):
        call_command("migrate", "diary", "0012_questionnaires", verbosity=0)

    assert every_table() == before


def test_rolling_back_imported_headache_free_days_is_refused_while_an_import_holds_one():
    # Without the link, undoing that import would leave its headache-free days behind.
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    batch = ImportBatch.objects.create(owner=patient, format="overlap", file_hash="0" * 64)
    free_day = HeadacheFreeDay.objects.create(owner=patient, day=datetime.date(2020, 1, 2))
    ImportedRecord.objects.create(batch=batch, row=2, headache_free_day=free_day)
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 diary.ImportedRecord"):
        call_command("migrate", "diary", "0014_push_subscriptions", verbosity=0)

    assert every_table() == before


def test_rolling_back_imported_questionnaires_is_refused_while_an_import_holds_one():
    # Without the link, undoing that import would leave its questionnaire responses behind.
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    batch = ImportBatch.objects.create(owner=patient, format="overlap", file_hash="0" * 64)
    response = QuestionnaireResponse.objects.create(
        owner=patient,
        slug="phq9",
        version="1",
        status=QuestionnaireResponse.Status.COMPLETED,
        total=3,
        completed_at=datetime.datetime(2020, 1, 2, tzinfo=datetime.UTC),
    )
    ImportedRecord.objects.create(
        batch=batch, part="questionnaires.csv", row=2, questionnaire=response
    )
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 diary.ImportedRecord"):
        call_command("migrate", "diary", "0016_imported_headache_free_days", verbosity=0)

    assert every_table() == before


def test_shares_from_before_sections_keep_showing_what_they_showed():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    clinician = User.objects.get(email="clinician@example.com")
    CareShare.objects.all().delete()
    call_command("migrate", "accounts", "0006_patientprofile_vessel_risks", verbosity=0)
    now = datetime.datetime.now(tz=datetime.UTC)
    with connection.cursor() as cursor:
        for notes, token in ((True, "a"), (False, "b")):
            cursor.execute(
                "INSERT INTO accounts_careshare (patient_id, clinician_id, invite_email, "
                "token_hash, include_notes, created_at, accepted_at, invitation_delivery) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, 'sent')",
                [patient.pk, clinician.pk, clinician.email, token * 64, notes, now, now],
            )

    call_command("migrate", "accounts", verbosity=0)

    shares = {share.include_notes: share for share in CareShare.objects.all()}
    assert shares[True].sections == {"migraine", "flares", "medicines", "checkins", "notes"}
    assert shares[False].sections == {"migraine", "flares", "medicines", "checkins"}


def test_rolling_back_sections_is_refused_while_a_share_hides_one():
    demo_database()
    share = CareShare.objects.filter(clinician__isnull=False).first()
    share.shows_flares = False
    share.save()

    with pytest.raises(RollbackRefused, match="1 accounts.CareShare"):
        call_command("migrate", "accounts", "0006_patientprofile_vessel_risks", verbosity=0)

    share.refresh_from_db()
    assert share.shows_flares is False


def test_the_versions_are_made_again_past_the_old_counts():
    demo_database()
    old = dict(DiaryVersion.objects.values_list("user_id", "version"))
    assert old  # the patients', from their profiles

    call_command("migrate", "accounts", "0008_onboarding_reminders", verbosity=0)
    call_command("migrate", verbosity=0)

    again = dict(DiaryVersion.objects.values_list("user_id", "version"))
    assert set(again) == set(User.objects.values_list("pk", flat=True))  # everyone's now
    assert all(again[pk] > old[pk] for pk in old)
