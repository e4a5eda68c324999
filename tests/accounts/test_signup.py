import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import PatientProfile, User


def signup(client, **fields):
    data = {
        "role": "patient",
        "display_name": "",
        "email": "new@example.com",
        "password1": "a calm walk by the river 7",
        "password2": "a calm walk by the river 7",
        **fields,
    }
    return client.post(reverse("account_signup"), data)


def visible_text(html: str) -> str:
    """The page without its markup and per-request tokens."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.real_hashers
def test_it_signs_up_a_patient_with_a_profile(client, db):
    response = signup(client, display_name="Nia")

    assert response.status_code == 302
    user = User.objects.get(email="new@example.com")
    assert user.role == "patient"
    assert user.display_name == "Nia"
    assert PatientProfile.objects.filter(user=user).exists()
    assert user.password.startswith("argon2$argon2id$")


def test_it_signs_up_a_clinician_without_a_patient_profile(client, db):
    response = signup(client, role="clinician")

    assert response.status_code == 302
    user = User.objects.get(email="new@example.com")
    assert user.role == "clinician"
    assert not PatientProfile.objects.filter(user=user).exists()


def test_it_refuses_an_unknown_role(client, db):
    response = signup(client, role="superuser")

    assert response.status_code == 200
    assert not User.objects.exists()


def test_it_refuses_a_short_password(client, db):
    response = signup(client, password1="short pass1", password2="short pass1")

    assert b"at least 12 characters" in response.content
    assert not User.objects.exists()


def test_it_refuses_a_common_password(client, db):
    response = signup(client, password1="password1234", password2="password1234")

    assert b"too common" in response.content
    assert not User.objects.exists()


def test_it_refuses_a_password_over_128_characters(client, db):
    long_password = "river stone " * 11  # 132 characters
    response = signup(client, password1=long_password, password2=long_password)

    assert b"too long" in response.content
    assert not User.objects.exists()


def test_it_accepts_a_128_character_password(client, db):
    password = ("river stone " * 11)[:128]
    response = signup(client, password1=password, password2=password)

    assert response.status_code == 302
    assert User.objects.get().check_password(password)


def test_it_stores_the_email_in_lower_case(client, db):
    signup(client, email="Nia.Jones@Example.COM")

    assert User.objects.get().email == "nia.jones@example.com"


def test_it_refuses_a_second_account_for_the_same_email_in_another_case(client, alice):
    response = signup(client, email="ALICE@example.com")

    # No form error (that would tell whether the address has an account): the usual answer.
    assert response.status_code == 302
    assert User.objects.filter(email__iexact="alice@example.com").count() == 1


def test_the_confirmation_email_is_signed_by_overlap_not_the_host_name(client, db):
    signup(client)

    message = mail.outbox[-1]
    assert message.subject.startswith("Overlap: ")
    assert message.body.startswith("Hello from Overlap,")
    assert "testserver!" not in message.body


def test_signing_up_with_a_taken_address_answers_as_for_a_new_one(alice):
    # Knowing that someone has an Overlap account discloses a health condition.
    new_client, taken_client = Client(), Client()
    new = signup(new_client, email="nia@example.com")
    taken = signup(taken_client, email="Alice@Example.com")

    assert (taken.status_code, taken["Location"]) == (new.status_code, new["Location"])
    new_page = new_client.get(new["Location"]).content.decode()
    taken_page = taken_client.get(taken["Location"]).content.decode()
    assert visible_text(taken_page).replace("alice@example.com", "nia@example.com") == (
        visible_text(new_page)
    )
    assert "_auth_user_id" not in new_client.session
    assert "_auth_user_id" not in taken_client.session
    assert User.objects.filter(email__iexact="alice@example.com").count() == 1
    assert User.objects.filter(email="nia@example.com").exists()
    to_alice = [message for message in mail.outbox if message.to == ["alice@example.com"]]
    assert len(to_alice) == 1
    assert "already" in to_alice[0].body


def test_a_new_account_confirms_its_address_before_the_first_login(client, db):
    response = signup(client)

    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session
    assert "/accounts/confirm-email/" in mail.outbox[-1].body
