"""Chart-ready JSON from diary.insights results: plain dicts of strings, numbers and lists.

Pure functions, no ORM and no clock. The timeline's JSON endpoint, its page (through
`json_script`) and the home page's small chart all send what `timeline_payload` returns, so
the charts, their text summaries and their data tables are drawn from the same numbers.

Series are columnar (one list per measure, aligned with `dates`) because a ten-year diary
has thousands of points and repeating keys for each would triple the bytes.
"""

from datetime import date, timedelta

from django.utils.translation import gettext

from accounts.models import ALL_SECTIONS, Section
from diary import tables
from diary.insights import (
    ACUTE_DAYS_LABEL,
    MONTH_NAMES,
    OVERUSE_DAYS_LABEL,
    Alert,
    Association,
    DayPoint,
    FactorAssociations,
    LagProfile,
    Linkage,
    MonthRow,
    Overview,
    PeriodCounts,
    WeekPoint,
    association_summary,
    format_day,
    linkage_summary,
    per_30_days,
    period_counts,
)
from diary.insights.completeness import (
    LAG_MIN_FLARES,
    PATIENT,
    Audience,
    Completeness,
    completeness_json,
    count_days,
    lag_shares_shown,
    plural,
    possessive,
    rate_text,
    sentence_start,
    share_shown,
)
from diary.insights.text import format_day_of_month, format_short_day
from diary.sections import SERIES_SECTIONS, count_keys, scope_timeline_payload, series_columns

# Longer ranges are drawn per ISO week: a daily bar narrower than a pixel says nothing.
WEEKLY_AFTER_DAYS = 180

ALERT_LEARN_PATH = "/learn/{slug}/"

# The timeline's quick periods (its buttons), in days ending today.
QUICK_PERIOD_DAYS = (30, 90, 365)


def resolution_for(start: date, end: date) -> str:
    """Return "day" for ranges up to WEEKLY_AFTER_DAYS days long, else "week"."""
    return "day" if (end - start).days + 1 <= WEEKLY_AFTER_DAYS else "week"


# The words of a chart that change with its resolution: its dataset labels, its axis, its
# key and its tooltip for a medication mark.
RESOLUTION_LABELS = {
    "day": {
        "unit": "day",
        "migraine": "Migraine day (peak pain)",
        "acute_medication": "Acute medication",
        "medication_tooltip": "Acute medication taken",
        "y_axis": "Peak pain",
        "key": "Migraine day (bar height: peak pain, 0-10)",
        "key_bar": "peak pain, 0-10",
    },
    "week": {
        "unit": "week",
        "migraine": "Migraine days in the week",
        "acute_medication": "Acute-medication days in the week",
        "medication_tooltip": None,
        "y_axis": "Migraine days",
        "key": "Migraine days in the week",
        "key_bar": "migraine days in the week",
    },
}
RESOLUTION_NOTES = {
    "day": "Each bar is one day.",
    "week": (
        f"This period is longer than {WEEKLY_AFTER_DAYS} days, so each bar is one week "
        "(Monday to Sunday)."
    ),
}


