from io import StringIO

from django.core.management import call_command

from accounts.models import CareShare, User
from tests.conftest import give_totp


def run_seed_demo() -> str:
    output = StringIO()
    call_command("seed_demo", stdout=output)
    return output.getvalue()


def test_it_creates_a_patient_a_clinician_and_a_curator_who_can_log_in(client, db):
    output = run_seed_demo()

    assert "Demo accounts ready (3 created, a new demo share)." in output
    patient = User.objects.get(email="patient@example.com")
    assert patient.is_patient
    assert patient.profile.conditions.filter(slug="lupus").exists()
    assert User.objects.get(email="clinician@example.com").is_clinician
    curator = User.objects.get(email="curator@example.com")
    assert curator.is_staff
    assert curator.groups.filter(name="Content editors").exists()
    assert client.login(email="patient@example.com", password="overlap-demo-2026")


def test_it_is_safe_to_run_again(db):
    run_seed_demo()

    output = run_seed_demo()

    assert "Demo accounts ready (0 created, the demo share)." in output
    assert User.objects.count() == 3
    assert CareShare.objects.count() == 1


def test_the_demo_curator_can_open_the_education_admin_once_totp_is_set_up(client, db):
    output = run_seed_demo()
    curator = User.objects.get(email="curator@example.com")
    client.force_login(curator)

    assert "the demo curator" in output
    chain = client.get("/admin/education/page/", follow=True).redirect_chain
    assert "/accounts/2fa/totp/activate/" in [url for url, _ in chain]
    give_totp(curator)
    assert client.get("/admin/education/page/").status_code == 200
    assert client.get("/admin/accounts/user/").status_code == 403


def test_the_demo_clinician_sees_the_demo_patient_once_totp_is_set_up(client, db):
    output = run_seed_demo()
    patient = User.objects.get(email="patient@example.com")
    clinician = User.objects.get(email="clinician@example.com")
    client.force_login(clinician)

    assert "set up two-factor authentication" in output
    assert client.get("/clinic/").url == "/accounts/2fa/totp/activate/"
    give_totp(clinician)
    assert client.get(f"/clinic/{patient.uuid}/timeline/").status_code == 200


def test_the_demo_accounts_start_on_their_home_pages_without_questions(client, db):
    run_seed_demo()

    for user in User.objects.all():
        assert not user.in_onboarding
        assert not user.timezone_question_due
    client.force_login(User.objects.get(email="patient@example.com"))
    response = client.get("/")
    assert response.status_code == 200
    assert "data-timezone-question" not in response.text
