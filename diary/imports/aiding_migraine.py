"""Aiding Migraine's CSV export (UTF-8 with a byte-order mark): one attack a row,
`Date,Start Time,End Time,Duration (hours),Pain Level,Category,Medication,Notes,
Resolution,Status,Pressure (hPa),Symptoms,Triggers,Prodrome,Postdrome,Pain Location,
Pain Quality`, several values separated by "; ". Older files stop earlier in that list.
Times carry no offset: they are read in the patient's zone."""

import datetime
import re

from django.utils.translation import gettext, gettext_lazy, pgettext

from diary.imports import attacks, labels
from diary.imports.entries import (
    UNREADABLE,
    UNREADABLE_ROW,
    Parsed,
    RowRefused,
    finite_decimal,
    join_notes,
    score,
    split,
    text,
)
from diary.imports.files import Upload, table
from diary.imports.moments import day_first, local_moment

HEADER_START = "Date,Start Time,End Time"
KNOWN = {
    "Date",
    "Start Time",
    "End Time",
    "Duration (hours)",
    "Pain Level",
    "Category",
    "Medication",
    "Notes",
    "Resolution",
    "Status",
    "Pressure (hPa)",
    "Symptoms",
    "Triggers",
    "Prodrome",
    "Postdrome",
    "Pain Location",
    "Pain Quality",
}
ONGOING = {"ongoing", "active", "in progress"}


def detect(upload: Upload) -> bool:
    return not upload.is_zip and upload.text.lstrip().startswith(HEADER_START)


def parse(upload: Upload, parsed: Parsed) -> None:
    header, rows = table(upload.text)
    unused = [name for name in header if name and name not in KNOWN]
    if unused:
        parsed.notice(
            gettext("Columns Overlap has no place for were left out: %(columns)s.")
            % {"columns": ", ".join(unused)}
        )
    parsed.notice(
        gettext(
            "Aiding Migraine writes no UTC offsets, so its times were read in your time zone "
            "(%(zone)s)."
        )
        % {"zone": parsed.tz.key}
    )
    first = day_first([row.get("Date", "") for _, row in rows])
    if first is None:
        first = True
    for number, row in rows:
        try:
            _attack(parsed, row, number, day_first=first)
        except RowRefused as error:
            parsed.refuse("", number, str(error))
        except UNREADABLE:
            parsed.refuse("", number, UNREADABLE_ROW)


def _local(naive: datetime.datetime, parsed: Parsed) -> datetime.datetime:
    return naive.replace(tzinfo=parsed.tz)


def _hours(value: str) -> datetime.timedelta | None:
    value = value.strip()
    if not value:
        return None
    hours = finite_decimal(value)
    if hours is None:
        raise RowRefused(
            gettext("The duration “%(value)s” is not a number of hours.") % {"value": value}
        )
    if hours < 0 or hours > 24 * 30:
        raise RowRefused(
            gettext("The duration “%(value)s” is not a possible number of hours.")
            % {"value": value}
        )
    return datetime.timedelta(minutes=round(hours * 60))


def _attack(parsed: Parsed, row: dict, number: int, *, day_first: bool) -> None:
    date = row.get("Date", "").strip()
    start_time = row.get("Start Time", "").strip() or "00:00"
    started = _local(
        local_moment(f"{date} {start_time}", day_first=day_first, what=gettext_lazy("The start")),
        parsed,
    )
    status = row.get("Status", "").strip()
    ended: datetime.datetime | None
    if row.get("End Time", "").strip():
        ended = _local(
            local_moment(
                f"{date} {row['End Time'].strip()}",
                day_first=day_first,
                what=gettext_lazy("The end"),
            ),
            parsed,
        )
        if ended < started:  # past midnight
            ended += datetime.timedelta(days=1)
        length = _hours(row.get("Duration (hours)", ""))
        if length and length > datetime.timedelta(hours=24):
            ended = started + length
    elif (length := _hours(row.get("Duration (hours)", ""))) is not None:
        ended = started + length
    elif status.casefold() in ONGOING:
        ended = None
    else:
        raise RowRefused(
            gettext("The attack has no end time, no duration and is not marked ongoing.")
        )
    if status.casefold() in ONGOING:
        ended = None

    category = row.get("Category", "").strip()
    codes, other_symptoms = attacks.symptoms(split(row.get("Symptoms", "")))
    other_symptoms = [name for name in other_symptoms if "aura" not in name.casefold()]
    location, unknown_places = attacks.location(split(row.get("Pain Location", "")))
    pain = re.sub(r"\s*/\s*10\s*$", "", row.get("Pain Level", ""))

    def line(label: str, column: str) -> str:
        """label: "...: %(value)s", a line of the notes, already translated."""
        value = row.get(column, "").strip()
        return label % {"value": value} if value else ""

    notes = join_notes(
        text(row.get("Notes", "")),
        pgettext("imported notes", "Other symptoms: %(value)s")
        % {"value": ", ".join(other_symptoms)}
        if other_symptoms
        else "",
        pgettext("imported notes", "Pain location: %(value)s")
        % {"value": ", ".join(unknown_places)}
        if unknown_places
        else "",
        line(pgettext("imported notes", "Category: %(value)s"), "Category")
        if category and "migraine" not in category.casefold()
        else "",
        line(pgettext("imported notes", "Pain quality: %(value)s"), "Pain Quality"),
        line(pgettext("imported notes", "Prodrome: %(value)s"), "Prodrome"),
        line(pgettext("imported notes", "Postdrome: %(value)s"), "Postdrome"),
        line(pgettext("imported notes", "Resolution: %(value)s"), "Resolution"),
        line(pgettext("imported notes", "Air pressure (hPa): %(value)s"), "Pressure (hPa)"),
    )
    attack = {
        "ref": f"attack:{number}",
        "attack_type": "migraine"
        if not category or "migraine" in category.casefold()
        else "headache",
        "started_at": parsed.past_moment(started, gettext_lazy("The start")),
        "ended_at": parsed.past_moment(ended, gettext_lazy("The end")) if ended else None,
        "peak_intensity": score(pain, gettext_lazy("The pain level"), 0, 10),
        "aura": "aura" in " ".join(split(row.get("Symptoms", ""))).casefold(),
        "symptoms": codes,
        "location": location,
        "disability": None,
        "triggers": [labels.trigger_name(name) for name in split(row.get("Triggers", ""))],
        "notes": text(notes),
    }
    attacks.add_attack(parsed, attack, split(row.get("Medication", "")), number, "Aiding Migraine")
