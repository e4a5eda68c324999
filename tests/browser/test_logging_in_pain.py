"""Logging for someone in pain, in Chromium at 375 px with the device's clock in Paris and in
New York (the patient's zone set to match): an attack started "30 min ago" shows the local
time, pain is tapped, an end before the start is refused and "1 h ago" ends it; a dose's
relief is answered from the home page and "No headache today" records the local day. axe
finds nothing in light, dark and high-contrast themes, the new controls included."""

import datetime
import re
import zoneinfo

import pytest
from django.utils import timezone

from diary.models import HeadacheFreeDay, Medication, MedicationDose, MigraineAttack
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ZONES = ["Europe/Paris", "America/New_York"]
PHONE = {"width": 375, "height": 812}

# The browser's own local clock, some minutes back, as HH:MM: what the patient's device says.
DEVICE_TIME = """minutes => {
  const at = new Date(Date.now() - minutes * 60000);
  return String(at.getHours()).padStart(2, "0") + ":" + String(at.getMinutes()).padStart(2, "0");
}"""


@pytest.fixture
def phone(browser, request):
    """A page in a 375 px browser whose clock is in the zone the test names."""
    context = browser.new_context(timezone_id=request.param, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    context.close()


@pytest.fixture
def sumatriptan(alice) -> Medication:
    return Medication.objects.create(
        owner=alice,
        name="Sumatriptan",
        category="triptan",
        purpose="acute",
        usual_amount="50 mg",
        usual_for_attacks=True,
    )


def device_times(page, minutes_ago: int) -> set[str]:
    """The device's HH:MM `minutes_ago`, give or take the minute the test may straddle."""
    return {page.evaluate(DEVICE_TIME, minutes_ago + shift) for shift in (-1, 0, 1)}


def settle(page) -> None:
    """Let Bootstrap's button colour transition (0.15 s) end: axe measures contrast mid-way."""
    page.wait_for_timeout(400)


def fits_the_phone(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("phone", ZONES, indirect=True)
def test_an_attack_is_started_tapped_and_ended_in_local_time(
    phone, live_server, client, alice, sumatriptan, axe_violations
):
    page = phone
    alice.timezone = page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    alice.save()
    assert alice.timezone in ZONES
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/")

    # "30 min ago": the page shows the device's own local time, half an hour back.
    page.get_by_role("button", name="30 min ago").click()
    page.get_by_role("heading", name="Attack in progress").wait_for()
    started = page.locator(".attack-mode .lead").inner_text()
    shown = re.search(r"\d\d:\d\d", started).group(0)
    assert shown in device_times(page, 30), started
    attack = MigraineAttack.objects.get()
    assert timezone.localtime(attack.started_at, alice.tzinfo).strftime("%H:%M") == shown

    # Attack mode: dim, large targets, only pain, medicine and the end.
    assert page.locator("html").get_attribute("data-bs-theme") == "dark"
    assert page.get_by_role("heading", name="Today's check-in").count() == 0
    fits_the_phone(page)
    for target in page.locator(".attack-mode .score-option, .attack-mode .btn-big").all():
        box = target.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44
    assert axe_violations(page) == []

    # Pain by tapping.
    pain = page.get_by_role("group", name="How bad is the pain at its worst so far?")
    pain.get_by_text("7", exact=True).click()
    assert page.locator("#id_peak_intensity_7").is_checked()
    page.get_by_role("button", name="Save pain").click()
    page.get_by_text("Pain 7 out of 10 saved.").wait_for()
    attack.refresh_from_db()
    assert attack.peak_intensity == 7

    # "1 h ago" is before a start 30 minutes ago: refused, and said why.
    page.get_by_role("button", name="It ended 1 h ago").click()
    page.get_by_text("cannot have ended at").wait_for()
    attack.refresh_from_db()
    assert attack.ended_at is None

    # The attack really began earlier: the start is corrected on the form, in local time.
    page.get_by_role("link", name="Open this attack").click()
    page.get_by_role("link", name="Add details or edit").click()
    earlier = page.evaluate(
        """() => {
          const at = new Date(Date.now() - 3 * 3600000);
          const pad = n => String(n).padStart(2, "0");
          return at.getFullYear() + "-" + pad(at.getMonth() + 1) + "-" + pad(at.getDate()) +
            "T" + pad(at.getHours()) + ":" + pad(at.getMinutes());
        }"""
    )
    page.get_by_label("When did it start?").fill(earlier)
    page.get_by_role("button", name="Save attack").click()
    page.get_by_text("Your attack is updated.").wait_for()

    page.goto(live_server.url + "/")
    page.get_by_role("button", name="It ended 1 h ago").click()
    page.wait_for_url(f"{live_server.url}/diary/migraines/{attack.pk}/")
    message = page.get_by_text("Attack ended at").inner_text()
    assert re.search(r"\d\d:\d\d", message).group(0) in device_times(page, 60)
    attack.refresh_from_db()
    assert attack.peak_intensity == 7
    ended = timezone.now() - attack.ended_at
    assert datetime.timedelta(minutes=59) <= ended <= datetime.timedelta(minutes=62)
    assert page.errors == []


@pytest.mark.parametrize("phone", ZONES, indirect=True)
def test_relief_and_a_day_without_headache_from_the_home_page(
    phone, live_server, client, alice, sumatriptan
):
    page = phone
    alice.timezone = page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    alice.save()
    dose = MedicationDose.objects.create(
        medication=sumatriptan,
        taken_at=timezone.now() - datetime.timedelta(hours=2, minutes=30),
        amount="50 mg",
    )
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/")
    fits_the_phone(page)

    question = page.get_by_role("group", name="Did Sumatriptan help?")
    assert re.search(r"\d\d:\d\d", question.inner_text()).group(0) in device_times(page, 150)
    question.get_by_role("button", name="A lot").click()
    page.get_by_text("Saved for Sumatriptan").wait_for()
    dose.refresh_from_db()
    assert dose.relief == "lot"
    assert page.get_by_role("group", name="Did Sumatriptan help?").count() == 0

    page.get_by_role("button", name="No headache today").click()
    page.get_by_text("Today is recorded as a day without headache.").wait_for()
    device_today = page.evaluate("new Date().toLocaleDateString('en-CA')")
    assert [day.isoformat() for day in HeadacheFreeDay.objects.values_list("day", flat=True)] == [
        device_today
    ]
    local_now = timezone.localtime(timezone.now(), zoneinfo.ZoneInfo(alice.timezone))
    assert device_today == local_now.date().isoformat()

    page.get_by_role("button", name="Undo “no headache today”").click()
    page.get_by_role("button", name="No headache today").wait_for()
    assert not HeadacheFreeDay.objects.exists()
    assert page.errors == []


def test_the_new_controls_have_no_accessibility_violations(
    page, live_server, client, alice, sumatriptan, axe_in_every_theme, console_errors
):
    axe_violations = axe_in_every_theme
    theme = "contrast"
    alice.theme = theme
    alice.save()
    alice.profile.gluten_questions = True
    alice.profile.save()
    MedicationDose.objects.create(
        medication=sumatriptan, taken_at=timezone.now() - datetime.timedelta(hours=3)
    )
    page.set_viewport_size(PHONE)
    log_in(page, live_server, client, alice)
    today = timezone.localtime(timezone.now(), alice.tzinfo).date()

    # Home with the relief question and the days without headache; the check-in's and the
    # attack form's score buttons, one of them chosen.
    for path in ["/", f"/diary/checkins/{today.isoformat()}/", "/diary/migraines/new/"]:
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("data-bs-theme") == theme
        if path != "/":
            page.locator(".score-option").nth(4).click()
            settle(page)
        fits_the_phone(page)
        assert axe_violations(page) == [], path

    # The overlap question, then attack mode (dim, unless high contrast was chosen).
    start = timezone.now() - datetime.timedelta(hours=2)
    MigraineAttack.objects.create(
        owner=alice, started_at=start, ended_at=start + datetime.timedelta(hours=1)
    )
    page.get_by_label("When did it start?").fill(
        timezone.localtime(start, alice.tzinfo).strftime("%Y-%m-%dT%H:%M")
    )
    page.get_by_role("button", name="Save attack").click()
    page.get_by_role("heading", name="Is this the same attack?").wait_for()
    assert axe_violations(page) == [], "overlap question"
    page.get_by_role("button", name="No: save it as a separate attack").click()
    page.get_by_text("Your attack is saved.").wait_for()
    assert MigraineAttack.objects.filter(ended_at__isnull=True).count() == 1

    page.goto(live_server.url + "/")
    expected = "contrast" if theme == "contrast" else "dark"
    assert page.locator("html").get_attribute("data-bs-theme") == expected
    page.locator("#id_peak_intensity_6").focus()
    page.keyboard.press("ArrowRight")
    assert page.locator("#id_peak_intensity_7").is_checked()
    settle(page)
    assert axe_violations(page) == [], "attack mode"
    assert console_errors == []


def test_pain_and_the_end_work_without_javascript(browser, live_server, client, alice):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    attack = MigraineAttack.objects.create(
        owner=alice, started_at=timezone.now() - datetime.timedelta(hours=4)
    )
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/")

    page.get_by_role("group", name="How bad is the pain at its worst so far?").get_by_text(
        "9", exact=True
    ).click()
    page.get_by_role("button", name="Save pain").click()
    page.get_by_text("Pain 9 out of 10 saved.").wait_for()
    page.get_by_role("button", name="It ended 3 h ago").click()
    page.get_by_text("Attack ended at").wait_for()
    context.close()

    attack.refresh_from_db()
    assert attack.peak_intensity == 9
    ended = timezone.now() - attack.ended_at
    assert datetime.timedelta(minutes=179) <= ended <= datetime.timedelta(minutes=182)
