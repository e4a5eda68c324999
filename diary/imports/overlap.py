"""Overlap's own CSV export (the zip diary/exports/csv.py writes), read back losslessly:
every column of the diary's files (headache_free_days.csv, questionnaires.csv,
kept_questionnaires.csv, questionnaire_drafts.csv, appointments.csv and reminders.csv only
when there: older exports lack them), the profile's settings, vessel risks and conditions.
Shares and the access history are not imported: they are about other people."""

import datetime
import re
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, gettext_lazy

from accounts.models import VesselRisk
from diary.exports.csv import FORMULA_STARTS, WEEKDAY_CODES
from diary.imports.entries import (
    Parsed,
    RowRefused,
    finite_decimal,
    hours,
    iso_day,
    iso_moment,
    score,
    split,
    text,
    yes_no,
)
from diary.imports.files import ImportRefused, Upload, table
from diary.instruments import instrument
from diary.models import (
    MAX_SLEEP_HOURS,
    MAX_WATER_GLASSES,
    DoseRelief,
    Flare,
    MedicationCategory,
    MedicationPurpose,
    MigraineAttack,
    ReminderKind,
    Specialty,
)
from diary.models.appointments import QUESTION_MAX_CHARS, QUESTIONS_MAX
from diary.models.base import validate_no_control_characters
from diary.models.questionnaires import SLUG_MAX_LENGTH
from diary.models.reminders import RELIEF_DELAY_CHOICES
from diary.reminder_schedule import weekdays_mask

# An item or subscale id as the instruments name them ("q9", "physical", "item_2a").
PAIR_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
# A value as Overlap writes it ("3", "0.5", "-1"): a point, never a comma or an exponent.
PAIR_VALUE = re.compile(r"^-?[0-9]{1,6}(\.[0-9]{1,6})?$")
# The most a score's total can hold (QuestionnaireResponse.total: six digits, two decimals).
MOST_TOTAL = Decimal("9999.99")

