"""Day counting: which local calendar days had a migraine, a headache, acute medication,
a medicine of an overuse class or a flare, which days the diary covers, and rates per 30
covered days.

The definitions follow shared/CLINICAL.md:

- Every count is of calendar days in the patient's own time zone, never of attacks.
- A day is *covered* when it falls on or after the diary's first record and not after
  today. Days that are not covered are never counted as migraine-free: rates divide by
  covered days, and daily points leave their outcomes as None.
- "Per 30 days" rates are over the period shown; monthly tables are per calendar month.
- An *acute-medication* day has a dose taken to treat an attack (the patient's purpose);
  an *overuse-relevant* day has a dose of an ICHD-3 overuse class whatever the reason
  (the medicine's kind). They are different numbers and every page shows both: naproxen
  for the joints is an overuse-relevant day and not an acute-medication one, a gepant for
  an attack the other way round.

`_index` lays the whole diary out by day once per call; series, linkage, factors and
alerts all count from that one layout.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from operator import attrgetter
from zoneinfo import ZoneInfo

from diary.insights.completeness import recorded_flags
from diary.insights.records import AttackRecord, CheckInRecord, Diary, DoseRecord, FlareRecord
from education.medication_kinds import PREVENTIVE_ONLY_CATEGORIES

ONE_DAY = timedelta(days=1)
_MIDNIGHT = time(0)
DAYS_PER_MONTH = 30

# ICHD-3 8.2 names these classes: ergotamine, triptans, simple analgesics (paracetamol,
# aspirin and other NSAIDs), opioids, combination analgesics, and several classes
# together; 8.2.8 adds any other acute medicine at >= 10 days a month, which is where the
# ditans (lasmiditan, whose product information warns about overuse) belong. Every dose
# counts, whatever it was taken for: an NSAID taken for joint pain is an overuse day just
# like one taken for a headache. Gepants count as acute-medication days but not towards
# overuse: trials have not shown them to cause medication-overuse headache and ICHD-3
# predates them (diary.insights.alerts.GEPANTS_NOT_COUNTED says so wherever overuse is
# described). Antiemetics, steroids, preventives and disease-modifying drugs are not
# overuse classes.
OVERUSE_CLASS_BY_CATEGORY: dict[str, str] = {
    "triptan": "triptan",
    "ergot": "ergot",
    "opioid": "opioid",
    "combination_analgesic": "combination_analgesic",
    "simple_analgesic": "simple_analgesic",
    "nsaid": "simple_analgesic",
    "ditan": "other_acute",
}


def attack_days(attack: AttackRecord, *, tz: ZoneInfo, now: datetime) -> list[date]:
    """Return the local calendar days the attack touches, in order.

    An ongoing attack runs to `now`. An attack that ends exactly at local midnight does
    not touch the new day. Durations are kept across daylight-saving changes because the
    instants stay as given; only the day each instant falls on is read in `tz`.
    """
    return list(map(date.fromordinal, _attack_ordinals(attack, tz=tz, now=now)))


def migraine_days(diary: Diary, *, now: datetime) -> set[date]:
    """Return the local days on which a migraine attack was present for any part of the day."""
    return _attack_day_set(diary, now=now, migraine_only=True)


def headache_days(diary: Diary, *, now: datetime) -> set[date]:
    """Return the local days with any headache, migraine or not."""
    return _attack_day_set(diary, now=now, migraine_only=False)


def acute_medication_days(diary: Diary) -> dict[date, set[str]]:
    """Return, for each local day with an acute-purpose dose, the categories taken.

    Every category logged as acute counts (gepants, ditans and antiemetics included);
    doses logged as preventive or disease-modifying do not, and neither do doses of a
    preventive-only kind (PREVENTIVE_ONLY_CATEGORIES) whatever purpose was chosen. For
    medication overuse, which counts some classes whatever their purpose, see
    `overuse_medication_days`.
    """
    return _acute_medication_days(_doses_by_day(diary))


def is_acute_dose(dose: DoseRecord) -> bool:
    """Return whether the dose makes its day an acute-medication day: taken to treat an
    attack, and not of a preventive-only kind."""
    return dose.purpose == "acute" and dose.category not in PREVENTIVE_ONLY_CATEGORIES


def is_overuse_dose(dose: DoseRecord) -> bool:
    """Return whether the dose makes its day an overuse-relevant day: a medicine of an
    ICHD-3 overuse class (OVERUSE_CLASS_BY_CATEGORY), whatever it was taken for. A gepant
    is an acute-medication day and never an overuse-relevant one; an NSAID for the joints
    is an overuse-relevant day and not an acute-medication one."""
    return dose.category in OVERUSE_CLASS_BY_CATEGORY


def flare_days(diary: Diary, *, today: date) -> dict[date, set[str]]:
    """Return, for each day inside a flare, the conditions flaring.

    A flare runs from its start to its end, or to today while ongoing; no day after today
    is a flare day.
    """
    days: dict[date, set[str]] = defaultdict(set)
    for flare in diary.flares:
        for day in _days_from_to(flare.started_on, _flare_last_day(flare, today=today)):
            days[day].add(flare.condition)
    return dict(days)


def diary_start(diary: Diary) -> date | None:
    """Return the first local day of any record in the diary, or None for an empty diary.

    Days before it are not covered: they are never counted as migraine-free.
    """
    first_days = [
        *(_local(attack.started_at, diary.tz).date() for attack in diary.attacks),
        *(flare.started_on for flare in diary.flares),
        *(_local(dose.taken_at, diary.tz).date() for dose in diary.doses),
        *(checkin.day for checkin in diary.checkins),
        *diary.headache_free_days,
        *([diary.covered_from] if diary.covered_from else []),
    ]
    return min(first_days, default=None)


def recorded_days(diary: Diary, *, today: date, now: datetime) -> set[date]:
    """Return the local days up to today the patient logged anything for, as
    diary.insights.completeness defines them (a "no headache" day among them)."""
    days = _index(diary, today=today, now=now)
    return {
        date.fromordinal(days.origin + position)
        for position, recorded in enumerate(days.recorded)
        if recorded
    }


def covered_days(diary: Diary, *, start: date, end: date, today: date) -> int:
    """Return how many days from start to end (inclusive) the diary covers."""
    span = _covered_span(diary_start(diary), start=start, end=end, today=today)
    return 0 if span is None else (span[1] - span[0]).days + 1


def per_30_days(count: int, covered_days: int) -> float | None:
    """Return count per 30 covered days, or None when no day is covered."""
    if covered_days <= 0:
        return None
    return count * DAYS_PER_MONTH / covered_days


# --- The diary laid out by day -------------------------------------------------------


@dataclass(frozen=True)
class _DiaryDays:
    """The diary laid out by local day, built once per call and shared by the parts.

    The lists hold one entry per covered day, from first_day to today: entry i is the day
    `origin + i` as an ordinal (`date.toordinal`). Nothing outside that span is ever
    counted, so it needs no entry. Lists and slices let the parts count with list.count
    and slicing rather than with a Python step per day.
    """

    first_day: date | None
    today: date
    origin: int  # first_day's ordinal; tomorrow's for an empty diary, so nothing is covered
    migraine: list[bool]
    headache: list[bool]
    peak_intensity: list[int | None]  # highest peak of the day's migraine attacks
    acute_medication: list[bool]  # a dose taken to treat an attack (is_acute_dose)
    # a dose of an ICHD-3 overuse class, whatever the reason (is_overuse_dose)
    overuse_medication: list[bool]
    flare_conditions: list[tuple[str, ...]]  # sorted condition slugs
    checkins: list[CheckInRecord | None]
    recorded: list[bool]  # the patient logged anything for the day (diary.insights.completeness)
    # The doses of the last `recent_days` days only (see _index): the alerts look no
    # further back, and nothing else reads doses by day.
    recent_doses: dict[date, list[DoseRecord]]
    flare_records: tuple[FlareRecord, ...]
    vessel_reasons: tuple[str, ...]

    def positions(self, start: date, end: date) -> tuple[int, int]:
        """Return the slice (first, stop) of the covered days from start to end."""
        first = max(start.toordinal() - self.origin, 0)
        stop = min(end.toordinal() - self.origin + 1, len(self.migraine))
        return first, max(stop, first)


def _index(diary: Diary, *, today: date, now: datetime, recent_days: int = 0) -> _DiaryDays:
    """Lay the diary out by local day up to today, keeping the doses of the last
    recent_days days (today included) by day for the alerts."""
    tz = diary.tz
    # Every record's local days as ordinals first: the earliest is where coverage starts.
    attack_spans = _attack_spans(diary.attacks, tz=tz, now=now)
    dose_days = _local_ordinals([dose.taken_at for dose in diary.doses], tz)
    firsts = [
        min((span.start for span in attack_spans), default=None),
        min(dose_days, default=None),
        min((flare.started_on.toordinal() for flare in diary.flares), default=None),
        min((checkin.day.toordinal() for checkin in diary.checkins), default=None),
        min((day.toordinal() for day in diary.headache_free_days), default=None),
        diary.covered_from.toordinal() if diary.covered_from else None,
    ]
    first = min((ordinal for ordinal in firsts if ordinal is not None), default=None)
    today_ordinal = today.toordinal()
    origin = today_ordinal + 1 if first is None else first
    covered = max(today_ordinal - origin + 1, 0)

    migraine = [False] * covered
    headache = [False] * covered
    peak_intensity: list[int | None] = [None] * covered
    for attack, span in zip(diary.attacks, attack_spans, strict=True):
        days = range(span.start - origin, min(span.stop - origin, covered))
        headache[days.start : days.stop] = [True] * len(days)
        if not attack.is_migraine:
            continue
        migraine[days.start : days.stop] = [True] * len(days)
        peak = attack.peak_intensity
        if peak is not None:
            for day in days:
                peak_intensity[day] = max(peak_intensity[day] or 0, peak)

    acute_medication = [False] * covered
    overuse_medication = [False] * covered
    recent_doses: dict[date, list[DoseRecord]] = defaultdict(list)
    recent_from = today_ordinal - recent_days + 1
    for dose, ordinal in zip(diary.doses, dose_days, strict=True):
        day = ordinal - origin
        if day < covered:
            if is_acute_dose(dose):
                acute_medication[day] = True
            if dose.category in OVERUSE_CLASS_BY_CATEGORY:  # is_overuse_dose, inlined
                overuse_medication[day] = True
        if recent_from <= ordinal <= today_ordinal:
            recent_doses[date.fromordinal(ordinal)].append(dose)

    flaring: dict[int, set[str]] = defaultdict(set)
    for flare in diary.flares:
        last = _flare_last_day(flare, today=today).toordinal()
        for day in range(flare.started_on.toordinal() - origin, last - origin + 1):
            flaring[day].add(flare.condition)
    flare_conditions: list[tuple[str, ...]] = [()] * covered
    for day, conditions in flaring.items():
        flare_conditions[day] = tuple(sorted(conditions))

    # One check-in a day is expected; should there be more, the last one wins.
    checkins: list[CheckInRecord | None] = [None] * covered
    for checkin in diary.checkins:
        day = checkin.day.toordinal() - origin
        if day < covered:
            checkins[day] = checkin

    recorded = recorded_flags(
        origin=origin,
        covered=covered,
        headache=headache,
        dose_ordinals=dose_days,
        flare_conditions=flare_conditions,
        checkins=checkins,
        headache_free_days=diary.headache_free_days,
    )

    return _DiaryDays(
        first_day=None if first is None else date.fromordinal(first),
        today=today,
        origin=origin,
        migraine=migraine,
        headache=headache,
        peak_intensity=peak_intensity,
        acute_medication=acute_medication,
        overuse_medication=overuse_medication,
        flare_conditions=flare_conditions,
        checkins=checkins,
        recorded=recorded,
        recent_doses=recent_doses,
        flare_records=diary.flares,
        vessel_reasons=diary.vessel_reasons,
    )


def _local_ordinals(moments: list[datetime], tz: ZoneInfo) -> list[int]:
    """Return the ordinal of each moment's local day in tz."""
    return [moment.toordinal() for moment in _local_all(moments, tz)]


