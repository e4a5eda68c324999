"""The import workflow: read an uploaded file into a batch (the preview), import it in one
transaction once the patient confirms (a large file as a background job), undo it whole,
or keep it. What an import creates is decided by `plan.import_plan`, the same for the
preview and the import."""

import datetime
import hashlib
import zoneinfo
from collections import Counter
from contextlib import nullcontext
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django_tasks import task

from accounts.language import in_language, supported_language
from accounts.models import PatientProfile, User, VesselRisk
from diary import versions
from diary.imports import detect
from diary.imports import progress as import_progress
from diary.imports.entries import Parsed
from diary.imports.files import ImportRefused
from diary.imports.plan import KINDS, conditions_by_name, fold, import_plan
from diary.models import (
    Appointment,
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    ImportBatch,
    ImportedRecord,
    KeptInstrument,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Reminder,
    ReminderKind,
    Trigger,
)
from diary.reminders import reminder_save
from education.models import Medicine

# A file with this many entries to save is imported by the worker, not in the request.
BACKGROUND_FROM = 2_000


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def import_read(*, patient: User, file_name: str, data: bytes) -> ImportBatch:
    """A batch in preview holding the parsed file; ImportRefused when the file cannot be
    read or this file is already in the diary. Nothing of the diary changes."""
    digest = file_hash(data)
    already = ImportBatch.objects.for_owner(patient).filter(
        file_hash=digest,
        state__in=[ImportBatch.State.QUEUED, ImportBatch.State.IMPORTED, ImportBatch.State.KEPT],
    )
    if already.exists():
        raise ImportRefused(
            gettext("You already imported this file; importing it again would add nothing.")
        )
    parsed = Parsed(format="", now=timezone.now(), tz=patient.tzinfo)
    # The reasons and notices are stored as words, in the patient's language: the
    # account's (the request's already, but a file read outside a request gets it too),
    # else the request's, which follows the browser.
    with in_language(patient) if supported_language(patient.language) else nullcontext():
        detect.parse_upload(data, parsed)
    return ImportBatch.objects.create(
        owner=patient,
        format=parsed.format,
        file_name=file_name[:255],
        file_hash=digest,
        parsed=parsed.to_json(),
    )


def _profile_changes(batch: ImportBatch) -> dict[str, Any]:
    """What an Overlap export's profile changes in the patient's own (time zone, theme,
    cycle tracking, the gluten question, a name when none is set, reminder settings as in
    the file; vessel risks, conditions, kept questionnaires, paused questionnaires and
    appointments added, never removed)."""
    profile = batch.parsed.get("profile")
    if not profile:
        return {}
    patient = batch.owner
    changes: dict[str, Any] = {}
    # Only values Overlap itself could have written; anything else is left as it is.
    if profile["timezone"] in zoneinfo.available_timezones():
        if profile["timezone"] != patient.timezone:
            changes["timezone"] = profile["timezone"]
    if profile["theme"] in User.Theme.values and profile["theme"] != patient.theme:
        changes["theme"] = profile["theme"]
    name = profile["display_name"].strip()
    if name and len(name) <= 80 and name.isprintable() and not patient.display_name:
        changes["display_name"] = name
    patient_profile = PatientProfile.objects.filter(user=patient).first()
    if patient_profile and profile["cycle_tracking"] and not patient_profile.cycle_tracking:
        changes["cycle_tracking"] = True
    # Older exports lack these.
    if patient_profile and profile.get("gluten_questions") and not patient_profile.gluten_questions:
        changes["gluten_questions"] = True
    if patient_profile:
        have_risks = set(patient_profile.vessel_risks)
        wanted = have_risks | set(profile.get("vessel_risks", []))
        if wanted != have_risks:
            changes["vessel_risks"] = [risk for risk in VesselRisk.values if risk in wanted]
    kept = set(KeptInstrument.objects.for_owner(patient).values_list("slug", flat=True))
    new_kept = [each for each in profile.get("kept_questionnaires", []) if each["slug"] not in kept]
    if new_kept:
        changes["kept_questionnaires"] = new_kept
    # Older exports lack the three below.
    paused = set(
        QuestionnaireResponse.objects.for_owner(patient).drafts().values_list("slug", flat=True)
    )
    new_drafts = [
        each for each in profile.get("questionnaire_drafts", []) if each["slug"] not in paused
    ]
    if new_drafts:
        changes["questionnaire_drafts"] = new_drafts
    booked = {
        (day.isoformat(), specialty)
        for day, specialty in Appointment.objects.for_owner(patient).values_list("day", "specialty")
    }
    new_appointments = [
        each
        for each in profile.get("appointments", [])
        if (each["day"], each["specialty"]) not in booked
    ]
    if new_appointments:
        changes["appointments"] = new_appointments
    have_reminders = {
        reminder.kind: _reminder_settings(reminder)
        for reminder in Reminder.objects.for_owner(patient)
    }
    new_reminders = [
        each
        for each in profile.get("reminders", [])
        if have_reminders.get(each["kind"]) != _with_delay(each, have_reminders.get(each["kind"]))
    ]
    if new_reminders:
        changes["reminders"] = new_reminders
    conditions = conditions_by_name()
    have = set(patient_profile.conditions.values_list("pk", flat=True) if patient_profile else [])
    added = [
        conditions[fold(name)].pk
        for name in profile["conditions"]
        if fold(name) in conditions and conditions[fold(name)].pk not in have
    ]
    if added:
        changes["conditions"] = added
    return changes


