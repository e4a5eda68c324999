"""The report in Chromium: the chart draws, the print button prints, paper hides the
controls and fits A4 and Letter, and both themes pass axe."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BERLIN = ZoneInfo("Europe/Berlin")

# The width between 15 mm margins at 96 pixels an inch: A4 is 210 mm wide, Letter 8.5 in.
PRINTABLE_WIDTHS = {"A4": round((210 - 30) / 25.4 * 96), "Letter": round((8.5 - 30 / 25.4) * 96)}

COLOURED_PIXELS = """(id) => {
  const canvas = document.getElementById(id);
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let coloured = 0;
  for (let index = 3; index < pixels.length; index += 4) {
    if (pixels[index] > 0) coloured += 1;
  }
  return coloured;
}"""

CHART_BARS = """() => {
  const chart = Chart.getChart(document.getElementById("report-chart"));
  return chart ? chart.data.datasets[0].data.length : 0;
}"""

# Everything wider than the page, or cut off inside its own box, as "tag#id.class: width".
OVERFLOWING = """(width) => {
  const wide = [];
  for (const element of document.querySelectorAll("body *")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 1 || element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX !== "visible") {
      wide.push(element.tagName + "#" + element.id + "." + element.className + ": " +
                Math.round(box.right) + "/" + element.scrollWidth);
    }
  }
  return wide;
}"""


# The @page rule of the print stylesheet, as the browser parsed it.
PAGE_RULE = """() => {
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText === "print") {
        for (const inner of rule.cssRules) {
          if (inner instanceof CSSPageRule) return inner.style.cssText;
        }
      }
    }
  }
  return "";
}"""


@pytest.fixture
def diary(alice):
    today = datetime.now(BERLIN).date()
    for offset in range(0, 120, 3):
        day = today - timedelta(days=offset)
        start = datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN)
        MigraineAttack.objects.create(
            owner=alice,
            started_at=start,
            ended_at=start + timedelta(hours=5),
            peak_intensity=3 + offset % 7,
            notes=f"Note on an attack {offset} days ago" if offset % 15 == 0 else "",
        )
    lupus = Condition.objects.get(slug="lupus")
    for offset in (20, 70):
        Flare.objects.create(
            owner=alice,
            condition=lupus,
            started_on=today - timedelta(days=offset),
            ended_on=today - timedelta(days=offset - 6),
            notes="Flare note: hands stiff in the morning",
        )
    naproxen = Medication.objects.create(
        owner=alice,
        name="Naproxen with a rather long name for a narrow column",
        category="nsaid",
        purpose="acute",
    )
    for offset in range(0, 90, 2):
        day = today - timedelta(days=offset)
        MedicationDose.objects.create(
            medication=naproxen, taken_at=datetime(day.year, day.month, day.day, 8, tzinfo=BERLIN)
        )
        DailyCheckIn.objects.create(owner=alice, day=day, sleep_hours=5 + offset % 4, stress=3)
    # A preventive with a baseline and two windows: its response table is on the report.
    Medication.objects.create(
        owner=alice,
        name="Propranolol",
        category="beta_blocker",
        purpose="preventive",
        started_on=today - timedelta(days=60),
    )
    return alice


def open_report(page, live_server, path: str = "/report/") -> None:
    page.goto(live_server.url + path)
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")


def test_the_report_draws_its_chart_and_table(page, live_server, client, diary, console_errors):
    log_in(page, live_server, client, diary)
    open_report(page, live_server)

    # Ninety days are drawn as weeks, and the table under the chart has a row per bar.
    bars = page.evaluate(CHART_BARS)
    assert 13 <= bars <= 15
    assert page.locator("#chart-table tbody tr").count() == bars
    assert page.evaluate(COLOURED_PIXELS, "report-chart") > 1000
    expect(page.locator("#report-notes")).to_contain_text("Flare note: hands stiff")

    page.get_by_role("link", name="Last 30 days").click()
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    assert page.evaluate(CHART_BARS) == 30
    assert page.locator("#chart-table tbody tr").count() == 30
    assert console_errors == []


def test_the_timeline_links_to_the_report_of_the_period_it_shows(
    page, live_server, client, diary, console_errors
):
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    page.get_by_role("button", name="Last 30 days").click()
    expect(page.locator("#range-status")).to_contain_text("Showing")

    page.get_by_role("link", name="Printable report for this period").click()
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    assert page.evaluate(CHART_BARS) == 30
    assert console_errors == []


def test_the_print_button_is_a_button_that_prints(page, live_server, client, diary, console_errors):
    log_in(page, live_server, client, diary)
    open_report(page, live_server)
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")

    button = page.get_by_role("button", name="Print or save as PDF")
    expect(button).to_be_visible()
    assert button.evaluate("(element) => element.tagName + ' ' + element.type") == "BUTTON button"
    button.focus()
    page.keyboard.press("Enter")
    button.click()

    assert page.evaluate("() => window.printed") == 2
    assert console_errors == []


@pytest.mark.parametrize("paper", sorted(PRINTABLE_WIDTHS))
def test_on_paper_the_controls_are_hidden_and_everything_fits(
    page, live_server, client, diary, paper, console_errors
):
    width = PRINTABLE_WIDTHS[paper]
    log_in(page, live_server, client, diary)
    open_report(page, live_server, "/report/?start=2000-01-01")
    page.set_viewport_size({"width": width, "height": 1000})
    page.emulate_media(media="print")
    # The browser's print dialog sends beforeprint, which redraws the chart for paper.
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator("#report")).to_have_attribute("data-chart", "print")

    for hidden in ["nav", ".site-footer", "#print-report", ".report-controls", ".report-actions"]:
        expect(page.locator(hidden).first).to_be_hidden()
    for shown in [
        "#numbers-table",
        "#report-chart",
        "#chart-table",
        "#months-table",
        "#medications-table",
        ".response-table",
        "#report-notes",
        ".learn-disclaimer",
    ]:
        expect(page.locator(shown)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(OVERFLOWING, width) == []
    chart_box = page.locator("#report-chart").bounding_box()
    assert 0 < chart_box["width"] <= width and chart_box["height"] > 100
    assert page.evaluate(COLOURED_PIXELS, "report-chart") > 1000
    # Black text on white paper, whatever the screen theme.
    assert page.evaluate("getComputedStyle(document.querySelector('#numbers-heading')).color") == (
        "rgb(0, 0, 0)"
    )

    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    page_rule = page.evaluate(PAGE_RULE)
    assert "size: auto" in page_rule and "margin: 15mm" in page_rule
    pdf = page.pdf(format=paper, prefer_css_page_size=False)
    assert pdf.startswith(b"%PDF")
    assert console_errors == []


def test_the_report_has_no_accessibility_violations(
    page, live_server, client, diary, axe_in_every_theme, console_errors
):
    axe_violations = axe_in_every_theme
    theme = "dark"
    diary.theme = theme
    diary.save()
    log_in(page, live_server, client, diary)
    open_report(page, live_server)

    assert page.locator("html").get_attribute("data-bs-theme") == theme
    assert axe_violations(page) == []

    open_report(page, live_server, "/report/?start=2025-13-01")
    expect(page.get_by_role("alert")).to_contain_text("Give start and end as dates")
    assert axe_violations(page) == []
    assert console_errors == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_clinicians_copy_draws_stays_in_the_clinic_and_hides_unshared_notes(
    page,
    live_server,
    client,
    diary,
    bob,
    alice_shares_with_bob,
    theme,
    axe_violations,
    console_errors,
):
    bob.theme = theme
    bob.save()
    log_in(page, live_server, client, bob)
    url = f"/clinic/{diary.uuid}/report/"
    open_report(page, live_server, url)

    expect(page.get_by_role("heading", level=1)).to_have_text("Report for Alice")
    assert page.evaluate(COLOURED_PIXELS, "report-chart") > 1000
    expect(page.locator("#report")).not_to_contain_text("Flare note")
    expect(page.locator("#report-notes")).to_have_count(0)
    expect(page.get_by_label("Leave my notes out of this report")).to_have_count(0)
    assert axe_violations(page) == []

    page.get_by_role("link", name="Last 30 days").click()
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    assert page.url.startswith(live_server.url + url)
    page.get_by_role("button", name="Show this period").click()
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    assert page.url.startswith(live_server.url + url + "?start=")
    assert page.evaluate(CHART_BARS) == 30
    assert console_errors == []
