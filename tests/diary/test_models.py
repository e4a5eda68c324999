"""The diary's invariants hold in the database itself, not only in forms."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack, Trigger

UTC = datetime.UTC
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def refused(make) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def at(year, month, day, hour=0, minute=0, tz=UTC) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=tz)


# --- Constraints --------------------------------------------------------------------


def test_the_database_refuses_an_attack_ending_before_it_starts(alice):
    refused(
        lambda: MigraineAttack.objects.create(
            owner=alice, started_at=at(2025, 1, 2), ended_at=at(2025, 1, 1)
        )
    )


@pytest.mark.parametrize("intensity", [-1, 11, 100])
def test_the_database_refuses_a_peak_intensity_out_of_range(alice, intensity):
    refused(
        lambda: MigraineAttack.objects.create(
            owner=alice,
            started_at=at(2025, 1, 1),
            ended_at=at(2025, 1, 1, 3),
            peak_intensity=intensity,
        )
    )


def test_the_database_refuses_a_disability_above_bed_rest(alice):
    refused(
        lambda: MigraineAttack.objects.create(
            owner=alice, started_at=at(2025, 1, 1), ended_at=at(2025, 1, 1, 3), disability=4
        )
    )


def test_the_database_refuses_an_unknown_attack_type(alice):
    refused(
        lambda: MigraineAttack.objects.create(
            owner=alice, started_at=at(2025, 1, 1), ended_at=at(2025, 1, 1), attack_type="cluster"
        )
    )


def test_the_database_refuses_notes_beyond_the_limit(alice):
    refused(
        lambda: MigraineAttack.objects.create(
            owner=alice, started_at=at(2025, 1, 1), ended_at=at(2025, 1, 1), notes="x" * 2001
        )
    )


def test_the_database_allows_one_ongoing_attack_per_patient(alice, charlie):
    MigraineAttack.objects.create(owner=alice, started_at=at(2025, 1, 1))
    MigraineAttack.objects.create(owner=charlie, started_at=at(2025, 1, 1))
    MigraineAttack.objects.create(owner=alice, started_at=at(2024, 1, 1), ended_at=at(2024, 1, 2))

    refused(lambda: MigraineAttack.objects.create(owner=alice, started_at=at(2025, 2, 1)))


def test_bulk_create_cannot_slip_in_a_second_ongoing_attack(alice):
    refused(
        lambda: MigraineAttack.objects.bulk_create(
            [
                MigraineAttack(owner=alice, started_at=at(2025, 1, 1)),
                MigraineAttack(owner=alice, started_at=at(2025, 1, 2)),
            ]
        )
    )
    assert MigraineAttack.objects.count() == 0


def test_the_database_refuses_a_flare_ending_before_it_starts(alice, lupus):
    refused(
        lambda: Flare.objects.create(
            owner=alice,
            condition=lupus,
            started_on=datetime.date(2025, 1, 5),
            ended_on=datetime.date(2025, 1, 4),
        )
    )


@pytest.mark.parametrize("severity", [0, 4])
def test_the_database_refuses_a_flare_severity_out_of_range(alice, lupus, severity):
    refused(
        lambda: Flare.objects.create(
            owner=alice, condition=lupus, started_on=datetime.date(2025, 1, 5), severity=severity
        )
    )


def test_the_database_allows_one_ongoing_flare_per_condition(alice, lupus):
    Flare.objects.create(owner=alice, condition=lupus, started_on=datetime.date(2025, 1, 5))

    refused(
        lambda: Flare.objects.create(
            owner=alice, condition=lupus, started_on=datetime.date(2025, 2, 5)
        )
    )


def test_the_database_allows_one_checkin_per_patient_per_day(alice, charlie):
    day = datetime.date(2025, 1, 5)
    DailyCheckIn.objects.create(owner=alice, day=day)
    DailyCheckIn.objects.create(owner=charlie, day=day)

    refused(lambda: DailyCheckIn.objects.create(owner=alice, day=day))


@pytest.mark.parametrize(
    "field, value",
    [
        ("stress", 11),
        ("fatigue", 11),
        ("joint_pain", 11),
        ("water_glasses", 41),
        ("sleep_hours", Decimal("24.5")),
        ("sleep_hours", Decimal("-1")),
    ],
)
def test_the_database_refuses_checkin_scores_out_of_range(alice, field, value):
    refused(
        lambda: DailyCheckIn.objects.create(
            owner=alice, day=datetime.date(2025, 1, 5), **{field: value}
        )
    )


@pytest.mark.parametrize(
    "fields",
    [{"category": "aspirin-ish"}, {"purpose": "recreational"}, {"name": ""}],
)
def test_the_database_refuses_invalid_medications(alice, fields):
    values = {"name": "Ibuprofen", "category": "nsaid", "purpose": "acute", **fields}
    refused(lambda: Medication.objects.create(owner=alice, **values))


def test_the_database_refuses_a_second_medication_of_the_same_name(alice, charlie):
    Medication.objects.create(owner=alice, name="Ibuprofen", category="nsaid", purpose="acute")
    Medication.objects.create(owner=charlie, name="Ibuprofen", category="nsaid", purpose="acute")

    refused(
        lambda: Medication.objects.create(
            owner=alice, name="IBUPROFEN", category="nsaid", purpose="acute"
        )
    )


def test_the_database_refuses_an_unknown_relief(sumatriptan):
    refused(
        lambda: MedicationDose.objects.create(
            medication=sumatriptan, taken_at=at(2025, 1, 1), relief="miraculous"
        )
    )


def test_the_database_refuses_a_duplicate_catalogue_trigger(db):
    refused(lambda: Trigger.objects.create(name="stress"))


def test_the_trigger_catalogue_is_seeded(db):
    names = set(Trigger.objects.catalogue().values_list("name", flat=True))

    assert {
        "Stress",
        "Poor sleep",
        "Dehydration",
        "Menstruation",
        "Gluten",
        "Skipped meal",
        "Alcohol",
        "Bright light",
        "Weather change",
        "Physical strain",
        "Infection",
    } <= names


# --- Querysets -----------------------------------------------------------------------


def test_for_owner_returns_only_the_patients_own_rows(alice, charlie, attack, flare, dose, checkin):
    assert list(MigraineAttack.objects.for_owner(alice)) == [attack]
    assert list(MigraineAttack.objects.for_owner(charlie)) == []
    assert list(Flare.objects.for_owner(charlie)) == []
    assert list(MedicationDose.objects.for_owner(alice)) == [dose]
    assert list(MedicationDose.objects.for_owner(charlie)) == []
    assert list(DailyCheckIn.objects.for_owner(charlie)) == []


def test_own_triggers_are_private(alice, charlie, alice_trigger):
    assert alice_trigger in Trigger.objects.available_to(alice)
    assert alice_trigger not in Trigger.objects.available_to(charlie)
    assert Trigger.objects.available_to(charlie).count() == Trigger.objects.catalogue().count()


def test_between_finds_attacks_overlapping_local_days(alice):
    across_midnight = MigraineAttack.objects.create(
        owner=alice, started_at=at(2025, 1, 1, 22, tz=BERLIN), ended_at=at(2025, 1, 2, 3, tz=BERLIN)
    )
    MigraineAttack.objects.create(
        owner=alice,
        started_at=at(2025, 1, 5, 10, tz=BERLIN),
        ended_at=at(2025, 1, 5, 12, tz=BERLIN),
    )
    days = MigraineAttack.objects.for_owner(alice).between(
        datetime.date(2025, 1, 2), datetime.date(2025, 1, 3), tz=BERLIN
    )

    assert list(days) == [across_midnight]


def test_between_includes_an_ongoing_attack(alice):
    ongoing = MigraineAttack.objects.create(owner=alice, started_at=at(2025, 1, 1, tz=BERLIN))

    found = MigraineAttack.objects.for_owner(alice).between(
        datetime.date(2025, 3, 1), datetime.date(2025, 3, 2), tz=BERLIN
    )

    assert list(found) == [ongoing]


def test_between_finds_flares_and_checkins_by_day(alice, lupus):
    flare = Flare.objects.create(
        owner=alice,
        condition=lupus,
        started_on=datetime.date(2025, 1, 1),
        ended_on=datetime.date(2025, 1, 10),
    )
    DailyCheckIn.objects.create(owner=alice, day=datetime.date(2025, 1, 20))

    assert list(Flare.objects.between(datetime.date(2025, 1, 10), datetime.date(2025, 1, 31))) == [
        flare
    ]
    assert not Flare.objects.between(datetime.date(2025, 1, 11), datetime.date(2025, 1, 31))
    assert DailyCheckIn.objects.between(datetime.date(2025, 1, 20), datetime.date(2025, 1, 20))


# --- Durations and days across midnight and daylight-saving changes ---------------------


def test_an_attack_across_midnight_touches_both_days(alice):
    attack = MigraineAttack.objects.create(
        owner=alice, started_at=at(2025, 1, 6, 22, tz=BERLIN), ended_at=at(2025, 1, 8, 3, tz=BERLIN)
    )

    assert attack.duration == datetime.timedelta(hours=29)
    assert attack.local_days(BERLIN) == [
        datetime.date(2025, 1, 6),
        datetime.date(2025, 1, 7),
        datetime.date(2025, 1, 8),
    ]


def test_an_attack_across_the_spring_change_keeps_its_true_duration(alice):
    # Berlin's clocks jump from 02:00 to 03:00 on 30 March 2025: 00:00 to 06:00 is 5 hours.
    attack = MigraineAttack.objects.create(
        owner=alice,
        started_at=at(2025, 3, 30, 0, tz=BERLIN),
        ended_at=at(2025, 3, 30, 6, tz=BERLIN),
    )
    attack.refresh_from_db()

    assert attack.duration == datetime.timedelta(hours=5)
    assert attack.local_days(BERLIN) == [datetime.date(2025, 3, 30)]


def test_an_attack_across_the_autumn_change_in_new_york_keeps_its_true_duration(alice):
    # New York's clocks fall back from 02:00 to 01:00 on 2 November 2025.
    attack = MigraineAttack.objects.create(
        owner=alice,
        started_at=at(2025, 11, 1, 23, tz=NEW_YORK),
        ended_at=at(2025, 11, 2, 5, tz=NEW_YORK),
    )
    attack.refresh_from_db()

    assert attack.duration == datetime.timedelta(hours=7)
    assert attack.local_days(NEW_YORK) == [datetime.date(2025, 11, 1), datetime.date(2025, 11, 2)]


def test_an_ongoing_attack_has_no_duration_yet(ongoing_attack):
    assert ongoing_attack.duration is None
    assert ongoing_attack.duration_so_far() >= datetime.timedelta(minutes=30)
    assert ongoing_attack.local_days()[-1] == timezone.localdate()


def test_records_feed_the_insights(attack, flare, dose, checkin, alice_trigger):
    checkin.triggers.add(alice_trigger)

    assert attack.to_record().is_migraine
    assert flare.to_record().condition == "lupus"
    assert dose.to_record().category == "triptan"
    assert checkin.to_record().triggers == ("Alice's secret trigger",)
