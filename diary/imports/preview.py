"""The preview's and the result's words, made once here for the patient (second person):
what the file holds, the first entries as they will be saved, and the rows refused."""

import datetime
import zoneinfo
from collections import Counter
from typing import Any

from django.utils import formats
from django.utils.translation import gettext, gettext_lazy, ngettext, ngettext_lazy, pgettext

from diary.models import ImportFormat, MedicationDose, MigraineAttack

FIRST_ROWS = 8
ORDER = (
    "attack",
    "dose",
    "flare",
    "checkin",
    "headache_free_day",
    "questionnaire",
    "medication",
    "trigger",
)


def _number(number: int) -> str:
    return formats.number_format(number, force_grouping=True)


def count_words(number: int, kind: str) -> str:
    """'3 attacks', '1 check-in', with the number grouped as the language does."""
    words = {
        "attack": lambda: ngettext("%(count)s attack", "%(count)s attacks", number),
        "dose": lambda: ngettext("%(count)s dose", "%(count)s doses", number),
        "flare": lambda: ngettext("%(count)s flare", "%(count)s flares", number),
        "checkin": lambda: ngettext("%(count)s check-in", "%(count)s check-ins", number),
        "headache_free_day": lambda: ngettext(
            "%(count)s headache-free day", "%(count)s headache-free days", number
        ),
        "questionnaire": lambda: ngettext(
            "%(count)s completed questionnaire", "%(count)s completed questionnaires", number
        ),
        "medication": lambda: ngettext(
            "%(count)s medicine for your list", "%(count)s medicines for your list", number
        ),
        "trigger": lambda: ngettext(
            "%(count)s trigger of your own", "%(count)s triggers of your own", number
        ),
    }
    return words[kind]() % {"count": _number(number)}


