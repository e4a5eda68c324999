"""The FHIR R4 Bundle export (docs/exports.md): valid, complete, and stable."""

import datetime
import json

from django.utils import timezone
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from diary import exports
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
)
from education.models import Condition
from tests.diary.test_exports import make_diary


def resources(bundle: dict, kind: str) -> list[dict]:
    return [
        entry["resource"] for entry in bundle["entry"] if entry["resource"]["resourceType"] == kind
    ]


def test_the_fhir_bundle_is_valid_fhir_r4(alice):
    make_diary(alice, 3)
    Condition.objects.filter(slug="other-autoimmune").get()
    alice.profile.conditions.add(Condition.objects.get(slug="other-autoimmune"))
    MigraineAttack.objects.create(owner=alice, started_at=timezone.now())  # ongoing
    Flare.objects.create(
        owner=alice,
        condition=Condition.objects.get(slug="multiple-sclerosis"),
        started_on=timezone.localdate(),
    )

    bundle = exports.fhir_export(alice)

    Bundle.model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    # It survives the trip through JSON that the download takes.
    Bundle.model_validate_json(json.dumps(bundle))


def test_the_bundle_holds_every_record_as_the_documented_resource(alice, charlie):
    make_diary(alice, 3, note="alice")
    make_diary(charlie, 2, note="charlie")

    bundle = exports.fhir_export(alice)

    assert bundle["resourceType"] == "Bundle"
    assert bundle["type"] == "collection"
    assert len(resources(bundle, "Patient")) == 1
    assert len(resources(bundle, "Condition")) == 2
    observations = resources(bundle, "Observation")
    codes = [observation["code"]["text"] for observation in observations]
    assert codes.count("Migraine attack") == MigraineAttack.objects.filter(owner=alice).count()
    assert codes.count("Daily check-in") == DailyCheckIn.objects.filter(owner=alice).count()
    flares = [code for code in codes if code.startswith("Flare of ")]
    assert len(flares) == Flare.objects.filter(owner=alice).count()
    statements = resources(bundle, "MedicationStatement")
    assert len(statements) == (
        Medication.objects.filter(owner=alice).count()
        + MedicationDose.objects.filter(medication__owner=alice).count()
    )
    assert "charlie" not in json.dumps(bundle)


def test_each_day_without_headache_is_a_valid_observation_of_no_headache(alice, charlie):
    today = timezone.localdate(timezone.now(), alice.tzinfo)
    HeadacheFreeDay.objects.create(owner=alice, day=today - datetime.timedelta(days=2))
    HeadacheFreeDay.objects.create(owner=charlie, day=today - datetime.timedelta(days=2))

    bundle = exports.fhir_export(alice)

    free = [
        observation
        for observation in resources(bundle, "Observation")
        if observation["code"]["text"] == "Headache during the day"
    ]
    assert [(each["effectiveDateTime"], each["valueBoolean"]) for each in free] == [
        ((today - datetime.timedelta(days=2)).isoformat(), False)
    ]
    get_fhir_model_class("Observation").model_validate(free[0])
    Bundle.model_validate(bundle)


def test_every_reference_in_the_bundle_points_at_an_entry(alice):
    make_diary(alice, 2)

    bundle = exports.fhir_export(alice)

    urls = {entry["fullUrl"] for entry in bundle["entry"]}
    references = []

    def collect(value):
        if isinstance(value, dict):
            if "reference" in value:
                references.append(value["reference"])
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(bundle)
    assert references
    assert set(references) <= urls
    assert len(urls) == len(bundle["entry"])


