"""Bearable's CSV export: one row per data point, `date,weekday,time of day,category,
rating/amount,detail,notes` (newer files add `date formatted`). They become check-ins:
sleep, stress, water, fatigue and joint pain where Overlap keeps them, the other ratings
and symptoms in the day's notes, factors as triggers, medicines as doses at the time of
day. A headache rating stays a rating in the notes: Overlap never invents an attack."""

import datetime
import re
from decimal import Decimal

from django.utils.translation import gettext, gettext_lazy, pgettext

from diary.imports import days, labels
from diary.imports.entries import (
    UNREADABLE,
    UNREADABLE_ROW,
    Parsed,
    RowRefused,
    finite_decimal,
    iso_day,
    text,
)
from diary.imports.files import Upload, table
from diary.imports.moments import duration
from diary.models import MAX_WATER_GLASSES

HEADER = ["date", "weekday", "time of day", "category", "rating/amount", "detail", "notes"]
SEVERITY = re.compile(r"^(?P<name>.+?)\s*\((?P<level>[^)]*)\)\s*$")
SEVERITY_WORDS = {"none": 0, "mild": 1, "moderate": 2, "severe": 3, "extreme": 4}
PERIOD_WORDS = {"period", "menstruation", "menstrual cycle", "spotting"}


def detect(upload: Upload) -> bool:
    first = upload.text.lstrip().split("\n", 1)[0].strip().casefold()
    return not upload.is_zip and first.replace('"', "").startswith(",".join(HEADER))


def _number(value: str) -> Decimal | None:
    return finite_decimal(value) if value.strip() else None


def parse(upload: Upload, parsed: Parsed) -> None:
    _, rows = table(upload.text)
    by_day: dict[datetime.date, days.Day] = {}
    doses = []
    for number, row in rows:
        try:
            day = iso_day(row.get("date", ""), gettext_lazy("The date"))
            parsed.past_day(day, gettext_lazy("The date"))
            checkin = by_day.setdefault(day, days.Day(day, number))
            dose = _point(parsed, checkin, row)
            if dose:
                doses.append((number, dose))
        except RowRefused as error:
            parsed.refuse("", number, str(error))
        except UNREADABLE:
            parsed.refuse("", number, UNREADABLE_ROW)
    for checkin in by_day.values():
        if not checkin.is_empty():
            try:
                parsed.add("checkin", "", checkin.row, **checkin.entry())
            except RowRefused as error:
                parsed.refuse("", checkin.row, str(error))
    for number, dose in doses:
        parsed.add("dose", "", number, **dose)
    if doses:
        parsed.notice(
            gettext(
                "Bearable notes medicines by the time of day only: morning doses are placed "
                "at 08:00, afternoon at 14:00, evening at 20:00, others at noon."
            )
        )
    parsed.notice(
        gettext(
            "Bearable's ratings become check-ins; headache and migraine ratings are kept in "
            "the day's notes, never turned into attacks."
        )
    )


def _point(parsed: Parsed, checkin: days.Day, row: dict) -> dict | None:
    """Put one data point into the day's check-in; a dose is returned instead."""
    category = row.get("category", "").strip().casefold()
    detail = row.get("detail", "").strip()
    amount = row.get("rating/amount", "").strip()
    note = text(row.get("notes", ""))
    if note:
        checkin.note(note)
    if category == "sleep":
        hours = _number(amount)
        if hours is None and amount:
            hours = Decimal(duration(amount, gettext_lazy("The sleep")).total_seconds()) / 3600
        if hours is not None:
            if not 0 <= hours <= 24:
                raise RowRefused(
                    gettext("The sleep “%(value)s” is not 0 to 24 hours.") % {"value": amount}
                )
            checkin.values["sleep_hours"] = str(hours.quantize(Decimal("0.1")))
        return None
    if category in ("water", "hydration"):
        glasses = _number(amount)
        if glasses is not None:
            if not 0 <= glasses <= MAX_WATER_GLASSES:
                raise RowRefused(
                    gettext("The water “%(value)s” is not 0 to %(most)s glasses.")
                    % {"value": amount, "most": MAX_WATER_GLASSES}
                )
            checkin.values["water_glasses"] = int(glasses)
        return None
    if category in ("symptom", "symptoms"):
        match = SEVERITY.match(detail)
        name = match.group("name") if match else detail
        level = _number(amount)
        if level is None and match:
            word = match.group("level").casefold()
            level = Decimal(SEVERITY_WORDS[word]) if word in SEVERITY_WORDS else None
        score_name = days.SCORES.get(name.casefold())
        if score_name and level is not None:
            checkin.score(score_name, days.scaled(float(level), 4))
        elif name:
            words = [match.group("level")] if match else []
            words += (
                [
                    pgettext("imported notes", "(%(score)s of 4)") % {"score": amount}
                    if match
                    else amount
                ]
                if amount
                else []
            )
            checkin.note(f"{name}: {' '.join(words)}".rstrip(": "))
        return None
    if category in ("stress",):
        level = _number(amount)
        if level is not None:
            checkin.score("stress", days.scaled(float(level), 5))
        return None
    if category in ("factors", "factor"):
        for item in [part.strip() for part in detail.split("|") if part.strip()]:
            if item.casefold() in PERIOD_WORDS:
                checkin.values["menstruation"] = True
            elif item.casefold() in ("gluten", "ate gluten"):
                checkin.values["gluten"] = True
            else:
                checkin.triggers.append(labels.trigger_name(item))
        return None
    if category in ("medication", "medications", "treatment"):
        name = text(detail, gettext_lazy("The medicine"), 100)
        if not name:
            return None
        moment = days.dose_moment(checkin.day, row.get("time of day", ""), parsed.tz)
        return {
            "medication": name,
            "taken_at": parsed.past_moment(moment, gettext_lazy("The dose")),
            "amount": text(amount, gettext_lazy("The amount"), 50),
            "relief": "",
            "attack": None,
            "category": labels.medicine_kind(name),
        }
    # Mood, energy and anything else: kept in words.
    if category and (amount or detail):
        checkin.note(f"{row['category'].strip()}: {' '.join(filter(None, [amount, detail]))}")
    return None
