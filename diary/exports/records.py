"""Every row of one patient's for the exports, loaded at once or streamed in chunks, and
how both write a moment."""

import datetime
import zoneinfo
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import AccessEvent, CareShare, PatientProfile, User
from diary.models import (
    Appointment,
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    KeptInstrument,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Reminder,
    Trigger,
)

# Rows read per query (and per prefetch of their triggers) while an export streams.
CHUNK_SIZE = 500


@dataclass(frozen=True)
class PatientRecords:
    """Every row of one patient's: lists loaded once (`load_records`), or rows read in
    chunks as the export is written (`stream_records`)."""

    patient: User
    profile: PatientProfile | None
    attacks: Sequence[MigraineAttack]
    flares: Sequence[Flare]
    medications: Sequence[Medication]
    doses: Sequence[MedicationDose]
    checkins: Sequence[DailyCheckIn]
    headache_free_days: Sequence[HeadacheFreeDay]
    triggers: Sequence[Trigger]
    shares: Sequence[CareShare]
    access_events: Sequence[AccessEvent]
    questionnaire_responses: Sequence[QuestionnaireResponse]
    kept_instruments: Sequence[KeptInstrument]
    questionnaire_drafts: Sequence[QuestionnaireResponse]
    appointments: Sequence[Appointment]
    reminders: Sequence[Reminder]

    @property
    def conditions(self) -> list:
        return list(self.profile.conditions.all()) if self.profile else []


class StreamedRows(Sequence):
    """A queryset read CHUNK_SIZE rows at a time whenever it is iterated, so only one chunk
    is in memory; its length is a COUNT query, made once when asked."""

    def __init__(self, queryset: QuerySet) -> None:
        self.queryset = queryset
        self._count: int | None = None

    def __iter__(self) -> Iterator:
        for row in self.queryset.iterator(chunk_size=CHUNK_SIZE):
            yield row
            # Written: forget its prefetched rows. Their queryset points back at the row (a
            # reference cycle), which would otherwise keep every chunk until the next full
            # garbage collection, so memory would grow with the diary after all.
            row.__dict__.pop("_prefetched_objects_cache", None)

    def __len__(self) -> int:
        if self._count is None:
            self._count = self.queryset.count()
        return self._count

    def __getitem__(self, index: Any) -> Any:
        raise TypeError("streamed rows are read in order, not by index")


def _querysets(patient: User) -> dict[str, QuerySet]:
    """The patient's diary, shares and access history, each in its export's order."""
    return {
        "attacks": MigraineAttack.objects.for_owner(patient)
        .prefetch_related("triggers")
        .order_by("started_at", "pk"),
        "flares": Flare.objects.for_owner(patient)
        .select_related("condition")
        .prefetch_related("triggers")
        .order_by("started_on", "pk"),
        "medications": Medication.objects.for_owner(patient).order_by("name", "pk"),
        "doses": MedicationDose.objects.for_owner(patient)
        .select_related("medication")
        .order_by("taken_at", "pk"),
        "checkins": DailyCheckIn.objects.for_owner(patient)
        .prefetch_related("triggers")
        .order_by("day"),
        "headache_free_days": HeadacheFreeDay.objects.for_owner(patient).order_by("day"),
        "triggers": Trigger.objects.for_owner(patient).order_by("name", "pk"),
        "shares": CareShare.objects.for_patient(patient)
        .select_related("clinician")
        .order_by("created_at", "pk"),
        "access_events": AccessEvent.objects.for_patient(patient).order_by("at", "pk"),
        "questionnaire_responses": QuestionnaireResponse.objects.for_owner(patient)
        .completed()
        .order_by("completed_at", "pk"),
        "kept_instruments": KeptInstrument.objects.for_owner(patient).order_by("slug"),
        "questionnaire_drafts": QuestionnaireResponse.objects.for_owner(patient)
        .drafts()
        .order_by("slug"),
        "appointments": Appointment.objects.for_owner(patient).order_by("day", "pk"),
        "reminders": Reminder.objects.for_owner(patient).order_by("kind"),
    }


def _profile(patient: User) -> PatientProfile | None:
    return PatientProfile.objects.filter(user=patient).prefetch_related("conditions").first()


def load_records(patient: User) -> PatientRecords:
    """The patient's profile, diary, shares and access history in nineteen queries,
    whatever their length."""
    rows = {name: list(queryset) for name, queryset in _querysets(patient).items()}
    return PatientRecords(patient=patient, profile=_profile(patient), **rows)


def stream_records(patient: User) -> PatientRecords:
    """The same rows, read in chunks while they are written: memory stays that of a chunk
    however long the diary (a query, and one per prefetch, for every CHUNK_SIZE rows)."""
    rows = {name: StreamedRows(queryset) for name, queryset in _querysets(patient).items()}
    return PatientRecords(patient=patient, profile=_profile(patient), **rows)


def local_time(moment: datetime.datetime | None, tz: zoneinfo.ZoneInfo) -> str:
    """A moment in the patient's zone, ISO 8601 with the UTC offset; "" for none."""
    return timezone.localtime(moment, tz).isoformat() if moment else ""
