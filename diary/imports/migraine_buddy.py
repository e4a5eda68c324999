"""Migraine Buddy's CSV export: a file of several sections, of which Overlap reads the
attacks. Newer exports carry each attack's UTC offsets (older ones do not: their times
are read in the patient's zone), a geohash (dropped: Overlap keeps no location data),
attack types and the place. Several values share a cell, separated by commas; dates follow
the phone's locale; "Lasted" reads "2h 30m" or "Ongoing"."""

import datetime
import re

from django.utils.translation import gettext, gettext_lazy, pgettext

from diary.imports import attacks, labels
from diary.imports.entries import (
    SPLIT_COMMAS,
    UNREADABLE,
    UNREADABLE_ROW,
    Parsed,
    RowRefused,
    join_notes,
    score,
    split,
    text,
)
from diary.imports.files import ImportRefused, Upload, csv_rows, records
from diary.imports.moments import day_first, duration, local_moment

HEADER_START = ["#", "Started", "Lasted"]
USED = {
    "#",
    "Started",
    "Lasted",
    "Start UTC Offset (min)",
    "End UTC Offset (min)",
    "Geohash",
    "Attack Types",
    "Attack Location",
    "Pain Level",
    "Pain Position",
    "Symptoms",
    "Auras",
    "Aura",
    "Triggers",
    "Medication",
    "Relief Methods",
    "Activities Affected",
    "Notes",
}


def _header_index(rows: list[list[str]]) -> int | None:
    for index, row in enumerate(rows):
        if [cell.strip() for cell in row[:3]] == HEADER_START:
            return index
    return None


def detect(upload: Upload) -> bool:
    if upload.is_zip:
        return False
    head = upload.text[:200_000]
    return '"#","Started","Lasted"' in head or "#,Started,Lasted" in head


def parse(upload: Upload, parsed: Parsed) -> None:
    rows = csv_rows(upload.text)
    start = _header_index(rows)
    if start is None:
        raise ImportRefused(gettext("This Migraine Buddy file has no table of attacks."))
    body = []
    for row in rows[start + 1 :]:
        if not any(cell.strip() for cell in row):
            break  # the next section begins after a blank line
        body.append(row)
    table = records(rows[start], body, start + 2)
    header = [cell.strip() for cell in rows[start]]
    if len(rows) > start + 1 + len(body):
        parsed.notice(
            gettext(
                "Only the attacks table of this Migraine Buddy file is imported; its other "
                "sections are left out."
            )
        )
    unused = [name for name in header if name and name not in USED]
    if unused:
        parsed.notice(
            gettext("Columns Overlap has no place for were left out: %(columns)s.")
            % {"columns": ", ".join(unused)}
        )
    if any(row.get("Geohash", "").strip() for _, row in table):
        parsed.notice(
            gettext(
                "The Geohash column (where you were, as map coordinates) was left out: "
                "Overlap keeps no location data."
            )
        )
    has_offsets = "Start UTC Offset (min)" in header
    if not has_offsets:
        parsed.notice(
            gettext(
                "This older export has no UTC offsets, so its times were read in your time "
                "zone (%(zone)s)."
            )
            % {"zone": parsed.tz.key}
        )
    first = day_first([row.get("Started", "") for _, row in table])
    if first is None:
        first = not any(re.search(r"[AaPp][Mm]\s*$", row.get("Started", "")) for _, row in table)
    if any(re.match(r"\s*\d{1,2}[/.]", row.get("Started", "")) for _, row in table):
        parsed.notice(
            gettext("Dates were read as day/month/year, as your phone wrote them.")
            if first
            else gettext("Dates were read as month/day/year, as your phone wrote them.")
        )

    for number, cells in table:
        try:
            _attack(parsed, cells, number, day_first=first, has_offsets=has_offsets)
        except RowRefused as error:
            parsed.refuse("", number, str(error))
        except UNREADABLE:
            parsed.refuse("", number, UNREADABLE_ROW)


