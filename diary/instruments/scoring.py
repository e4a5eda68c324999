"""Scoring a questionnaire's answers, its band, the change since the last completion against
the instrument's minimal important difference, and the words for them. Pure functions over
plain values: no database.

Every instrument here refuses to score a form with missing answers (each data file's
`missing` says so in words); partial answers are only ever saved as a paused draft.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import formats
from django.utils.translation import gettext, ngettext, pgettext

from diary.instruments import Instrument


class AnswersInvalid(ValueError):
    """Answers that cannot be saved or scored; `errors` maps each item id to the reason."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{key}: {value}" for key, value in errors.items()))
        self.errors = errors


@dataclass(frozen=True)
class Score:
    total: Decimal
    band: str
    subscales: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """The change from an earlier score; `meaningful` is None when the instrument has no
    published minimal important difference for that earlier score."""

    earlier: Decimal
    earlier_on: date
    difference: Decimal
    meaningful: bool | None


def parse_answers(
    instrument: Instrument, raw: Mapping[str, object], *, complete: bool
) -> dict[str, Decimal]:
    """The answers in `raw` (item id -> text or number) as numbers, each one checked against
    its item. With `complete`, every item must be answered. Unknown keys are ignored."""
    answers: dict[str, Decimal] = {}
    errors: dict[str, str] = {}
    for position, item in enumerate(instrument.items, start=1):
        value = raw.get(item.id)
        if value is None or str(value).strip() == "":
            if complete:
                errors[item.id] = gettext("Question %(number)s needs an answer.") % {
                    "number": position
                }
            continue
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            errors[item.id] = gettext("Question %(number)s: choose one of the answers.") % {
                "number": position
            }
            continue
        if not number.is_finite() or not item.allowed(number):
            if item.type == "choice":
                errors[item.id] = gettext("Question %(number)s: choose one of the answers.") % {
                    "number": position
                }
            elif item.step != 1:
                errors[item.id] = gettext(
                    "Question %(number)s: give a number from %(low)s to %(high)s in steps of "
                    "%(step)s."
                ) % {
                    "number": position,
                    "low": _plain(item.low),
                    "high": _plain(item.high),
                    "step": _plain(item.step),
                }
            else:
                errors[item.id] = gettext(
                    "Question %(number)s: give a number from %(low)s to %(high)s."
                ) % {"number": position, "low": _plain(item.low), "high": _plain(item.high)}
            continue
        answers[item.id] = number
    if errors:
        raise AnswersInvalid(errors)
    return answers


