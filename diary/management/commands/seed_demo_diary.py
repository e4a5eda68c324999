import datetime
import random
import zoneinfo
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import PatientProfile, User
from diary import versions
from diary.models import (
    DailyCheckIn,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
)
from education.models import Condition, Medicine

DEMO_PATIENT = "patient@example.com"
DAYS = 365
SEED = 20260101

MEDICATIONS = [
    # name, category, purpose, usual amount, usual for attacks
    ("Sumatriptan", "triptan", "acute", "50 mg", True),
    ("Paracetamol", "simple_analgesic", "acute", "1 g", True),
    ("Ibuprofen", "nsaid", "acute", "400 mg", False),
    ("Methotrexate", "dmard", "disease_modifying", "15 mg", False),
    ("Hydroxychloroquine", "dmard", "disease_modifying", "200 mg", False),
]
FLARE_SYMPTOMS = {
    "lupus": ["fatigue", "rash", "joint_pain", "mouth_ulcers", "fever"],
    "rheumatoid-arthritis": ["joint_pain", "fatigue", "numbness"],
}
ATTACK_SYMPTOMS = [value for value, _ in MigraineAttack.Symptom.choices]


class Command(BaseCommand):
    help = (
        f"Gives the demo patient ({DEMO_PATIENT}, made by seed_demo) a year of diary "
        "entries ending today: migraine attacks and a few other headaches clustering around "
        "lupus and rheumatoid arthritis flares, medications and doses, and daily check-ins "
        "with triggers. The same every time (seeded); does nothing if the demo patient "
        "already has diary entries."
    )

    def handle(self, *args, **options) -> None:
        patient = User.objects.filter(email=DEMO_PATIENT).first()
        if patient is None:
            self.stdout.write(f"No demo patient {DEMO_PATIENT}: run seed_demo first. Nothing done.")
            return
        if _has_entries(patient):
            self.stdout.write("The demo patient already has diary entries; nothing done.")
            return
        with transaction.atomic():
            counts = DemoDiary(patient, random.Random(SEED)).create()
            # Made in bulk, without the signals that raise the diary's version on each save.
            versions.bump([patient.pk])
        self.stdout.write(
            "Demo diary ready: {attacks} attacks, {flares} flares, {doses} doses, "
            "{checkins} check-ins.".format(**counts)
        )


def _has_entries(patient: User) -> bool:
    return any(
        model.objects.filter(owner=patient).exists()
        for model in (MigraineAttack, Flare, Medication, DailyCheckIn)
    )


