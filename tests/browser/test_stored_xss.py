"""Stored XSS in the browser: the pages' scripts show what the patient typed as text.

The server escapes every probe (tests/test_stored_xss.py); here Chromium runs the pages'
JavaScript, which draws chart labels, tables and tooltips from JSON, and the document must
still hold no element made from a probe.
"""

import pytest

from tests.browser.conftest import log_in
from tests.test_stored_xss import FIELDS, probe, probed  # noqa: F401 -- probed is a fixture

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("probed"),
]

INJECTED = """(names) => {
  const html = document.documentElement.innerHTML;
  return names.filter((name) => html.includes("<script>" + name + "()"));
}"""


@pytest.mark.parametrize("path", ["/", "/timeline/", "/diary/"])
def test_it_adds_no_markup_from_what_the_patient_typed(
    page, live_server, client, alice, console_errors, path
):
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")

    assert page.evaluate(INJECTED, list(FIELDS.values())) == []
    assert console_errors == []


def test_the_timeline_shows_a_probed_trigger_name_as_text(page, live_server, client, alice):
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/timeline/")
    page.wait_for_load_state("networkidle")

    assert probe("trigger_name") in page.locator("main").inner_text()
