"""The preview's and the result's words, made once here for the patient (second person):
what the file holds, the first entries as they will be saved, and the rows refused."""

import datetime
import zoneinfo
from collections import Counter
from typing import Any

from diary.models import ImportFormat, MigraineAttack

FIRST_ROWS = 8
NOUNS = {
    "attack": ("attack", "attacks"),
    "dose": ("dose", "doses"),
    "flare": ("flare", "flares"),
    "checkin": ("check-in", "check-ins"),
    "headache_free_day": ("headache-free day", "headache-free days"),
    "questionnaire": ("completed questionnaire", "completed questionnaires"),
    "medication": ("medicine for your list", "medicines for your list"),
    "trigger": ("trigger of your own", "triggers of your own"),
}
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


def count_words(number: int, kind: str) -> str:
    singular, plural = NOUNS[kind]
    return f"{number:,} {singular if number == 1 else plural}"


def listing(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def counts_sentence(counts: Counter, *, done: bool) -> str:
    """'This file adds 3 attacks, 2 doses and 1 check-in to your diary.' and the like."""
    parts = [count_words(counts[kind], kind) for kind in ORDER if counts.get(kind)]
    if not parts:
        return (
            "Nothing was added: everything in the file was already in your diary."
            if done
            else "This file adds nothing new: everything in it is already in your diary."
        )
    if done:
        return f"Imported {listing(parts)} into your diary."
    return f"This file adds {listing(parts)} to your diary."


def duplicates_sentence(duplicates: int) -> str:
    if not duplicates:
        return ""
    entries = "entry" if duplicates == 1 else "entries"
    return f"{duplicates:,} {entries} already in your diary will be left as they are."


def _moment(value: str, tz: zoneinfo.ZoneInfo) -> str:
    return datetime.datetime.fromisoformat(value).astimezone(tz).strftime("%d %b %Y, %H:%M")


def _day(value: str) -> str:
    return datetime.date.fromisoformat(value).strftime("%d %b %Y")


def entry_row(
    entry: dict[str, Any], tz: zoneinfo.ZoneInfo, trigger_names: dict[str, str]
) -> dict[str, str]:
    """One entry as the preview's table shows it: what, when, details (trigger_names:
    "id:<pk>" -> name for the triggers already in Overlap)."""
    kind = entry["kind"]
    if kind == "attack":
        kind_label = dict(MigraineAttack.AttackType.choices).get(entry["attack_type"], "Attack")
        when = _moment(entry["started_at"], tz)
        end = _moment(entry["ended_at"], tz) if entry["ended_at"] else "still going"
        details = [f"until {end}"]
        if entry["peak_intensity"] is not None:
            details.append(f"pain {entry['peak_intensity']}/10")
        if entry["aura"]:
            details.append("aura")
        symptoms = dict(MigraineAttack.Symptom.choices)
        details += [symptoms.get(code, code).lower() for code in entry["symptoms"]]
    elif kind == "dose":
        kind_label, when = "Dose", _moment(entry["taken_at"], tz)
        details = [entry["medication"], entry["amount"], entry["relief"]]
    elif kind == "flare":
        kind_label, when = f"Flare ({entry['condition']})", _day(entry["started_on"])
        details = [f"until {_day(entry['ended_on'])}" if entry["ended_on"] else "ongoing"]
        details.append(f"severity {entry['severity']}/3")
    else:
        kind_label, when = "Check-in", _day(entry["day"])
        details = [
            f"{name.replace('_', ' ')} {entry[name]}"
            for name in ("sleep_hours", "stress", "fatigue", "joint_pain", "water_glasses")
            if entry.get(name) is not None
        ]
    details += [
        "trigger " + trigger_names.get(target, target.split(":", 1)[1])
        for target in entry.get("triggers", [])
    ]
    if entry.get("notes"):
        details.append(f"note: {entry['notes'][:80]}")
    return {
        "kind": str(kind_label),
        "when": when,
        "details": "; ".join(str(detail) for detail in details if detail),
    }


def first_rows(
    entries: list[dict[str, Any]], tz: zoneinfo.ZoneInfo, trigger_names: dict[str, str]
) -> list[dict[str, str]]:
    shown = [entry for entry in entries if entry["kind"] in ("attack", "dose", "flare", "checkin")]
    return [entry_row(entry, tz, trigger_names) for entry in shown[:FIRST_ROWS]]


def where(refusal: dict[str, Any]) -> str:
    """'Row 12' or 'attacks.csv, row 12'."""
    row = f"row {refusal['row']}"
    return f"{refusal['part']}, {row}" if refusal.get("part") else row.capitalize()


def profile_sentences(
    changes: dict[str, Any], profile: dict[str, Any] | None, email: str
) -> list[str]:
    """Whose export this is, and what it changes in your profile."""
    if not profile:
        return []
    sentences = []
    owner = profile.get("display_name") or profile.get("email") or "someone"
    if profile.get("email") and profile["email"].casefold() != email.casefold():
        sentences.append(
            f"This export carries the name {owner} ({profile['email']}), not your account's. "
            "Import it only if it is your own diary: its entries become yours."
        )
    else:
        sentences.append(f"This is an Overlap export of {owner}'s diary.")
    if "timezone" in changes:
        sentences.append(f"Your time zone will be set to {changes['timezone']}, as in the file.")
    if "display_name" in changes:
        sentences.append(f"Your name will be set to {changes['display_name']}.")
    if "theme" in changes:
        sentences.append("Your colour theme will be set as in the file.")
    if changes.get("cycle_tracking"):
        sentences.append("Cycle tracking will be turned on, as in the file.")
    if changes.get("gluten_questions"):
        sentences.append("Your check-in will ask whether you ate gluten, as in the file.")
    if "vessel_risks" in changes:
        sentences.append(
            "The heart and blood vessel facts in the file will be added to your profile "
            "(they decide the caution shown with triptans)."
        )
    if changes.get("conditions"):
        number = len(changes["conditions"])
        conditions = "condition" if number == 1 else "conditions"
        sentences.append(f"{number} {conditions} from the file will be added to your profile.")
    if changes.get("kept_questionnaires"):
        number = len(changes["kept_questionnaires"])
        kept = "questionnaire" if number == 1 else "questionnaires"
        sentences.append(f"{number} {kept} from the file will be kept on their schedule.")
    if changes.get("questionnaire_drafts"):
        number = len(changes["questionnaire_drafts"])
        paused = "paused questionnaire" if number == 1 else "paused questionnaires"
        sentences.append(f"{number} {paused} from the file will wait for you to finish them.")
    if changes.get("appointments"):
        number = len(changes["appointments"])
        appointments = "appointment" if number == 1 else "appointments"
        sentences.append(f"{number} {appointments} from the file will be added, with questions.")
    if changes.get("reminders"):
        sentences.append("Your reminders will be set as in the file.")
    return sentences


def format_label(value: str) -> str:
    return str(dict(ImportFormat.choices).get(value, value))
