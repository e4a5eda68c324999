"""Sign-in and two-step pages in Overlap's words, and the recovery codes page that leads on:
to the patients for a clinician, home for everyone else."""

import re

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse
from django.utils import timezone

from tests.conftest import give_totp

STOCK_WORDING = [
    "Activate Authenticator App",
    "Authenticator secret",
    "Two-Factor Authentication",
    "Recovery Codes",
    "There are ",
    "If you have not created an account yet",
]


def totp_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(timezone.now().timestamp()) // 30))


def set_up_totp(client, password: str):
    """Turn on the authenticator app as a person would; returns the page it leads to."""
    client.post(reverse("account_reauthenticate"), {"password": password})
    page = client.get(reverse("mfa_activate_totp"))
    secret = re.search(r'id="authenticator_secret" value="([A-Z2-7]+)"', page.content.decode())
    assert secret is not None
    return client.post(
        reverse("mfa_activate_totp"), {"code": totp_code(secret.group(1))}, follow=True
    )


def test_a_clinician_goes_on_from_the_recovery_codes_to_their_patients(
    client, bob, password, alice_shares_with_bob
):
    bob.authenticator_set.all().delete()
    client.force_login(bob)

    response = set_up_totp(client, password)

    body = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("mfa_view_recovery_codes")
    assert "<h1>Recovery codes</h1>" in body
    assert f'href="{reverse("clinic:patient-list")}">Continue to your patients</a>' in body
    assert client.get(reverse("clinic:patient-list")).status_code == 200


def test_a_patient_goes_on_from_the_recovery_codes_to_their_home_page(alice_client, password):
    response = set_up_totp(alice_client, password)

    body = response.content.decode()
    assert "<h1>Recovery codes</h1>" in body
    assert f'href="{reverse("home")}">Continue to your home page</a>' in body
    assert "Continue to your patients" not in body


@pytest.mark.parametrize(
    "name",
    [
        "mfa_index",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_deactivate_totp",
    ],
)
def test_the_two_step_pages_speak_overlaps_words(client, bob, password, name):
    give_totp(bob)
    client.force_login(bob)
    client.post(reverse("account_reauthenticate"), {"password": password})
    if name == "mfa_view_recovery_codes":
        client.post(reverse("mfa_generate_recovery_codes"))

    response = client.get(reverse(name), follow=True)

    body = response.content.decode()
    assert response.status_code == 200
    assert not [stock for stock in STOCK_WORDING if stock in body]


def test_the_activation_page_speaks_overlaps_words(alice_client, password):
    alice_client.post(reverse("account_reauthenticate"), {"password": password})

    body = alice_client.get(reverse("mfa_activate_totp")).content.decode()

    assert "<h1>Set up an authenticator app</h1>" in body
    assert not [stock for stock in STOCK_WORDING if stock in body]


def test_the_sign_in_pages_speak_overlaps_words(client, alice, bob, password):
    login = client.get(reverse("account_login")).content.decode()
    assert "<h1>Sign in to Overlap</h1>" in login
    assert not [stock for stock in STOCK_WORDING if stock in login]

    give_totp(bob)
    response = client.post(
        reverse("account_login"), {"login": bob.email, "password": password}, follow=True
    )
    code_page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("mfa_authenticate")
    assert "<h1>One more step</h1>" in code_page
    assert not [stock for stock in STOCK_WORDING if stock in code_page]
