"""The curation admin opens to staff only once they have two-factor authentication (TOTP),
as the clinic does for clinicians: curators change what every patient reads."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from accounts.models import User
from tests.conftest import PASSWORD, give_totp

pytestmark = pytest.mark.django_db

SETUP = "/accounts/2fa/totp/activate/"


@pytest.fixture
def new_curator(db) -> User:
    """A curator who has not set up TOTP yet."""
    user = User.objects.create_user(
        "dee@example.com", PASSWORD, role=User.Role.PATIENT, display_name="Dee", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Content editors"))
    return user


def first_redirects(client, path: str, steps: int = 2) -> list[str]:
    urls: list[str] = []
    response = client.get(path)
    while response.status_code == 302 and len(urls) < steps:
        urls.append(response.url)
        response = client.get(response.url)
    return urls


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/education/page/", "/admin/education/page/add/"]
)
def test_a_curator_without_totp_is_sent_to_set_it_up(client, new_curator, path):
    client.force_login(new_curator)

    response = client.get(path)

    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
    setup = client.get(response.url)
    assert setup.status_code == 302 and setup.url == SETUP
    messages = [str(message) for message in setup.wsgi_request._messages]
    assert messages == [
        "Before the curation pages open, set up two-factor authentication with an "
        "authenticator app. Then come back."
    ]


def test_no_curation_page_shows_anything_before_totp(client, new_curator):
    client.force_login(new_curator)

    for path in ["/admin/education/page/", "/admin/education/condition/"]:
        response = client.get(path, follow=True)
        assert b"Lupus and migraine" not in response.content
        assert b"Systemic lupus erythematosus" not in response.content


def test_an_unconfirmed_address_is_confirmed_first(client, new_curator):
    EmailAddress.objects.create(
        user=new_curator, email=new_curator.email, primary=True, verified=False
    )
    client.force_login(new_curator)

    assert first_redirects(client, "/admin/")[-1] == "/accounts/email/"


def test_once_totp_is_set_up_the_admin_opens(client, new_curator):
    client.force_login(new_curator)
    assert client.get("/admin/").status_code == 302

    give_totp(new_curator)

    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/education/page/").status_code == 200


def test_the_operations_superuser_needs_totp_too(client):
    admin = User.objects.create_superuser("ops@example.com", PASSWORD)
    client.force_login(admin)

    assert first_redirects(client, "/admin/")[-1] == SETUP
    give_totp(admin)
    assert client.get("/admin/accounts/user/").status_code == 200


def test_patients_and_clinicians_are_still_refused_whatever_they_set_up(client, alice, bob):
    for user in (alice, bob):
        give_totp(user)
        client.force_login(user)
        response = client.get("/admin/education/page/")
        assert response.status_code == 302 and response.url.startswith("/admin/login/")
        assert client.get(response.url).status_code == 403


def test_a_curator_logging_in_is_asked_for_the_authenticator_code(client, carol):
    response = client.post(
        "/accounts/login/?next=/admin/", {"login": carol.email, "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response.url.startswith("/accounts/2fa/authenticate/")
    assert "_auth_user_id" not in client.session
