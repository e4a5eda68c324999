"""The idle-logoff warning in Chromium, with limits of seconds instead of minutes: the
dialog appears before the limit, staying logged in keeps the session without reloading the
page, and letting it lapse says so while keeping what was typed."""

import re
import time

import pytest
from playwright.sync_api import expect

from diary.models import MigraineAttack
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

IDLE = 10
WARNING = 3


@pytest.fixture(autouse=True)
def short_limits(settings):
    settings.SESSION_IDLE_SECONDS = {"patient": IDLE, "clinician": IDLE}
    settings.SESSION_WARNING_SECONDS = WARNING


def open_form_and_type(page, live_server) -> float:
    page.goto(f"{live_server.url}/diary/migraines/new/")
    loaded = time.monotonic()
    page.get_by_label("Notes").fill("Started after the long meeting")
    return loaded


def test_it_warns_before_the_idle_logoff_and_staying_keeps_the_page_and_the_session(
    page, live_server, client, alice, console_errors, axe_violations
):
    log_in(page, live_server, client, alice)
    loaded = open_form_and_type(page, live_server)
    dialog = page.get_by_role("dialog", name="Are you still there?")

    expect(dialog).to_be_visible(timeout=(IDLE - WARNING + 3) * 1000)
    assert time.monotonic() - loaded >= IDLE - WARNING - 0.5
    expect(dialog).to_contain_text("You will be logged out in")
    expect(page.get_by_role("button", name="Stay logged in")).to_be_focused()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Stay logged in").click()

    expect(dialog).to_be_hidden()
    # Past the first limit now: only the ping can have kept the session alive.
    time.sleep(max(0, loaded + IDLE + 1 - time.monotonic()))
    expect(page.get_by_label("Notes")).to_have_value("Started after the long meeting")
    page.get_by_label("Notes").fill("Started after the long meeting today")
    page.get_by_role("button", name="Save attack").click()
    expect(page).to_have_url(re.compile(r"/diary/migraines/\d+/$"))
    assert MigraineAttack.objects.get(owner=alice).notes == "Started after the long meeting today"
    assert console_errors == []


def test_it_says_so_when_the_session_lapses_and_keeps_what_was_typed(
    page, live_server, client, alice, console_errors
):
    log_in(page, live_server, client, alice)
    loaded = open_form_and_type(page, live_server)

    ended = page.get_by_role("dialog", name="You have been logged out")
    expect(ended).to_be_visible(timeout=(IDLE + 3) * 1000)
    expect(ended).to_contain_text("What you typed is still on this page")
    page.get_by_role("button", name="Close").click()

    expect(ended).to_be_hidden()
    assert page.url == f"{live_server.url}/diary/migraines/new/"
    expect(page.get_by_label("Notes")).to_have_value("Started after the long meeting")
    # The server agrees: the session really ended (it counts idle time in whole seconds).
    time.sleep(max(0, loaded + IDLE + 2 - time.monotonic()))
    page.goto(f"{live_server.url}/diary/")
    assert "/accounts/login/" in page.url
    assert console_errors == []


def test_a_curator_in_the_admin_is_warned_too(page, live_server, client, carol, console_errors):
    missing = []
    page.on("response", lambda response: response.status == 404 and missing.append(response.url))
    log_in(page, live_server, client, carol)
    page.goto(f"{live_server.url}/admin/education/page/add/")
    page.get_by_label("Title").fill("Sleep and flares")

    dialog = page.get_by_role("dialog", name="Are you still there?")
    expect(dialog).to_be_visible(timeout=(IDLE - WARNING + 3) * 1000)
    page.get_by_role("button", name="Stay logged in").click()

    expect(dialog).to_be_hidden()
    expect(page.get_by_label("Title")).to_have_value("Sleep and flares")
    assert missing == []
    # The admin links no favicon, so Chromium's own /favicon.ico request (which Playwright
    # does not report as a response) 404s; any 404 of the page itself is in `missing`.
    assert [error for error in console_errors if "404" not in error] == []
