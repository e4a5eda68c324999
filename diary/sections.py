"""What each section of a share (accounts.models.Section) holds of the diary's pages and
data: which chart series, table columns, monthly counts, panels and alerts.

A clinician's share shows only some sections. Their records are not even loaded
(diary.loading.load_diary), and `scope_timeline_payload` then takes out of the timeline's
payload every series, column, table, panel, alert and summary of a section not shown, so
that nothing reads as "0 migraine days" when migraine is simply not shared. The patient's
own pages show ALL_SECTIONS, and their payload is unchanged.
"""

from datetime import date

from django.utils.translation import gettext, ngettext

from accounts.models import ALL_SECTIONS, Section
from diary import tables
from diary.insights import PATIENT, Audience, Completeness, PeriodCounts, per_30_days
from diary.insights.completeness import count_days, join_words, rate_text
from diary.insights.text import format_day

# The section of each column of the chart series (diary.charts.daily_series), each day
# count of the monthly table and the key numbers, and each alert kind.
SERIES_SECTIONS: dict[str, str] = {
    "migraine": Section.MIGRAINE,
    "headache": Section.MIGRAINE,
    "peak": Section.MIGRAINE,
    "acute_medication": Section.MEDICINES,
    "overuse_medication": Section.MEDICINES,
    "flare": Section.FLARES,
    "sleep": Section.CHECKINS,
    "stress": Section.CHECKINS,
    "fatigue": Section.CHECKINS,
    "joint_pain": Section.CHECKINS,
}
COUNT_SECTIONS: dict[str, str] = {
    "migraine_days": Section.MIGRAINE,
    "headache_days": Section.MIGRAINE,
    "acute_medication_days": Section.MEDICINES,
    "overuse_medication_days": Section.MEDICINES,
    "flare_days": Section.FLARES,
}
# The sections with records of their own; notes are those records' words.
DATA_SECTIONS = ALL_SECTIONS - {Section.NOTES}
ALERT_SECTIONS: dict[str, str] = {
    "medication_overuse": Section.MEDICINES,
    "medication_overuse_warning": Section.MEDICINES,
    "triptan_caution": Section.MEDICINES,
    "triptan_gap": Section.MEDICINES,
    "chronic_migraine": Section.MIGRAINE,
}


def shown(sections: frozenset[str] = ALL_SECTIONS) -> dict[str, bool]:
    """For templates: each section by its value, and the panels that need two sections
    ("linkage": migraine around flares; "factors": migraine after check-in factors)."""
    flags = {section.value: section.value in sections for section in Section}
    flags["linkage"] = flags[Section.MIGRAINE] and flags[Section.FLARES]
    flags["factors"] = flags[Section.MIGRAINE] and flags[Section.CHECKINS]
    flags["all"] = sections >= DATA_SECTIONS
    return flags


def series_columns(columns: tuple[str, ...], sections: frozenset[str]) -> tuple[str, ...]:
    """The columns of a data table that the sections show ("covered" always)."""
    return tuple(
        column
        for column in columns
        if column not in SERIES_SECTIONS or SERIES_SECTIONS[column] in sections
    )


def count_keys(sections: frozenset[str]) -> tuple[str, ...]:
    """The day counts (tables.MONTH_KEYS) that the sections show, in their order."""
    return tuple(key for key in tables.MONTH_KEYS if COUNT_SECTIONS[key] in sections)


def alert_shown(kind: str, sections: frozenset[str]) -> bool:
    return ALERT_SECTIONS.get(kind, Section.MEDICINES) in sections


def scope_timeline_payload(
    payload: dict,
    sections: frozenset[str],
    *,
    counts: PeriodCounts,
    completeness: Completeness,
    audience: Audience = PATIENT,
) -> dict:
    """The timeline's payload (diary.charts.timeline_payload) with only what `sections`
    show: the payload itself when they hold every section with records."""
    if sections >= DATA_SECTIONS:
        return payload
    flags = shown(sections)
    data = dict(payload)
    data["series"] = {
        key: values
        for key, values in payload["series"].items()
        if key not in SERIES_SECTIONS or SERIES_SECTIONS[key] in sections
    }
    keys = count_keys(sections)
    data["months"] = [
        {key: value for key, value in row.items() if COUNT_SECTIONS.get(key, "") in ("", *sections)}
        for row in payload["months"]
    ]
    data["months_table"] = [
        [
            row["label"],
            f"{row['covered_days']} of {row['days']}",
            *(str(row[key]) if row["covered_days"] else tables.NOT_COVERED for key in keys),
        ]
        for row in payload["months"]
    ]
    data["alerts"] = [alert for alert in payload["alerts"] if alert_shown(alert["kind"], sections)]
    data["summary"] = scoped_summary(
        counts,
        completeness,
        sections,
        start=payload["start"],
        end=payload["end"],
        audience=audience,
    )
    if not flags[Section.MIGRAINE]:
        del data["months_summary"]
    if not flags[Section.FLARES]:
        del data["flares"], data["flare_list"]
    if not flags["linkage"]:
        del data["linkage"], data["lag"]
    if not flags["factors"]:
        del data["factors"], data["factors_table"]
    return data


def scoped_summary(
    counts: PeriodCounts,
    completeness: Completeness,
    sections: frozenset[str],
    *,
    start: str,
    end: str,
    audience: Audience = PATIENT,
) -> str:
    """The period's counts in words, naming only the sections shown (the summary of a
    share that shows some of them)."""
    first, last = format_day(date.fromisoformat(start)), format_day(date.fromisoformat(end))
    covered = counts.covered_days
    if covered == 0:
        values = {"start": first, "end": last}
        if audience == PATIENT:
            return (
                gettext(
                    "Your diary shared does not cover %(start)s to %(end)s yet, so there is "
                    "nothing to count."
                )
                % values
            )
        return (
            gettext(
                "The diary shared does not cover %(start)s to %(end)s yet, so there is nothing to "
                "count."
            )
            % values
        )
    parts = []
    for key in count_keys(sections):
        days = getattr(counts, key)
        words = {
            "migraine_days": ngettext(
                "%(count)s day with migraine", "%(count)s days with migraine", days
            ),
            "headache_days": ngettext(
                "%(count)s day with any headache", "%(count)s days with any headache", days
            ),
            "acute_medication_days": ngettext(
                "%(count)s day with acute medication",
                "%(count)s days with acute medication",
                days,
            ),
            "overuse_medication_days": ngettext(
                "%(count)s day with a medicine of an overuse class",
                "%(count)s days with a medicine of an overuse class",
                days,
            ),
            "flare_days": ngettext(
                "%(count)s day with a flare", "%(count)s days with a flare", days
            ),
        }[key] % {"count": days}
        if completeness.rates_shown:
            words += gettext(" (%(rate)s per 30 days)") % {
                "rate": rate_text(per_30_days(days, covered), completeness)
            }
        parts.append(words)
    values = {
        "start": first,
        "end": last,
        "covered": count_days(covered),
        "counts": join_words(parts),
    }
    if not parts:
        return gettext("From %(start)s to %(end)s, the diary covers %(covered)s.") % values
    return gettext("From %(start)s to %(end)s, the diary covers %(covered)s: %(counts)s.") % values
