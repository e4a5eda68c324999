"""config.prepared: a query compiled once gives, for any values, the rows the ORM would."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import CareShare
from config.prepared import Prepared, stand_in_moment
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
