"""Questionnaires in Chromium at 375 px: answering by tapping radio rows, and the safety rule
(an answer above zero on PHQ-9 item 9 shows where to get urgent help at once, in light, dark
and high-contrast themes, and again on the response's page later), with axe clean."""

import json

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from diary.instruments import instruments
from diary.models import QuestionnaireResponse
from diary.questionnaires import response_submit
from tests.browser.conftest import draw_charts, log_in, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def tap_answer(page, item: int, text: str) -> None:
    group = page.locator("fieldset.questionnaire-item").nth(item - 1)
    group.locator("label.answer-option", has_text=text).click()


def test_a_nonzero_answer_on_item_9_shows_urgent_help_at_once_and_on_the_response_later(
    page, live_server, client, alice, axe_in_every_theme, console_errors
):
    axe_violations = axe_in_every_theme
    theme = "contrast"
    alice.theme = theme
    alice.save()
    log_in(page, live_server, client, alice)
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(live_server.url + "/diary/questionnaires/phq9/")
    assert page.locator("html").get_attribute("data-bs-theme") == theme
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert axe_violations(page) == []

    urgent = page.locator("#urgent-help")
    expect(urgent).to_be_hidden()
    for item in range(1, 9):
        tap_answer(page, item, "Not at all")
    expect(urgent).to_be_hidden()
    tap_answer(page, 9, "Several days")

    # At once, without submitting, in view just below the question.
    expect(urgent).to_be_visible()
    expect(urgent).to_be_in_viewport()
    expect(urgent).to_contain_text("If you are having thoughts of hurting yourself")
    expect(urgent).to_contain_text("findahelpline.com")
    assert axe_violations(page) == []

    # Every answer is a full-width row, easy to tap.
    for row in page.locator("label.answer-option").all()[:4]:
        box = row.bounding_box()
        assert box["height"] >= 44
        assert box["width"] >= 300

    page.get_by_role("button", name="Submit my answers").click()
    expect(page.locator("#score-total")).to_have_text("1")
    response = QuestionnaireResponse.objects.get(owner=alice)
    assert page.url.endswith(response.get_absolute_url())
    expect(page.locator("#urgent-help")).to_be_visible()
    assert axe_violations(page) == []

    # Later, from the list of completed questionnaires: still there, before the score.
    page.goto(live_server.url + "/diary/questionnaires/")
    page.get_by_role("link", name="PHQ-9,").click()
    expect(page.locator("#urgent-help")).to_be_visible()
    expect(page.locator("#urgent-help")).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert console_errors == []


def test_pausing_and_resuming_on_a_phone(page, live_server, client, alice, axe_violations):
    log_in(page, live_server, client, alice)
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(live_server.url + "/diary/questionnaires/")
    assert axe_violations(page) == []
    page.get_by_role("checkbox", name="PHQ-9").check()
    page.get_by_label("How often the PHQ-9 comes due when kept").select_option("28")
    page.get_by_role("button", name="Save my choice").click()
    expect(page.get_by_text("Your choice of questionnaires is saved.")).to_be_visible()
    expect(page.get_by_label("How often the PHQ-9 comes due when kept")).to_have_value("28")
    assert axe_violations(page) == []

    page.goto(live_server.url + "/")
    page.locator("#questionnaires-due").get_by_role("link", name="PHQ-9").click()
    tap_answer(page, 1, "More than half the days")
    tap_answer(page, 2, "Several days")
    page.get_by_role("button", name="Save and finish later").click()
    expect(page.get_by_text("Carry on whenever you like")).to_be_visible()

    page.get_by_role("link", name="Carry on with the PHQ-9").click()
    expect(page.get_by_text("Welcome back")).to_be_visible()
    first = page.locator("fieldset.questionnaire-item").nth(0)
    expect(first.get_by_label("More than half the days")).to_be_checked()
    assert axe_violations(page) == []
    for item in range(3, 10):
        tap_answer(page, item, "Not at all")
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.locator("#score-total")).to_have_text("3")
    expect(page.locator("#urgent-help")).to_have_count(0)
    assert axe_violations(page) == []

    # The report shows the result too.
    page.goto(live_server.url + "/report/")
    expect(page.locator("#report-questionnaires")).to_contain_text("was 3 (possible range")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # At 375 px the report's own wide tables (not this section) scroll without a focus stop.
    page.set_viewport_size({"width": 1280, "height": 900})
    assert axe_violations(page) == []


def midas_wording() -> dict:
    return {
        "instrument": "midas",
        "licence": "Used under the test site's licence.",
        "instructions": "Licensed MIDAS instructions.",
        "items": {str(n): {"text": f"Licensed MIDAS question {n}"} for n in range(1, 6)},
    }


def test_a_licensed_instrument_with_number_answers_works_at_375_pixels(
    page, live_server, client, alice, axe_violations, console_errors, tmp_path
):
    path = tmp_path / "midas.json"
    path.write_text(json.dumps(midas_wording()), encoding="utf-8")
    call_command("load_instrument_wording", str(path), verbosity=0)
    alice.theme = "dark"
    alice.save()
    log_in(page, live_server, client, alice)
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(live_server.url + "/diary/questionnaires/midas/")
    expect(page.get_by_text("Licensed MIDAS question 5")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert axe_violations(page) == []

    for index, days in enumerate(["2", "4", "3", "5", "100"], start=1):
        page.locator(f"#item-{index}").fill(days)
    page.get_by_role("button", name="Submit my answers").click()
    # The browser leaves the form's checks to the server (novalidate): one clear message.
    expect(page.locator("#answer-errors")).to_contain_text(
        "Question 5: give a number from 0 to 92."
    )
    assert not QuestionnaireResponse.objects.exists()
    assert axe_violations(page) == []

    page.locator("#item-5").fill("1")
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.locator("#score-total")).to_have_text("15")
    expect(page.locator("#score-text")).to_contain_text("grade III, moderate disability")
    assert axe_violations(page) == []
    assert console_errors == []


def test_the_timeline_shows_a_marker_per_questionnaire_with_its_words(
    page, live_server, client, alice, axe_violations, console_errors
):
    known = instruments()
    response_submit(
        owner=alice, known=known["phq9"], raw={str(n): "1" for n in range(1, 10)}, token=None
    )
    response_submit(
        owner=alice, known=known["gad7"], raw={str(n): "2" for n in range(1, 8)}, token=None
    )
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/timeline/")

    words = page.locator("#questionnaire-list")
    expect(words).to_contain_text("Questionnaires in this period")
    expect(words).to_contain_text(": 9, mild")
    expect(words).to_contain_text(": 14, moderate")
    draw_charts(page, "timeline-chart")
    labels = page.evaluate(
        "() => Chart.getChart('timeline-chart').data.datasets.map(set => set.label)"
    )
    assert labels[-2:] == ["PHQ-9", "GAD-7"]
    assert axe_violations(page) == []
    # On a phone: the page opened at 375 px fits it, questionnaires included.
    page.set_viewport_size({"width": 375, "height": 812})
    page.reload()
    expect(words).to_be_visible()
    draw_charts(page, "timeline-chart")
    wait_until(page, "() => document.documentElement.scrollWidth <= 375")
    assert console_errors == []
