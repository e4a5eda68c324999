"""What importing a batch would do now, decided against the patient's diary: the entries
to create, those already there (skipped, so a file imported twice adds nothing), rows
that would break a rule of the diary (refused: a headache-free day with an attack on it,
in the diary or in the file), and the names Overlap cannot place by itself (labels),
each with the choices the preview offers."""

import datetime
import zoneinfo
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.utils import formats, timezone
from django.utils.translation import gettext, pgettext, pgettext_lazy

from accounts.models import User
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    ImportBatch,
    Medication,
    MedicationCategory,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Trigger,
)
from education.models import Condition

KINDS = (
    "trigger",
    "medication",
    "attack",
    "flare",
    "checkin",
    "dose",
    "headache_free_day",
    "questionnaire",
)
SKIP = "skip"
NEW_TRIGGER = "new"
# Kinds of medicine taken to prevent, not to treat: a mapped unknown medicine of these
# kinds is saved with that purpose.
PREVENTIVE_KINDS = {"cgrp_antibody"}
DISEASE_KINDS = {"dmard", "biologic", "immunosuppressant"}


@dataclass
class Label:
    """A name in the file that Overlap cannot place by itself, and what it may become."""

    kind: str  # trigger, medicine, condition
    name: str
    choices: list[tuple[str, str]]
    default: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name.casefold()}"

    @property
    def kind_label(self) -> str:
        """The kind as the preview names it: "Trigger", "Medicine", "Condition"."""
        return str(KIND_WORDS.get(self.kind, self.kind))


KIND_WORDS = {
    "trigger": pgettext_lazy("a name in an imported file", "Trigger"),
    "medicine": pgettext_lazy("a name in an imported file", "Medicine"),
    "condition": pgettext_lazy("a name in an imported file", "Condition"),
}


@dataclass
class Plan:
    """What an import of the batch would do now."""

    create: list[dict[str, Any]] = field(default_factory=list)
    duplicates: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    skipped_labels: int = 0

    def counts(self) -> Counter:
        return Counter(entry["kind"] for entry in self.create)


def fold(name: str) -> str:
    return name.strip().casefold()


def _trigger_labels(patient: User, entries: list[dict]) -> tuple[dict[str, int], list[Label]]:
    """Known trigger names (folded) -> id, and a Label for each name in the file that is
    neither known nor one of the file's own triggers."""
    known = {fold(trigger.name): trigger.pk for trigger in Trigger.objects.available_to(patient)}
    own = {fold(entry["name"]) for entry in entries if entry["kind"] == "trigger"}
    choices = [(NEW_TRIGGER, gettext("Add it as my own trigger")), (SKIP, gettext("Skip it"))] + [
        (f"id:{trigger.pk}", gettext("Same as “%(name)s”") % {"name": trigger.label})
        for trigger in Trigger.objects.available_to(patient).order_by("name")
    ]
    labels: dict[str, Label] = {}
    for entry in entries:
        for name in entry.get("triggers", []):
            if fold(name) not in known and fold(name) not in own and fold(name) not in labels:
                labels[fold(name)] = Label("trigger", name, choices, NEW_TRIGGER)
    return known, list(labels.values())


def _medicine_labels(patient: User, entries: list[dict]) -> tuple[dict[str, int], list[Label]]:
    medications = Medication.objects.for_owner(patient)
    known = {fold(medication.name): medication.pk for medication in medications}
    in_file = {fold(entry["name"]) for entry in entries if entry["kind"] == "medication"}
    choices = [
        (value, gettext("A medicine: %(kind)s") % {"kind": label})
        for value, label in MedicationCategory.choices
    ]
    choices.append((SKIP, gettext("Skip its doses")))
    labels: dict[str, Label] = {}
    for entry in entries:
        if entry["kind"] != "dose":
            continue
        name = entry["medication"]
        if fold(name) not in known and fold(name) not in in_file and fold(name) not in labels:
            labels[fold(name)] = Label(
                "medicine", name, choices, entry.get("category") or MedicationCategory.OTHER
            )
    return known, list(labels.values())


def conditions_by_name() -> dict[str, Condition]:
    """Every condition by its folded name and its slug."""
    conditions = {}
    for condition in Condition.objects.all():
        conditions[fold(condition.name)] = condition
        conditions[fold(condition.slug)] = condition
    return conditions


