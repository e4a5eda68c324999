import pytest
from django.core import mail
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

    assert response.status_code == 200
    assert User.objects.filter(email__iexact="alice@example.com").count() == 1


def test_the_confirmation_email_is_signed_by_overlap_not_the_host_name(client, db):
    signup(client)

    message = mail.outbox[-1]
    assert message.subject.startswith("Overlap: ")
    assert message.body.startswith("Hello from Overlap,")
    assert "testserver!" not in message.body
