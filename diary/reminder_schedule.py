"""When a reminder is due: its local time on its weekdays, in the patient's time zone.

Pure functions over dates, times and zones (no ORM). A reminder set for 20:00 is due at
20:00 on the wall clock of the patient's zone on each chosen day, whatever the offset that
day: across a daylight-saving change it stays at 20:00. A time that does not exist that
day (the spring gap, 02:30 when clocks jump from 02:00 to 03:00) is due at the first time
that does (03:00); a time that exists twice (the autumn fold) is due once, at the first
(fold=0).
"""

import datetime
import zoneinfo

from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

UTC = datetime.UTC

# Weekdays are a bit mask, Monday = bit 0 ... Sunday = bit 6, as datetime.weekday() counts.
WEEKDAY_NAMES = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
WEEKDAY_SHORT_NAMES = (
    pgettext_lazy("weekday", "Mon"),
    pgettext_lazy("weekday", "Tue"),
    pgettext_lazy("weekday", "Wed"),
    pgettext_lazy("weekday", "Thu"),
    pgettext_lazy("weekday", "Fri"),
    pgettext_lazy("weekday", "Sat"),
    pgettext_lazy("weekday", "Sun"),
)
EVERY_DAY = 0b1111111


def weekdays_mask(days: list[int]) -> int:
    """The bit mask for weekday numbers (0 = Monday)."""
    mask = 0
    for day in days:
        if not 0 <= day <= 6:
            raise ValueError(f"A weekday is 0 (Monday) to 6 (Sunday), not {day}.")
        mask |= 1 << day
    return mask


def weekdays_list(mask: int) -> list[int]:
    """The weekday numbers (0 = Monday) in a bit mask, in order."""
    return [day for day in range(7) if mask & (1 << day)]


def weekdays_label(mask: int) -> str:
    """ "every day", "weekdays", or the days' short names ("Mon, Wed, Fri")."""
    if mask == EVERY_DAY:
        return gettext("every day")
    if mask == 0b0011111:
        return gettext("Monday to Friday")
    if mask == 0b1100000:
        return gettext("at weekends")
    return ", ".join(str(WEEKDAY_SHORT_NAMES[day]) for day in weekdays_list(mask))


def _wall_clock(instant: datetime.datetime, tz: zoneinfo.ZoneInfo) -> datetime.datetime:
    return instant.astimezone(tz).replace(tzinfo=None)


def slot_on(day: datetime.date, local_time: datetime.time, tz: zoneinfo.ZoneInfo):
    """The instant (UTC) a reminder at `local_time` is due on local `day` in `tz`.

    In a fold, the first of the two instants; in a gap, the first instant after it, whose
    wall clock is the first valid time after `local_time` that day."""
    wall = datetime.datetime.combine(day, local_time)
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    if _wall_clock(first, tz) == wall:
        return first
    # In a gap, fold=0 reads the wall time with the offset from before the change and
    # fold=1 with the one after: the change itself lies between the two readings. Find its
    # first second whose wall clock is past the wanted time.
    low = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    high = first
    if low > high:
        low, high = high, low
    while high - low > datetime.timedelta(seconds=1):
        middle = low + (high - low) / 2
        if _wall_clock(middle, tz) >= wall:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def next_slot(
    *,
    after: datetime.datetime,
    local_time: datetime.time,
    weekdays: int,
    tz: zoneinfo.ZoneInfo,
) -> datetime.datetime | None:
    """The first instant strictly after `after` when the reminder is due, in UTC.

    None when no weekday is chosen. Each chosen local day has exactly one due instant."""
    if not weekdays & EVERY_DAY:
        return None
    # Start a day early: the local day before may still hold a slot after `after` when
    # a gap pushed its time forward.
    day = _wall_clock(after, tz).date() - datetime.timedelta(days=1)
    for offset in range(9):
        candidate_day = day + datetime.timedelta(days=offset)
        if not weekdays & (1 << candidate_day.weekday()):
            continue
        slot = slot_on(candidate_day, local_time, tz)
        if slot > after:
            return slot
    raise AssertionError("A chosen weekday always comes within nine days.")  # pragma: no cover


def local_day_of(slot: datetime.datetime, tz: zoneinfo.ZoneInfo) -> datetime.date:
    """The local calendar day a due instant belongs to."""
    return _wall_clock(slot, tz).date()
