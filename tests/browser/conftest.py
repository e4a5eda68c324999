"""Playwright against Debian's Chromium and the live server.

Chromium is found at $CHROMIUM_PATH or /usr/bin/chromium. Without it the browser tests are
skipped on a developer's machine, but fail when CI is set: CI must prove the pages work.
"""

import os
import shutil
import time

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import load_reference_data

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def log_in(page, live_server, client, user) -> None:
    """Give the page a logged-in session of user's, made by the test client (the login
    form itself is tested in test_accounts.py)."""
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def wait_until(page, script: str, arg=None, timeout: float = 10) -> None:
    """Poll a JavaScript function until it is true. Playwright's wait_for_function evaluates
    strings, which the page's CSP (no unsafe-eval) rightly refuses."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(script, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"Still false after {timeout} s: {script}")
        time.sleep(0.05)


def draw_charts(page, *ids: str) -> None:
    """Scroll each chart into view and wait until it is drawn: the timeline draws a chart
    only when it comes near the screen."""
    for chart in ids:
        page.locator(f"#{chart}").scroll_into_view_if_needed()
        wait_until(
            page,
            "(id) => Boolean(window.Chart && Chart.getChart(document.getElementById(id)))",
            chart,
        )


class ServiceWorkerEvents:
    """Chromium's DevTools protocol for the page's service worker: its registration (a
    deleted one is never used), and the "sync" and "push" events a browser would fire."""

    def __init__(self, page) -> None:
        self.session = page.context.new_cdp_session(page)
        self.registrations: dict[str, str] = {}
        self.session.on("ServiceWorker.workerRegistrationUpdated", self._registrations)
        self.session.send("ServiceWorker.enable")
        deadline = time.monotonic() + 10
        while not self.registrations:
            assert time.monotonic() < deadline, "No service worker registration reported"
            page.wait_for_timeout(50)

    def _registrations(self, event) -> None:
        for registration in event["registrations"]:
            if registration.get("isDeleted"):
                self.registrations.pop(registration["scopeURL"], None)
            else:
                self.registrations[registration["scopeURL"]] = registration["registrationId"]

    def dispatch_sync(self, live_server, tag: str = "overlap-outbox") -> None:
        self.session.send(
            "ServiceWorker.dispatchSyncEvent",
            {
                "origin": live_server.url,
                "registrationId": self.registrations[live_server.url + "/"],
                "tag": tag,
                "lastChance": False,
            },
        )

    def deliver_push(self, live_server, data: str) -> None:
        self.session.send(
            "ServiceWorker.deliverPushMessage",
            {
                "origin": live_server.url + "/",
                "registrationId": self.registrations[live_server.url + "/"],
                "data": data,
            },
        )


CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def find_chromium() -> str | None:
    """$CHROMIUM_PATH when set (and only it), else Debian's chromium."""
    candidates: list[str | None]
    if os.environ.get("CHROMIUM_PATH"):
        candidates = [os.environ["CHROMIUM_PATH"]]
    else:
        candidates = [shutil.which("chromium"), "/usr/bin/chromium"]
    return next((path for path in candidates if path and os.path.exists(path)), None)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    executable = find_chromium()
    if executable is None:
        message = "Chromium not found: install Debian's chromium or set CHROMIUM_PATH."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_FLAGS}


@pytest.fixture
def console_errors(page) -> list[str]:
    """Every console error and uncaught exception on the page; tests assert it stays empty."""
    errors: list[str] = []

    def on_console(message) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.fixture
def page(page):
    # Fail in seconds, not half a minute, when something is missing from a page.
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def axe_violations():
    """Returns a function listing the WCAG 2.1 A/AA violations axe finds on a page."""

    def violations(page) -> list[str]:
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        return [
            f"{violation['id']}: {[node['target'] for node in violation['nodes']]}"
            for violation in results.response["violations"]
        ]

    return violations


THEMES = ("light", "dark", "contrast")

# The page's own rule (static/js/theme.js): the preference shown, dim in attack mode unless
# high contrast was chosen. Returns the theme the page then shows.
# When it resolves, two frames are painted and any transition the change started has ended
# (a looping animation, such as a spinner's, is not waited for).
SHOW_THEME = """async (pref) => {
  const root = document.documentElement;
  const shown = root.hasAttribute("data-attack-mode") && pref !== "contrast" ? "dark" : pref;
  root.setAttribute("data-theme-pref", pref);
  root.setAttribute("data-bs-theme", shown);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const ending = document.getAnimations().filter(
    (each) => each.effect && each.effect.getComputedTiming().endTime !== Infinity
  );
  await Promise.all(ending.map((each) => each.finished.catch(() => null)));
  return shown;
}"""


@pytest.fixture
def axe_in_every_theme(axe_violations):
    """Returns a function listing the WCAG violations axe finds on a page in each theme it
    can show (light, dark, high contrast; only dim or high contrast in attack mode), each
    prefixed with the theme. The page is loaded once and its theme switched as the theme
    buttons do; the theme it came with is put back after."""

    def violations(page) -> list[str]:
        pref = page.locator("html").get_attribute("data-theme-pref") or "system"
        shown_before = page.locator("html").get_attribute("data-bs-theme")
        found: list[str] = []
        shown: set[str] = set()
        for theme in THEMES:
            now_shown = page.evaluate(SHOW_THEME, theme)
            if now_shown not in shown:
                shown.add(now_shown)
                found.extend(f"{now_shown}: {each}" for each in axe_violations(page))
        page.evaluate(SHOW_THEME, pref)
        page.locator("html").evaluate(
            "(root, theme) => root.setAttribute('data-bs-theme', theme)", shown_before
        )
        return found

    return violations


@pytest.fixture(autouse=True)
def seeded(browser_type_launch_args, transactional_db) -> None:
    """The reference data the migrations create: conditions, pages, the Content editors
    group and the trigger catalogue. Transactional tests empty every table after they run,
    so the next one would start without them; the migrations' own functions put them back
    (skipping what exists).

    Chromium is looked for first (browser_type_launch_args): without it a browser test
    fails or is skipped before any test database is made."""
    load_reference_data()


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """Every page with reduced motion: Bootstrap then drops its colour transitions, so axe
    always reads the colours a control settles on, never a frame in between."""
    return {**browser_context_args, "reduced_motion": "reduce"}
