"""The timeline in Chromium: charts draw, ranges switch, tables match, themes pass axe."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition
from tests.browser.conftest import log_in, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BERLIN = ZoneInfo("Europe/Berlin")

DATASET_LENGTH = """(index) => {
  const chart = Chart.getChart(document.getElementById("timeline-chart"));
  return chart.data.datasets[index].data.length;
}"""

COLOURED_PIXELS = """(id) => {
  const canvas = document.getElementById(id);
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let coloured = 0;
  for (let index = 3; index < pixels.length; index += 4) {
    if (pixels[index] > 0) coloured += 1;
  }
  return coloured;
}"""

MIGRAINE_BARS = """() => {
  const chart = Chart.getChart(document.getElementById("timeline-chart"));
  return chart.data.datasets[0].data.filter((point) => point.y !== null).length;
}"""


@pytest.fixture
def diary(alice):
    today = datetime.now(BERLIN).date()
    for offset in range(0, 400, 4):
        day = today - timedelta(days=offset)
        start = datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN)
        MigraineAttack.objects.create(
            owner=alice,
            started_at=start,
            ended_at=start + timedelta(hours=5),
            peak_intensity=3 + offset % 7,
        )
    lupus = Condition.objects.get(slug="lupus")
    # Five flares: the lag profile draws shares and bars from 5 flares on.
    for offset in (20, 60, 120, 180, 250):
        Flare.objects.create(
            owner=alice,
            condition=lupus,
            started_on=today - timedelta(days=offset),
            ended_on=today - timedelta(days=offset - 6),
        )
    naproxen = Medication.objects.create(
        owner=alice, name="Naproxen", category="nsaid", purpose="acute"
    )
    for offset in range(0, 90, 3):
        day = today - timedelta(days=offset)
        MedicationDose.objects.create(
            medication=naproxen, taken_at=datetime(day.year, day.month, day.day, 8, tzinfo=BERLIN)
        )
        DailyCheckIn.objects.create(
            owner=alice, day=day, sleep_hours=5 + offset % 4, stress=offset % 10
        )
    return alice


def wait_for_range(page, days: int) -> None:
    """Until the chart shows `days` bars and every chart and table of the period is placed
    (the page draws them in turn, busy until the last)."""
    wait_until(
        page,
        "(days) => { const c = window.Chart && Chart.getChart(document.getElementById("
        "'timeline-chart')); return Boolean(c) && c.data.datasets[0].data.length === days"
        " && document.getElementById('timeline').getAttribute('aria-busy') === 'false'; }",
        days,
    )


def test_the_timeline_draws_and_switching_the_range_updates_it(
    page, live_server, client, diary, console_errors
):
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)

    assert page.evaluate(DATASET_LENGTH, 0) == 90
    assert page.evaluate(DATASET_LENGTH, 1) == 90
    assert page.evaluate(COLOURED_PIXELS, "timeline-chart") > 1000
    assert page.evaluate(COLOURED_PIXELS, "months-chart") > 1000
    assert page.evaluate(COLOURED_PIXELS, "lag-chart") > 1000
    assert page.locator("#timeline-table tbody tr").count() == 90

    page.get_by_role("button", name="Last 30 days").click()
    wait_for_range(page, 30)
    assert "start=" in page.url
    assert page.locator("#timeline-table tbody tr").count() == 30
    assert page.locator("#range-status").inner_text().startswith("Showing")

    page.get_by_role("button", name="Last year").click()
    wait_until(page, "() => document.getElementById('timeline').dataset.resolution === 'week'")
    weeks = page.evaluate(DATASET_LENGTH, 0)
    assert 52 <= weeks <= 54
    assert page.locator("#timeline-table tbody tr").count() == weeks
    assert page.evaluate(COLOURED_PIXELS, "timeline-chart") > 1000
    assert console_errors == []


def test_the_data_table_matches_the_chart(page, live_server, client, diary, console_errors):
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)

    page.get_by_text("The same numbers as a table").first.click()
    migraine_cells = page.locator("#timeline-table tbody tr td:nth-child(3)").all_inner_texts()
    peak_cells = page.locator("#timeline-table tbody tr td:nth-child(4)").all_inner_texts()
    peaks = page.evaluate(
        "() => Chart.getChart(document.getElementById('timeline-chart'))"
        ".data.datasets[0].data.map((point) => point.y)"
    )

    assert migraine_cells.count("yes") == page.evaluate(MIGRAINE_BARS)
    assert [str(peak) for peak in peaks if peak is not None] == [
        cell for cell in peak_cells if cell
    ]
    month_rows = page.locator("#months-table tbody tr").count()
    assert month_rows == page.evaluate(
        "() => Chart.getChart(document.getElementById('months-chart')).data.labels.length"
    )
    assert console_errors == []


def test_a_factor_line_and_the_flare_window_can_be_changed(
    page, live_server, client, diary, console_errors
):
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)

    page.get_by_label("Sleep (hours)").check()
    assert page.evaluate(
        "() => Chart.getChart(document.getElementById('timeline-chart')).isDatasetVisible(2)"
    )
    page.get_by_label("Flare window (days either side)").fill("7")
    page.get_by_label("Flare window (days either side)").dispatch_event("change")
    wait_until(page, "() => document.getElementById('timeline').dataset.loaded.endsWith('/7')")
    assert "window=7" in page.url
    assert page.locator(".window-days").first.inner_text() == "7 days"
    assert console_errors == []


def test_a_bad_custom_period_is_explained_without_breaking_the_page(
    page, live_server, client, diary, console_errors
):
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)

    page.evaluate(
        "() => { document.getElementById('range-start').value = '2025-06-10';"
        " document.getElementById('range-end').value = '2025-06-01'; }"
    )
    page.get_by_role("button", name="Show").click()
    wait_until(page, "() => document.getElementById('range-status').textContent.includes('after')")

    assert page.evaluate(DATASET_LENGTH, 0) == 90
    # The 400 the browser logs for the refused request is expected; nothing else is.
    assert [error for error in console_errors if "400" not in error] == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_timeline_and_home_have_no_accessibility_violations(
    page, live_server, client, diary, theme, axe_violations, console_errors
):
    diary.theme = theme
    diary.save()
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)
    for details in page.locator("details").all():
        details.evaluate("(element) => { element.open = true; }")

    assert page.locator("html").get_attribute("data-bs-theme") == theme
    assert axe_violations(page) == []

    page.goto(live_server.url + "/")
    wait_until(page, "() => Chart.getChart(document.getElementById('home-timeline-chart'))")
    assert axe_violations(page) == []
    assert console_errors == []


def test_the_home_page_draws_the_last_90_days(page, live_server, client, diary, console_errors):
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/")
    wait_until(page, "() => Chart.getChart(document.getElementById('home-timeline-chart'))")

    length = page.evaluate(
        "() => Chart.getChart(document.getElementById('home-timeline-chart'))"
        ".data.datasets[0].data.length"
    )
    assert length == 90
    assert page.evaluate(COLOURED_PIXELS, "home-timeline-chart") > 500
    assert page.locator("#home-timeline-table tbody tr").count() == 90
    assert console_errors == []


def test_the_timeline_fits_a_375_pixel_screen(page, live_server, client, diary, console_errors):
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)

    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path="/tmp/overlap-timeline-375.png", full_page=True)
    assert console_errors == []
