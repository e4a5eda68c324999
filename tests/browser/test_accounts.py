import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import User
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_newcomer_signs_up_as_a_patient_and_keeps_the_dark_theme(
    page, live_server, console_errors
):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Start your diary").click()
    page.get_by_label("Patient").check()
    page.locator("#id_email").fill("newcomer@example.com")
    page.locator("#id_password1").fill("a calm walk by the river 7")
    page.locator("#id_password2").fill("a calm walk by the river 7")
    page.get_by_role("button", name="Sign Up").click()
    # Sign-up answers the same for every address, so the newcomer confirms theirs first.
    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
    page.goto(re.search(r"http://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body)[0])
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/accounts/login/")
    page.locator("#id_login").fill("newcomer@example.com")
    page.locator("#id_password").fill("a calm walk by the river 7")
    page.get_by_role("button", name="Sign In").click()
    # The first visit starts onboarding (tests/browser/test_onboarding.py goes through it).
    page.wait_for_url("**/welcome/conditions/")
    page.get_by_role("button", name="Skip the rest and go to my diary").click()

    page.wait_for_url(live_server.url + "/")
    assert page.get_by_role("heading", name="Hello").is_visible()

    page.get_by_role("button", name="Theme").click()
    page.get_by_role("button", name="Dark (dim)").click()
    # Playwright's wait_for_function evaluates a string, which the strict CSP forbids.
    expect(page.locator("html")).to_have_attribute("data-bs-theme", "dark")
    page.reload()

    assert page.locator("html").get_attribute("data-bs-theme") == "dark"
    assert User.objects.get(email="newcomer@example.com").theme == "dark"
    assert console_errors == []


def test_a_visitors_theme_persists_in_their_browser(page, live_server, console_errors):
    page.goto(live_server.url + "/")
    page.get_by_role("button", name="Theme").click()
    page.get_by_role("button", name="High contrast").click()
    expect(page.locator("html")).to_have_attribute("data-bs-theme", "contrast")
    page.goto(live_server.url + "/accounts/login/")

    assert page.locator("html").get_attribute("data-bs-theme") == "contrast"
    assert console_errors == []


def test_the_high_contrast_theme_shows_the_nav_in_white_on_black(page, live_server):
    # "contrast" is not one of Bootstrap's themes: the navbar's colours, built from
    # Bootstrap's light defaults, once came out black on black.
    page.context.add_cookies(
        [{"name": "overlap_theme", "value": "contrast", "url": live_server.url}]
    )
    page.goto(live_server.url + "/")
    colour = "e => getComputedStyle(e).color"
    assert page.locator(".navbar-brand").evaluate(colour) == "rgb(255, 255, 255)"
    assert page.locator(".navbar-nav .nav-link").first.evaluate(colour) != "rgb(0, 0, 0)"


def test_public_and_home_pages_have_no_accessibility_violations(
    page, live_server, client, alice, console_errors, axe_in_every_theme
):
    axe_violations = axe_in_every_theme
    theme = "dark"
    page.context.add_cookies([{"name": "overlap_theme", "value": theme, "url": live_server.url}])
    for path in ["/", "/accounts/signup/", "/accounts/login/", "/accounts/password/reset/"]:
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("data-bs-theme") == theme
        assert axe_violations(page) == [], path

    alice.theme = theme
    alice.save()
    client.force_login(alice)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    for path in ["/", "/accounts/profile/"]:
        page.goto(live_server.url + path)
        assert axe_violations(page) == [], path
    assert console_errors == []


def test_the_landing_page_fits_a_375_pixel_screen(page, live_server):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.fixture
def device_page(browser, browser_context_args, live_server, client, alice):
    """Returns a function opening a page logged in as Alice on a device with the given
    colour scheme (Playwright's color_scheme: the browser's prefers-color-scheme)."""
    contexts = []

    def open_page(color_scheme: str):
        context = browser.new_context(**browser_context_args, color_scheme=color_scheme)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        log_in(page, live_server, client, alice)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_the_theme_follows_the_device_when_the_account_says_system(
    device_page, live_server, alice, scheme
):
    assert alice.theme == User.Theme.SYSTEM
    page = device_page(scheme)

    page.goto(live_server.url + "/accounts/profile/")

    html = page.locator("html")
    assert html.get_attribute("data-theme-pref") == "system"
    assert html.get_attribute("data-bs-theme") == scheme
    # The device changes its mind (evening falls): the open page follows.
    other = "light" if scheme == "dark" else "dark"
    page.emulate_media(color_scheme=other)
    expect(html).to_have_attribute("data-bs-theme", other)


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_a_theme_the_account_chose_wins_over_the_device(device_page, live_server, alice, scheme):
    alice.theme = User.Theme.LIGHT if scheme == "dark" else User.Theme.DARK
    alice.save(update_fields=["theme"])
    page = device_page(scheme)

    page.goto(live_server.url + "/accounts/profile/")

    assert page.locator("html").get_attribute("data-bs-theme") == alice.theme