def timeline_payload(
    overview: Overview,
    *,
    today: date,
    diary_start: date | None,
    condition_names: dict[str, str],
    resolution: str | None = None,
    audience: Audience = PATIENT,
    name: str = "",
    sections: frozenset[str] = ALL_SECTIONS,
) -> dict:
    """Return everything the timeline draws for overview's period, JSON-ready, its words
    for `audience` (the patient, or a clinician reading about the patient by `name`; the
    overview's own words are already for the same reader), with only what `sections` show
    (see diary.sections; the overview's diary was loaded with them).

    `resolution` is "day" or "week"; by default it follows `resolution_for`.
    """
    resolution = resolution or resolution_for(overview.start, overview.end)
    series = daily_series(overview.days) if resolution == "day" else weekly_series(overview.weeks)
    flares = flare_spans(overview.days, condition_names=condition_names)
    months = month_rows(overview.months)
    factors = factors_json(overview.factors)
    payload = {
        "start": overview.start.isoformat(),
        "end": overview.end.isoformat(),
        "today": today.isoformat(),
        "diary_start": diary_start.isoformat() if diary_start else None,
        "resolution": resolution,
        "covered_days": overview.covered_days,
        "completeness": completeness_json(overview.completeness, audience=audience, name=name),
        "summary": overview.summary,
        "series": series,
        "flares": flares,
        "months": months,
        "months_summary": months_summary(overview.months, audience=audience, name=name),
        "linkage": linkage_json(overview.linkage, audience=audience, name=name),
        "lag": lag_json(overview.lag, audience=audience, name=name),
        "factors": factors,
        "alerts": alerts_json(overview.alerts),
        # The words: the chart's labels, its data table and tooltips, the flare list and
        # the monthly table, made here so that the page's script only places them.
        "labels": RESOLUTION_LABELS[resolution],
        "resolution_note": RESOLUTION_NOTES[resolution],
        "status": (
            f"Showing {format_short_day(overview.start)} to {format_short_day(overview.end)}."
        ),
        "table": tables.timeline_table(
            series,
            resolution=resolution,
            columns=series_columns(tables.TIMELINE_COLUMNS, sections),
        ),
        "factors_table": factors_table_json(factors),
        "tooltips": tables.timeline_tooltips(series, resolution=resolution),
        "flare_list": tables.flare_list(flares, day_words=format_short_day),
        "months_table": tables.month_table(months),
        # The first day of each quick period, and of the whole diary ("all").
        "quick_starts": {
            **{
                str(days): (today - timedelta(days=days - 1)).isoformat()
                for days in QUICK_PERIOD_DAYS
            },
            "all": (diary_start or today).isoformat(),
        },
        # The flare window asked for (the period form's), whether or not linkage is shown.
        "window": overview.linkage.window_days,
    }
    return scope_timeline_payload(
        payload,
        sections,
        counts=period_counts(overview.days),
        completeness=overview.completeness,
        audience=audience,
    )


def home_payload(data: dict) -> dict:
    """Return what the home page's small chart of the last days draws, from the timeline's
    payload `data` for those days (always day by day)."""
    return {
        **{
            key: data[key]
            for key in ("start", "end", "series", "flares", "summary", "alerts", "completeness")
        },
        "labels": data["labels"],
        "table": tables.home_table(data["series"]),
    }


def daily_series(points: list[DayPoint]) -> dict:
    """Return one column per measure, one entry per day; outcomes are None when not covered.

    Day counts are 1 or 0 so that daily and weekly series read the same way.
    """
    return {
        "dates": [point.day.isoformat() for point in points],
        "days": [1] * len(points),
        "covered": [int(point.covered) for point in points],
        "migraine": [_flag(point.migraine) for point in points],
        "headache": [_flag(point.headache) for point in points],
        "acute_medication": [_flag(point.acute_medication) for point in points],
        "overuse_medication": [_flag(point.overuse_medication) for point in points],
        "flare": [int(bool(point.flare_conditions)) if point.covered else None for point in points],
        "peak": [point.peak_intensity for point in points],
        "sleep": [point.sleep_hours for point in points],
        "stress": [point.stress for point in points],
        "fatigue": [point.fatigue for point in points],
        "joint_pain": [point.joint_pain for point in points],
    }


def weekly_series(weeks: list[WeekPoint]) -> dict:
    """Return one column per measure, one entry per ISO week (dated by its Monday).

    Counts are days in the week; factors are the week's means, rounded to one decimal.
    Weeks without a covered day have None counts, as uncovered days do.
    """

    return {
        "dates": [week.week_start.isoformat() for week in weeks],
        "days": [week.days for week in weeks],
        "covered": [week.covered_days for week in weeks],
        "migraine": [week.migraine_days if week.covered_days else None for week in weeks],
        "headache": [week.headache_days if week.covered_days else None for week in weeks],
        "acute_medication": [
            week.acute_medication_days if week.covered_days else None for week in weeks
        ],
        "overuse_medication": [
            week.overuse_medication_days if week.covered_days else None for week in weeks
        ],
        "flare": [week.flare_days if week.covered_days else None for week in weeks],
        "peak": [week.peak_intensity for week in weeks],
        "sleep": [_round(week.mean_sleep_hours) for week in weeks],
        "stress": [_round(week.mean_stress) for week in weeks],
        "fatigue": [_round(week.mean_fatigue) for week in weeks],
        "joint_pain": [_round(week.mean_joint_pain) for week in weeks],
    }


