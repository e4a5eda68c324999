"""What the clinician's list shows of each patient's recent diary, kept in the cache until
anything it is worked out from changes.

The list in order of attention needs every patient's attention, though it shows a page of
them: working each out afresh (diary.loading.load_recent_diaries, then
diary.insights.attention) cost 10 to 50 times /healthz at 100 patients. Each patient's is
kept under a key made of everything it depends on, so a kept one is never out of date:

- the patient (their uuid, never reused) and their diary version (accounts.models.
  DiaryVersion, raised by every write to their diary or profile: diary/versions.py);
- the sections the share shows, the patient's time zone and their local today (the
  windows of 30 and 90 days end today; an ongoing attack runs to today);
- the conditions' names and whether each involves the blood vessels, which curators edit
  and every diary reads (a fingerprint of all of them, read in one small query);
- the language of the page: what is kept holds words made as it is worked out (each
  alert's title and message, the conditions' names), in the language active then, so a
  list in German never shows the words kept for one in English.

The versions come with the shares (one subquery), the kept summaries in one get_many; only
the missing ones are worked out, in one load_recent_diaries for them all, and stored with
one set_many. The patient's name is not in what is kept: the reasons' sentences are made
on each view, in its language. The order needs only the reasons' codes, the same in every
language.

Each patient's card on the page (templates/clinic/includes/patient_card.html) is kept as
HTML too, under their summary's key, the share, their name and address, and a digest of
the card's template and of the words (the compiled catalogues): a card is rendered only
when something it shows has changed.

The cache only saves time: when it is down or slow (Redis gives up after REDIS_TIMEOUT),
every patient is worked out afresh and the list still answers.
"""

import dataclasses
import datetime
import hashlib
import logging
import pickle
import zoneinfo
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation

from accounts.models import User
from diary.insights import attention
from diary.kept_figures import code_digest, conditions_fingerprint
from diary.loading import RecentDiary, load_recent_diaries
from diary.sections import alert_shown

logger = logging.getLogger(__name__)

# Kept a week: a patient nobody looks at for that long is worked out again.
KEPT_SECONDS = 7 * 24 * 3600


HERE = Path(__file__).resolve().parent.parent


# The words in every language: a release with new translations keeps nothing of the last.
CATALOGUES = sorted(HERE.glob("locale/*/LC_MESSAGES/django.mo"))
# The code that works summaries out (the rules, the loading, this module): a release that
# changes any of it finds none of the summaries kept by the one before.
KEY_PREFIX = "clinic-summary:" + code_digest(
    [
        *sorted((HERE / "diary" / "insights").glob("*.py")),
        HERE / "diary" / "loading.py",
        Path(__file__).resolve(),
        *CATALOGUES,
    ]
)
# The code that makes a card of a summary: the card's template and the clinic's views.
CARD_TEMPLATE = "clinic/includes/patient_card.html"
# The order of a clinician's patients (order_key): made by this module and the views.
ORDER_PREFIX = "clinic-order:" + code_digest(
    [Path(__file__).resolve(), HERE / "clinic" / "views.py"]
)
CARD_PREFIX = "clinic-card:" + code_digest(
    [HERE / "templates" / CARD_TEMPLATE, HERE / "clinic" / "views.py", *CATALOGUES]
)


class Seen(NamedTuple):
    """A patient's attention as the share shows it (alerts of the sections shown only), and
    the names of the conditions of their ongoing flares by slug."""

    attention: attention.Attention
    condition_names: dict[str, str]


class Listed(NamedTuple):
    """A patient on a clinician's list, as much as finding their summary needs: plain
    values, not a User, since the list of them is read on every view."""

    pk: int
    uuid: str
    timezone: str
    sections: frozenset[str]
    version: int | None  # their diary version (accounts.models.DiaryVersion); None: none

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


class Kept(NamedTuple):
    """What is kept of a patient: the reasons they need attention, for the order, and their
    Seen pickled on its own, opened only for the rows of the page shown."""

    reasons: tuple[str, ...]
    seen: bytes

    @property
    def rank(self) -> tuple[bool, ...]:
        """As Attention.rank."""
        return tuple(reason not in self.reasons for reason in attention.REASONS)

    def open(self) -> Seen:
        # Only Overlap writes these (kept_by_patient), as the cache's own values are.
        return pickle.loads(self.seen)  # noqa: S301


def seen_of(listed: Listed, recent: RecentDiary, *, now: datetime.datetime) -> Seen:
    """Work out afresh what the list shows of the patient's recent diary."""
    today = timezone.localdate(now, listed.tzinfo)
    seen = attention.attention(recent.diary, today=today, now=now, last_entry=recent.last_entry)
    # Alerts of the sections shared only (their records alone were loaded anyway).
    alerts = [alert for alert in seen.alerts if alert_shown(alert.kind, listed.sections)]
    seen = dataclasses.replace(
        seen,
        alerts=alerts,
        reasons=tuple(reason for reason in seen.reasons if reason != "alert" or alerts),
    )
    names = {slug: recent.condition_names.get(slug, slug) for slug in seen.ongoing_flares}
    return Seen(seen, names)


