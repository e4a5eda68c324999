"""The figures of a patient's pages (home, timeline, its data.json, report), kept in the
cache until anything they are worked out from changes.

Working them out (reading the diary, diary.insights.diary_overview, the chart payloads and
their tables) is most of what those pages cost, and a patient opens the same pages many
times between two writes. Each page's figures are kept under a key made of everything
they depend on, so a kept one is never out of date:

- the patient (their uuid, never reused) and their diary version (accounts.models.
  DiaryVersion, raised in the same transaction by every write to the records the figures
  read: diary/versions.py);
- the page, and what it was asked for: the period and flare window, the audience and the
  name the words use, the sections shown (a clinician's share), whether notes are read;
- the patient's time zone and their local today. `now` reaches the figures only through an
  attack in progress, which runs to it (diary.insights.days): the local days it touches
  change with the local day, and at the very instant of local midnight the day just begun
  is not yet touched, so that instant has a key of its own;
- the conditions' slugs, names, kinds and whether each involves the blood vessels, which
  curators edit and every diary reads, and the kind, which the home page's questionnaires
  read (diary_state; conditions_fingerprint alone for the clinician's list);
- the language of the page, since the figures hold their words;
- a digest of the code that works them out and of the compiled catalogues (KEY_PREFIX): a
  release that changes any of it finds none of the figures kept by the one before.

The version is read before anything else, so figures worked out while a write lands are
kept under the older version at worst, which no later view asks for. The cache only saves
time: when it is down (Redis gives up after REDIS_TIMEOUT), the figures are worked out
afresh and the page still answers.
"""

import datetime
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import timezone, translation

from accounts.models import DiaryVersion, User
from config.prepared import Prepared
from education.models import Condition

logger = logging.getLogger(__name__)

# Kept a week: figures nobody looks at for that long are worked out again.
KEPT_SECONDS = 7 * 24 * 3600

HERE = Path(__file__).resolve().parent.parent


def code_digest(paths: list[Path]) -> str:
    """A short digest of these files' bytes, for a cache key that changes with the code."""
    digest = hashlib.blake2b(digest_size=8)
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


# Everything of diary/ (the loading, the rules, the charts and tables, the questionnaires,
# the views that assemble the figures), the conditions' and medicines' words, the accounts'
# models (sections, time zones), the words in every language and the templates.
KEY_PREFIX = "diary-figures:" + code_digest(
    [
        *sorted((HERE / "diary").rglob("*.py")),
        HERE / "education" / "condition_names.py",
        HERE / "education" / "medication_kinds.py",
        HERE / "accounts" / "models.py",
        *sorted(HERE.glob("locale/*/LC_MESSAGES/django.mo")),
        # Pages kept as HTML (the timeline's) are made of the templates.
        *sorted((HERE / "templates").rglob("*.html")),
    ]
)

_MISSING = object()
Made = TypeVar("Made")


def kept_or_made(
    key: str | None, make: Callable[[], Made], *, what: str = "the diary's figures"
) -> Made:
    """What is kept under `key`, else `make()`, kept there for next time. Without a key
    (a patient without a diary version) nothing is kept; with the cache down, `make()`
    answers and the failure is logged, naming `what` (plural) was not kept."""
    if key is None:
        return make()
    try:
        kept = cache.get(key, _MISSING)
    except Exception:
        logger.warning("The cache is unavailable: %s are worked out afresh.", what)
        return make()
    if kept is not _MISSING:
        return kept
    made = make()
    try:
        cache.set(key, made, KEPT_SECONDS)
    except Exception:
        logger.warning("The cache is unavailable: %s were not kept.", what)
    return made


class DiaryState(NamedTuple):
    """What a patient's kept figures are checked against: their diary version (None: they
    have none, and nothing of theirs is kept) and a digest of the conditions."""

    version: int | None
    conditions: str


def diary_state(patient: User) -> DiaryState:
    """The patient's diary version and the conditions' fingerprint, in one query (a UNION
    ALL of the version's row and the conditions'), so that a page that finds its figures
    kept makes one query for them, and one that does not, one more than before."""
    rows = _DIARY_STATE.rows(user_id=patient.pk)
    # A condition's slug is never blank: the row with none is the version's.
    versions = [row[0] for row in rows if not row[1]]
    conditions = sorted(row for row in rows if row[1])
    return DiaryState(versions[0] if versions else None, _fingerprint(conditions))


def _diary_state_rows(*, user_id: int) -> models.QuerySet:
    blank = models.Value("", output_field=models.CharField())
    version = (
        DiaryVersion.objects.filter(user_id=user_id)
        .annotate(
            c_slug=blank,
            c_name=blank,
            c_kind=blank,
            c_vessels=models.Value(False, output_field=models.BooleanField()),
        )
        .values_list("version", "c_slug", "c_name", "c_kind", "c_vessels")
    )
    return version.union(_condition_rows(), all=True)


# Read on every view of a page with figures: its SQL made once (config/prepared.py).
_DIARY_STATE = Prepared(_diary_state_rows, user_id=-7301)


def _condition_rows() -> models.QuerySet:
    return Condition.objects.order_by().values_list(
        "pk", "slug", "name", "kind", "involves_blood_vessels"
    )


def conditions_fingerprint() -> str:
    """The conditions' fingerprint alone (diary_state's), for a page that reads no one
    patient's version (the clinician's list)."""
    return _fingerprint(sorted(_CONDITIONS.rows()))


_CONDITIONS = Prepared(_condition_rows)


def _fingerprint(rows: list[tuple]) -> str:
    # The database's own types (SQLite gives 0 and 1 for a boolean in a UNION): as bools.
    values = [(pk, slug, name, kind, bool(vessels)) for pk, slug, name, kind, vessels in rows]
    return hashlib.blake2b(repr(values).encode(), digest_size=12).hexdigest()


def figures_key(
    page: str, patient: User, state: DiaryState, *, now: datetime.datetime, **asked: object
) -> str | None:
    """The key `page`'s figures of `patient` are kept under, for what it was `asked`
    (period, audience, name, sections...) at `now`; None when they have no diary version."""
    if state.version is None:
        return None
    local = timezone.localtime(now, patient.tzinfo)
    shown = {
        name: tuple(sorted(value)) if isinstance(value, frozenset | set) else value
        for name, value in asked.items()
    }
    depends = repr(
        (
            sorted(shown.items()),
            patient.timezone,
            local.date().isoformat(),
            local.time() == datetime.time.min,  # the instant of local midnight (see above)
            state.conditions,
            translation.get_language() or settings.LANGUAGE_CODE,
        )
    )
    digest = hashlib.blake2b(depends.encode(), digest_size=16).hexdigest()
    return ":".join((KEY_PREFIX, page, str(patient.uuid), str(state.version), digest))
