"""Numbers from a patient's diary: days, rates, migraine-flare links and alerts.

Pure functions over plain values: no Django, no database, no clock. Views turn model rows
into the frozen records below, pass `today` (the patient's local date) and `now` (an aware
datetime), and get back plain values and dataclasses that `diary.charts` turns into JSON
for charts or hands to templates.

The definitions follow shared/CLINICAL.md:

- Every count is of calendar days in the patient's own time zone, never of attacks.
- A day is *covered* when it falls on or after the diary's first record and not after
  today. Days that are not covered are never counted as migraine-free: rates divide by
  covered days, and daily points leave their outcomes as None.
- "Per 30 days" rates are over the period shown; monthly tables are per calendar month.
- Alerts quote ICHD-3 (the International Classification of Headache Disorders, 3rd
  edition). They inform; they never diagnose.
"""

from calendar import monthrange
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import compress
from math import exp, log, sqrt
from operator import attrgetter, or_
from typing import NamedTuple
from zoneinfo import ZoneInfo

ONE_DAY = timedelta(days=1)
_MIDNIGHT = time(0)
DAYS_PER_MONTH = 30
Z_95 = 1.96  # two-sided 95 % normal quantile

SHORT_SLEEP_HOURS = 6  # "sleep under 6 h"
HIGH_STRESS = 7  # "stress >= 7" on a 0-10 scale
DEHYDRATION_GLASSES = 4  # "dehydration": fewer than 4 glasses of water that day

LINKAGE_WINDOW_DAYS = 3
LINKAGE_MIN_DAYS = 30
LAG_SPAN_DAYS = 14
ASSOCIATION_MIN_DAYS = 3
TRIPTAN_CAUTION_DAYS = 90

# ICHD-3 asks for overuse or headache "for more than 3 months". Overlap reads that as three
# consecutive 30-day windows ending today (90 days), each one meeting the threshold, and
# only when the diary covers all 90 days.
ALERT_WINDOWS = 3

# ICHD-3 8.2 names these classes: ergotamine, triptans, simple analgesics (paracetamol,
# aspirin and other NSAIDs), opioids, combination analgesics, and several classes
# together. Every dose counts, whatever it was taken for: an NSAID taken for joint pain is
# an overuse day just like one taken for a headache. Gepants and ditans are newer and have
# no threshold in ICHD-3 8.2, so they count as acute-medication days but not towards
# overuse; antiemetics, steroids and disease-modifying drugs are not overuse classes.
OVERUSE_CLASS_BY_CATEGORY: dict[str, str] = {
    "triptan": "triptan",
    "ergot": "ergot",
    "opioid": "opioid",
    "combination_analgesic": "combination_analgesic",
    "simple_analgesic": "simple_analgesic",
    "nsaid": "simple_analgesic",
}
OVERUSE_THRESHOLD_DAYS: dict[str, int] = {
    "triptan": 10,
    "ergot": 10,
    "opioid": 10,
    "combination_analgesic": 10,
    "simple_analgesic": 15,
}
MULTIPLE_CLASSES_THRESHOLD_DAYS = 10
# The early warning looks at the last 30 days alone, a little below each threshold,
# because autoimmune patients often take NSAIDs daily for their joints.
OVERUSE_WARNING_DAYS: dict[str, int] = {
    "triptan": 8,
    "ergot": 8,
    "opioid": 8,
    "combination_analgesic": 8,
    "simple_analgesic": 12,
}
MULTIPLE_CLASSES_WARNING_DAYS = 8
OVERUSE_CLASS_NAMES: dict[str, str] = {
    "triptan": "triptans",
    "ergot": "ergots",
    "opioid": "opioids",
    "combination_analgesic": "combination painkillers",
    "simple_analgesic": "simple painkillers (paracetamol, aspirin or other NSAIDs)",
}

CHRONIC_HEADACHE_DAYS = 15  # ICHD-3 1.3: headache on >= 15 days a month ...
CHRONIC_MIGRAINE_DAYS = 8  # ... with migraine features on >= 8 of them

MEDICATION_EDUCATION_SLUG = "medication-caution"
CHRONIC_EDUCATION_SLUG = "how-migraine-and-autoimmune-disease-connect"

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# --- Records in ----------------------------------------------------------------------

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


# --- Results out ---------------------------------------------------------------------


# Not frozen: a ten-year range builds 3,650 of these, and frozen doubles their cost.
@dataclass(slots=True)
class DayPoint:
    """One calendar day. Outcomes are None on days the diary does not cover."""

    day: date
    covered: bool
    migraine: bool | None
    headache: bool | None
    peak_intensity: int | None  # highest peak of the day's migraine attacks
    acute_medication: bool | None
    flare_conditions: tuple[str, ...]  # sorted condition slugs
    sleep_hours: float | None
    stress: int | None
    fatigue: int | None
    joint_pain: int | None


@dataclass(frozen=True)
class WeekPoint:
    """One ISO week (Monday to Sunday), limited to the days inside the range asked for."""

    week_start: date  # the Monday, even when the range starts later in the week
    iso_year: int
    iso_week: int
    days: int  # days of this week inside the range
    covered_days: int
    migraine_days: int
    headache_days: int
    acute_medication_days: int
    flare_days: int
    peak_intensity: int | None
    mean_sleep_hours: float | None
    mean_stress: float | None
    mean_fatigue: float | None
    mean_joint_pain: float | None


@dataclass(frozen=True)
class MonthRow:
    """One calendar month, limited to the days inside the range asked for."""

    month: date  # the first day of the month
    days: int  # days of this month inside the range
    covered_days: int
    migraine_days: int
    headache_days: int
    acute_medication_days: int
    flare_days: int


@dataclass(frozen=True)
class Linkage:
    """Migraine days per 30 days inside flare windows against outside them."""

    window_days: int  # each flare widened by this many days either side
    inside_days: int  # covered days inside a flare window
    outside_days: int  # covered days outside every flare window
    inside_migraine_days: int
    outside_migraine_days: int
    inside_per_30_days: float | None
    outside_per_30_days: float | None
    rate_ratio: float | None  # inside rate / outside rate
    ci_low: float | None  # 95 % confidence interval of the rate ratio
    ci_high: float | None
    enough_data: bool
    reason: str  # why there is no ratio; empty when there is one


@dataclass(frozen=True)
class LagPoint:
    """Migraine around flare starts at one offset (days after the start; negative before)."""

    offset: int
    flares: int  # flares whose day at this offset is covered
    flares_with_migraine: int
    share: float | None  # flares_with_migraine / flares


@dataclass(frozen=True)
class LagProfile:
    """Share of flares with a migraine day at each offset, and the diary's baseline share."""

    span: int
    flare_count: int
    points: tuple[LagPoint, ...]  # offsets -span..+span in order
    covered_days: int
    migraine_days: int
    baseline_share: float | None  # migraine days / covered days over the whole diary


