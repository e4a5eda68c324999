"""The patient's own exports: a zip of CSV files and a FHIR R4 Bundle (docs/exports.md)."""

import csv
import datetime
import io
import json
import logging
import zipfile

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from django.urls import reverse
from django.utils import timezone
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from accounts.models import AccessEvent, CareShare, PatientProfile
from diary import exports
from diary.exports import csv as csv_files
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack, Trigger
from education.models import Condition
from tests.conftest import make_share

FORMULAS = ["=1+2", "+33 1 2", "-7 degrees", "@SUM(A1)", "\tindented", "\rreturn"]


def make_diary(user, count: int, *, note: str = "note") -> None:
    """`count` entries of every kind for `user`, each with triggers, symptoms and notes."""
    lupus = Condition.objects.get(slug="lupus")
    celiac = Condition.objects.get(slug="celiac")
    now = timezone.now()
    for index in range(count):
        trigger = Trigger.objects.create(owner=user, name=f"{note} trigger {index}")
        attack = MigraineAttack.objects.create(
            owner=user,
            started_at=now - datetime.timedelta(days=3 * index + 2),
            ended_at=now - datetime.timedelta(days=3 * index + 2) + datetime.timedelta(hours=4),
            peak_intensity=index % 11,
            aura=index % 2 == 0,
            symptoms=["nausea", "light_sensitivity"],
            location="left",
            disability=index % 4,
            notes=f"{note} attack {index}",
        )
        attack.triggers.add(trigger)
        flare = Flare.objects.create(
            owner=user,
            condition=lupus if index % 2 else celiac,
            started_on=timezone.localdate() - datetime.timedelta(days=3 * index + 2),
            ended_on=timezone.localdate() - datetime.timedelta(days=3 * index + 1),
            severity=1 + index % 3,
            symptoms=["fatigue"],
            notes=f"{note} flare {index}",
        )
        flare.triggers.add(trigger)
        medication = Medication.objects.create(
            owner=user,
            name=f"{note} medicine {index}",
            category="triptan",
            purpose="acute",
            usual_amount="50 mg",
        )
        MedicationDose.objects.create(
            medication=medication, attack=attack, taken_at=attack.started_at, relief="partial"
        )
        MedicationDose.objects.create(medication=medication, taken_at=now, amount="1 tablet")
        checkin = DailyCheckIn.objects.create(
            owner=user,
            day=timezone.localdate() - datetime.timedelta(days=index),
            sleep_hours="7.5",
            stress=index % 11,
            water_glasses=6,
            gluten=False,
            menstruation=None,
            fatigue=3,
            joint_pain=2,
            notes=f"{note} day {index}",
        )
        checkin.triggers.add(trigger)


def read_zip(content: bytes) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {
            name: list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
            if name.endswith(".csv")
        }


