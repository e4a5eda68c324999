"""Completed questionnaires in the FHIR export: each one a QuestionnaireResponse with its
answers, and an Observation for its score derived from it (docs/exports.md, "FHIR").

Item and answer texts are written only for instruments whose wording Overlap ships; a
scoring-only instrument's answers go by item id and value alone, as its wording is the
operator's, licensed for their site."""

import uuid
import zoneinfo
from collections.abc import Iterable, Iterator
from decimal import Decimal

from accounts.models import User
from diary.exports.records import local_time
from diary.instruments import Instrument, Item
from diary.models import QuestionnaireResponse

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
# LOINC codes for total scores, only where certain: PHQ-9 and GAD-7.
SCORE_CODES = {
    "phq9": ("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
    "gad7": ("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"),
}


def questionnaire_canonical(slug: str) -> str:
    return f"urn:overlap:questionnaire:{slug}"


def _value(item: Item, text: str, shown: bool) -> dict:
    value = Decimal(text)
    if item.type == "choice" and shown:
        option = next((option for option in item.options if option.value == value), None)
        display = option.text if option else ""
        return {"valueCoding": {"code": text, **({"display": display} if display else {})}}
    if value == value.to_integral_value():
        return {"valueInteger": int(value)}
    return {"valueDecimal": float(value)}


def _response_resource(
    response: QuestionnaireResponse, known: Instrument, subject: dict, tz: zoneinfo.ZoneInfo
) -> dict:
    shown = not known.scoring_only
    items = []
    for item in known.items:
        if item.id not in response.answers:
            continue
        entry: dict = {"linkId": item.id}
        if shown and item.text:
            entry["text"] = item.text
        entry["answer"] = [_value(item, response.answers[item.id], shown)]
        items.append(entry)
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": questionnaire_canonical(known.slug),
        "status": "completed",
        "subject": subject,
        "authored": local_time(response.completed_at, tz),
        "author": subject,
        "source": subject,
        "item": items,
    }


def _score_resource(
    response: QuestionnaireResponse,
    known: Instrument,
    subject: dict,
    tz: zoneinfo.ZoneInfo,
    response_url: str,
) -> dict:
    code: dict = {"text": f"{known.name} total score"}
    if known.slug in SCORE_CODES:
        loinc, display = SCORE_CODES[known.slug]
        code["coding"] = [{"system": LOINC, "code": loinc, "display": display}]
    total = response.total.normalize() if response.total is not None else Decimal(0)
    resource = {
        "resourceType": "Observation",
        "status": "final",
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
        "code": code,
        "subject": subject,
        "performer": [subject],
        "effectiveDateTime": local_time(response.completed_at, tz),
        "valueQuantity": {
            "value": float(total),
            "unit": "score",
            "system": UCUM,
            "code": "{score}",
        },
        "interpretation": [{"text": response.band}],
        "derivedFrom": [{"reference": response_url}],
    }
    if response.subscales:
        resource["component"] = [
            {
                "code": {"text": f"{known.name} {name} subscale"},
                "valueQuantity": {
                    "value": float(Decimal(value)),
                    "unit": "score",
                    "system": UCUM,
                    "code": "{score}",
                },
            }
            for name, value in response.subscales.items()
        ]
    return resource


def questionnaire_entries(
    patient: User, subject: dict, completed: Iterable[QuestionnaireResponse]
) -> Iterator[tuple[str, str, dict]]:
    """(kind, primary key, resource) for each completed response's QuestionnaireResponse
    and score Observation, in the order given."""
    tz = patient.tzinfo
    for response in completed:
        known = response.instrument
        if known is None:
            continue
        response_url = questionnaire_response_urn(patient, response.pk)
        yield (
            "questionnaire-response",
            str(response.pk),
            _response_resource(response, known, subject, tz),
        )
        yield (
            "questionnaire-score",
            str(response.pk),
            _score_resource(response, known, subject, tz, response_url),
        )


def questionnaire_response_urn(patient: User, pk: object) -> str:
    return f"urn:uuid:{uuid.uuid5(patient.uuid, f'questionnaire-response/{pk}')}"