def _condition_labels(entries: list[dict]) -> tuple[dict[str, Condition], list[Label]]:
    known = conditions_by_name()
    choices = [
        (condition.slug, gettext("A flare of %(condition)s") % {"condition": condition.name})
        for condition in Condition.objects.filter(kind="autoimmune").order_by("name")
    ]
    choices.append((SKIP, gettext("Skip these flares")))
    labels: dict[str, Label] = {}
    for entry in entries:
        if entry["kind"] != "flare":
            continue
        name = entry["condition"]
        if fold(name) not in known and fold(name) not in labels:
            labels[fold(name)] = Label("condition", name, choices, entry.get("suggest", SKIP))
    return known, list(labels.values())


def import_plan(*, batch: ImportBatch, mapping: dict[str, str] | None = None) -> Plan:
    """What importing the batch would create now, given the patient's choice for each
    unknown label (mapping: Label.key -> choice; defaults where none)."""
    patient = batch.owner
    entries = batch.parsed.get("entries", [])
    known_triggers, trigger_labels = _trigger_labels(patient, entries)
    known_medicines, medicine_labels = _medicine_labels(patient, entries)
    conditions, condition_labels = _condition_labels(entries)
    plan = Plan(labels=trigger_labels + medicine_labels + condition_labels)
    mapping = mapping or {}
    chosen = {}
    for label in plan.labels:
        value = mapping.get(label.key, label.default)
        allowed = {choice for choice, _ in label.choices}
        chosen[label.key] = value if value in allowed else label.default

    existing_attacks = list(MigraineAttack.objects.for_owner(patient))
    attack_starts = {attack.started_at: attack.pk for attack in existing_attacks}
    ongoing_attack = MigraineAttack.objects.for_owner(patient).ongoing().exists()
    flare_starts = set(Flare.objects.for_owner(patient).values_list("condition_id", "started_on"))
    ongoing_flares = set(
        Flare.objects.for_owner(patient).ongoing().values_list("condition_id", flat=True)
    )
    checkin_days = set(DailyCheckIn.objects.for_owner(patient).values_list("day", flat=True))
    dose_keys = {
        (fold(name), taken_at)
        for name, taken_at in MedicationDose.objects.for_owner(patient).values_list(
            "medication__name", "taken_at"
        )
    }
    completed = {
        (slug, moment)
        for slug, moment in QuestionnaireResponse.objects.for_owner(patient)
        .completed()
        .values_list("slug", "completed_at")
    }
    planned_triggers = set(known_triggers)
    planned_medicines = set(known_medicines)

    def refuse(entry: dict, reason: str) -> None:
        plan.refused.append({"part": entry["part"], "row": entry["row"], "reason": reason})

    def trigger_targets(names: list[str]) -> list[str]:
        """Each name as "id:<pk>" or "name:<name>" (made by this import); skipped ones out."""
        targets = []
        for name in names:
            folded = fold(name)
            if folded in known_triggers:
                targets.append(f"id:{known_triggers[folded]}")
                continue
            choice = chosen.get(f"trigger:{folded}", NEW_TRIGGER)
            if choice == SKIP:
                plan.skipped_labels += 1
            elif choice.startswith("id:"):
                targets.append(choice)
            else:
                targets.append(f"name:{name.strip()}")
                if folded not in planned_triggers:
                    planned_triggers.add(folded)
                    plan.create.append(
                        {"kind": "trigger", "part": "", "row": 0, "name": name.strip()}
                    )
        return list(dict.fromkeys(targets))

    free_days = []
    for entry in entries:
        kind = entry["kind"]
        if kind == "headache_free_day":
            free_days.append(entry)  # once every attack of the file is planned
        elif kind == "trigger":
            if fold(entry["name"]) in planned_triggers or not entry["name"].strip():
                continue
            planned_triggers.add(fold(entry["name"]))
            plan.create.append(entry)
        elif kind == "medication":
            if fold(entry["name"]) in planned_medicines:
                continue
            planned_medicines.add(fold(entry["name"]))
            plan.create.append(entry)
        elif kind == "attack":
            started = datetime.datetime.fromisoformat(entry["started_at"])
            if started in attack_starts:
                plan.duplicates += 1
                continue
            if entry["ended_at"] is None:
                if ongoing_attack:
                    refuse(
                        entry,
                        gettext("Another attack is already in progress; this one has no end."),
                    )
                    continue
                ongoing_attack = True
            attack_starts[started] = 0
            plan.create.append({**entry, "triggers": trigger_targets(entry["triggers"])})
        elif kind == "flare":
            condition = conditions.get(fold(entry["condition"]))
            if condition is None:
                choice = chosen.get(f"condition:{fold(entry['condition'])}", SKIP)
                condition = conditions.get(choice) if choice != SKIP else None
            if condition is None:
                plan.skipped_labels += 1
                continue
            day = datetime.date.fromisoformat(entry["started_on"])
            if (condition.pk, day) in flare_starts:
                plan.duplicates += 1
                continue
            if entry["ended_on"] is None:
                if condition.pk in ongoing_flares:
                    refuse(
                        entry,
                        gettext("A flare of %(condition)s is already ongoing.")
                        % {"condition": condition.name},
                    )
                    continue
                ongoing_flares.add(condition.pk)
            flare_starts.add((condition.pk, day))
            plan.create.append(
                {
                    **entry,
                    "condition_id": condition.pk,
                    "triggers": trigger_targets(entry["triggers"]),
                }
            )
        elif kind == "checkin":
            day = datetime.date.fromisoformat(entry["day"])
            if day in checkin_days:
                plan.duplicates += 1
                continue
            checkin_days.add(day)
            plan.create.append({**entry, "triggers": trigger_targets(entry["triggers"])})
        elif kind == "dose":
            name = fold(entry["medication"])
            if name not in planned_medicines:
                choice = chosen.get(f"medicine:{name}", MedicationCategory.OTHER)
                if choice == SKIP:
                    plan.skipped_labels += 1
                    continue
                planned_medicines.add(name)
                plan.create.append(_new_medicine(entry["medication"], choice))
            taken = datetime.datetime.fromisoformat(entry["taken_at"])
            if (name, taken) in dose_keys:
                plan.duplicates += 1
                continue
            dose_keys.add((name, taken))
            plan.create.append(entry)
        elif kind == "questionnaire":
            # The same instrument completed at the same moment is the same response.
            key = (entry["slug"], datetime.datetime.fromisoformat(entry["completed_at"]))
            if key in completed:
                plan.duplicates += 1
                continue
            completed.add(key)
            plan.create.append(entry)
    if free_days:
        _plan_headache_free_days(batch, plan, free_days, existing_attacks, refuse)
    return plan