def flare_spans(points: list[DayPoint], *, condition_names: dict[str, str]) -> list[dict]:
    """Return each run of consecutive flare days of one condition inside the points, as
    {"condition", "label", "start", "end"} (end inclusive), ordered by start.

    Overlapping flares of one condition merge into one span; spans are cut at the range.
    """
    spans: list[dict] = []
    open_spans: dict[str, dict] = {}
    for point in points:
        if not point.flare_conditions:
            continue
        for condition in point.flare_conditions:
            span = open_spans.get(condition)
            if span and date.fromisoformat(span["end"]) + timedelta(days=1) == point.day:
                span["end"] = point.day.isoformat()
                continue
            span = {
                "condition": condition,
                "label": condition_names.get(condition, condition.replace("-", " ")),
                "start": point.day.isoformat(),
                "end": point.day.isoformat(),
            }
            open_spans[condition] = span
            spans.append(span)
    return spans


def month_rows(months: list[MonthRow]) -> list[dict]:
    """Return the monthly table's rows with a readable label ("March 2025")."""
    return [
        {
            "month": row.month.isoformat()[:7],
            "label": f"{MONTH_NAMES[row.month.month - 1]} {row.month.year}",
            "days": row.days,
            "covered_days": row.covered_days,
            "migraine_days": row.migraine_days,
            "headache_days": row.headache_days,
            "acute_medication_days": row.acute_medication_days,
            "overuse_medication_days": row.overuse_medication_days,
            "flare_days": row.flare_days,
        }
        for row in months
    ]


def months_summary(months: list[MonthRow], *, audience: Audience = PATIENT, name: str = "") -> str:
    """Return a sentence on the calendar months shown: how many, and the busiest one."""
    covered = [row for row in months if row.covered_days]
    if not covered:
        return (
            "No calendar month in this period is covered by "
            f"{possessive(audience, name)} diary yet."
        )
    busiest = max(covered, key=lambda row: (row.migraine_days, row.month))
    label = f"{MONTH_NAMES[busiest.month.month - 1]} {busiest.month.year}"
    months_word = "month" if len(covered) == 1 else "months"
    if busiest.migraine_days == 0:
        return f"No migraine days in the {len(covered)} calendar {months_word} shown."
    return (
        f"{len(covered)} calendar {months_word} shown. The most migraine days were in "
        f"{label}: {busiest.migraine_days} of {busiest.covered_days} covered days. "
        "Calendar months are counted as they are, not per 30 days."
    )


def linkage_json(linkage: Linkage, *, audience: Audience = PATIENT, name: str = "") -> dict:
    """Return the flare linkage with its plain-words summary and its figures in words, for
    the patient or a clinician reading about them by `name`."""
    numbers = {
        "window_days": linkage.window_days,
        "window_words": count_days(linkage.window_days),  # "1 day", "3 days"
        "inside_days": linkage.inside_days,
        "outside_days": linkage.outside_days,
        "inside_migraine_days": linkage.inside_migraine_days,
        "outside_migraine_days": linkage.outside_migraine_days,
        "inside_per_30_days": _round(linkage.inside_per_30_days),
        "outside_per_30_days": _round(linkage.outside_per_30_days),
        "rate_ratio": _round(linkage.rate_ratio, 2),
        "ci_low": _round(linkage.ci_low, 2),
        "ci_high": _round(linkage.ci_high, 2),
        "enough_data": linkage.enough_data,
        "summary": linkage_summary(linkage, audience=audience, name=name),
    }
    return {**numbers, "cells": tables.linkage_cells(numbers)}


def lag_json(lag: LagProfile, *, audience: Audience = PATIENT, name: str = "") -> dict:
    """Return the lag profile as columns (offsets, shares in percent) with its baseline,
    its summary, and its day labels, baseline label and table rows in words."""
    numbers = {
        "span": lag.span,
        "flare_count": lag.flare_count,
        "offsets": [point.offset for point in lag.points],
        "flares": [point.flares for point in lag.points],
        "flares_with_migraine": [point.flares_with_migraine for point in lag.points],
        # Shares only from LAG_MIN_FLARES flares: fewer are shown as counts, with no bars.
        "shares_shown": lag_shares_shown(lag.flare_count),
        "percent": [
            _percent(point.share)
            if lag_shares_shown(lag.flare_count) and share_shown(point.flares)
            else None
            for point in lag.points
        ],
        "baseline_percent": _percent(lag.baseline_share),
        "summary": lag_summary(lag, audience=audience, name=name),
        "baseline_label": (
            f"{sentence_start(possessive(audience, name))} usual share of migraine days (%)"
        ),
    }
    return {**numbers, **tables.lag_table(numbers)}


