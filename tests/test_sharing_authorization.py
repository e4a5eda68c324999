# ruff: noqa: E501 -- the matrix below is one aligned row per URL and method.
"""Who may reach the sharing, clinic, report and export URLs (SECURITY.md, "Access").

Personas: anonymous; alice, the patient whose data every URL names; charlie, another
patient; bob, the clinician alice shares with (live share without notes, TOTP set up);
unshared, a clinician alice never shared with; revoked, one whose share she revoked;
expired, one whose share expired; carol, a curator. Every clinician has TOTP, so what
decides is the share itself.

Each cell asserts the outcome; for everyone but alice and bob, that no trace of alice's
data is in the body and that nothing of hers changed; for bob, that her notes (which she
did not share) are not in the body; and that nobody but bob leaves an access event.
"""

import datetime

import pytest
from django.test import Client
from django.urls import resolve
from django.utils import timezone

from accounts.models import AccessEvent, CareShare
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition
from tests.test_authorization import route_patterns

GET, POST = "GET", "POST"
LOGIN = "login"
REDIR = "redirect"

PERSONAS = ("anonymous", "alice", "charlie", "bob", "unshared", "revoked", "expired", "carol")
ENTITLED = {"alice", "bob"}

# fmt: off
MATRIX = [
    # url                                     method anon   alice  charlie bob   unshared revoked expired carol
    ("/sharing/",                               GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    # Creating a share asks for the password again first (REDIR to /accounts/reauthenticate/).
    ("/sharing/",                               POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/sharing/{share}/revoke/",                GET,  LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/sharing/{share}/revoke/",                POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    # An invitation to bob's address: only bob may accept it; everyone else is told why not.
    ("/sharing/accept/{token}/",                GET,  LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/sharing/accept/{token}/",                POST, LOGIN, 400,   400,   REDIR, 400,   400,   400,   400),
    ("/clinic/",                                GET,  LOGIN, 404,   404,   200,   200,   200,   200,   404),
    ("/clinic/",                                POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/clinic/{patient}/timeline/",             GET,  LOGIN, 404,   404,   200,   404,   404,   404,   404),
    ("/clinic/{patient}/timeline/",             POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/clinic/{patient}/timeline/data.json",    GET,  LOGIN, 404,   404,   200,   404,   404,   404,   404),
    ("/clinic/{patient}/timeline/data.json",    POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/clinic/{patient}/report/",               GET,  LOGIN, 404,   404,   200,   404,   404,   404,   404),
    ("/clinic/{patient}/report/",               POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/report/",                                GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/report/",                                POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),
    # Exports ask for the password again first.
    ("/export/csv/",                            GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/export/csv/",                            POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/export/fhir/",                           GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/export/fhir/",                           POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),
]
# fmt: on

MARK = "Zq7731"  # in every name of alice's
NOTE = "Nq5529"  # in every note of alice's, which she does not share with bob
TOKEN = "sharing-matrix-invitation"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def personas(
    alice,
    charlie,
    bob,
    carol,
    alice_shares_with_bob,
    unshared_clinician,
    revoked_clinician,
    expired_clinician,
):
    return {
        "alice": alice,
        "charlie": charlie,
        "bob": bob,
        "unshared": unshared_clinician,
        "revoked": revoked_clinician,
        "expired": expired_clinician,
        "carol": carol,
    }


@pytest.fixture
def alice_data(alice, alice_shares_with_bob) -> dict[str, object]:
    now = timezone.now()
    today = timezone.localdate(now, alice.tzinfo)
    attack = MigraineAttack.objects.create(
        owner=alice,
        started_at=now - datetime.timedelta(days=2),
        ended_at=now - datetime.timedelta(days=2) + datetime.timedelta(hours=3),
        peak_intensity=6,
        notes=f"{NOTE} attack",
    )
    Flare.objects.create(
        owner=alice,
        condition=Condition.objects.get(slug="lupus"),
        started_on=today - datetime.timedelta(days=3),
        notes=f"{NOTE} flare",
    )
    medication = Medication.objects.create(
        owner=alice, name=f"{MARK} tablets", category="triptan", purpose="acute"
    )
    MedicationDose.objects.create(
        medication=medication, attack=attack, taken_at=now - datetime.timedelta(days=2)
    )
    DailyCheckIn.objects.create(
        owner=alice, day=today - datetime.timedelta(days=1), stress=3, notes=f"{NOTE} day"
    )
    CareShare.objects.create(
        patient=alice, invite_email="bob@example.com", token_hash=CareShare.hash_token(TOKEN)
    )
    return {"share": alice_shares_with_bob.pk, "token": TOKEN, "patient": alice.uuid}


def snapshot(alice) -> dict[str, list]:
    return {
        "attacks": list(MigraineAttack.objects.filter(owner=alice).values()),
        "flares": list(Flare.objects.filter(owner=alice).values()),
        "medications": list(Medication.objects.filter(owner=alice).values()),
        "checkins": list(DailyCheckIn.objects.filter(owner=alice).values()),
        "shares": list(CareShare.objects.filter(patient=alice).order_by("pk").values()),
    }


def outcome(response) -> int | str:
    if response.status_code in (301, 302):
        return LOGIN if response["Location"].startswith("/accounts/login/") else REDIR
    return response.status_code


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


CELLS = [
    pytest.param(url, method, persona, expected, id=f"{method} {url} {persona}")
    for url, method, *outcomes in MATRIX
    for persona, expected in zip(PERSONAS, outcomes, strict=True)
]


@pytest.mark.parametrize(("url", "method", "persona", "expected"), CELLS)
def test_the_sharing_matrix_cell_holds(
    personas, alice, bob, alice_data, url, method, persona, expected
):
    client = Client()
    if persona != "anonymous":
        client.force_login(personas[persona])
    before = snapshot(alice)

    response = client.generic(method, url.format(**alice_data))

    assert outcome(response) == expected
    text = body(response)
    if persona != "alice":
        assert NOTE not in text
    if persona not in ENTITLED:
        assert MARK not in text
        assert alice.email not in text
        assert snapshot(alice) == before
    assert AccessEvent.objects.exclude(actor=bob).count() == 0


def test_every_sharing_clinic_report_and_export_url_has_a_row():
    ours = {
        route
        for route in route_patterns()
        if route.startswith(("sharing/", "clinic/", "report/", "export/"))
    }
    fill = {"share": 1, "token": "t", "patient": "12345678-1234-5678-1234-567812345678"}

    rows = {resolve(url.format(**fill)).route for url, *_ in MATRIX}

    assert ours == rows


def test_the_shared_clinician_sees_alice_and_leaves_a_trace(personas, alice, bob, alice_data):
    client = Client()
    client.force_login(bob)

    response = client.get(f"/clinic/{alice.uuid}/report/")

    assert MARK in body(response)  # her medication's name: the report is hers
    assert AccessEvent.objects.filter(patient=alice, actor=bob, what="report").count() == 1
