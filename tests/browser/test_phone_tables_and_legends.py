"""At 375 px, in the light and dark themes: every wide table of the timeline, the report,
the home page and the sharing page is a visible, focusable scroll area with a name and a hint (axe's
scrollable-region-focusable stays clean), every chart has one legend, and a long
medicine name wraps between words."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe

from accounts.models import AccessEvent
from accounts.services import access_record
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition
from tests.browser.conftest import SHOW_THEME, THEMES, draw_charts, log_in, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BERLIN = ZoneInfo("Europe/Berlin")
LONG_NAME = "Hydroxychloroquine-sulfate-extended-release-tablets"

# For each chart: how many legends it has, Chart.js's own (when shown) and the page's.
LEGENDS = """(id) => {
  const chart = Chart.getChart(document.getElementById(id));
  const own = chart && chart.options.plugins.legend.display !== false ? 1 : 0;
  return own + document.querySelectorAll('[data-legend-for="' + id + '"]').length;
}"""

# Each table's scroll area: focusable, named, described, and whether it scrolls.
SCROLL_AREAS = """() => Array.from(document.querySelectorAll("table")).map((table) => {
  const wrap = table.closest(".table-wrap");
  const hint = wrap && document.getElementById(wrap.getAttribute("aria-describedby"));
  return {
    id: table.id,
    tabindex: wrap && wrap.getAttribute("tabindex"),
    role: wrap && wrap.getAttribute("role"),
    name: wrap && document.getElementById(wrap.getAttribute("aria-labelledby")).textContent,
    hint: hint && hint.offsetParent !== null ? hint.textContent : null,
    scrolls: wrap.scrollWidth > wrap.clientWidth,
  };
})"""


@pytest.fixture
def diary(alice):
    today = datetime.now(BERLIN).date()
    for offset in range(0, 100, 4):
        day = today - timedelta(days=offset)
        start = datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN)
        MigraineAttack.objects.create(
            owner=alice, started_at=start, ended_at=start + timedelta(hours=5), peak_intensity=6
        )
    lupus = Condition.objects.get(slug="lupus")
    for offset in (10, 30, 50, 70, 90):  # five flares: the lag chart draws bars
        Flare.objects.create(
            owner=alice,
            condition=lupus,
            started_on=today - timedelta(days=offset),
            ended_on=today - timedelta(days=offset - 3),
        )
    medicine = Medication.objects.create(
        owner=alice, name=LONG_NAME, category="dmard", purpose="disease_modifying"
    )
    for offset in range(0, 28, 3):
        day = today - timedelta(days=offset)
        MedicationDose.objects.create(
            medication=medicine, taken_at=datetime(day.year, day.month, day.day, 8, tzinfo=BERLIN)
        )
        DailyCheckIn.objects.create(owner=alice, day=day, sleep_hours=6, stress=offset % 10)
    return alice


def scroll_region_violations(page) -> list[str]:
    results = Axe().run(
        page, options={"runOnly": {"type": "rule", "values": ["scrollable-region-focusable"]}}
    )
    return [
        f"{violation['id']}: {[node['target'] for node in violation['nodes']]}"
        for violation in results.response["violations"]
    ]


def open_tables(page) -> None:
    for details in page.locator("details").all():
        details.evaluate("(element) => { element.open = true; }")


def check_tables(page, *, scrolling: set[str]) -> None:
    areas = page.evaluate(SCROLL_AREAS)
    assert areas, "no table on the page"
    for area in areas:
        assert area["tabindex"] == "0", area
        assert area["role"] == "region", area
        assert area["name"].strip(), area
        assert area["hint"] == "Scroll sideways for every column.", area
    assert {area["id"] for area in areas if area["scrolls"]} >= scrolling
    # The widest one scrolls with the keyboard alone.
    table = sorted(scrolling)[0]
    wrap = page.locator(f"#{table}").locator("xpath=..")
    wrap.focus()
    assert page.evaluate("(id) => document.activeElement.querySelector('#' + id) !== null", table)
    page.keyboard.press("ArrowRight")
    wait_until(page, "(id) => document.getElementById(id).parentElement.scrollLeft > 0", table)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_the_timeline_at_375_px(
    page, live_server, client, diary, axe_in_every_theme, console_errors
):
    theme = "dark"
    diary.theme = theme
    diary.save()
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/timeline/")
    wait_until(
        page, "() => document.getElementById('timeline').getAttribute('aria-busy') === 'false'"
    )
    draw_charts(page, "timeline-chart", "months-chart", "lag-chart")
    open_tables(page)

    assert page.locator("html").get_attribute("data-bs-theme") == theme
    for chart in ("timeline-chart", "months-chart", "lag-chart"):
        assert page.evaluate(LEGENDS, chart) == 1, chart
    # A factor line drawn is named in the page's key, still the only legend.
    page.get_by_label("Sleep (hours)").check()
    assert page.locator('#timeline-key [data-factor="sleep"]').is_visible()
    assert page.evaluate(LEGENDS, "timeline-chart") == 1
    check_tables(page, scrolling={"timeline-table", "months-table"})
    for each in THEMES:
        page.evaluate(SHOW_THEME, each)
        assert band_contrast(page) >= 1.5, each  # was 1.46 on the dark theme, nearly invisible
    page.evaluate(SHOW_THEME, theme)
    assert scroll_region_violations(page) == []
    assert axe_in_every_theme(page) == []
    # Another period: its completeness sentence follows.
    page.get_by_role("button", name="Last 30 days").click()
    wait_until(
        page,
        "() => document.getElementById('period-completeness').textContent.includes(' of 30 days')",
    )
    assert console_errors == []


def band_contrast(page) -> float:
    """The contrast of the flare band, as drawn over the page's background, against it."""
    band, background = page.evaluate(
        "() => [getComputedStyle(document.documentElement).getPropertyValue('--ov-flare-band'),"
        " getComputedStyle(document.body).backgroundColor]"
    )
    *colour, alpha = [float(part) for part in re.findall(r"[\d.]+", band)]
    base = [float(part) for part in re.findall(r"[\d.]+", background)][:3]
    drawn = [alpha * c + (1 - alpha) * b for c, b in zip(colour, base, strict=True)]

    def luminance(rgb):
        def channel(value):
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = map(channel, rgb)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted([luminance(drawn), luminance(base)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_report_at_375_px(page, live_server, client, diary, axe_in_every_theme, console_errors):
    diary.theme = "dark"
    diary.save()
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, diary)
    page.goto(
        live_server.url
        + "/report/?start="
        + (datetime.now(BERLIN).date() - timedelta(days=20)).isoformat()
    )
    wait_until(
        page,
        "() => window.Chart && Boolean(Chart.getChart(document.getElementById('report-chart')))",
    )

    assert page.evaluate(LEGENDS, "report-chart") == 1
    check_tables(page, scrolling={"chart-table", "medications-table"})
    # The long name wraps between its parts (or hyphenated), never letter by letter: on
    # the screen and on paper, where the page-wide overflow-wrap: anywhere would split it.
    name = page.locator("#medications-table .medicine-name")
    assert name.inner_text() == LONG_NAME
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        style = name.evaluate(
            "(cell) => { const s = getComputedStyle(cell); return [s.overflowWrap, s.hyphens]; }"
        )
        assert style == ["normal", "auto"], media
        assert name.evaluate("(cell) => cell.scrollWidth <= cell.clientWidth"), media
    page.emulate_media(media="screen")
    assert scroll_region_violations(page) == []
    assert axe_in_every_theme(page) == []
    assert console_errors == []


def test_the_home_page_at_375_px(
    page, live_server, client, diary, axe_in_every_theme, console_errors
):
    diary.theme = "dark"
    diary.save()
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, diary)
    page.goto(live_server.url + "/")
    wait_until(
        page,
        "() => window.Chart && "
        "Boolean(Chart.getChart(document.getElementById('home-timeline-chart')))",
    )
    open_tables(page)

    assert page.evaluate(LEGENDS, "home-timeline-chart") == 1
    assert "You recorded" in page.locator("#summary-completeness").inner_text()
    assert scroll_region_violations(page) == []
    assert axe_in_every_theme(page) == []
    assert console_errors == []


def test_the_sharing_page_at_375_px(
    page, live_server, client, alice, alice_shares_with_bob, axe_in_every_theme, console_errors
):
    access_record(share=alice_shares_with_bob, what=AccessEvent.What.TIMELINE)
    alice.theme = "dark"
    alice.save()
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/sharing/")

    check_tables(page, scrolling={"shares-table"})
    assert scroll_region_violations(page) == []
    assert axe_in_every_theme(page) == []
    assert console_errors == []
