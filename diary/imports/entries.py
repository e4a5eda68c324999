"""What every parser produces: entries as plain JSON values (stored in the ImportBatch
between the preview and the import), the rows it refused and why, and notices about what
it left out. Also the checks every format shares: dates that cannot be or are still to
come, scores out of range, text too long or with control characters."""

import datetime
import math
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils import formats
from django.utils.translation import gettext, gettext_lazy

from diary.models import NOTES_MAX_LENGTH

# Attacks and doses a few minutes "ahead" are clocks that differ, not the future.
CLOCK_SLACK = datetime.timedelta(minutes=10)
SPLIT_SEMICOLONS = re.compile(r"\s*;\s*")
SPLIT_COMMAS = re.compile(r"\s*,\s*")


class RowRefused(Exception):
    """One row cannot be imported; the message says why."""


# What a value far outside any calendar or clock raises in date arithmetic: the row is
# refused, never the file.
UNREADABLE = (ValueError, OverflowError, ArithmeticError)
UNREADABLE_ROW = gettext_lazy(
    "This row holds a value Overlap cannot read (a date or number out of range)."
)

# In the reasons below, %(what)s is what a cell holds, as a whole subject that begins the
# sentence and is translated where it is named: “The start”, “The date”, “The pain level”...


@dataclass
class Parsed:
    """A parser's result, as stored in ImportBatch.parsed (to_json)."""

    format: str
    now: datetime.datetime
    tz: zoneinfo.ZoneInfo
    entries: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, Any]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    profile: dict[str, Any] | None = None

    def add(self, kind: str, part: str, row: int, **values: Any) -> dict[str, Any]:
        entry = {"kind": kind, "part": part, "row": row, **values}
        self.entries.append(entry)
        return entry

    def refuse(self, part: str, row: int, reason: Any) -> None:
        # Stored in the words of the language it is made in: the patient's
        # (services.import_read reads the file in it).
        self.refused.append({"part": part, "row": row, "reason": str(reason)})

    def notice(self, text: Any) -> None:
        text = str(text)
        if text not in self.notices:
            self.notices.append(text)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "entries": self.entries,
            "refused": self.refused,
            "notices": self.notices,
            "profile": self.profile,
        }

    # Checks shared by the formats: each returns the clean value or raises RowRefused.

    def past_moment(self, moment: datetime.datetime, what: Any) -> str:
        # Checked first: near year 1 or 9999 an offset would carry the instant off the
        # calendar.
        if moment.year < 1900:
            raise RowRefused(
                # Translators: %(what)s is the subject, such as “The start” or “The date”.
                gettext("%(what)s %(value)s is before 1900.")
                % {"what": what, "value": f"{moment:%Y-%m-%d}"}
            )
        if moment.year > self.now.year + 1 or moment > self.now + CLOCK_SLACK:
            raise RowRefused(
                # Translators: %(what)s is the subject, such as “The start” or “The date”.
                gettext("%(what)s %(value)s is in the future.")
                % {"what": what, "value": f"{moment:%Y-%m-%d %H:%M}"}
            )
        return moment.isoformat()

    def past_day(self, day: datetime.date, what: Any) -> str:
        if day.year < 1900:
            raise RowRefused(
                # Translators: %(what)s is the subject, such as “The start” or “The date”.
                gettext("%(what)s %(value)s is before 1900.")
                % {"what": what, "value": day.isoformat()}
            )
        if day > self.now.astimezone(self.tz).date() + datetime.timedelta(days=1):
            raise RowRefused(
                # Translators: %(what)s is the subject, such as “The start” or “The date”.
                gettext("%(what)s %(value)s is in the future.")
                % {"what": what, "value": day.isoformat()}
            )
        return day.isoformat()


def iso_moment(value: str, what: Any) -> datetime.datetime:
    """An ISO 8601 date and time with its UTC offset."""
    try:
        moment = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not a possible date and time.")
            % {"what": what, "value": value}
        ) from None
    if moment.tzinfo is None:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” has no UTC offset.") % {"what": what, "value": value}
        )
    return moment


def iso_day(value: str, what: Any) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not a possible date.") % {"what": what, "value": value}
        ) from None


def score(value: str, what: Any, low: int, high: int) -> int | None:
    """A whole number in low..high, or None for an empty cell."""
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not a number.") % {"what": what, "value": value}
        ) from None
    if not math.isfinite(number) or number != int(number) or not low <= number <= high:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not a whole number from %(low)s to %(high)s.")
            % {"what": what, "value": value, "low": low, "high": high}
        )
    return int(number)


def hours(value: str, what: Any, most: int) -> str | None:
    """A number of hours to a tenth (as the check-in keeps it), or None for an empty cell."""
    value = value.strip()
    if not value:
        return None
    number = finite_decimal(value)
    if number is None:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not a number of hours.")
            % {"what": what, "value": value}
        )
    if not 0 <= number <= most:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not 0 to %(most)s hours.")
            % {"what": what, "value": value, "most": most}
        )
    return str(number.quantize(Decimal("0.1")))


def finite_decimal(value: str) -> Decimal | None:
    """The number in a cell (a decimal comma too), or None when it is none, or is not
    finite or not of a sensible size."""
    try:
        number = Decimal(value.strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not number.is_finite() or abs(number) > 10**9:
        return None
    return number


def yes_no(value: str, what: Any) -> bool | None:
    value = value.strip().lower()
    if not value:
        return None
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("no", "n", "false", "0"):
        return False
    raise RowRefused(
        # Translators: %(what)s is the subject, such as “The start” or “The date”.
        gettext("%(what)s “%(value)s” is neither yes nor no.") % {"what": what, "value": value}
    )


THE_NOTE = gettext_lazy("The note")


def text(value: str, what: Any = THE_NOTE, limit: int = NOTES_MAX_LENGTH) -> str:
    """Text kept as it is (a cell that looks like a formula stays text: Overlap never
    evaluates it, and its exports escape it), refused when too long or with control
    characters other than line breaks and tabs."""
    value = value.strip()
    if len(value) > limit:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s is longer than %(limit)s characters.")
            % {"what": what, "limit": formats.number_format(limit, force_grouping=True)}
        )
    if any(
        unicodedata.category(character) in ("Cc", "Cs") and character not in "\n\r\t"
        for character in value
    ):
        # Translators: %(what)s is the subject, such as “The start” or “The date”.
        raise RowRefused(gettext("%(what)s holds invisible control characters.") % {"what": what})
    return value


def split(value: str, pattern: re.Pattern[str] = SPLIT_SEMICOLONS) -> list[str]:
    """The non-empty items of a cell holding several values."""
    return [item for item in pattern.split(value.strip()) if item]


def join_notes(*lines: str) -> str:
    return "\n".join(line for line in lines if line)