@dataclass(frozen=True)
class Association:
    """Chance of a migraine on the same or next day, with a factor against without it."""

    factor: str  # "short_sleep", "high_stress", "gluten", "menstruation", "dehydration",
    #              or "trigger:<name>"
    label: str
    days_with: int
    days_without: int
    migraine_with: int  # days with the factor followed by migraine (same or next day)
    migraine_without: int
    risk_with: float | None
    risk_without: float | None
    risk_ratio: float | None
    ci_low: float | None  # 95 % confidence interval of the risk ratio (Katz)
    ci_high: float | None
    enough_data: bool  # at least min_days days with and min_days without
    reason: str  # why there is no ratio; empty when there is one


@dataclass(frozen=True)
class FactorAssociations:
    """Factors with enough days to report, and those without (with their counts)."""

    associations: tuple[Association, ...]
    not_enough_data: tuple[Association, ...]


@dataclass(frozen=True)
class AlertWindow:
    """One period an alert looked at, the day counts in it, and which thresholds it met."""

    start: date
    end: date
    counts: dict[str, int]
    reasons: tuple[str, ...]  # thresholds met in this window; empty when none


@dataclass(frozen=True)
class Alert:
    """A calm, plain-words note about a pattern in the diary. Never a diagnosis."""

    kind: str  # medication_overuse | medication_overuse_warning | chronic_migraine |
    #            triptan_caution
    title: str
    message: str
    period_start: date
    period_end: date
    education_slug: str
    windows: tuple[AlertWindow, ...]  # oldest first


@dataclass(frozen=True)
class Overview:
    """Everything a dashboard shows for one period, computed from one pass over the diary."""

    start: date
    end: date
    diary_start: date | None  # the diary's first day, as `diary_start` returns
    covered_days: int
    days: list[DayPoint]
    weeks: list[WeekPoint]
    months: list[MonthRow]
    linkage: Linkage
    lag: LagProfile
    factors: FactorAssociations
    alerts: list[Alert]
    summary: str


# --- Days ----------------------------------------------------------------------------


def attack_days(attack: AttackRecord, *, tz: ZoneInfo, now: datetime) -> list[date]:
    """Return the local calendar days the attack touches, in order.

    An ongoing attack runs to `now`. An attack that ends exactly at local midnight does
    not touch the new day. Durations are kept across daylight-saving changes because the
    instants stay as given; only the day each instant falls on is read in `tz`.
    """
    return list(map(date.fromordinal, _attack_ordinals(attack, tz=tz, now=now)))


def migraine_days(diary: Diary, *, now: datetime) -> set[date]:
    """Return the local days on which a migraine attack was present for any part of the day."""
    return _attack_day_set(diary, now=now, migraine_only=True)


def headache_days(diary: Diary, *, now: datetime) -> set[date]:
    """Return the local days with any headache, migraine or not."""
    return _attack_day_set(diary, now=now, migraine_only=False)


def acute_medication_days(diary: Diary) -> dict[date, set[str]]:
    """Return, for each local day with an acute-purpose dose, the categories taken.

    Every category logged as acute counts (gepants, ditans and antiemetics included);
    doses logged as preventive or disease-modifying do not. For medication overuse, which
    counts some classes whatever their purpose, see `overuse_medication_days`.
    """
    return _acute_medication_days(_doses_by_day(diary))


def overuse_medication_days(diary: Diary) -> dict[date, set[str]]:
    """Return, for each local day, the ICHD-3 8.2 overuse classes taken, whatever the purpose.

    Classes are the keys of OVERUSE_THRESHOLD_DAYS; NSAIDs count as simple analgesics.
    """
    return _overuse_medication_days(_doses_by_day(diary))


def flare_days(diary: Diary, *, today: date) -> dict[date, set[str]]:
    """Return, for each day inside a flare, the conditions flaring.

    A flare runs from its start to its end, or to today while ongoing; no day after today
    is a flare day.
    """
    days: dict[date, set[str]] = defaultdict(set)
    for flare in diary.flares:
        for day in _days_from_to(flare.started_on, _flare_last_day(flare, today=today)):
            days[day].add(flare.condition)
    return dict(days)


def diary_start(diary: Diary) -> date | None:
    """Return the first local day of any record in the diary, or None for an empty diary.

    Days before it are not covered: they are never counted as migraine-free.
    """
    first_days = [
        *(_local(attack.started_at, diary.tz).date() for attack in diary.attacks),
        *(flare.started_on for flare in diary.flares),
        *(_local(dose.taken_at, diary.tz).date() for dose in diary.doses),
        *(checkin.day for checkin in diary.checkins),
    ]
    return min(first_days, default=None)


def covered_days(diary: Diary, *, start: date, end: date, today: date) -> int:
    """Return how many days from start to end (inclusive) the diary covers."""
    span = _covered_span(diary_start(diary), start=start, end=end, today=today)
    return 0 if span is None else (span[1] - span[0]).days + 1


def per_30_days(count: int, covered_days: int) -> float | None:
    """Return count per 30 covered days, or None when no day is covered."""
    if covered_days <= 0:
        return None
    return count * DAYS_PER_MONTH / covered_days


# --- Series and tables ---------------------------------------------------------------


def daily_series(
    diary: Diary, *, start: date, end: date, today: date, now: datetime
) -> list[DayPoint]:
    """Return one DayPoint for each day from start to end inclusive (empty if end < start)."""
    return _daily_points(_period(_index(diary, today=today, now=now), start=start, end=end))


def weekly_series(
    diary: Diary, *, start: date, end: date, today: date, now: datetime
) -> list[WeekPoint]:
    """Return daily_series aggregated to ISO weeks: day counts, highest peak, mean factors.

    Means are over the covered days that recorded the factor, None when none did.
    """
    return _weekly_points(_period(_index(diary, today=today, now=now), start=start, end=end))


def monthly_table(
    diary: Diary, *, start: date, end: date, today: date, now: datetime
) -> list[MonthRow]:
    """Return per-calendar-month day counts, from the same days as daily_series."""
    return _monthly_rows(_period(_index(diary, today=today, now=now), start=start, end=end))


# --- Migraines and flares ------------------------------------------------------------


def flare_linkage(
    diary: Diary,
    *,
    start: date,
    end: date,
    today: date,
    now: datetime,
    window_days: int = LINKAGE_WINDOW_DAYS,
    min_days: int = LINKAGE_MIN_DAYS,
) -> Linkage:
    """Return migraine days per 30 days inside flare windows against outside them.

    Each flare is widened by window_days either side; only covered days from start to end
    count. The rate ratio's 95 % interval is the Poisson log method,
    exp(ln(RR) +/- 1.96 * sqrt(1/a + 1/b)). There is no ratio (enough_data False, with a
    reason) when either group has fewer than min_days days or no migraine day.
    """
    return _flare_linkage(
        _index(diary, today=today, now=now),
        start=start,
        end=end,
        window_days=window_days,
        min_days=min_days,
    )


