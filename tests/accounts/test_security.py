import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "PATH": os.environ["PATH"],
    "DJANGO_SECRET_KEY": "k3Q9-x_v7Lq2bN8mZp4Rt6Wy1Hs5Dc0Fg3Jk7Uo9Ie2Ab4Cn6Xe8Mr1Tz5Vw7Py9",
    "DJANGO_ALLOWED_HOSTS": "overlap.example.org",
    "DJANGO_SECURE_PROXY_SSL_HEADER": "true",
    "EMAIL_HOST": "smtp.example.org",
    "MFA_ENCRYPTION_KEYS": "dGVzdC1rZXktZm9yLXRoZS1wcm9kdWN0aW9uLWNoayE=",
}


def run_manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_in_production_without_a_secret_key():
    env = {**PRODUCTION_ENV, "DJANGO_SECRET_KEY": ""}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is missing or weak" in result.stderr


def test_it_refuses_to_start_in_production_with_a_weak_secret_key():
    env = {**PRODUCTION_ENV, "DJANGO_SECRET_KEY": "secret"}

    result = run_manage("check", env=env)

    assert "DJANGO_SECRET_KEY is missing or weak" in result.stderr


def test_it_refuses_to_start_in_production_without_allowed_hosts():
    env = {**PRODUCTION_ENV, "DJANGO_ALLOWED_HOSTS": ""}

    result = run_manage("check", env=env)

    assert "DJANGO_ALLOWED_HOSTS is empty" in result.stderr


def test_it_refuses_to_start_in_production_printing_e_mail_to_the_log():
    # Invitation, reset and confirmation links are credentials: never into a server log.
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "EMAIL_HOST"}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "EMAIL_HOST is not set" in result.stderr


def test_it_prints_e_mail_to_the_console_without_debug_only_when_told_to():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "EMAIL_HOST"}
    code = "from django.conf import settings; print(settings.EMAIL_BACKEND)"

    result = run_manage("shell", "-c", code, env=env | {"DJANGO_EMAIL_TO_CONSOLE": "1"})

    assert result.stdout.strip().endswith("django.core.mail.backends.console.EmailBackend")


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ("", "MFA_ENCRYPTION_KEYS is missing"),
        ("not-a-key", "not a Fernet key"),
        ("b3ZlcmxhcC1kZXZlbG9wbWVudC1tZmEta2V5LTAwMDE=", "the development key"),
    ],
)
def test_it_refuses_to_start_in_production_without_a_key_for_totp_secrets(keys, message):
    result = run_manage("check", env=PRODUCTION_ENV | {"MFA_ENCRYPTION_KEYS": keys})

    assert result.returncode != 0
    assert message in result.stderr


def test_the_deployment_check_finds_nothing_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_pages_carry_the_security_headers(client, db):
    response = client.get("/")

    csp = response.headers["Content-Security-Policy"]
    for directive in [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]:
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "geolocation=()" in response.headers["Permissions-Policy"]


@override_settings(SECURE_SSL_REDIRECT=False)
def test_https_responses_carry_hsts_for_a_year_with_subdomains(client, db):
    response = client.get("/", secure=True)

    assert response.headers["Strict-Transport-Security"].startswith(
        "max-age=31536000; includeSubDomains"
    )


def test_authenticated_responses_are_not_stored(alice_client):
    assert alice_client.get("/").headers["Cache-Control"] == "no-store"
    assert alice_client.get("/accounts/profile/").headers["Cache-Control"] == "no-store"


def test_pages_have_no_inline_scripts_or_styles(alice_client):
    html = alice_client.get("/").content.decode()

    assert "<script>" not in html
    assert "<script src=" in html
    assert " style=" not in html
    assert "<style" not in html


def test_healthz_reports_the_database(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.parametrize(
    ("role", "idle_minutes", "logged_out"),
    [
        ("patient", 29, False),
        ("patient", 31, True),
        ("clinician", 14, False),
        ("clinician", 16, True),
    ],
)
def test_it_logs_out_after_the_idle_limit_of_each_role(
    client, alice, bob, role, idle_minutes, logged_out
):
    user = alice if role == "patient" else bob
    client.force_login(user)
    client.get("/")
    session = client.session
    session["last_seen"] -= idle_minutes * 60
    session.save()

    client.get("/")

    assert ("_auth_user_id" not in client.session) is logged_out


def test_it_logs_out_after_twelve_hours_however_active(client, alice):
    client.force_login(alice)
    client.get("/")
    session = client.session
    session["started"] -= 12 * 60 * 60 + 1
    session.save()

    client.get("/")

    assert "_auth_user_id" not in client.session


def test_it_notes_activity_at_most_every_thirty_seconds(client, alice):
    client.force_login(alice)
    client.get("/healthz")
    session = client.session
    session["last_seen"] -= 10
    session.save()
    noted = client.session["last_seen"]

    client.get("/healthz")
    assert client.session["last_seen"] == noted  # ten seconds on: the session is not saved

    session = client.session
    session["last_seen"] -= 30
    session.save()
    client.get("/healthz")
    assert client.session["last_seen"] >= noted  # forty seconds on: noted again
