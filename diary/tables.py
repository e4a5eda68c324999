"""The charts' text twins: every data-table row, and the list of flares, in words.

Made here, once, from the numbers of the chart payloads (diary.charts), and shipped in the
timeline's JSON or the report's context: the timeline, the home page and the report write
each cell the same way, and JavaScript only places the text.

Numbers are written as the charts' tables have always written them (`format_number`: "25",
"7.5"). The report's own tables print Python's form ("25.0"); they pass `number=str`.
"""

import functools
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from django.utils import formats
from django.utils.translation import get_language, gettext, gettext_noop, ngettext, pgettext

from diary.insights import ASSOCIATION_MIN_DAYS
from diary.insights.completeness import (
    LAG_MIN_FLARES,
    RATE_MIN_COVERED_DAYS,
    SHARE_MIN_EVENTS,
    TOO_EARLY,
)
from diary.insights.text import (
    format_day,
    format_day_of_month,
    format_number,
    format_short_day,
)

NOT_COVERED = gettext_noop("not covered")
NOT_RECORDED = gettext_noop("not recorded")
TOO_LITTLE_FOR_A_RATIO = gettext_noop("too little data for a ratio")
NO_COVERED_DAYS = gettext_noop("no covered days")

# Each column a chart's data table can have: its heading for days, and for weeks.
SERIES_HEADINGS = {
    "covered": (gettext_noop("Covered"), gettext_noop("Days covered")),
    "migraine": (gettext_noop("Migraine"), gettext_noop("Migraine days")),
    "headache": (gettext_noop("Headache"), gettext_noop("Headache days")),
    "peak": (gettext_noop("Peak pain"), gettext_noop("Highest peak pain")),
    "acute_medication": (gettext_noop("Acute medication"), gettext_noop("Acute-medication days")),
    "overuse_medication": (
        gettext_noop("Overuse-relevant medicine"),
        gettext_noop("Overuse-relevant days"),
    ),
    "flare": (gettext_noop("Flare"), gettext_noop("Flare days")),
    "sleep": (gettext_noop("Sleep (hours)"), gettext_noop("Sleep (hours)")),
    "stress": (gettext_noop("Stress"), gettext_noop("Stress")),
    "fatigue": (gettext_noop("Fatigue"), gettext_noop("Fatigue")),
    "joint_pain": (gettext_noop("Joint pain"), gettext_noop("Joint pain")),
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


# --- Dates and numbers in the reader's language ---------------------------------------
#
# English keeps the forms the charts' tables have always had (diary.insights.text: "3 Sept
# 2025", "7.5"); the other languages write dates with Django's month names in a format that
# is itself a translatable string, and numbers with their own decimal separator ("7,5").


def _english() -> bool:
    return (get_language() or "en").split("-")[0] == "en"


# The day in words, as every summary writes it: "3 November 2026", "3 de noviembre de 2026".
day_words = format_day


def short_day_words(day: date) -> str:
    """The day as the timeline's tables and tooltips write it: "3 Nov 2026"."""
    return _short_day_words(get_language(), day)


# A timeline's table and tooltips write the same days, and a page's next view the same
# again: each is made once per language (never shared across languages: the language is
# the cache's key, and the one active when it is made).
@functools.lru_cache(maxsize=4096)
def _short_day_words(language: str | None, day: date) -> str:
    if _english():
        return format_short_day(day)
    return formats.date_format(day, pgettext("day, short month and year", "j M Y"))


def day_of_month_words(day: date) -> str:
    """The day without its year, for a chart's axis: "3 Nov"."""
    if _english():
        return format_day_of_month(day)
    return formats.date_format(day, pgettext("day and short month", "j M"))


def month_words(month: date) -> str:
    """A calendar month and its year: "March 2025", "marzo de 2025"."""
    return formats.date_format(month, pgettext("month and year", "F Y"))


def number_words(value: float | int) -> str:
    """A number as the charts' tables write it ("25", "7.5"), with the decimal separator of
    the active language ("7,5")."""
    return _number_words(format_number(value), _cell_words().decimal_separator)


def _number_words(text: str, separator: str) -> str:
    return text if separator == "." else text.replace(".", separator)


def count_days_words(count: int) -> str:
    """ "1 day", "3 days"."""
    return ngettext("%(count)s day", "%(count)s days", count) % {"count": count}


def migraine_days_words(count: int) -> str:
    """ "1 migraine day", "3 migraine days"."""
    return ngettext("%(count)s migraine day", "%(count)s migraine days", count) % {"count": count}


def of_words(part: object, whole: object) -> str:
    """ "3 of 7"."""
    return gettext("%(part)s of %(whole)s") % {"part": part, "whole": whole}


# --- The days or weeks of a chart ----------------------------------------------------


def series_columns(
    series: dict, *, resolution: str, columns: tuple[str, ...]
) -> dict[str, list[str]]:
    """Return each column's cells, in words, one per day or week of `series` (as
    charts.daily_series or charts.weekly_series return it), for `columns`.

    A day says "yes", "no" or "not covered"; a week counts its days ("not covered" when none
    of its days is). Peak pain is "not recorded" on a migraine day without one, and blank
    on a day without migraine; a week without a peak has "none".

    Made column by column with the words looked up once (_cell_words) and each number
    written once: a year's timeline has some 4,000 cells and a few dozen distinct ones.
    """
    words = _cell_words()
    numbers = _NumberWords(words)
    made: dict[str, list[str]] = {}
    for key in columns:
        values = series[key]
        if key in FACTOR_KEYS:
            made[key] = [numbers.of(value, words.not_recorded) for value in values]
        elif resolution == "week":
            if key == "covered":
                made[key] = [
                    words.of % {"part": covered, "whole": days}
                    for covered, days in zip(values, series["days"], strict=True)
                ]
            elif key == "peak":
                made[key] = [numbers.of(value, words.none) for value in values]
            else:
                made[key] = [numbers.of(value, words.not_covered) for value in values]
        elif key == "covered":
            made[key] = [words.yes if value else words.no for value in values]
        elif key == "peak":
            made[key] = [
                numbers.of(peak, words.not_recorded) if migraine else ""
                for peak, migraine in zip(values, series["migraine"], strict=True)
            ]
        else:
            made[key] = [
                words.not_covered if value is None else words.yes if value else words.no
                for value in values
            ]
    return made


def timeline_table(
    series: dict, *, resolution: str, columns: tuple[str, ...] = TIMELINE_COLUMNS
) -> dict:
    """Return the timeline's data table: {"columns": headings, "rows": one list of cells
    per day or week, its date first}, of `columns` (default all of them)."""
    weekly = resolution == "week"
    return {
        "columns": [
            gettext("Week starting") if weekly else gettext("Date"),
            *series_headings(columns, resolution),
        ],
        "rows": _rows(series, resolution=resolution, columns=columns),
    }


def _rows(series: dict, *, resolution: str, columns: tuple[str, ...]) -> list[list[str]]:
    """One list of cells per day or week of `series`: its short date, then `columns`."""
    cells = series_columns(series, resolution=resolution, columns=columns)
    days = [short_day_words(date.fromisoformat(iso)) for iso in series["dates"]]
    return [list(row) for row in zip(days, *(cells[key] for key in columns), strict=True)]


def timeline_tooltips(series: dict, *, resolution: str) -> dict:
    """Return the timeline chart's tooltip words: a title per day or week, and for each
    migraine day its line ("Migraine, peak pain 7"; None on other days and for weeks)."""
    weekly = resolution == "week"
    days = [short_day_words(date.fromisoformat(iso)) for iso in series["dates"]]
    if weekly:
        week_of = gettext("Week of %(day)s")
        return {"titles": [week_of % {"day": day} for day in days], "migraine": [None] * len(days)}
    words = _cell_words()
    numbers = _NumberWords(words)
    migraine_line = gettext("Migraine, peak pain %(peak)s")
    return {
        "titles": days,
        "migraine": [
            migraine_line % {"peak": numbers.of(peak, words.not_recorded)} if migraine else None
            for migraine, peak in zip(series["migraine"], series["peak"], strict=True)
        ],
    }


def home_table(series: dict) -> list[list[str]]:
    """Return the home page's table of days: date, migraine, peak pain, flare."""
    return _rows(series, resolution="day", columns=HOME_COLUMNS)


def series_table(series: dict, *, resolution: str) -> list[dict]:
    """Return the report's chart table, one row per day or week of `series`: its label,
    then covered, migraine, headache, peak, acute_medication, overuse_medication and flare
    in words."""
    cells = series_columns(series, resolution=resolution, columns=REPORT_COLUMNS)
    week_of = gettext("Week of %(day)s")
    rows = []
    for index, iso in enumerate(series["dates"]):
        day = day_words(date.fromisoformat(iso))
        rows.append(
            {
                "label": week_of % {"day": day} if resolution == "week" else day,
                **{key: cells[key][index] for key in REPORT_COLUMNS},
            }
        )
    return rows


def report_headings(resolution: str, columns: tuple[str, ...] = REPORT_COLUMNS) -> list[str]:
    """Return the headings of the report's chart table (of `columns`)."""
    return [
        gettext("Week") if resolution == "week" else gettext("Date"),
        *series_headings(columns, resolution),
    ]


def series_headings(columns: tuple[str, ...], resolution: str) -> list[str]:
    """Return the headings of these columns for days or for weeks."""
    return [gettext(SERIES_HEADINGS[key][resolution == "week"]) for key in columns]


def flare_list(spans: list[dict], *, day_words: Callable[[date], str] = day_words) -> str:
    """Return a sentence naming each flare span (as charts.flare_spans returns them) with
    its days, written by `day_words`."""
    if not spans:
        return gettext("No flare in this period.")
    parts = []
    for span in spans:
        start, end = date.fromisoformat(span["start"]), date.fromisoformat(span["end"])
        when = (
            day_words(start)
            if start == end
            else gettext("%(start)s to %(end)s")
            % {"start": day_words(start), "end": day_words(end)}
        )
        parts.append(f"{span['label']} ({when})")
    return gettext("Flares in this period: %(flares)s.") % {"flares": "; ".join(parts)}


# --- Months, flare linkage, lag and factors ------------------------------------------


def month_table(months: list[dict], keys: tuple[str, ...] = MONTH_KEYS) -> list[list[str]]:
    """Return the monthly table's rows (from charts.month_rows): the month, "covered of
    days", then migraine, headache, acute-medication, overuse-relevant and flare days (or
    those of `keys`), or "not covered"."""
    return [
        [
            row["label"],
            of_words(row["covered_days"], row["days"]),
            *(str(row[key]) if row["covered_days"] else gettext(NOT_COVERED) for key in keys),
        ]
        for row in months
    ]


def linkage_cells(linkage: dict, *, number: Callable[[float], str] = number_words) -> dict:
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
            of_words(with_migraine, flares),
            _lag_share(percent, flares, shares_shown=lag.get("shares_shown", True)),
            "" if baseline is None else f"{number_words(baseline)}%",
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
        return gettext("no flares")
    if not shares_shown:
        return gettext("counts only (fewer than %(minimum)s flares)") % {"minimum": LAG_MIN_FLARES}
    if percent is None:
        return gettext("too few flares for a share (fewer than %(minimum)s)") % {
            "minimum": SHARE_MIN_EVENTS
        }
    return f"{number_words(percent)}%"


def factor_rows(
    associations: list[dict], *, number: Callable[[float], str] = number_words
) -> list[list[str]]:
    """Return the factors table's rows (from charts.factors_json): the factor, migraine with
    it, migraine without it, and the risk ratio with its interval."""
    return [
        [
            item["label"],
            _of_days(item["migraine_with"], item["days_with"], number(item["percent_with"])),
            _of_days(
                item["migraine_without"], item["days_without"], number(item["percent_without"])
            ),
            _ratio(item["risk_ratio"], item["ci_low"], item["ci_high"], number),
        ]
        for item in associations
    ]


def _of_days(migraine: int, days: int, percent: str) -> str:
    """ "3 of 10 days (30%)"."""
    return ngettext(
        "%(migraine)s of %(count)s day (%(percent)s)",
        "%(migraine)s of %(count)s days (%(percent)s)",
        days,
    ) % {"migraine": migraine, "count": days, "percent": f"{percent}%"}


def no_factor_sentence(*, yet: bool) -> str:
    """Return the sentence for a period where no factor has enough days each way."""
    if yet:
        return gettext(
            "No factor has at least %(minimum)s days with it and %(minimum)s without in this "
            "period yet."
        ) % {"minimum": ASSOCIATION_MIN_DAYS}
    return gettext(
        "No factor has at least %(minimum)s days with it and %(minimum)s without in this period."
    ) % {"minimum": ASSOCIATION_MIN_DAYS}


def factors_note(factors: dict) -> str:
    """Return the note under the timeline's factors table: that no factor can be reported
    yet, and which factors have too few days."""
    sentences = [] if factors["associations"] else [no_factor_sentence(yet=True)]
    names = [item["label"] for item in factors["not_enough_data"]]
    if names:
        sentences.append(
            gettext("Too few days to compare: %(factors)s.") % {"factors": ", ".join(names)}
        )
    return " ".join(sentences)


def _migraine_rate(
    migraine_days: int, days: int, per_30_days: float | None, *, number: Callable[[float], str]
) -> str:
    if not days:
        return gettext(NO_COVERED_DAYS)
    # A rate from fewer than RATE_MIN_COVERED_DAYS days says more about chance than about
    # the patient (diary.insights.completeness).
    if days < RATE_MIN_COVERED_DAYS:
        rate = gettext(str(TOO_EARLY))
    elif per_30_days is None:
        rate = gettext("no rate")
    else:
        rate = gettext("%(rate)s per 30 days") % {"rate": number(per_30_days)}
    return gettext("%(migraine)s in %(days)s (%(rate)s)") % {
        "migraine": migraine_days_words(migraine_days),
        "days": count_days_words(days),
        "rate": rate,
    }


def _ratio(
    ratio: float | None, low: float | None, high: float | None, number: Callable[[float], str]
) -> str:
    if ratio is None or low is None or high is None:
        return gettext(TOO_LITTLE_FOR_A_RATIO)
    return gettext("%(ratio)s (%(low)s to %(high)s)") % {
        "ratio": number(ratio),
        "low": number(low),
        "high": number(high),
    }


class CellWords(NamedTuple):
    """The words a chart's table writes in its cells, in one language."""

    yes: str
    no: str
    not_covered: str
    not_recorded: str
    none: str
    of: str  # "%(part)s of %(whole)s"
    decimal_separator: str


def _cell_words() -> CellWords:
    """The cells' words in the active language, looked up once per language."""
    return _cell_words_in(get_language())


@functools.lru_cache(maxsize=16)
def _cell_words_in(language: str | None) -> CellWords:
    # `language` is the active one (_cell_words): gettext reads it, the argument keys it.
    return CellWords(
        yes=gettext("yes"),
        no=gettext("no"),
        not_covered=gettext(NOT_COVERED),
        not_recorded=gettext(NOT_RECORDED),
        none=gettext("none"),
        of=gettext("%(part)s of %(whole)s"),
        decimal_separator="." if _english() else str(formats.get_format("DECIMAL_SEPARATOR")),
    )


class _NumberWords:
    """Numbers in words for one table: each distinct value written once."""

    def __init__(self, words: CellWords) -> None:
        self.separator = words.decimal_separator
        self.made: dict[float | int, str] = {}

    def of(self, value: float | int | None, empty: str) -> str:
        if value is None:
            return empty
        text = self.made.get(value)
        if text is None:
            text = self.made[value] = _number_words(format_number(value), self.separator)
        return text
