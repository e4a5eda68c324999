"""The records the statistics read: one patient's diary as plain, immutable values.

The loader (and each model's `to_record`) turns database rows into these; every other
module of diary.insights reads them and nothing else.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

# Named tuples rather than frozen dataclasses: just as immutable, and a ten-year diary makes
# about 8,000 of them per request, which a frozen dataclass's __init__ makes several times
# dearer.


class AttackRecord(NamedTuple):
    """One headache attack. Times are aware datetimes (UTC from the database)."""

    started_at: datetime
    ended_at: datetime | None  # None while ongoing: runs to `now`
    is_migraine: bool  # False: another headache (a headache day, not a migraine day)
    peak_intensity: int | None  # 0-10


class FlareRecord(NamedTuple):
    """One flare of an autoimmune condition, in whole local days."""

    condition: str  # condition slug, e.g. "lupus"
    started_on: date
    ended_on: date | None  # None while ongoing: runs to today


class DoseRecord(NamedTuple):
    """One dose of a medicine."""

    taken_at: datetime  # aware
    category: str  # triptan, nsaid, simple_analgesic, gepant, biologic, ...
    purpose: str  # acute | preventive | disease_modifying


class CheckInRecord(NamedTuple):
    """The daily check-in. None means not recorded (unknown), never "no"."""

    day: date
    sleep_hours: float | None
    stress: int | None  # 0-10
    water_glasses: int | None
    gluten: bool | None
    menstruation: bool | None
    fatigue: int | None  # 0-10
    joint_pain: int | None  # 0-10
    triggers: tuple[str, ...] = ()  # trigger names noted that day


@dataclass(frozen=True)
class Diary:
    """Everything one patient logged, with the time zone their calendar days are in."""

    tz: ZoneInfo
    attacks: tuple[AttackRecord, ...]
    flares: tuple[FlareRecord, ...]
    doses: tuple[DoseRecord, ...]
    checkins: tuple[CheckInRecord, ...]
    # Lupus, rheumatoid arthritis or another condition that can involve the blood vessels.
    vessel_condition: bool = False


class MedicationRecord(NamedTuple):
    """One medicine on the patient's list."""

    key: int  # the medication's id: doses name their medicine by it
    name: str
    category: str
    purpose: str


class MedicationDoseRecord(NamedTuple):
    """One dose of a medicine on the list, by the medicine's key."""

    medication: int
    taken_at: datetime  # aware
