import datetime
import time
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from accounts.models import PatientProfile, User
from diary.management.commands.seed_demo_diary import DEMO_PATIENT
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack


def run() -> str:
    output = StringIO()
    call_command("seed_demo_diary", stdout=output)
    return output.getvalue()


def make_demo_patient() -> User:
    user = User.objects.create_user(DEMO_PATIENT, "x" * 20, timezone="Europe/London")
    PatientProfile.objects.create(user=user)
    return user


def test_it_gives_the_demo_patient_a_year_of_entries_quickly(db):
    patient = make_demo_patient()

    started = time.monotonic()
    output = run()
    elapsed = time.monotonic() - started

    assert elapsed < 5
    assert output.strip().splitlines()[-1].startswith("Demo diary ready:")
    attacks = MigraineAttack.objects.for_owner(patient)
    assert attacks.count() >= 20
    assert attacks.filter(attack_type="headache").exists()
    assert not attacks.ongoing().exists()
    flares = Flare.objects.for_owner(patient)
    assert {flare.condition.slug for flare in flares} == {"lupus", "rheumatoid-arthritis"}
    names = set(Medication.objects.for_owner(patient).values_list("name", "category"))
    assert {
        ("Ibuprofen", "nsaid"),
        ("Sumatriptan", "triptan"),
        ("Paracetamol", "simple_analgesic"),
        ("Methotrexate", "dmard"),
        ("Hydroxychloroquine", "dmard"),
    } <= names
    assert MedicationDose.objects.for_owner(patient).count() > 100
    checkins = DailyCheckIn.objects.for_owner(patient)
    assert 250 < checkins.count() <= 365
    assert checkins.filter(triggers__isnull=False).exists()
    today = timezone.localdate()
    assert checkins.latest("day").day >= today - datetime.timedelta(days=7)
    assert checkins.earliest("day").day >= today - datetime.timedelta(days=365)
    assert attacks.latest("started_at").ended_at <= timezone.now()


def test_migraines_cluster_around_flares(db):
    patient = make_demo_patient()
    run()

    flare_days = set()
    for flare in Flare.objects.for_owner(patient):
        for offset in range(-3, (flare.ended_on - flare.started_on).days + 4):
            flare_days.add(flare.started_on + datetime.timedelta(days=offset))
    starts = [
        timezone.localtime(attack.started_at).date()
        for attack in MigraineAttack.objects.for_owner(patient)
    ]
    inside = sum(1 for day in starts if day in flare_days) / max(len(flare_days), 1)
    outside = sum(1 for day in starts if day not in flare_days) / (365 - len(flare_days))
    assert inside > 1.5 * outside


def test_it_is_reproducible_and_does_nothing_the_second_time(db):
    patient = make_demo_patient()
    run()
    first = list(MigraineAttack.objects.for_owner(patient).values_list("peak_intensity", flat=True))

    output = run()

    assert "nothing done" in output
    assert MigraineAttack.objects.for_owner(patient).count() == len(first)


def test_it_does_nothing_without_the_demo_patient(db):
    output = run()

    assert "run seed_demo first" in output
    assert not MigraineAttack.objects.exists()
