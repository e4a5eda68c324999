"""How far a background import has got: entries saved out of all the import saves,
recorded by the job every PROGRESS_EVERY entries (not per row) and read by the waiting
page through status.json.

The job saves everything in one transaction, so the count cannot live in a table of that
transaction: it goes to the cache, which the web processes share (Redis in production,
docs/imports.md). With the database cache the count is part of the job's transaction and
shows only once it is done; the bar then waits at zero. A cache that is down never stops
an import: the count is simply not shown."""

import logging

from django.core.cache import cache
from django.utils import formats
from django.utils.translation import gettext, ngettext

PROGRESS_EVERY = 250
# Long enough for any import; the entry goes once the waiting page no longer asks.
KEEP_SECONDS = 24 * 60 * 60

logger = logging.getLogger(__name__)


def _key(batch_id: int) -> str:
    return f"overlap:import-progress:{batch_id}"


def record(batch_id: int, done: int, total: int) -> None:
    """Note that `done` of `total` entries are saved."""
    try:
        cache.set(_key(batch_id), (done, total), KEEP_SECONDS)
    except Exception:
        logger.warning("import progress not recorded for batch %s", batch_id)


def read(batch_id: int) -> tuple[int, int] | None:
    """(done, total) as last recorded, or None when none is known."""
    try:
        value = cache.get(_key(batch_id))
    except Exception:
        return None
    if not isinstance(value, tuple) or len(value) != 2:
        return None
    return value


def forget(batch_id: int) -> None:
    try:
        cache.delete(_key(batch_id))
    except Exception:
        logger.warning("import progress not forgotten for batch %s", batch_id)


def words(done: int, total: int) -> str:
    """'Saved 500 of 2,000 entries (25%).'"""
    if total <= 0:
        return gettext("Saving the entries of this file.")
    percent = done * 100 // total
    return ngettext(
        "Saved %(done)s of %(total)s entry (%(percent)s%%).",
        "Saved %(done)s of %(total)s entries (%(percent)s%%).",
        total,
    ) % {
        "done": formats.number_format(done, force_grouping=True),
        "total": formats.number_format(total, force_grouping=True),
        "percent": percent,
    }


class Tally:
    """Counts the entries the job saves and records the count each time it passes another
    PROGRESS_EVERY, and once at the end."""

    def __init__(self, batch_id: int, total: int, every: int = PROGRESS_EVERY) -> None:
        self.batch_id = batch_id
        self.total = total
        self.every = every
        self.done = 0
        self.recorded = 0

    def advance(self, saved: int) -> None:
        self.done += saved
        if self.done - self.recorded >= self.every or (self.done >= self.total > self.recorded):
            self.recorded = self.done
            record(self.batch_id, self.done, self.total)
