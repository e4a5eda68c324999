"""The profile's "Your data" section in Chromium: both downloads by keyboard, no axe
violations, and deleting the account from the page."""

import csv
import datetime
import io
import json
import zipfile

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from diary.models import MigraineAttack
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def logged_in(page, live_server, client, alice):
    """Alice logged in through the login page, as a person would."""
    MigraineAttack.objects.create(
        owner=alice,
        started_at=timezone.now() - datetime.timedelta(hours=5),
        ended_at=timezone.now() - datetime.timedelta(hours=1),
        peak_intensity=5,
        notes="=Keep this note",
    )
    page.goto(live_server.url + "/accounts/login/")
    page.locator("#id_login").fill(alice.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(live_server.url + "/")
    return page


def tab_to(page, locator, *, most: int = 60) -> None:
    """Press Tab until `locator` has the keyboard focus."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{locator} never received the focus")


def test_the_data_section_has_no_accessibility_violations(
    logged_in, live_server, axe_violations, console_errors
):
    page = logged_in
    page.goto(live_server.url + "/accounts/profile/")

    expect(page.get_by_role("heading", name="Your data")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Delete my account and all my data").click()
    expect(page.get_by_role("heading", name="Delete your account")).to_be_visible()
    assert axe_violations(page) == []
    assert console_errors == []


@pytest.mark.parametrize(
    ("link", "kind", "extension"),
    [
        ("Download as spreadsheet files (CSV, zip)", "csv", "zip"),
        ("Download for health records (FHIR)", "fhir", "json"),
    ],
)
def test_a_patient_downloads_an_export_with_the_keyboard(
    logged_in, live_server, alice, console_errors, link, kind, extension
):
    page = logged_in
    page.goto(live_server.url + "/accounts/profile/")

    tab_to(page, page.get_by_role("link", name=link))
    page.keyboard.press("Enter")
    # Overlap asks for the password again before any export.
    expect(page.get_by_label("Password")).to_be_visible()
    tab_to(page, page.get_by_label("Password"))
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    # Back on the data section, not left on the password page, to download from there.
    page.wait_for_url(live_server.url + "/accounts/profile/#your-data")
    tab_to(page, page.get_by_role("link", name=link))
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value

    today = timezone.localdate(timezone=alice.tzinfo).isoformat()
    assert download.suggested_filename == f"overlap-{kind}-{today}.{extension}"
    with open(download.path(), "rb") as file:
        content = file.read()
    if kind == "csv":
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            rows = list(
                csv.DictReader(io.StringIO(archive.read("attacks.csv").decode("utf-8-sig")))
            )
        assert [row["notes"] for row in rows] == ["'=Keep this note"]
    else:
        bundle = json.loads(content)
        assert bundle["resourceType"] == "Bundle"
        assert "=Keep this note" in content.decode()
    assert console_errors == []


def test_a_patient_deletes_their_account_from_the_profile(
    logged_in, live_server, alice, console_errors
):
    page = logged_in
    page.goto(live_server.url + "/accounts/profile/")

    page.get_by_role("link", name="Delete my account and all my data").click()
    page.get_by_label("Your password").fill("not my password")
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account and all my data").click()
    expect(page.get_by_text("That is not your password. Nothing was deleted.")).to_be_visible()
    assert User.objects.filter(pk=alice.pk).exists()

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account and all my data").click()

    page.wait_for_url(live_server.url + "/")
    expect(page.get_by_text("Your account and all your data are deleted.")).to_be_visible()
    assert not User.objects.filter(email="alice@example.com").exists()
    assert not MigraineAttack.objects.exists()
    page.goto(live_server.url + "/diary/")
    assert "/accounts/login/" in page.url
    assert console_errors == []
