"""Reading a patient's diary fast for the statistics: `load_diary` turns database rows into
the plain records of diary.insights, one query per model, without the ORM's per-value work.

The records must be exactly those the models' own `to_record()` make (tests/diary/
test_loading.py checks it on each database the suite runs on).
"""

import datetime
import zoneinfo
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import groupby, repeat
from operator import itemgetter
from typing import NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models.expressions import Combinable
from django.db.models.functions import Cast

from accounts.models import ALL_SECTIONS, PatientProfile, Section, User, VesselRisk
from diary import insights
from diary.models import DailyCheckIn, Flare, HeadacheFreeDay, MedicationDose, MigraineAttack


def load_diary(
    user: User, *, tz: zoneinfo.ZoneInfo, sections: frozenset[str] = ALL_SECTIONS
) -> tuple[insights.Diary, dict[str, str]]:
    """The user's whole diary as insights records, and the names of the conditions its flares
    are of by slug; one query per model and only the columns insights reads.

    Only the records of `sections` (accounts.models.Section values, what a clinician's share
    shows) are read at all: attacks and headache-free days with migraine, flares with
    flares, doses with medicines, check-ins with check-ins; the others are left empty.

    The whole diary, not just the period shown: coverage starts at the first record, flare
    windows reach across the period's edges, and the lag profile and alerts look at it all.
    Records are built positionally from the rows: a ten-year diary has about 8,000 of them.
    """
    read = _DriverValues(MigraineAttack.objects.db)
    migraine = Section.MIGRAINE in sections
    attacks = _attacks(user, read) if migraine else ()
    flares, condition_names, vessel_flares = (
        _flares(user, read) if Section.FLARES in sections else ((), {}, set())
    )
    doses = _doses(user, read) if Section.MEDICINES in sections else ()
    checkins = _checkins(user, read) if Section.CHECKINS in sections else ()
    headache_free_days = _headache_free_days(user, read) if migraine else ()
    diary = insights.Diary(
        tz=tz,
        attacks=attacks,
        flares=flares,
        doses=doses,
        checkins=checkins,
        vessel_reasons=(
            vessel_reasons(user, flared=vessel_flares) if Section.MEDICINES in sections else ()
        ),
        headache_free_days=headache_free_days,
    )
    return diary, condition_names


def vessel_reasons(user: User, *, flared: Iterable[str] = ()) -> tuple[str, ...]:
    """Why a triptan or an ergot calls for a conversation, in one query: the names of the
    vessel-involving conditions on the patient's profile or among `flared` (the names of
    those their flares are of), then the heart and vessel facts they recorded."""
    conditions = set(flared)
    risks: list[str] = []
    for risk_values, name, vessels in PatientProfile.objects.filter(user=user).values_list(
        "vessel_risks", "conditions__name", "conditions__involves_blood_vessels"
    ):
        risks = risk_values or []
        if vessels:
            conditions.add(name)
    labels = [risk.label for risk in VesselRisk if risk.value in risks]
    return (*sorted(conditions), *labels)


class RecentDiary(NamedTuple):
    """The recent part of one patient's diary (load_recent_diaries)."""

    diary: insights.Diary  # covered_from: where the diary's coverage of the part begins
    condition_names: dict[str, str]  # of the flares loaded, by slug
    last_entry: datetime.date | None  # the day of the latest record, however old