def readme(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.read("README.txt").decode()


def reauthenticate(client, password: str) -> None:
    response = client.post(reverse("account_reauthenticate"), {"password": password})
    assert response.status_code == 302


# --- CSV -----------------------------------------------------------------------------


def test_it_puts_every_entry_in_its_csv_file(alice, charlie):
    make_diary(alice, 4, note="alice")
    make_diary(charlie, 2, note="charlie")

    files = read_zip(exports.csv_export(alice))

    assert len(files["attacks.csv"]) == MigraineAttack.objects.filter(owner=alice).count() == 4
    assert len(files["flares.csv"]) == Flare.objects.filter(owner=alice).count()
    assert len(files["medications.csv"]) == Medication.objects.filter(owner=alice).count()
    assert len(files["doses.csv"]) == MedicationDose.objects.filter(medication__owner=alice).count()
    assert len(files["checkins.csv"]) == DailyCheckIn.objects.filter(owner=alice).count()
    assert len(files["triggers.csv"]) == Trigger.objects.filter(owner=alice).count()
    assert len(files["conditions.csv"]) == alice.profile.conditions.count() == 2
    assert [row["email"] for row in files["profile.csv"]] == ["alice@example.com"]
    everything = json.dumps(files)
    assert "charlie" not in everything


def test_it_lists_the_patients_shares_and_who_read_through_them(alice, bob, charlie):
    share = make_share(alice, bob, include_notes=True)
    make_share(alice, None)
    make_share(charlie, bob)
    AccessEvent.objects.create(
        patient=alice, actor=bob, actor_label="Dr Bob", share=share, action="viewed", what="report"
    )

    files = read_zip(exports.csv_export(alice))

    assert len(files["shares.csv"]) == CareShare.objects.filter(patient=alice).count() == 2
    accepted = next(row for row in files["shares.csv"] if row["clinician"])
    assert (accepted["clinician"], accepted["include_notes"], accepted["state"]) == (
        "Dr Bob",
        "yes",
        "active",
    )
    assert [(row["who"], row["what"]) for row in files["access_history.csv"]] == [
        ("Dr Bob", "report")
    ]


def test_it_writes_every_field_the_patient_entered(alice, attack, flare, dose, checkin):
    trigger = Trigger.objects.create(owner=alice, name="Bright light")
    attack.triggers.add(trigger)
    attack.symptoms = ["nausea", "neck_pain"]
    attack.location = "both"
    attack.disability = 2
    attack.aura = True
    attack.save()

    files = read_zip(exports.csv_export(alice))

    row = files["attacks.csv"][0]
    assert row["id"] == str(attack.pk)
    assert row["peak_intensity"] == "6"
    assert row["aura"] == "yes"
    assert row["symptoms"] == "nausea; neck_pain"
    assert row["location"] == "both"
    assert row["disability"] == "2"
    assert row["triggers"] == "Bright light"
    assert row["notes"] == "Alice's private note"
    assert files["flares.csv"][0]["notes"] == "Alice's flare note"
    assert files["flares.csv"][0]["condition"] == "Systemic lupus erythematosus"
    dose_row = files["doses.csv"][0]
    assert (dose_row["medication"], dose_row["amount"]) == ("Sumatriptan", "50 mg")
    assert dose_row["attack_id"] == str(attack.pk)
    assert files["medications.csv"][0]["usual_for_attacks"] == "yes"
    assert files["checkins.csv"][0]["stress"] == "4"
    assert files["checkins.csv"][0]["gluten"] == ""


def test_it_writes_times_in_iso_8601_with_the_patients_offset(alice, attack):
    files = read_zip(exports.csv_export(alice))

    started = datetime.datetime.fromisoformat(files["attacks.csv"][0]["started_at"])
    assert started == attack.started_at
    # Alice lives in Berlin: UTC+1 in winter, +2 in summer.
    assert started.utcoffset() in (datetime.timedelta(hours=1), datetime.timedelta(hours=2))


@pytest.mark.parametrize("formula", FORMULAS)
def test_it_escapes_text_cells_that_start_like_a_formula(alice, formula):
    medication = Medication.objects.create(
        owner=alice, name=formula, category="other", purpose="acute", usual_amount=formula
    )
    MedicationDose.objects.create(medication=medication, taken_at=timezone.now(), amount=formula)
    DailyCheckIn.objects.create(owner=alice, day=timezone.localdate(), notes=formula)
    Trigger.objects.create(owner=alice, name=formula)

    files = read_zip(exports.csv_export(alice))

    assert files["medications.csv"][0]["name"] == "'" + formula
    assert files["medications.csv"][0]["usual_amount"] == "'" + formula
    assert files["doses.csv"][0]["amount"] == "'" + formula
    assert files["doses.csv"][0]["medication"] == "'" + formula
    assert files["checkins.csv"][0]["notes"] == "'" + formula
    assert files["triggers.csv"][0]["name"] == "'" + formula


def test_it_leaves_ordinary_text_as_it_is(alice):
    DailyCheckIn.objects.create(owner=alice, day=timezone.localdate(), notes="Slept 7=8 hours")

    files = read_zip(exports.csv_export(alice))

    assert files["checkins.csv"][0]["notes"] == "Slept 7=8 hours"


def test_it_escapes_only_text_columns_so_negative_numbers_stay_numbers():
    columns = [
        csv_files.Column("number", lambda value: value),
        csv_files.Column("text", lambda value: str(value), text=True),
    ]

    content = csv_files._csv_bytes(columns, [-3, 4.5]).decode("utf-8-sig")

    assert content.splitlines() == ["number,text", "-3,'-3", "4.5,4.5"]


def test_every_column_that_holds_text_the_patient_typed_is_escaped(alice):
    records = exports.load_records(alice)
    typed = {
        "attacks.csv": {"notes", "triggers"},
        "flares.csv": {"notes", "triggers"},
        "medications.csv": {"name", "usual_amount"},
        "doses.csv": {"medication", "amount"},
        "checkins.csv": {"notes", "triggers"},
        "triggers.csv": {"name"},
        "profile.csv": {"display_name", "email"},
    }

    tables = csv_files.csv_tables(records)

    for name, columns in typed.items():
        text_columns = {column.name for column in tables[name][0] if column.text}
        assert columns <= text_columns, name


def test_the_readme_explains_each_file_and_its_columns(alice, attack):
    content = exports.csv_export(alice)
    text = readme(content)

    for name in csv_files.FILE_DESCRIPTIONS:
        assert name in text
    assert "attacks.csv (1 row)" in text
    assert "peak_intensity: worst pain, 0 to 10" in text
    assert "formula" in text


def test_a_patient_without_a_profile_still_gets_an_export(charlie):
    PatientProfile.objects.filter(user=charlie).delete()

    files = read_zip(exports.csv_export(charlie))

    assert files["conditions.csv"] == []
    assert files["profile.csv"][0]["cycle_tracking"] == ""


@pytest.mark.parametrize("builder", [exports.csv_export, exports.fhir_export])
def test_it_reads_the_diary_in_the_same_number_of_queries_however_long(
    alice, charlie, builder, django_assert_num_queries
):
    make_diary(charlie, 1)
    make_diary(alice, 6)
    charlie = type(charlie).objects.get(pk=charlie.pk)
    alice = type(alice).objects.get(pk=alice.pk)
    with django_assert_num_queries(13) as one_entry:
        builder(charlie)
    with django_assert_num_queries(13) as many_entries:
        builder(alice)

    assert len(one_entry.captured_queries) == len(many_entries.captured_queries)


# --- FHIR ----------------------------------------------------------------------------


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


# --- Views ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["diary:export-csv", "diary:export-fhir"])
def test_it_asks_for_the_password_again_before_exporting(alice_client, name):
    response = alice_client.get(reverse(name))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))