class DemoDiary:
    """Builds a plausible year for one patient from a seeded random generator."""

    def __init__(self, patient: User, rng: random.Random) -> None:
        self.patient = patient
        self.rng = rng
        self.tz = zoneinfo.ZoneInfo(patient.timezone)
        self.now = timezone.now()
        self.today = self.now.astimezone(self.tz).date()
        self.first_day = self.today - datetime.timedelta(days=DAYS - 1)
        self.triggers = {trigger.name: trigger for trigger in Trigger.objects.catalogue()}

    def create(self) -> dict[str, int]:
        profile, _ = PatientProfile.objects.get_or_create(user=self.patient)
        profile.cycle_tracking = True
        profile.save(update_fields=["cycle_tracking"])
        conditions = {
            condition.slug: condition
            for condition in Condition.objects.filter(
                slug__in=["lupus", "rheumatoid-arthritis", "migraine-with-aura"]
            )
        }
        profile.conditions.add(*conditions.values())
        medications = self._medications()
        flares = self._flares(conditions)
        flare_days: set[datetime.date] = set()
        for flare in flares:
            assert flare.ended_on is not None  # _flares makes only flares that have ended
            flare_days.update(
                flare.started_on + datetime.timedelta(days=offset)
                for offset in range((flare.ended_on - flare.started_on).days + 1)
            )
        attacks = self._attacks(flare_days)
        doses = self._doses(medications, attacks, flare_days)
        checkins = self._checkins(flare_days, attacks)
        return {
            "attacks": len(attacks),
            "flares": len(flares),
            "doses": len(doses),
            "checkins": len(checkins),
        }

    def _at(self, day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
        return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=self.tz)

    def _medications(self) -> dict[str, Medication]:
        created = Medication.objects.bulk_create(
            Medication(
                owner=self.patient,
                name=name,
                category=category,
                purpose=purpose,
                usual_amount=amount,
                usual_for_attacks=usual,
                catalogue_entry=Medicine.objects.named(name),
            )
            for name, category, purpose, amount, usual in MEDICATIONS
        )
        return {medication.name: medication for medication in created}

    def _flares(self, conditions: dict[str, Condition]) -> list[Flare]:
        flares: list[Flare] = []
        day = self.first_day + datetime.timedelta(days=self.rng.randint(10, 30))
        slugs = ["lupus", "rheumatoid-arthritis"]
        while True:
            length = self.rng.randint(5, 14)
            end = day + datetime.timedelta(days=length - 1)
            if end >= self.today - datetime.timedelta(days=3):
                break
            slug = slugs[len(flares) % 2]
            flares.append(
                Flare(
                    owner=self.patient,
                    condition=conditions[slug],
                    started_on=day,
                    ended_on=end,
                    severity=self.rng.choice([1, 2, 2, 3]),
                    symptoms=self.rng.sample(FLARE_SYMPTOMS[slug], k=2),
                    notes=self.rng.choice(["", "", "Saw the rheumatology nurse."]),
                )
            )
            day = end + datetime.timedelta(days=self.rng.randint(25, 55))
        created = Flare.objects.bulk_create(flares)
        through = Flare.triggers.through
        through.objects.bulk_create(
            through(flare_id=flare.pk, trigger_id=self.triggers[name].pk)
            for flare in created
            for name in self.rng.sample(["Stress", "Infection", "Poor sleep"], k=1)
        )
        return created

    def _attacks(self, flare_days: set[datetime.date]) -> list[MigraineAttack]:
        attacks: list[MigraineAttack] = []
        busy_until = self._at(self.first_day, 0)
        for offset in range(DAYS):
            day = self.first_day + datetime.timedelta(days=offset)
            near_flare = any(
                day + datetime.timedelta(days=shift) in flare_days for shift in range(-3, 4)
            )
            if self.rng.random() >= (0.30 if near_flare else 0.08):
                continue
            started_at = self._at(day, self.rng.randint(5, 21), self.rng.choice([0, 15, 30, 45]))
            ended_at = started_at + datetime.timedelta(hours=self.rng.randint(3, 40))
            if started_at < busy_until or ended_at > self.now:
                continue
            busy_until = ended_at + datetime.timedelta(hours=12)
            is_migraine = self.rng.random() > 0.1
            attacks.append(
                MigraineAttack(
                    owner=self.patient,
                    attack_type="migraine" if is_migraine else "headache",
                    started_at=started_at,
                    ended_at=ended_at,
                    peak_intensity=self.rng.randint(5, 9)
                    if is_migraine
                    else self.rng.randint(2, 5),
                    aura=is_migraine and self.rng.random() < 0.3,
                    symptoms=sorted(self.rng.sample(ATTACK_SYMPTOMS, k=3)) if is_migraine else [],
                    location=self.rng.choice(["left", "right", "both", "front", "whole"]),
                    disability=self.rng.randint(1, 3) if is_migraine else self.rng.randint(0, 1),
                )
            )
        created = MigraineAttack.objects.bulk_create(attacks)
        through = MigraineAttack.triggers.through
        names = ["Stress", "Poor sleep", "Bright light", "Weather change", "Skipped meal"]
        through.objects.bulk_create(
            through(migraineattack_id=attack.pk, trigger_id=self.triggers[name].pk)
            for attack in created
            for name in self.rng.sample(names, k=self.rng.randint(0, 2))
        )
        return created

    def _doses(
        self,
        medications: dict[str, Medication],
        attacks: list[MigraineAttack],
        flare_days: set[datetime.date],
    ) -> list[MedicationDose]:
        doses = []
        for attack in attacks:
            name = (
                "Sumatriptan" if attack.is_migraine and self.rng.random() < 0.7 else "Paracetamol"
            )
            doses.append(
                MedicationDose(
                    medication=medications[name],
                    attack=attack,
                    taken_at=attack.started_at
                    + datetime.timedelta(minutes=self.rng.randint(10, 90)),
                    amount=medications[name].usual_amount,
                    relief=self.rng.choice(["none", "partial", "full", "full"]),
                )
            )
        for offset in range(DAYS):
            day = self.first_day + datetime.timedelta(days=offset)
            morning = self._at(day, 8, self.rng.randint(0, 59))
            if morning > self.now:
                break
            doses.append(self._dose(medications["Hydroxychloroquine"], morning))
            if day.weekday() == 4:
                doses.append(self._dose(medications["Methotrexate"], self._at(day, 19)))
            if self.rng.random() < (0.8 if day in flare_days else 0.15):
                doses.append(self._dose(medications["Ibuprofen"], self._at(day, 13)))
        return MedicationDose.objects.bulk_create(doses)

    def _dose(self, medication: Medication, taken_at: datetime.datetime) -> MedicationDose:
        return MedicationDose(
            medication=medication, taken_at=taken_at, amount=medication.usual_amount
        )

    def _checkins(
        self, flare_days: set[datetime.date], attacks: list[MigraineAttack]
    ) -> list[DailyCheckIn]:
        checkins = []
        for offset in range(DAYS):
            day = self.first_day + datetime.timedelta(days=offset)
            if self.rng.random() < 0.12:
                continue
            flaring = day in flare_days
            checkins.append(
                DailyCheckIn(
                    owner=self.patient,
                    day=day,
                    sleep_hours=Decimal(
                        self.rng.choice(["4.5", "5", "5.5", "6", "6.5", "7", "7.5", "8", "8.5"])
                    ),
                    stress=min(10, self.rng.randint(1, 7) + (2 if flaring else 0)),
                    water_glasses=self.rng.randint(2, 9),
                    gluten=self.rng.random() < 0.2,
                    menstruation=(offset % 28) < 5,
                    fatigue=min(10, self.rng.randint(1, 5) + (4 if flaring else 0)),
                    joint_pain=min(10, self.rng.randint(0, 3) + (5 if flaring else 0)),
                )
            )
        created = DailyCheckIn.objects.bulk_create(checkins)
        through = DailyCheckIn.triggers.through
        links = [
            through(dailycheckin_id=checkin.pk, trigger_id=self.triggers[name].pk)
            for checkin in created
            for name in self._checkin_trigger_names(checkin)
        ]
        through.objects.bulk_create(links)
        return created

    def _checkin_trigger_names(self, checkin: DailyCheckIn) -> list[str]:
        """The triggers a check-in notes: those its answers suggest, now and then another."""
        # _checkins sets all of these.
        assert checkin.stress is not None
        assert checkin.sleep_hours is not None
        assert checkin.water_glasses is not None
        names: set[str] = set()
        if checkin.stress >= 7:
            names.add("Stress")
        if checkin.sleep_hours < 6:
            names.add("Poor sleep")
        if checkin.water_glasses < 4:
            names.add("Dehydration")
        if checkin.menstruation:
            names.add("Menstruation")
        if checkin.gluten:
            names.add("Gluten")
        if self.rng.random() < 0.1:
            names.add(self.rng.choice(["Weather change", "Skipped meal", "Alcohol"]))
        return sorted(names)
