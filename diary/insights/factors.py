"""Factors and migraine: the chance of a migraine on the same or next day after a day with
short sleep, high stress, gluten, menstruation, dehydration or a noted trigger, against
days without it (a risk ratio with its 95 % interval).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import compress
from operator import or_

from django.utils.translation import gettext, gettext_noop, ngettext

from diary.insights.completeness import inside_sentence
from diary.insights.days import _DiaryDays, _index
from diary.insights.intervals import clustered_ratio_interval, episodes
from diary.insights.records import CheckInRecord, Diary
from diary.insights.text import _count_days

SHORT_SLEEP_HOURS = 6  # "sleep under 6 h"
HIGH_STRESS = 7  # "stress >= 7" on a 0-10 scale
DEHYDRATION_GLASSES = 4  # "dehydration": fewer than 4 glasses of water that day
ASSOCIATION_MIN_DAYS = 3


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
    ci_low: float | None  # 95 % interval of the risk ratio, episodes clustered (intervals.py)
    ci_high: float | None
    enough_data: bool  # at least min_days days with and min_days without
    reason: str  # why there is no ratio; empty when there is one


@dataclass(frozen=True)
class FactorAssociations:
    """Factors with enough days to report, and those without (with their counts)."""

    associations: tuple[Association, ...]
    not_enough_data: tuple[Association, ...]


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
    # The labels in English; `factor_associations` gives them in the active language.
    ("short_sleep", gettext_noop("Sleep under 6 hours"), _short_sleep),
    ("high_stress", gettext_noop("Stress 7 or more out of 10"), _high_stress),
    ("gluten", gettext_noop("Gluten eaten"), _gluten),
    ("menstruation", gettext_noop("Menstruation"), _menstruation),
    ("dehydration", gettext_noop("Fewer than 4 glasses of water"), _dehydration),
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
    factor against without it, and the risk ratio with a 95 % interval that counts each run
    of migraine outcome days in a row as one episode (intervals.py).

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


# --- Internals -----------------------------------------------------------------------


def _factor_associations(
    days: _DiaryDays, *, start: date, end: date, min_days: int
) -> FactorAssociations:
    # Check-in days whose next day is covered too, so the outcome is fully seen; the
    # outcome is a migraine on the day or the next.
    first, stop = days.positions(start, end)
    stop = min(stop, len(days.migraine) - 1)
    checkins = days.checkins[first:stop]
    outcomes = list(map(or_, days.migraine[first:stop], days.migraine[first + 1 : stop + 1]))
    # The migraine episode behind each outcome: the day's own, else the next day's.
    numbers = episodes(days.migraine[first : stop + 1])
    episode = [
        number if number is not None else next_number
        for number, next_number in zip(numbers, numbers[1:], strict=False)
    ]
    # Each factor, day by day: True with it, False without, None not recorded (no check-in
    # that day, or the question left blank).
    exposures: list[tuple[str, str, list[bool | None]]] = [
        (
            factor,
            gettext(label),
            [None if checkin is None else exposure(checkin) for checkin in checkins],
        )
        for factor, label, exposure in FACTORS
    ]
    # Check-ins repeat the same few lists of triggers: each list is cleaned up once.
    names_of: dict[tuple[str, ...], set[str]] = {(): set()}
    names_by_day: list[set[str] | None] = []
    for checkin in checkins:
        if checkin is None:
            names_by_day.append(None)
            continue
        names = names_of.get(checkin.triggers)
        if names is None:
            names = names_of[checkin.triggers] = _trigger_names(checkin)
        names_by_day.append(names)
    for name in sorted(set().union(*names_of.values())):
        # Labelled as noted triggers so "Gluten" the trigger reads apart from the
        # check-in's own gluten question.
        label = gettext("Noted trigger: %(trigger)s") % {"trigger": inside_sentence(name)}
        exposures.append(
            (
                f"trigger:{name}",
                label,
                [None if names is None else name in names for names in names_by_day],
            )
        )

    reported: list[Association] = []
    not_enough: list[Association] = []
    for factor, label, exposed in exposures:
        association = _association(
            factor=factor,
            label=label,
            outcomes=outcomes,
            exposed=exposed,
            episode=episode,
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
    outcomes: list[bool],
    exposed: list[bool | None],
    episode: list[int | None],
    min_days: int,
) -> Association:
    """The association of one factor: `outcomes`, `exposed` and `episode` (the migraine
    episode behind each outcome) run day by day."""
    with_factor = list(compress(outcomes, [is_exposed is True for is_exposed in exposed]))
    without_factor = list(compress(outcomes, [is_exposed is False for is_exposed in exposed]))
    days_with, days_without = len(with_factor), len(without_factor)
    migraine_with, migraine_without = with_factor.count(True), without_factor.count(True)
    risk_with = migraine_with / days_with if days_with else None
    risk_without = migraine_without / days_without if days_without else None
    enough_data = days_with >= min_days and days_without >= min_days
    risk_ratio = ci_low = ci_high = None
    if not enough_data:
        reason = ngettext(
            "Too little data for %(factor)s: %(with)s with it and %(without)s without; "
            "Overlap needs at least %(count)s of each.",
            "Too little data for %(factor)s: %(with)s with it and %(without)s without; "
            "Overlap needs at least %(count)s of each.",
            min_days,
        ) % {
            "factor": inside_sentence(label),
            "with": _count_days(days_with),
            "without": _count_days(days_without),
            "count": min_days,
        }
    elif migraine_with == 0 or migraine_without == 0:
        reason = (
            gettext(
                "Too little data for a ratio: no day with this factor was followed by a "
                "migraine yet."
            )
            if migraine_with == 0
            else gettext(
                "Too little data for a ratio: no day without this factor was followed by a "
                "migraine yet."
            )
        )
    elif migraine_with == days_with or migraine_without == days_without:
        # The interval would shrink to nothing here, which would look falsely certain.
        reason = (
            gettext(
                "Too little data for a ratio: every day with this factor was followed by a "
                "migraine, so there is nothing to compare against yet."
            )
            if migraine_with == days_with
            else gettext(
                "Too little data for a ratio: every day without this factor was followed by "
                "a migraine, so there is nothing to compare against yet."
            )
        )
    else:
        reason = ""
        interval = clustered_ratio_interval(outcomes, exposed, episode)
        assert interval is not None  # both groups have days with and without an outcome
        risk_ratio, ci_low, ci_high = interval
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
