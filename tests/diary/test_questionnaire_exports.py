"""Completed questionnaires in the exports: a FHIR QuestionnaireResponse plus an Observation
for the score, both valid FHIR (fhir.resources, R4B), and a row of questionnaires.csv;
paused drafts and other patients' responses appear in neither."""

import json

import pytest
from django.core.management import call_command
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from diary import exports
from diary.instruments import instruments
from diary.models import QuestionnaireResponse
from diary.questionnaires import response_pause, response_submit
from tests.diary.test_exports import read_zip
from tests.diary.test_questionnaire_views import hit6_wording


def resources(bundle: dict, kind: str) -> list[dict]:
    return [
        entry["resource"] for entry in bundle["entry"] if entry["resource"]["resourceType"] == kind
    ]


@pytest.fixture
def answered(alice, charlie, tmp_path) -> dict[str, QuestionnaireResponse]:
    known = instruments()
    path = tmp_path / "hit6.json"
    path.write_text(json.dumps(hit6_wording()), encoding="utf-8")
    call_command("load_instrument_wording", str(path), verbosity=0)
    phq9 = response_submit(
        owner=alice, known=known["phq9"], raw={str(n): "1" for n in range(1, 10)}, token=None
    )
    hit6 = response_submit(
        owner=alice, known=known["hit6"], raw={str(n): "11" for n in range(1, 7)}, token=None
    )
    mfis = response_submit(
        owner=alice, known=known["mfis"], raw={str(n): "2" for n in range(1, 22)}, token=None
    )
    response_pause(owner=alice, known=known["gad7"], raw={"1": "2"})
    response_submit(
        owner=charlie, known=known["gad7"], raw={str(n): "3" for n in range(1, 8)}, token=None
    )
    return {"phq9": phq9, "hit6": hit6, "mfis": mfis}


def test_questionnaire_resources_are_valid_fhir(alice, answered):
    bundle = exports.fhir_export(alice)

    Bundle.model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    assert len(resources(bundle, "QuestionnaireResponse")) == 3


def test_each_completed_questionnaire_is_a_response_and_a_score_observation(alice, answered):
    bundle = exports.fhir_export(alice)
    urls = {id(entry["resource"]): entry["fullUrl"] for entry in bundle["entry"]}
    responses = resources(bundle, "QuestionnaireResponse")
    scores = [
        observation
        for observation in resources(bundle, "Observation")
        if observation["code"]["text"].endswith("total score")
    ]

    assert [response["questionnaire"] for response in responses] == [
        "urn:overlap:questionnaire:phq9",
        "urn:overlap:questionnaire:hit6",
        "urn:overlap:questionnaire:mfis",
    ]
    assert {response["status"] for response in responses} == {"completed"}
    phq9 = responses[0]
    assert phq9["item"][8] == {
        "linkId": "9",
        "text": "Thoughts that you would be better off dead or of hurting yourself in some way",
        "answer": [{"valueCoding": {"code": "1", "display": "Several days"}}],
    }
    # HIT-6 is scoring-only: its licensed words stay on the site.
    hit6 = responses[1]
    assert hit6["item"][0] == {"linkId": "1", "answer": [{"valueInteger": 11}]}
    assert "Licensed HIT-6" not in json.dumps(bundle)

    assert [score["valueQuantity"]["value"] for score in scores] == [9, 66, 42]
    assert scores[0]["code"]["coding"] == [
        {
            "system": "http://loinc.org",
            "code": "44261-6",
            "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
        }
    ]
    assert scores[0]["interpretation"] == [{"text": "mild"}]
    assert scores[1]["interpretation"] == [{"text": "severe impact"}]
    assert "coding" not in scores[1]["code"]
    for response, score in zip(responses, scores, strict=True):
        assert score["derivedFrom"] == [{"reference": urls[id(response)]}]
    assert {
        component["code"]["text"]: component["valueQuantity"]["value"]
        for component in scores[2]["component"]
    } == {
        "MFIS physical subscale": 18,
        "MFIS cognitive subscale": 20,
        "MFIS psychosocial subscale": 4,
    }


def test_the_csv_has_one_row_per_completed_questionnaire(alice, answered):
    files = read_zip(exports.csv_export(alice))

    rows = files["questionnaires.csv"]
    assert [(row["questionnaire"], row["score"], row["band"]) for row in rows] == [
        ("phq9", "9", "mild"),
        ("hit6", "66", "severe impact"),
        ("mfis", "42", "at or above the cut-off of 38 often used for significant fatigue"),
    ]
    assert rows[0]["answers"] == "; ".join(f"{n}=1" for n in range(1, 10))
    assert rows[2]["subscales"] == "physical=18; cognitive=20; psychosocial=4"
