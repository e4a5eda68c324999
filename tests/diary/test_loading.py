"""diary/loading.py reads rows through the database driver, not the ORM's converters (see
_DriverValues): the records it makes must be exactly those the models' own to_record()
make, on whichever database the suite runs (SQLite and PostgreSQL in CI)."""

import datetime
from decimal import Decimal

from diary.loading import load_diary
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


def model_records(owner) -> dict[str, list]:
    """The owner's records as the models make them, in a fixed order."""
    return {
        "attacks": sorted(row.to_record() for row in MigraineAttack.objects.for_owner(owner)),
        "flares": sorted(
            (row.to_record() for row in Flare.objects.for_owner(owner).select_related("condition")),
            key=str,
        ),
        "doses": sorted(
            row.to_record()
            for row in MedicationDose.objects.for_owner(owner).select_related("medication")
        ),
        "checkins": sorted(
            (
                without_trigger_order(row.to_record())
                for row in DailyCheckIn.objects.for_owner(owner).prefetch_related("triggers")
            ),
            key=str,
        ),
    }


def loaded_records(diary) -> dict[str, list]:
    return {
        "attacks": sorted(diary.attacks),
        "flares": sorted(diary.flares, key=str),
        "doses": sorted(diary.doses),
        "checkins": sorted(map(without_trigger_order, diary.checkins), key=str),
    }


def without_trigger_order(record):
    # A day's triggers are a set of names (insights counts them), read in no set order.
    return record._replace(triggers=tuple(sorted(record.triggers)))


def test_it_loads_the_same_records_as_the_models_give(alice, lupus):
    moment = datetime.datetime(2025, 3, 30, 0, 59, 59, 123456, tzinfo=datetime.UTC)
    MigraineAttack.objects.create(
        owner=alice, started_at=moment, ended_at=moment + datetime.timedelta(hours=3)
    )
    MigraineAttack.objects.create(
        owner=alice, started_at=moment + datetime.timedelta(days=2), attack_type="headache"
    )
    Flare.objects.create(owner=alice, condition=lupus, started_on=datetime.date(2025, 3, 1))
    Flare.objects.create(
        owner=alice,
        condition=lupus,
        started_on=datetime.date(2024, 12, 31),
        ended_on=datetime.date(2025, 1, 2),
    )
    naproxen = Medication.objects.create(
        owner=alice, name="Naproxen", category="nsaid", purpose="acute"
    )
    MedicationDose.objects.create(medication=naproxen, taken_at=moment)
    MedicationDose.objects.create(
        medication=naproxen, taken_at=datetime.datetime(2025, 10, 26, 1, 30, tzinfo=datetime.UTC)
    )
    wine = Trigger.objects.create(owner=alice, name="Red wine")
    full = DailyCheckIn.objects.create(
        owner=alice,
        day=datetime.date(2025, 3, 30),
        sleep_hours=Decimal("6.5"),
        stress=7,
        water_glasses=3,
        gluten=True,
        menstruation=False,
        fatigue=4,
        joint_pain=0,
    )
    full.triggers.set([wine])
    DailyCheckIn.objects.create(owner=alice, day=datetime.date(2025, 3, 31))

    diary, condition_names = load_diary(alice, tz=alice.tzinfo)

    def records(queryset):
        return sorted(row.to_record() for row in queryset)

    assert sorted(diary.attacks) == records(MigraineAttack.objects.for_owner(alice))
    assert sorted(diary.flares, key=str) == sorted(
        records(Flare.objects.for_owner(alice).select_related("condition")), key=str
    )
    assert sorted(diary.doses) == records(
        MedicationDose.objects.for_owner(alice).select_related("medication")
    )
    assert sorted(diary.checkins, key=str) == sorted(
        records(DailyCheckIn.objects.for_owner(alice).prefetch_related("triggers")), key=str
    )
    assert all(attack.started_at.utcoffset() is not None for attack in diary.attacks)
    assert diary.attacks and diary.doses and diary.checkins
    assert condition_names == {"lupus": lupus.name}
    assert diary.vessel_condition


