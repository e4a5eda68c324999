from allauth.account.models import EmailAddress
from django.views.defaults import server_error


def test_visitors_see_the_landing_page(client, db):
    response = client.get("/")

    assert response.status_code == 200
    assert b"Start your diary" in response.content


def test_patients_get_their_home_page(alice_client):
    response = alice_client.get("/")

    assert response.status_code == 200
    assert b"Start your diary" not in response.content
    assert b'href="/diary/"' in response.content


def test_clinicians_get_their_patient_list(bob_client):
    response = bob_client.get("/")

    assert response.status_code == 200
    assert b"My patients" in response.content
    assert b'href="/diary/"' not in response.content


def test_private_pages_redirect_visitors_to_the_login(client, db):
    response = client.get("/accounts/profile/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_curators_are_not_offered_a_diary(carol_client):
    response = carol_client.get("/")

    assert response.status_code == 200
    assert b'href="/diary/"' not in response.content
    assert b'href="/timeline/"' not in response.content
    assert b'href="/admin/"' in response.content


def test_a_missing_page_gets_a_friendly_404(client, db):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert b"We can't find that page" in response.content


def test_a_server_error_page_renders_on_its_own(rf, db):
    response = server_error(rf.get("/"))

    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content


def test_a_new_clinician_is_told_to_confirm_their_email_before_setting_up_mfa(bob_client, bob):
    # allauth refuses two-factor set-up until the address is confirmed; say so up front.
    address = EmailAddress.objects.create(user=bob, email=bob.email, primary=True)

    assert b'id="confirm-email-first"' in bob_client.get("/").content

    address.verified = True
    address.save()
    assert b'id="confirm-email-first"' not in bob_client.get("/").content


def test_the_nav_marks_the_section_the_patient_is_in(alice_client):
    diary = alice_client.get("/diary/").content.decode()
    assert 'href="/diary/" aria-current="page"' in diary
    assert 'href="/timeline/" aria-current="page"' not in diary

    timeline = alice_client.get("/timeline/").content.decode()
    assert 'href="/timeline/" aria-current="page"' in timeline
    assert 'href="/diary/" aria-current="page"' not in timeline

    assert 'href="/report/" aria-current="page"' in alice_client.get("/report/").content.decode()
    assert 'href="/learn/" aria-current="page"' in alice_client.get("/learn/").content.decode()
