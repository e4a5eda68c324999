"""The timeline in Chromium in another language: Brazilian Portuguese chart labels, axis
dates and table headings (from the server's words, the JavaScript catalogue and Intl), and
German on a phone, where nothing may overflow 375 pixels, with its loading failure and
"try again" in German too."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.browser.conftest import draw_charts, log_in, wait_until
from tests.browser.test_timeline import BUSY, diary, wait_for_range  # noqa: F401 (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 800}
GERMAN_MONTH = re.compile(
    r"(Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4}"
)
ENGLISH_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")

CHART = """(id) => {
  const chart = Chart.getChart(document.getElementById(id));
  const scales = chart.options.scales;
  return {
    datasets: chart.data.datasets.map((dataset) => dataset.label),
    x: chart.scales.x.ticks.map((tick) => tick.label),
    xTitle: scales.x.title && scales.x.title.display ? scales.x.title.text : null,
    yTitle: scales.y.title && scales.y.title.display ? scales.y.title.text : null,
    labels: chart.data.labels || [],
    locale: chart.options.locale,
  };
}"""


def in_language(user, language: str):
    user.language = language
    user.save(update_fields=["language"])
    return user


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_the_timeline_in_brazilian_portuguese(page, live_server, client, diary, console_errors):  # noqa: F811
    log_in(page, live_server, client, in_language(diary, "pt-br"))
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)

    assert page.locator("html").get_attribute("lang") == "pt-br"
    canvas = page.locator("#timeline-chart")
    assert canvas.get_attribute("aria-label").startswith("Gráfico dos dias com enxaqueca")
    chart = page.evaluate(CHART, "timeline-chart")
    assert chart["locale"] == "pt-br"
    assert chart["datasets"][:2] == ["Dia com enxaqueca (dor máxima)", "Medicação aguda"]
    assert chart["yTitle"] == "Dor máxima"
    # Ninety days: a tick each Sunday (Brazil's first day of the week), in Portuguese.
    ticks = [label for label in chart["x"] if label]
    assert ticks and not [tick for tick in ticks if ENGLISH_MONTHS.search(tick)]
    assert all(re.fullmatch(r"\d{1,2} de [a-zç]+\.?", tick) for tick in ticks), ticks
    sundays = page.evaluate(
        "() => Chart.getChart(document.getElementById('timeline-chart')).scales.x.ticks"
        ".map((tick) => new Date(tick.value).getDay())"
    )
    assert set(sundays) == {0}
    key = page.locator("#timeline-key").inner_text().strip()
    assert key.startswith("Dia com enxaqueca (altura da barra: dor máxima, 0-10)")

    page.get_by_text("Os mesmos números em uma tabela").first.click()
    headings = page.locator("#timeline-table thead th").all_inner_texts()
    assert headings[:5] == ["Data", "Coberto", "Enxaqueca", "Dor máxima", "Medicação aguda"]
    assert page.locator("#timeline-table caption").inner_text().startswith("Cada dia do período")
    first_day = page.locator("#timeline-table tbody tr th").first.inner_text()
    assert re.fullmatch(r"\d{1,2} [a-zç]{3} \d{4}", first_day), first_day
    cells = set(page.locator("#timeline-table tbody tr td:nth-child(3)").all_inner_texts())
    assert cells <= {"sim", "não", "não coberto"} and "sim" in cells

    draw_charts(page, "months-chart", "lag-chart")
    months = page.evaluate(CHART, "months-chart")
    assert months["yTitle"] == "Dias"
    assert months["datasets"][0] == "Dias com enxaqueca"
    assert all(" de 20" in label for label in months["labels"]), months["labels"]
    assert page.locator("#months-table thead th").first.inner_text() == "Mês"
    lag = page.evaluate(CHART, "lag-chart")
    assert lag["xTitle"] == "Dias a partir do início de um surto"
    assert lag["datasets"] == [
        "Surtos com um dia com enxaqueca (%)",
        "Sua proporção habitual de dias com enxaqueca (%)",
    ]

    page.get_by_role("button", name="Últimos 30 dias").click()
    wait_for_range(page, 30)
    assert page.locator("#range-status").inner_text().startswith("Mostrando de ")
    assert console_errors == []


def test_the_timeline_in_german_fits_a_phone_and_says_what_failed(
    page,
    live_server,
    client,
    diary,  # noqa: F811
    console_errors,
    axe_in_every_theme,
):
    page.set_viewport_size(PHONE)
    log_in(page, live_server, client, in_language(diary, "de"))
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)
    for details in page.locator("details").all():
        details.evaluate("(element) => { element.open = true; }")
    draw_charts(page, "months-chart", "lag-chart")

    assert page.locator("html").get_attribute("lang") == "de"
    assert page.get_by_role("heading", level=1).inner_text() == "Ihr Zeitverlauf"
    assert page.locator("#timeline-table thead th").first.inner_text() == "Datum"
    assert fits_the_screen(page)
    assert axe_in_every_theme(page) == []

    # A long period drawn by week, whose numbers cannot be had: each chart and table says
    # so in German, with a button to try again, and still nothing overflows.
    today = datetime.now(ZoneInfo("Europe/Berlin")).date()
    start = today - timedelta(days=399)
    page.route("**/timeline/data.json*", lambda route: route.abort())
    page.goto(live_server.url + f"/timeline/?start={start.isoformat()}&end={today.isoformat()}")
    wait_until(page, "() => document.getElementById('timeline').dataset.failed === 'yes'")
    notices = page.locator(".chart-notice p").all_inner_texts()
    assert notices and set(notices) == {
        "Die Zahlen für diesen Zeitraum konnten nicht geladen werden. Prüfen Sie Ihre "
        "Verbindung und versuchen Sie es erneut."
    }
    assert page.locator("#range-status").inner_text() == (
        "Der Zeitverlauf konnte nicht geladen werden. Prüfen Sie Ihre Verbindung."
    )
    retry = page.locator(".chart-notice .data-retry").first
    assert retry.inner_text() == "Erneut versuchen"
    assert fits_the_screen(page)

    page.unroute("**/timeline/data.json*")
    retry.click()
    wait_until(page, BUSY + " === 'false'")
    wait_until(page, "() => document.getElementById('timeline').dataset.resolution === 'week'")
    page.locator("#timeline-chart").scroll_into_view_if_needed()
    wait_until(
        page,
        "() => Boolean(Chart.getChart(document.getElementById('timeline-chart')))",
    )
    chart = page.evaluate(CHART, "timeline-chart")
    assert chart["yTitle"] == "Migränetage"
    # Weeks: a tick each month, as Germany shortens its names ("Okt. 2026", "März 2026").
    ticks = [tick for tick in chart["x"] if tick]
    assert ticks and all(GERMAN_MONTH.fullmatch(tick) for tick in ticks), ticks
    assert (
        page.locator("#resolution-note")
        .inner_text()
        .startswith("Dieser Zeitraum ist länger als 180 Tage")
    )
    assert fits_the_screen(page)
    # The refused requests are the test's own doing; nothing else went wrong.
    assert [error for error in console_errors if "ERR_FAILED" not in error] == []
