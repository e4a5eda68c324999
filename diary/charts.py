"""Chart-ready JSON from diary.insights results: plain dicts of strings, numbers and lists.

Pure functions, no ORM and no clock. The timeline's JSON endpoint, its page (through
`json_script`) and the home page's small chart all send what `timeline_payload` returns, so
the charts, their text summaries and their data tables are drawn from the same numbers.

Series are columnar (one list per measure, aligned with `dates`) because a ten-year diary
has thousands of points and repeating keys for each would triple the bytes.
"""

from datetime import date, timedelta

from diary import tables
from diary.insights import (
    MONTH_NAMES,
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
from diary.insights.text import format_day_of_month, format_short_day

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
) -> dict:
    """Return everything the timeline draws for overview's period, JSON-ready.

    `resolution` is "day" or "week"; by default it follows `resolution_for`.
    """
    resolution = resolution or resolution_for(overview.start, overview.end)
    series = daily_series(overview.days) if resolution == "day" else weekly_series(overview.weeks)
    flares = flare_spans(overview.days, condition_names=condition_names)
    months = month_rows(overview.months)
    factors = factors_json(overview.factors)
    return {
        "start": overview.start.isoformat(),
        "end": overview.end.isoformat(),
        "today": today.isoformat(),
        "diary_start": diary_start.isoformat() if diary_start else None,
        "resolution": resolution,
        "covered_days": overview.covered_days,
        "summary": overview.summary,
        "series": series,
        "flares": flares,
        "months": months,
        "months_summary": months_summary(overview.months),
        "linkage": linkage_json(overview.linkage),
        "lag": lag_json(overview.lag),
        "factors": factors,
        "alerts": alerts_json(overview.alerts),
        # The words: the chart's labels, its data table and tooltips, the flare list and
        # the monthly table, made here so that the page's script only places them.
        "labels": RESOLUTION_LABELS[resolution],
        "resolution_note": RESOLUTION_NOTES[resolution],
        "status": (
            f"Showing {format_short_day(overview.start)} to {format_short_day(overview.end)}."
        ),
        "table": tables.timeline_table(series, resolution=resolution),
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
    }


def home_payload(data: dict) -> dict:
    """Return what the home page's small chart of the last days draws, from the timeline's
    payload `data` for those days (always day by day)."""
    return {
        **{key: data[key] for key in ("start", "end", "series", "flares", "summary", "alerts")},
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
            "flare_days": row.flare_days,
        }
        for row in months
    ]


def months_summary(months: list[MonthRow]) -> str:
    """Return a sentence on the calendar months shown: how many, and the busiest one."""
    covered = [row for row in months if row.covered_days]
    if not covered:
        return "No calendar month in this period is covered by your diary yet."
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


def linkage_json(linkage: Linkage) -> dict:
    """Return the flare linkage with its plain-words summary and its figures in words."""
    numbers = {
        "window_days": linkage.window_days,
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
        "summary": linkage_summary(linkage),
    }
    return {**numbers, "cells": tables.linkage_cells(numbers)}


def lag_json(lag: LagProfile) -> dict:
    """Return the lag profile as columns (offsets, shares in percent) with its baseline,
    its summary, and its day labels and table rows in words."""
    numbers = {
        "span": lag.span,
        "flare_count": lag.flare_count,
        "offsets": [point.offset for point in lag.points],
        "flares": [point.flares for point in lag.points],
        "flares_with_migraine": [point.flares_with_migraine for point in lag.points],
        "percent": [_percent(point.share) for point in lag.points],
        "baseline_percent": _percent(lag.baseline_share),
        "summary": lag_summary(lag),
    }
    return {**numbers, **tables.lag_table(numbers)}


