"""The triptan caution covers every condition in the catalogue whose disease can involve the
blood vessels and every heart and vessel fact the patient records (CLINICAL.md), and only
those; it names its reasons."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import VesselRisk
from diary.models import Medication, MedicationDose
from education.models import Condition

VESSEL_CONDITIONS = [
    "lupus",
    "rheumatoid-arthritis",
    "sjogrens",
    "systemic-sclerosis",
    "vasculitis",
    "antiphospholipid-syndrome",
]


def alert_kinds(client) -> list[str]:
    response = client.get("/timeline/data.json")
    assert response.status_code == 200
    return [alert["kind"] for alert in response.json()["alerts"]]


def alert_messages(client) -> dict[str, str]:
    response = client.get("/timeline/data.json")
    return {alert["kind"]: alert["message"] for alert in response.json()["alerts"]}


def take_triptan(owner, category: str = "triptan") -> None:
    medication = Medication.objects.create(
        owner=owner, name="Sumatriptan", category=category, purpose="acute"
    )
    MedicationDose.objects.create(medication=medication, taken_at=timezone.now())


def record_on_profile(client, *risks: str) -> None:
    response = client.post(
        reverse("accounts:profile"),
        {"display_name": "Charlie", "timezone": "UTC", "theme": "system"}
        | {"patient-vessel_risks": list(risks)},
    )
    assert response.status_code == 302


def test_the_catalogue_marks_exactly_the_vessel_conditions(db):
    marked = set(
        Condition.objects.filter(involves_blood_vessels=True).values_list("slug", flat=True)
    )
    assert marked == set(VESSEL_CONDITIONS)
    assert list(Condition.objects.autoimmune().values_list("slug", flat=True))[-1] == (
        "other-autoimmune"
    )


@pytest.mark.parametrize("slug", VESSEL_CONDITIONS)
def test_each_vessel_condition_raises_the_triptan_caution(charlie, charlie_client, slug):
    charlie.profile.conditions.set(Condition.objects.filter(slug=slug))
    take_triptan(charlie)

    assert "triptan_caution" in alert_kinds(charlie_client)


@pytest.mark.parametrize("slug", ["multiple-sclerosis", "celiac", "other-autoimmune"])
def test_conditions_without_vessel_involvement_do_not(charlie, charlie_client, slug):
    charlie.profile.conditions.set(Condition.objects.filter(slug=slug))
    take_triptan(charlie)

    assert "triptan_caution" not in alert_kinds(charlie_client)


@pytest.mark.parametrize("risk", list(VesselRisk))
def test_each_heart_and_vessel_fact_raises_the_caution_and_names_itself(
    charlie, charlie_client, risk
):
    record_on_profile(charlie_client, risk.value)
    take_triptan(charlie)

    charlie.profile.refresh_from_db()
    assert charlie.profile.vessel_risks == [risk.value]
    assert risk.label in alert_messages(charlie_client)["triptan_caution"]


def test_an_ergot_raises_it_too_and_every_reason_is_named(charlie, charlie_client):
    record_on_profile(charlie_client, "raynauds", "high_blood_pressure")
    charlie.profile.conditions.set(Condition.objects.filter(slug="sjogrens"))
    take_triptan(charlie, category="ergot")

    message = alert_messages(charlie_client)["triptan_caution"]

    assert "Sjögren's syndrome, high blood pressure and Raynaud's phenomenon" in message
    assert "not a diagnosis" not in message  # a caution about a medicine, not about them
    assert "not a reason to stop on your own" in message


def test_multiple_sclerosis_with_no_fact_raises_nothing(charlie, charlie_client):
    charlie.profile.conditions.set(Condition.objects.filter(slug="multiple-sclerosis"))
    record_on_profile(charlie_client)
    take_triptan(charlie)

    assert "triptan_caution" not in alert_kinds(charlie_client)
    charlie.profile.refresh_from_db()
    assert charlie.profile.vessel_risks == []


def test_an_unknown_fact_is_refused_and_nothing_is_saved(charlie, charlie_client):
    response = charlie_client.post(
        reverse("accounts:profile"),
        {
            "display_name": "Changed",
            "timezone": "UTC",
            "theme": "system",
            "patient-vessel_risks": ["high_blood_pressure", "broken_heart"],
        },
    )

    assert response.status_code == 200
    assert b"is not one of the available choices" in response.content
    charlie.refresh_from_db()
    assert charlie.display_name != "Changed"
    charlie.profile.refresh_from_db()
    assert charlie.profile.vessel_risks == []


def test_logging_a_triptan_names_the_reason_at_once(charlie, charlie_client):
    record_on_profile(charlie_client, "coronary_heart_disease")
    triptan = Medication.objects.create(
        owner=charlie, name="Rizatriptan", category="triptan", purpose="acute"
    )

    response = charlie_client.post(
        "/diary/doses/new/", {"quick": "1", "medication": triptan.pk}, follow=True
    )

    assert "they may not suit everyone with coronary heart disease" in response.content.decode()
    assert b'href="/learn/medication-caution/"' in response.content
