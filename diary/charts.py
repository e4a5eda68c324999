"""Chart-ready JSON from diary.insights results: plain dicts of strings, numbers and lists.

Pure functions, no ORM and no clock. The timeline's JSON endpoint, its page (through
`json_script`) and the home page's small chart all send what `timeline_payload` returns, so
the charts, their text summaries and their data tables are drawn from the same numbers.

Series are columnar (one list per measure, aligned with `dates`) because a ten-year diary
has thousands of points and repeating keys for each would triple the bytes.
"""

from datetime import date, timedelta

from django.utils.translation import gettext, gettext_noop, ngettext

from accounts.models import ALL_SECTIONS, Section
from diary import tables
from diary.insights import (
    ACUTE_DAYS_LABEL,
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
    lag_shares_shown,
    rate_text,
    share_shown,
)
from diary.sections import SERIES_SECTIONS, count_keys, scope_timeline_payload, series_columns
from diary.tables import (
    count_days_words,
    day_of_month_words,
    day_words,
    month_words,
    short_day_words,
)

# Longer ranges are drawn per ISO week: a daily bar narrower than a pixel says nothing.
WEEKLY_AFTER_DAYS = 180

ALERT_LEARN_PATH = "/learn/{slug}/"

# The timeline's quick periods (its buttons), in days ending today.
QUICK_PERIOD_DAYS = (30, 90, 365)


def resolution_for(start: date, end: date) -> str:
    """Return "day" for ranges up to WEEKLY_AFTER_DAYS days long, else "week"."""
    return "day" if (end - start).days + 1 <= WEEKLY_AFTER_DAYS else "week"


# The words of a chart that change with its resolution: its dataset labels, its axis, its
# key, its data table's caption and its tooltip for a medication mark.
def resolution_labels(resolution: str) -> dict:
    """The chart's words for "day" or "week", in the active language."""
    if resolution == "day":
        return {
            "unit": "day",
            "migraine": gettext("Migraine day (peak pain)"),
            "acute_medication": gettext("Acute medication"),
            "medication_tooltip": gettext("Acute medication taken"),
            "y_axis": gettext("Peak pain"),
            "key": gettext("Migraine day (bar height: peak pain, 0-10)"),
            "key_bar": gettext("peak pain, 0-10"),
            "caption": gettext(
                "Each day of the period: migraine, peak pain, acute medication, "
                "overuse-relevant medicine, flare and check-in scores"
            ),
        }
    return {
        "unit": "week",
        "migraine": gettext("Migraine days in the week"),
        "acute_medication": gettext("Acute-medication days in the week"),
        "medication_tooltip": None,
        "y_axis": gettext("Migraine days"),
        "key": gettext("Migraine days in the week"),
        "key_bar": gettext("migraine days in the week"),
        "caption": gettext(
            "Each week of the period: migraine, peak pain, acute medication, "
            "overuse-relevant medicine, flare and check-in scores"
        ),
    }


def resolution_note(resolution: str) -> str:
    """What one bar of the chart is, in the active language."""
    if resolution == "day":
        return gettext("Each bar is one day.")
    return gettext(
        "This period is longer than %(days)s days, so each bar is one week (Monday to Sunday)."
    ) % {"days": WEEKLY_AFTER_DAYS}


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
        "labels": resolution_labels(resolution),
        "resolution_note": resolution_note(resolution),
        "status": gettext("Showing %(start)s to %(end)s.")
        % {"start": short_day_words(overview.start), "end": short_day_words(overview.end)},
        "table": tables.timeline_table(
            series,
            resolution=resolution,
            columns=series_columns(tables.TIMELINE_COLUMNS, sections),
        ),
        "factors_table": factors_table_json(factors),
        "tooltips": tables.timeline_tooltips(series, resolution=resolution),
        "flare_list": tables.flare_list(flares, day_words=short_day_words),
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
            "label": month_words(row.month),
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


