"""A queryset's SQL made once per database, for a query a page makes on every request.

Building and compiling a queryset with Django's ORM costs more than running a small query
(the clinician's list of shares: about 1.6 ms to build and compile, 0.4 ms to run and fetch
on SQLite). A Prepared query is compiled the first time with stand-in values in place of
those that change from one call to the next (an id, the time now), their places among the
parameters noted; each call puts the real values, adapted as Django adapts them, in those
places and runs the SQL as it is. The rows come as the database driver returns them,
without Django's converters: the caller says how to read each column.
"""

import datetime
from collections.abc import Callable
from typing import Any, TypeVar

from django.db import connections, models, router


class Prepared:
    """`make(**values)` gives the queryset (of values_list); `stand_ins` the value of each
    name to compile it with: an int, an aware datetime or a date no real call would pass (a
    negative id, a moment or a day in the year 1001), so that its place among the parameters
    is found."""

    def __init__(self, make: Callable[..., models.QuerySet], **stand_ins: Any) -> None:
        self.make = make
        self.stand_ins = stand_ins
        self.model: type[models.Model] | None = None  # known once made
        self._made: dict[tuple, tuple[str, tuple, tuple[tuple[int, str], ...]]] = {}

    def rows(self, **values: Any) -> list[tuple]:
        if self.model is None:
            self.model = self.make(**self.stand_ins).model
        alias = router.db_for_read(self.model)
        connection = connections[alias]
        key = (alias, connection.vendor, connection.timezone_name)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._compile(self.make(**self.stand_ins).using(alias))
        sql, template, places = made
        params = list(template)
        for position, name in places:
            params[position] = _adapted(connection, values[name])
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _compile(self, queryset: models.QuerySet) -> tuple[str, tuple, tuple[tuple[int, str], ...]]:
        connection = connections[queryset.db]
        sql, params = queryset.query.get_compiler(queryset.db).as_sql()
        wanted = {_adapted(connection, value): name for name, value in self.stand_ins.items()}
        places = tuple(
            (position, wanted[value])
            for position, value in enumerate(params)
            if not isinstance(value, bool) and _hashable(value) and value in wanted
        )
        if sorted({name for _, name in places}) != sorted(self.stand_ins):
            raise ValueError("Every stand-in must appear among the query's parameters.")
        return sql, tuple(params), places


def _adapted(connection, value: Any) -> Any:
    """A value as Django passes it to the database driver."""
    if isinstance(value, datetime.datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, datetime.date):
        return connection.ops.adapt_datefield_value(value)
    return value


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def stand_in_moment() -> datetime.datetime:
    """A moment no real call passes: the stand-in for "now"."""
    return datetime.datetime(1001, 1, 1, 3, 17, 41, tzinfo=datetime.UTC)


def stand_in_day() -> datetime.date:
    """A day no real call passes: the stand-in for a day (another is a day after it)."""
    return datetime.date(1001, 1, 1)


def read_moment(value: datetime.datetime | str | None) -> datetime.datetime | None:
    """A DateTimeField's column as the driver returns it (an aware datetime from PostgreSQL,
    UTC text from SQLite), as Django would read it: aware, in UTC."""
    if value is None or isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value
    moment = datetime.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=datetime.UTC)


def read_day(value: datetime.date | str | None) -> datetime.date | None:
    """A DateField's column as the driver returns it (a date from PostgreSQL, ISO text from
    SQLite), as Django would read it: a date."""
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


ModelT = TypeVar("ModelT", bound=models.Model)


def instance(model: type[ModelT], db: str | None, **values: Any) -> ModelT:
    """An instance of `model` as read from the database with only these fields (attnames):
    any other is deferred, so reading it is a query of its own (and shows in the tests'
    counts) rather than a default passed off as the stored value."""
    fields = [field.attname for field in model._meta.concrete_fields if field.attname in values]
    return model.from_db(db, fields, [values[field] for field in fields])