def load_recent_diaries(
    patients: Sequence[User],
    *,
    days: int,
    now: datetime.datetime,
    checkins: bool = True,
    sections: dict[int, frozenset[str]] | None = None,
) -> dict[int, RecentDiary]:
    """The last `days` local days of each patient's diary, by user id, for a list of many
    patients: six queries whatever their number (five without check-ins), each reading
    only recent rows.

    Each diary holds the records that touch those days (an attack or flare that began
    earlier and runs into them included); its covered_from says where coverage starts, so
    counts and alerts over those days equal those of the whole diary. Check-ins come
    without their triggers, or not at all with checkins=False (coverage does not need
    them). last_entry is the local day of the latest attack, dose, flare start, check-in or
    "no headache" day, as far back as it is.

    `sections`, by user id: the sections (accounts.models.Section values) a clinician's
    share shows of each patient (default all). Only their records are read, and coverage
    and last_entry come from them alone.
    """
    if not patients:
        return {}
    ids = [patient.pk for patient in patients]
    shown = sections or {}

    def ids_for(section: str) -> list[int]:
        return [pk for pk in ids if section in shown.get(pk, ALL_SECTIONS)]

    # A day's margin before the earliest local day any time zone can be at: records a
    # little older only start coverage where the diary really had it.
    since = now - datetime.timedelta(days=days + 1)
    since_day = since.date()
    read = _DriverValues(MigraineAttack.objects.db)
    migraine = MigraineAttack.AttackType.MIGRAINE
    # Each query is ordered by owner, its first column, for _records_by_owner.
    attacks = _records_by_owner(
        insights.AttackRecord,
        _driver_rows(
            MigraineAttack.objects.filter(owner_id__in=ids_for(Section.MIGRAINE))
            .filter(
                models.Q(started_at__gte=since)
                | models.Q(ended_at__isnull=True)
                | models.Q(ended_at__gte=since)
            )
            .order_by("owner_id")
            .annotate(started=read.moment("started_at"), ended=read.moment("ended_at"))
            .values_list("owner_id", "started", "ended", "attack_type", "peak_intensity")
        ),
        {0: read.aware, 1: read.aware_or_none, 2: migraine.__eq__},
    )
    # The recent flares, and every flare of a condition that involves the blood vessels:
    # however old, it is a reason for the triptan caution.
    flare_rows = _driver_rows(
        Flare.objects.filter(owner_id__in=ids_for(Section.FLARES))
        .filter(
            models.Q(ended_on__isnull=True)
            | models.Q(ended_on__gte=since_day)
            | models.Q(condition__involves_blood_vessels=True)
        )
        .order_by("owner_id")
        .annotate(started=read.day("started_on"), ended=read.day("ended_on"))
        .values_list(
            "owner_id",
            "condition__slug",
            "started",
            "ended",
            "condition__name",
            "condition__involves_blood_vessels",
        )
    )
    recent_flares = []
    condition_names: dict[int, dict[str, str]] = defaultdict(dict)
    vessel_flares: dict[int, set[str]] = defaultdict(set)
    for owner, slug, started, ended, name, vessels in flare_rows:
        if vessels:
            vessel_flares[owner].add(name)
        if ended is None or read.as_date(ended) >= since_day:
            recent_flares.append((owner, slug, started, ended))
            condition_names[owner][slug] = name
    flares = _records_by_owner(
        insights.FlareRecord, recent_flares, {1: read.as_date, 2: read.as_date_or_none}
    )
    doses = _records_by_owner(
        insights.DoseRecord,
        _driver_rows(
            MedicationDose.objects.filter(
                medication__owner_id__in=ids_for(Section.MEDICINES), taken_at__gte=since
            )
            .order_by("medication__owner_id")
            .annotate(
                taken=read.moment("taken_at"),
                category=models.F("medication__category"),
                purpose=models.F("medication__purpose"),
            )
            .values_list("medication__owner_id", "taken", "category", "purpose", "medication_id")
        ),
        {0: read.aware},
    )
    checkin_records = {}
    if checkins:
        checkin_records = _records_by_owner(
            insights.CheckInRecord,
            _driver_rows(
                DailyCheckIn.objects.filter(
                    owner_id__in=ids_for(Section.CHECKINS), day__gte=since_day
                )
                .order_by("owner_id")
                .annotate(sleep=Cast("sleep_hours", models.FloatField()), date=read.day("day"))
                .values_list(
                    "owner_id",
                    "date",
                    "sleep",
                    "stress",
                    "water_glasses",
                    "gluten",
                    "menstruation",
                    "fatigue",
                    "joint_pain",
                )
            ),
            {0: read.as_date},
            triggers=True,
        )
    bounds = _diary_bounds(ids)
    reasons = _vessel_reasons_by_user(ids, flared=vessel_flares)
    recent = {}
    for patient in patients:
        tz = patient.tzinfo
        row = bounds[patient.pk]
        kinds = _bound_kinds(shown.get(patient.pk, ALL_SECTIONS))
        first_day = _bound_day(row, "first", tz, kinds)
        today = now.astimezone(tz).date()
        window_start = today - datetime.timedelta(days=days - 1)
        diary = insights.Diary(
            tz=tz,
            attacks=attacks.get(patient.pk, ()),
            flares=flares.get(patient.pk, ()),
            doses=doses.get(patient.pk, ()),
            checkins=checkin_records.get(patient.pk, ()),
            vessel_reasons=reasons[patient.pk] if "dose" in kinds else (),
            covered_from=None if first_day is None else max(first_day, window_start),
        )
        recent[patient.pk] = RecentDiary(
            diary, condition_names.get(patient.pk, {}), _bound_day(row, "last", tz, kinds)
        )
    return recent


