"""Diary fixtures: a few entries of Alice's, built straight through the models."""

import datetime

import pytest
from django.utils import timezone

from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack, Trigger


@pytest.fixture
def attack(alice) -> MigraineAttack:
    started = timezone.now() - datetime.timedelta(days=2)
    return MigraineAttack.objects.create(
        owner=alice,
        started_at=started,
        ended_at=started + datetime.timedelta(hours=5),
        peak_intensity=6,
        notes="Alice's private note",
    )


@pytest.fixture
def ongoing_attack(alice) -> MigraineAttack:
    return MigraineAttack.objects.create(
        owner=alice, started_at=timezone.now() - datetime.timedelta(minutes=30)
    )


@pytest.fixture
def flare(alice, lupus) -> Flare:
    today = timezone.localdate()
    return Flare.objects.create(
        owner=alice,
        condition=lupus,
        started_on=today - datetime.timedelta(days=10),
        ended_on=today - datetime.timedelta(days=3),
        notes="Alice's flare note",
    )


@pytest.fixture
def sumatriptan(alice) -> Medication:
    return Medication.objects.create(
        owner=alice,
        name="Sumatriptan",
        category="triptan",
        purpose="acute",
        usual_amount="50 mg",
        usual_for_attacks=True,
    )


@pytest.fixture
def dose(sumatriptan, attack) -> MedicationDose:
    return MedicationDose.objects.create(
        medication=sumatriptan, attack=attack, taken_at=attack.started_at, amount="50 mg"
    )


@pytest.fixture
def checkin(alice) -> DailyCheckIn:
    return DailyCheckIn.objects.create(
        owner=alice, day=timezone.localdate() - datetime.timedelta(days=1), stress=4
    )


@pytest.fixture
def alice_trigger(alice) -> Trigger:
    return Trigger.objects.create(owner=alice, name="Alice's secret trigger")


@pytest.fixture
def charlie_trigger(charlie) -> Trigger:
    return Trigger.objects.create(owner=charlie, name="Charlie's own trigger")