class Found(NamedTuple):
    """What kept_by_patient found: each patient's summary, and the key it is kept under
    (none for a patient without a diary version), by patient id."""

    kept: dict[int, Kept]
    keys: dict[int, str]


def summary_keys(
    listed: list[Listed], *, now: datetime.datetime, conditions: str | None = None
) -> dict[int, str]:
    """The key each listed patient's summary is kept under, by patient id; none for a
    patient without a diary version (worked out every time, never kept). `conditions`:
    conditions_fingerprint(), when the caller has read it already."""
    if not any(each.version is not None for each in listed):
        return {}
    if conditions is None:
        conditions = conditions_fingerprint()
    days: dict[str, str] = {}  # each time zone's local today
    language = translation.get_language() or settings.LANGUAGE_CODE
    keys = {}
    for each in listed:
        if each.version is None:
            continue
        if each.timezone not in days:
            days[each.timezone] = timezone.localdate(now, each.tzinfo).isoformat()
        keys[each.pk] = ":".join(
            (
                KEY_PREFIX,
                each.uuid,
                str(each.version),
                ",".join(sorted(each.sections)),
                each.timezone,
                days[each.timezone],
                conditions,
                language,
            )
        )
    return keys


def kept_by_patient(
    listed: list[Listed], *, now: datetime.datetime, keys: dict[int, str] | None = None
) -> Found:
    """What the list shows of each listed patient, by patient id: kept ones from the
    cache, the others worked out together and kept. `keys`: their summary_keys, when the
    caller has them already."""
    if not listed:
        return Found({}, {})
    if keys is None:
        keys = summary_keys(listed, now=now)
    keys = {each.pk: keys[each.pk] for each in listed if each.pk in keys}
    try:
        kept = cache.get_many(list(keys.values()))
    except Exception:
        logger.warning("The cache is unavailable: the patient list is worked out afresh.")
        keys, kept = {}, {}
    found = {pk: kept[key] for pk, key in keys.items() if key in kept}
    missing = [each for each in listed if each.pk not in found]
    if missing:
        recent = load_recent_diaries(
            # Users as far as the loading reads them: their id and time zone.
            [User(pk=each.pk, timezone=each.timezone) for each in missing],
            days=attention.ATTENTION_DAYS,
            now=now,
            checkins=False,
            sections={each.pk: each.sections for each in missing},
        )
        made = {}
        for each in missing:
            seen = seen_of(each, recent[each.pk], now=now)
            made[each.pk] = Kept(seen.attention.reasons, pickle.dumps(seen))
        if keys:
            try:
                cache.set_many(
                    {keys[pk]: value for pk, value in made.items() if pk in keys}, KEPT_SECONDS
                )
            except Exception:
                logger.warning("The cache is unavailable: the patient list was not kept.")
        found.update(made)
    return Found(found, keys)


def order_key(rows: list[tuple], *, now: datetime.datetime, conditions: str) -> str:
    """The key a clinician's order of patients is kept under: the rows of their shares as
    the list reads them (share, patient, zone, name, address, sections, diary version), each
    zone's local today, the conditions' fingerprint, the language and the code's digests.
    Any change to what any patient's summary or the order depends on is a new key."""
    days = sorted(
        {row[3]: timezone.localdate(now, zoneinfo.ZoneInfo(row[3])) for row in rows}.items()
    )
    language = translation.get_language() or settings.LANGUAGE_CODE
    seen = repr((KEY_PREFIX, rows, days, conditions, language)).encode()
    return f"{ORDER_PREFIX}:{hashlib.blake2b(seen, digest_size=16).hexdigest()}"


def kept_cards(keys: list[str]) -> dict[str, str]:
    """The cards kept under these keys (card_key), by key; none when the cache is down."""
    try:
        return cache.get_many(keys)
    except Exception:
        logger.warning("The cache is unavailable: the patients' cards are rendered afresh.")
        return {}


def keep_cards(cards: dict[str, str]) -> None:
    if not cards:
        return
    try:
        cache.set_many(cards, KEPT_SECONDS)
    except Exception:
        logger.warning("The cache is unavailable: the patients' cards were not kept.")


def card_key(summary_key: str, *, share_pk: int, name: str, email: str) -> str:
    """The key of a patient's card: their summary's key (diary, sections, zone, day,
    conditions, language), the share its links and words are for, and the name and
    address it shows (the summary's key has neither)."""
    shown = hashlib.blake2b(f"{name}\x00{email}".encode(), digest_size=12).hexdigest()
    return ":".join((CARD_PREFIX, summary_key, str(share_pk), shown))


def page_key(order_key: str, number: int) -> str:
    """The key a page of the clinician's list is kept under, as its cards' HTML: the
    order's key (every patient's rows, day, conditions, language) and the page's number,
    with the digest of the cards' code."""
    return f"{CARD_PREFIX}:{order_key}:{number}"