def lag_profile(
    diary: Diary, *, today: date, now: datetime, span: int = LAG_SPAN_DAYS
) -> LagProfile:
    """Return, for each offset -span..+span from a flare's start, the share of flares with a
    migraine day at that offset, counting only flares whose offset day is covered; and the
    baseline share of migraine days among all covered days of the diary.
    """
    return _lag_profile(_index(diary, today=today, now=now), span=span)


# --- Factors -------------------------------------------------------------------------


def _short_sleep(checkin: CheckInRecord) -> bool | None:
    return None if checkin.sleep_hours is None else checkin.sleep_hours < SHORT_SLEEP_HOURS


def _high_stress(checkin: CheckInRecord) -> bool | None:
    return None if checkin.stress is None else checkin.stress >= HIGH_STRESS


def _gluten(checkin: CheckInRecord) -> bool | None:
    return checkin.gluten


def _menstruation(checkin: CheckInRecord) -> bool | None:
    return checkin.menstruation


def _dehydration(checkin: CheckInRecord) -> bool | None:
    return None if checkin.water_glasses is None else checkin.water_glasses < DEHYDRATION_GLASSES


# (factor, label, whether a check-in had it: None when it was not recorded)
FACTORS: tuple[tuple[str, str, Callable[[CheckInRecord], bool | None]], ...] = (
    ("short_sleep", "Sleep under 6 hours", _short_sleep),
    ("high_stress", "Stress 7 or more out of 10", _high_stress),
    ("gluten", "Gluten eaten", _gluten),
    ("menstruation", "Menstruation", _menstruation),
    ("dehydration", "Fewer than 4 glasses of water", _dehydration),
)


def factor_associations(
    diary: Diary,
    *,
    start: date,
    end: date,
    today: date,
    now: datetime,
    min_days: int = ASSOCIATION_MIN_DAYS,
) -> FactorAssociations:
    """Return, for each factor, the chance of a migraine day on the same or next day with the
    factor against without it, and the risk ratio with a 95 % interval (Katz log method).

    Only check-in days from start to end count, where the factor is known (None is unknown)
    and the next day is covered, so the outcome is fully seen. Factors are sleep under 6 h,
    stress >= 7, gluten, menstruation, dehydration, and each trigger named in those
    check-ins (a check-in that does not name a trigger counts as a day without it).
    Factors with at least min_days days with and min_days without are in `associations`;
    the others, with their counts, are in `not_enough_data`. When a cell of the 2 x 2 table
    is zero the risks are given but no ratio, and `reason` says why.
    """
    return _factor_associations(
        _index(diary, today=today, now=now), start=start, end=end, min_days=min_days
    )


# --- Alerts --------------------------------------------------------------------------


def medication_overuse_alert(diary: Diary, *, today: date) -> Alert | None:
    """Return the ICHD-3 8.2 medication-overuse alert, or None.

    It applies when each of the last three 30-day windows ending today has triptans,
    ergots, opioids or combination analgesics on >= 10 days (each class on its own),
    simple analgesics including NSAIDs on >= 15 days, or, when no class reaches its own
    threshold, two or more classes together on >= 10 days; and only when the diary covers
    all three windows.
    """
    return _medication_overuse_alert(
        diary_start(diary), _overuse_medication_days(_doses_by_day(diary)), today=today
    )


def medication_overuse_warning(diary: Diary, *, today: date) -> Alert | None:
    """Return an early warning about acute medication in the last 30 days, or None.

    It applies when the full alert does not, and the last 30 days ending today have a
    10-day class on >= 8 days, simple analgesics including NSAIDs on >= 12 days, or (when
    no class reaches its own level) two or more classes together on >= 8 days.
    """
    overuse_days = _overuse_medication_days(_doses_by_day(diary))
    if _medication_overuse_alert(diary_start(diary), overuse_days, today=today):
        return None
    return _medication_overuse_warning(overuse_days, today=today)


def chronic_migraine_alert(diary: Diary, *, today: date, now: datetime) -> Alert | None:
    """Return the ICHD-3 1.3 chronic-migraine-pattern alert, or None.

    It applies when each of the last three 30-day windows ending today has headache on
    >= 15 days and migraine on >= 8 days, and the diary covers all three windows.
    """
    return _chronic_migraine_alert(_index(diary, today=today, now=now))


def triptan_caution(diary: Diary, *, today: date) -> Alert | None:
    """Return a calm note when a patient with a vessel-involving condition logged a triptan
    in the last 90 days, or None. It never blocks anything.
    """
    if not diary.vessel_condition:
        return None
    return _triptan_caution(_doses_by_day(diary), today=today)


def current_alerts(diary: Diary, *, today: date, now: datetime) -> list[Alert]:
    """Return the alerts that apply today: medication overuse (or else its early warning),
    chronic-migraine pattern, triptan caution, in that order.
    """
    return _current_alerts(_index(diary, today=today, now=now))


# --- Everything at once --------------------------------------------------------------


def diary_overview(
    diary: Diary,
    *,
    start: date,
    end: date,
    today: date,
    now: datetime,
    window_days: int = LINKAGE_WINDOW_DAYS,
) -> Overview:
    """Return daily, weekly and monthly figures, flare linkage, lag profile, factor
    associations, current alerts and a summary for start..end, reading the diary once.

    Each part equals what its own function returns for the same arguments (the lag profile
    and alerts always cover the whole diary up to today).
    """
    days = _index(diary, today=today, now=now)
    period = _period(days, start=start, end=end)
    return Overview(
        start=start,
        end=end,
        diary_start=days.first_day,
        covered_days=period.covered.count(True),
        days=_daily_points(period),
        weeks=_weekly_points(period),
        months=_monthly_rows(period),
        linkage=_flare_linkage(
            days, start=start, end=end, window_days=window_days, min_days=LINKAGE_MIN_DAYS
        ),
        lag=_lag_profile(days, span=LAG_SPAN_DAYS),
        factors=_factor_associations(days, start=start, end=end, min_days=ASSOCIATION_MIN_DAYS),
        alerts=_current_alerts(days),
        summary=_period_summary(period, start=start, end=end),
    )


# --- Text twins for charts -----------------------------------------------------------


def period_summary(diary: Diary, *, start: date, end: date, today: date, now: datetime) -> str:
    """Return plain sentences describing day counts and per-30-day rates from start to end."""
    period = _period(_index(diary, today=today, now=now), start=start, end=end)
    return _period_summary(period, start=start, end=end)


def linkage_summary(linkage: Linkage) -> str:
    """Return plain sentences describing a Linkage, or its reason when there is no ratio."""
    if not linkage.enough_data:
        return linkage.reason
    return (
        f"Inside flare windows (each flare and {_count_days(linkage.window_days)} either "
        f"side) you had {_count_days(linkage.inside_migraine_days, 'migraine')} in "
        f"{_count_days(linkage.inside_days)}, {_format_rate(linkage.inside_per_30_days)} per "
        f"30 days. Outside them you had {linkage.outside_migraine_days} in "
        f"{_count_days(linkage.outside_days)}, {_format_rate(linkage.outside_per_30_days)} "
        f"per 30 days. The rate inside is {linkage.rate_ratio:.1f} times the rate outside "
        f"(95% interval {linkage.ci_low:.1f} to {linkage.ci_high:.1f}). This is an "
        "association, not proof that one causes the other."
    )


