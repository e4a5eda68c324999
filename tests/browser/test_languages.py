"""A visitor picks their language on a phone: the landing page and sign-up show it, the
page's scripts speak it (the JavaScript catalogue under the strict CSP), nothing overflows
375 pixels (German words are long) and axe finds nothing in any theme."""

import pytest
from playwright.sync_api import expect

from accounts.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 800}

# The menu's name for each language, and words each page shows in it.
LANGUAGES = {
    "es": {
        "name": "Español",
        "landing": "Un diario para la migraña y las enfermedades autoinmunes",
        "start": "Empiece su diario",
        "signup": "Crear cuenta",
        "still_there": "¿Sigue ahí?",
        "minutes": "5 minutos",
    },
    "pt-br": {
        "name": "Português (Brasil)",
        "landing": "Um diário para enxaqueca e doenças autoimunes",
        "start": "Comece seu diário",
        "signup": "Criar conta",
        "still_there": "Você ainda está aí?",
        "minutes": "5 minutos",
    },
    "de": {
        "name": "Deutsch",
        "landing": "Ein Tagebuch für Migräne und Autoimmunerkrankungen",
        "start": "Tagebuch beginnen",
        "signup": "Registrieren",
        "still_there": "Sind Sie noch da?",
        "minutes": "5 Minuten",
    },
}


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_picks_a_language_on_a_phone_and_signs_up_in_it(
    page, live_server, console_errors, axe_in_every_theme, language
):
    words = LANGUAGES[language]
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.get_by_label("Language").select_option(label=words["name"])
    page.get_by_role("button", name="Change language").click()

    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(words["landing"])
    assert fits_the_screen(page)
    assert axe_in_every_theme(page) == []
    # The page's scripts have their words too, from /jsi18n/<language>/.
    assert page.evaluate("gettext('Are you still there?')") == words["still_there"]
    assert (
        page.evaluate("interpolate(ngettext('%s minute', '%s minutes', 5), [5])")
        == words["minutes"]
    )

    page.get_by_role("link", name=words["start"]).click()

    page.wait_for_url("**/accounts/signup/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(words["signup"])
    assert fits_the_screen(page)
    assert axe_in_every_theme(page) == []

    page.locator("#id_email").fill(f"new-{language}@example.com")
    page.locator("#id_password1").fill("a calm walk by the river 7")
    page.locator("#id_password2").fill("a calm walk by the river 7")
    page.get_by_role("button", name=words["signup"]).click()

    expect(page.locator("html")).to_have_attribute("lang", language)
    assert fits_the_screen(page)
    assert User.objects.get(email=f"new-{language}@example.com").language == language
    assert console_errors == []
