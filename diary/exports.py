"""Everything a patient entered, as files they can take elsewhere (docs/exports.md).

`csv_export` returns a zip of CSV files, one per kind of record, with a README.txt;
`fhir_export` returns a FHIR R4 Bundle (type "collection") as a dict ready for JSON. Both
read the patient's rows through owner-scoped querysets in a fixed number of queries,
however long the diary is. The patient's own notes are in both: they are the patient's data.
"""

import csv
import datetime
import io
import uuid
import zipfile
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from accounts.models import AccessEvent, CareShare, PatientProfile, User
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack, Trigger

# Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV Injection");
# tab and carriage return can hide such a start from a naive check.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: str) -> str:
    """A text cell a spreadsheet shows as text: a leading formula character gets a quote."""
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# --- Loading the diary -----------------------------------------------------------------


@dataclass(frozen=True)
class PatientRecords:
    """Every row of one patient's, loaded once."""

    patient: User
    profile: PatientProfile | None
    attacks: list[MigraineAttack]
    flares: list[Flare]
    medications: list[Medication]
    doses: list[MedicationDose]
    checkins: list[DailyCheckIn]
    triggers: list[Trigger]
    shares: list[CareShare]
    access_events: list[AccessEvent]

    @property
    def conditions(self) -> list:
        return list(self.profile.conditions.all()) if self.profile else []


def load_records(patient: User) -> PatientRecords:
    """The patient's profile, diary, shares and access history in thirteen queries,
    whatever their length."""
    return PatientRecords(
        patient=patient,
        profile=PatientProfile.objects.filter(user=patient).prefetch_related("conditions").first(),
        attacks=list(
            MigraineAttack.objects.for_owner(patient)
            .prefetch_related("triggers")
            .order_by("started_at", "pk")
        ),
        flares=list(
            Flare.objects.for_owner(patient)
            .select_related("condition")
            .prefetch_related("triggers")
            .order_by("started_on", "pk")
        ),
        medications=list(Medication.objects.for_owner(patient).order_by("name", "pk")),
        doses=list(
            MedicationDose.objects.for_owner(patient)
            .select_related("medication")
            .order_by("taken_at", "pk")
        ),
        checkins=list(
            DailyCheckIn.objects.for_owner(patient).prefetch_related("triggers").order_by("day")
        ),
        triggers=list(Trigger.objects.for_owner(patient).order_by("name", "pk")),
        shares=list(
            CareShare.objects.for_patient(patient)
            .select_related("clinician")
            .order_by("created_at", "pk")
        ),
        access_events=list(AccessEvent.objects.for_patient(patient).order_by("at", "pk")),
    )


# --- CSV -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    value: Callable[[object], object]
    # Only text columns are escaped: numbers, dates and ids keep their sign and stay numbers.
    text: bool = False
    help: str = ""


def _local(moment: datetime.datetime | None, tz: zoneinfo.ZoneInfo) -> str:
    return timezone.localtime(moment, tz).isoformat() if moment else ""


def _day(day: datetime.date | None) -> str:
    return day.isoformat() if day else ""


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _number(value: int | Decimal | None) -> str:
    return "" if value is None else str(value)


def _names(triggers: Iterable[Trigger]) -> str:
    return "; ".join(trigger.name for trigger in triggers)


def _codes(values: list[str] | None) -> str:
    return "; ".join(values or [])


def _choices(choices) -> str:
    return ", ".join(f"{value} ({label})" for value, label in choices)