def association_summary(association: Association) -> str:
    """Return plain sentences describing one factor's Association."""
    if not association.enough_data:
        return association.reason
    sentences = [
        f"{association.label}: a migraine followed on the same or next day after "
        f"{association.migraine_with} of {_count_days(association.days_with)} with it "
        f"({_format_share(association.risk_with)}), against {association.migraine_without} "
        f"of {_count_days(association.days_without)} without it "
        f"({_format_share(association.risk_without)})."
    ]
    if association.risk_ratio is None:
        sentences.append(association.reason)
    else:
        sentences.append(
            f"That is {association.risk_ratio:.1f} times the chance (95% interval "
            f"{association.ci_low:.1f} to {association.ci_high:.1f})."
        )
    sentences.append("This is an association, not proof of cause.")
    return " ".join(sentences)


# --- Report --------------------------------------------------------------------------


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


@dataclass(frozen=True)
class PeriodCounts:
    """Day counts over a period, and the days the diary covers in it."""

    days: int
    covered_days: int
    migraine_days: int
    headache_days: int
    acute_medication_days: int
    flare_days: int


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


def period_counts(points: list[DayPoint]) -> PeriodCounts:
    """Return the migraine, headache, acute-medication and flare days among the points, with
    how many days there are and how many the diary covers (rates divide by those)."""
    covered, migraine, headache, acute_medication, flare = _day_counts(points).values()
    return PeriodCounts(
        days=len(points),
        covered_days=covered,
        migraine_days=migraine,
        headache_days=headache,
        acute_medication_days=acute_medication,
        flare_days=flare,
    )


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


# --- Internals -----------------------------------------------------------------------


_OVERUSE_DEFINITION = (
    "Headache specialists (ICHD-3, the International Classification of Headache Disorders) "
    "describe medication overuse as taking triptans, ergots, opioids or combination "
    "painkillers on 10 or more days a month, simple painkillers (paracetamol, aspirin or "
    "other NSAIDs) on 15 or more days a month, or several of these together on 10 or more "
    "days a month, for more than 3 months; Overlap counts a month as 30 days."
)


@dataclass(frozen=True)
class _DiaryDays:
    """The diary laid out by local day, built once per call and shared by the parts.

    The lists hold one entry per covered day, from first_day to today: entry i is the day
    `origin + i` as an ordinal (`date.toordinal`). Nothing outside that span is ever
    counted, so it needs no entry. Lists and slices let the parts count with list.count
    and slicing rather than with a Python step per day.
    """

    first_day: date | None
    today: date
    origin: int  # first_day's ordinal; tomorrow's for an empty diary, so nothing is covered
    migraine: list[bool]
    headache: list[bool]
    peak_intensity: list[int | None]  # highest peak of the day's migraine attacks
    acute_medication: list[bool]
    flare_conditions: list[tuple[str, ...]]  # sorted condition slugs
    checkins: list[CheckInRecord | None]
    # The doses of the last _ALERT_DAYS days only: the alerts look no further back.
    recent_doses: dict[date, list[DoseRecord]]
    recent_overuse: dict[date, set[str]]
    flare_records: tuple[FlareRecord, ...]
    vessel_condition: bool

    def positions(self, start: date, end: date) -> tuple[int, int]:
        """Return the slice (first, stop) of the covered days from start to end."""
        first = max(start.toordinal() - self.origin, 0)
        stop = min(end.toordinal() - self.origin + 1, len(self.migraine))
        return first, max(stop, first)


# The alerts look back over this many days, today included.
_ALERT_DAYS = max(ALERT_WINDOWS * DAYS_PER_MONTH, TRIPTAN_CAUTION_DAYS)


def _index(diary: Diary, *, today: date, now: datetime) -> _DiaryDays:
    tz = diary.tz
    # Every record's local days as ordinals first: the earliest is where coverage starts.
    attack_spans = _attack_spans(diary.attacks, tz=tz, now=now)
    dose_days = _local_ordinals([dose.taken_at for dose in diary.doses], tz)
    firsts = [
        min((span.start for span in attack_spans), default=None),
        min(dose_days, default=None),
        min((flare.started_on.toordinal() for flare in diary.flares), default=None),
        min((checkin.day.toordinal() for checkin in diary.checkins), default=None),
    ]
    first = min((ordinal for ordinal in firsts if ordinal is not None), default=None)
    today_ordinal = today.toordinal()
    origin = today_ordinal + 1 if first is None else first
    covered = max(today_ordinal - origin + 1, 0)

    migraine = [False] * covered
    headache = [False] * covered
    peak_intensity: list[int | None] = [None] * covered
    for attack, span in zip(diary.attacks, attack_spans, strict=True):
        days = range(span.start - origin, min(span.stop - origin, covered))
        headache[days.start : days.stop] = [True] * len(days)
        if not attack.is_migraine:
            continue
        migraine[days.start : days.stop] = [True] * len(days)
        peak = attack.peak_intensity
        if peak is not None:
            for day in days:
                peak_intensity[day] = max(peak_intensity[day] or 0, peak)

    acute_medication = [False] * covered
    recent_doses: dict[date, list[DoseRecord]] = defaultdict(list)
    recent_from = today_ordinal - _ALERT_DAYS + 1
    for dose, ordinal in zip(diary.doses, dose_days, strict=True):
        day = ordinal - origin
        if day < covered and dose.purpose == "acute":
            acute_medication[day] = True
        if recent_from <= ordinal <= today_ordinal:
            recent_doses[date.fromordinal(ordinal)].append(dose)

    flaring: dict[int, set[str]] = defaultdict(set)
    for flare in diary.flares:
        last = _flare_last_day(flare, today=today).toordinal()
        for day in range(flare.started_on.toordinal() - origin, last - origin + 1):
            flaring[day].add(flare.condition)
    flare_conditions: list[tuple[str, ...]] = [()] * covered
    for day, conditions in flaring.items():
        flare_conditions[day] = tuple(sorted(conditions))

    # One check-in a day is expected; should there be more, the last one wins.
    checkins: list[CheckInRecord | None] = [None] * covered
    for checkin in diary.checkins:
        day = checkin.day.toordinal() - origin
        if day < covered:
            checkins[day] = checkin

    return _DiaryDays(
        first_day=None if first is None else date.fromordinal(first),
        today=today,
        origin=origin,
        migraine=migraine,
        headache=headache,
        peak_intensity=peak_intensity,
        acute_medication=acute_medication,
        flare_conditions=flare_conditions,
        checkins=checkins,
        recent_doses=recent_doses,
        recent_overuse=_overuse_medication_days(recent_doses),
        flare_records=diary.flares,
        vessel_condition=diary.vessel_condition,
    )


