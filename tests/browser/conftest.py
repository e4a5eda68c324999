"""Playwright against Debian's Chromium and the live server.

Chromium is found at $CHROMIUM_PATH or /usr/bin/chromium. Without it the browser tests are
skipped on a developer's machine, but fail when CI is set: CI must prove the pages work.
"""

import os
import shutil

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

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
    candidates = [os.environ.get("CHROMIUM_PATH"), shutil.which("chromium"), "/usr/bin/chromium"]
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
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.fixture
def page(page):
    # Fail in seconds, not half a minute, when something is missing from a page.
    page.set_default_timeout(10_000)
    return page