def _diary_words(audience: Audience, name: str) -> str:
    """Whose diary it is, in the active language: "your diary" to the patient, "Alice's
    diary" (or "the patient's diary") to a clinician."""
    if audience == PATIENT:
        return gettext("your diary")
    if name:
        return gettext("%(name)s's diary") % {"name": name}
    return gettext("the patient's diary")


def _sentence_start(words: str) -> str:
    return words[:1].upper() + words[1:]


def months_summary(months: list[MonthRow], *, audience: Audience = PATIENT, name: str = "") -> str:
    """Return a sentence on the calendar months shown: how many, and the busiest one."""
    covered = [row for row in months if row.covered_days]
    if not covered:
        return gettext("No calendar month in this period is covered by %(diary)s yet.") % {
            "diary": _diary_words(audience, name)
        }
    busiest = max(covered, key=lambda row: (row.migraine_days, row.month))
    count = len(covered)
    if busiest.migraine_days == 0:
        return ngettext(
            "No migraine days in the %(count)s calendar month shown.",
            "No migraine days in the %(count)s calendar months shown.",
            count,
        ) % {"count": count}
    return ngettext(
        "%(count)s calendar month shown. The most migraine days were in %(month)s: "
        "%(migraine)s of %(covered)s covered days. Calendar months are counted as they are, "
        "not per 30 days.",
        "%(count)s calendar months shown. The most migraine days were in %(month)s: "
        "%(migraine)s of %(covered)s covered days. Calendar months are counted as they are, "
        "not per 30 days.",
        count,
    ) % {
        "count": count,
        "month": month_words(busiest.month),
        "migraine": busiest.migraine_days,
        "covered": busiest.covered_days,
    }


def linkage_json(linkage: Linkage, *, audience: Audience = PATIENT, name: str = "") -> dict:
    """Return the flare linkage with its plain-words summary and its figures in words, for
    the patient or a clinician reading about them by `name`."""
    numbers = {
        "window_days": linkage.window_days,
        "window_words": count_days_words(linkage.window_days),  # "1 day", "3 days"
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


def _baseline_label(audience: Audience, name: str) -> str:
    if audience == PATIENT:
        return gettext("Your usual share of migraine days (%)")
    if name:
        return gettext("%(name)s's usual share of migraine days (%%)") % {"name": name}
    return gettext("The patient's usual share of migraine days (%)")


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
        "baseline_label": _baseline_label(audience, name),
    }
    return {**numbers, **tables.lag_table(numbers)}


ASSOCIATION_NOT_PROOF = gettext_noop("This is an association, not proof that one causes the other.")


def lag_summary(lag: LagProfile, *, audience: Audience = PATIENT, name: str = "") -> str:
    """Return plain sentences on migraine around flare starts against the baseline, for the
    patient or (in the third person, about the patient by `name`) a clinician."""
    diary = _diary_words(audience, name)
    if lag.flare_count == 0 or lag.baseline_share is None:
        return gettext("There is no flare in %(diary)s yet, so there is nothing to line up.") % {
            "diary": diary
        }
    shown = [point for point in lag.points if point.share is not None and share_shown(point.flares)]
    before = [point for point in shown if point.offset < 0]
    after = [point for point in shown if point.offset >= 0]
    if not lag_shares_shown(lag.flare_count):
        return _lag_counts_summary(lag, diary=diary)
    parts = [
        ngettext(
            "Across %(count)s flare, a migraine was present on %(share)s of all the days in "
            "%(diary)s.",
            "Across %(count)s flares, a migraine was present on %(share)s of all the days in "
            "%(diary)s.",
            lag.flare_count,
        )
        % {
            "count": lag.flare_count,
            "share": f"{_percent(lag.baseline_share):.0f}%",
            "diary": diary,
        }
    ]
    for group, sentence in (
        (
            before,
            gettext(
                "In the %(span)s days before a flare, the highest share was %(share)s (%(when)s)."
            ),
        ),
        (
            after,
            gettext(
                "In the %(span)s days from the start of a flare, the highest share was "
                "%(share)s (%(when)s)."
            ),
        ),
    ):
        if group:
            top = max(group, key=lambda point: (point.share, -abs(point.offset)))
            parts.append(
                sentence
                % {
                    "span": lag.span,
                    "share": f"{_percent(top.share):.0f}%",
                    "when": _offset_words(top.offset),
                }
            )
    parts.append(gettext(ASSOCIATION_NOT_PROOF))
    return " ".join(parts)


