"""Every row of one patient's, loaded once for the exports, and how both write a moment."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.utils import timezone

from accounts.models import AccessEvent, CareShare, PatientProfile, User
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack, Trigger


@dataclass(frozen=True)
class PatientRecords:
    """Every row of one patient's, loaded once."""

    patient: User
    profile: PatientProfile | None
    attacks: list[MigraineAttack]
    flares: list[Flare]
    medications: list[Medication]
    doses: list[MedicationDose]
    checkins: list[DailyCheckIn]
    triggers: list[Trigger]
    shares: list[CareShare]
    access_events: list[AccessEvent]

    @property
    def conditions(self) -> list:
        return list(self.profile.conditions.all()) if self.profile else []


def load_records(patient: User) -> PatientRecords:
    """The patient's profile, diary, shares and access history in thirteen queries,
    whatever their length."""
    return PatientRecords(
        patient=patient,
        profile=PatientProfile.objects.filter(user=patient).prefetch_related("conditions").first(),
        attacks=list(
            MigraineAttack.objects.for_owner(patient)
            .prefetch_related("triggers")
            .order_by("started_at", "pk")
        ),
        flares=list(
            Flare.objects.for_owner(patient)
            .select_related("condition")
            .prefetch_related("triggers")
            .order_by("started_on", "pk")
        ),
        medications=list(Medication.objects.for_owner(patient).order_by("name", "pk")),
        doses=list(
            MedicationDose.objects.for_owner(patient)
            .select_related("medication")
            .order_by("taken_at", "pk")
        ),
        checkins=list(
            DailyCheckIn.objects.for_owner(patient).prefetch_related("triggers").order_by("day")
        ),
        triggers=list(Trigger.objects.for_owner(patient).order_by("name", "pk")),
        shares=list(
            CareShare.objects.for_patient(patient)
            .select_related("clinician")
            .order_by("created_at", "pk")
        ),
        access_events=list(AccessEvent.objects.for_patient(patient).order_by("at", "pk")),
    )


def local_time(moment: datetime.datetime | None, tz: zoneinfo.ZoneInfo) -> str:
    """A moment in the patient's zone, ISO 8601 with the UTC offset; "" for none."""
    return timezone.localtime(moment, tz).isoformat() if moment else ""
