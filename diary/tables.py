"""The charts' text twins: every data-table row, and the list of flares, in words.

Made here, once, from the numbers of the chart payloads (diary.charts), and shipped in the
timeline's JSON or the report's context: the timeline, the home page and the report write
each cell the same way, and JavaScript only places the text.

Numbers are written as the charts' tables have always written them (`format_number`: "25",
"7.5"). The report's own tables print Python's form ("25.0"); they pass `number=str`.
"""

from collections.abc import Callable
from datetime import date

from diary.insights import ASSOCIATION_MIN_DAYS
from diary.insights.completeness import (
    LAG_MIN_FLARES,
    RATE_MIN_COVERED_DAYS,
    SHARE_MIN_EVENTS,
    TOO_EARLY,
    count_days,
)
from diary.insights.text import format_day, format_number, format_short_day

NOT_COVERED = "not covered"
NOT_RECORDED = "not recorded"
TOO_LITTLE_FOR_A_RATIO = "too little data for a ratio"
NO_COVERED_DAYS = "no covered days"

# Each column a chart's data table can have: its heading for days, and for weeks.
SERIES_HEADINGS = {
    "covered": ("Covered", "Days covered"),
    "migraine": ("Migraine", "Migraine days"),
    "headache": ("Headache", "Headache days"),
    "peak": ("Peak pain", "Highest peak pain"),
    "acute_medication": ("Acute medication", "Acute-medication days"),
    "overuse_medication": ("Overuse-relevant medicine", "Overuse-relevant days"),
    "flare": ("Flare", "Flare days"),
    "sleep": ("Sleep (hours)", "Sleep (hours)"),
    "stress": ("Stress", "Stress"),
    "fatigue": ("Fatigue", "Fatigue"),
    "joint_pain": ("Joint pain", "Joint pain"),
}
TIMELINE_COLUMNS = (
    "covered",
    "migraine",
    "peak",
    "acute_medication",
    "overuse_medication",
    "flare",
    "sleep",
    "stress",
    "fatigue",
    "joint_pain",
)
REPORT_COLUMNS = (
    "covered",
    "migraine",
    "headache",
    "peak",
    "acute_medication",
    "overuse_medication",
    "flare",
)
HOME_COLUMNS = ("migraine", "peak", "flare")
FACTOR_KEYS = ("sleep", "stress", "fatigue", "joint_pain")
MONTH_KEYS = (
    "migraine_days",
    "headache_days",
    "acute_medication_days",
    "overuse_medication_days",
    "flare_days",
)
# The days of each series that are counted (1 or 0 a day, days in a week).
DAY_COUNT_KEYS = ("migraine", "headache", "acute_medication", "overuse_medication", "flare")


# --- The days or weeks of a chart ----------------------------------------------------


def series_cells(series: dict, index: int, *, resolution: str) -> dict[str, str]:
    """Return every column's cell, in words, for the day or week at `index` of `series` (as
    charts.daily_series or charts.weekly_series return it).

    A day says "yes", "no" or "not covered"; a week counts its days ("not covered" when none
    of its days is). Peak pain is "not recorded" on a migraine day without one, and blank
    on a day without migraine; a week without a peak has "none".
    """
    if resolution == "week":
        cells = {
            "covered": f"{series['covered'][index]} of {series['days'][index]}",
            **{key: _words(series[key][index], empty=NOT_COVERED) for key in DAY_COUNT_KEYS},
            "peak": _words(series["peak"][index], empty="none"),
        }
    else:
        peak = series["peak"][index]
        cells = {
            "covered": "yes" if series["covered"][index] else "no",
            **{key: _yes_no(series[key][index]) for key in DAY_COUNT_KEYS},
            "peak": _words(peak, empty=NOT_RECORDED) if series["migraine"][index] else "",
        }
    for key in FACTOR_KEYS:
        cells[key] = _words(series[key][index], empty=NOT_RECORDED)
    return cells