def csv_tables(records: PatientRecords) -> dict[str, tuple[list[Column], list]]:
    """File name -> (columns, rows) for every kind of record."""
    tz = records.patient.tzinfo
    moment = {"help": "date and time in your time zone, ISO 8601 with the UTC offset"}
    attack_columns = [
        Column("id", lambda attack: attack.pk, help="Overlap's number for the attack"),
        Column("attack_type", lambda attack: attack.attack_type, text=True,
               help=_choices(MigraineAttack.AttackType.choices)),
        Column("started_at", lambda attack: _local(attack.started_at, tz), **moment),
        Column("ended_at", lambda attack: _local(attack.ended_at, tz),
               help="empty while the attack is ongoing"),
        Column("peak_intensity", lambda attack: _number(attack.peak_intensity),
               help="worst pain, 0 to 10"),
        Column("aura", lambda attack: _yes_no(attack.aura), help="yes or no"),
        Column("symptoms", lambda attack: _codes(attack.symptoms), text=True,
               help=_choices(MigraineAttack.Symptom.choices)),
        Column("location", lambda attack: attack.location, text=True,
               help=_choices(MigraineAttack.Location.choices)),
        Column("disability", lambda attack: _number(attack.disability),
               help=_choices(MigraineAttack.Disability.choices)),
        Column("triggers", lambda attack: _names(attack.triggers.all()), text=True,
               help="names separated by semicolons"),
        Column("notes", lambda attack: attack.notes, text=True),
        Column("created_at", lambda attack: _local(attack.created_at, tz)),
        Column("updated_at", lambda attack: _local(attack.updated_at, tz)),
    ]  # fmt: skip
    flare_columns = [
        Column("id", lambda flare: flare.pk),
        Column("condition", lambda flare: flare.condition.name, text=True),
        Column("started_on", lambda flare: _day(flare.started_on), help="a date, YYYY-MM-DD"),
        Column("ended_on", lambda flare: _day(flare.ended_on),
               help="empty while the flare is ongoing"),
        Column("severity", lambda flare: _number(flare.severity),
               help=_choices(Flare.Severity.choices)),
        Column("symptoms", lambda flare: _codes(flare.symptoms), text=True,
               help=_choices(Flare.Symptom.choices)),
        Column("triggers", lambda flare: _names(flare.triggers.all()), text=True),
        Column("notes", lambda flare: flare.notes, text=True),
        Column("created_at", lambda flare: _local(flare.created_at, tz)),
        Column("updated_at", lambda flare: _local(flare.updated_at, tz)),
    ]  # fmt: skip
    medication_columns = [
        Column("id", lambda medication: medication.pk),
        Column("name", lambda medication: medication.name, text=True),
        Column("category", lambda medication: medication.category, text=True,
               help=_choices(Medication.Category.choices)),
        Column("purpose", lambda medication: medication.purpose, text=True,
               help=_choices(Medication.Purpose.choices)),
        Column("usual_amount", lambda medication: medication.usual_amount, text=True),
        Column("usual_for_attacks", lambda medication: _yes_no(medication.usual_for_attacks),
               help="shown as a one-tap button during an attack"),
        Column("created_at", lambda medication: _local(medication.created_at, tz)),
    ]  # fmt: skip
    dose_columns = [
        Column("id", lambda dose: dose.pk),
        Column("medication_id", lambda dose: dose.medication_id, help="id in medications.csv"),
        Column("medication", lambda dose: dose.medication.name, text=True),
        Column("taken_at", lambda dose: _local(dose.taken_at, tz), **moment),
        Column("amount", lambda dose: dose.amount, text=True),
        Column("attack_id", lambda dose: _number(dose.attack_id),
               help="id in attacks.csv when the dose was for an attack"),
        Column("relief", lambda dose: dose.relief, text=True,
               help="relief after two hours: " + _choices(MedicationDose.Relief.choices)),
        Column("created_at", lambda dose: _local(dose.created_at, tz)),
    ]  # fmt: skip
    checkin_columns = [
        Column("day", lambda checkin: _day(checkin.day)),
        Column("sleep_hours", lambda checkin: _number(checkin.sleep_hours), help="hours"),
        Column("stress", lambda checkin: _number(checkin.stress), help="0 to 10"),
        Column("water_glasses", lambda checkin: _number(checkin.water_glasses)),
        Column("gluten", lambda checkin: _yes_no(checkin.gluten), help="ate gluten: yes or no"),
        Column("menstruation", lambda checkin: _yes_no(checkin.menstruation), help="yes or no"),
        Column("fatigue", lambda checkin: _number(checkin.fatigue), help="0 to 10"),
        Column("joint_pain", lambda checkin: _number(checkin.joint_pain), help="0 to 10"),
        Column("triggers", lambda checkin: _names(checkin.triggers.all()), text=True),
        Column("notes", lambda checkin: checkin.notes, text=True),
        Column("created_at", lambda checkin: _local(checkin.created_at, tz)),
        Column("updated_at", lambda checkin: _local(checkin.updated_at, tz)),
    ]
    trigger_columns = [
        Column("id", lambda trigger: trigger.pk),
        Column("name", lambda trigger: trigger.name, text=True),
    ]
    profile_columns = [
        Column("uuid", lambda user: str(user.uuid), help="your account's permanent identifier"),
        Column("email", lambda user: user.email, text=True),
        Column("display_name", lambda user: user.display_name, text=True),
        Column("timezone", lambda user: user.timezone, text=True),
        Column("theme", lambda user: user.theme, text=True),
        Column("cycle_tracking",
               lambda user: _yes_no(records.profile.cycle_tracking if records.profile else None)),
        Column("date_joined", lambda user: _local(user.date_joined, tz)),
    ]  # fmt: skip
    share_columns = [
        Column("id", lambda share: share.pk),
        Column("invite_email", lambda share: share.invite_email, text=True,
               help="the address you sent the invitation to"),
        Column("clinician", lambda share: str(share.clinician) if share.clinician else "",
               text=True, help="who accepted it; empty until then"),
        Column("include_notes", lambda share: _yes_no(share.include_notes)),
        Column("state", lambda share: share.state, text=True,
               help=_choices(CareShare.State.choices)),
        Column("created_at", lambda share: _local(share.created_at, tz)),
        Column("accepted_at", lambda share: _local(share.accepted_at, tz)),
        Column("expires_at", lambda share: _local(share.expires_at, tz),
               help="empty: until you revoke it"),
        Column("revoked_at", lambda share: _local(share.revoked_at, tz)),
    ]  # fmt: skip
    access_columns = [
        Column("at", lambda event: _local(event.at, tz)),
        Column("who", lambda event: event.actor_label, text=True),
        Column("action", lambda event: event.action, text=True),
        Column("what", lambda event: event.what, text=True,
               help=_choices(AccessEvent.What.choices)),
    ]  # fmt: skip
    condition_columns = [
        Column("slug", lambda condition: condition.slug, text=True),
        Column("name", lambda condition: condition.name, text=True),
        Column("kind", lambda condition: condition.kind, text=True),
    ]
    return {
        "profile.csv": (profile_columns, [records.patient]),
        "conditions.csv": (condition_columns, records.conditions),
        "attacks.csv": (attack_columns, records.attacks),
        "flares.csv": (flare_columns, records.flares),
        "medications.csv": (medication_columns, records.medications),
        "doses.csv": (dose_columns, records.doses),
        "checkins.csv": (checkin_columns, records.checkins),
        "triggers.csv": (trigger_columns, records.triggers),
        "shares.csv": (share_columns, records.shares),
        "access_history.csv": (access_columns, records.access_events),
    }


