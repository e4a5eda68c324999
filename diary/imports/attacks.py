"""What the attack diaries (Migraine Buddy, Aiding Migraine) share: their symptom and
pain-position words placed in Overlap's choices (the rest kept in the notes), and the
medicines of an attack as doses at its start."""

import re
from typing import Any

from django.utils.translation import gettext, gettext_lazy

from diary.imports import labels
from diary.imports.entries import Parsed, text

MEDICINE = re.compile(
    r"^(?P<name>.+?)\s*(?P<amount>\d[\d.,]*\s*(?:mg|g|ml|mcg|µg|iu)\b)?\s*"
    r"(?:\((?:x\s*)?(?P<count>\d+)\))?$",
    re.IGNORECASE,
)


def symptoms(names: list[str]) -> tuple[list[str], list[str]]:
    """Overlap's symptom codes for the names, and the names it has no code for."""
    codes: list[str] = []
    others = []
    for name in names:
        code = labels.ATTACK_SYMPTOMS.get(name.casefold())
        if code is None:
            others.append(name)
        elif code not in codes:
            codes.append(code)
    return codes, others


def location(names: list[str]) -> tuple[str, list[str]]:
    """One of Overlap's pain locations for the names ("" for none), and the names it could
    not place."""
    places = [labels.PAIN_POSITIONS.get(name.casefold()) for name in names]
    known = [place for place in places if place]
    unknown = [name for name, place in zip(names, places, strict=True) if not place]
    if "left" in known and "right" in known:
        return "both", unknown
    return (known[0] if known else ""), unknown


def add_attack(
    parsed: Parsed, attack: dict[str, Any], medicines: list[str], row: int, app: str
) -> None:
    """The attack, and a dose of each medicine named at its start, linked to it; all of
    the row or (RowRefused) none of it."""
    doses = []
    for item in medicines:
        match = MEDICINE.match(item)
        name = (match.group("name") if match else item).strip()
        amount = (match.group("amount") or "") if match else ""
        count = int(match.group("count") or 1) if match else 1
        if count > 1:
            amount = f"{amount} ×{count}".strip()
        doses.append(
            {
                "medication": text(name, gettext_lazy("The medicine"), 100),
                "taken_at": attack["started_at"],
                "amount": text(amount, gettext_lazy("The amount"), 50),
                "relief": "",
                "attack": attack["ref"],
                "category": labels.medicine_kind(name),
            }
        )
    parsed.add("attack", "", row, **attack)
    for dose in doses:
        parsed.add("dose", "", row, **dose)
    if doses:
        parsed.notice(
            gettext(
                "%(app)s does not say when each medicine was taken: each dose is placed at "
                "the start of its attack."
            )
            % {"app": app}
        )