def _local_ordinals(moments: list[datetime], tz: ZoneInfo) -> list[int]:
    """Return the ordinal of each moment's local day in tz."""
    return [moment.toordinal() for moment in _local_all(moments, tz)]


def _local_all(moments: list[datetime], tz: ZoneInfo) -> list[datetime]:
    """Return the moments in tz, as _local does one by one."""
    # One check in C for a naive moment, then one comprehension: no Python call per moment.
    if None in map(attrgetter("tzinfo"), moments):
        for moment in moments:
            _local(moment, tz)  # raises at the first naive moment
    return [moment.astimezone(tz) for moment in moments]


def _attack_spans(attacks: Sequence[AttackRecord], *, tz: ZoneInfo, now: datetime) -> list[range]:
    """Return _attack_ordinals of each attack, converting all at once (see _local_all)."""
    starts = _local_all([attack.started_at for attack in attacks], tz)
    ends = _local_all(
        [now if attack.ended_at is None else attack.ended_at for attack in attacks], tz
    )
    return [
        range(start.toordinal(), start.toordinal() + 1)
        if end <= start
        # An end at local midnight does not touch the new day.
        else range(start.toordinal(), end.toordinal() + (end.time() != _MIDNIGHT))
        for start, end in zip(starts, ends, strict=True)
    ]


def _attack_ordinals(attack: AttackRecord, *, tz: ZoneInfo, now: datetime) -> range:
    """Return the ordinals of the local days the attack touches (see attack_days)."""
    start = _local(attack.started_at, tz)
    end = _local(attack.ended_at if attack.ended_at is not None else now, tz)
    first = start.toordinal()
    if end <= start:
        return range(first, first + 1)
    last = end.toordinal()
    if end.time() == _MIDNIGHT:
        last -= 1
    return range(first, last + 1)


def _doses_by_day(diary: Diary) -> dict[date, list[DoseRecord]]:
    doses: dict[date, list[DoseRecord]] = defaultdict(list)
    for dose, ordinal in zip(
        diary.doses, _local_ordinals([dose.taken_at for dose in diary.doses], diary.tz), strict=True
    ):
        doses[date.fromordinal(ordinal)].append(dose)
    return doses


def _acute_medication_days(doses: dict[date, list[DoseRecord]]) -> dict[date, set[str]]:
    days = {
        day: {dose.category for dose in day_doses if dose.purpose == "acute"}
        for day, day_doses in doses.items()
    }
    return {day: categories for day, categories in days.items() if categories}


def _overuse_medication_days(doses: dict[date, list[DoseRecord]]) -> dict[date, set[str]]:
    days = {
        day: {
            OVERUSE_CLASS_BY_CATEGORY[dose.category]
            for dose in day_doses
            if dose.category in OVERUSE_CLASS_BY_CATEGORY
        }
        for day, day_doses in doses.items()
    }
    return {day: classes for day, classes in days.items() if classes}


class _Period(NamedTuple):
    """The days from start to end as columns: DayPoint's fields in DayPoint's order, one
    entry a day, so the i-th entries of all columns are the i-th day's point."""

    day: list[date]
    covered: list[bool]
    migraine: list[bool | None]
    headache: list[bool | None]
    peak_intensity: list[int | None]
    acute_medication: list[bool | None]
    flare_conditions: list[tuple[str, ...]]
    sleep_hours: list[float | None]
    stress: list[int | None]
    fatigue: list[int | None]
    joint_pain: list[int | None]


def _period(days: _DiaryDays, *, start: date, end: date) -> _Period:
    """Lay out start..end (empty if end < start): covered days from the diary's lists,
    the others not covered, with None outcomes and no flare, as the DayPoint docs say."""
    length = max(end.toordinal() - start.toordinal() + 1, 0)
    first, stop = days.positions(start, end)
    before = min(max(days.origin - start.toordinal(), 0), length)
    after = length - before - (stop - first)

    def column(values: list, blank: object) -> list:
        return [blank] * before + values[first:stop] + [blank] * after

    checkins = days.checkins[first:stop]
    return _Period(
        day=list(map(date.fromordinal, range(start.toordinal(), start.toordinal() + length))),
        covered=[False] * before + [True] * (stop - first) + [False] * after,
        migraine=column(days.migraine, None),
        headache=column(days.headache, None),
        peak_intensity=column(days.peak_intensity, None),
        acute_medication=column(days.acute_medication, None),
        flare_conditions=column(days.flare_conditions, ()),
        sleep_hours=_checkin_column(checkins, "sleep_hours", before, after),
        stress=_checkin_column(checkins, "stress", before, after),
        fatigue=_checkin_column(checkins, "fatigue", before, after),
        joint_pain=_checkin_column(checkins, "joint_pain", before, after),
    )


def _checkin_column(
    checkins: list[CheckInRecord | None], field: str, before: int, after: int
) -> list:
    position = CheckInRecord._fields.index(field)
    values = [None if checkin is None else checkin[position] for checkin in checkins]
    return [None] * before + values + [None] * after


def _daily_points(period: _Period) -> list[DayPoint]:
    return list(map(DayPoint, *period))


def _period_counts(period: _Period, first: int = 0, stop: int | None = None) -> dict[str, int]:
    """Return the covered, migraine, headache, acute-medication and flare days among the
    period's days first..stop-1 (all of them by default), as _day_counts does for points."""
    stop = len(period.day) if stop is None else stop
    return {
        "covered": period.covered[first:stop].count(True),
        "migraine": period.migraine[first:stop].count(True),
        "headache": period.headache[first:stop].count(True),
        "acute_medication": period.acute_medication[first:stop].count(True),
        "flare": stop - first - period.flare_conditions[first:stop].count(()),
    }


def _weekly_points(period: _Period) -> list[WeekPoint]:
    weeks = []
    first = 0
    while first < len(period.day):
        day = period.day[first]
        # A week runs to its Sunday, or to the end of the period.
        stop = min(first + 7 - day.weekday(), len(period.day))
        weeks.append(_week_point(day - timedelta(days=day.weekday()), period, first, stop))
        first = stop
    return weeks


def _week_point(week_start: date, period: _Period, first: int, stop: int) -> WeekPoint:
    peaks = [peak for peak in period.peak_intensity[first:stop] if peak is not None]
    iso_year, iso_week, _ = week_start.isocalendar()
    return WeekPoint(
        week_start=week_start,
        iso_year=iso_year,
        iso_week=iso_week,
        days=stop - first,
        covered_days=period.covered[first:stop].count(True),
        migraine_days=period.migraine[first:stop].count(True),
        headache_days=period.headache[first:stop].count(True),
        acute_medication_days=period.acute_medication[first:stop].count(True),
        flare_days=stop - first - period.flare_conditions[first:stop].count(()),
        peak_intensity=max(peaks, default=None),
        mean_sleep_hours=_mean(period.sleep_hours[first:stop]),
        mean_stress=_mean(period.stress[first:stop]),
        mean_fatigue=_mean(period.fatigue[first:stop]),
        mean_joint_pain=_mean(period.joint_pain[first:stop]),
    )


