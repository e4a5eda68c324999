"""The diary in Chromium: logging during an attack in a couple of taps, the detailed form
by keyboard alone, flares and check-ins, accessibility in light and dark, and 375 px."""

import datetime
import os

import pytest
from django.utils import timezone

from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = os.environ.get("OVERLAP_SCREENSHOTS", "")


def tab_to(page, element_id: str, limit: int = 80) -> None:
    """Press Tab until the element has focus, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached #{element_id}")


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


def test_a_patient_logs_an_attack_in_few_taps_and_adds_details_by_keyboard(
    page, live_server, client, alice, sumatriptan, console_errors
):
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/")

    # One tap starts the attack.
    page.get_by_role("button", name="Start an attack now").click()
    page.get_by_role("heading", name="Attack in progress").wait_for()
    attack = MigraineAttack.objects.get()
    assert attack.is_ongoing

    # One tap logs the usual medicine; the triptan caution is a calm note, not a block.
    page.get_by_role("button", name="Took Sumatriptan (50 mg)").click()
    page.get_by_role("link", name="read about medication caution").wait_for()
    assert MedicationDose.objects.get().attack == attack

    # One tap ends it.
    page.get_by_role("button", name="The attack is over: end it now").click()
    page.wait_for_url(f"{live_server.url}/diary/migraines/{attack.pk}/")
    attack.refresh_from_db()
    assert attack.ended_at is not None

    # Details later, with the keyboard only.
    page.goto(f"{live_server.url}/diary/migraines/{attack.pk}/edit/")
    page.focus("#id_attack_type_0")
    # Pain is a radio group of buttons: Tab reaches the chosen one ("Not recorded", after
    # 10), the arrow keys move along the row.
    tab_to(page, "id_peak_intensity_11")
    for _ in range(3):
        page.keyboard.press("ArrowLeft")
    tab_to(page, "id_aura")
    page.keyboard.press("Space")
    tab_to(page, "id_symptoms_0")
    page.keyboard.press("Space")
    tab_to(page, "id_symptoms_2")
    page.keyboard.press("Space")
    tab_to(page, "id_notes")
    page.keyboard.type("Dark room helped.")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Save attack"
    page.keyboard.press("Enter")

    page.wait_for_url(f"{live_server.url}/diary/migraines/{attack.pk}/")
    attack.refresh_from_db()
    assert attack.peak_intensity == 8
    assert attack.aura is True
    assert attack.symptoms == ["nausea", "light_sensitivity"]
    assert attack.notes == "Dark room helped."
    assert console_errors == []


def test_a_patient_logs_a_flare(page, live_server, client, alice, console_errors):
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/")

    page.get_by_role("link", name="Log a flare").click()
    page.get_by_label("Severe").check()
    page.get_by_label("Fatigue").check()
    page.get_by_label("Joint pain or swelling").check()
    page.get_by_role("button", name="Save flare").click()

    page.get_by_role("heading", name="Flare: Systemic lupus erythematosus").wait_for()
    flare = Flare.objects.get()
    assert flare.owner == alice
    assert flare.severity == 3
    assert flare.started_on == timezone.localdate()
    assert flare.is_ongoing
    assert sorted(flare.symptoms) == ["fatigue", "joint_pain"]
    assert console_errors == []


def test_a_patient_fills_in_todays_checkin(page, live_server, client, alice, console_errors):
    alice.profile.gluten_questions = True
    alice.profile.save()
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/")

    page.get_by_role("link", name="Fill in today's check-in").click()
    page.get_by_label("Hours of sleep last night").fill("6.5")
    stress = page.get_by_role("group", name="Stress (0 = none, 10 = extreme)")
    stress.get_by_text("7", exact=True).click()
    page.get_by_label("Glasses of water").fill("4")
    page.get_by_label("No", exact=True).check()
    page.get_by_label("Stress", exact=True).check()
    page.get_by_role("button", name="Save check-in").click()

    page.get_by_role("link", name="Edit today's check-in").wait_for()
    checkin = DailyCheckIn.objects.get()
    assert checkin.stress == 7
    assert checkin.gluten is False
    assert [trigger.name for trigger in checkin.triggers.all()] == ["Stress"]
    assert console_errors == []


@pytest.fixture
def diary_with_entries(alice) -> dict:
    now = timezone.now()
    lupus = Condition.objects.get(slug="lupus")
    attack = MigraineAttack.objects.create(
        owner=alice,
        started_at=now - datetime.timedelta(days=1, hours=4),
        ended_at=now - datetime.timedelta(days=1),
        peak_intensity=6,
        symptoms=["nausea"],
    )
    MigraineAttack.objects.create(owner=alice, started_at=now - datetime.timedelta(minutes=20))
    Flare.objects.create(
        owner=alice, condition=lupus, started_on=timezone.localdate() - datetime.timedelta(days=2)
    )
    Medication.objects.create(
        owner=alice, name="Paracetamol", category="simple_analgesic", purpose="acute"
    )
    return {"attack": attack}


def diary_paths(entries: dict) -> list[str]:
    return [
        "/",
        "/diary/",
        "/diary/migraines/new/",
        f"/diary/migraines/{entries['attack'].pk}/",
        "/diary/flares/new/",
        f"/diary/checkins/{timezone.localdate().isoformat()}/",
        "/diary/medications/",
        "/diary/doses/new/",
        "/diary/triggers/",
    ]


def test_diary_pages_have_no_accessibility_violations(
    page, live_server, client, alice, diary_with_entries, console_errors, axe_in_every_theme
):
    axe_violations = axe_in_every_theme
    theme = "light"
    alice.theme = theme
    alice.save()
    log_in(page, live_server, client, alice)

    for path in diary_paths(diary_with_entries):
        page.goto(live_server.url + path)
        # An attack is in progress: the home page is in attack mode, dim whatever the theme.
        expected = "dark" if path == "/" else theme
        assert page.locator("html").get_attribute("data-bs-theme") == expected
        assert axe_violations(page) == [], path
    assert console_errors == []


def test_diary_pages_fit_375_pixels_in_the_dark_with_large_targets(
    page, live_server, client, alice, diary_with_entries
):
    alice.theme = "dark"
    alice.save()
    log_in(page, live_server, client, alice)
    page.set_viewport_size({"width": 375, "height": 812})

    for path in diary_paths(diary_with_entries):
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        if SCREENSHOTS:
            name = path.strip("/").replace("/", "_") or "home"
            page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)

    page.goto(live_server.url + "/")
    for button in page.locator("main .btn-big").all():
        box = button.bounding_box()
        assert box["height"] >= 44
        assert box["width"] >= 44