def test_it_loads_every_combination_of_fields_as_the_models_do(alice, charlie, lupus):
    celiac = Condition.objects.get(slug="celiac")
    # The night Berlin's clocks go back.
    started = datetime.datetime(2024, 10, 27, 0, 30, tzinfo=datetime.UTC)
    ended_attack = MigraineAttack.objects.create(
        owner=alice,
        started_at=started,
        ended_at=started + datetime.timedelta(hours=26, microseconds=1),
        peak_intensity=9,
    )
    MigraineAttack.objects.create(
        owner=alice,
        started_at=datetime.datetime(2024, 12, 31, 23, 0, tzinfo=datetime.UTC),
        ended_at=datetime.datetime(2025, 1, 1, 2, 0, tzinfo=datetime.UTC),
        attack_type=MigraineAttack.AttackType.HEADACHE,
        peak_intensity=0,
    )
    ongoing_attack = MigraineAttack.objects.create(
        owner=alice, started_at=datetime.datetime(2025, 6, 1, 22, 15, 7, tzinfo=datetime.UTC)
    )
    Flare.objects.create(owner=alice, condition=lupus, started_on=datetime.date(2025, 5, 20))
    Flare.objects.create(
        owner=alice,
        condition=celiac,
        started_on=datetime.date(2024, 2, 28),
        ended_on=datetime.date(2024, 2, 29),
    )
    Flare.objects.create(
        owner=alice,
        condition=lupus,
        started_on=datetime.date(2023, 7, 1),
        ended_on=datetime.date(2023, 7, 1),
    )
    triptan = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    prednisolone = Medication.objects.create(
        owner=alice, name="Prednisolone", category="corticosteroid", purpose="preventive"
    )
    MedicationDose.objects.create(
        medication=triptan, taken_at=started + datetime.timedelta(minutes=20), attack=ended_attack
    )
    MedicationDose.objects.create(
        medication=triptan,
        taken_at=datetime.datetime(2025, 6, 1, 22, 45, tzinfo=datetime.UTC),
        attack=ongoing_attack,
        amount="50 mg",
        relief="partial",
    )
    MedicationDose.objects.create(
        medication=prednisolone, taken_at=datetime.datetime(2025, 5, 21, 7, 0, tzinfo=datetime.UTC)
    )
    wine = Trigger.objects.create(owner=alice, name="Red wine")
    stress, poor_sleep = Trigger.objects.catalogue().order_by("name")[:2]
    several = DailyCheckIn.objects.create(
        owner=alice,
        day=datetime.date(2025, 5, 21),
        sleep_hours=Decimal("0.0"),
        stress=0,
        water_glasses=0,
        gluten=False,
        menstruation=True,
        fatigue=10,
        joint_pain=10,
    )
    several.triggers.set([wine, stress, poor_sleep])
    catalogue_only = DailyCheckIn.objects.create(
        owner=alice, day=datetime.date(2025, 5, 22), sleep_hours=Decimal("12.5"), gluten=True
    )
    catalogue_only.triggers.set([stress])
    DailyCheckIn.objects.create(owner=alice, day=datetime.date(1900, 1, 1))
    # Charlie's rows, sharing Alice's catalogue trigger, must not leak into her diary.
    MigraineAttack.objects.create(owner=charlie, started_at=started)
    Flare.objects.create(owner=charlie, condition=lupus, started_on=datetime.date(2025, 1, 1))
    charlie_checkin = DailyCheckIn.objects.create(owner=charlie, day=datetime.date(2025, 5, 21))
    charlie_checkin.triggers.set([stress])

    diary, condition_names = load_diary(alice, tz=alice.tzinfo)

    assert loaded_records(diary) == model_records(alice)
    assert tuple(map(len, (diary.attacks, diary.flares, diary.doses, diary.checkins))) == (3,) * 4
    assert all(
        moment.utcoffset() == datetime.timedelta(0)
        for attack in diary.attacks
        for moment in (attack.started_at, attack.ended_at)
        if moment is not None
    )
    assert condition_names == {"lupus": lupus.name, "celiac": celiac.name}
    assert diary.tz == alice.tzinfo
    assert diary.vessel_condition


def test_it_loads_an_empty_diary(charlie):
    diary, condition_names = load_diary(charlie, tz=charlie.tzinfo)

    assert (diary.attacks, diary.flares, diary.doses, diary.checkins) == ((), (), (), ())
    assert diary.headache_free_days == ()
    assert condition_names == {}
    assert not diary.vessel_condition


def test_it_notes_a_vessel_condition_from_the_profile_without_flares(alice, lupus):
    assert not Flare.objects.for_owner(alice).exists()

    diary, _ = load_diary(alice, tz=alice.tzinfo)

    assert diary.vessel_condition


def test_it_loads_the_whole_diary_with_its_headache_free_days_in_one_query(
    alice, charlie, django_assert_num_queries
):
    HeadacheFreeDay.objects.create(owner=alice, day=datetime.date(2025, 3, 30))
    HeadacheFreeDay.objects.create(owner=alice, day=datetime.date(2024, 12, 31))
    HeadacheFreeDay.objects.create(owner=charlie, day=datetime.date(2025, 1, 1))

    # Attacks, flares, doses, check-ins and their triggers, the profile's conditions and
    # headache-free days: one UNION ALL.
    with django_assert_num_queries(1):
        diary, _ = load_diary(alice, tz=alice.tzinfo)

    assert sorted(diary.headache_free_days) == [
        datetime.date(2024, 12, 31),
        datetime.date(2025, 3, 30),
    ]