def _local_all(moments: list[datetime], tz: ZoneInfo) -> list[datetime]:
    """Return the moments in tz, as _local does one by one."""
    # One check in C for a naive moment, then one comprehension: no Python call per moment.
    if None in map(attrgetter("tzinfo"), moments):
        for moment in moments:
            _local(moment, tz)  # raises at the first naive moment
    return [moment.astimezone(tz) for moment in moments]


def _attack_spans(attacks: Sequence[AttackRecord], *, tz: ZoneInfo, now: datetime) -> list[range]:
    """Return _attack_ordinals of each attack, converting all at once (see _local_all)."""
    starts = _local_all([attack.started_at for attack in attacks], tz)
    ends = _local_all(
        [now if attack.ended_at is None else attack.ended_at for attack in attacks], tz
    )
    return [
        range(start.toordinal(), start.toordinal() + 1)
        if end <= start
        # An end at local midnight does not touch the new day.
        else range(start.toordinal(), end.toordinal() + (end.time() != _MIDNIGHT))
        for start, end in zip(starts, ends, strict=True)
    ]


def _attack_ordinals(attack: AttackRecord, *, tz: ZoneInfo, now: datetime) -> range:
    """Return the ordinals of the local days the attack touches (see attack_days)."""
    start = _local(attack.started_at, tz)
    end = _local(attack.ended_at if attack.ended_at is not None else now, tz)
    first = start.toordinal()
    if end <= start:
        return range(first, first + 1)
    last = end.toordinal()
    if end.time() == _MIDNIGHT:
        last -= 1
    return range(first, last + 1)