def score(instrument: Instrument, answers: Mapping[str, Decimal]) -> Score:
    """The instrument's score for complete, checked answers (parse_answers first)."""
    missing = [item.id for item in instrument.items if item.id not in answers]
    if missing:
        raise AnswersInvalid(dict.fromkeys(missing, instrument.missing))
    values = [answers[item.id] for item in instrument.items]
    if instrument.scoring == "sum":
        total = sum(values, Decimal(0))
    elif instrument.scoring == "mean":
        total = (sum(values, Decimal(0)) / len(values)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
    elif instrument.scoring == "rapid3":
        total = rapid3_total(answers)
    else:
        raise ValueError(f"Unknown scoring {instrument.scoring!r} for {instrument.slug}.")
    subscales = {
        name: sum((answers[item_id] for item_id in ids), Decimal(0))
        for name, ids in instrument.subscales.items()
    }
    return Score(total=total, band=band(instrument, total), subscales=subscales)


def rapid3_function(answers: Mapping[str, Decimal]) -> Decimal:
    """MDHAQ function: the ten 0-3 items' raw sum (0-30) on a 0-10 scale, to one decimal
    (the MDHAQ's own table: 1 -> 0.3, 2 -> 0.7, 3 -> 1.0)."""
    raw = sum((value for key, value in answers.items() if key.startswith("function_")), Decimal(0))
    return (raw / 3).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def rapid3_total(answers: Mapping[str, Decimal]) -> Decimal:
    """RAPID3, 0-30: function (0-10) + pain (0-10) + patient global (0-10)."""
    return rapid3_function(answers) + answers["pain"] + answers["global"]


def band(instrument: Instrument, total: Decimal) -> str:
    """The label of the first band whose upper bound the total does not pass."""
    for each in instrument.bands:
        if each.upto is None or total <= each.upto:
            return each.label
    return instrument.bands[-1].label


def change(instrument: Instrument, *, earlier: Decimal, earlier_on: date, now: Decimal) -> Change:
    """The change from `earlier` to `now`, judged against the instrument's minimal important
    difference for that earlier score where one is published."""
    difference = now - earlier
    meaningful = None
    for rule in instrument.mid_rules:
        if not rule.applies_to(earlier):
            continue
        by_points = rule.points is not None and abs(difference) >= rule.points
        by_percent = (
            rule.percent is not None
            and earlier > 0
            and abs(difference) * 100 >= rule.percent * earlier
        )
        meaningful = by_points or by_percent
        break
    return Change(
        earlier=earlier, earlier_on=earlier_on, difference=difference, meaningful=meaningful
    )


# --- Words ---------------------------------------------------------------------------


def _plain(number: Decimal) -> str:
    """A number without trailing zeros: 7, 4.67, 0.5."""
    text = format(number.normalize(), "f")
    return text


def _day(day: date) -> str:
    """The day in words in the active language: "3 November 2026" in English."""
    return formats.date_format(day, pgettext("day, month and year", "j F Y"))


def _keep(text: str) -> str:
    return text


def mid_words(instrument: Instrument) -> str:
    """The minimal important difference as a phrase, or "" when none is published."""
    phrases = []
    for rule in instrument.mid_rules:
        parts = []
        if rule.points is not None:
            parts.append(
                ngettext("%(points)s point", "%(points)s points", 1 if rule.points == 1 else 2)
                % {"points": _plain(rule.points)}
            )
        if rule.percent is not None:
            parts.append(f"{_plain(rule.percent)} %")
        phrase = gettext(" or ").join(parts)
        if rule.baseline_from is not None and rule.baseline_upto is not None:
            phrase = gettext("%(change)s when the earlier score was %(low)s to %(high)s") % {
                "change": phrase,
                "low": _plain(rule.baseline_from),
                "high": _plain(rule.baseline_upto),
            }
        elif rule.baseline_from is not None:
            phrase = gettext("%(change)s when the earlier score was %(low)s or more") % {
                "change": phrase,
                "low": _plain(rule.baseline_from),
            }
        phrases.append(phrase)
    return "; ".join(phrases)


def score_summary(
    instrument: Instrument,
    result: Score,
    completed_on: date,
    *,
    patient_name: str | None = None,
    keep: Callable[[str], str] = _keep,
) -> str:
    """The score in words: to the patient in the second person, or, given the patient's
    name, to a clinician in the third. `keep` marks the instrument's own words (what it
    measures, its band), which stay in English where no licensed translation exists."""
    low, high = instrument.score_range
    values = {
        "patient": patient_name,
        "name": instrument.name,
        "day": _day(completed_on),
        "total": _plain(result.total),
        "low": _plain(low),
        "high": _plain(high),
        "measures": keep(instrument.measures),
        "band": keep(result.band),
    }
    if patient_name:
        text = gettext(
            "%(patient)s's %(name)s score on %(day)s was %(total)s (possible range %(low)s to "
            "%(high)s, higher meaning more %(measures)s): %(band)s."
        )
    else:
        text = gettext(
            "Your %(name)s score on %(day)s was %(total)s (possible range %(low)s to "
            "%(high)s, higher meaning more %(measures)s): %(band)s."
        )
    return text % values


def change_summary(
    instrument: Instrument, result: Change | None, *, patient_name: str | None = None
) -> str:
    """The change since the last completion in words, against the minimal important
    difference where one is published."""
    if result is None:
        if patient_name:
            return gettext(
                "This is the first %(name)s %(patient)s completed in Overlap: nothing to "
                "compare with yet."
            ) % {"name": instrument.name, "patient": patient_name}
        return gettext(
            "This is the first %(name)s you completed in Overlap: nothing to compare with yet."
        ) % {"name": instrument.name}
    since = _day(result.earlier_on)
    if result.difference == 0:
        moved = gettext("The same score as on %(day)s (%(earlier)s).") % {
            "day": since,
            "earlier": _plain(result.earlier),
        }
    else:
        values = {
            "difference": _plain(abs(result.difference)),
            "day": since,
            "earlier": _plain(result.earlier),
        }
        if result.difference < 0:
            moved = gettext(
                "%(difference)s lower (better) than on %(day)s, when it was %(earlier)s."
            )
        else:
            moved = gettext(
                "%(difference)s higher (worse) than on %(day)s, when it was %(earlier)s."
            )
        moved = moved % values
    if result.meaningful is None:
        if instrument.mid_rules:
            judged = gettext(
                "The published minimal important difference does not cover an earlier score "
                "this low, so Overlap does not judge this change."
            )
        else:
            judged = gettext(
                "No minimal important difference is published for the %(name)s that "
                "Overlap uses, so it does not judge this change."
            ) % {"name": instrument.name}
    elif result.meaningful:
        judged = gettext("That reaches the change counted as meaningful (%(mid)s).") % {
            "mid": mid_words(instrument)
        }
    else:
        judged = gettext("That is less than the change counted as meaningful (%(mid)s).") % {
            "mid": mid_words(instrument)
        }
    if patient_name:
        return f"{moved} {judged}"
    return f"{moved} {judged} " + gettext("Discuss it with your clinician.")
