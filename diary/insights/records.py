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
    medication: int | None = None  # the medication's id: two triptans differ by it


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
    # Why a triptan or an ergot calls for a conversation (CLINICAL.md, triptan caution): the
    # names of the patient's conditions that can involve the blood vessels (lupus,
    # vasculitis...) and the heart and vessel facts they recorded (high blood pressure...),
    # each as it reads after "with". Empty when none.
    vessel_reasons: tuple[str, ...] = ()
    # Local days the patient said passed without a headache: recorded, never migraine days.
    headache_free_days: tuple[date, ...] = ()
    # The diary's first day when the records are only its recent part (as
    # diary.loading.load_recent_diaries gives them): coverage starts there, not at the
    # first record given. None: the records are the whole diary.
    covered_from: date | None = None

    @property
    def vessel_condition(self) -> bool:
        return bool(self.vessel_reasons)


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