def _zone(row: dict, column: str, parsed: Parsed) -> datetime.tzinfo:
    value = row.get(column, "").strip()
    if not value:
        return parsed.tz
    try:
        minutes = int(value)
    except ValueError:
        raise RowRefused(
            gettext("The UTC offset “%(value)s” is not a number of minutes.") % {"value": value}
        ) from None
    if abs(minutes) > 14 * 60:
        raise RowRefused(
            gettext("The UTC offset “%(value)s” is not a possible one.") % {"value": value}
        )
    return datetime.timezone(datetime.timedelta(minutes=minutes))


def _aware(naive: datetime.datetime, zone: datetime.tzinfo) -> datetime.datetime:
    return naive.replace(tzinfo=zone)


def _attack(parsed: Parsed, row: dict, number: int, *, day_first: bool, has_offsets: bool) -> None:
    started_naive = local_moment(
        row.get("Started", ""), day_first=day_first, what=gettext_lazy("The start")
    )
    zone = _zone(row, "Start UTC Offset (min)", parsed) if has_offsets else parsed.tz
    started = _aware(started_naive, zone)
    lasted = row.get("Lasted", "").strip()
    if lasted.casefold() == "ongoing":
        ended = None
    elif not lasted:
        raise RowRefused(
            gettext("The attack says neither how long it lasted nor that it is ongoing.")
        )
    else:
        ended = started + duration(lasted, gettext_lazy("The length"))
    types = split(row.get("Attack Types", ""), SPLIT_COMMAS)
    is_migraine = not types or any("migraine" in kind.casefold() for kind in types)

    symptoms, other_symptoms = attacks.symptoms(split(row.get("Symptoms", ""), SPLIT_COMMAS))
    location, unknown_positions = attacks.location(
        split(row.get("Pain Position", ""), SPLIT_COMMAS)
    )

    aura_cell = row.get("Auras", row.get("Aura", "")).strip()
    aura = bool(aura_cell) and aura_cell.casefold() not in ("no", "none", "false", "0")
    aura_note = (
        "" if aura_cell.casefold() in ("", "yes", "no", "none", "true", "false") else aura_cell
    )

    notes = join_notes(
        text(row.get("Notes", "")),
        pgettext("imported notes", "Other symptoms: %(value)s")
        % {"value": ", ".join(other_symptoms)}
        if other_symptoms
        else "",
        pgettext("imported notes", "Pain position: %(value)s")
        % {"value": ", ".join(unknown_positions)}
        if unknown_positions
        else "",
        pgettext("imported notes", "Aura: %(value)s") % {"value": aura_note} if aura_note else "",
        pgettext("imported notes", "Attack types: %(value)s") % {"value": ", ".join(types)}
        if len(types) > 1
        else "",
        pgettext("imported notes", "Place: %(value)s") % {"value": row["Attack Location"].strip()}
        if row.get("Attack Location", "").strip()
        else "",
        pgettext("imported notes", "Relief methods: %(value)s")
        % {"value": row["Relief Methods"].strip()}
        if row.get("Relief Methods", "").strip()
        else "",
        pgettext("imported notes", "Activities affected: %(value)s")
        % {"value": row["Activities Affected"].strip()}
        if row.get("Activities Affected", "").strip()
        else "",
    )
    ref = f"attack:{number}"
    attack = {
        "ref": ref,
        "attack_type": "migraine" if is_migraine else "headache",
        "started_at": parsed.past_moment(started, gettext_lazy("The start")),
        "ended_at": parsed.past_moment(ended, gettext_lazy("The end")) if ended else None,
        "peak_intensity": score(row.get("Pain Level", ""), gettext_lazy("The pain level"), 0, 10),
        "aura": aura,
        "symptoms": symptoms,
        "location": location,
        "disability": None,
        "triggers": [
            labels.trigger_name(name) for name in split(row.get("Triggers", ""), SPLIT_COMMAS)
        ],
        "notes": text(notes),
    }
    attacks.add_attack(
        parsed, attack, split(row.get("Medication", ""), SPLIT_COMMAS), number, "Migraine Buddy"
    )
