"""Education pages in Chromium: a curator publishes a page, a visitor finds and reads it."""

import os
import re
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.utils import timezone
from playwright.sync_api import expect

from education.models import Page
from tests.browser.conftest import log_in
from tests.conftest import TOTP_SECRET

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = os.environ.get("OVERLAP_SCREENSHOTS")


def totp_code(secret: str) -> str:
    counter = int(timezone.now().timestamp()) // 30
    return format_hotp_value(hotp_value(secret, counter))


@pytest.fixture
def visitor_page(browser, live_server):
    """Opens a page for a visitor in a fresh browser context with the given theme; returns
    it with the list of console errors it collects. Contexts close after the test."""
    contexts = []

    def open_page(theme: str):
        context = browser.new_context()
        contexts.append(context)
        context.add_cookies([{"name": "overlap_theme", "value": theme, "url": live_server.url}])
        page = context.new_page()
        page.set_default_timeout(10_000)
        errors: list[str] = []

        def on_console(message) -> None:
            if message.type == "error":
                errors.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: errors.append(str(error)))
        return page, errors

    yield open_page
    for context in contexts:
        context.close()


def test_a_curator_publishes_a_page_that_a_visitor_then_finds(
    page, visitor_page, live_server, carol, password
):
    page.goto(live_server.url + "/accounts/login/")
    page.locator("#id_login").fill(carol.email)
    page.locator("#id_password").fill(password)
    page.locator("form").get_by_role("button", name="Sign In").click()
    # Staff have two-factor authentication: the authenticator code comes next.
    page.wait_for_url(live_server.url + "/accounts/2fa/authenticate/")
    page.locator("#id_code").fill(totp_code(TOTP_SECRET))
    page.locator("form").get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_server.url + "/")

    page.goto(live_server.url + "/admin/")
    page.get_by_role("link", name="Pages").first.click()
    page.get_by_role("link", name="Add page").click()
    # Typed key by key: the admin fills the slug in from the title as a curator types.
    page.get_by_label("Title:").press_sequentially("Resting well on zyxkestrel days")
    assert page.get_by_label("Slug:").input_value() == "resting-well-on-zyxkestrel-days"
    page.get_by_label("Summary:").fill("Small ways to rest when a flare and a migraine overlap.")
    page.get_by_label("Category:").select_option(label="Managing both")
    page.get_by_label("Systemic lupus erythematosus").check()
    page.get_by_label("Body:").fill(
        "## Rest before you need it\n\nShort, planned breaks help on zyxkestrel days."
    )
    assert page.get_by_label("Status:").input_value() == "draft"
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("was added successfully")).to_be_visible()

    page.get_by_role("link", name="Preview Resting well on zyxkestrel days").click()
    expect(page.get_by_text("Draft preview.")).to_be_visible()
    expect(page.get_by_role("heading", name="Rest before you need it")).to_be_visible()

    visitor, errors = visitor_page("light")
    draft_address = live_server.url + "/learn/resting-well-on-zyxkestrel-days/"
    assert visitor.context.request.get(draft_address).status == 404
    visitor.goto(live_server.url + "/learn/")
    assert visitor.get_by_role("link", name="Resting well on zyxkestrel days").count() == 0

    page.goto(live_server.url + "/admin/education/page/?status__exact=draft")
    page.get_by_role("row", name="Resting well on zyxkestrel days").get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Publish the selected pages")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("Published 1 page.")).to_be_visible()

    visitor.goto(live_server.url + "/learn/")
    visitor.get_by_role("link", name="Resting well on zyxkestrel days").click()
    expect(visitor.get_by_role("heading", name="Resting well on zyxkestrel days")).to_be_visible()
    expect(visitor.get_by_text("Draft preview")).to_have_count(0)

    visitor.goto(live_server.url + "/learn/")
    visitor.get_by_label("Search the pages").fill("zyxkestrel")
    visitor.get_by_role("button", name="Search").click()
    result = visitor.get_by_role("link", name="Resting well on zyxkestrel days")
    expect(result).to_be_visible()
    expect(visitor.locator("mark", has_text="zyxkestrel").first).to_be_visible()
    assert errors == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_learn_pages_have_no_accessibility_violations(
    visitor_page, live_server, theme, axe_violations
):
    visitor, errors = visitor_page(theme)
    for path in ["/learn/", "/learn/lupus-and-migraine/", "/learn/search/?q=migraine+sleep"]:
        visitor.goto(live_server.url + path)
        assert visitor.locator("html").get_attribute("data-bs-theme") == theme
        assert axe_violations(visitor) == [], path
    assert errors == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_learn_pages_fit_a_375_pixel_screen(visitor_page, live_server, theme):
    visitor, errors = visitor_page(theme)
    visitor.set_viewport_size({"width": 375, "height": 800})
    for name, path in [
        ("list", "/learn/"),
        ("page", "/learn/medication-caution/"),
        ("search", "/learn/search/?q=triptan"),
    ]:
        visitor.goto(live_server.url + path)
        assert visitor.evaluate("document.documentElement.scrollWidth") <= 375, path
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            visitor.screenshot(path=f"{SCREENSHOTS}/learn-{name}-{theme}.png", full_page=False)
    assert errors == []