def _monthly_rows(period: _Period) -> list[MonthRow]:
    rows = []
    first = 0
    while first < len(period.day):
        day = period.day[first]
        # A month runs to its last day, or to the end of the period.
        stop = min(first + monthrange(day.year, day.month)[1] - day.day + 1, len(period.day))
        counts = _period_counts(period, first, stop)
        rows.append(
            MonthRow(
                month=day.replace(day=1),
                days=stop - first,
                covered_days=counts["covered"],
                migraine_days=counts["migraine"],
                headache_days=counts["headache"],
                acute_medication_days=counts["acute_medication"],
                flare_days=counts["flare"],
            )
        )
        first = stop
    return rows


def _day_counts(points: list[DayPoint]) -> dict[str, int]:
    """Return the covered, migraine, headache, acute-medication and flare days, in that order."""
    covered = migraine = headache = acute_medication = flare = 0
    for point in points:
        if point.covered:
            covered += 1
        if point.migraine:
            migraine += 1
        if point.headache:
            headache += 1
        if point.acute_medication:
            acute_medication += 1
        if point.flare_conditions:
            flare += 1
    return {
        "covered": covered,
        "migraine": migraine,
        "headache": headache,
        "acute_medication": acute_medication,
        "flare": flare,
    }


def _flare_linkage(
    days: _DiaryDays, *, start: date, end: date, window_days: int, min_days: int
) -> Linkage:
    if window_days < 0:
        raise ValueError("window_days must not be negative")
    # Each covered day: inside some flare's window or not.
    in_window = [False] * len(days.migraine)
    for flare in days.flare_records:
        window_start = flare.started_on.toordinal() - window_days - days.origin
        window_stop = (
            _flare_last_day(flare, today=days.today).toordinal() + window_days + 1 - days.origin
        )
        window = range(max(window_start, 0), min(window_stop, len(in_window)))
        in_window[window.start : window.stop] = [True] * len(window)
    first, stop = days.positions(start, end)
    inside, migraine = in_window[first:stop], days.migraine[first:stop]
    inside_days = inside.count(True)
    outside_days = len(inside) - inside_days
    inside_migraine = sum(compress(migraine, inside))
    outside_migraine = migraine.count(True) - inside_migraine

    reason = _linkage_reason(
        inside_days=inside_days,
        outside_days=outside_days,
        inside_migraine=inside_migraine,
        outside_migraine=outside_migraine,
        min_days=min_days,
    )
    rate_ratio = ci_low = ci_high = None
    if not reason:
        rate_ratio = (inside_migraine / inside_days) / (outside_migraine / outside_days)
        margin = Z_95 * sqrt(1 / inside_migraine + 1 / outside_migraine)
        ci_low = exp(log(rate_ratio) - margin)
        ci_high = exp(log(rate_ratio) + margin)
    return Linkage(
        window_days=window_days,
        inside_days=inside_days,
        outside_days=outside_days,
        inside_migraine_days=inside_migraine,
        outside_migraine_days=outside_migraine,
        inside_per_30_days=per_30_days(inside_migraine, inside_days),
        outside_per_30_days=per_30_days(outside_migraine, outside_days),
        rate_ratio=rate_ratio,
        ci_low=ci_low,
        ci_high=ci_high,
        enough_data=not reason,
        reason=reason,
    )


def _linkage_reason(
    *,
    inside_days: int,
    outside_days: int,
    inside_migraine: int,
    outside_migraine: int,
    min_days: int,
) -> str:
    if inside_days < min_days or outside_days < min_days:
        return (
            f"Too little data: {_count_days(inside_days)} inside flare windows and "
            f"{_count_days(outside_days)} outside them; Overlap needs at least {min_days} "
            "in each before comparing."
        )
    if inside_migraine == 0 and outside_migraine == 0:
        return "Too little data: no migraine days in this period, so there is nothing to compare."
    if inside_migraine == 0:
        return (
            "Too little data: no migraine days inside flare windows yet, so a ratio can't be "
            "worked out."
        )
    if outside_migraine == 0:
        return (
            "Too little data: no migraine days outside flare windows yet, so a ratio can't be "
            "worked out."
        )
    return ""


def _lag_profile(days: _DiaryDays, *, span: int) -> LagProfile:
    migraine = days.migraine
    starts = [flare.started_on.toordinal() - days.origin for flare in days.flare_records]
    points = []
    for offset in range(-span, span + 1):
        flares = flares_with_migraine = 0
        for start in starts:
            day = start + offset
            if 0 <= day < len(migraine):
                flares += 1
                flares_with_migraine += migraine[day]
        points.append(
            LagPoint(
                offset=offset,
                flares=flares,
                flares_with_migraine=flares_with_migraine,
                share=flares_with_migraine / flares if flares else None,
            )
        )
    total_days = len(migraine)
    total_migraine = migraine.count(True)
    return LagProfile(
        span=span,
        flare_count=len(days.flare_records),
        points=tuple(points),
        covered_days=total_days,
        migraine_days=total_migraine,
        baseline_share=total_migraine / total_days if total_days else None,
    )


def _factor_associations(
    days: _DiaryDays, *, start: date, end: date, min_days: int
) -> FactorAssociations:
    # Check-in days whose next day is covered too, so the outcome is fully seen; the
    # outcome is a migraine on the day or the next.
    first, stop = days.positions(start, end)
    stop = min(stop, len(days.migraine) - 1)
    checkins = days.checkins[first:stop]
    usable: list[CheckInRecord] = list(compress(checkins, checkins))
    outcomes = list(
        compress(map(or_, days.migraine[first:stop], days.migraine[first + 1 : stop + 1]), checkins)
    )
    exposures: list[tuple[str, str, list[bool | None]]] = [
        (factor, label, list(map(exposure, usable))) for factor, label, exposure in FACTORS
    ]
    # Check-ins repeat the same few lists of triggers: each list is cleaned up once.
    names_of: dict[tuple[str, ...], set[str]] = {(): set()}
    names_by_day = []
    for checkin in usable:
        names = names_of.get(checkin.triggers)
        if names is None:
            names = names_of[checkin.triggers] = _trigger_names(checkin)
        names_by_day.append(names)
    for name in sorted(set().union(*names_of.values())):
        # Labelled as noted triggers so "Gluten" the trigger reads apart from the
        # check-in's own gluten question.
        label = f"Noted trigger: {name.lower()}"
        exposures.append((f"trigger:{name}", label, [name in names for names in names_by_day]))

    reported = []
    not_enough = []
    for factor, label, exposed in exposures:
        # The outcomes of the days with the factor and of those without it (False: None
        # is not recorded, neither with nor without).
        with_factor = list(compress(outcomes, exposed))
        without_factor = list(compress(outcomes, [is_exposed is False for is_exposed in exposed]))
        association = _association(
            factor=factor,
            label=label,
            days_with=len(with_factor),
            days_without=len(without_factor),
            migraine_with=with_factor.count(True),
            migraine_without=without_factor.count(True),
            min_days=min_days,
        )
        (reported if association.enough_data else not_enough).append(association)
    return FactorAssociations(associations=tuple(reported), not_enough_data=tuple(not_enough))