def test_after_the_password_it_returns_to_the_data_section_to_download(alice_client, password):
    response = alice_client.get(reverse("diary:export-csv"))

    confirmed = alice_client.post(response.url, {"password": password})

    assert confirmed.status_code == 302
    assert confirmed.url == reverse("accounts:profile") + "#your-data"
    assert alice_client.get(reverse("diary:export-csv"))["Content-Type"] == "application/zip"


@pytest.mark.parametrize("name", ["diary:export-csv", "diary:export-fhir"])
def test_it_asks_again_once_ten_minutes_have_passed(alice_client, password, name):
    reauthenticate(alice_client, password)
    session = alice_client.session
    records = session[AUTHENTICATION_METHODS_SESSION_KEY]
    for record in records:
        record["at"] -= 10 * 60 + 1
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    session.save()

    response = alice_client.get(reverse(name))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))


def test_the_csv_download_is_a_dated_zip(alice_client, alice, password, attack):
    reauthenticate(alice_client, password)

    response = alice_client.get(reverse("diary:export-csv"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    today = timezone.localdate(timezone=alice.tzinfo).isoformat()
    assert response["Content-Disposition"] == (f'attachment; filename="overlap-csv-{today}.zip"')
    assert response["Cache-Control"] == "no-store"
    files = read_zip(response.content)
    assert files["attacks.csv"][0]["notes"] == "Alice's private note"


def test_the_fhir_download_is_a_dated_fhir_json_bundle(alice_client, alice, password, flare):
    reauthenticate(alice_client, password)

    response = alice_client.get(reverse("diary:export-fhir"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    today = timezone.localdate(timezone=alice.tzinfo).isoformat()
    assert response["Content-Disposition"] == (f'attachment; filename="overlap-fhir-{today}.json"')
    bundle = Bundle.model_validate_json(response.content)
    assert bundle.type == "collection"
    assert "Alice's flare note" in response.content.decode()


@pytest.mark.parametrize("name", ["diary:export-csv", "diary:export-fhir"])
def test_another_patients_export_has_nothing_of_alices(
    charlie_client, password, attack, flare, dose, checkin, name
):
    reauthenticate(charlie_client, password)

    response = charlie_client.get(reverse(name))

    assert response.status_code == 200
    assert b"Alice" not in response.content
    assert b"Sumatriptan" not in response.content


@pytest.mark.parametrize("name", ["diary:export-csv", "diary:export-fhir"])
def test_clinicians_and_curators_get_a_404(bob_client, carol, client, password, name):
    reauthenticate(bob_client, password)
    assert bob_client.get(reverse(name)).status_code == 404
    client.force_login(carol)
    reauthenticate(client, password)
    assert client.get(reverse(name)).status_code == 404


@pytest.mark.parametrize("name", ["diary:export-csv", "diary:export-fhir"])
def test_a_post_is_refused(alice_client, password, name):
    reauthenticate(alice_client, password)

    assert alice_client.post(reverse(name)).status_code == 405


@pytest.mark.parametrize("name", ["diary:export-csv", "diary:export-fhir"])
def test_anonymous_visitors_are_sent_to_log_in(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize(
    ("name", "kind"), [("diary:export-csv", "csv"), ("diary:export-fhir", "fhir")]
)
def test_an_export_is_a_security_event_without_health_data(
    alice_client, alice, password, attack, caplog, name, kind
):
    reauthenticate(alice_client, password)

    with caplog.at_level(logging.INFO, logger="overlap.security"):
        alice_client.get(reverse(name))

    lines = [record.getMessage() for record in caplog.records if record.name == "overlap.security"]
    assert f"export format={kind} user={alice.pk}" in lines
    logged = " ".join(lines)
    assert "private note" not in logged
    assert alice.email not in logged


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