def lag_summary(lag: LagProfile, *, audience: Audience = PATIENT, name: str = "") -> str:
    """Return plain sentences on migraine around flare starts against the baseline, for the
    patient or (in the third person, about the patient by `name`) a clinician."""
    diary = f"{possessive(audience, name)} diary"
    if lag.flare_count == 0 or lag.baseline_share is None:
        return f"There is no flare in {diary} yet, so there is nothing to line up."
    shown = [point for point in lag.points if point.share is not None and share_shown(point.flares)]
    before = [point for point in shown if point.offset < 0]
    after = [point for point in shown if point.offset >= 0]
    flares = f"{lag.flare_count} {plural(lag.flare_count, 'flare')}"
    if not lag_shares_shown(lag.flare_count):
        return _lag_counts_summary(lag, flares, diary=diary)
    parts = [
        f"Across {flares}, a migraine "
        f"was present on {_percent(lag.baseline_share):.0f}% of all the days in {diary}."
    ]
    for name, group in (("before", before), ("from the start of", after)):
        if group:
            top = max(group, key=lambda point: (point.share, -abs(point.offset)))
            when = _offset_words(top.offset)
            parts.append(
                f"In the {lag.span} days {name} a flare, the highest share was "
                f"{_percent(top.share):.0f}% ({when})."
            )
    parts.append("This is an association, not proof that one causes the other.")
    return " ".join(parts)


def _lag_counts_summary(lag: LagProfile, flares: str, *, diary: str) -> str:
    """The lag profile in counts, for fewer than LAG_MIN_FLARES flares: one more flare would
    change any share a lot."""
    parts = [
        f"{diary[0].upper()}{diary[1:]} has {flares}: fewer than {LAG_MIN_FLARES}, so Overlap "
        "shows counts, "
        "not shares. The table lists, for each day around the start of a flare, how many "
        "flares had a migraine day."
    ]
    with_migraine = [point for point in lag.points if point.flares_with_migraine]
    if with_migraine:
        top = max(with_migraine, key=lambda point: (point.flares_with_migraine, -abs(point.offset)))
        parts.append(
            f"The most was {top.flares_with_migraine} of {top.flares} "
            f"{plural(top.flares, 'flare')} ({_offset_words(top.offset)})."
        )
    else:
        parts.append("No migraine day fell in the days around the start of a flare.")
    parts.append("This is an association, not proof that one causes the other.")
    return " ".join(parts)


def factors_json(factors: FactorAssociations) -> dict:
    """Return reportable factor associations and, separately, those with too few days."""
    return {
        "associations": [_association_json(item) for item in factors.associations],
        "not_enough_data": [_association_json(item) for item in factors.not_enough_data],
    }


def factors_table_json(factors: dict) -> dict:
    """Return the factors table's rows and the note under it, in words, from factors_json's
    output."""
    return {
        "rows": tables.factor_rows(factors["associations"]),
        "note": tables.factors_note(factors),
    }


def alerts_json(alerts: list[Alert]) -> list[dict]:
    """Return the alerts with their period and the education page they link to."""
    return [
        {
            "kind": alert.kind,
            "title": alert.title,
            "message": alert.message,
            "period_start": alert.period_start.isoformat(),
            "period_end": alert.period_end.isoformat(),
            "period_label": gettext("%(start)s to %(end)s")
            % {"start": format_day(alert.period_start), "end": format_day(alert.period_end)},
            "learn_url": ALERT_LEARN_PATH.format(slug=alert.education_slug),
        }
        for alert in alerts
    ]


# --- Report ----------------------------------------------------------------------------

# A printed report draws weeks beyond a month: 90 daily rows would fill pages of paper.
REPORT_DAILY_MAX_DAYS = 31

# The report's tables have always printed numbers in Python's form ("25.0").
REPORT_NUMBER = str

# Acute-medication days and overuse-relevant days side by side: they follow the purpose and
# the kind of medicine respectively (diary.insights.days), and differ for an NSAID taken for
# the joints or a gepant taken for an attack.
KEY_NUMBER_LABELS = (
    ("migraine_days", "Migraine days"),
    ("headache_days", "Headache days (migraine or not)"),
    ("acute_medication_days", ACUTE_DAYS_LABEL),
    ("overuse_medication_days", OVERUSE_DAYS_LABEL),
    ("flare_days", "Flare days"),
)


def report_resolution(start: date, end: date) -> str:
    """Return "day" for reports up to REPORT_DAILY_MAX_DAYS days long, else "week"."""
    return "day" if (end - start).days + 1 <= REPORT_DAILY_MAX_DAYS else "week"


