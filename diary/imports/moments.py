"""Dates and times as phones write them: ISO, or day/month/year and month/day/year as
the phone's locale has it (told apart by the whole column: a first number above 12 means
day first, a second above 12 month first), with or without seconds and AM/PM."""

import datetime
import re
from typing import Any

from django.utils.translation import gettext

from diary.imports.entries import RowRefused

SLASHED = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\b")
ISO = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}")
TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$")


def day_first(values: list[str]) -> bool | None:
    """Whether the column's slashed dates put the day first (None: nothing tells)."""
    first = second = False
    for value in values:
        match = SLASHED.match(value)
        if match:
            first = first or int(match.group(1)) > 12
            second = second or int(match.group(2)) > 12
    if first and not second:
        return True
    if second and not first:
        return False
    return None


def local_moment(value: str, *, day_first: bool, what: Any) -> datetime.datetime:
    """A naive date and time from a cell; RowRefused when it cannot be one."""
    value = value.strip()
    if ISO.match(value):
        date_part, _, time_part = value.replace("T", " ").partition(" ")
        year, month, day = (int(part) for part in date_part.split("-"))
    else:
        match = SLASHED.match(value)
        if not match:
            raise RowRefused(
                # Translators: %(what)s is the subject, such as “The start” or “The date”.
                gettext("%(what)s “%(value)s” is not a date Overlap can read.")
                % {"what": what, "value": value}
            )
        one, two, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        year += 2000 if year < 100 else 0
        day, month = (one, two) if day_first else (two, one)
        time_part = value[match.end() :]
    hour = minute = second = 0
    time_part = time_part.strip()
    if time_part:
        match = TIME.search(time_part)
        if not match:
            raise RowRefused(
                # Translators: %(what)s is the subject, such as “The start” or “The date”.
                gettext("%(what)s “%(value)s” has a time Overlap cannot read.")
                % {"what": what, "value": value}
            )
        hour, minute = int(match.group(1)), int(match.group(2))
        second = int(match.group(3) or 0)
        if match.group(4):
            if hour > 12:
                raise RowRefused(
                    # Translators: %(what)s is the subject, such as “The start” or “The date”.
                    gettext("%(what)s “%(value)s” is not a possible time.")
                    % {"what": what, "value": value}
                )
            hour = hour % 12 + (12 if match.group(4).lower() == "pm" else 0)
    try:
        return datetime.datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not a possible date and time.")
            % {"what": what, "value": value}
        ) from None


DURATION_PART = re.compile(r"(\d+)\s*(d|h|m|min|mins|hr|hrs)\b", re.IGNORECASE)


def duration(value: str, what: Any) -> datetime.timedelta:
    """'2h 30m', '45m', '1d 3h' as a length of time."""
    parts = DURATION_PART.findall(value)
    if not parts or DURATION_PART.sub("", value).strip():
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not a length of time Overlap can read.")
            % {"what": what, "value": value}
        )
    total = datetime.timedelta()
    for number, unit in parts:
        unit = unit.lower()
        if unit == "d":
            total += datetime.timedelta(days=int(number))
        elif unit.startswith("h"):
            total += datetime.timedelta(hours=int(number))
        else:
            total += datetime.timedelta(minutes=int(number))
    return total