FILE_DESCRIPTIONS = {
    "profile.csv": "Your account: one row.",
    "conditions.csv": "The conditions you chose in your profile.",
    "attacks.csv": "Migraine attacks and other headaches, oldest first.",
    "flares.csv": "Flares of your autoimmune conditions, oldest first.",
    "medications.csv": "Your medication list.",
    "doses.csv": "Every dose you noted, oldest first.",
    "checkins.csv": "Daily check-ins, one row a day. An empty cell means not recorded.",
    "triggers.csv": "The triggers you added yourself (the shared catalogue is not included).",
    "shares.csv": "Every share you made with a clinician, in any state.",
    "access_history.csv": "Who viewed or exported your data through a share, and when.",
}


def _csv_bytes(columns: list[Column], rows: list) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.name for column in columns])
    for row in rows:
        cells = []
        for column in columns:
            value = column.value(row)
            value = "" if value is None else str(value)
            cells.append(escape_cell(value) if column.text else value)
        writer.writerow(cells)
    # A byte-order mark lets spreadsheets open the file as UTF-8.
    return buffer.getvalue().encode("utf-8-sig")


def _readme(tables: dict[str, tuple[list[Column], list]], patient: User) -> str:
    lines = [
        "Overlap: everything you entered",
        "",
        f"Made {timezone.localtime(timezone.now(), patient.tzinfo).isoformat()}.",
        "Each .csv file holds one kind of record, one row per entry, UTF-8, comma-separated.",
        "Times are ISO 8601 in your time zone with the offset from UTC; dates are YYYY-MM-DD.",
        "An empty cell means nothing was recorded. Lists are separated by semicolons.",
        "Text that starts with = + - @ (or a tab or line break) has a ' added in front, so",
        "a spreadsheet shows it as text and never runs it as a formula. Number columns are",
        "never changed.",
    ]
    for name, (columns, rows) in tables.items():
        count = f"{len(rows)} row" if len(rows) == 1 else f"{len(rows)} rows"
        lines += ["", f"{name} ({count}): {FILE_DESCRIPTIONS[name]}"]
        lines += [
            f"  {column.name}: {column.help}" if column.help else f"  {column.name}"
            for column in columns
        ]
    return "\r\n".join(lines) + "\r\n"


