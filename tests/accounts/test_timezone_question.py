"""The time zone asked for instead of assumed: after a login, the device's zone is offered
when it differs from the account's (static/js/timezone.js shows the offer); an account on a
zone nobody chose is asked once; an unknown zone is refused with nothing saved."""

from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse

from accounts.models import User
from tests.conftest import PASSWORD

SET = reverse("accounts:timezone-set")
DISMISS = reverse("accounts:timezone-dismiss")
QUESTION = "Which time zone are you in?"
OFFER = "Are you in another time zone?"


def fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)


def log_in(client, user: User) -> None:
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


@pytest.fixture
def unasked(db, charlie) -> User:
    """A patient from before Overlap asked: still on UTC, never asked."""
    User.objects.filter(pk=charlie.pk).update(timezone_confirmed=False)
    return fresh(charlie)


def test_a_login_offers_the_devices_zone_in_a_hidden_banner(client, alice):
    log_in(client, alice)

    response = client.get("/")

    assert OFFER in response.text
    assert 'data-account-zone="Europe/Berlin"' in response.text
    assert "data-only-if-different hidden" in response.text
    assert "js/timezone.js" in response.text


def test_without_a_login_through_the_form_there_is_no_offer(alice_client):
    response = alice_client.get("/")

    assert OFFER not in response.text
    assert "data-timezone-question" not in response.text


def test_accepting_the_offer_saves_the_zone_with_one_post(client, alice):
    log_in(client, alice)

    response = client.post(SET, {"timezone": "Europe/Paris", "next": "/diary/"})

    assert response.url == "/diary/"
    user = fresh(alice)
    assert user.timezone == "Europe/Paris"
    assert user.timezone_confirmed is True
    assert "timezone_offer" not in client.session
    page = client.get("/diary/")
    assert "Overlap now shows your dates and times in Europe/Paris." in page.text
    assert OFFER not in page.text


def test_an_unknown_zone_is_refused_with_a_clear_message_and_nothing_saved(client, alice):
    log_in(client, alice)
    before = User.objects.filter(pk=alice.pk).values().get()

    response = client.post(SET, {"timezone": "Mars/Olympus_Mons", "next": "/"}, follow=True)

    assert response.status_code == 200
    assert "“Mars/Olympus_Mons” is not a time zone Overlap knows, so nothing was changed." in (
        response.text
    )
    assert User.objects.filter(pk=alice.pk).values().get() == before
    # The offer stays, and the page shows the zone the account still has.
    assert 'data-account-zone="Europe/Berlin"' in response.text


@pytest.mark.parametrize("zone", ["", "x" * 3000, "Europe/Paris\x00", "../../etc/passwd"])
def test_any_other_bad_zone_is_refused_too(alice_client, alice, zone):
    response = alice_client.post(SET, {"timezone": zone})

    assert response.status_code == 302
    assert fresh(alice).timezone == "Europe/Berlin"


def test_keeping_the_accounts_zone_hides_the_offer_until_the_next_login(client, alice):
    log_in(client, alice)

    response = client.post(DISMISS, {"next": "/timeline/"})

    assert response.url == "/timeline/"
    assert OFFER not in client.get("/").text
    assert fresh(alice).timezone == "Europe/Berlin"
    client.logout()
    log_in(client, alice)
    assert OFFER in client.get("/").text


def test_an_account_from_before_is_asked_once(client, unasked):
    client.force_login(unasked)

    response = client.get("/")

    assert QUESTION in response.text
    # Shown at once, not only when the device differs.
    assert "data-only-if-different" not in response.text


def test_dismissing_the_question_records_that_it_was_asked(client, unasked):
    client.force_login(unasked)

    client.post(DISMISS, {"next": "/"})

    user = fresh(unasked)
    assert user.timezone == "UTC"
    assert user.timezone_asked_at is not None
    assert QUESTION not in client.get("/").text
    assert QUESTION not in client.get("/diary/").text


def test_dismissing_twice_keeps_the_first_answer(client, unasked):
    client.force_login(unasked)
    client.post(DISMISS)
    asked_at = fresh(unasked).timezone_asked_at

    client.post(DISMISS)

    assert fresh(unasked).timezone_asked_at == asked_at


def test_answering_the_question_confirms_the_zone(client, unasked):
    client.force_login(unasked)

    client.post(SET, {"timezone": "America/New_York"})

    user = fresh(unasked)
    assert (user.timezone, user.timezone_confirmed) == ("America/New_York", True)
    assert QUESTION not in client.get("/").text


def test_choosing_a_zone_on_the_profile_answers_the_question(client, unasked):
    client.force_login(unasked)

    client.post(
        reverse("accounts:profile"),
        {"display_name": "", "timezone": "Asia/Tokyo", "theme": "system"},
    )

    assert fresh(unasked).timezone_confirmed is True
    assert QUESTION not in client.get("/").text


def test_a_clinician_who_signs_up_is_asked_once(client, db):
    client.post(
        reverse("account_signup"),
        {
            "role": "clinician",
            "email": "doc@example.com",
            "password1": "a calm walk by the river 7",
            "password2": "a calm walk by the river 7",
        },
    )
    client.force_login(User.objects.get(email="doc@example.com"))

    assert QUESTION in client.get(reverse("accounts:profile")).text


def test_accounts_given_their_zone_are_not_asked(bob_client, alice_client):
    assert QUESTION not in bob_client.get("/").text
    assert QUESTION not in alice_client.get("/").text


def test_the_redirect_after_answering_stays_on_this_site(alice_client):
    response = alice_client.post(DISMISS, {"next": "https://evil.example.com/"})

    assert response.url == "/"


@pytest.mark.parametrize("url", [SET, DISMISS])
def test_the_answers_are_post_only_and_need_a_login(client, alice_client, url):
    assert alice_client.get(url).status_code == 405
    client.logout()
    assert client.post(url)["Location"].startswith("/accounts/login/")


def test_the_migration_asks_only_accounts_still_on_utc_and_onboards_nobody(db):
    migration = import_module("accounts.migrations.0004_onboarding")
    on_utc = User.objects.create_user("utc@example.com", PASSWORD)
    in_paris = User.objects.create_user("paris@example.com", PASSWORD, timezone="Europe/Paris")

    migration.mark_unchosen_zones(apps, None)

    assert fresh(on_utc).timezone_question_due
    assert not fresh(in_paris).timezone_question_due
    assert not User.objects.exclude(onboarding_step="").exists()
