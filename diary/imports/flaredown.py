"""Flaredown's CSV export: one row a day, one column per condition, symptom and treatment
(named "condition: Lupus", "symptom: Fatigue", "treatment: Methotrexate"), scores 0 to 4
for conditions and symptoms, "Taken", "Not Taken" or a dose for treatments, then the
tags, foods and weather of the day. Flaredown keeps days, not times: its condition scores
become flares (a run of days scored 2 or more), its symptoms check-ins, its treatments
doses at noon; never attacks with invented times."""

import datetime

from django.utils.translation import gettext, gettext_lazy, pgettext

from diary.imports import days, labels
from diary.imports.entries import (
    UNREADABLE,
    UNREADABLE_ROW,
    Parsed,
    RowRefused,
    iso_day,
    score,
    text,
)
from diary.imports.files import Upload, table
from diary.imports.moments import day_first, local_moment

KINDS = ("condition:", "symptom:", "treatment:")
FLARE_FROM = 2  # of 4: moderate
NOT_TAKEN = {"not taken", "no", "0", ""}
HEADACHE_WORDS = ("migraine", "headache")


def detect(upload: Upload) -> bool:
    if upload.is_zip:
        return False
    first = upload.text.lstrip().split("\n", 1)[0].casefold()
    return first.startswith(("date,", '"date",')) and any(kind in first for kind in KINDS)


def _day(value: str) -> datetime.date:
    value = value.strip()
    if len(value) == 10 and value[4] == "-":
        return iso_day(value, gettext_lazy("The date"))
    return local_moment(value, day_first=True, what=gettext_lazy("The date")).date()


def parse(upload: Upload, parsed: Parsed) -> None:
    header, rows = table(upload.text)
    columns = {name: name.split(":", 1) for name in header if name.casefold().startswith(KINDS)}
    first = day_first([row.get(header[0], "") for _, row in rows])
    runs: dict[str, list[tuple[datetime.date, int, int]]] = {}
    doses = []
    for number, row in rows:
        try:
            value = row.get(header[0], "")
            day = (
                _day(value)
                if first is None or "-" in value
                else local_moment(value, day_first=first, what=gettext_lazy("The date")).date()
            )
            parsed.past_day(day, gettext_lazy("The date"))
            checkin = days.Day(day, number)
            row_doses: list[tuple[int, dict]] = []
            row_scores: list[tuple[str, int]] = []
            for column, (kind, name) in columns.items():
                kind, name, cell = kind.strip().casefold(), name.strip(), row.get(column, "")
                if kind == "treatment":
                    if cell.strip().casefold() not in NOT_TAKEN:
                        moment = datetime.datetime(
                            day.year, day.month, day.day, 12, tzinfo=parsed.tz
                        )
                        row_doses.append(
                            (
                                number,
                                {
                                    "medication": text(name, gettext_lazy("The treatment"), 100),
                                    "taken_at": parsed.past_moment(
                                        moment, gettext_lazy("The dose")
                                    ),
                                    "amount": ""
                                    if cell.strip().casefold() == "taken"
                                    else text(cell, gettext_lazy("The dose"), 50),
                                    "relief": "",
                                    "attack": None,
                                    "category": labels.medicine_kind(name),
                                },
                            )
                        )
                    continue
                level = score(cell, gettext("The score of %(name)s") % {"name": name}, 0, 4)
                if level is None:
                    continue
                if kind == "condition" and not any(
                    word in name.casefold() for word in HEADACHE_WORDS
                ):
                    row_scores.append((name, level))
                    continue
                score_name = days.SCORES.get(name.casefold())
                if score_name:
                    checkin.score(score_name, days.scaled(level, 4))
                elif level:
                    checkin.note(
                        pgettext("imported notes", "%(name)s: %(score)s of 4")
                        % {"name": name, "score": level}
                    )
            tags = [tag.strip() for tag in row.get("tags", "").split(",") if tag.strip()]
            for tag in tags:
                if tag.casefold() in ("period", "menstruation"):
                    checkin.values["menstruation"] = True
                else:
                    checkin.triggers.append(labels.trigger_name(tag))
            foods = row.get("foods", "").strip()
            if foods:
                checkin.note(pgettext("imported notes", "Foods: %(value)s") % {"value": foods})
                if "gluten" in foods.casefold():
                    checkin.values["gluten"] = True
            if row.get("weather", "").strip():
                checkin.note(
                    pgettext("imported notes", "Weather: %(value)s")
                    % {"value": row["weather"].strip()}
                )
            entry = checkin.entry()
        except RowRefused as error:
            parsed.refuse("", number, str(error))
            continue
        except UNREADABLE:
            parsed.refuse("", number, UNREADABLE_ROW)
            continue
        # The whole row, or (above) none of it.
        if not checkin.is_empty():
            parsed.add("checkin", "", number, **entry)
        doses += row_doses
        for name, level in row_scores:
            runs.setdefault(name, []).append((day, level, number))
    for name, scores in runs.items():
        _flares(parsed, name, sorted(scores))
    for number, dose in doses:
        parsed.add("dose", "", number, **dose)
    parsed.notice(
        gettext(
            "Flaredown keeps days, not times: a flare is a run of days a condition scored "
            "%(lowest)s or more of 4, and each treatment taken is placed at noon of its day."
        )
        % {"lowest": FLARE_FROM}
    )


def _flares(parsed: Parsed, name: str, scores: list[tuple[datetime.date, int, int]]) -> None:
    """A flare for each run of consecutive days scored FLARE_FROM or more; its severity from
    the run's worst score (2 mild, 3 moderate, 4 severe)."""
    run: list[tuple[datetime.date, int, int]] = []
    for entry in [*scores, (datetime.date.max, 0, 0)]:
        day, level, _ = entry
        continues = run and level >= FLARE_FROM and (day - run[-1][0]).days == 1
        if run and not continues:
            worst = max(level for _, level, _ in run)
            parsed.add(
                "flare",
                "",
                run[0][2],
                condition=name,
                started_on=run[0][0].isoformat(),
                ended_on=run[-1][0].isoformat(),
                severity=worst - 1,
                symptoms=[],
                triggers=[],
                notes=pgettext(
                    "imported notes",
                    "From Flaredown: %(name)s scored %(score)s of 4 at worst.",
                )
                % {"name": name, "score": worst},
            )
            run = []
        if level >= FLARE_FROM and day != datetime.date.max:
            run.append(entry)
