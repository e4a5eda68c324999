"""The diary: migraine attacks, flares, medications, doses, daily check-ins and triggers.

Every row belongs to one patient. Invariants (ranges, end not before start, one check-in a
day, one ongoing attack) are database constraints; the forms repeat them with plain-word
messages. Querysets scope by owner (`for_owner`) and by period (`between`).

One module per entity; everything is importable from `diary.models` as before.
"""

from diary.models.appointments import Appointment, AppointmentQuerySet, Specialty
from diary.models.attacks import (
    AttackDisability,
    AttackLocation,
    AttackType,
    MigraineAttack,
    MigraineAttackQuerySet,
)
from diary.models.base import (
    AMOUNT_MAX_LENGTH,
    MAX_SLEEP_HOURS,
    MAX_WATER_GLASSES,
    NAME_MAX_LENGTH,
    NOTES_MAX_LENGTH,
    OwnedQuerySet,
    as_utc_bounds,
    validate_no_control_characters,
)
from diary.models.checkins import DailyCheckIn, DailyCheckInQuerySet
from diary.models.device_items import DeviceItem, DeviceItemKind
from diary.models.flares import Flare, FlareQuerySet, FlareSeverity
from diary.models.headache_free import HeadacheFreeDay, HeadacheFreeDayQuerySet
from diary.models.imports import ImportBatch, ImportedRecord, ImportFormat, ImportState
from diary.models.medications import (
    RELIEF_ANSWERS,
    DoseRelief,
    Medication,
    MedicationCategory,
    MedicationDose,
    MedicationDoseQuerySet,
    MedicationPurpose,
)
from diary.models.push import PushSubscription
from diary.models.questionnaires import (
    InstrumentWording,
    KeptInstrument,
    KeptInstrumentQuerySet,
    QuestionnaireResponse,
    QuestionnaireResponseQuerySet,
)
from diary.models.reminders import Reminder, ReminderDelivery, ReminderKind, ReminderQuerySet
from diary.models.triggers import Trigger, TriggerQuerySet

__all__ = [
    "Appointment",
    "AppointmentQuerySet",
    "Specialty",
    "AMOUNT_MAX_LENGTH",
    "MAX_SLEEP_HOURS",
    "MAX_WATER_GLASSES",
    "NAME_MAX_LENGTH",
    "NOTES_MAX_LENGTH",
    "AttackDisability",
    "AttackLocation",
    "AttackType",
    "DailyCheckIn",
    "DailyCheckInQuerySet",
    "RELIEF_ANSWERS",
    "DeviceItem",
    "DeviceItemKind",
    "DoseRelief",
    "Flare",
    "FlareQuerySet",
    "FlareSeverity",
    "HeadacheFreeDay",
    "HeadacheFreeDayQuerySet",
    "InstrumentWording",
    "PushSubscription",
    "KeptInstrument",
    "KeptInstrumentQuerySet",
    "ImportBatch",
    "ImportFormat",
    "ImportState",
    "ImportedRecord",
    "Medication",
    "MedicationCategory",
    "MedicationDose",
    "MedicationDoseQuerySet",
    "MedicationPurpose",
    "MigraineAttack",
    "MigraineAttackQuerySet",
    "OwnedQuerySet",
    "QuestionnaireResponse",
    "QuestionnaireResponseQuerySet",
    "Reminder",
    "ReminderDelivery",
    "ReminderKind",
    "ReminderQuerySet",
    "Trigger",
    "TriggerQuerySet",
    "as_utc_bounds",
    "validate_no_control_characters",
]