def profile_changes(batch: ImportBatch) -> dict[str, Any]:
    return _profile_changes(batch)


def _reminder_settings(reminder: Reminder) -> dict[str, Any]:
    """A reminder's settings as diary.imports.overlap reads them from reminders.csv."""
    return {
        "kind": reminder.kind,
        "enabled": reminder.enabled,
        "local_time": reminder.local_time.strftime("%H:%M"),
        "weekdays": reminder.weekdays,
        "relief_delay_minutes": int(reminder.relief_delay.total_seconds() // 60),
        "include_details": reminder.include_details,
    }


def _with_delay(wanted: dict[str, Any], have: dict[str, Any] | None) -> dict[str, Any]:
    """The settings wanted, keeping the delay the patient has when the file gives none."""
    if wanted["relief_delay_minutes"] is None and have is not None:
        return {**wanted, "relief_delay_minutes": have["relief_delay_minutes"]}
    return wanted


def _reminder_apply(patient: User, settings: dict[str, Any]) -> None:
    delay = settings["relief_delay_minutes"]
    reminder_save(
        owner=patient,
        kind=ReminderKind(settings["kind"]),
        enabled=settings["enabled"],
        local_time=datetime.time.fromisoformat(settings["local_time"]),
        weekdays=settings["weekdays"],
        include_details=settings["include_details"],
        relief_delay=datetime.timedelta(minutes=delay) if delay is not None else None,
    )


@transaction.atomic
def import_apply(*, batch: ImportBatch, mapping: dict[str, str], tally: bool = False) -> Counter:
    """Import the batch as planned, in one transaction: every entry, its links to the
    batch, and the profile's settings. Returns the count of entries made per kind. With
    `tally` (the background job), how many entries are saved is recorded as it goes
    (diary/imports/progress.py)."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.state not in (ImportBatch.State.PREVIEW, ImportBatch.State.QUEUED):
        raise ImportRefused(gettext("This import has already been done or cancelled."))
    patient = batch.owner
    if any(entry["kind"] == "headache_free_day" for entry in batch.parsed.get("entries", [])):
        # As headache_free_day_record: one writer per patient, so an attack saved in
        # between cannot slip past the plan's check.
        User.objects.select_for_update().filter(pk=patient.pk).first()
    plan = import_plan(batch=batch, mapping=mapping)
    counter = import_progress.Tally(batch.pk, len(plan.create)) if tally else None

    def bulk_create(model: Any, objects: list) -> list:
        """Insert the rows PROGRESS_EVERY at a time, counting them when tallied."""
        step = import_progress.PROGRESS_EVERY
        saved = []
        for start in range(0, len(objects), step):
            saved += model.objects.bulk_create(objects[start : start + step])
            if counter is not None:
                counter.advance(len(objects[start : start + step]))
        return saved

    made_triggers = {}
    made_medicines = {}
    made_attacks: dict[str, int] = {}
    records = []

    def record(entry: dict, **target: Any) -> None:
        records.append(ImportedRecord(batch=batch, part=entry["part"], row=entry["row"], **target))

    by_kind: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for entry in plan.create:
        by_kind[entry["kind"]].append(entry)

    triggers = bulk_create(
        Trigger, [Trigger(owner=patient, name=entry["name"][:60]) for entry in by_kind["trigger"]]
    )
    for entry, trigger in zip(by_kind["trigger"], triggers, strict=True):
        made_triggers[fold(entry["name"])] = trigger.pk
        record(entry, trigger=trigger)

    medications = bulk_create(
        Medication,
        [
            Medication(
                owner=patient,
                name=entry["name"],
                category=entry["category"],
                purpose=entry["purpose"],
                usual_amount=entry["usual_amount"],
                usual_for_attacks=entry["usual_for_attacks"],
                # Only Overlap's own export gives it; other importers' medicines have none.
                started_on=entry.get("started_on"),
                # As the medication form links it: the catalogue entry of the same name.
                catalogue_entry=Medicine.objects.named(entry["name"]),
            )
            for entry in by_kind["medication"]
        ],
    )
    for entry, medication in zip(by_kind["medication"], medications, strict=True):
        made_medicines[fold(entry["name"])] = medication.pk
        record(entry, medication=medication)
    known_medicines = {
        fold(medication.name): medication.pk for medication in Medication.objects.for_owner(patient)
    }

    def trigger_ids(targets: list[str]) -> list[int]:
        return [
            int(target[3:]) if target.startswith("id:") else made_triggers[fold(target[5:])]
            for target in targets
        ]

    def save_with_triggers(model: Any, entries: list[dict], build: Any, field: str) -> list:
        """Create the records in one statement, note where each came from, and link each
        to its triggers in one more."""
        saved = bulk_create(model, [build(entry) for entry in entries])
        through = model.triggers.through
        column = f"{model._meta.model_name}_id"
        links = []
        for entry, obj in zip(entries, saved, strict=True):
            record(entry, **{field: obj})
            links += [
                through(**{column: obj.pk}, trigger_id=trigger)
                for trigger in trigger_ids(entry["triggers"])
            ]
        through.objects.bulk_create(links)
        return saved

    attacks = save_with_triggers(
        MigraineAttack,
        by_kind["attack"],
        lambda entry: MigraineAttack(
            owner=patient,
            attack_type=entry["attack_type"],
            started_at=datetime.datetime.fromisoformat(entry["started_at"]),
            ended_at=datetime.datetime.fromisoformat(entry["ended_at"])
            if entry["ended_at"]
            else None,
            peak_intensity=entry["peak_intensity"],
            aura=entry["aura"],
            symptoms=entry["symptoms"],
            location=entry["location"],
            disability=entry["disability"],
            notes=entry["notes"],
        ),
        "attack",
    )
    for entry, attack in zip(by_kind["attack"], attacks, strict=True):
        if entry.get("ref"):
            made_attacks[entry["ref"]] = attack.pk
    save_with_triggers(
        Flare,
        by_kind["flare"],
        lambda entry: Flare(
            owner=patient,
            condition_id=entry["condition_id"],
            started_on=entry["started_on"],
            ended_on=entry["ended_on"],
            severity=entry["severity"],
            symptoms=entry["symptoms"],
            notes=entry["notes"],
        ),
        "flare",
    )
    save_with_triggers(
        DailyCheckIn,
        by_kind["checkin"],
        lambda entry: DailyCheckIn(
            owner=patient,
            day=entry["day"],
            sleep_hours=Decimal(entry["sleep_hours"]) if entry["sleep_hours"] else None,
            stress=entry["stress"],
            water_glasses=entry["water_glasses"],
            gluten=entry["gluten"],
            menstruation=entry["menstruation"],
            fatigue=entry["fatigue"],
            joint_pain=entry["joint_pain"],
            # Older parsed batches (and other formats) have none.
            wellbeing=entry.get("wellbeing"),
            notes=entry["notes"],
        ),
        "checkin",
    )

    existing_attacks = {
        attack.started_at: attack.pk for attack in MigraineAttack.objects.for_owner(patient)
    }
    starts_by_ref = {
        entry["ref"]: datetime.datetime.fromisoformat(entry["started_at"])
        for entry in batch.parsed.get("entries", [])
        if entry["kind"] == "attack" and entry.get("ref")
    }

    def attack_id(ref: str | None) -> int | None:
        if not ref:
            return None
        if ref in made_attacks:
            return made_attacks[ref]
        start = starts_by_ref.get(ref)
        return existing_attacks.get(start) if start else None

    doses = bulk_create(
        MedicationDose,
        [
            MedicationDose(
                medication_id=known_medicines[fold(entry["medication"])],
                taken_at=datetime.datetime.fromisoformat(entry["taken_at"]),
                amount=entry["amount"],
                relief=entry["relief"],
                # Only Overlap's own export says so; other importers' doses are asked about.
                relief_dismissed=entry.get("relief_dismissed", False),
                attack_id=attack_id(entry["attack"]),
            )
            for entry in by_kind["dose"]
        ],
    )
    for entry, dose in zip(by_kind["dose"], doses, strict=True):
        record(entry, dose=dose)
    free_days = bulk_create(
        HeadacheFreeDay,
        [
            HeadacheFreeDay(owner=patient, day=entry["day"])
            for entry in by_kind["headache_free_day"]
        ],
    )
    for entry, free_day in zip(by_kind["headache_free_day"], free_days, strict=True):
        record(entry, headache_free_day=free_day)
    # Completed responses as they were scored when submitted (score, band and subscales
    # from the file, not scored again: an instrument's version may have changed since).
    responses = bulk_create(
        QuestionnaireResponse,
        [
            QuestionnaireResponse(
                owner=patient,
                slug=entry["slug"],
                version=entry["version"],
                status=QuestionnaireResponse.Status.COMPLETED,
                answers=entry["answers"],
                total=Decimal(entry["total"]),
                band=entry["band"],
                subscales=entry["subscales"],
                completed_at=datetime.datetime.fromisoformat(entry["completed_at"]),
            )
            for entry in by_kind["questionnaire"]
        ],
    )
    for entry, response in zip(by_kind["questionnaire"], responses, strict=True):
        record(entry, questionnaire=response)
    ImportedRecord.objects.bulk_create(records, batch_size=1000)

    changes = _profile_changes(batch)
    batch.mapping = {
        "labels": mapping,
        "previous_profile": _apply_profile(patient, changes),
    }
    batch.state = ImportBatch.State.IMPORTED
    batch.imported_at = timezone.now()
    batch.save(update_fields=["mapping", "state", "imported_at"])
    # Made in bulk, without the signals that raise the diary's version on each save.
    versions.bump([patient.pk])
    return plan.counts()


def _apply_profile(patient: User, changes: dict[str, Any]) -> dict[str, Any]:
    """Apply the changes; return what an undo puts back."""
    previous: dict[str, Any] = {}
    for name in ("timezone", "theme", "display_name"):
        if name in changes:
            previous[name] = getattr(patient, name)
            setattr(patient, name, changes[name])
    if previous:
        patient.save(update_fields=list(previous))
    profile = PatientProfile.objects.filter(user=patient).first()
    if profile is not None:
        if changes.get("cycle_tracking"):
            previous["cycle_tracking"] = profile.cycle_tracking
            profile.cycle_tracking = True
            profile.save(update_fields=["cycle_tracking"])
        if changes.get("gluten_questions"):
            previous["gluten_questions"] = profile.gluten_questions
            profile.gluten_questions = True
            profile.save(update_fields=["gluten_questions"])
        if "vessel_risks" in changes:
            previous["vessel_risks"] = profile.vessel_risks
            profile.vessel_risks = changes["vessel_risks"]
            profile.save(update_fields=["vessel_risks"])
        if changes.get("conditions"):
            previous["conditions_added"] = changes["conditions"]
            profile.conditions.add(*changes["conditions"])
    if changes.get("kept_questionnaires"):
        kept = KeptInstrument.objects.bulk_create(
            [
                KeptInstrument(
                    owner=patient, slug=each["slug"], interval_days=each["interval_days"]
                )
                for each in changes["kept_questionnaires"]
            ]
        )
        previous["kept_added"] = [each.pk for each in kept]
    if changes.get("questionnaire_drafts"):
        drafts = QuestionnaireResponse.objects.bulk_create(
            [
                QuestionnaireResponse(
                    owner=patient,
                    slug=each["slug"],
                    version=each["version"],
                    answers=each["answers"],
                )
                for each in changes["questionnaire_drafts"]
            ]
        )
        previous["drafts_added"] = [each.pk for each in drafts]
    if changes.get("appointments"):
        appointments = Appointment.objects.bulk_create(
            [
                Appointment(
                    owner=patient,
                    day=datetime.date.fromisoformat(each["day"]),
                    specialty=each["specialty"],
                    questions=each["questions"],
                )
                for each in changes["appointments"]
            ]
        )
        previous["appointments_added"] = [each.pk for each in appointments]
    if changes.get("reminders"):
        have = {
            reminder.kind: _reminder_settings(reminder)
            for reminder in Reminder.objects.for_owner(patient)
        }
        previous["reminders"] = {
            each["kind"]: have.get(each["kind"]) for each in changes["reminders"]
        }
        for each in changes["reminders"]:
            _reminder_apply(patient, each)
    return previous


@transaction.atomic
def import_undo(*, batch: ImportBatch) -> int:
    """Remove everything the batch made (a preview is simply cancelled) and put the
    profile back; returns the number of entries removed."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if not batch.can_undo:
        raise ImportRefused(gettext("This import was kept; it can no longer be undone as a whole."))
    records = batch.records.all()
    removed = 0
    entries: dict[
        str,
        type[
            MedicationDose
            | MigraineAttack
            | Flare
            | DailyCheckIn
            | HeadacheFreeDay
            | QuestionnaireResponse
        ],
    ] = {
        "dose": MedicationDose,
        "attack": MigraineAttack,
        "flare": Flare,
        "checkin": DailyCheckIn,
        "headache_free_day": HeadacheFreeDay,
        "questionnaire": QuestionnaireResponse,
    }
    for kind, model in entries.items():
        ids = [getattr(record, f"{kind}_id") for record in records if getattr(record, f"{kind}_id")]
        removed += model.objects.filter(pk__in=ids).delete()[1].get(model._meta.label, 0)
    # Medicines and triggers the import added go too, unless something else uses them now.
    medication_ids = [record.medication_id for record in records if record.medication_id]
    removed += (
        Medication.objects.filter(pk__in=medication_ids, doses__isnull=True)
        .delete()[1]
        .get(Medication._meta.label, 0)
    )
    trigger_ids = [record.trigger_id for record in records if record.trigger_id]
    removed += (
        Trigger.objects.filter(
            pk__in=trigger_ids, attacks__isnull=True, flares__isnull=True, checkins__isnull=True
        )
        .delete()[1]
        .get(Trigger._meta.label, 0)
    )
    _restore_profile(batch.owner, batch.mapping.get("previous_profile", {}))
    # The deletions raised it already; once more for whatever a bulk write may have missed.
    versions.bump([batch.owner_id])
    batch.records.all().delete()
    batch.state = ImportBatch.State.UNDONE
    batch.parsed = {}
    batch.finished_at = timezone.now()
    batch.save(update_fields=["state", "parsed", "finished_at"])
    return removed


def _restore_profile(patient: User, previous: dict[str, Any]) -> None:
    fields = [name for name in ("timezone", "theme", "display_name") if name in previous]
    for name in fields:
        setattr(patient, name, previous[name])
    if fields:
        patient.save(update_fields=fields)
    if previous.get("kept_added"):
        KeptInstrument.objects.for_owner(patient).filter(pk__in=previous["kept_added"]).delete()
    if previous.get("drafts_added"):
        QuestionnaireResponse.objects.for_owner(patient).drafts().filter(
            pk__in=previous["drafts_added"]
        ).delete()
    if previous.get("appointments_added"):
        Appointment.objects.for_owner(patient).filter(
            pk__in=previous["appointments_added"]
        ).delete()
    for kind, settings in previous.get("reminders", {}).items():
        if settings is None:
            Reminder.objects.for_owner(patient).filter(kind=kind).delete()
        else:
            _reminder_apply(patient, settings)
    profile = PatientProfile.objects.filter(user=patient).first()
    if profile is None:
        return
    settings = [
        name for name in ("cycle_tracking", "gluten_questions", "vessel_risks") if name in previous
    ]
    for name in settings:
        setattr(profile, name, previous[name])
    if settings:
        profile.save(update_fields=settings)
    if previous.get("conditions_added"):
        profile.conditions.remove(*previous["conditions_added"])


def import_keep(*, batch: ImportBatch) -> None:
    """The patient confirms the import is right: it stays, and can no longer be undone
    whole (each entry can still be edited or deleted). The parsed copy is dropped."""
    updated = ImportBatch.objects.filter(pk=batch.pk, state=ImportBatch.State.IMPORTED).update(
        state=ImportBatch.State.KEPT, parsed={}, finished_at=timezone.now()
    )
    if not updated:
        raise ImportRefused(gettext("Only an import that has just been done can be kept."))


def apply_safely(*, batch: ImportBatch, mapping: dict[str, str], tally: bool = False) -> Counter:
    """import_apply, with a rule of the diary broken in the database (a race with another
    tab) turned into a refusal: the transaction is rolled back whole."""
    try:
        return import_apply(batch=batch, mapping=mapping, tally=tally)
    except IntegrityError:
        raise ImportRefused(
            gettext(
                "Your diary changed while this import was waiting (this file imported in "
                "another tab, or an entry that now clashes with it), so it would break one of "
                "the diary's rules. Nothing was imported."
            )
        ) from None


def import_start(*, batch: ImportBatch, mapping: dict[str, str]) -> Counter | None:
    """Import the batch now, or, when it is large, queue it for the worker (state
    "queued") and return None. Either way all of it is imported in one transaction."""
    total = len(import_plan(batch=batch, mapping=mapping).create)
    if total < BACKGROUND_FROM:
        return apply_safely(batch=batch, mapping=mapping)
    with transaction.atomic():
        queued = ImportBatch.objects.filter(pk=batch.pk, state=ImportBatch.State.PREVIEW).update(
            state=ImportBatch.State.QUEUED, mapping={"labels": mapping, "total": total}
        )
        if not queued:
            raise ImportRefused(gettext("This import has already been done or cancelled."))
        import_progress.forget(batch.pk)
        # Enqueued in the same transaction: the job exists only if the batch is queued.
        import_run.enqueue(batch_id=batch.pk)
    return None


@task()
def import_run(*, batch_id: int) -> str:
    """Import a queued batch (a background job). Returns "imported", "skipped" (it was no
    longer queued) or "refused"; refused or failed, the batch goes back to its preview
    with the reason, and nothing of it is saved."""
    batch = (
        ImportBatch.objects.select_related("owner")
        .filter(pk=batch_id, state=ImportBatch.State.QUEUED)
        .first()
    )
    if batch is None:
        return "skipped"
    # No request here: the reason a refused import went back to its preview is stored in
    # the patient's language.
    with in_language(batch.owner):
        return _run(batch)


def _run(batch: ImportBatch) -> str:
    batch_id = batch.pk
    try:
        apply_safely(batch=batch, mapping=batch.mapping.get("labels", {}), tally=True)
    except ImportRefused as error:
        _back_to_preview(batch_id, str(error))
        return "refused"
    except Exception:
        # Rolled back whole; the patient can try again, and the job fails with its
        # traceback in the worker's log.
        _back_to_preview(
            batch_id,
            gettext("The import could not be finished, so nothing was imported. Try again."),
        )
        raise
    return "imported"


def _back_to_preview(batch_id: int, reason: str) -> None:
    import_progress.forget(batch_id)
    ImportBatch.objects.filter(pk=batch_id, state=ImportBatch.State.QUEUED).update(
        state=ImportBatch.State.PREVIEW, mapping={"error": reason}
    )
