"""load_recent_diaries reads only the recent part of many diaries at once: what the clinic
list shows of it (counts, alerts, attention) must equal what the whole diary gives."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from diary.insights.attention import ATTENTION_DAYS, attention
from diary.loading import load_diary, load_recent_diaries
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition
from tests.conftest import make_patient


def at(patient, days_ago: int, hour: int = 10) -> datetime.datetime:
    day = timezone.localdate(timezone.now(), patient.tzinfo) - datetime.timedelta(days=days_ago)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=patient.tzinfo)


def long_diary(patient, *, days: int) -> None:
    """A diary of `days` days: a triptan every other day (enough for the overuse alert when
    it covers 90 days), attacks, check-ins, an attack still going on that began before the
    recent part, a flare over and an ongoing one that began long ago."""
    triptan = Medication.objects.create(
        owner=patient, name="Sumatriptan", category="triptan", purpose="acute"
    )
    MedicationDose.objects.bulk_create(
        MedicationDose(medication=triptan, taken_at=at(patient, ago)) for ago in range(0, days, 2)
    )
    MigraineAttack.objects.bulk_create(
        MigraineAttack(
            owner=patient,
            started_at=at(patient, ago),
            ended_at=at(patient, ago) + datetime.timedelta(hours=5),
            peak_intensity=7,
        )
        for ago in range(1, days, 3)
    )
    MigraineAttack.objects.create(owner=patient, started_at=at(patient, days - 1, hour=23))
    DailyCheckIn.objects.bulk_create(
        DailyCheckIn(owner=patient, day=at(patient, ago).date(), stress=3)
        for ago in range(0, days, 5)
    )
    lupus = Condition.objects.get(slug="lupus")
    Flare.objects.create(
        owner=patient,
        condition=lupus,
        started_on=at(patient, days - 1).date(),
        ended_on=at(patient, days - 10).date(),
    )
    Flare.objects.create(
        owner=patient,
        condition=Condition.objects.exclude(pk=lupus.pk).earliest("pk"),
        started_on=at(patient, days - 2).date(),
    )


@pytest.mark.parametrize("days", [400, 95, 50])
@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Europe/Berlin", "America/Adak"])
def test_it_gives_the_whole_diarys_attention_from_its_recent_part(db, days, zone):
    patient = make_patient(f"long{days}@example.com", timezone=zone)
    long_diary(patient, days=days)
    now = timezone.now()
    today = timezone.localdate(now, patient.tzinfo)

    recent = load_recent_diaries([patient], days=ATTENTION_DAYS, now=now)[patient.pk]
    whole, names = load_diary(patient, tz=patient.tzinfo)

    assert recent.last_entry == today
    assert len(recent.diary.doses) < len(whole.doses) or days < ATTENTION_DAYS
    assert recent.condition_names.items() <= names.items()
    expected = attention(whole, today=today, now=now, last_entry=recent.last_entry)
    assert attention(recent.diary, today=today, now=now, last_entry=recent.last_entry) == expected
    # The full overuse alert needs 90 covered days: covered_from gives them when they are.
    overuse = [alert for alert in expected.alerts if alert.kind == "medication_overuse"]
    assert bool(overuse) == (days >= 90)


def test_it_reads_many_diaries_in_six_queries(db):
    patients = [make_patient(f"many{number}@example.com") for number in range(12)]
    for patient in patients[:3]:
        long_diary(patient, days=100)

    with CaptureQueriesContext(connection) as queries:
        recent = load_recent_diaries(patients, days=ATTENTION_DAYS, now=timezone.now())

    assert len(queries) == 6
    assert set(recent) == {patient.pk for patient in patients}
    assert recent[patients[-1].pk].last_entry is None
    assert recent[patients[-1].pk].diary.attacks == ()
    with CaptureQueriesContext(connection) as queries:
        without = load_recent_diaries(patients, days=90, now=timezone.now(), checkins=False)
    assert len(queries) == 5
    assert without[patients[0].pk].diary.checkins == ()
    assert without[patients[0].pk].last_entry == recent[patients[0].pk].last_entry


def test_it_reads_nothing_for_no_one(db):
    with CaptureQueriesContext(connection) as queries:
        assert load_recent_diaries([], days=ATTENTION_DAYS, now=timezone.now()) == {}
    assert len(queries) == 0