def _doses_by_day(diary: Diary) -> dict[date, list[DoseRecord]]:
    doses: dict[date, list[DoseRecord]] = defaultdict(list)
    for dose, ordinal in zip(
        diary.doses, _local_ordinals([dose.taken_at for dose in diary.doses], diary.tz), strict=True
    ):
        doses[date.fromordinal(ordinal)].append(dose)
    return doses


def _acute_medication_days(doses: dict[date, list[DoseRecord]]) -> dict[date, set[str]]:
    days = {
        day: {dose.category for dose in day_doses if is_acute_dose(dose)}
        for day, day_doses in doses.items()
    }
    return {day: categories for day, categories in days.items() if categories}


def _attack_day_set(diary: Diary, *, now: datetime, migraine_only: bool) -> set[date]:
    days: set[date] = set()
    for attack in diary.attacks:
        if attack.is_migraine or not migraine_only:
            days.update(attack_days(attack, tz=diary.tz, now=now))
    return days


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone; Overlap needs aware datetimes")
    return moment.astimezone(tz)


def _days_from_to(first: date, last: date) -> list[date]:
    # By ordinal: several times faster than adding a timedelta per day.
    return list(map(date.fromordinal, range(first.toordinal(), last.toordinal() + 1)))


def _flare_last_day(flare: FlareRecord, *, today: date) -> date:
    """Return the flare's last day up to today; before its start if it starts after today."""
    # An end before the start is read as a one-day flare.
    return max(min(flare.ended_on or today, today), min(flare.started_on, today))


def _covered_span(
    first_day: date | None, *, start: date, end: date, today: date
) -> tuple[date, date] | None:
    if first_day is None:
        return None
    span_start, span_end = max(start, first_day), min(end, today)
    return (span_start, span_end) if span_start <= span_end else None
