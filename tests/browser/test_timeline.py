"""The timeline in Chromium: charts draw, ranges switch, tables match, themes pass axe."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from diary.management.commands.bench import build_diary
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition
from tests.browser.conftest import draw_charts, log_in, wait_until

BUSY = "() => document.getElementById('timeline').getAttribute('aria-busy')"

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
    """Until every table of the period is placed (the page is busy until the last), then
    with the chart in view (drawn only there), until it shows `days` bars."""
    wait_until(page, BUSY + " === 'false'")
    page.locator("#timeline-chart").scroll_into_view_if_needed()
    wait_until(
        page,
        "(days) => { const c = window.Chart && Chart.getChart(document.getElementById("
        "'timeline-chart')); return Boolean(c) && c.data.datasets[0].data.length === days; }",
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
    draw_charts(page, "months-chart", "lag-chart")
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
    wait_until(page, BUSY + " === 'false'")
    page.locator("#timeline-chart").scroll_into_view_if_needed()
    wait_until(
        page,
        "() => Chart.getChart(document.getElementById('timeline-chart')).data"
        ".datasets[0].data.length > 30",
    )
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
    draw_charts(page, "months-chart")
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


def test_the_timeline_and_home_have_no_accessibility_violations(
    page, live_server, client, diary, axe_in_every_theme, console_errors
):
    axe_violations = axe_in_every_theme
    diary.theme = "dark"
    diary.save()
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)
    for details in page.locator("details").all():
        details.evaluate("(element) => { element.open = true; }")

    assert page.locator("html").get_attribute("data-bs-theme") == "dark"
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


# No idle time ever comes: what fills must be filled by something else.
NO_IDLE_TIME = "window.requestIdleCallback = () => 0;"

TABLE_CELLS = """(id) => Array.from(document.querySelectorAll('#' + id + ' tbody tr')).map(
  (row) => Array.from(row.cells).map((cell) => cell.textContent))"""


def test_a_table_twin_is_filled_when_opened_with_the_rows_of_the_period(
    page, live_server, client, diary, console_errors
):
    page.add_init_script(NO_IDLE_TIME)
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    # The charts and the visible month table are placed without idle time...
    wait_until(page, "() => document.getElementById('months-table').dataset.filled === 'yes'")
    draw_charts(page, "timeline-chart", "lag-chart")
    assert page.evaluate(COLOURED_PIXELS, "timeline-chart") > 1000
    assert page.locator("#months-table tbody tr").count() >= 4
    # ...the twins behind "The same numbers as a table" wait for it, and the page says so.
    assert page.locator("#timeline-table tbody tr").count() == 0
    assert page.locator("#lag-table tbody tr").count() == 0
    assert page.evaluate(BUSY) == "true"

    page.get_by_text("The same numbers as a table").first.click()
    wait_until(page, "() => document.getElementById('timeline-table').dataset.filled === 'yes'")
    expected = page.evaluate("() => JSON.parse(document.getElementById('timeline-data').text)")
    assert page.evaluate(TABLE_CELLS, "timeline-table") == expected["table"]["rows"]
    assert len(expected["table"]["rows"]) == 90
    assert page.locator("#lag-table tbody tr").count() == 0
    assert page.evaluate(BUSY) == "true"

    page.get_by_text("The same numbers as a table").nth(1).click()
    wait_until(page, "() => document.getElementById('lag-table').dataset.filled === 'yes'")
    assert page.evaluate(TABLE_CELLS, "lag-table") == expected["lag"]["rows"]
    wait_until(page, BUSY + " === 'false'")
    assert console_errors == []


def test_the_twins_fill_in_idle_time_without_being_opened(
    page, live_server, client, diary, console_errors
):
    # Every other test runs with reduced motion, which stops all animation.
    page.emulate_media(reduced_motion="no-preference")
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_for_range(page, 90)

    assert page.locator("details[open]").count() == 0
    expected = page.evaluate("() => JSON.parse(document.getElementById('timeline-data').text)")
    assert page.evaluate(TABLE_CELLS, "timeline-table") == expected["table"]["rows"]
    assert page.evaluate(TABLE_CELLS, "lag-table") == expected["lag"]["rows"]
    # Ninety days: few enough bars to animate, one bar a day.
    assert page.evaluate(
        "() => Chart.getChart(document.getElementById('timeline-chart')).options.animation"
    )
    assert page.locator("#timeline").get_attribute("data-merged") == "1"
    assert console_errors == []


ANIMATIONS = """() => ['timeline-chart', 'months-chart'].map(
  (id) => Chart.getChart(document.getElementById(id)).options.animation)"""

BARS = """(data) => {
  const chart = Chart.getChart(document.getElementById('timeline-chart'));
  const bars = chart.data.datasets[0].data;
  const heights = bars.map((bar) => bar.y).filter((y) => y !== null);
  return {
    bars: bars.length,
    lines: chart.data.datasets.filter((set) => set.type === 'line').map((set) => set.data.length),
    width: chart.width,
    weeks: data.series.dates.length,
    highest: Math.max(...heights),
    highestWeek: Math.max(...data.series.migraine),
    fromTheirWeek: bars.every((bar) => bar.y === null || bar.y === data.series.migraine[bar.i]),
    sleepLowest: Math.min(...chart.data.datasets[2].data.map((p) => p.y).filter((y) => y !== null)),
    sleepLowestWeek: Math.min(...data.series.sleep.filter((y) => y !== null)),
  };
}"""


def test_ten_years_on_a_phone_draw_still_and_merged_with_every_peak_kept(
    page, live_server, client, console_errors
):
    patient, counts = build_diary(days=3650, email="tenyears@example.com")
    assert counts["attacks"] > 1000
    page.set_viewport_size({"width": 375, "height": 800})
    page.emulate_media(reduced_motion="no-preference")
    log_in(page, live_server, client, patient)
    start = (datetime.now(BERLIN).date() - timedelta(days=3649)).isoformat()
    page.goto(f"{live_server.url}/timeline/?start={start}")
    wait_until(page, "() => Boolean(document.getElementById('timeline').dataset.loaded)", 30)
    draw_charts(page, "timeline-chart", "months-chart")
    # What the page drew came from data.json, after the first paint.
    data = client.get("/timeline/data.json", {"start": start}).json()

    assert page.locator("#timeline").get_attribute("data-resolution") == "week"
    assert page.evaluate(ANIMATIONS) == [False, False]
    bars = page.evaluate(BARS, data)
    # About 520 weeks on a canvas about 340 pixels wide: two weeks a bar.
    assert bars["weeks"] > bars["width"]
    assert bars["bars"] <= bars["width"] < bars["weeks"]
    assert all(bars["bars"] == length for length in bars["lines"])
    assert page.locator("#timeline").get_attribute("data-merged") == "2"
    # Each merged bar is its bucket's highest week: the highest week of all is drawn, and
    # the lowest sleep (a short night is what matters) too.
    assert bars["fromTheirWeek"]
    assert bars["highest"] == bars["highestWeek"]
    assert bars["sleepLowest"] == bars["sleepLowestWeek"]
    # The table keeps every week.
    assert page.locator("#timeline-table tbody tr").count() == bars["weeks"]
    # A wide screen has room for every week: drawn again, one a bar.
    page.set_viewport_size({"width": 1280, "height": 800})
    wait_until(page, "() => document.getElementById('timeline').dataset.merged === '1'")
    assert page.evaluate(BARS, data)["bars"] == bars["weeks"]
    assert console_errors == []


DRAWN = """() => ['timeline-chart', 'months-chart', 'lag-chart'].map(
  (id) => Boolean(Chart.getChart(document.getElementById(id))))"""


def test_a_chart_is_drawn_when_it_comes_into_view(page, live_server, client, diary, console_errors):
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_until(page, BUSY + " === 'false'")

    # Two to five screens down: nothing drawn yet, every table filled.
    assert page.evaluate(DRAWN) == [False, False, False]
    assert page.locator("#months-table tbody tr").count() >= 4
    assert page.locator("#timeline-table tbody tr").count() == 90
    page.locator("#months-chart").scroll_into_view_if_needed()
    wait_until(page, "() => Boolean(Chart.getChart(document.getElementById('months-chart')))")
    assert page.evaluate(COLOURED_PIXELS, "months-chart") > 1000
    assert page.evaluate(DRAWN)[2] is False
    draw_charts(page, "lag-chart", "timeline-chart")
    assert page.evaluate(DRAWN) == [True, True, True]
    # On paper every chart is drawn at once.
    page.reload()
    wait_until(page, BUSY + " === 'false'")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(DRAWN) == [True, True, True]
    assert page.locator("details[open]").count() == 2
    assert console_errors == []


INLINE = "() => JSON.parse(document.getElementById('timeline-data').text)"
# Where each message stands (its chart's canvas or its table's caption) and what it says.
NOTICES = """() => Array.from(document.querySelectorAll('.data-notice'), (notice) =>
  [notice.closest('.chart-box, table').querySelector('canvas, caption').id, notice.textContent])"""


def test_ten_years_draw_their_charts_and_fill_their_tables_once_the_data_arrives(
    page, live_server, client, console_errors
):
    patient, _ = build_diary(days=3650, email="decade@example.com")
    log_in(page, live_server, client, patient)
    start = (datetime.now(BERLIN).date() - timedelta(days=3649)).isoformat()
    fetched = []
    page.on(
        "request",
        lambda request: fetched.append(request.url) if "data.json" in request.url else None,
    )
    page.goto(f"{live_server.url}/timeline/?start={start}")

    # The page carries its period only; the numbers come from data.json.
    inline = page.evaluate(INLINE)
    assert inline["deferred"] is True and "series" not in inline
    wait_until(page, "() => Boolean(document.getElementById('timeline').dataset.loaded)", 30)
    assert len(fetched) == 1 and f"start={start}" in fetched[0]
    data = client.get("/timeline/data.json", {"start": start}).json()
    assert page.evaluate(BUSY) == "false"
    assert page.evaluate(NOTICES) == []
    # Every table filled with the data's rows, every chart drawn when scrolled to.
    assert page.evaluate(TABLE_CELLS, "timeline-table") == data["table"]["rows"]
    assert len(data["table"]["rows"]) >= 520
    assert page.evaluate(TABLE_CELLS, "months-table") == data["months_table"]
    assert page.evaluate(TABLE_CELLS, "lag-table") == data["lag"]["rows"]
    assert page.locator("#linkage-inside").inner_text() == data["linkage"]["cells"]["inside"]
    draw_charts(page, "timeline-chart", "months-chart", "lag-chart")
    for chart in ("timeline-chart", "months-chart", "lag-chart"):
        assert page.evaluate(COLOURED_PIXELS, chart) > 1000, chart
    assert page.locator("#range-status").inner_text().startswith("Showing")
    # The address is still the one asked for.
    assert page.url.endswith(f"/timeline/?start={start}")
    assert console_errors == []


def test_a_failed_fetch_of_a_long_period_says_so_and_can_be_tried_again(
    page, live_server, client, diary, console_errors
):
    def refuse(route) -> None:
        route.abort()

    page.route("**/timeline/data.json?*", refuse)
    log_in(page, live_server, client, diary)
    start = (datetime.now(BERLIN).date() - timedelta(days=399)).isoformat()
    page.goto(f"{live_server.url}/timeline/?start={start}")
    wait_until(page, "() => document.getElementById('timeline').dataset.failed === 'yes'")

    # Each chart and each table says what went wrong and offers to try again.
    notices = page.evaluate(NOTICES)
    assert sorted(place for place, _ in notices) == sorted(
        ["timeline-chart", "months-chart", "lag-chart"]
        + ["timeline-table-caption", "months-table-caption", "lag-table-caption"]
    )
    assert all("could not be loaded" in text and "Try again" in text for _, text in notices)
    assert page.locator("#timeline-chart + .chart-notice").is_visible()
    page.get_by_text("The same numbers as a table").first.click()
    assert page.locator("#timeline-table tbody tr").count() == 1
    assert "could not be loaded" in page.locator("#timeline-table tbody").inner_text()
    assert "Check your connection" in page.locator("#range-status").inner_text()
    assert page.evaluate(BUSY) == "false"
    assert page.locator("button.data-retry").count() == 6

    page.unroute("**/timeline/data.json?*", refuse)
    page.get_by_role("button", name="Try again").first.click()
    wait_until(page, "() => Boolean(document.getElementById('timeline').dataset.loaded)")
    data = client.get("/timeline/data.json", {"start": start}).json()
    assert page.evaluate(NOTICES) == []
    assert page.get_by_role("button", name="Try again").count() == 0
    assert page.evaluate(TABLE_CELLS, "timeline-table") == data["table"]["rows"]
    assert 57 <= len(data["table"]["rows"]) <= 59
    draw_charts(page, "timeline-chart")
    assert page.evaluate(COLOURED_PIXELS, "timeline-chart") > 1000
    # Aborted requests are logged by the browser as failed loads, not as script errors.
    assert [error for error in console_errors if "net::ERR_FAILED" not in error] == []
