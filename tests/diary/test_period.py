"""PeriodForm: the period of the timeline, its data and the report, read from the query."""

import datetime
from datetime import date

import pytest
from django.http import QueryDict
from hypothesis import given, settings
from hypothesis import strategies as st

from diary import insights
from diary.period import TIMELINE_EARLIEST, TIMELINE_MAX_DAYS, Period, PeriodForm, default_period

TODAY = datetime.date(2025, 6, 30)
WINDOW = insights.LINKAGE_WINDOW_DAYS
DEFAULT = Period(date(2025, 4, 2), TODAY, WINDOW)


def bind(query: str, today: datetime.date = TODAY) -> PeriodForm:
    return PeriodForm(QueryDict(query), today=today)


def test_the_default_is_the_last_90_days_with_the_usual_window():
    form = bind("")

    assert form.is_valid() and form.error == ""
    assert form.period == DEFAULT == default_period(TODAY)


@pytest.mark.parametrize(
    ("query", "period"),
    [
        ("start=2025-06-01&end=2025-06-10", Period(date(2025, 6, 1), date(2025, 6, 10), WINDOW)),
        ("start=2025-06-01", Period(date(2025, 6, 1), TODAY, WINDOW)),
        ("end=2025-05-31", Period(date(2025, 3, 3), date(2025, 5, 31), WINDOW)),
        ("start=&end=&window=", DEFAULT),
        ("window=0", DEFAULT._replace(window=0)),
        (f"window={insights.LAG_SPAN_DAYS}", DEFAULT._replace(window=insights.LAG_SPAN_DAYS)),
        ("end=2025-07-01", Period(date(2025, 4, 3), date(2025, 7, 1), WINDOW)),
        ("start=1900-01-01&end=1900-01-01", Period(TIMELINE_EARLIEST, TIMELINE_EARLIEST, WINDOW)),
        # The last value of a repeated parameter counts, as everywhere in Django.
        (
            "end=x&end=2025-06-10&start=2025-06-09",
            Period(date(2025, 6, 9), date(2025, 6, 10), WINDOW),
        ),
    ],
)
def test_it_reads_the_period_asked_for(query, period):
    form = bind(query)

    assert form.is_valid(), form.error
    assert form.period == period


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ("start=2026-13-01&end=x", "Give start and end as dates like 2025-01-31."),
        ("start=x", "Give start and end as dates like 2025-01-31."),
        ("end=31/05/2025", "Give start and end as dates like 2025-01-31."),
        ("start= 2025-06-01", "Give start and end as dates like 2025-01-31."),
        ("start=2025-06-01%00", "Give start and end as dates like 2025-01-31."),
        ("end=x&window=x", "Give start and end as dates like 2025-01-31."),
        ("window=seven", "Give the flare window as a whole number of days."),
        (
            "window=1.5&start=2025-06-10&end=2025-06-01",
            "Give the flare window as a whole number of days.",
        ),
        ("start=2025-05-01&end=2025-04-01", "The start date must not be after the end date."),
        ("start=1899-12-31", "The start date must be in 1900 or later."),
        # No room before year 1 for the default start: the same answer, before the window's.
        ("end=0001-01-05&window=x", "The start date must be in 1900 or later."),
        ("start=2025-07-01&end=2025-07-02", "The end date must not be in the future."),
        ("start=1990-01-01&end=2025-06-30", "Choose a period of at most 30 years."),
        ("window=-1", f"The flare window must be 0 to {insights.LAG_SPAN_DAYS} days."),
        (
            f"window={insights.LAG_SPAN_DAYS + 1}",
            f"The flare window must be 0 to {insights.LAG_SPAN_DAYS} days.",
        ),
    ],
)
def test_it_names_the_first_problem_and_falls_back_to_the_default(query, error):
    form = bind(query)

    assert not form.is_valid()
    assert form.error == error
    assert form.period == DEFAULT


def test_the_longest_period_is_accepted():
    start = TODAY - datetime.timedelta(days=TIMELINE_MAX_DAYS - 1)

    assert bind(f"start={start}&end={TODAY}").period.start == start


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["start", "end", "window"]),
        st.one_of(
            st.dates().map(datetime.date.isoformat),
            st.integers(-400, 400).map(str),
            st.text(max_size=12),
        ),
    )
)
def test_any_query_gives_a_valid_period_or_one_problem_and_the_default(params):
    form = PeriodForm(params, today=TODAY)
    start, end, window = form.period

    if form.error:
        assert (start, end, window) == DEFAULT
    else:
        assert TIMELINE_EARLIEST <= start <= end <= TODAY + datetime.timedelta(days=1)
        assert (end - start).days < TIMELINE_MAX_DAYS
        assert 0 <= window <= insights.LAG_SPAN_DAYS
