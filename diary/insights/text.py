"""Words about the numbers: how days, rates and shares are written, and the plain-words
summaries that sit beside each chart as its text twin.
"""

from datetime import date, datetime
from typing import TYPE_CHECKING

from diary.insights.days import _index, per_30_days
from diary.insights.records import Diary
from diary.insights.series import _Period, _period, _period_counts

if TYPE_CHECKING:  # linkage and factors write their reasons with the helpers below
    from diary.insights.factors import Association
    from diary.insights.linkage import Linkage

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


# The short names the charts' tables and tooltips have always shown (British English, as
# Chromium writes them: "Sept").
SHORT_MONTH_NAMES = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)


def format_day(day: date) -> str:
    """The day in words, e.g. "3 November 2026", as every summary writes it."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def format_short_day(day: date) -> str:
    """The day as the timeline's tables and tooltips write it, e.g. "3 Nov 2026"."""
    return f"{day.day} {SHORT_MONTH_NAMES[day.month - 1]} {day.year}"


def format_day_of_month(day: date) -> str:
    """The day without its year, for a chart's axis, e.g. "3 Nov"."""
    return f"{day.day} {SHORT_MONTH_NAMES[day.month - 1]}"


def format_number(value: float | int) -> str:
    """A number as the charts' tables write it: whole numbers without a decimal point
    ("25", not "25.0"), others as Python's shortest form ("7.5")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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


# --- Summaries -----------------------------------------------------------------------


def period_summary(diary: Diary, *, start: date, end: date, today: date, now: datetime) -> str:
    """Return plain sentences describing day counts and per-30-day rates from start to end."""
    period = _period(_index(diary, today=today, now=now), start=start, end=end)
    return _period_summary(period, start=start, end=end)


def linkage_summary(linkage: "Linkage") -> str:
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


def association_summary(association: "Association") -> str:
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
