"""The clinician's list on a phone (375 px): each patient a card whose name opens them, the
actions on screen, search and pages that work by hand; axe-clean in light and dark."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from diary.models import MigraineAttack
from tests.browser.conftest import log_in
from tests.conftest import make_patient, make_share

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}


@pytest.fixture
def phone(page):
    page.set_viewport_size(PHONE)
    return page


def on_screen(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def test_a_clinician_opens_a_patient_from_the_list_by_name_on_a_phone(
    phone,
    live_server,
    client,
    alice,
    bob,
    alice_shares_with_bob,
    console_errors,
    axe_in_every_theme,
):
    axe_violations = axe_in_every_theme
    bob.theme = "dark"
    bob.save()
    started = timezone.now() - datetime.timedelta(days=2)
    MigraineAttack.objects.create(
        owner=alice, started_at=started, ended_at=started + datetime.timedelta(hours=3)
    )
    for number in range(30):
        make_share(make_patient(f"p{number}@example.com", display_name=f"Patient {number:02}"), bob)
    log_in(phone, live_server, client, bob)

    phone.goto(live_server.url + "/clinic/")

    # Thirty patients who logged nothing yet come first; Alice, who logs, is on page 2.
    expect(phone.get_by_role("heading", level=1)).to_have_text("My patients")
    expect(phone.locator(".clinic-patient").first).to_contain_text("Nothing logged yet")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_violations(phone) == [], "/clinic/"
    phone.get_by_role("link", name="Next").click()
    expect(phone.locator(".pagination")).to_contain_text("Page 2 of 2")
    card = phone.locator(".clinic-patient", has_text="Alice")
    for action in ("Timeline of Alice", "Report of Alice"):
        assert on_screen(card.get_by_role("link", name=action)), action

    # Or straight to her by part of her name.
    phone.get_by_label("Find a patient").fill("lic")
    phone.get_by_role("button", name="Search").click()
    expect(phone.locator(".clinic-patient")).to_have_count(1)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_violations(phone) == [], "/clinic/?q=lic"

    phone.get_by_role("link", name="Alice", exact=True).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Timeline of Alice")
    assert console_errors == []