def _trigger_names(checkin: CheckInRecord) -> set[str]:
    return {name.strip() for name in checkin.triggers if name.strip()}


def _association(
    *,
    factor: str,
    label: str,
    days_with: int,
    days_without: int,
    migraine_with: int,
    migraine_without: int,
    min_days: int,
) -> Association:
    risk_with = migraine_with / days_with if days_with else None
    risk_without = migraine_without / days_without if days_without else None
    enough_data = days_with >= min_days and days_without >= min_days
    risk_ratio = ci_low = ci_high = None
    if not enough_data:
        reason = (
            f"Too little data for {label.lower()}: {_count_days(days_with)} with it and "
            f"{_count_days(days_without)} without; Overlap needs at least {min_days} of each."
        )
    elif migraine_with == 0 or migraine_without == 0:
        which = "with" if migraine_with == 0 else "without"
        reason = (
            f"Too little data for a ratio: no day {which} this factor was followed by a "
            "migraine yet."
        )
    elif migraine_with == days_with or migraine_without == days_without:
        # Katz's interval would shrink to nothing here, which would look falsely certain.
        which = "with" if migraine_with == days_with else "without"
        reason = (
            f"Too little data for a ratio: every day {which} this factor was followed by a "
            "migraine, so there is nothing to compare against yet."
        )
    else:
        reason = ""
        risk_ratio = risk_with / risk_without
        margin = Z_95 * sqrt(
            1 / migraine_with - 1 / days_with + 1 / migraine_without - 1 / days_without
        )
        ci_low = exp(log(risk_ratio) - margin)
        ci_high = exp(log(risk_ratio) + margin)
    return Association(
        factor=factor,
        label=label,
        days_with=days_with,
        days_without=days_without,
        migraine_with=migraine_with,
        migraine_without=migraine_without,
        risk_with=risk_with,
        risk_without=risk_without,
        risk_ratio=risk_ratio,
        ci_low=ci_low,
        ci_high=ci_high,
        enough_data=enough_data,
        reason=reason,
    )


def _current_alerts(days: _DiaryDays) -> list[Alert]:
    overuse = _medication_overuse_alert(
        days.first_day, days.recent_overuse, today=days.today
    ) or _medication_overuse_warning(days.recent_overuse, today=days.today)
    alerts = [
        overuse,
        _chronic_migraine_alert(days),
        _triptan_caution(days.recent_doses, today=days.today) if days.vessel_condition else None,
    ]
    return [alert for alert in alerts if alert is not None]


def _alert_window_bounds(today: date) -> list[tuple[date, date]]:
    """Return the three 30-day windows ending today, oldest first."""
    return [
        (
            today - timedelta(days=DAYS_PER_MONTH * (index + 1) - 1),
            today - timedelta(days=DAYS_PER_MONTH * index),
        )
        for index in reversed(range(ALERT_WINDOWS))
    ]


def _medication_overuse_alert(
    first_day: date | None, overuse_days: dict[date, set[str]], *, today: date
) -> Alert | None:
    bounds = _alert_window_bounds(today)
    if first_day is None or first_day > bounds[0][0]:
        return None
    windows = tuple(
        _overuse_window(
            overuse_days,
            start=window_start,
            end=window_end,
            class_thresholds=OVERUSE_THRESHOLD_DAYS,
            multiple_threshold=MULTIPLE_CLASSES_THRESHOLD_DAYS,
        )
        for window_start, window_end in bounds
    )
    if not all(window.reasons for window in windows):
        return None
    period_start, period_end = windows[0].start, windows[-1].end
    details = "; ".join(
        f"{_format_day_range(window.start, window.end)}: {_overuse_reason_text(window)}"
        for window in windows
    )
    return Alert(
        kind="medication_overuse",
        title="Acute medication on many days",
        message=(
            f"In each of the three 30-day periods from {format_day(period_start)} to "
            f"{format_day(period_end)}, you logged these medicines often enough to reach "
            f"the level headache specialists call medication overuse ({details}). "
            f"{_OVERUSE_DEFINITION} Using these medicines this often can itself make "
            "headaches more frequent. This is information from your diary, not a diagnosis: "
            "discuss this with your clinician, and don't stop or change a medicine without "
            "their advice."
        ),
        period_start=period_start,
        period_end=period_end,
        education_slug=MEDICATION_EDUCATION_SLUG,
        windows=windows,
    )


def _medication_overuse_warning(overuse_days: dict[date, set[str]], *, today: date) -> Alert | None:
    window_start, window_end = _alert_window_bounds(today)[-1]
    window = _overuse_window(
        overuse_days,
        start=window_start,
        end=window_end,
        class_thresholds=OVERUSE_WARNING_DAYS,
        multiple_threshold=MULTIPLE_CLASSES_WARNING_DAYS,
    )
    if not window.reasons:
        return None
    return Alert(
        kind="medication_overuse_warning",
        title="Acute medication is adding up",
        message=(
            f"In the last 30 days ({_format_day_range(window_start, window_end)}) you logged "
            f"{_overuse_reason_text(window)}. Every day with paracetamol, aspirin or an NSAID "
            "such as ibuprofen or naproxen counts, whatever it was taken for, so NSAIDs taken "
            "for your joints count too; with an autoimmune condition these days can add up "
            f"quickly. {_OVERUSE_DEFINITION} This is an early note, not a diagnosis: discuss "
            "this with your clinician, and don't stop or change a medicine without their "
            "advice."
        ),
        period_start=window_start,
        period_end=window_end,
        education_slug=MEDICATION_EDUCATION_SLUG,
        windows=(window,),
    )


def _overuse_window(
    overuse_days: dict[date, set[str]],
    *,
    start: date,
    end: date,
    class_thresholds: dict[str, int],
    multiple_threshold: int,
) -> AlertWindow:
    counts = dict.fromkeys(class_thresholds, 0)
    combined = 0
    for day in _days_from_to(start, end):
        classes = overuse_days.get(day)
        if classes:
            combined += 1
            for overuse_class in classes:
                counts[overuse_class] += 1
    reasons = tuple(
        overuse_class
        for overuse_class, threshold in class_thresholds.items()
        if counts[overuse_class] >= threshold
    )
    classes_used = sum(1 for count in counts.values() if count)
    # "Several classes" needs at least two; one class below its own threshold is not overuse.
    if not reasons and classes_used >= 2 and combined >= multiple_threshold:
        reasons = ("multiple_classes",)
    return AlertWindow(
        start=start, end=end, counts={**counts, "combined": combined}, reasons=reasons
    )