def timeline_table(
    series: dict, *, resolution: str, columns: tuple[str, ...] = TIMELINE_COLUMNS
) -> dict:
    """Return the timeline's data table: {"columns": headings, "rows": one list of cells
    per day or week, its date first}, of `columns` (default all of them)."""
    weekly = resolution == "week"
    rows = [
        [
            format_short_day(date.fromisoformat(iso)),
            *_pick(series_cells(series, index, resolution=resolution), columns),
        ]
        for index, iso in enumerate(series["dates"])
    ]
    return {
        "columns": [
            "Week starting" if weekly else "Date",
            *series_headings(columns, resolution),
        ],
        "rows": rows,
    }


def timeline_tooltips(series: dict, *, resolution: str) -> dict:
    """Return the timeline chart's tooltip words: a title per day or week, and for each
    migraine day its line ("Migraine, peak pain 7"; None on other days and for weeks)."""
    weekly = resolution == "week"
    days = [format_short_day(date.fromisoformat(iso)) for iso in series["dates"]]
    return {
        "titles": [f"Week of {day}" for day in days] if weekly else days,
        "migraine": [
            None
            if weekly or not migraine
            else f"Migraine, peak pain {_words(peak, empty=NOT_RECORDED)}"
            for migraine, peak in zip(series["migraine"], series["peak"], strict=True)
        ],
    }


def home_table(series: dict) -> list[list[str]]:
    """Return the home page's table of days: date, migraine, peak pain, flare."""
    return [
        [
            format_short_day(date.fromisoformat(iso)),
            *_pick(series_cells(series, index, resolution="day"), HOME_COLUMNS),
        ]
        for index, iso in enumerate(series["dates"])
    ]


def series_table(series: dict, *, resolution: str) -> list[dict]:
    """Return the report's chart table, one row per day or week of `series`: its label,
    then covered, migraine, headache, peak, acute_medication, overuse_medication and flare
    in words."""
    rows = []
    for index, iso in enumerate(series["dates"]):
        day = format_day(date.fromisoformat(iso))
        cells = series_cells(series, index, resolution=resolution)
        rows.append(
            {
                "label": f"Week of {day}" if resolution == "week" else day,
                **{key: cells[key] for key in REPORT_COLUMNS},
            }
        )
    return rows


def report_headings(resolution: str, columns: tuple[str, ...] = REPORT_COLUMNS) -> list[str]:
    """Return the headings of the report's chart table (of `columns`)."""
    return [
        "Week" if resolution == "week" else "Date",
        *series_headings(columns, resolution),
    ]


def series_headings(columns: tuple[str, ...], resolution: str) -> list[str]:
    """Return the headings of these columns for days or for weeks."""
    return [SERIES_HEADINGS[key][resolution == "week"] for key in columns]


def flare_list(spans: list[dict], *, day_words: Callable[[date], str] = format_day) -> str:
    """Return a sentence naming each flare span (as charts.flare_spans returns them) with
    its days, written by `day_words`."""
    if not spans:
        return "No flare in this period."
    parts = []
    for span in spans:
        start, end = date.fromisoformat(span["start"]), date.fromisoformat(span["end"])
        when = day_words(start) if start == end else f"{day_words(start)} to {day_words(end)}"
        parts.append(f"{span['label']} ({when})")
    return f"Flares in this period: {'; '.join(parts)}."


# --- Months, flare linkage, lag and factors ------------------------------------------


def month_table(months: list[dict]) -> list[list[str]]:
    """Return the monthly table's rows (from charts.month_rows): the month, "covered of
    days", then migraine, headache, acute-medication, overuse-relevant and flare days, or
    "not covered"."""
    return [
        [
            row["label"],
            f"{row['covered_days']} of {row['days']}",
            *(str(row[key]) if row["covered_days"] else NOT_COVERED for key in MONTH_KEYS),
        ]
        for row in months
    ]


def linkage_cells(linkage: dict, *, number: Callable[[float], str] = format_number) -> dict:
    """Return the flare linkage's figures in words (from charts.linkage_json): inside and
    outside flare windows, and the rate ratio with its interval."""
    return {
        "inside": _migraine_rate(
            linkage["inside_migraine_days"],
            linkage["inside_days"],
            linkage["inside_per_30_days"],
            number=number,
        ),
        "outside": _migraine_rate(
            linkage["outside_migraine_days"],
            linkage["outside_days"],
            linkage["outside_per_30_days"],
            number=number,
        ),
        "ratio": _ratio(linkage["rate_ratio"], linkage["ci_low"], linkage["ci_high"], number),
    }


