"""Onboarding on a phone (375 px), with the browser in Paris and in New York: a new patient
logs in for the first time, answers each screen, and ends on home with the zone their
device is in; every screen, and the time zone question, has no accessibility violations in
the light, dark and high-contrast themes."""

import pytest
from playwright.sync_api import expect

from accounts.models import PatientProfile, User
from accounts.onboarding import onboarding_start
from diary.models import Medication, Reminder
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 740}
STEPS = ["conditions", "timezone", "medicines", "reminders", "cycle", "theme"]


def newcomer(**fields) -> User:
    """A patient who has just signed up and confirmed their address."""
    user = User(email="newcomer@example.com", role=User.Role.PATIENT, **fields)
    onboarding_start(user)
    user.set_password(PASSWORD)
    user.save()
    PatientProfile.objects.create(user=user)
    return user


@pytest.fixture
def phone(browser):
    """Open a page at 375 px in the given time zone; every console error is collected."""
    contexts = []

    def open_page(zone: str):
        context = browser.new_context(timezone_id=zone, viewport=PHONE)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.errors = []
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        return page

    yield open_page
    for context in contexts:
        context.close()


def log_in(page, live_server, email: str) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("zone", ["Europe/Paris", "America/New_York"])
def test_a_new_patient_goes_through_onboarding_and_keeps_the_detected_zone(
    phone, live_server, zone
):
    user = newcomer()
    page = phone(zone)
    log_in(page, live_server, user.email)

    page.wait_for_url("**/welcome/conditions/")
    expect(page.get_by_role("heading", name="Your conditions")).to_be_visible()
    assert fits_the_screen(page)
    page.get_by_label("Systemic lupus erythematosus").check()
    page.get_by_role("button", name="Next").click()

    page.wait_for_url("**/welcome/timezone/")
    expect(page.get_by_text(f"Your device says you are in {zone}")).to_be_visible()
    expect(page.get_by_label("Your time zone")).to_have_value(zone)
    assert fits_the_screen(page)
    page.get_by_role("button", name="Use this time zone").click()

    page.wait_for_url("**/welcome/medicines/")
    assert fits_the_screen(page)
    # As a patient would: type, then pick the suggestion, which fills the kind and purpose.
    page.get_by_label("Name").fill("Sumatriptan")
    page.locator("li[role=option]").filter(has_text="Sumatriptan").first.click()
    expect(page.get_by_label("Kind of medicine")).to_have_value("triptan")
    expect(page.get_by_label("To treat an attack or pain when it happens")).to_be_checked()
    page.get_by_role("button", name="Add to my list").click()
    expect(page.get_by_text("Sumatriptan is added to your list.")).to_be_visible()
    page.get_by_role("button", name="Next").click()

    page.wait_for_url("**/welcome/reminders/")
    assert fits_the_screen(page)
    checkin = page.locator("#onboarding-checkin")
    checkin.get_by_label("On", exact=True).check()
    checkin.get_by_label("Time of day").fill("21:00")
    checkin.get_by_label("Saturday").uncheck()
    checkin.get_by_label("Sunday").uncheck()
    page.get_by_role("button", name="Next").click()

    page.wait_for_url("**/welcome/cycle/")
    assert fits_the_screen(page)
    page.get_by_role("button", name="Skip this question").click()

    page.wait_for_url("**/welcome/theme/")
    assert fits_the_screen(page)
    page.get_by_label("Dark (dim, for light sensitivity)").check()
    # The choice shows at once, before it is saved.
    expect(page.locator("html")).to_have_attribute("data-bs-theme", "dark")
    page.get_by_role("button", name="Finish").click()

    page.wait_for_url(live_server.url + "/")
    expect(page.get_by_text("You are all set.")).to_be_visible()
    user.refresh_from_db()
    assert user.timezone == zone
    assert user.timezone_confirmed
    assert user.theme == "dark"
    assert user.onboarding_step == ""
    assert list(user.profile.conditions.values_list("slug", flat=True)) == ["lupus"]
    assert Medication.objects.get(owner=user).name == "Sumatriptan"
    reminder = Reminder.objects.get(owner=user, kind="checkin")
    assert (reminder.enabled, reminder.weekdays_label) == (True, "Monday to Friday")
    assert reminder.local_time.strftime("%H:%M") == "21:00"
    assert page.errors == []


def test_a_patient_who_skips_everything_lands_on_home_and_is_asked_the_zone_once(
    phone, live_server
):
    user = newcomer()
    page = phone("America/New_York")
    log_in(page, live_server, user.email)

    page.get_by_role("button", name="Skip the rest and go to my diary").click()

    page.wait_for_url(live_server.url + "/")
    question = page.get_by_role("region", name="Which time zone are you in?")
    expect(question).to_be_visible()
    question.get_by_role("button", name="Use America/New_York").click()
    expect(page.get_by_text("Overlap now shows your dates and times in America/New_York."))
    expect(page.get_by_role("region", name="Which time zone are you in?")).to_have_count(0)
    user.refresh_from_db()
    assert user.timezone == "America/New_York"
    assert page.errors == []


def test_a_login_offers_the_devices_zone_only_when_it_differs(phone, live_server, alice):
    # Alice's account is in Europe/Berlin.
    page = phone("Europe/Berlin")
    log_in(page, live_server, alice.email)
    page.wait_for_url(live_server.url + "/")
    expect(page.get_by_role("region", name="Are you in another time zone?")).to_be_hidden()

    page = phone("America/New_York")
    log_in(page, live_server, alice.email)
    page.wait_for_url(live_server.url + "/")
    offer = page.get_by_role("region", name="Are you in another time zone?")
    expect(offer).to_be_visible()
    assert fits_the_screen(page)
    offer.get_by_role("button", name="Use America/New_York").click()

    expect(page.get_by_role("region", name="Are you in another time zone?")).to_have_count(0)
    alice.refresh_from_db()
    assert alice.timezone == "America/New_York"
    assert page.errors == []


def test_onboarding_and_the_zone_question_have_no_accessibility_violations(
    phone, live_server, axe_in_every_theme
):
    user = newcomer(theme="contrast")
    page = phone("Europe/Paris")
    log_in(page, live_server, user.email)
    page.wait_for_url("**/welcome/conditions/")
    axe_violations = axe_in_every_theme

    for step in STEPS:
        page.goto(f"{live_server.url}/welcome/{step}/")
        assert page.locator("html").get_attribute("data-bs-theme") == "contrast"
        assert axe_violations(page) == [], step

    # A form sent back with its errors.
    page.goto(f"{live_server.url}/welcome/medicines/")
    page.get_by_role("button", name="Add to my list").click()
    expect(page.get_by_text("Nothing was saved.")).to_be_visible()
    assert axe_violations(page) == [], "medicines with errors"
    page.goto(f"{live_server.url}/welcome/reminders/")
    page.locator("#onboarding-checkin").get_by_label("Time of day").fill("")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Nothing was saved.")).to_be_visible()
    assert axe_violations(page) == [], "reminders with errors"

    page.get_by_role("button", name="Skip the rest and go to my diary").click()
    page.wait_for_url(live_server.url + "/")
    expect(page.get_by_role("button", name="Use Europe/Paris")).to_be_visible()
    assert axe_violations(page) == [], "the time zone question"
    assert page.errors == []
