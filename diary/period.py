"""The period a timeline, its chart data or a report shows, read from the query string.

`?start=&end=` are ISO dates (default: the last TIMELINE_DEFAULT_DAYS days to today) and
`?window=` the flare window in days either side. The patient's pages and the clinic's
copies all bind `PeriodForm` the same way; a page falls back to the default period when
the query has a problem, the JSON answers 400 with the problem in words.
"""

import datetime
from typing import Any, NamedTuple

from django import forms
from django.utils.translation import gettext, gettext_lazy

from diary import insights

TIMELINE_DEFAULT_DAYS = 90
TIMELINE_EARLIEST = datetime.date(1900, 1, 1)
TIMELINE_MAX_DAYS = 366 * 30

DATE_PROBLEM = gettext_lazy("Give start and end as dates like 2025-01-31.")
TOO_EARLY = gettext_lazy("The start date must be in 1900 or later.")


class Period(NamedTuple):
    start: datetime.date
    end: datetime.date
    window: int  # flare window, days either side


def default_period(today: datetime.date) -> Period:
    """The last TIMELINE_DEFAULT_DAYS days to `today`, with the usual flare window."""
    return Period(
        today - datetime.timedelta(days=TIMELINE_DEFAULT_DAYS - 1),
        today,
        insights.LINKAGE_WINDOW_DAYS,
    )


class IsoDateField(forms.Field):
    """A date as datetime.date.fromisoformat reads it; empty is None."""

    default_error_messages = {"invalid": DATE_PROBLEM}

    def to_python(self, value: str | None) -> datetime.date | None:
        if value is None or value in self.empty_values:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class WholeNumberField(forms.Field):
    """A whole number as int() reads it; empty is None."""

    default_error_messages = {
        "invalid": gettext_lazy("Give the flare window as a whole number of days.")
    }

    def to_python(self, value: str | None) -> int | None:
        if value is None or value in self.empty_values:
            return None
        try:
            return int(value)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class PeriodForm(forms.Form):
    """Start, end and flare window from a query string, for the patient whose today it is.

    The end comes first: the default start counts back from it. `error` names one problem,
    the first in this order: unreadable dates, an unreadable window, then the period itself.
    """

    end = IsoDateField(required=False)
    start = IsoDateField(required=False)
    window = WholeNumberField(required=False)

    def __init__(self, data, *, today: datetime.date) -> None:
        super().__init__(data)
        self.today = today

    def clean_end(self) -> datetime.date:
        return self.cleaned_data["end"] or self.today

    def clean_start(self) -> datetime.date | None:
        start = self.cleaned_data["start"]
        end = self.cleaned_data.get("end")
        if start is not None or end is None:
            return start
        try:
            return end - datetime.timedelta(days=TIMELINE_DEFAULT_DAYS - 1)
        except OverflowError:  # an end in year 1 leaves no room for the default period
            raise forms.ValidationError(TOO_EARLY) from None

    def clean_window(self) -> int:
        window = self.cleaned_data["window"]
        return insights.LINKAGE_WINDOW_DAYS if window is None else window

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if self.errors:
            return cleaned
        start, end, window = cleaned["start"], cleaned["end"], cleaned["window"]
        if start > end:
            raise forms.ValidationError(gettext("The start date must not be after the end date."))
        if start < TIMELINE_EARLIEST:
            raise forms.ValidationError(TOO_EARLY)
        if end > self.today + datetime.timedelta(days=1):
            raise forms.ValidationError(gettext("The end date must not be in the future."))
        if (end - start).days + 1 > TIMELINE_MAX_DAYS:
            raise forms.ValidationError(gettext("Choose a period of at most 30 years."))
        if not 0 <= window <= insights.LAG_SPAN_DAYS:
            raise forms.ValidationError(
                gettext("The flare window must be 0 to %(days)s days.")
                % {"days": insights.LAG_SPAN_DAYS}
            )
        return cleaned

    @property
    def error(self) -> str:
        """The query's first problem in words, or "" when it has none."""
        for messages in self.errors.values():
            # ErrorList gives each error's message; the stubs allow a ValidationError too.
            return str(messages[0])
        return ""

    @property
    def period(self) -> Period:
        """The period asked for, or the default period when the query has a problem."""
        if not self.is_valid():
            return default_period(self.today)
        return Period(
            self.cleaned_data["start"], self.cleaned_data["end"], self.cleaned_data["window"]
        )