def csv_export(patient: User) -> bytes:
    """A zip of one CSV file per kind of record plus README.txt, as bytes."""
    records = load_records(patient)
    tables = csv_tables(records)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", _readme(tables, patient))
        for name, (columns, rows) in tables.items():
            archive.writestr(name, _csv_bytes(columns, rows))
    return buffer.getvalue()


# --- FHIR ------------------------------------------------------------------------------

ICD10 = "http://hl7.org/fhir/sid/icd-10"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
# WHO ICD-10 codes for the catalogue's conditions; "other-autoimmune" has none on purpose.
CONDITION_CODES = {
    "migraine-without-aura": ("G43.0", "Migraine without aura"),
    "migraine-with-aura": ("G43.1", "Migraine with aura"),
    "lupus": ("M32.9", "Systemic lupus erythematosus, unspecified"),
    "multiple-sclerosis": ("G35", "Multiple sclerosis"),
    "rheumatoid-arthritis": ("M06.9", "Rheumatoid arthritis, unspecified"),
    "sjogrens": ("M35.0", "Sicca syndrome [Sjögren]"),
    "celiac": ("K90.0", "Coeliac disease"),
}
# FHIR's condition-severity value set (SNOMED CT), used for a flare's severity.
SEVERITY_CODES = {
    Flare.Severity.MILD: ("255604002", "Mild"),
    Flare.Severity.MODERATE: ("6736007", "Moderate"),
    Flare.Severity.SEVERE: ("24484000", "Severe"),
}


def _urn(patient: User, kind: str, pk: object) -> str:
    """A stable urn:uuid for one record: the same row gets the same id in every export."""
    return f"urn:uuid:{uuid.uuid5(patient.uuid, f'{kind}/{pk}')}"


def _text(text: str) -> dict:
    return {"text": text}


def _note(text: str) -> list[dict]:
    return [{"text": text}] if text else []


def _component(code: str, **value) -> dict:
    return {"code": _text(code), **value}


def _clean(resource: dict) -> dict:
    """Leave out empty lists and missing values: FHIR forbids empty elements."""
    return {key: value for key, value in resource.items() if value not in (None, [], "", {})}


def _patient_resource(records: PatientRecords) -> dict:
    patient = records.patient
    return _clean(
        {
            "resourceType": "Patient",
            "identifier": [
                {
                    "system": "urn:ietf:rfc:3986",
                    "value": f"urn:uuid:{patient.uuid}",
                }
            ],
            "name": [_text(patient.display_name)] if patient.display_name else [],
        }
    )