def test_the_patient_is_identified_by_uuid_without_their_email(alice):
    bundle = exports.fhir_export(alice)

    patient = resources(bundle, "Patient")[0]
    assert patient["identifier"] == [
        {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{alice.uuid}"}
    ]
    assert patient["name"] == [{"text": "Alice"}]
    assert alice.email not in json.dumps(bundle)


def test_conditions_carry_icd_10_codes_only_where_the_catalogue_has_one(alice):
    alice.profile.conditions.add(Condition.objects.get(slug="other-autoimmune"))

    conditions = {
        condition["code"]["text"]: condition
        for condition in resources(exports.fhir_export(alice), "Condition")
    }

    lupus = conditions["Systemic lupus erythematosus"]
    assert lupus["code"]["coding"] == [
        {
            "system": "http://hl7.org/fhir/sid/icd-10",
            "code": "M32.9",
            "display": "Systemic lupus erythematosus, unspecified",
        }
    ]
    assert conditions["Migraine with aura"]["code"]["coding"][0]["code"] == "G43.1"
    assert "coding" not in conditions["Other autoimmune condition"]["code"]


def test_notes_and_fields_are_in_the_patients_fhir_export(alice, attack, flare, dose, checkin):
    checkin.notes = "Long walk"
    checkin.sleep_hours = "6.5"
    checkin.save()

    bundle = exports.fhir_export(alice)

    observations = {obs["code"]["text"]: obs for obs in resources(bundle, "Observation")}
    migraine = observations["Migraine attack"]
    assert migraine["note"] == [{"text": "Alice's private note"}]
    assert (
        migraine["effectivePeriod"]["start"]
        == timezone.localtime(attack.started_at, alice.tzinfo).isoformat()
    )
    components = {c["code"]["text"]: c for c in migraine["component"]}
    assert components["Peak pain intensity (0 to 10)"]["valueInteger"] == 6
    assert components["Aura"]["valueBoolean"] is False
    flare_observation = observations["Flare of Systemic lupus erythematosus"]
    assert flare_observation["note"] == [{"text": "Alice's flare note"}]
    assert flare_observation["effectivePeriod"] == {
        "start": flare.started_on.isoformat(),
        "end": flare.ended_on.isoformat(),
    }
    assert flare_observation["valueCodeableConcept"]["text"] == "Moderate"
    day = observations["Daily check-in"]
    assert day["note"] == [{"text": "Long walk"}]
    factors = {c["code"]["text"]: c for c in day["component"]}
    assert factors["Stress (0 to 10)"]["valueInteger"] == 4
    assert factors["Sleep"]["valueQuantity"]["value"] == 6.5
    dose_statement = next(
        s for s in resources(bundle, "MedicationStatement") if s["status"] == "completed"
    )
    assert dose_statement["medicationCodeableConcept"] == {"text": "Sumatriptan"}
    assert dose_statement["dosage"] == [{"text": "50 mg"}]
    attack_url = next(
        entry["fullUrl"] for entry in bundle["entry"] if entry["resource"] is migraine
    )
    assert dose_statement["reasonReference"] == [{"reference": attack_url}]


def test_the_same_record_keeps_its_id_from_one_export_to_the_next(alice, attack):
    first = [entry["fullUrl"] for entry in exports.fhir_export(alice)["entry"]]
    second = [entry["fullUrl"] for entry in exports.fhir_export(alice)["entry"]]

    assert first == second


def test_codes_with_a_required_binding_come_from_their_r4_value_sets(alice):
    # fhir.resources checks structure and types, not required bindings: check those here.
    make_diary(alice, 2)
    MigraineAttack.objects.create(owner=alice, started_at=timezone.now())

    bundle = exports.fhir_export(alice)

    observation_statuses = {"registered", "preliminary", "final", "amended"}
    statement_statuses = {"active", "completed", "intended", "stopped", "on-hold", "unknown"}
    for resource in resources(bundle, "Observation"):
        assert resource["status"] in observation_statuses
    for resource in resources(bundle, "MedicationStatement"):
        assert resource["status"] in statement_statuses
    for resource in resources(bundle, "Condition"):
        assert resource["clinicalStatus"]["coding"][0]["code"] == "active"
    assert {resource["status"] for resource in resources(bundle, "Observation")} == {
        "final",
        "preliminary",
    }


def test_a_medicines_start_day_is_its_statements_effective_period(alice):
    Medication.objects.create(
        owner=alice,
        name="Propranolol",
        category="beta_blocker",
        purpose="preventive",
        started_on=datetime.date(2025, 3, 5),
    )
    Medication.objects.create(owner=alice, name="Ibuprofen", category="nsaid", purpose="acute")

    bundle = exports.fhir_export(alice)

    statements = {
        statement["medicationCodeableConcept"]["text"]: statement
        for statement in resources(bundle, "MedicationStatement")
    }
    assert statements["Propranolol"]["effectivePeriod"] == {"start": "2025-03-05"}
    assert "effectivePeriod" not in statements["Ibuprofen"]
    for statement in statements.values():
        get_fhir_model_class("MedicationStatement").model_validate(statement)