def test_a_curators_draft_change_goes_live_only_when_published(
    page, visitor_page, live_server, client, carol, console_errors
):
    log_in(page, live_server, client, carol)
    visitor, visitor_errors = visitor_page("light")
    live_address = live_server.url + "/learn/lupus-and-migraine/"
    revisions_before = Page.history.filter(slug="lupus-and-migraine").count()

    page.goto(live_server.url + "/admin/education/page/")
    page.get_by_role("link", name="Lupus and migraine", exact=True).click()
    expect(page.get_by_text("Saving keeps your edits as a draft change")).to_be_visible()
    page.get_by_label("Summary:").fill("Headaches in lupus, reviewed for zyxheron readers.")
    body = page.get_by_label("Body:")
    body.fill(body.input_value() + "\n\n## Zyxheron notes\n\nA paragraph added in review.")
    page.get_by_role("button", name="Save as a draft change", exact=True).click()
    expect(
        page.get_by_text("as a draft change. Patients still see the published page")
    ).to_be_visible()
    expect(
        page.get_by_role("heading", name="A draft change is waiting to be published")
    ).to_be_visible()

    # Meanwhile the page stays published and unchanged for everyone else.
    visitor.goto(live_address)
    expect(visitor.get_by_role("heading", name="Lupus and migraine", level=1)).to_be_visible()
    expect(visitor.get_by_text("zyxheron", exact=False)).to_have_count(0)
    visitor.goto(live_server.url + "/learn/search/?q=zyxheron")
    expect(visitor.get_by_role("link", name="Lupus and migraine")).to_have_count(0)
    visitor.goto(live_server.url + "/learn/")
    expect(visitor.get_by_role("link", name="Lupus and migraine")).to_be_visible()

    # The curator's preview shows the change.
    page.get_by_role("link", name="Preview the change").click()
    expect(page.get_by_text("Preview of a draft change.")).to_be_visible()
    expect(page.get_by_role("heading", name="Zyxheron notes")).to_be_visible()
    expect(page.get_by_text("reviewed for zyxheron readers")).to_be_visible()
    page.go_back()

    page.get_by_role("button", name="Publish the change").click()
    expect(
        page.get_by_text("Published the change to “Lupus and migraine” (Summary, Body)")
    ).to_be_visible()

    visitor.goto(live_address)
    expect(visitor.get_by_role("heading", name="Zyxheron notes")).to_be_visible()
    expect(visitor.get_by_text("Preview of a draft change")).to_have_count(0)

    # One revision, by Carol, naming the fields that changed and no others.
    page.get_by_role("link", name="History").click()
    revisions = page.locator("#change-history tbody tr")
    expect(revisions).to_have_count(revisions_before + 1)
    label = revisions.first.get_by_role("link").first.inner_text()
    assert re.fullmatch(r"\d{1,2} \w{3} \d{4}, \d{2}:\d{2} · Carol · Summary, Body", label), label
    expect(revisions.last).to_contain_text("· Overlap · created")
    assert Page.objects.get(slug="lupus-and-migraine").status == Page.Status.PUBLISHED
    assert console_errors == []
    assert visitor_errors == []
