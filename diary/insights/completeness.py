"""How complete a period of the diary is: which days are *recorded*, whether per-30-day
rates may be shown, and whether the counts may be too low. The rules of
shared/CLINICAL.md ("Completeness") live here and nowhere else:

- A day is **recorded** when the patient logged anything for it: an attack present on it,
  a dose taken on it, a check-in for it, a flare starting or ongoing on it, or an explicit
  "no headache". A "no headache" day is recorded and never a migraine day.
- Per-30-day rates need at least RATE_MIN_COVERED_DAYS covered days in the period.
- Fewer than RECORDED_SHARE_WARNING of the period's covered days recorded: the counts may
  be too low, because unrecorded days are read as days without migraine.
- Small numbers are counts, not shares: a lag profile from fewer than LAG_MIN_FLARES
  flares, any percentage from fewer than SHARE_MIN_EVENTS events.

Every day is a local calendar day in the patient's time zone (see diary.insights.days).

The words are Django's translations (README, "Translations"): each sentence is whole in the
catalogue, once for the patient ("you") and once for a clinician (the patient's name), and
every count goes through ngettext, so each language makes its own sentences and plurals.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from django.utils.formats import number_format
from django.utils.translation import get_language, gettext, gettext_noop, ngettext, pgettext

from diary.insights.records import CheckInRecord

RATE_MIN_COVERED_DAYS = 14
RECORDED_SHARE_WARNING = 0.8
LAG_MIN_FLARES = 5
SHARE_MIN_EVENTS = 3

Audience = Literal["patient", "clinician"]
PATIENT: Audience = "patient"
CLINICIAN: Audience = "clinician"

TOO_EARLY = gettext_noop("too early to say")
NO_RATE = gettext_noop("no rate")

# Who a clinician reads about when the patient gave no name.
UNNAMED = gettext_noop("the patient")


def patient_name(name: str = "") -> str:
    """The patient's name in a clinician's sentence, or "the patient" when they gave none."""
    return name or gettext(UNNAMED)


def inside_sentence(words: str) -> str:
    """A label as it reads inside a sentence: in lower case ("sleep under 6 hours"), except
    in German, where nouns keep their capital ("Schlaf unter 6 Stunden")."""
    language = get_language() or ""
    return words if language.startswith("de") else words.lower()


def sentence_start(words: str) -> str:
    """The words with their first letter capitalised, to begin a sentence."""
    return words[:1].upper() + words[1:]


def recorded_flags(
    *,
    origin: int,
    covered: int,
    headache: list[bool],
    dose_ordinals: Iterable[int],
    flare_conditions: list[tuple[str, ...]],
    checkins: list[CheckInRecord | None],
    headache_free_days: Iterable[date],
) -> list[bool]:
    """Whether each covered day (entry i is the day with ordinal origin + i) is recorded.

    `headache` marks the days an attack of any kind was present on, `flare_conditions` the
    flares on each day and `checkins` each day's check-in, as diary.insights.days lays them
    out; `dose_ordinals` are the local days doses were taken on.
    """
    recorded = [
        bool(attack or flares or checkin is not None)
        for attack, flares, checkin in zip(headache, flare_conditions, checkins, strict=True)
    ]
    for ordinal in dose_ordinals:
        if 0 <= ordinal - origin < covered:
            recorded[ordinal - origin] = True
    for day in headache_free_days:
        if 0 <= day.toordinal() - origin < covered:
            recorded[day.toordinal() - origin] = True
    return recorded


@dataclass(frozen=True)
class Completeness:
    """How many of a period's days the diary covers and how many of those are recorded."""

    days: int  # days in the period
    covered_days: int  # on or after the diary's first record, and not after today
    recorded_days: int  # covered days the patient logged anything for

    @property
    def rates_shown(self) -> bool:
        """Whether per-30-day rates may be shown: at least RATE_MIN_COVERED_DAYS covered days."""
        return self.covered_days >= RATE_MIN_COVERED_DAYS

    @property
    def counts_may_be_low(self) -> bool:
        """Whether fewer than RECORDED_SHARE_WARNING of the covered days are recorded."""
        # In whole numbers, so that 80 % of a period is never read as 79.999... %.
        return self.covered_days > 0 and self.recorded_days * 10 < self.covered_days * 8


def completeness_of(recorded: list[bool], *, days: int) -> Completeness:
    """The completeness of a period of `days` days whose covered days are `recorded`."""
    return Completeness(days=days, covered_days=len(recorded), recorded_days=recorded.count(True))


def share_shown(events: int) -> bool:
    """Whether a share of `events` events may be shown as a percentage."""
    return events >= SHARE_MIN_EVENTS


def lag_shares_shown(flares: int) -> bool:
    """Whether a lag profile from `flares` flares may be shown as shares and bars."""
    return flares >= LAG_MIN_FLARES