def _overuse_reason_text(window: AlertWindow) -> str:
    if window.reasons == ("multiple_classes",):
        used = [name for name, count in window.counts.items() if count and name != "combined"]
        return (
            f"{_join_words([OVERUSE_CLASS_NAMES[name] for name in used])} together on "
            f"{_count_days(window.counts['combined'])}"
        )
    return _join_words(
        [
            f"{OVERUSE_CLASS_NAMES[name]} on {_count_days(window.counts[name])}"
            for name in window.reasons
        ]
    )


def _chronic_migraine_alert(days: _DiaryDays) -> Alert | None:
    bounds = _alert_window_bounds(days.today)
    if days.first_day is None or days.first_day > bounds[0][0]:
        return None
    windows = []
    for window_start, window_end in bounds:
        # The diary covers every window (checked above).
        first, stop = days.positions(window_start, window_end)
        headache = days.headache[first:stop].count(True)
        migraine = days.migraine[first:stop].count(True)
        met = headache >= CHRONIC_HEADACHE_DAYS and migraine >= CHRONIC_MIGRAINE_DAYS
        windows.append(
            AlertWindow(
                start=window_start,
                end=window_end,
                counts={"headache_days": headache, "migraine_days": migraine},
                reasons=("chronic_migraine",) if met else (),
            )
        )
    if not all(window.reasons for window in windows):
        return None
    period_start, period_end = windows[0].start, windows[-1].end
    headache_counts = _join_numbers([window.counts["headache_days"] for window in windows])
    migraine_counts = _join_numbers([window.counts["migraine_days"] for window in windows])
    return Alert(
        kind="chronic_migraine",
        title="Headache on most days",
        message=(
            f"In the three 30-day periods from {format_day(period_start)} to "
            f"{format_day(period_end)}, you logged headache on {headache_counts} days, "
            f"with migraine on {migraine_counts} of them. Headache specialists (ICHD-3, the "
            "International Classification of Headache Disorders) describe a chronic "
            "migraine pattern as headache on 15 or more days a month for more than 3 "
            "months, with migraine on at least 8 of those days a month; Overlap counts a "
            "month as 30 days. This is a pattern in your diary, not a diagnosis: discuss "
            "this with your clinician."
        ),
        period_start=period_start,
        period_end=period_end,
        education_slug=CHRONIC_EDUCATION_SLUG,
        windows=tuple(windows),
    )


def _triptan_caution(doses: dict[date, list[DoseRecord]], *, today: date) -> Alert | None:
    period_start = today - timedelta(days=TRIPTAN_CAUTION_DAYS - 1)
    triptan_days = [
        day
        for day, day_doses in doses.items()
        if period_start <= day <= today and any(dose.category == "triptan" for dose in day_doses)
    ]
    if not triptan_days:
        return None
    return Alert(
        kind="triptan_caution",
        title="A note about triptans",
        message=(
            f"You logged a triptan on {_count_days(len(triptan_days))} in the last 90 days "
            f"({_format_day_range(period_start, today)}). Triptans act on blood vessels, and "
            "they may not suit everyone whose autoimmune condition can involve the vessels, "
            "as lupus, rheumatoid arthritis, vasculitis and Raynaud's can. Many people use "
            "them safely; if you haven't already, discuss this with your clinician."
        ),
        period_start=period_start,
        period_end=today,
        education_slug=MEDICATION_EDUCATION_SLUG,
        windows=(
            AlertWindow(
                start=period_start,
                end=today,
                counts={"triptan_days": len(triptan_days)},
                reasons=("triptan_logged",),
            ),
        ),
    )


def _period_summary(period: _Period, *, start: date, end: date) -> str:
    counts = _period_counts(period)
    covered = counts["covered"]
    if covered == 0:
        return (
            f"Your diary does not cover {_format_day_range(start, end)} yet, so there is "
            "nothing to count."
        )
    coverage = "" if covered == len(period.day) else f" ({_count_days(covered)} of them covered)"
    sentences = [
        f"From {format_day(start)} to {format_day(end)}{coverage}, you logged "
        f"{_count_days(counts['migraine'], 'migraine')} "
        f"({_format_rate(per_30_days(counts['migraine'], covered))} per 30 days), "
        f"{_count_days(counts['headache'], 'headache')} in all "
        f"({_format_rate(per_30_days(counts['headache'], covered))} per 30 days) and "
        f"{_count_days(counts['acute_medication'])} with acute medication."
    ]
    if counts["flare"]:
        sentences.append(f"A flare was present on {_count_days(counts['flare'])}.")
    if covered < len(period.day):
        sentences.append("Days before your diary began, and days to come, are not counted.")
    return " ".join(sentences)


def _attack_day_set(diary: Diary, *, now: datetime, migraine_only: bool) -> set[date]:
    days: set[date] = set()
    for attack in diary.attacks:
        if attack.is_migraine or not migraine_only:
            days.update(attack_days(attack, tz=diary.tz, now=now))
    return days


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone; Overlap needs aware datetimes")
    return moment.astimezone(tz)


def _days_from_to(first: date, last: date) -> list[date]:
    # By ordinal: several times faster than adding a timedelta per day.
    return list(map(date.fromordinal, range(first.toordinal(), last.toordinal() + 1)))


def _flare_last_day(flare: FlareRecord, *, today: date) -> date:
    """Return the flare's last day up to today; before its start if it starts after today."""
    # An end before the start is read as a one-day flare.
    return max(min(flare.ended_on or today, today), min(flare.started_on, today))


def _covered_span(
    first_day: date | None, *, start: date, end: date, today: date
) -> tuple[date, date] | None:
    if first_day is None:
        return None
    span_start, span_end = max(start, first_day), min(end, today)
    return (span_start, span_end) if span_start <= span_end else None


def _mean(values: list[float | int | None]) -> float | None:
    known = len(values) - values.count(None)
    # filter(None) drops zeros with the Nones; a zero adds nothing to the sum.
    return sum(filter(None, values)) / known if known else None


def format_day(day: date) -> str:
    """The day in words, e.g. "3 November 2026", as every summary writes it."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _format_day_range(start: date, end: date) -> str:
    return f"{format_day(start)} to {format_day(end)}"


def _format_rate(rate: float | None) -> str:
    return "no rate" if rate is None else f"{rate:.1f}"


def _format_share(share: float | None) -> str:
    return "no days" if share is None else f"{share:.0%}"


def _count_days(count: int, kind: str = "") -> str:
    noun = "day" if count == 1 else "days"
    return f"{count} {kind} {noun}" if kind else f"{count} {noun}"


def _join_words(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _join_numbers(numbers: list[int]) -> str:
    return _join_words([str(number) for number in numbers])
