"""The FHIR export: a FHIR R4 Bundle (type "collection") as a dict ready for JSON
(docs/exports.md)."""

import json
import uuid
import zoneinfo
from collections.abc import Container, Iterator

from django.utils import timezone, translation
from django.utils.translation import gettext

from accounts.language import account_language
from accounts.models import User
from diary.exports.fhir_questionnaires import questionnaire_entries
from diary.exports.records import PatientRecords, load_records, local_time, stream_records
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
)

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
SEVERITY_CODES: dict[int, tuple[str, str]] = {
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
    code = _text(condition.display_name)  # the words in the reader's language; the code is ICD-10
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
    period = {"start": local_time(attack.started_at, tz)}
    if attack.ended_at:
        period["end"] = local_time(attack.ended_at, tz)
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
        gettext("Flare of %(condition)s") % {"condition": flare.condition.display_name},
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
        ("wellbeing", "Wellbeing overall (0 very bad to 10 very well)"),
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


def _headache_free_resource(free: HeadacheFreeDay, subject: dict) -> dict:
    """A day the patient said had no headache: the headache observed absent all day."""
    resource = _observation(subject, "Headache during the day")
    resource["effectiveDateTime"] = free.day.isoformat()
    resource["valueBoolean"] = False
    return resource


def _medication_resource(medication: Medication, subject: dict) -> dict:
    return _clean(
        {
            "resourceType": "MedicationStatement",
            "status": "active",
            "medicationCodeableConcept": _text(medication.name),
            "subject": subject,
            "informationSource": subject,
            # The day the patient said they started it (a FHIR date), when they gave one.
            "effectivePeriod": {"start": medication.started_on.isoformat()}
            if medication.started_on
            else None,
            "dosage": [_text(medication.usual_amount)] if medication.usual_amount else [],
            "note": [
                {
                    "text": gettext("Kind of medicine: %(kind)s")
                    % {"kind": medication.get_category_display()}
                },
                {
                    "text": gettext("Taken: %(purpose)s")
                    % {"purpose": medication.get_purpose_display()}
                },
            ],
        }
    )


def _dose_resource(
    dose: MedicationDose,
    subject: dict,
    tz: zoneinfo.ZoneInfo,
    medication_url: str,
    attack_urls: "_UrnsOf",
) -> dict:
    return _clean(
        {
            "resourceType": "MedicationStatement",
            "status": "completed",
            "partOf": [{"reference": medication_url}],
            "medicationCodeableConcept": _text(dose.medication.name),
            "subject": subject,
            "effectiveDateTime": local_time(dose.taken_at, tz),
            "dateAsserted": local_time(dose.created_at, tz),
            "informationSource": subject,
            "reasonReference": (
                [{"reference": attack_urls[dose.attack_id]}]
                if dose.attack_id is not None and dose.attack_id in attack_urls
                else []
            ),
            "dosage": [_text(dose.amount)] if dose.amount else [],
            "note": (
                [
                    {
                        "text": gettext("Relief after two hours: %(relief)s")
                        % {"relief": dose.get_relief_display()}
                    }
                ]
                if dose.relief
                else []
            ),
        }
    )


def _entries(records: PatientRecords, attack_ids: Container[int]) -> Iterator[dict]:
    """The Bundle's entries in order, one at a time. `attack_ids` are the patient's attacks,
    which a dose may refer to."""
    patient = records.patient
    tz = patient.tzinfo
    patient_url = f"urn:uuid:{patient.uuid}"
    subject = {"reference": patient_url}
    yield _entry(patient_url, _patient_resource(records))
    condition_urls = {}
    for condition in records.conditions:
        condition_urls[condition.pk] = _urn(patient, "condition", condition.pk)
        yield _entry(condition_urls[condition.pk], _condition_resource(condition, subject))
    for attack in records.attacks:
        yield _entry(_urn(patient, "attack", attack.pk), _attack_resource(attack, subject, tz))
    for flare in records.flares:
        yield _entry(
            _urn(patient, "flare", flare.pk), _flare_resource(flare, subject, condition_urls)
        )
    for checkin in records.checkins:
        yield _entry(_urn(patient, "checkin", checkin.pk), _checkin_resource(checkin, subject))
    for free in records.headache_free_days:
        yield _entry(
            _urn(patient, "headache-free", free.pk), _headache_free_resource(free, subject)
        )
    # The notes Overlap writes are in the account's language, made one resource at a time
    # (the language is not held across the yields); codes and their displays stay English.
    language = account_language(patient)
    for medication in records.medications:
        with translation.override(language):
            resource = _medication_resource(medication, subject)
        yield _entry(_urn(patient, "medication", medication.pk), resource)
    attack_urls = _UrnsOf(patient, "attack", attack_ids)
    for dose in records.doses:
        medication_url = _urn(patient, "medication", dose.medication_id)
        with translation.override(language):
            resource = _dose_resource(dose, subject, tz, medication_url, attack_urls)
        yield _entry(_urn(patient, "dose", dose.pk), resource)
    for kind, pk, resource in questionnaire_entries(
        patient, subject, records.questionnaire_responses
    ):
        yield _entry(_urn(patient, kind, pk), resource)


class _UrnsOf:
    """The urn of each of some records, by primary key, made when asked."""

    def __init__(self, patient: User, kind: str, pks: Container[int]) -> None:
        self.patient, self.kind, self.pks = patient, kind, pks

    def __contains__(self, pk: object) -> bool:
        return pk in self.pks

    def __getitem__(self, pk: int) -> str:
        return _urn(self.patient, self.kind, pk)


def _entry(url: str, resource: dict) -> dict:
    return {"fullUrl": url, "resource": resource}


def _bundle(patient: User, entries: object) -> dict:
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": local_time(timezone.now(), patient.tzinfo),
        "entry": entries,
    }


def fhir_export(patient: User) -> dict:
    """A FHIR R4 Bundle of type "collection": the Patient, a Condition per profile
    condition, Observations for attacks, flares, check-ins and days without headache, and
    MedicationStatements for the medication list and every dose. References are urn:uuid
    fullUrls."""
    records = load_records(patient)
    attack_ids = {attack.pk for attack in records.attacks}
    return _bundle(patient, list(_entries(records, attack_ids)))


# Entries sent at a time while the Bundle streams.
ENTRIES_PER_PIECE = 100


def fhir_export_stream(patient: User) -> Iterator[bytes]:
    """The same Bundle as UTF-8 JSON with an indent of one, exactly as
    `json.dumps(fhir_export(patient), ensure_ascii=False, indent=1)` writes it, in pieces:
    the rows are read in chunks while it is written. Only the attacks' ids are held whole."""
    records = stream_records(patient)
    attack_ids = set(MigraineAttack.objects.for_owner(patient).values_list("pk", flat=True))
    # The Bundle around an empty entry list, cut where the entries go.
    head, tail = _json(_bundle(patient, [])).split('"entry": []')
    yield (head + '"entry": [').encode()
    pieces = []
    for index, entry in enumerate(_entries(records, attack_ids)):
        # An entry sits two levels deep: each of its lines is indented by two spaces more
        # (split at line feeds only: a note's U+2028 or U+0085 stays as it is in the JSON).
        lines = _json(entry).split("\n")
        pieces.append(("," if index else "") + "\n  " + "\n  ".join(lines))
        if len(pieces) >= ENTRIES_PER_PIECE:
            yield "".join(pieces).encode()
            pieces = []
    pieces.append("\n ]" + tail)
    yield "".join(pieces).encode()


def _json(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)
