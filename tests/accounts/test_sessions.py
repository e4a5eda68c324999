"""Sessions (SECURITY.md): the idle warning's data and its keep-alive ping, and a password
change that ends every other session while the one that changed it carries on."""

import re

from django.test import Client
from django.urls import reverse

PING = reverse("accounts:session-ping")


def idle_attributes(html: str) -> tuple[int, int] | None:
    match = re.search(r'data-idle-seconds="(\d+)" data-warning-seconds="(\d+)"', html)
    return (int(match[1]), int(match[2])) if match else None


def test_it_gives_each_role_its_idle_limit_through_data_attributes(alice_client, bob):
    assert idle_attributes(alice_client.get("/diary/").content.decode()) == (30 * 60, 2 * 60)

    clinician = Client()
    clinician.force_login(bob)
    assert idle_attributes(clinician.get("/").content.decode()) == (15 * 60, 2 * 60)


def test_it_takes_the_limits_from_settings(alice_client, settings):
    settings.SESSION_IDLE_SECONDS = {"patient": 90, "clinician": 60}
    settings.SESSION_WARNING_SECONDS = 30

    assert idle_attributes(alice_client.get("/").content.decode()) == (90, 30)


def test_it_adds_no_warning_for_a_visitor(client, db):
    html = client.get("/").content.decode()

    assert 'id="session-warning"' not in html
    assert "session.js" not in html


def test_the_ping_keeps_an_idle_session_alive(alice_client):
    alice_client.get("/")
    session = alice_client.session
    session["last_seen"] -= 29 * 60
    session.save()

    response = alice_client.post(PING)

    assert response.status_code == 200
    assert response.json() == {"idle_seconds": 30 * 60}
    session = alice_client.session
    session["last_seen"] -= 29 * 60
    session.save()
    assert alice_client.get("/diary/").status_code == 200


def test_the_ping_notes_the_moment_even_within_the_middlewares_resolution(alice_client):
    alice_client.get("/")
    session = alice_client.session
    session["last_seen"] -= 5
    session.save()
    before = alice_client.session["last_seen"]

    alice_client.post(PING)

    assert alice_client.session["last_seen"] >= before + 5


def test_the_ping_cannot_revive_a_session_past_its_limit(alice_client):
    alice_client.get("/")
    session = alice_client.session
    session["last_seen"] -= 31 * 60
    session.save()

    response = alice_client.post(PING)

    assert response.status_code == 401
    assert "_auth_user_id" not in alice_client.session


def test_the_ping_is_post_only(alice_client):
    assert alice_client.get(PING).status_code == 405


def test_a_password_change_ends_the_other_sessions_and_keeps_this_one(alice, password):
    here, elsewhere = Client(), Client()
    for client in (here, elsewhere):
        client.post(reverse("account_login"), {"login": alice.email, "password": password})
        assert client.get("/diary/").status_code == 200

    response = here.post(
        reverse("account_change_password"),
        {
            "oldpassword": password,
            "password1": "a brand new passphrase 77",
            "password2": "a brand new passphrase 77",
        },
    )

    assert response.status_code == 302
    assert here.get("/diary/").status_code == 200
    assert elsewhere.get("/diary/").url.startswith(reverse("account_login"))


def test_curators_get_the_warning_in_the_admin_too(carol_client):
    html = carol_client.get("/admin/").content.decode()

    assert idle_attributes(html) == (30 * 60, 2 * 60)
    assert "js/session.js" in html
    assert "Overlap curation" in html