def _lag_counts_summary(lag: LagProfile, *, diary: str) -> str:
    """The lag profile in counts, for fewer than LAG_MIN_FLARES flares: one more flare would
    change any share a lot."""
    parts = [
        ngettext(
            "%(diary)s has %(count)s flare: fewer than %(minimum)s, so Overlap shows counts, "
            "not shares. The table lists, for each day around the start of a flare, how many "
            "flares had a migraine day.",
            "%(diary)s has %(count)s flares: fewer than %(minimum)s, so Overlap shows counts, "
            "not shares. The table lists, for each day around the start of a flare, how many "
            "flares had a migraine day.",
            lag.flare_count,
        )
        % {"diary": _sentence_start(diary), "count": lag.flare_count, "minimum": LAG_MIN_FLARES}
    ]
    with_migraine = [point for point in lag.points if point.flares_with_migraine]
    if with_migraine:
        top = max(with_migraine, key=lambda point: (point.flares_with_migraine, -abs(point.offset)))
        parts.append(
            ngettext(
                "The most was %(migraine)s of %(count)s flare (%(when)s).",
                "The most was %(migraine)s of %(count)s flares (%(when)s).",
                top.flares,
            )
            % {
                "migraine": top.flares_with_migraine,
                "count": top.flares,
                "when": _offset_words(top.offset),
            }
        )
    else:
        parts.append(gettext("No migraine day fell in the days around the start of a flare."))
    parts.append(gettext(ASSOCIATION_NOT_PROOF))
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
            % {"start": day_words(alert.period_start), "end": day_words(alert.period_end)},
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
    ("migraine_days", gettext_noop("Migraine days")),
    ("headache_days", gettext_noop("Headache days (migraine or not)")),
    ("acute_medication_days", ACUTE_DAYS_LABEL),
    ("overuse_medication_days", OVERUSE_DAYS_LABEL),
    ("flare_days", gettext_noop("Flare days")),
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
                    "label": gettext(str(label)),
                    "days": getattr(counts, key),
                    "per_30_days": None,
                    "per_30_text": rate_text(rate, completeness),
                }
            )
            continue
        rows.append(
            {
                "key": key,
                "label": gettext(str(label)),
                "days": getattr(counts, key),
                "per_30_days": rate,
                "per_30_text": gettext(tables.NO_COVERED_DAYS)
                if rate is None
                else REPORT_NUMBER(rate),
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
        "numbers_caption": gettext(
            "Days in the period and per 30 days. The diary covers %(covered)s of the "
            "%(days)s; rates divide by covered days."
        )
        % {"covered": counts.covered_days, "days": count_days_words(counts.days)},
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
            "labels": resolution_labels(resolution),
            "ticks": [day_of_month_words(date.fromisoformat(iso)) for iso in series["dates"]],
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
            gettext(
                "No alert: the diary does not show medication overuse, a chronic-migraine "
                "pattern or a triptan caution up to %(day)s."
            )
            if all_alerts
            else gettext("No alert in the sections shared, up to %(day)s.")
        )
        % {"day": day_words(date.fromisoformat(data["today"]))},
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
        return gettext("on the day it started")
    if offset < 0:
        return ngettext(
            "%(count)s day before it started", "%(count)s days before it started", -offset
        ) % {"count": -offset}
    return ngettext("%(count)s day after it started", "%(count)s days after it started", offset) % {
        "count": offset
    }


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)
