"""Words about the numbers: how days, rates and shares are written, and the plain-words
summaries that sit beside each chart as its text twin.
"""

from datetime import date, datetime
from typing import TYPE_CHECKING

from diary.insights.completeness import (
    PATIENT,
    RATE_MIN_COVERED_DAYS,
    TOO_EARLY,
    Audience,
    count_days,
    possessive,
    rate_text,
    sentence_start,
    subject,
)
from diary.insights.days import _index, per_30_days
from diary.insights.intervals import INTERVAL_NOTE
from diary.insights.records import Diary
from diary.insights.series import (
    DayPoint,
    _Period,
    _period,
    _period_completeness,
    _period_counts,
)

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


_count_days = count_days


def _join_words(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _join_numbers(numbers: list[int]) -> str:
    return _join_words([str(number) for number in numbers])


# --- Summaries -----------------------------------------------------------------------


def period_summary(
    diary: Diary,
    *,
    start: date,
    end: date,
    today: date,
    now: datetime,
    audience: Audience = PATIENT,
    name: str = "",
) -> str:
    """Return plain sentences describing day counts and per-30-day rates from start to end,
    for the patient (second person) or a clinician (third person, with the patient's
    `name`)."""
    period = _period(_index(diary, today=today, now=now), start=start, end=end)
    return _period_summary(period, start=start, end=end, audience=audience, name=name)


# --- Acute-medication days and overuse-relevant days, side by side ---------------------

ACUTE_DAYS_LABEL = "Acute-medication days (taken to treat an attack)"
OVERUSE_DAYS_LABEL = "Overuse-relevant days (an overuse class, whatever the reason)"


def medication_days_text(acute_days: int, overuse_days: int) -> str:
    """The two medicine-day figures side by side, in words: days with a medicine taken to
    treat an attack, and days with a medicine of an ICHD-3 overuse class whatever it was
    taken for (diary.insights.days)."""
    return (
        f"{_count_days(acute_days)} with acute medication (taken to treat an attack) and "
        f"{_count_days(overuse_days, 'overuse-relevant')} (a triptan, ergot, opioid, "
        "painkiller or ditan, whatever the reason)"
    )


def joints_sentence(*, audience: Audience = PATIENT, name: str = "") -> str:
    """Why an NSAID taken for the joints counts towards medication overuse. A page says it
    once: where an alert already explains it (Alert.explains_joints) or another summary on
    the page says it, the notes below are given `joints_explained` and leave it out."""
    whose = possessive(audience, name)
    return (
        "Medication overuse is counted by the kind of medicine, not by why it was taken, "
        f"so an anti-inflammatory (NSAID) such as naproxen taken for {whose} joints "
        "counts towards overuse just as one taken for a headache: what matters is how "
        "often it is taken."
    )


def medication_days_note(
    *,
    overuse_not_acute: bool,
    acute_not_overuse: bool,
    audience: Audience = PATIENT,
    name: str = "",
    joints_explained: bool = False,
) -> str:
    """Why the two medicine-day figures differ, in plain sentences; empty when they agree
    day by day.

    `overuse_not_acute`: some day had a medicine of an overuse class not taken for an
    attack (an NSAID for the joints, say); `acute_not_overuse`: some day had acute medicine
    of no overuse class only (a gepant, an anti-sickness medicine). For the patient in the
    second person; for a clinician in the third, with the patient's `name`.
    `joints_explained`: the page says elsewhere why NSAIDs for the joints count, so the
    joints sentence is left out here.
    """
    sentences = []
    if overuse_not_acute and not joints_explained:
        sentences.append(joints_sentence(audience=audience, name=name))
    if acute_not_overuse:
        sentences.append(
            "Gepants, anti-sickness medicines, steroids and other medicines outside those "
            "kinds count as acute-medication days when taken for an attack, but not towards "
            "medication overuse."
        )
    return " ".join(sentences)


def _medication_days_flags(
    acute: list[bool | None], overuse: list[bool | None]
) -> tuple[bool, bool]:
    """(overuse_not_acute, acute_not_overuse) over aligned per-day flags."""
    overuse_not_acute = acute_not_overuse = False
    for acute_day, overuse_day in zip(acute, overuse, strict=True):
        if overuse_day and not acute_day:
            overuse_not_acute = True
        elif acute_day and not overuse_day:
            acute_not_overuse = True
    return overuse_not_acute, acute_not_overuse


def points_medication_note(
    points: list[DayPoint],
    *,
    audience: Audience = PATIENT,
    name: str = "",
    joints_explained: bool = False,
) -> str:
    """medication_days_note for these days (as daily_series returns them)."""
    overuse_not_acute, acute_not_overuse = _medication_days_flags(
        [point.acute_medication for point in points],
        [point.overuse_medication for point in points],
    )
    return medication_days_note(
        overuse_not_acute=overuse_not_acute,
        acute_not_overuse=acute_not_overuse,
        audience=audience,
        name=name,
        joints_explained=joints_explained,
    )


def linkage_summary(linkage: "Linkage", *, audience: Audience = PATIENT, name: str = "") -> str:
    """Return plain sentences describing a Linkage, or its reason when there is no ratio,
    for the patient (second person) or a clinician (third person, with the patient's
    `name`)."""
    if not linkage.enough_data:
        return linkage.reason
    who = subject(audience, name)
    return (
        f"Inside flare windows (each flare and {_count_days(linkage.window_days)} either "
        f"side) {who} had {_count_days(linkage.inside_migraine_days, 'migraine')} in "
        f"{_count_days(linkage.inside_days)}, {_format_rate(linkage.inside_per_30_days)} per "
        f"30 days. Outside them {who} had {linkage.outside_migraine_days} in "
        f"{_count_days(linkage.outside_days)}, {_format_rate(linkage.outside_per_30_days)} "
        f"per 30 days. The rate inside is {linkage.rate_ratio:.1f} times the rate outside "
        f"(95% interval {linkage.ci_low:.1f} to {linkage.ci_high:.1f}). {INTERVAL_NOTE} "
        "This is an association, not proof that one causes the other."
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
        sentences.append(INTERVAL_NOTE)
    sentences.append("This is an association, not proof of cause.")
    return " ".join(sentences)


def _period_summary(
    period: _Period,
    *,
    start: date,
    end: date,
    audience: Audience = PATIENT,
    name: str = "",
    joints_explained: bool = False,
) -> str:
    counts = _period_counts(period)
    completeness = _period_completeness(period)
    covered = counts["covered"]
    whose = possessive(audience, name)
    if covered == 0:
        return (
            f"{sentence_start(whose)} diary does not cover {_format_day_range(start, end)} "
            "yet, so there is nothing to count."
        )
    coverage = "" if covered == len(period.day) else f" ({_count_days(covered)} of them covered)"
    who = f"{subject(audience, name)} logged"
    if completeness.rates_shown:
        migraine_rate = rate_text(per_30_days(counts["migraine"], covered), completeness)
        headache_rate = rate_text(per_30_days(counts["headache"], covered), completeness)
        migraine = f" ({migraine_rate} per 30 days)"
        headache = f" ({headache_rate} per 30 days)"
    else:
        migraine = headache = ""
    sentences = [
        f"From {format_day(start)} to {format_day(end)}{coverage}, {who} "
        f"{_count_days(counts['migraine'], 'migraine')}{migraine}, "
        f"{_count_days(counts['headache'], 'headache')} in all{headache}, "
        f"{medication_days_text(counts['acute_medication'], counts['overuse_medication'])}."
    ]
    overuse_not_acute, acute_not_overuse = _medication_days_flags(
        period.acute_medication, period.overuse_medication
    )
    note = medication_days_note(
        overuse_not_acute=overuse_not_acute,
        acute_not_overuse=acute_not_overuse,
        audience=audience,
        name=name,
        joints_explained=joints_explained,
    )
    if note:
        sentences.append(note)
    if counts["flare"]:
        sentences.append(f"A flare was present on {_count_days(counts['flare'])}.")
    if not completeness.rates_shown:
        sentences.append(
            f"Rates per 30 days: {TOO_EARLY}, from fewer than {RATE_MIN_COVERED_DAYS} days "
            "of diary in this period."
        )
    if covered < len(period.day):
        sentences.append(f"Days before {whose} diary began, and days to come, are not counted.")
    return " ".join(sentences)


def urgent_answer_words(days: list[date], *, patient_name: str | None = None) -> str:
    """On which days a questionnaire's answer on thoughts of being better off dead or of
    self-harm was above zero: to the patient with where to get help beside it, to a
    clinician in the third person. "" when there were none."""
    if not days:
        return ""
    on = _join_words([format_day(day) for day in days])
    if patient_name:
        return (
            f"{patient_name} answered above zero on the item about thoughts of being better "
            f"off dead or of self-harm on {on}. Overlap showed them where to get urgent help."
        )
    return (
        "You answered above zero on the item about thoughts of being better off dead or of "
        f"hurting yourself on {on}. If you have such thoughts now, please get help today: "
        "the numbers are below."
    )
