"""A period day by day, week by week and month by month: the points the charts draw and
the rows the tables list, all counted from the same days (see diary.insights.days).
"""

from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from diary.insights.completeness import Completeness
from diary.insights.days import _DiaryDays, _index
from diary.insights.records import CheckInRecord, Diary


# Not frozen: a ten-year range builds 3,650 of these, and frozen doubles their cost.
@dataclass(slots=True)
class DayPoint:
    """One calendar day. Outcomes are None on days the diary does not cover."""

    day: date
    covered: bool
    migraine: bool | None
    headache: bool | None
    peak_intensity: int | None  # highest peak of the day's migraine attacks
    acute_medication: bool | None  # a dose taken to treat an attack
    # a dose of an ICHD-3 overuse class, whatever the reason (diary.insights.days)
    overuse_medication: bool | None
    flare_conditions: tuple[str, ...]  # sorted condition slugs
    sleep_hours: float | None
    stress: int | None
    fatigue: int | None
    joint_pain: int | None
    # The patient logged anything for the day (diary.insights.completeness); never on days
    # the diary does not cover.
    recorded: bool = False


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
    acute_medication_days: int  # days with a dose taken to treat an attack
    overuse_medication_days: int  # days with a dose of an overuse class, whatever the reason
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
    acute_medication_days: int  # days with a dose taken to treat an attack
    overuse_medication_days: int  # days with a dose of an overuse class, whatever the reason
    flare_days: int


@dataclass(frozen=True)
class PeriodCounts:
    """Day counts over a period, and the days the diary covers in it."""

    days: int
    covered_days: int
    migraine_days: int
    headache_days: int
    acute_medication_days: int  # days with a dose taken to treat an attack
    overuse_medication_days: int  # days with a dose of an overuse class, whatever the reason
    flare_days: int


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


def period_counts(points: list[DayPoint]) -> PeriodCounts:
    """Return the migraine, headache, acute-medication, overuse-relevant and flare days among
    the points, with
    how many days there are and how many the diary covers (rates divide by those)."""
    covered, migraine, headache, acute_medication, overuse_medication, flare = _day_counts(
        points
    ).values()
    return PeriodCounts(
        days=len(points),
        covered_days=covered,
        migraine_days=migraine,
        headache_days=headache,
        acute_medication_days=acute_medication,
        overuse_medication_days=overuse_medication,
        flare_days=flare,
    )


def points_completeness(points: list[DayPoint]) -> Completeness:
    """How many of the points' days the diary covers, and how many of those are recorded."""
    return Completeness(
        days=len(points),
        covered_days=sum(1 for point in points if point.covered),
        recorded_days=sum(1 for point in points if point.recorded),
    )


def _period_completeness(period: "_Period") -> Completeness:
    return Completeness(
        days=len(period.day),
        covered_days=period.covered.count(True),
        recorded_days=period.recorded.count(True),
    )


# --- Internals -----------------------------------------------------------------------


class _Period(NamedTuple):
    """The days from start to end as columns: DayPoint's fields in DayPoint's order, one
    entry a day, so the i-th entries of all columns are the i-th day's point."""

    day: list[date]
    covered: list[bool]
    migraine: list[bool | None]
    headache: list[bool | None]
    peak_intensity: list[int | None]
    acute_medication: list[bool | None]
    overuse_medication: list[bool | None]
    flare_conditions: list[tuple[str, ...]]
    sleep_hours: list[float | None]
    stress: list[int | None]
    fatigue: list[int | None]
    joint_pain: list[int | None]
    recorded: list[bool]


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
        overuse_medication=column(days.overuse_medication, None),
        flare_conditions=column(days.flare_conditions, ()),
        sleep_hours=_checkin_column(checkins, "sleep_hours", before, after),
        stress=_checkin_column(checkins, "stress", before, after),
        fatigue=_checkin_column(checkins, "fatigue", before, after),
        joint_pain=_checkin_column(checkins, "joint_pain", before, after),
        recorded=column(days.recorded, False),
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
    """Return the covered, migraine, headache, acute-medication, overuse-relevant and flare
    days among the period's days first..stop-1 (all of them by default), as _day_counts
    does for points."""
    stop = len(period.day) if stop is None else stop
    return {
        "covered": period.covered[first:stop].count(True),
        "migraine": period.migraine[first:stop].count(True),
        "headache": period.headache[first:stop].count(True),
        "acute_medication": period.acute_medication[first:stop].count(True),
        "overuse_medication": period.overuse_medication[first:stop].count(True),
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
        overuse_medication_days=period.overuse_medication[first:stop].count(True),
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
                overuse_medication_days=counts["overuse_medication"],
                flare_days=counts["flare"],
            )
        )
        first = stop
    return rows


def _day_counts(points: list[DayPoint]) -> dict[str, int]:
    """Return the covered, migraine, headache, acute-medication, overuse-relevant and flare
    days, in that order."""
    covered = migraine = headache = acute_medication = overuse_medication = flare = 0
    for point in points:
        if point.covered:
            covered += 1
        if point.migraine:
            migraine += 1
        if point.headache:
            headache += 1
        if point.acute_medication:
            acute_medication += 1
        if point.overuse_medication:
            overuse_medication += 1
        if point.flare_conditions:
            flare += 1
    return {
        "covered": covered,
        "migraine": migraine,
        "headache": headache,
        "acute_medication": acute_medication,
        "overuse_medication": overuse_medication,
        "flare": flare,
    }


def _mean(values: Sequence[float | None]) -> float | None:
    known = len(values) - values.count(None)
    # filter(None) drops zeros with the Nones; a zero adds nothing to the sum.
    return sum(filter(None, values)) / known if known else None
