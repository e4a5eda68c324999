"""Reading a patient's diary fast for the statistics: `load_diary` turns database rows into
the plain records of diary.insights, one query per model, without the ORM's per-value work.

The records must be exactly those the models' own `to_record()` make (tests/diary/
test_loading.py checks it on each database the suite runs on).
"""

import datetime
import zoneinfo
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import partial

from django.db import connections, models
from django.db.models.expressions import Combinable
from django.db.models.functions import Cast

from accounts.models import User
from diary import insights
from diary.models import DailyCheckIn, Flare, MedicationDose, MigraineAttack
from education.models import Condition


def load_diary(user: User, *, tz: zoneinfo.ZoneInfo) -> tuple[insights.Diary, dict[str, str]]:
    """The user's whole diary as insights records, and the names of the conditions its flares
    are of by slug; one query per model and only the columns insights reads.

    The whole diary, not just the period shown: coverage starts at the first record, flare
    windows reach across the period's edges, and the lag profile and alerts look at it all.
    Records are built positionally from the rows: a ten-year diary has about 8,000 of them.
    """
    read = _DriverValues(MigraineAttack.objects.db)
    attacks = _attacks(user, read)
    flares, condition_names, vessel_flare = _flares(user, read)
    doses = _doses(user, read)
    checkins = _checkins(user, read)
    vessel_condition = vessel_flare or (
        Condition.objects.filter(patientprofile__user=user, involves_blood_vessels=True).exists()
    )
    diary = insights.Diary(
        tz=tz,
        attacks=attacks,
        flares=flares,
        doses=doses,
        checkins=checkins,
        vessel_condition=vessel_condition,
    )
    return diary, condition_names


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
) -> tuple[tuple[insights.FlareRecord, ...], dict[str, str], bool]:
    """The flares, their conditions' names by slug, and whether one of those conditions
    involves the blood vessels."""
    condition_names: dict[str, str] = {}
    vessel_condition = False
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
        vessel_condition = vessel_condition or vessels
        flares.append(
            insights.FlareRecord(slug, read.as_date(started_on), read.as_date_or_none(ended_on))
        )
    return tuple(flares), condition_names, vessel_condition


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
            .values_list("taken", "category", "purpose")
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
    sql, params = queryset.query.get_compiler(queryset.db).as_sql()
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