def _local_days(
    start: datetime.datetime,
    end: datetime.datetime | None,
    tz: zoneinfo.ZoneInfo,
    today: datetime.date,
) -> set[datetime.date]:
    """The local days an attack is present on (as MigraineAttackQuerySet.between counts
    them: an ongoing attack runs on to today)."""
    first = start.astimezone(tz).date()
    last = end.astimezone(tz).date() if end is not None else today
    return {first + datetime.timedelta(days=n) for n in range((last - first).days + 1)}


def _plan_headache_free_days(
    batch: ImportBatch,
    plan: Plan,
    entries: list[dict],
    existing_attacks: list[MigraineAttack],
    refuse: Any,
) -> None:
    """A day already recorded headache-free is already there; a day with an attack on it,
    in the diary or planned from the file, is refused, as headache_free_day_record does.
    Days are local in the zone the patient has once the import is done."""
    patient = batch.owner
    tz = patient.tzinfo
    zone = (batch.parsed.get("profile") or {}).get("timezone", "")
    if zone in zoneinfo.available_timezones():
        tz = zoneinfo.ZoneInfo(zone)
    today = timezone.now().astimezone(tz).date()
    attack_days: set[datetime.date] = set()
    for attack in existing_attacks:
        attack_days |= _local_days(attack.started_at, attack.ended_at, tz, today)
    for entry in plan.create:
        if entry["kind"] == "attack":
            end = entry["ended_at"]
            attack_days |= _local_days(
                datetime.datetime.fromisoformat(entry["started_at"]),
                datetime.datetime.fromisoformat(end) if end else None,
                tz,
                today,
            )
    free_days = set(HeadacheFreeDay.objects.for_owner(patient).values_list("day", flat=True))
    for entry in entries:
        day = datetime.date.fromisoformat(entry["day"])
        if day in free_days:
            plan.duplicates += 1
            continue
        if day in attack_days:
            refuse(
                entry,
                gettext(
                    "%(day)s has a migraine attack logged, in your diary or in this file, so it "
                    "stays an attack day and is not saved as headache-free."
                )
                % {"day": formats.date_format(day, pgettext("day, short month and year", "d M Y"))},
            )
            continue
        free_days.add(day)
        plan.create.append(entry)


def _new_medicine(name: str, category: str) -> dict[str, Any]:
    purpose = "acute"
    if category in PREVENTIVE_KINDS:
        purpose = "preventive"
    elif category in DISEASE_KINDS:
        purpose = "disease_modifying"
    return {
        "kind": "medication",
        "part": "",
        "row": 0,
        "name": name.strip(),
        "category": category,
        "purpose": purpose,
        "usual_amount": "",
        "usual_for_attacks": False,
    }
