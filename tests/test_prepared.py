"""config.prepared: a query compiled once gives, for any values, the rows the ORM would."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import CareShare
from config.prepared import Prepared, read_day, stand_in_day, stand_in_moment
from diary.models import DailyCheckIn
from tests.conftest import make_clinician, make_patient, make_share


def live_patients(*, clinician_id: int, now: datetime.datetime):
    return (
        CareShare.objects.live(now=now)
        .filter(clinician_id=clinician_id)
        .order_by("patient_id")
        .values_list("patient_id", "shows_flares")
    )


def test_each_call_runs_the_sql_made_once_with_its_own_values(db, django_assert_num_queries):
    first, second = make_clinician("a@example.com", "Dr A"), make_clinician("b@example.com", "Dr B")
    patients = [make_patient(f"p{number}@example.com") for number in range(3)]
    make_share(patients[0], first)
    make_share(patients[1], first)
    soon = make_share(patients[2], second)
    soon.expires_at = timezone.now() + datetime.timedelta(hours=1)
    soon.save()
    prepared = Prepared(live_patients, clinician_id=-1, now=stand_in_moment())
    now = timezone.now()

    for clinician, at in [(first, now), (second, now), (second, now + datetime.timedelta(days=1))]:
        expected = [
            (patient_id, bool(flares))
            for patient_id, flares in live_patients(clinician_id=clinician.pk, now=at)
        ]
        with django_assert_num_queries(1):
            rows = prepared.rows(clinician_id=clinician.pk, now=at)
        assert [(patient_id, bool(flares)) for patient_id, flares in rows] == expected
    assert [row[0] for row in prepared.rows(clinician_id=first.pk, now=now)] == [
        patients[0].pk,
        patients[1].pk,
    ]
    assert prepared.rows(clinician_id=second.pk, now=now + datetime.timedelta(days=1)) == []


def test_a_stand_in_the_query_does_not_use_is_refused(db):
    prepared = Prepared(
        lambda clinician_id, now: CareShare.objects.filter(clinician_id=clinician_id).values_list(
            "pk"
        ),
        clinician_id=-1,
        now=stand_in_moment(),
    )
    with pytest.raises(ValueError, match="stand-in"):
        prepared.rows(clinician_id=1, now=timezone.now())


def test_a_day_is_a_stand_in_too_and_its_column_reads_as_a_date(db):
    patient = make_patient("days@example.com")
    first = datetime.date(2025, 3, 1)
    DailyCheckIn.objects.bulk_create(
        DailyCheckIn(owner=patient, day=first + datetime.timedelta(days=offset))
        for offset in range(10)
    )

    def days(*, owner_id: int, since: datetime.date):
        return (
            DailyCheckIn.objects.filter(owner_id=owner_id, day__gte=since)
            .order_by("day")
            .values_list("day")
        )

    prepared = Prepared(days, owner_id=-1, since=stand_in_day())

    for since in [first, first + datetime.timedelta(days=7), datetime.date(2026, 1, 1)]:
        read = [read_day(day) for (day,) in prepared.rows(owner_id=patient.pk, since=since)]
        assert read == [day for (day,) in days(owner_id=patient.pk, since=since)]
    assert len(prepared.rows(owner_id=patient.pk, since=first + datetime.timedelta(days=7))) == 3