def _records_by_owner(
    record: type, rows: list[tuple], parse: dict[int, Callable], *, triggers: bool = False
) -> dict[int, tuple]:
    """As _records, for rows of many owners: each row's first column is its owner's id
    (the rows ordered by it) and `parse` counts positions after it; the records by owner.
    With triggers, each record ends with an empty tuple of trigger names."""
    if not rows:
        return {}
    columns: list[Iterable[object]] = list(zip(*rows, strict=True))
    owners = columns.pop(0)
    for position, function in parse.items():
        if function is not _unchanged:
            columns[position] = map(function, columns[position])
    if triggers:
        columns.append(repeat((), len(rows)))
    records = map(partial(tuple.__new__, record), zip(*columns, strict=True))
    return {
        owner: tuple(map(itemgetter(1), group))
        for owner, group in groupby(zip(owners, records, strict=True), key=itemgetter(0))
    }


# What _diary_bounds reads of each model: its day or moment field and its owner.
_BOUND_FIELDS = {
    "attack": (MigraineAttack, "started_at", "owner"),
    "dose": (MedicationDose, "taken_at", "medication__owner"),
    "flare": (Flare, "started_on", "owner"),
    "checkin": (DailyCheckIn, "day", "owner"),
    "headache_free": (HeadacheFreeDay, "day", "owner"),
}


def _diary_bounds(ids: list[int]) -> dict[int, dict]:
    """For load_recent_diaries, in one query: each user's earliest and latest attack start,
    dose, flare start, check-in and "no headache" day; by user id."""

    def bound(model: type[models.Model], field: str, owner: str, order: str):
        # The first row by the field rather than MIN or MAX: the index on (owner, field)
        # gives it without reading the owner's other rows.
        return models.Subquery(
            model._default_manager.filter(**{owner: models.OuterRef("pk")})
            .order_by(f"{order}{field}")
            .values(field)[:1]
        )

    annotations = {
        f"{end}_{name}": bound(model, field, owner, order)
        for name, (model, field, owner) in _BOUND_FIELDS.items()
        for end, order in (("first", ""), ("last", "-"))
    }
    rows = User.objects.filter(pk__in=ids).annotate(**annotations).values("pk", *annotations)
    return {row["pk"]: row for row in rows}


def _vessel_reasons_by_user(
    ids: list[int], *, flared: dict[int, set[str]]
) -> dict[int, tuple[str, ...]]:
    """vessel_reasons for each user, by id, in one query for all: `flared` holds the names
    of the vessel-involving conditions each one's flares are of."""
    conditions: dict[int, set[str]] = {pk: set(flared.get(pk, ())) for pk in ids}
    risks: dict[int, list[str]] = {}
    profiles = PatientProfile.objects.filter(user_id__in=ids).values_list(
        "user_id", "vessel_risks", "conditions__name", "conditions__involves_blood_vessels"
    )
    for user_id, risk_values, name, vessels in profiles:
        risks[user_id] = risk_values or []
        if vessels:
            conditions[user_id].add(name)
    return {
        pk: (
            *sorted(conditions[pk]),
            *(risk.label for risk in VesselRisk if risk.value in risks.get(pk, [])),
        )
        for pk in ids
    }


# The section each kind of record of _BOUND_FIELDS is in.
_BOUND_SECTIONS = {
    "attack": Section.MIGRAINE,
    "dose": Section.MEDICINES,
    "flare": Section.FLARES,
    "checkin": Section.CHECKINS,
    "headache_free": Section.MIGRAINE,
}


def _bound_kinds(sections: frozenset[str]) -> tuple[str, ...]:
    """The kinds of record (of _BOUND_FIELDS) whose days a share of `sections` shows; all
    of them for a share of notes alone, whose notes are those records'."""
    kinds = tuple(kind for kind, section in _BOUND_SECTIONS.items() if section in sections)
    return kinds or tuple(_BOUND_FIELDS)