def completeness_text(completeness: Completeness, *, audience: Audience, name: str = "") -> str:
    """Plain sentences on how complete the period is, for the patient (second person) or a
    clinician (third person, with the patient's `name` and no advice to the reader)."""
    patient = audience == PATIENT
    covered = completeness.covered_days
    values = {"name": patient_name(name), "recorded": completeness.recorded_days, "count": covered}
    if covered == 0:
        if patient:
            return gettext("Your diary does not cover any day of this period yet.")
        return sentence_start(
            gettext("%(name)s's diary does not cover any day of this period yet.") % values
        )
    if covered < completeness.days:
        if patient:
            sentence = ngettext(
                "You recorded %(recorded)s of %(count)s day, counting from the day your diary "
                "began.",
                "You recorded %(recorded)s of %(count)s days, counting from the day your diary "
                "began.",
                covered,
            )
        else:
            sentence = ngettext(
                "%(name)s recorded %(recorded)s of %(count)s day, counting from the day their "
                "diary began.",
                "%(name)s recorded %(recorded)s of %(count)s days, counting from the day their "
                "diary began.",
                covered,
            )
    elif patient:
        sentence = ngettext(
            "You recorded %(recorded)s of %(count)s day.",
            "You recorded %(recorded)s of %(count)s days.",
            covered,
        )
    else:
        sentence = ngettext(
            "%(name)s recorded %(recorded)s of %(count)s day.",
            "%(name)s recorded %(recorded)s of %(count)s days.",
            covered,
        )
    sentences = [sentence_start(sentence % values)]
    if completeness.counts_may_be_low:
        sentences.append(
            gettext(
                "The counts may be too low: days you did not record are read as days without "
                "migraine."
            )
            if patient
            else gettext(
                "The counts may be too low: days not recorded are read as days without migraine."
            )
        )
    return " ".join(sentences)


def rate_text(rate: float | None, completeness: Completeness) -> str:
    """A rate per 30 days in words: "2.5", "too early to say" before enough covered days,
    "no rate" when none is covered."""
    if not completeness.rates_shown and completeness.covered_days:
        return gettext(TOO_EARLY)
    return gettext(NO_RATE) if rate is None else format_decimal(rate)


def completeness_json(completeness: Completeness, *, audience: Audience, name: str = "") -> dict:
    """The completeness figures and their sentences, JSON-ready."""
    return {
        "days": completeness.days,
        "covered_days": completeness.covered_days,
        "recorded_days": completeness.recorded_days,
        "rates_shown": completeness.rates_shown,
        "counts_may_be_low": completeness.counts_may_be_low,
        "text": completeness_text(completeness, audience=audience, name=name),
    }


def format_decimal(value: float, places: int = 1) -> str:
    """A number with `places` decimals, with the language's decimal mark ("2.5", "2,5")."""
    # Rounded as Python's format rounds it, so "2.5" reads the same in every language.
    return number_format(Decimal(f"{value:.{places}f}"), decimal_pos=places)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """The English noun for `count` things: "1 day", "2 days" (English only: translated
    words use ngettext on a whole phrase, as `count_days` does)."""
    return singular if count == 1 else (plural_form or singular + "s")


def count_days(count: int, kind: str = "") -> str:
    """The count with its noun: "1 day", "3 days", "1 migraine day", "0 migraine days",
    each language's plural (ngettext). `kind` is "", "migraine", "headache" or
    "overuse-relevant"."""
    if kind == "migraine":
        words = ngettext("%(count)s migraine day", "%(count)s migraine days", count)
    elif kind == "headache":
        words = ngettext("%(count)s headache day", "%(count)s headache days", count)
    elif kind == "overuse-relevant":
        words = ngettext("%(count)s overuse-relevant day", "%(count)s overuse-relevant days", count)
    elif kind:
        raise ValueError(f"no words for {kind!r} days")
    else:
        words = ngettext("%(count)s day", "%(count)s days", count)
    return words % {"count": count}


def join_words(words: list[str]) -> str:
    """ "a", "a and b", "a, b and c", with the language's "and"."""
    words = [str(word) for word in words]
    if len(words) <= 1:
        return "".join(words)
    return pgettext("a list: the words before and the last word", "%(items)s and %(last)s") % {
        "items": ", ".join(words[:-1]),
        "last": words[-1],
    }


def join_or(words: list[str]) -> str:
    """ "a", "a or b", "a, b or c", with the language's "or"."""
    words = [str(word) for word in words]
    if len(words) <= 1:
        return "".join(words)
    return pgettext("a list: the words before and the last word", "%(items)s or %(last)s") % {
        "items": ", ".join(words[:-1]),
        "last": words[-1],
    }
