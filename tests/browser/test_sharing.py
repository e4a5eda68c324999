"""Sharing in Chromium, with two browser contexts: alice invites bob, bob accepts, sets up
TOTP and reads her timeline; alice revokes, and bob's next click is a 404."""

import datetime
import re

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import AccessEvent, CareShare
from diary.models import MigraineAttack

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, base_url: str, email: str, password: str) -> None:
    page.goto(base_url + "/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(base_url + "/")


def confirm_password(page, password: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm Access")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Confirm").click()


def totp_code(secret: str) -> str:
    counter = int(timezone.now().timestamp()) // 30
    return format_hotp_value(hotp_value(secret, counter))


@pytest.fixture
def two_pages(browser):
    """A page for the patient and one for the clinician, each in its own browser context.
    Closed before the live server stops, so no request is left open against it."""
    contexts = [browser.new_context(), browser.new_context()]
    yield [context.new_page() for context in contexts]
    for context in contexts:
        context.close()


def test_a_patient_shares_with_a_clinician_and_takes_it_back(
    two_pages, live_server, alice, bob, password, axe_violations
):
    started = timezone.now() - datetime.timedelta(days=3)
    MigraineAttack.objects.create(
        owner=alice, started_at=started, ended_at=started + datetime.timedelta(hours=4)
    )
    patient, clinician = two_pages
    errors: list[str] = []
    for page in (patient, clinician):
        page.set_default_timeout(10_000)
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(str(error)))

    # Alice invites Dr Bob; Overlap asks for her password again, then sends it.
    log_in(patient, live_server.url, alice.email, password)
    patient.get_by_role("link", name="Sharing").click()
    assert axe_violations(patient) == [], "/sharing/"
    patient.get_by_label("Clinician's e-mail address").fill(bob.email)
    patient.get_by_label("90 days").check()
    patient.get_by_role("button", name="Send invitation").click()
    confirm_password(patient, password)
    expect(patient.locator(".alert-success")).to_contain_text("is on its way")
    expect(patient.locator("#shares-table")).to_contain_text("Invited")
    link = re.search(r"http://\S+/sharing/accept/\S+/", mail.outbox[-1].body).group(0)

    # Dr Bob accepts, then must set up TOTP before he sees anything.
    log_in(clinician, live_server.url, bob.email, password)
    clinician.goto(link)
    expect(clinician.get_by_role("heading", level=1)).to_have_text("Invitation to see a diary")
    assert axe_violations(clinician) == [], "accept"
    clinician.get_by_role("button", name="Accept the invitation").click()
    expect(clinician.locator("body")).to_contain_text("set up two-factor authentication")
    confirm_password(clinician, password)
    clinician.wait_for_url(live_server.url + "/accounts/2fa/totp/activate/")
    secret = clinician.locator("#authenticator_secret").input_value()
    clinician.locator("#id_code").fill(totp_code(secret))
    clinician.get_by_role("button", name="Activate").click()
    expect(clinician.locator("body")).to_contain_text("Recovery")

    clinician.get_by_role("link", name="Continue to your patients").click()
    expect(clinician.locator("#clinic-patients")).to_contain_text("Alice")
    assert axe_violations(clinician) == [], "/clinic/"
    clinician.get_by_role("link", name="Timeline of Alice").click()
    expect(clinician.get_by_role("heading", level=1)).to_have_text("Timeline of Alice")
    expect(clinician.locator("#timeline-table tbody tr").first).to_be_attached()
    assert axe_violations(clinician) == [], "clinic timeline"

    # Alice sees the view in her history, then revokes.
    patient.reload()
    expect(patient.locator("#access-history")).to_contain_text("Viewed your timeline")
    expect(patient.locator("#shares-table")).to_contain_text("Active")
    assert axe_violations(patient) == [], "/sharing/ with a share and its history"
    patient.get_by_role("link", name="Revoke").click()
    expect(patient.get_by_role("heading", level=1)).to_contain_text("End access for Dr Bob?")
    assert axe_violations(patient) == [], "the question before revoking"
    patient.get_by_role("button", name="End access now").click()
    expect(patient.locator("#shares-table")).to_contain_text("Revoked")
    assert CareShare.objects.get().state == CareShare.State.REVOKED

    # Dr Bob's very next click, on the page he already has open, finds nothing.
    with clinician.expect_response(re.compile(r"/clinic/.+/report/")) as answer:
        clinician.get_by_role("link", name="Printable report").click()
    assert answer.value.status == 404
    expect(clinician.locator("body")).not_to_contain_text("Alice")
    events = AccessEvent.objects.filter(patient=alice)
    assert not events.filter(what="report").exists()
    assert events.filter(what="timeline").count() == 1
    assert errors == [] or all("404" in error for error in errors), errors


def test_a_clinicians_notes_follow_the_period_shown(
    page, live_server, client, alice, bob, alice_shares_with_bob, console_errors, axe_violations
):
    alice_shares_with_bob.include_notes = True
    alice_shares_with_bob.save()
    now = timezone.now()
    for days_ago, note in ((5, "Recent note 8812"), (60, "Older note 8813")):
        started = now - datetime.timedelta(days=days_ago)
        MigraineAttack.objects.create(
            owner=alice,
            started_at=started,
            ended_at=started + datetime.timedelta(hours=2),
            notes=note,
        )
    client.force_login(bob)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )

    page.goto(f"{live_server.url}/clinic/{alice.uuid}/timeline/")
    notes = page.locator("#clinic-notes-list")
    expect(notes).to_contain_text("Recent note 8812")
    expect(notes).to_contain_text("Older note 8813")
    assert axe_violations(page) == []

    page.get_by_role("button", name="Last 30 days").click()

    expect(notes).not_to_contain_text("Older note 8813")
    expect(notes).to_contain_text("Recent note 8812")
    assert console_errors == []


@pytest.mark.parametrize("path", ["/sharing/", "/clinic/"])
def test_the_sharing_and_clinic_tables_keep_a_phone_page_375_pixels_wide(
    page, live_server, client, alice_shares_with_bob, alice, bob, path
):
    # A table wider than the phone scrolls inside its box; the page itself stays put.
    client.force_login(alice if path == "/sharing/" else bob)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + path)
    # The clinic's patients are cards (tests/browser/test_clinic.py), the sharing page a table.
    expect(page.locator("table, #clinic-patients").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