def lag_summary(lag: LagProfile) -> str:
    """Return plain sentences on migraine around flare starts against the baseline."""
    if lag.flare_count == 0 or lag.baseline_share is None:
        return "There is no flare in your diary yet, so there is nothing to line up."
    before = [point for point in lag.points if point.offset < 0 and point.share is not None]
    after = [point for point in lag.points if point.offset >= 0 and point.share is not None]
    parts = [
        f"Across {lag.flare_count} flare{'s' if lag.flare_count != 1 else ''}, a migraine "
        f"was present on {_percent(lag.baseline_share):.0f}% of all the days in your diary."
    ]
    for name, group in (("before", before), ("from the start of", after)):
        if group:
            top = max(group, key=lambda point: (point.share, -abs(point.offset)))
            when = _offset_words(top.offset)
            parts.append(
                f"In the {lag.span} days {name} a flare, the highest share was "
                f"{_percent(top.share):.0f}% ({when})."
            )
    if lag.flare_count < 5:
        parts.append("With fewer than 5 flares these shares can change a lot with one more.")
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
            "period_label": f"{format_day(alert.period_start)} to {format_day(alert.period_end)}",
            "learn_url": ALERT_LEARN_PATH.format(slug=alert.education_slug),
        }
        for alert in alerts
    ]


# --- Report ----------------------------------------------------------------------------

# A printed report draws weeks beyond a month: 90 daily rows would fill pages of paper.
REPORT_DAILY_MAX_DAYS = 31

# The report's tables have always printed numbers in Python's form ("25.0").
REPORT_NUMBER = str

KEY_NUMBER_LABELS = (
    ("migraine_days", "Migraine days"),
    ("headache_days", "Headache days (migraine or not)"),
    ("acute_medication_days", "Acute-medication days"),
    ("flare_days", "Flare days"),
)


def report_resolution(start: date, end: date) -> str:
    """Return "day" for reports up to REPORT_DAILY_MAX_DAYS days long, else "week"."""
    return "day" if (end - start).days + 1 <= REPORT_DAILY_MAX_DAYS else "week"


def key_numbers(counts: PeriodCounts) -> list[dict]:
    """Return one row per day count: its label, the days, and the days per 30 covered days
    (None when the diary covers no day of the period), that rate also in words."""
    rows = []
    for key, label in KEY_NUMBER_LABELS:
        rate = _round(per_30_days(getattr(counts, key), counts.covered_days))
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


def report_payload(overview: Overview, data: dict) -> dict:
    """Return the report's figures, chart and tables for overview's period, `data` being the
    timeline's payload for the same period: the keys of the report page's context.

    The report draws days up to a month and weeks beyond (`report_resolution`).
    """
    resolution = report_resolution(overview.start, overview.end)
    series = daily_series(overview.days) if resolution == "day" else weekly_series(overview.weeks)
    counts = period_counts(overview.days)
    return {
        "counts": counts,
        "numbers_caption": (
            f"Days in the period and per 30 days. The diary covers {counts.covered_days} of "
            f"the {counts.days} days; rates divide by covered days."
        ),
        "key_numbers": key_numbers(counts),
        "chart": {
            "resolution": resolution,
            "series": series,
            "flares": data["flares"],
            "labels": RESOLUTION_LABELS[resolution],
            "ticks": [format_day_of_month(date.fromisoformat(iso)) for iso in series["dates"]],
        },
        "resolution": resolution,
        "chart_headings": tables.report_headings(resolution),
        "chart_rows": tables.series_table(series, resolution=resolution),
        "flare_list": tables.flare_list(data["flares"]),
        "linkage_cells": tables.linkage_cells(data["linkage"], number=REPORT_NUMBER),
        "factor_rows": tables.factor_rows(data["factors"]["associations"], number=REPORT_NUMBER),
        "no_factors": tables.no_factor_sentence(yet=False),
        "no_alerts": (
            "No alert: the diary does not show medication overuse, a chronic-migraine "
            "pattern or a triptan caution up to "
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
    days = "day" if abs(offset) == 1 else "days"
    return f"{abs(offset)} {days} {'before' if offset < 0 else 'after'} it started"


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)
