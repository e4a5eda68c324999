"""How migraine and flares go together: migraine days per 30 days inside flare windows
against outside them (a rate ratio with its 95 % interval), and the share of flares with
a migraine day at each offset from the flare's start (the lag profile).
"""

from dataclasses import dataclass
from datetime import date, datetime
from itertools import compress

from django.utils.translation import gettext, ngettext

from diary.insights.days import _DiaryDays, _flare_last_day, _index, per_30_days
from diary.insights.intervals import clustered_ratio_interval, episodes
from diary.insights.records import Diary
from diary.insights.text import _count_days

LINKAGE_WINDOW_DAYS = 3
LINKAGE_MIN_DAYS = 30
LAG_SPAN_DAYS = 14


@dataclass(frozen=True)
class Linkage:
    """Migraine days per 30 days inside flare windows against outside them."""

    window_days: int  # each flare widened by this many days either side
    inside_days: int  # covered days inside a flare window
    outside_days: int  # covered days outside every flare window
    inside_migraine_days: int
    outside_migraine_days: int
    inside_per_30_days: float | None
    outside_per_30_days: float | None
    rate_ratio: float | None  # inside rate / outside rate
    ci_low: float | None  # 95 % confidence interval of the rate ratio
    ci_high: float | None
    enough_data: bool
    reason: str  # why there is no ratio; empty when there is one


@dataclass(frozen=True)
class LagPoint:
    """Migraine around flare starts at one offset (days after the start; negative before)."""

    offset: int
    flares: int  # flares whose day at this offset is covered
    flares_with_migraine: int
    share: float | None  # flares_with_migraine / flares


@dataclass(frozen=True)
class LagProfile:
    """Share of flares with a migraine day at each offset, and the diary's baseline share."""

    span: int
    flare_count: int
    points: tuple[LagPoint, ...]  # offsets -span..+span in order
    covered_days: int
    migraine_days: int
    baseline_share: float | None  # migraine days / covered days over the whole diary


def flare_linkage(
    diary: Diary,
    *,
    start: date,
    end: date,
    today: date,
    now: datetime,
    window_days: int = LINKAGE_WINDOW_DAYS,
    min_days: int = LINKAGE_MIN_DAYS,
) -> Linkage:
    """Return migraine days per 30 days inside flare windows against outside them.

    Each flare is widened by window_days either side; only covered days from start to end
    count. The rate ratio's 95 % interval counts each run of migraine days in a row as one
    episode (intervals.py says how and why). There is no ratio (enough_data False, with a
    reason) when either group has fewer than min_days days, no migraine day, or nothing but
    migraine days.
    """
    return _flare_linkage(
        _index(diary, today=today, now=now),
        start=start,
        end=end,
        window_days=window_days,
        min_days=min_days,
    )


def lag_profile(
    diary: Diary, *, today: date, now: datetime, span: int = LAG_SPAN_DAYS
) -> LagProfile:
    """Return, for each offset -span..+span from a flare's start, the share of flares with a
    migraine day at that offset, counting only flares whose offset day is covered; and the
    baseline share of migraine days among all covered days of the diary.
    """
    return _lag_profile(_index(diary, today=today, now=now), span=span)


def _flare_linkage(
    days: _DiaryDays, *, start: date, end: date, window_days: int, min_days: int
) -> Linkage:
    if window_days < 0:
        raise ValueError("window_days must not be negative")
    # Each covered day: inside some flare's window or not.
    in_window = [False] * len(days.migraine)
    for flare in days.flare_records:
        window_start = flare.started_on.toordinal() - window_days - days.origin
        window_stop = (
            _flare_last_day(flare, today=days.today).toordinal() + window_days + 1 - days.origin
        )
        window = range(max(window_start, 0), min(window_stop, len(in_window)))
        in_window[window.start : window.stop] = [True] * len(window)
    first, stop = days.positions(start, end)
    inside, migraine = in_window[first:stop], days.migraine[first:stop]
    inside_days = inside.count(True)
    outside_days = len(inside) - inside_days
    inside_migraine = sum(compress(migraine, inside))
    outside_migraine = migraine.count(True) - inside_migraine

    reason = _linkage_reason(
        inside_days=inside_days,
        outside_days=outside_days,
        inside_migraine=inside_migraine,
        outside_migraine=outside_migraine,
        min_days=min_days,
    )
    rate_ratio = ci_low = ci_high = None
    if not reason:
        interval = clustered_ratio_interval(migraine, inside, episodes(migraine))
        if interval is None:
            reason = gettext(
                "Too little data: every day on one side of the comparison was a migraine day, "
                "so a ratio can't be worked out."
            )
        else:
            rate_ratio, ci_low, ci_high = interval
    return Linkage(
        window_days=window_days,
        inside_days=inside_days,
        outside_days=outside_days,
        inside_migraine_days=inside_migraine,
        outside_migraine_days=outside_migraine,
        inside_per_30_days=per_30_days(inside_migraine, inside_days),
        outside_per_30_days=per_30_days(outside_migraine, outside_days),
        rate_ratio=rate_ratio,
        ci_low=ci_low,
        ci_high=ci_high,
        enough_data=not reason,
        reason=reason,
    )


def _linkage_reason(
    *,
    inside_days: int,
    outside_days: int,
    inside_migraine: int,
    outside_migraine: int,
    min_days: int,
) -> str:
    if inside_days < min_days or outside_days < min_days:
        return ngettext(
            "Too little data: %(inside)s inside flare windows and %(outside)s outside them; "
            "Overlap needs at least %(count)s in each before comparing.",
            "Too little data: %(inside)s inside flare windows and %(outside)s outside them; "
            "Overlap needs at least %(count)s in each before comparing.",
            min_days,
        ) % {
            "inside": _count_days(inside_days),
            "outside": _count_days(outside_days),
            "count": min_days,
        }
    if inside_migraine == 0 and outside_migraine == 0:
        return gettext(
            "Too little data: no migraine days in this period, so there is nothing to compare."
        )
    if inside_migraine == 0:
        return gettext(
            "Too little data: no migraine days inside flare windows yet, so a ratio can't be "
            "worked out."
        )
    if outside_migraine == 0:
        return gettext(
            "Too little data: no migraine days outside flare windows yet, so a ratio can't be "
            "worked out."
        )
    return ""


def _lag_profile(days: _DiaryDays, *, span: int) -> LagProfile:
    migraine = days.migraine
    starts = [flare.started_on.toordinal() - days.origin for flare in days.flare_records]
    points = []
    for offset in range(-span, span + 1):
        flares = flares_with_migraine = 0
        for start in starts:
            day = start + offset
            if 0 <= day < len(migraine):
                flares += 1
                flares_with_migraine += migraine[day]
        points.append(
            LagPoint(
                offset=offset,
                flares=flares,
                flares_with_migraine=flares_with_migraine,
                share=flares_with_migraine / flares if flares else None,
            )
        )
    total_days = len(migraine)
    total_migraine = migraine.count(True)
    return LagProfile(
        span=span,
        flare_count=len(days.flare_records),
        points=tuple(points),
        covered_days=total_days,
        migraine_days=total_migraine,
        baseline_share=total_migraine / total_days if total_days else None,
    )
