"""The export downloads: a fresh password first, a dated file, nobody else's data, and a
security log line without health data."""

import logging

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from django.urls import reverse
from django.utils import timezone
from fhir.resources.R4B.bundle import Bundle

from tests.diary.test_exports import read_zip


def body(response) -> bytes:
    """A download's bytes: the exports stream."""
    assert response.streaming
    return b"".join(response.streaming_content)


def reauthenticate(client, password: str) -> None:
    response = client.post(reverse("account_reauthenticate"), {"password": password})
    assert response.status_code == 302


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
    files = read_zip(body(response))
    assert files["attacks.csv"][0]["notes"] == "Alice's private note"


def test_the_fhir_download_is_a_dated_fhir_json_bundle(alice_client, alice, password, flare):
    reauthenticate(alice_client, password)

    response = alice_client.get(reverse("diary:export-fhir"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    today = timezone.localdate(timezone=alice.tzinfo).isoformat()
    assert response["Content-Disposition"] == (f'attachment; filename="overlap-fhir-{today}.json"')
    content = body(response)
    bundle = Bundle.model_validate_json(content)
    assert bundle.type == "collection"
    assert "Alice's flare note" in content.decode()


@pytest.mark.parametrize("name", ["diary:export-csv", "diary:export-fhir"])
def test_another_patients_export_has_nothing_of_alices(
    charlie_client, password, attack, flare, dose, checkin, name
):
    reauthenticate(charlie_client, password)

    response = charlie_client.get(reverse(name))

    assert response.status_code == 200
    content = body(response)
    assert b"Alice" not in content
    assert b"Sumatriptan" not in content


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
