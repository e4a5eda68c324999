"""The report in another language in Chromium: printed in Spanish, the paper shows no English
sentence of the report's own; in German on a 375 px phone, nothing is wider than the screen
(German words are long) except the tables' own scroll areas; the home page fits it too, and
its chart writes German dates."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import draw_charts, log_in
from tests.test_i18n_numbers import PATIENT_DATA, made_elsewhere, rich_diary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 800}

# The lines and table cells a reader meets on the page as it is shown (print: what the paper
# shows), each with words; the chart's canvas has none.
SHOWN_LINES = """() => document.getElementById("report").innerText
  .split(/[\\n\\t]/).map((line) => line.replace(/\\s+/g, " ").trim())
  .filter((line) => /[A-Za-z]{2}/.test(line))"""

# What sticks out of the screen: any element reaching past its right edge, or text cut off
# inside its own box, but not the content of the tables' scroll areas (they scroll sideways
# by design, with a hint saying so).
STICKING_OUT = """(width) => {
  const wide = [];
  for (const element of document.querySelectorAll("#report *")) {
    if (element.closest(".table-wrap") && !element.classList.contains("table-wrap")) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const scrolls = getComputedStyle(element).overflowX;
    if (box.right > width + 1 ||
        (element.scrollWidth > element.clientWidth + 1 && scrolls === "hidden")) {
      wide.push(element.tagName + "#" + element.id + "." + element.className + ": " +
                Math.round(box.right) + "/" + element.scrollWidth);
    }
  }
  return wide;
}"""


def printed_lines(page, live_server, client, user, language: str) -> set[str]:
    user.language = language
    user.save(update_fields=["language"])
    log_in(page, live_server, client, user)
    page.goto(live_server.url + "/report/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    page.emulate_media(media="print")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator("#report")).to_have_attribute("data-chart", "print")
    expect(page.locator(".report-controls")).to_be_hidden()
    return set(page.evaluate(SHOWN_LINES))


def test_the_report_prints_in_spanish_with_no_english_left(
    page, live_server, client, alice, console_errors
):
    rich_diary(alice)

    english = printed_lines(page, live_server, client, alice, "en")
    spanish = printed_lines(page, live_server, client, alice, "es")

    assert "Alerts to discuss" in english and "Avisos para comentar" in spanish
    assert any(line.startswith("Usted registró") for line in spanish)
    # The controls are not on paper, in either language.
    assert "Show this period" not in english and "Mostrar este periodo" not in spanish
    left = {
        line
        for line in spanish & english
        if line not in PATIENT_DATA and not re.fullmatch(r"[\d\s.,:;%()/-]+", line)
    }
    assert left - made_elsewhere(left) == set()
    assert console_errors == []


def test_the_report_in_german_fits_a_phone(page, live_server, client, alice, console_errors):
    rich_diary(alice)
    alice.language = "de"
    alice.save(update_fields=["language"])
    page.set_viewport_size(PHONE)
    log_in(page, live_server, client, alice)

    page.goto(live_server.url + "/report/")

    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    expect(page.locator("#alerts-heading")).to_have_text("Hinweise zum Besprechen")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert page.evaluate(STICKING_OUT, PHONE["width"]) == []
    assert console_errors == []


def test_the_home_page_in_german_fits_a_phone_and_its_chart_writes_german_dates(
    page, live_server, client, alice, console_errors
):
    rich_diary(alice)
    alice.language = "de"
    alice.save(update_fields=["language"])
    page.set_viewport_size(PHONE)
    log_in(page, live_server, client, alice)

    page.goto(live_server.url + "/")

    expect(page.locator("#summary-heading")).to_have_text("Die letzten 30 Tage")
    # German's long words wrap: the home page fits the phone too.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    draw_charts(page, "home-timeline-chart")
    ticks = page.evaluate(
        """() => {
          const chart = Chart.getChart(document.getElementById("home-timeline-chart"));
          return chart.scales.x.ticks.map((tick) => tick.label);
        }"""
    )
    assert ticks
    # German writes the day with a full stop ("3. Nov."), never English's "Nov 3".
    assert all(re.fullmatch(r"\d{1,2}\. \w+\.?", label) for label in ticks), ticks
    assert console_errors == []
