"""A curator who works in German translates a page into Spanish in the admin, on a phone
(375 px, nothing overflows), publishes it, and a reader in Spanish reads it (issue 21)."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from education.models import Page, PageTranslation
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 800}


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_curator_in_german_translates_a_page_into_spanish_for_a_spanish_reader(
    page, browser, live_server, client, carol, console_errors
):
    original = Page.objects.create(
        title="Resting on zyxlark days",
        slug="resting-on-zyxlark-days",
        summary="Small ways to rest when a flare and a migraine overlap.",
        body="## Rest before you need it\n\nShort, planned breaks help on zyxlark days.",
        category=Page.Category.MANAGEMENT,
        status=Page.Status.PUBLISHED,
        published_at=timezone.now(),
    )
    carol.language = "de"
    carol.save(update_fields=["language"])
    log_in(page, live_server, client, carol)
    page.set_viewport_size(PHONE)

    page.goto(live_server.url + "/admin/education/pagetranslation/overview/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", name="Übersetzungen der Wissensseiten")).to_be_visible()
    row = page.get_by_role("row", name="Resting on zyxlark days")
    row.locator('td[data-language="es"]').get_by_role("link", name="Fehlt").click()

    # The translation form, in German, fits a phone.
    expect(page.get_by_text("Diese Übersetzung folgt dem Original")).to_be_visible()
    assert page.locator("#id_page").input_value() == str(original.pk)
    assert page.locator("#id_language").input_value() == "es"
    assert fits_the_screen(page)
    page.locator("#id_title").fill("Descansar en los días zyxlark")
    page.locator("#id_summary").fill(
        "Formas sencillas de descansar cuando coinciden un brote y una crisis."
    )
    page.locator("#id_body").fill(
        "## Descanse antes de necesitarlo\n\nLas pausas cortas y planificadas ayudan."
    )
    page.locator("#id_status").select_option(label="Veröffentlicht")
    page.locator('input[name="_continue"]').click()

    # Saved: the form now shows the original's text too, and still fits the phone.
    expect(page.locator(".messagelist .success")).to_be_visible()
    expect(page.locator(".messagelist")).not_to_contain_text("successfully")
    page.get_by_text("Text des Originals anzeigen").click()
    expect(page.locator("pre.original-text")).to_contain_text("Short, planned breaks")
    assert fits_the_screen(page)
    translation = PageTranslation.objects.get(page=original, language="es")
    assert translation.is_published

    # A reader whose browser speaks Spanish reads the Spanish page.
    reader_context = browser.new_context(locale="es-ES")
    try:
        reader = reader_context.new_page()
        reader.goto(live_server.url + "/learn/resting-on-zyxlark-days/")
        expect(reader.locator("html")).to_have_attribute("lang", "es")
        expect(
            reader.get_by_role("heading", name="Descansar en los días zyxlark", level=1)
        ).to_be_visible()
        expect(reader.get_by_role("heading", name="Descanse antes de necesitarlo")).to_be_visible()
        expect(reader.get_by_text("zyxlark days")).to_have_count(0)
    finally:
        reader_context.close()
    assert console_errors == []