RELIEF_DELAYS = {int(delay.total_seconds() // 60) for delay, _ in RELIEF_DELAY_CHOICES}

REQUIRED = ("profile.csv", "attacks.csv", "flares.csv", "medications.csv", "doses.csv")


def detect(upload: Upload) -> bool:
    return upload.is_zip and all(name in upload.parts for name in REQUIRED)


def unescape(value: str) -> str:
    """The text before the export's formula escaping (escape_cell) added its quote."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _codes(value: str, allowed: list[str], what: Any) -> list[str]:
    codes = split(unescape(value))
    unknown = [code for code in codes if code not in allowed]
    if unknown:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not one Overlap knows.")
            % {"what": what, "value": ", ".join(unknown)}
        )
    return codes


def _choice(value: str, allowed: list[str], what: Any, *, blank: bool = True) -> str:
    value = unescape(value).strip()
    if (value or not blank) and value not in allowed:
        raise RowRefused(
            # Translators: %(what)s is the subject, such as “The start” or “The date”.
            gettext("%(what)s “%(value)s” is not one Overlap knows.")
            % {"what": what, "value": value}
        )
    return value


def _rows(upload: Upload, name: str) -> list[tuple[int, dict]]:
    return table(upload.parts.get(name, ""), name)[1]


def _kept(upload: Upload) -> list[dict]:
    """The questionnaires kept on a schedule: known instruments, a whole number of days."""
    kept = []
    for _, row in _rows(upload, "kept_questionnaires.csv"):
        slug = unescape(row.get("questionnaire", "")).strip()
        try:
            interval = score(row.get("interval_days", ""), gettext_lazy("The interval"), 1, 3650)
        except RowRefused:
            continue
        if instrument(slug) is not None and interval:
            kept.append({"slug": slug, "interval_days": interval})
    return kept


def _drafts(upload: Upload) -> list[dict]:
    """Paused questionnaires: known instruments, answers as ids and numbers; others left out
    (a draft is only a start, re-answered before it counts)."""
    drafts: list[dict] = []
    for _, row in _rows(upload, "questionnaire_drafts.csv"):
        slug = unescape(row.get("questionnaire", "")).strip()
        try:
            answers = _pairs(row.get("answers", ""), gettext_lazy("The answer"))
            version = text(unescape(row.get("version", "")), gettext_lazy("The version"), 200)
        except RowRefused:
            continue
        if instrument(slug) is not None and slug not in {each["slug"] for each in drafts}:
            drafts.append({"slug": slug, "version": version, "answers": answers})
    return drafts


def _questions(row: dict) -> list[str] | None:
    """An appointment's questions, one a line; None when Overlap had not drafted them yet."""
    if not yes_no(row.get("questions_saved", ""), gettext_lazy("Questions saved")):
        return None
    questions = [" ".join(line.split()) for line in unescape(row.get("questions", "")).splitlines()]
    questions = [question for question in questions if question]
    if len(questions) > QUESTIONS_MAX or any(len(q) > QUESTION_MAX_CHARS for q in questions):
        raise RowRefused(
            gettext("Up to %(count)s questions of %(chars)s characters each.")
            % {"count": QUESTIONS_MAX, "chars": QUESTION_MAX_CHARS}
        )
    for question in questions:
        try:
            validate_no_control_characters(question)
        except ValidationError as error:
            raise RowRefused(error.messages[0]) from error
    return questions


def _appointments(upload: Upload) -> list[dict]:
    """Appointments with their questions; a row Overlap could not have written is left out."""
    appointments = []
    for _, row in _rows(upload, "appointments.csv"):
        try:
            appointments.append(
                {
                    "day": iso_day(row.get("day", ""), gettext_lazy("The day")).isoformat(),
                    "specialty": _choice(
                        row.get("specialty", ""),
                        Specialty.values,
                        gettext_lazy("The specialty"),
                        blank=False,
                    ),
                    "questions": _questions(row),
                }
            )
        except RowRefused:
            continue
    return appointments


def _reminders(upload: Upload) -> list[dict]:
    """Reminder settings, one per kind; a row Overlap could not have written is left out."""
    reminders: dict[str, dict] = {}
    for _, row in _rows(upload, "reminders.csv"):
        try:
            kind = _choice(
                row.get("kind", ""), ReminderKind.values, gettext_lazy("The reminder"), blank=False
            )
            local_time = datetime.time.fromisoformat(row.get("local_time", "").strip())
            days = split(row.get("weekdays", ""))
            if not days or any(day not in WEEKDAY_CODES for day in days):
                continue
            delay = score(
                row.get("relief_delay_minutes", ""), gettext_lazy("The delay"), 1, 24 * 60
            )
        except (RowRefused, ValueError):
            continue
        reminders[kind] = {
            "kind": kind,
            "enabled": row.get("enabled", "").strip() == "yes",
            "local_time": local_time.strftime("%H:%M"),
            "weekdays": weekdays_mask([WEEKDAY_CODES.index(day) for day in days]),
            "relief_delay_minutes": delay if delay in RELIEF_DELAYS else None,
            "include_details": row.get("include_details", "").strip() == "yes",
        }
    return list(reminders.values())


def _pairs(value: str, what: Any) -> dict[str, str]:
    """ "q1=3; q2=0.5" as {"q1": "3", "q2": "0.5"}: ids Overlap could have written, values
    numbers, kept as the text they were."""
    pairs = {}
    for item in split(unescape(value)):
        key, equals, number = item.partition("=")
        key, number = key.strip(), number.strip()
        if not equals or not PAIR_KEY.match(key) or not PAIR_VALUE.match(number):
            raise RowRefused(
                # Translators: %(what)s is the subject, such as “The start” or “The date”.
                gettext("%(what)s “%(value)s” is not an id and a number.")
                % {"what": what, "value": item[:40]}
            )
        pairs[key] = number
    return pairs


def _questionnaire(row: dict, parsed: Parsed) -> dict:
    slug = unescape(row.get("questionnaire", "")).strip()
    if len(slug) > SLUG_MAX_LENGTH or instrument(slug) is None:
        raise RowRefused(
            gettext("The questionnaire “%(value)s” is not one Overlap knows.")
            % {"value": slug[:40]}
        )
    total = finite_decimal(row.get("score", ""))
    if total is None or abs(total) > MOST_TOTAL:
        raise RowRefused(
            gettext("The score “%(value)s” is not a possible score.")
            % {"value": row.get("score", "")[:20]}
        )
    completed = iso_moment(row.get("completed_at", ""), gettext_lazy("The time it was completed"))
    return {
        "slug": slug,
        "version": text(unescape(row.get("version", "")), gettext_lazy("The version"), 200),
        "completed_at": parsed.past_moment(completed, gettext_lazy("The time it was completed")),
        "total": str(total.quantize(Decimal("0.01"))),
        "band": text(unescape(row.get("band", "")), gettext_lazy("The band"), 120),
        "subscales": _pairs(row.get("subscales", ""), gettext_lazy("The subscale")),
        "answers": _pairs(row.get("answers", ""), gettext_lazy("The answer")),
    }


def parse(upload: Upload, parsed: Parsed) -> None:
    profile_rows = _rows(upload, "profile.csv")
    if not profile_rows:
        raise ImportRefused(gettext("This Overlap export has no profile.csv row."))
    profile = profile_rows[0][1]
    parsed.profile = {
        "email": profile.get("email", ""),
        "display_name": unescape(profile.get("display_name", "")),
        "timezone": unescape(profile.get("timezone", "")),
        "theme": unescape(profile.get("theme", "")),
        "cycle_tracking": profile.get("cycle_tracking", "") == "yes",
        "gluten_questions": profile.get("gluten_questions", "") == "yes",
        # Only codes Overlap knows; anything else is left out, as the profile form would.
        "vessel_risks": [
            code
            for code in split(unescape(profile.get("vessel_risks", "")))
            if code in VesselRisk.values
        ],
        "conditions": [unescape(row["name"]) for _, row in _rows(upload, "conditions.csv")],
        "kept_questionnaires": _kept(upload),
        "questionnaire_drafts": _drafts(upload),
        "appointments": _appointments(upload),
        "reminders": _reminders(upload),
    }
    for row_number, row in _rows(upload, "triggers.csv"):
        parsed.add("trigger", "triggers.csv", row_number, name=unescape(row.get("name", "")))

    medication_names = {}
    for number, row in _rows(upload, "medications.csv"):
        try:
            name = text(unescape(row.get("name", "")), gettext_lazy("The name"), 100)
            if not name:
                raise RowRefused(gettext("The medication has no name."))
            values = {
                "name": name,
                "category": _choice(
                    row.get("category", ""),
                    MedicationCategory.values,
                    gettext_lazy("The kind"),
                    blank=False,
                ),
                "purpose": _choice(
                    row.get("purpose", ""),
                    MedicationPurpose.values,
                    gettext_lazy("The purpose"),
                    blank=False,
                ),
                "usual_amount": text(
                    unescape(row.get("usual_amount", "")), gettext_lazy("The amount"), 50
                ),
                "usual_for_attacks": bool(
                    yes_no(row.get("usual_for_attacks", ""), gettext_lazy("One-tap"))
                ),
                "started_on": parsed.past_day(
                    iso_day(row["started_on"], gettext_lazy("The start day")), "The start day"
                )
                if row.get("started_on", "").strip()
                else None,
            }
        except RowRefused as error:
            parsed.refuse("medications.csv", number, str(error))
            continue
        medication_names[row.get("id", "")] = name
        parsed.add("medication", "medications.csv", number, **values)

    for number, row in _rows(upload, "attacks.csv"):
        try:
            started = iso_moment(row.get("started_at", ""), gettext_lazy("The start"))
            ended = (
                iso_moment(row["ended_at"], gettext_lazy("The end"))
                if row.get("ended_at")
                else None
            )
            if ended and ended < started:
                raise RowRefused(gettext("The attack ends before it starts."))
            values = {
                "ref": "attack:" + row.get("id", ""),
                "attack_type": _choice(
                    row.get("attack_type", ""),
                    MigraineAttack.AttackType.values,
                    gettext_lazy("The type"),
                    blank=False,
                ),
                "started_at": parsed.past_moment(started, gettext_lazy("The start")),
                "ended_at": parsed.past_moment(ended, gettext_lazy("The end")) if ended else None,
                "peak_intensity": score(
                    row.get("peak_intensity", ""), gettext_lazy("The pain"), 0, 10
                ),
                "aura": bool(yes_no(row.get("aura", ""), gettext_lazy("Aura"))),
                "symptoms": _codes(
                    row.get("symptoms", ""), MigraineAttack.Symptom.values, "The symptom"
                ),
                "location": _choice(
                    row.get("location", ""), MigraineAttack.Location.values, "Where it hurt"
                ),
                "disability": score(
                    row.get("disability", ""), gettext_lazy("The disability"), 0, 3
                ),
                "triggers": split(unescape(row.get("triggers", ""))),
                "notes": text(unescape(row.get("notes", ""))),
            }
        except RowRefused as error:
            parsed.refuse("attacks.csv", number, str(error))
            continue
        parsed.add("attack", "attacks.csv", number, **values)

    for number, row in _rows(upload, "flares.csv"):
        try:
            started_on = iso_day(row.get("started_on", ""), gettext_lazy("The first day"))
            ended_on = (
                iso_day(row["ended_on"], gettext_lazy("The last day"))
                if row.get("ended_on")
                else None
            )
            if ended_on and ended_on < started_on:
                raise RowRefused(gettext("The flare ends before it starts."))
            values = {
                "condition": unescape(row.get("condition", "")),
                "started_on": parsed.past_day(started_on, gettext_lazy("The first day")),
                "ended_on": parsed.past_day(ended_on, gettext_lazy("The last day"))
                if ended_on
                else None,
                "severity": score(row.get("severity", ""), gettext_lazy("The severity"), 1, 3) or 2,
                "symptoms": _codes(
                    row.get("symptoms", ""), Flare.Symptom.values, gettext_lazy("The symptom")
                ),
                "triggers": split(unescape(row.get("triggers", ""))),
                "notes": text(unescape(row.get("notes", ""))),
            }
        except RowRefused as error:
            parsed.refuse("flares.csv", number, str(error))
            continue
        parsed.add("flare", "flares.csv", number, **values)

    for number, row in _rows(upload, "doses.csv"):
        try:
            taken = iso_moment(row.get("taken_at", ""), gettext_lazy("The time taken"))
            name = medication_names.get(row.get("medication_id", "")) or text(
                unescape(row.get("medication", "")), gettext_lazy("The medicine"), 100
            )
            attack_id = row.get("attack_id", "")
            values = {
                "medication": name,
                "taken_at": parsed.past_moment(taken, gettext_lazy("The time taken")),
                "amount": text(unescape(row.get("amount", "")), gettext_lazy("The amount"), 50),
                "relief": _choice(
                    row.get("relief", ""), DoseRelief.values, gettext_lazy("The relief")
                ),
                "relief_dismissed": bool(
                    yes_no(row.get("relief_dismissed", ""), gettext_lazy("Not asked"))
                ),
                "attack": "attack:" + attack_id if attack_id else None,
            }
        except RowRefused as error:
            parsed.refuse("doses.csv", number, str(error))
            continue
        parsed.add("dose", "doses.csv", number, **values)

    for number, row in _rows(upload, "checkins.csv"):
        try:
            day = iso_day(row.get("day", ""), gettext_lazy("The day"))
            values = {
                "day": parsed.past_day(day, gettext_lazy("The day")),
                "sleep_hours": hours(
                    row.get("sleep_hours", ""), gettext_lazy("The sleep"), MAX_SLEEP_HOURS
                ),
                "stress": score(row.get("stress", ""), gettext_lazy("The stress"), 0, 10),
                "water_glasses": score(
                    row.get("water_glasses", ""), gettext_lazy("The water"), 0, MAX_WATER_GLASSES
                ),
                "gluten": yes_no(row.get("gluten", ""), gettext_lazy("Gluten")),
                "menstruation": yes_no(row.get("menstruation", ""), gettext_lazy("Menstruation")),
                "fatigue": score(row.get("fatigue", ""), gettext_lazy("The fatigue"), 0, 10),
                "joint_pain": score(
                    row.get("joint_pain", ""), gettext_lazy("The joint pain"), 0, 10
                ),
                "wellbeing": score(row.get("wellbeing", ""), gettext_lazy("The wellbeing"), 0, 10),
                "triggers": split(unescape(row.get("triggers", ""))),
                "notes": text(unescape(row.get("notes", ""))),
            }
        except RowRefused as error:
            parsed.refuse("checkins.csv", number, str(error))
            continue
        parsed.add("checkin", "checkins.csv", number, **values)

    for number, row in _rows(upload, "headache_free_days.csv"):
        try:
            day = iso_day(row.get("day", ""), gettext_lazy("The day"))
            values = {"day": parsed.past_day(day, gettext_lazy("The day"))}
        except RowRefused as error:
            parsed.refuse("headache_free_days.csv", number, str(error))
            continue
        parsed.add("headache_free_day", "headache_free_days.csv", number, **values)

    for number, row in _rows(upload, "questionnaires.csv"):
        try:
            values = _questionnaire(row, parsed)
        except RowRefused as error:
            parsed.refuse("questionnaires.csv", number, str(error))
            continue
        parsed.add("questionnaire", "questionnaires.csv", number, **values)