def listing(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return gettext("%(items)s and %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def counts_sentence(counts: Counter, *, done: bool) -> str:
    """'This file adds 3 attacks, 2 doses and 1 check-in to your diary.' and the like."""
    parts = [count_words(counts[kind], kind) for kind in ORDER if counts.get(kind)]
    if not parts:
        return (
            gettext("Nothing was added: everything in the file was already in your diary.")
            if done
            else gettext("This file adds nothing new: everything in it is already in your diary.")
        )
    if done:
        return gettext("Imported %(entries)s into your diary.") % {"entries": listing(parts)}
    return gettext("This file adds %(entries)s to your diary.") % {"entries": listing(parts)}


def duplicates_sentence(duplicates: int) -> str:
    if not duplicates:
        return ""
    return ngettext(
        "%(count)s entry already in your diary will be left as they are.",
        "%(count)s entries already in your diary will be left as they are.",
        duplicates,
    ) % {"count": _number(duplicates)}


def _moment(value: str, tz: zoneinfo.ZoneInfo) -> str:
    moment = datetime.datetime.fromisoformat(value).astimezone(tz)
    return formats.date_format(moment, pgettext("day, short month, year and time", "d M Y, H:i"))


def _day(value: str) -> str:
    day = datetime.date.fromisoformat(value)
    return formats.date_format(day, pgettext("day, short month and year", "d M Y"))


def entry_row(
    entry: dict[str, Any], tz: zoneinfo.ZoneInfo, trigger_names: dict[str, str]
) -> dict[str, str]:
    """One entry as the preview's table shows it: what, when, details (trigger_names:
    "id:<pk>" -> name for the triggers already in Overlap)."""
    kind = entry["kind"]
    details: list[Any]
    if kind == "attack":
        kind_label = dict(MigraineAttack.AttackType.choices).get(
            entry["attack_type"], gettext("Attack")
        )
        when = _moment(entry["started_at"], tz)
        end = _moment(entry["ended_at"], tz) if entry["ended_at"] else gettext("still going")
        details = [gettext("until %(end)s") % {"end": end}]
        if entry["peak_intensity"] is not None:
            details.append(gettext("pain %(score)s/10") % {"score": entry["peak_intensity"]})
        if entry["aura"]:
            details.append(gettext("aura"))
        symptoms = dict(MigraineAttack.Symptom.choices)
        details += [str(symptoms.get(code, code)).lower() for code in entry["symptoms"]]
    elif kind == "dose":
        kind_label, when = gettext("Dose"), _moment(entry["taken_at"], tz)
        reliefs = dict(MedicationDose.Relief.choices)
        relief = entry["relief"]
        details = [
            entry["medication"],
            entry["amount"],
            str(reliefs.get(relief, relief)).lower() if relief else "",
        ]
    elif kind == "flare":
        kind_label = gettext("Flare (%(condition)s)") % {"condition": entry["condition"]}
        when = _day(entry["started_on"])
        details = [
            gettext("until %(end)s") % {"end": _day(entry["ended_on"])}
            if entry["ended_on"]
            else gettext("ongoing")
        ]
        details.append(gettext("severity %(score)s/3") % {"score": entry["severity"]})
    else:
        kind_label, when = gettext("Check-in"), _day(entry["day"])
        details = [
            f"{CHECKIN_WORDS[name]} {entry[name]}"
            for name in ("sleep_hours", "stress", "fatigue", "joint_pain", "water_glasses")
            if entry.get(name) is not None
        ]
    details += [
        gettext("trigger %(name)s") % {"name": trigger_names.get(target, target.split(":", 1)[1])}
        for target in entry.get("triggers", [])
    ]
    if entry.get("notes"):
        details.append(gettext("note: %(note)s") % {"note": entry["notes"][:80]})
    return {
        "kind": str(kind_label),
        "when": when,
        "details": "; ".join(str(detail) for detail in details if detail),
    }


# A check-in's answers as the preview names them.
CHECKIN_WORDS = {
    "sleep_hours": gettext_lazy("sleep hours"),
    "stress": gettext_lazy("stress"),
    "fatigue": gettext_lazy("fatigue"),
    "joint_pain": gettext_lazy("joint pain"),
    "water_glasses": gettext_lazy("water glasses"),
}


def first_rows(
    entries: list[dict[str, Any]], tz: zoneinfo.ZoneInfo, trigger_names: dict[str, str]
) -> list[dict[str, str]]:
    shown = [entry for entry in entries if entry["kind"] in ("attack", "dose", "flare", "checkin")]
    return [entry_row(entry, tz, trigger_names) for entry in shown[:FIRST_ROWS]]


def where(refusal: dict[str, Any]) -> str:
    """'Row 12' or 'attacks.csv, row 12'."""
    if refusal.get("part"):
        return gettext("%(part)s, row %(row)s") % {"part": refusal["part"], "row": refusal["row"]}
    return gettext("Row %(row)s") % {"row": refusal["row"]}


def profile_sentences(
    changes: dict[str, Any], profile: dict[str, Any] | None, email: str
) -> list[str]:
    """Whose export this is, and what it changes in your profile."""
    if not profile:
        return []
    sentences = []
    owner = profile.get("display_name") or profile.get("email") or gettext("someone")
    if profile.get("email") and profile["email"].casefold() != email.casefold():
        sentences.append(
            gettext(
                "This export carries the name %(name)s (%(email)s), not your account's. "
                "Import it only if it is your own diary: its entries become yours."
            )
            % {"name": owner, "email": profile["email"]}
        )
    else:
        sentences.append(
            gettext("This is an Overlap export of %(name)s's diary.") % {"name": owner}
        )
    if "timezone" in changes:
        sentences.append(
            gettext("Your time zone will be set to %(zone)s, as in the file.")
            % {"zone": changes["timezone"]}
        )
    if "display_name" in changes:
        sentences.append(
            gettext("Your name will be set to %(name)s.") % {"name": changes["display_name"]}
        )
    if "theme" in changes:
        sentences.append(gettext("Your colour theme will be set as in the file."))
    if changes.get("cycle_tracking"):
        sentences.append(gettext("Cycle tracking will be turned on, as in the file."))
    if changes.get("gluten_questions"):
        sentences.append(gettext("Your check-in will ask whether you ate gluten, as in the file."))
    if "vessel_risks" in changes:
        sentences.append(
            gettext(
                "The heart and blood vessel facts in the file will be added to your profile "
                "(they decide the caution shown with triptans)."
            )
        )
    counted = [
        (
            "conditions",
            ngettext_lazy(
                "%(count)s condition from the file will be added to your profile.",
                "%(count)s conditions from the file will be added to your profile.",
                "count",
            ),
        ),
        (
            "kept_questionnaires",
            ngettext_lazy(
                "%(count)s questionnaire from the file will be kept on their schedule.",
                "%(count)s questionnaires from the file will be kept on their schedule.",
                "count",
            ),
        ),
        (
            "questionnaire_drafts",
            ngettext_lazy(
                "%(count)s paused questionnaire from the file will wait for you to finish them.",
                "%(count)s paused questionnaires from the file will wait for you to finish them.",
                "count",
            ),
        ),
        (
            "appointments",
            ngettext_lazy(
                "%(count)s appointment from the file will be added, with questions.",
                "%(count)s appointments from the file will be added, with questions.",
                "count",
            ),
        ),
    ]
    for key, sentence in counted:
        if changes.get(key):
            sentences.append(sentence % {"count": len(changes[key])})
    if changes.get("reminders"):
        sentences.append(gettext("Your reminders will be set as in the file."))
    return sentences


def format_label(value: str) -> str:
    return str(dict(ImportFormat.choices).get(value, value))
