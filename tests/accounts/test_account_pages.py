import pytest
from django.urls import reverse


@pytest.mark.parametrize(
    "name", ["account_email", "account_change_password", "mfa_index", "mfa_activate_totp"]
)
def test_account_security_pages_open_for_every_role(client, alice, bob, name):
    for user in (alice, bob):
        client.force_login(user)
        response = client.get(reverse(name), follow=True)
        assert response.status_code == 200, (name, user)


def test_totp_activation_shows_a_qr_code_that_the_policy_allows(alice_client, password):
    # Turning on two-factor authentication asks for the password again first.
    alice_client.post(reverse("account_reauthenticate"), {"password": password})

    response = alice_client.get(reverse("mfa_activate_totp"))

    assert b'src="data:image/svg+xml' in response.content
    assert "img-src 'self' data:" in response.headers["Content-Security-Policy"]


def test_the_authenticator_secret_is_shown_whole_above_its_help(alice_client, password):
    # A full-width box, not a short inline one that cuts the secret off on a phone.
    alice_client.post(reverse("account_reauthenticate"), {"password": password})

    html = alice_client.get(reverse("mfa_activate_totp")).content.decode()

    assert '<label class="form-label" for="authenticator_secret">' in html
    secret_box = 'class="form-control font-monospace" type="text" disabled'
    secret_box += ' id="authenticator_secret"'
    assert secret_box in html
    assert 'aria-describedby="authenticator_secret_helptext"' in html


def test_changing_the_password_needs_the_current_one(alice_client, alice, password):
    response = alice_client.post(
        reverse("account_change_password"),
        {"oldpassword": "wrong", "password1": "a new and quiet evening", "password2": "x"},
    )

    assert response.status_code == 200
    alice.refresh_from_db()
    assert alice.check_password(password)


def test_adding_an_email_asks_for_the_password_again(alice_client, alice, password):
    data = {"action_add": "", "email": "alice.new@example.com"}

    response = alice_client.post(reverse("account_email"), data)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    assert not alice.emailaddress_set.filter(email="alice.new@example.com").exists()

    alice_client.post(reverse("account_reauthenticate"), {"password": password})
    alice_client.post(reverse("account_email"), data)

    assert alice.emailaddress_set.filter(email="alice.new@example.com").exists()
