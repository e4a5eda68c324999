"""The medication form in Chromium at 375 px: typing a brand suggests catalogue entries,
Escape closes them and the arrows open them again, the keyboard picks one, which fills the
kind, the purpose, the amount and the one-tap box; a preventive-only kind saved to treat an
attack is asked about first; a free-text medicine still saves. axe finds nothing, with the
suggestions open and after."""

import os

import pytest

from diary.models import Medication
from education.models import Medicine
from tests.browser.conftest import log_in, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
SCREENSHOTS = os.environ.get("OVERLAP_SCREENSHOTS", "")


def open_form(page, live_server, client, user, query: str = "") -> None:
    log_in(page, live_server, client, user)
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/diary/medications/{query}")


def test_a_patient_types_a_brand_and_picks_it_with_the_keyboard(
    page, live_server, client, alice, console_errors, axe_violations
):
    open_form(page, live_server, client, alice, "?one_tap=1")
    name = page.get_by_role("combobox", name="Name")

    name.focus()
    page.keyboard.type("imig")
    page.get_by_role("option", name="Imigran (Sumatriptan)").wait_for()
    assert name.get_attribute("aria-expanded") == "true"
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    # Escape closes the list; the down arrow opens it again.
    page.keyboard.press("Escape")
    wait_until(page, "() => document.querySelector('[role=listbox]').hidden")
    assert name.get_attribute("aria-expanded") == "false"
    page.keyboard.press("ArrowDown")
    page.get_by_role("option", name="Imigran (Sumatriptan)").wait_for()

    page.keyboard.press("ArrowDown")
    option_id = page.get_by_role("option", name="Imigran (Sumatriptan)").get_attribute("id")
    assert name.get_attribute("aria-activedescendant") == option_id
    page.keyboard.press("Enter")

    # Picking fills the form and submits nothing.
    assert name.input_value() == "Imigran"
    assert name.get_attribute("aria-expanded") == "false"
    assert page.locator("#id_category").input_value() == "triptan"
    assert page.get_by_label("To treat an attack or pain when it happens").is_checked()
    assert page.locator("#id_usual_amount").input_value() == "50 mg"
    assert page.get_by_label("Show a one-tap button for it during an attack").is_checked()
    assert Medication.objects.count() == 0

    page.get_by_role("button", name="Add to my list").click()
    page.get_by_text("Imigran is added to your list.").wait_for()
    medication = Medication.objects.get()
    assert (medication.name, medication.category, medication.purpose) == (
        "Imigran",
        "triptan",
        "acute",
    )
    assert medication.usual_amount == "50 mg"
    assert medication.usual_for_attacks is True
    assert medication.catalogue_entry == Medicine.objects.get(generic_name="Sumatriptan")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert console_errors == []


def test_a_medicine_the_catalogue_does_not_know_saves_as_typed(
    page, live_server, client, alice, console_errors
):
    open_form(page, live_server, client, alice)
    name = page.get_by_role("combobox", name="Name")

    name.focus()
    with page.expect_response(lambda response: "q=ginger" in response.url):
        page.keyboard.type("ginger")
    assert page.locator("[role=listbox] [role=option]").count() == 0
    assert name.get_attribute("aria-expanded") == "false"
    page.locator("#id_category").select_option("other")
    page.get_by_label("To prevent attacks").check()
    page.get_by_role("button", name="Add to my list").click()

    page.get_by_text("ginger is added to your list.").wait_for()
    medication = Medication.objects.get()
    assert (medication.name, medication.category, medication.purpose) == (
        "ginger",
        "other",
        "preventive",
    )
    assert medication.catalogue_entry is None
    assert medication.usual_for_attacks is False
    assert console_errors == []


def test_a_preventive_picked_then_saved_to_treat_an_attack_is_asked_about(
    page, live_server, client, alice, console_errors, axe_violations
):
    open_form(page, live_server, client, alice, "?one_tap=1")
    name = page.get_by_role("combobox", name="Name")

    name.focus()
    page.keyboard.type("aimo")
    page.get_by_role("option", name="Aimovig (Erenumab)").click()
    assert page.get_by_label("To prevent attacks").is_checked()
    # A preventive gets no one-tap button, even from the one-tap prompt.
    assert not page.get_by_label("Show a one-tap button for it during an attack").is_checked()

    page.get_by_label("To treat an attack or pain when it happens").check()
    page.get_by_role("button", name="Add to my list").click()

    page.get_by_text("One question before saving: nothing is saved yet.").wait_for()
    assert Medication.objects.count() == 0
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    page.get_by_label("Yes, I take it to treat an attack").check()
    page.get_by_role("button", name="Add to my list").click()
    page.get_by_text("Aimovig is added to your list.").wait_for()
    medication = Medication.objects.get()
    assert (medication.category, medication.purpose) == ("cgrp_antibody", "acute")
    assert console_errors == []


def test_the_one_tap_box_follows_the_purpose_until_the_patient_sets_it(
    page, live_server, client, alice, console_errors
):
    open_form(page, live_server, client, alice)
    one_tap = page.get_by_label("Show a one-tap button for it during an attack")
    assert not one_tap.is_checked()

    page.get_by_role("combobox", name="Name").focus()
    page.keyboard.type("nurofen")
    page.get_by_role("option", name="Nurofen (Ibuprofen)").click()
    # An acute medicine gets the one-tap button by default.
    assert page.get_by_label("To treat an attack or pain when it happens").is_checked()
    assert one_tap.is_checked()
    page.get_by_label("To treat my autoimmune disease").check()
    assert not one_tap.is_checked()

    # Once the patient sets the box, it stays as they set it.
    one_tap.check()
    page.get_by_label("To prevent attacks").check()
    assert one_tap.is_checked()
    assert console_errors == []


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_the_suggestions_pass_axe_in_the_dark_and_high_contrast_themes(
    page, live_server, client, alice, theme, console_errors, axe_violations
):
    alice.theme = theme
    alice.save()
    open_form(page, live_server, client, alice)

    page.get_by_role("combobox", name="Name").focus()
    page.keyboard.type("trip")
    page.locator("[role=listbox] [role=option]").first.wait_for()
    page.keyboard.press("ArrowDown")

    assert page.locator("html").get_attribute("data-bs-theme") is not None
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"medicine_suggestions_{theme}.png"))
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert console_errors == []


def test_the_start_day_is_asked_for_a_preventive_and_not_for_an_attack_medicine(
    page, live_server, client, alice, console_errors, axe_violations
):
    open_form(page, live_server, client, alice)
    started = page.get_by_label("When did you start it?")
    assert started.is_visible()

    page.get_by_role("combobox", name="Name").fill("Propranolol")
    # The catalogue's suggestions open over the form: closed first, so that the clicks
    # below land on the form rather than on a suggestion (which would pick it).
    page.locator("[role=listbox] [role=option]").first.wait_for()
    page.keyboard.press("Escape")
    wait_until(page, "() => document.querySelector('[role=listbox]').hidden")
    page.locator("#id_category").select_option("beta_blocker")
    page.get_by_label("To treat an attack or pain when it happens").check()
    wait_until(page, "() => document.querySelector('#id_started_on').closest('.mb-3').hidden")
    assert not started.is_visible()

    page.get_by_label("To prevent attacks").check()
    started.wait_for(state="visible")
    started.fill("2025-03-05")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Add to my list").click()

    page.get_by_text("Propranolol is added to your list.").wait_for()
    assert Medication.objects.get().started_on.isoformat() == "2025-03-05"
    page.get_by_text("started on 5 March 2025").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert console_errors == []