def _bound_day(
    row: dict, end: str, tz: zoneinfo.ZoneInfo, kinds: tuple[str, ...] = tuple(_BOUND_FIELDS)
) -> datetime.date | None:
    """The earliest or latest ("first" or "last") local day of a _diary_bounds row, of
    the records of `kinds` (default all)."""
    days = []
    for name in kinds:
        value = row[f"{end}_{name}"]
        if isinstance(value, datetime.datetime):
            value = value.astimezone(tz).date()
        if value is not None:
            days.append(value)
    if not days:
        return None
    return min(days) if end == "first" else max(days)


# Each query selects its record's fields in the record's order (the SQL keeps the order of
# values_list), so _records can turn its rows into records column by column.


def _attacks(user: User, read: "_DriverValues") -> tuple[insights.AttackRecord, ...]:
    migraine = MigraineAttack.AttackType.MIGRAINE
    return _records(
        insights.AttackRecord,
        _driver_rows(
            MigraineAttack.objects.for_owner(user)
            .order_by()
            .annotate(started=read.moment("started_at"), ended=read.moment("ended_at"))
            .values_list("started", "ended", "attack_type", "peak_intensity")
        ),
        {0: read.aware, 1: read.aware_or_none, 2: migraine.__eq__},
    )


def _flares(
    user: User, read: "_DriverValues"
) -> tuple[tuple[insights.FlareRecord, ...], dict[str, str], set[str]]:
    """The flares, their conditions' names by slug, and the names of those conditions that
    involve the blood vessels."""
    condition_names: dict[str, str] = {}
    vessel_conditions: set[str] = set()
    flares = []
    for slug, name, vessels, started_on, ended_on in _driver_rows(
        Flare.objects.for_owner(user)
        .order_by()
        .annotate(started=read.day("started_on"), ended=read.day("ended_on"))
        .values_list(
            "condition__slug",
            "condition__name",
            "condition__involves_blood_vessels",
            "started",
            "ended",
        )
    ):
        condition_names[slug] = name
        if vessels:
            vessel_conditions.add(name)
        flares.append(
            insights.FlareRecord(slug, read.as_date(started_on), read.as_date_or_none(ended_on))
        )
    return tuple(flares), condition_names, vessel_conditions


def _doses(user: User, read: "_DriverValues") -> tuple[insights.DoseRecord, ...]:
    return _records(
        insights.DoseRecord,
        _driver_rows(
            MedicationDose.objects.for_owner(user)
            .order_by()
            .annotate(
                taken=read.moment("taken_at"),
                category=models.F("medication__category"),
                purpose=models.F("medication__purpose"),
            )
            .values_list("taken", "category", "purpose", "medication_id")
        ),
        {0: read.aware},
    )


def _checkins(user: User, read: "_DriverValues") -> tuple[insights.CheckInRecord, ...]:
    """The check-ins with the names of their triggers (two queries)."""
    # By check-in id rather than day, so the day is not read (and parsed) twice.
    triggers: dict[int, list[str]] = defaultdict(list)
    for checkin_id, name in _driver_rows(
        DailyCheckIn.triggers.through.objects.filter(dailycheckin__owner=user)
        .order_by()
        .values_list("dailycheckin_id", "trigger__name")
    ):
        triggers[checkin_id].append(name)
    # A defaultdict so a check-in without triggers maps to () in C, with no lookup per row.
    trigger_names = defaultdict(tuple, {pk: tuple(names) for pk, names in triggers.items()})
    return _records(
        insights.CheckInRecord,
        _driver_rows(
            DailyCheckIn.objects.for_owner(user)
            .order_by()
            # As a float straight from the database: the model's Decimal costs more to make.
            .annotate(sleep=Cast("sleep_hours", models.FloatField()), date=read.day("day"))
            # The id last, where the record has its triggers: _records swaps one for the other.
            .values_list(
                "date",
                "sleep",
                "stress",
                "water_glasses",
                "gluten",
                "menstruation",
                "fatigue",
                "joint_pain",
                "pk",
            )
        ),
        {0: read.as_date, 8: trigger_names.__getitem__},
    )


def _headache_free_days(user: User, read: "_DriverValues") -> tuple[datetime.date, ...]:
    """The days the patient said passed without a headache (one query)."""
    rows = _driver_rows(
        HeadacheFreeDay.objects.for_owner(user)
        .order_by()
        .annotate(date=read.day("day"))
        .values_list("date")
    )
    return tuple(read.as_date(day) for (day,) in rows)