def _condition_resource(condition, subject: dict) -> dict:
    code = _text(condition.name)
    if condition.slug in CONDITION_CODES:
        icd_code, display = CONDITION_CODES[condition.slug]
        code["coding"] = [{"system": ICD10, "code": icd_code, "display": display}]
    return {
        "resourceType": "Condition",
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "code": "active",
                }
            ]
        },
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-category",
                        "code": "problem-list-item",
                    }
                ]
            }
        ],
        "code": code,
        "subject": subject,
        # The patient listed the condition themselves.
        "asserter": subject,
    }


def _observation(subject: dict, code: str, status: str = "final") -> dict:
    return {
        "resourceType": "Observation",
        "status": status,
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "survey",
                    }
                ]
            }
        ],
        "code": _text(code),
        "subject": subject,
        "performer": [subject],
    }


def _attack_resource(attack: MigraineAttack, subject: dict, tz: zoneinfo.ZoneInfo) -> dict:
    resource = _observation(
        subject,
        "Migraine attack" if attack.is_migraine else "Headache (not migraine)",
        status="final" if attack.ended_at else "preliminary",
    )
    period = {"start": _local(attack.started_at, tz)}
    if attack.ended_at:
        period["end"] = _local(attack.ended_at, tz)
    resource["effectivePeriod"] = period
    components = []
    if attack.peak_intensity is not None:
        components.append(
            _component("Peak pain intensity (0 to 10)", valueInteger=attack.peak_intensity)
        )
    components.append(_component("Aura", valueBoolean=attack.aura))
    if attack.disability is not None:
        components.append(
            _component(
                "Disability (0 none to 3 severe)",
                valueInteger=attack.disability,
            )
        )
    if attack.location:
        components.append(
            _component("Pain location", valueCodeableConcept=_text(attack.get_location_display()))
        )
    components += [
        _component("Symptom", valueCodeableConcept=_text(label))
        for label in attack.symptom_labels()
    ]
    components += [
        _component("Possible trigger", valueString=trigger.name)
        for trigger in attack.triggers.all()
    ]
    resource["component"] = components
    resource["note"] = _note(attack.notes)
    return _clean(resource)


def _flare_resource(flare: Flare, subject: dict, condition_urls: dict[int, str]) -> dict:
    resource = _observation(
        subject,
        f"Flare of {flare.condition.name}",
        status="final" if flare.ended_on else "preliminary",
    )
    period = {"start": flare.started_on.isoformat()}
    if flare.ended_on:
        period["end"] = flare.ended_on.isoformat()
    resource["effectivePeriod"] = period
    code, display = SEVERITY_CODES[flare.severity]
    resource["valueCodeableConcept"] = {
        "coding": [{"system": SNOMED, "code": code, "display": display}],
        "text": display,
    }
    if flare.condition_id in condition_urls:
        resource["focus"] = [{"reference": condition_urls[flare.condition_id]}]
    resource["component"] = [
        _component("Symptom", valueCodeableConcept=_text(label)) for label in flare.symptom_labels()
    ] + [
        _component("Possible trigger", valueString=trigger.name) for trigger in flare.triggers.all()
    ]
    resource["note"] = _note(flare.notes)
    return _clean(resource)