def lag_table(lag: dict) -> dict:
    """Return the lag chart's day labels ("-1", "0", "+1") and its table rows (from
    charts.lag_json): day, flares with a migraine day, share, usual share."""
    labels = [f"+{offset}" if offset > 0 else str(offset) for offset in lag["offsets"]]
    baseline = lag["baseline_percent"]
    rows = [
        [
            label,
            f"{with_migraine} of {flares}",
            _lag_share(percent, flares, shares_shown=lag.get("shares_shown", True)),
            "" if baseline is None else f"{format_number(baseline)}%",
        ]
        for label, with_migraine, flares, percent in zip(
            labels, lag["flares_with_migraine"], lag["flares"], lag["percent"], strict=True
        )
    ]
    return {"labels": labels, "rows": rows}


def _lag_share(percent: float | None, flares: int, *, shares_shown: bool) -> str:
    """A lag table's share cell: a percentage only from enough flares (see
    diary.insights.completeness), else what is shown instead."""
    if not flares:
        return "no flares"
    if not shares_shown:
        return f"counts only (fewer than {LAG_MIN_FLARES} flares)"
    if percent is None:
        return f"too few flares for a share (fewer than {SHARE_MIN_EVENTS})"
    return f"{format_number(percent)}%"


def factor_rows(
    associations: list[dict], *, number: Callable[[float], str] = format_number
) -> list[list[str]]:
    """Return the factors table's rows (from charts.factors_json): the factor, migraine with
    it, migraine without it, and the risk ratio with its interval."""
    return [
        [
            item["label"],
            f"{item['migraine_with']} of {count_days(item['days_with'])} "
            f"({number(item['percent_with'])}%)",
            f"{item['migraine_without']} of {count_days(item['days_without'])} "
            f"({number(item['percent_without'])}%)",
            _ratio(item["risk_ratio"], item["ci_low"], item["ci_high"], number),
        ]
        for item in associations
    ]


def no_factor_sentence(*, yet: bool) -> str:
    """Return the sentence for a period where no factor has enough days each way."""
    return (
        f"No factor has at least {ASSOCIATION_MIN_DAYS} days with it and "
        f"{ASSOCIATION_MIN_DAYS} without in this period{' yet' if yet else ''}."
    )


def factors_note(factors: dict) -> str:
    """Return the note under the timeline's factors table: that no factor can be reported
    yet, and which factors have too few days."""
    sentences = [] if factors["associations"] else [no_factor_sentence(yet=True)]
    names = [item["label"] for item in factors["not_enough_data"]]
    if names:
        sentences.append(f"Too few days to compare: {', '.join(names)}.")
    return " ".join(sentences)


def _migraine_rate(
    migraine_days: int, days: int, per_30_days: float | None, *, number: Callable[[float], str]
) -> str:
    if not days:
        return NO_COVERED_DAYS
    # A rate from fewer than RATE_MIN_COVERED_DAYS days says more about chance than about
    # the patient (diary.insights.completeness).
    if days < RATE_MIN_COVERED_DAYS:
        rate = TOO_EARLY
    else:
        rate = "no rate" if per_30_days is None else f"{number(per_30_days)} per 30 days"
    return f"{count_days(migraine_days, 'migraine')} in {count_days(days)} ({rate})"


def _ratio(
    ratio: float | None, low: float | None, high: float | None, number: Callable[[float], str]
) -> str:
    if ratio is None or low is None or high is None:
        return TOO_LITTLE_FOR_A_RATIO
    return f"{number(ratio)} ({number(low)} to {number(high)})"


def _pick(cells: dict[str, str], columns: tuple[str, ...]) -> list[str]:
    return [cells[key] for key in columns]


def _words(value: float | None, *, empty: str) -> str:
    return empty if value is None else format_number(value)


def _yes_no(value: int | None) -> str:
    return NOT_COVERED if value is None else "yes" if value else "no"