def _records(record: type, rows: list[tuple], parse: dict[int, Callable]) -> tuple:
    """The rows as records of the named tuple type `record`, each column at a position of
    `parse` first mapped through its function (_unchanged ones are skipped).

    Column by column rather than row by row, for speed: map, zip and tuple.__new__ run in
    C, where a record made by its Python-level __new__ costs a call per row (8,000 rows).
    """
    if not rows:
        return ()
    columns: list[Iterable[object]] = list(zip(*rows, strict=True))
    for position, function in parse.items():
        if function is not _unchanged:
            columns[position] = map(function, columns[position])
    return tuple(map(partial(tuple.__new__, record), zip(*columns, strict=True)))


def _driver_rows(queryset: models.QuerySet) -> list[tuple]:
    """The rows of a values_list() queryset as the database driver returns them.

    The same SQL, scoping and single query as iterating the queryset, without Django's
    per-value converters: for ten years of records they cost more than the queries. The
    drivers already give booleans, numbers and text as Python values on SQLite (by the
    converters Django registers for declared column types) and PostgreSQL alike; dates and
    timestamps are read as _DriverValues says. The columns come in the order of the SQL:
    the model's fields first, then annotations.
    """
    try:
        sql, params = queryset.query.get_compiler(queryset.db).as_sql()
    except EmptyResultSet:
        # Nothing can match (an empty list of owners: no share shows this section).
        return []
    with connections[queryset.db].cursor() as cursor:
        if connections[queryset.db].vendor == "postgresql":
            # psycopg's own timestamp loader, in C, rather than Django's Python subclass
            # of it: the values come aware in the session's time zone, which Django sets to
            # the connection's, so only the step of setting that zone again is saved.
            from psycopg.types.datetime import TimestamptzLoader

            cursor.cursor.adapters.register_loader("timestamptz", TimestamptzLoader)
        cursor.execute(sql, params)
        return cursor.fetchall()


class _UTCText(models.Func):
    """A timestamp as SQLite stores it (naive UTC text) with "+00:00" appended; NULL stays
    NULL. datetime.fromisoformat turns that text into an aware datetime in one C call."""

    template = "(%(expressions)s || '+00:00')"
    output_field = models.CharField()


class _DriverValues:
    """How load_diary selects dates and timestamps for _driver_rows, and turns what the
    driver returns for them into dates and aware datetimes.

    SQLite keeps both as text, which Django's converters parse in Python: read as text and
    parsed by date.fromisoformat and datetime.fromisoformat, one C call each, they cost
    several times less. Its timestamps are naive, in the connection's time zone; in UTC
    (Overlap's setting) "+00:00" is appended in the SQL so they come out aware.
    PostgreSQL's driver returns dates and aware datetimes already (see _driver_rows for the
    latter), so nothing is parsed. Other databases, and SQLite in another zone, are read as
    before.
    """

    # The expressions that select a timestamp and a date field, given its name.
    moment: Callable[[str], Combinable]
    day: Callable[[str], Combinable]

    def __init__(self, alias: str) -> None:
        connection = connections[alias]
        if connection.vendor == "sqlite" and connection.timezone_name == "UTC":
            self.moment = _UTCText
            self.day = partial(Cast, output_field=models.TextField())
            # For NOT NULL columns the parsers themselves, without a step for None.
            self.aware = datetime.datetime.fromisoformat
            self.aware_or_none = _parse_utc_text
            self.as_date = datetime.date.fromisoformat
            self.as_date_or_none = _parse_date_text
            return
        if connection.vendor == "postgresql":
            # psycopg returns dates, and timestamps aware (see _driver_rows): nothing to do.
            self.moment = self.day = models.F
            self.aware = self.aware_or_none = self.as_date = self.as_date_or_none = _unchanged
            return
        tz = connection.timezone

        def aware(value):
            if value is None or value.tzinfo is not None:
                return value
            return value.replace(tzinfo=tz)

        self.moment = self.day = models.F
        self.aware = self.aware_or_none = aware
        self.as_date = self.as_date_or_none = _unchanged


def _parse_utc_text(value: str | None) -> datetime.datetime | None:
    return None if value is None else datetime.datetime.fromisoformat(value)


def _parse_date_text(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def _unchanged(value):
    return value
