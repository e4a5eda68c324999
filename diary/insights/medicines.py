"""How each medicine on the patient's list was taken over a period, for the report."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from diary.insights.days import _local
from diary.insights.records import MedicationDoseRecord, MedicationRecord


@dataclass(frozen=True)
class MedicationUse:
    """One medicine and how it was taken over a period, in the patient's calendar days."""

    name: str
    category: str
    purpose: str
    days_used: int  # calendar days with at least one dose
    doses: int
    first_day: date | None
    last_day: date | None


def medication_use(
    medications: Iterable[MedicationRecord],
    doses: Iterable[MedicationDoseRecord],
    *,
    tz: ZoneInfo,
    start: date,
    end: date,
) -> list[MedicationUse]:
    """Return every medicine on the list with the local days from start to end (inclusive)
    on which it was taken and its doses then: the most days first, then by name.

    Medicines without a dose in the period are kept, with 0 days: a preventive the patient
    stopped logging is still on their list. Doses outside the period are ignored.
    """
    days: dict[int, set[date]] = defaultdict(set)
    counts: dict[int, int] = defaultdict(int)
    for dose in doses:
        day = _local(dose.taken_at, tz).date()
        if start <= day <= end:
            days[dose.medication].add(day)
            counts[dose.medication] += 1
    uses = [
        MedicationUse(
            name=medication.name,
            category=medication.category,
            purpose=medication.purpose,
            days_used=len(days[medication.key]),
            doses=counts[medication.key],
            first_day=min(days[medication.key], default=None),
            last_day=max(days[medication.key], default=None),
        )
        for medication in medications
    ]
    return sorted(uses, key=lambda use: (-use.days_used, use.name.casefold(), use.name))