def key_numbers(counts: PeriodCounts, completeness: Completeness | None = None) -> list[dict]:
    """Return one row per day count: its label, the days, and the days per 30 covered days
    (None when the diary covers no day of the period, or too few for a rate), that rate
    also in words ("too early to say" before enough covered days)."""
    rows = []
    for key, label in KEY_NUMBER_LABELS:
        rate = _round(per_30_days(getattr(counts, key), counts.covered_days))
        if completeness is not None and not completeness.rates_shown and rate is not None:
            rows.append(
                {
                    "key": key,
                    "label": label,
                    "days": getattr(counts, key),
                    "per_30_days": None,
                    "per_30_text": rate_text(rate, completeness),
                }
            )
            continue
        rows.append(
            {
                "key": key,
                "label": label,
                "days": getattr(counts, key),
                "per_30_days": rate,
                "per_30_text": tables.NO_COVERED_DAYS if rate is None else REPORT_NUMBER(rate),
            }
        )
    return rows


def report_payload(
    overview: Overview, data: dict, *, sections: frozenset[str] = ALL_SECTIONS
) -> dict:
    """Return the report's figures, chart and tables for overview's period, `data` being the
    timeline's payload for the same period (scoped to `sections`, as this is): the keys of
    the report page's context.

    The report draws days up to a month and weeks beyond (`report_resolution`).
    """
    resolution = report_resolution(overview.start, overview.end)
    series = daily_series(overview.days) if resolution == "day" else weekly_series(overview.weeks)
    counts = period_counts(overview.days)
    columns = series_columns(tables.REPORT_COLUMNS, sections)
    chart_rows = [
        {**row, "cells": [row[key] for key in columns]}
        for row in tables.series_table(series, resolution=resolution)
    ]
    shown = count_keys(sections)
    all_alerts = {Section.MIGRAINE, Section.MEDICINES} <= sections
    return {
        "counts": counts,
        "numbers_caption": (
            f"Days in the period and per 30 days. The diary covers {counts.covered_days} of "
            f"the {count_days(counts.days)}; rates divide by covered days."
        ),
        "key_numbers": [
            row for row in key_numbers(counts, overview.completeness) if row["key"] in shown
        ],
        "chart": {
            "resolution": resolution,
            "series": {
                key: values
                for key, values in series.items()
                if key not in SERIES_SECTIONS or SERIES_SECTIONS[key] in sections
            },
            "flares": data.get("flares", []),
            "labels": RESOLUTION_LABELS[resolution],
            "ticks": [format_day_of_month(date.fromisoformat(iso)) for iso in series["dates"]],
        },
        "resolution": resolution,
        "chart_headings": tables.report_headings(resolution, columns),
        "chart_rows": chart_rows,
        "flare_list": tables.flare_list(data["flares"]) if "flares" in data else "",
        "linkage_cells": (
            tables.linkage_cells(data["linkage"], number=REPORT_NUMBER) if "linkage" in data else {}
        ),
        "factor_rows": (
            tables.factor_rows(data["factors"]["associations"], number=REPORT_NUMBER)
            if "factors" in data
            else []
        ),
        "no_factors": tables.no_factor_sentence(yet=False),
        "no_alerts": (
            "No alert: the diary does not show medication overuse, a chronic-migraine "
            "pattern or a triptan caution up to "
            f"{format_day(date.fromisoformat(data['today']))}."
            if all_alerts
            else "No alert in the sections shared, up to "
            f"{format_day(date.fromisoformat(data['today']))}."
        ),
    }


def _association_json(association: Association) -> dict:
    return {
        "factor": association.factor,
        "label": association.label,
        "days_with": association.days_with,
        "days_without": association.days_without,
        "migraine_with": association.migraine_with,
        "migraine_without": association.migraine_without,
        "percent_with": _percent(association.risk_with),
        "percent_without": _percent(association.risk_without),
        "risk_ratio": _round(association.risk_ratio, 2),
        "ci_low": _round(association.ci_low, 2),
        "ci_high": _round(association.ci_high, 2),
        "enough_data": association.enough_data,
        "summary": association_summary(association),
    }


def _offset_words(offset: int) -> str:
    if offset == 0:
        return "on the day it started"
    days = plural(abs(offset), "day")
    return f"{abs(offset)} {days} {'before' if offset < 0 else 'after'} it started"


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)
