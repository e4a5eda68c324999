"""The security log and login throttling (SECURITY.md): logins, failures and lockouts are
logged with an account id and never an address, a password or health data; every path that
checks a password or a second factor is throttled, the admin's included."""

import logging

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.test import Client
from django.urls import reverse

from diary.models import MigraineAttack

LOGIN = reverse("account_login")
WRONG = "not the password at all 9"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
THROTTLED = b"Too many failed login attempts"


@pytest.fixture
def security_log(caplog):
    """The lines of the overlap.security logger (it does not propagate to the root)."""
    logger = logging.getLogger("overlap.security")
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger="overlap.security")
    yield lambda: [r.getMessage() for r in caplog.records if r.name == "overlap.security"]
    logger.removeHandler(caplog.handler)


def log_in(client, email: str, password: str):
    return client.post(LOGIN, {"login": email, "password": password})


def test_it_logs_a_login_with_the_account_id_only(client, alice, password, security_log):
    log_in(client, "alice@example.com", password)

    assert f"login succeeded user={alice.pk}" in security_log()
    assert not [line for line in security_log() if "alice" in line.lower() or password in line]


def test_it_logs_a_failed_login_without_the_password(client, alice, security_log):
    log_in(client, "alice@example.com", WRONG)

    assert f"login failed key=user:{alice.pk}" in security_log()
    assert not [line for line in security_log() if WRONG in line or "example.com" in line]


def test_it_logs_what_was_typed_for_an_unknown_account_only_as_a_digest(client, db, security_log):
    log_in(client, "unknown.person@example.org", WRONG)

    [line] = security_log()
    assert line.startswith("login failed key=typed:")
    assert "unknown" not in line
    assert WRONG not in line


def test_it_logs_a_lockout(client, alice, password, security_log):
    for _ in range(5):
        log_in(client, "alice@example.com", WRONG)

    log_in(client, "alice@example.com", password)

    assert f"login throttled key=user:{alice.pk}" in security_log()


def test_it_logs_a_signup_with_the_new_account_id_only(client, db, security_log):
    client.post(
        reverse("account_signup"),
        {
            "role": "patient",
            "email": "new.patient@example.com",
            "password1": "a long enough passphrase 31",
            "password2": "a long enough passphrase 31",
            "display_name": "New",
        },
    )

    lines = security_log()
    assert [line for line in lines if line.startswith("signup user=")]
    assert not [line for line in lines if "new.patient" in line or "passphrase" in line]


def test_diary_entries_leave_no_health_data_in_the_security_log(alice_client, alice, security_log):
    alice_client.post(
        "/diary/migraines/new/",
        {
            "attack_type": "migraine",
            "started_at": "2025-01-31T08:00",
            "peak_intensity": "7",
            "disability": "2",
            "location": "left",
            "notes": "Zq7731 private note",
        },
    )
    alice_client.post("/diary/triggers/", {"name": "Zq7731 trigger"})

    assert MigraineAttack.objects.filter(owner=alice).exists()
    assert not [line for line in security_log() if "Zq7731" in line or "migraine" in line]


def test_reauthentication_is_throttled(alice_client):
    for _ in range(10):
        alice_client.post(reverse("account_reauthenticate"), {"password": WRONG})

    response = alice_client.post(reverse("account_reauthenticate"), {"password": WRONG})

    assert response.status_code == 429


def test_the_old_password_check_of_a_password_change_is_throttled(alice_client, password):
    data = {
        "oldpassword": WRONG,
        "password1": "new passphrase 123 ab",
        "password2": "new passphrase 123 ab",
    }
    for _ in range(5):
        alice_client.post(reverse("account_change_password"), data)

    response = alice_client.post(
        reverse("account_change_password"), data | {"oldpassword": password}
    )

    assert response.status_code == 429


def test_the_second_factor_is_throttled(client, alice, password):
    TOTP.activate(alice, TOTP_SECRET)
    log_in(client, "alice@example.com", password)
    for _ in range(5):
        client.post(reverse("mfa_authenticate"), {"code": "000000"})

    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})

    assert THROTTLED in response.content
    assert "_auth_user_id" not in client.session


def test_the_admin_login_never_checks_a_password_itself(carol, password):
    client = Client()

    response = client.post("/admin/login/", {"username": carol.email, "password": password})

    assert response.status_code == 302
    assert response.url.startswith(LOGIN)
    assert "_auth_user_id" not in client.session


def test_the_admin_login_path_is_throttled_for_a_known_curator(client, carol, password):
    for _ in range(5):
        client.post(LOGIN + "?next=/admin/", {"login": carol.email, "password": WRONG})

    response = client.post(LOGIN + "?next=/admin/", {"login": carol.email, "password": password})

    assert THROTTLED in response.content
    assert "_auth_user_id" not in client.session


def test_behind_a_proxy_each_client_address_is_throttled_on_its_own(
    client, alice, password, settings
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for number in range(20):
        client.post(
            LOGIN,
            {"login": f"nobody{number}@example.com", "password": WRONG},
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )

    throttled = client.post(
        LOGIN, {"login": alice.email, "password": password}, HTTP_X_FORWARDED_FOR="203.0.113.7"
    )
    elsewhere = Client().post(
        LOGIN, {"login": alice.email, "password": password}, HTTP_X_FORWARDED_FOR="198.51.100.2"
    )

    assert THROTTLED in throttled.content
    assert elsewhere.status_code == 302
