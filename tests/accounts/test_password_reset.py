import re
from datetime import timedelta
from unittest import mock

from django.core import mail
from django.urls import reverse
from django.utils import timezone

RESET = reverse("account_reset_password")
NEW_PASSWORD = "a brand new riverside password"


def reset_link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", message.body)
    assert match is not None, message.body
    return match.group(1)


def request_reset(client, email: str = "alice@example.com"):
    return client.post(RESET, {"email": email})


def test_it_sends_a_reset_link_that_sets_a_new_password(client, alice):
    request_reset(client)
    assert len(mail.outbox) == 1

    form_url = client.get(reset_link(mail.outbox[0])).url
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)


def test_the_reset_link_works_only_once(client, alice):
    request_reset(client)
    link = reset_link(mail.outbox[0])
    form_url = client.get(link).url
    client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    response = client.get(link, follow=True)

    assert b"Bad Token" in response.content or b"invalid" in response.content.lower()
    assert b'name="password1"' not in response.content


def test_the_reset_link_expires_after_an_hour(client, alice):
    request_reset(client)
    link = reset_link(mail.outbox[0])
    later = timezone.now() + timedelta(hours=1, minutes=1)

    with mock.patch("django.contrib.auth.tokens.PasswordResetTokenGenerator._now") as now:
        now.return_value = later.replace(tzinfo=None)
        response = client.get(link, follow=True)

    assert b'name="password1"' not in response.content


def test_the_reset_page_says_the_same_for_unknown_addresses(client, alice):
    known = request_reset(client, "alice@example.com")
    unknown = request_reset(client, "nobody@example.com")

    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
