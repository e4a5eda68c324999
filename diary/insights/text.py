"""Words about the numbers: how days, rates and shares are written, and the plain-words
summaries that sit beside each chart as its text twin.
"""

from datetime import date, datetime
from typing import TYPE_CHECKING

from django.utils.dateformat import format as date_format
from django.utils.translation import (
    gettext,
    gettext_lazy,
    gettext_noop,
    ngettext,
    pgettext,
    pgettext_lazy,
)

from diary.insights.completeness import (
    PATIENT,
    RATE_MIN_COVERED_DAYS,
    Audience,
    count_days,
    format_decimal,
    join_words,
    patient_name,
    rate_text,
    sentence_start,
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

# The months in the active language when written out (lazily, so a page in German reads
# "Oktober"): Django's month names, in Overlap's own catalogue (config/date_names.py).
MONTH_NAMES = tuple(
    gettext_lazy(name)
    for name in (
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
)


# The short names the charts' tables and tooltips have always shown (British English, as
# Chromium writes them: "Sept"), each language its own.
SHORT_MONTH_NAMES = (
    pgettext_lazy("short month name", "Jan"),
    pgettext_lazy("short month name", "Feb"),
    pgettext_lazy("short month name", "Mar"),
    pgettext_lazy("short month name", "Apr"),
    pgettext_lazy("short month name", "May"),
    pgettext_lazy("short month name", "Jun"),
    pgettext_lazy("short month name", "Jul"),
    pgettext_lazy("short month name", "Aug"),
    pgettext_lazy("short month name", "Sept"),
    pgettext_lazy("short month name", "Oct"),
    pgettext_lazy("short month name", "Nov"),
    pgettext_lazy("short month name", "Dec"),
)


def format_day(day: date) -> str:
    """The day in words, e.g. "3 November 2026", as every summary writes it, in the active
    language ("3 de noviembre de 2026", "3. November 2026")."""
    return date_format(day, pgettext("day, month and year", "j F Y"))


def format_short_day(day: date) -> str:
    """The day as the timeline's tables and tooltips write it, e.g. "3 Nov 2026"."""
    return pgettext("short day, month and year", "%(day)s %(month)s %(year)s") % {
        "day": day.day,
        "month": SHORT_MONTH_NAMES[day.month - 1],
        "year": day.year,
    }


def format_day_of_month(day: date) -> str:
    """The day without its year, for a chart's axis, e.g. "3 Nov"."""
    return pgettext("short day and month", "%(day)s %(month)s") % {
        "day": day.day,
        "month": SHORT_MONTH_NAMES[day.month - 1],
    }


def format_number(value: float | int) -> str:
    """A number as the charts' tables write it: whole numbers without a decimal point
    ("25", not "25.0"), others as Python's shortest form ("7.5")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _format_day_range(start: date, end: date) -> str:
    return gettext("%(start)s to %(end)s") % {"start": format_day(start), "end": format_day(end)}


def _format_rate(rate: float | None) -> str:
    return gettext("no rate") if rate is None else format_decimal(rate)


def format_percent(share: float) -> str:
    """A share as a whole percentage, "25%" ("25 %" where the language writes it so)."""
    return pgettext("a percentage", "%(number)s%%") % {"number": f"{share * 100:.0f}"}


def _format_share(share: float | None) -> str:
    return gettext("no days") if share is None else format_percent(share)


_count_days = count_days
_join_words = join_words


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

ACUTE_DAYS_LABEL = gettext_noop("Acute-medication days (taken to treat an attack)")
OVERUSE_DAYS_LABEL = gettext_noop("Overuse-relevant days (an overuse class, whatever the reason)")


def medication_days_text(acute_days: int, overuse_days: int) -> str:
    """The two medicine-day figures side by side, in words: days with a medicine taken to
    treat an attack, and days with a medicine of an ICHD-3 overuse class whatever it was
    taken for (diary.insights.days)."""
    return gettext(
        "%(acute)s with acute medication (taken to treat an attack) and %(overuse)s (a "
        "triptan, ergot, opioid, painkiller or ditan, whatever the reason)"
    ) % {"acute": _count_days(acute_days), "overuse": _count_days(overuse_days, "overuse-relevant")}


def joints_sentence(*, audience: Audience = PATIENT, name: str = "") -> str:
    """Why an NSAID taken for the joints counts towards medication overuse. A page says it
    once: where an alert already explains it (Alert.explains_joints) or another summary on
    the page says it, the notes below are given `joints_explained` and leave it out."""
    if audience == PATIENT:
        return gettext(
            "Medication overuse is counted by the kind of medicine, not by why it was taken, "
            "so an anti-inflammatory (NSAID) such as naproxen taken for your joints counts "
            "towards overuse just as one taken for a headache: what matters is how often it "
            "is taken."
        )
    return gettext(
        "Medication overuse is counted by the kind of medicine, not by why it was taken, so "
        "an anti-inflammatory (NSAID) such as naproxen taken for %(name)s's joints counts "
        "towards overuse just as one taken for a headache: what matters is how often it is "
        "taken."
    ) % {"name": patient_name(name)}


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
            gettext(
                "Gepants, anti-sickness medicines, steroids and other medicines outside those "
                "kinds count as acute-medication days when taken for an attack, but not "
                "towards medication overuse."
            )
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
    assert linkage.rate_ratio is not None
    assert linkage.ci_low is not None and linkage.ci_high is not None
    values = {
        "name": patient_name(name),
        "window": _count_days(linkage.window_days),
        "inside_migraine": _count_days(linkage.inside_migraine_days, "migraine"),
        "inside": _count_days(linkage.inside_days),
        "inside_rate": _format_rate(linkage.inside_per_30_days),
        "outside_migraine": linkage.outside_migraine_days,
        "outside": _count_days(linkage.outside_days),
        "outside_rate": _format_rate(linkage.outside_per_30_days),
        "ratio": format_decimal(linkage.rate_ratio),
        "low": format_decimal(linkage.ci_low),
        "high": format_decimal(linkage.ci_high),
    }
    if audience == PATIENT:
        sentences = [
            gettext(
                "Inside flare windows (each flare and %(window)s either side) you had "
                "%(inside_migraine)s in %(inside)s, %(inside_rate)s per 30 days."
            ),
            gettext(
                "Outside them you had %(outside_migraine)s in %(outside)s, %(outside_rate)s "
                "per 30 days."
            ),
        ]
    else:
        sentences = [
            gettext(
                "Inside flare windows (each flare and %(window)s either side) %(name)s had "
                "%(inside_migraine)s in %(inside)s, %(inside_rate)s per 30 days."
            ),
            gettext(
                "Outside them %(name)s had %(outside_migraine)s in %(outside)s, "
                "%(outside_rate)s per 30 days."
            ),
        ]
    sentences.append(
        gettext(
            "The rate inside is %(ratio)s times the rate outside (95%% interval %(low)s to "
            "%(high)s)."
        )
    )
    return " ".join(
        [sentence % values for sentence in sentences]
        + [
            gettext(INTERVAL_NOTE),
            gettext("This is an association, not proof that one causes the other."),
        ]
    )


def association_summary(association: "Association") -> str:
    """Return plain sentences describing one factor's Association."""
    if not association.enough_data:
        return association.reason
    sentences = [
        gettext(
            "%(factor)s: a migraine followed on the same or next day after %(with)s of "
            "%(days_with)s with it (%(share_with)s), against %(without)s of %(days_without)s "
            "without it (%(share_without)s)."
        )
        % {
            "factor": association.label,
            "with": association.migraine_with,
            "days_with": _count_days(association.days_with),
            "share_with": _format_share(association.risk_with),
            "without": association.migraine_without,
            "days_without": _count_days(association.days_without),
            "share_without": _format_share(association.risk_without),
        }
    ]
    if association.risk_ratio is None:
        sentences.append(association.reason)
    else:
        assert association.ci_low is not None and association.ci_high is not None
        sentences.append(
            gettext("That is %(ratio)s times the chance (95%% interval %(low)s to %(high)s).")
            % {
                "ratio": format_decimal(association.risk_ratio),
                "low": format_decimal(association.ci_low),
                "high": format_decimal(association.ci_high),
            }
        )
        sentences.append(gettext(INTERVAL_NOTE))
    sentences.append(gettext("This is an association, not proof of cause."))
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
    patient = audience == PATIENT
    name = patient_name(name)
    if covered == 0:
        values = {"period": _format_day_range(start, end), "name": name}
        if patient:
            return (
                gettext("Your diary does not cover %(period)s yet, so there is nothing to count.")
                % values
            )
        return sentence_start(
            gettext("%(name)s's diary does not cover %(period)s yet, so there is nothing to count.")
            % values
        )
    coverage = (
        ""
        if covered == len(period.day)
        else ngettext(
            " (%(count)s day of them covered)", " (%(count)s days of them covered)", covered
        )
        % {"count": covered}
    )
    if completeness.rates_shown:
        migraine_rate = rate_text(per_30_days(counts["migraine"], covered), completeness)
        headache_rate = rate_text(per_30_days(counts["headache"], covered), completeness)
        migraine = gettext(" (%(rate)s per 30 days)") % {"rate": migraine_rate}
        headache = gettext(" (%(rate)s per 30 days)") % {"rate": headache_rate}
    else:
        migraine = headache = ""
    values = {
        "start": format_day(start),
        "end": format_day(end),
        "coverage": coverage,
        "name": name,
        "migraine": _count_days(counts["migraine"], "migraine"),
        "migraine_rate": migraine,
        "headache": _count_days(counts["headache"], "headache"),
        "headache_rate": headache,
        "medication": medication_days_text(
            counts["acute_medication"], counts["overuse_medication"]
        ),
    }
    if patient:
        opening = gettext(
            "From %(start)s to %(end)s%(coverage)s, you logged %(migraine)s%(migraine_rate)s, "
            "%(headache)s in all%(headache_rate)s, %(medication)s."
        )
    else:
        opening = gettext(
            "From %(start)s to %(end)s%(coverage)s, %(name)s logged "
            "%(migraine)s%(migraine_rate)s, %(headache)s in all%(headache_rate)s, "
            "%(medication)s."
        )
    sentences = [opening % values]
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
        sentences.append(
            ngettext(
                "A flare was present on %(count)s day.",
                "A flare was present on %(count)s days.",
                counts["flare"],
            )
            % {"count": counts["flare"]}
        )
    if not completeness.rates_shown:
        sentences.append(
            ngettext(
                "Rates per 30 days: too early to say, from fewer than %(count)s day of diary in "
                "this period.",
                "Rates per 30 days: too early to say, from fewer than %(count)s days of diary in "
                "this period.",
                RATE_MIN_COVERED_DAYS,
            )
            % {"count": RATE_MIN_COVERED_DAYS}
        )
    if covered < len(period.day):
        sentences.append(
            gettext("Days before your diary began, and days to come, are not counted.")
            if patient
            else gettext("Days before %(name)s's diary began, and days to come, are not counted.")
            % {"name": name}
        )
    return " ".join(sentences)


def urgent_answer_words(days: list[date], *, patient_name: str | None = None) -> str:
    """On which days a questionnaire's answer on thoughts of being better off dead or of
    self-harm was above zero: to the patient with where to get help beside it, to a
    clinician in the third person. "" when there were none."""
    if not days:
        return ""
    on = _join_words([format_day(day) for day in days])
    if patient_name:
        return gettext(
            "%(name)s answered above zero on the item about thoughts of being better off dead "
            "or of self-harm on %(days)s. Overlap showed them where to get urgent help."
        ) % {"name": patient_name, "days": on}
    return gettext(
        "You answered above zero on the item about thoughts of being better off dead or of "
        "hurting yourself on %(days)s. If you have such thoughts now, please get help today: "
        "the numbers are below."
    ) % {"days": on}
