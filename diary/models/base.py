"""What every diary entry shares: text limits, the control-character validator, scoping
rows to their owner, and turning a period of local days into instants."""

import datetime
import unicodedata
import zoneinfo
from typing import Self

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

NOTES_MAX_LENGTH = 2000
NAME_MAX_LENGTH = 100
AMOUNT_MAX_LENGTH = 50
MAX_WATER_GLASSES = 40
MAX_SLEEP_HOURS = 24


def short_date(value: datetime.date | datetime.datetime, *, with_time: bool = False) -> str:
    """A day (and time) as an entry's name shows it, in the active language: "01 Dec 2026"
    in English."""
    if with_time:
        return formats.date_format(value, pgettext("day, short month, year and time", "d M Y H:i"))
    return formats.date_format(value, pgettext("day, short month and year", "d M Y"))


def validate_no_control_characters(value: str) -> None:
    """Refuse NUL and other control characters; line breaks and tabs are fine."""
    if any(
        unicodedata.category(character) in ("Cc", "Cs") and character not in "\n\r\t"
        for character in value
    ):
        raise ValidationError(
            _("Remove the invisible control characters from this text."), code="control_characters"
        )


def as_utc_bounds(
    start: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    tz: zoneinfo.ZoneInfo | None,
) -> tuple[datetime.datetime, datetime.datetime]:
    """Turn dates (end inclusive) into the aware instants that bound those local days."""
    tz = tz or timezone.get_current_timezone()
    if not isinstance(start, datetime.datetime):
        start = datetime.datetime.combine(start, datetime.time(0), tzinfo=tz)
    if not isinstance(end, datetime.datetime):
        end = datetime.datetime.combine(
            end + datetime.timedelta(days=1), datetime.time(0), tzinfo=tz
        )
    return start, end


class OwnedQuerySet(models.QuerySet):
    def for_owner(self, user) -> Self:
        """The rows that belong to `user`; none for anyone who is not a patient."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)