def _checkin_resource(checkin: DailyCheckIn, subject: dict) -> dict:
    resource = _observation(subject, "Daily check-in")
    resource["effectiveDateTime"] = checkin.day.isoformat()
    components = []
    if checkin.sleep_hours is not None:
        components.append(
            _component(
                "Sleep",
                valueQuantity={
                    "value": float(checkin.sleep_hours),
                    "unit": "hours",
                    "system": UCUM,
                    "code": "h",
                },
            )
        )
    for field, label in [
        ("stress", "Stress (0 to 10)"),
        ("water_glasses", "Glasses of water"),
        ("fatigue", "Fatigue (0 to 10)"),
        ("joint_pain", "Joint pain (0 to 10)"),
    ]:
        if getattr(checkin, field) is not None:
            components.append(_component(label, valueInteger=getattr(checkin, field)))
    for field, label in [("gluten", "Ate gluten"), ("menstruation", "Menstruation")]:
        if getattr(checkin, field) is not None:
            components.append(_component(label, valueBoolean=getattr(checkin, field)))
    components += [
        _component("Possible trigger", valueString=trigger.name)
        for trigger in checkin.triggers.all()
    ]
    resource["component"] = components
    resource["note"] = _note(checkin.notes)
    return _clean(resource)


def _medication_resource(medication: Medication, subject: dict) -> dict:
    return _clean(
        {
            "resourceType": "MedicationStatement",
            "status": "active",
            "medicationCodeableConcept": _text(medication.name),
            "subject": subject,
            "informationSource": subject,
            "dosage": [_text(medication.usual_amount)] if medication.usual_amount else [],
            "note": [
                {"text": f"Kind of medicine: {medication.get_category_display()}"},
                {"text": f"Taken: {medication.get_purpose_display()}"},
            ],
        }
    )


def _dose_resource(
    dose: MedicationDose,
    subject: dict,
    tz: zoneinfo.ZoneInfo,
    medication_url: str,
    attack_urls: dict[int, str],
) -> dict:
    return _clean(
        {
            "resourceType": "MedicationStatement",
            "status": "completed",
            "partOf": [{"reference": medication_url}],
            "medicationCodeableConcept": _text(dose.medication.name),
            "subject": subject,
            "effectiveDateTime": _local(dose.taken_at, tz),
            "dateAsserted": _local(dose.created_at, tz),
            "informationSource": subject,
            "reasonReference": (
                [{"reference": attack_urls[dose.attack_id]}]
                if dose.attack_id in attack_urls
                else []
            ),
            "dosage": [_text(dose.amount)] if dose.amount else [],
            "note": (
                [{"text": f"Relief after two hours: {dose.get_relief_display()}"}]
                if dose.relief
                else []
            ),
        }
    )


def fhir_export(patient: User) -> dict:
    """A FHIR R4 Bundle of type "collection": the Patient, a Condition per profile
    condition, Observations for attacks, flares and check-ins, and MedicationStatements
    for the medication list and every dose. References are urn:uuid fullUrls."""
    records = load_records(patient)
    tz = patient.tzinfo
    patient_url = f"urn:uuid:{patient.uuid}"
    subject = {"reference": patient_url}
    entries = [(patient_url, _patient_resource(records))]

    condition_urls = {}
    for condition in records.conditions:
        condition_urls[condition.pk] = _urn(patient, "condition", condition.pk)
        entries.append((condition_urls[condition.pk], _condition_resource(condition, subject)))
    attack_urls = {attack.pk: _urn(patient, "attack", attack.pk) for attack in records.attacks}
    entries += [
        (attack_urls[attack.pk], _attack_resource(attack, subject, tz))
        for attack in records.attacks
    ]
    entries += [
        (_urn(patient, "flare", flare.pk), _flare_resource(flare, subject, condition_urls))
        for flare in records.flares
    ]
    entries += [
        (_urn(patient, "checkin", checkin.pk), _checkin_resource(checkin, subject))
        for checkin in records.checkins
    ]
    medication_urls = {
        medication.pk: _urn(patient, "medication", medication.pk)
        for medication in records.medications
    }
    entries += [
        (medication_urls[medication.pk], _medication_resource(medication, subject))
        for medication in records.medications
    ]
    entries += [
        (
            _urn(patient, "dose", dose.pk),
            _dose_resource(dose, subject, tz, medication_urls[dose.medication_id], attack_urls),
        )
        for dose in records.doses
    ]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": _local(timezone.now(), tz),
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
    }
