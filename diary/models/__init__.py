"""The diary: migraine attacks, flares, medications, doses, daily check-ins and triggers.

Every row belongs to one patient. Invariants (ranges, end not before start, one check-in a
day, one ongoing attack) are database constraints; the forms repeat them with plain-word
messages. Querysets scope by owner (`for_owner`) and by period (`between`).

One module per entity; everything is importable from `diary.models` as before.
"""

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
from diary.models.flares import Flare, FlareQuerySet, FlareSeverity
from diary.models.headache_free import HeadacheFreeDay, HeadacheFreeDayQuerySet
from diary.models.medications import (
    DoseRelief,
    Medication,
    MedicationCategory,
    MedicationDose,
    MedicationDoseQuerySet,
    MedicationPurpose,
)
from diary.models.reminders import Reminder, ReminderDelivery, ReminderKind, ReminderQuerySet
from diary.models.triggers import Trigger, TriggerQuerySet

__all__ = [
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
    "DoseRelief",
    "Flare",
    "FlareQuerySet",
    "FlareSeverity",
    "HeadacheFreeDay",
    "HeadacheFreeDayQuerySet",
    "Medication",
    "MedicationCategory",
    "MedicationDose",
    "MedicationDoseQuerySet",
    "MedicationPurpose",
    "MigraineAttack",
    "MigraineAttackQuerySet",
    "OwnedQuerySet",
    "Reminder",
    "ReminderDelivery",
    "ReminderKind",
    "ReminderQuerySet",
    "Trigger",
    "TriggerQuerySet",
    "as_utc_bounds",
    "validate_no_control_characters",
]
