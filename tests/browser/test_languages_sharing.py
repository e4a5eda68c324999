"""Sharing and the clinic in other languages, in Chromium: a patient invites a clinician and
ends the share in Spanish with no English left on the way (each page compared with the same
steps in English), and a clinician's list on a phone in German opens a patient with
nothing wider than the screen."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import CareShare
from diary.models import MigraineAttack
from tests.browser.conftest import log_in
from tests.conftest import give_totp, make_patient, make_share
from tests.test_i18n import untranslated

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}

# What each step's page is called, and the words the test clicks, in each language.
WORDS = {
    "en": {
        "menu": "English",
        "change_language": "Change language",
        "sharing": "Sharing",
        "address": "Clinician's e-mail address",
        "days": "90 days",
        "send": "Send invitation",
        "sent": "is on its way",
        "revoke": "Revoke",
        "end": "End access now",
        "ended": "has ended, as of now",
        "revoked": "Revoked",
    },
    "es": {
        "menu": "Español",
        "change_language": "Cambiar idioma",
        "sharing": "Compartir",
        "address": "Correo electrónico del profesional de la salud",
        "days": "90 días",
        "send": "Enviar invitación",
        "sent": "está en camino",
        "revoke": "Retirar",
        "end": "Terminar el acceso ahora",
        "ended": "ha terminado desde este momento",
        "revoked": "Retirado",
    },
}


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def share_and_revoke(page, live_server, language: str, address: str, password: str) -> dict:
    """Invite `address` from the sharing page and end the share; the page of each step."""
    words = WORDS[language]
    seen = {}
    page.goto(live_server.url + "/sharing/")
    expect(page.get_by_role("heading", level=1)).to_have_text(words["sharing"])
    seen["sharing"] = page.content()

    page.get_by_label(words["address"]).fill(address)
    page.get_by_label(words["days"]).check()
    page.get_by_role("button", name=words["send"]).click()
    if "/reauthenticate/" in page.url:  # Overlap asks for the password first
        expect(page.locator("html")).to_have_attribute("lang", language)
        seen["password"] = page.content()
        page.locator("#id_password").fill(password)
        page.locator("main form button[type=submit]").click()
    expect(page.locator(".alert-success")).to_contain_text(words["sent"])
    seen["invited"] = page.content()

    share = CareShare.objects.get(invite_email=address)
    page.locator(f'a[href="/sharing/{share.pk}/revoke/"]').click()
    expect(page.get_by_role("button", name=words["end"])).to_be_visible()
    seen["question"] = page.content()

    page.get_by_role("button", name=words["end"]).click()
    expect(page.locator(".alert-success")).to_contain_text(words["ended"])
    expect(page.locator('#shares-table [data-state="revoked"]').first).to_have_text(
        words["revoked"]
    )
    seen["revoked"] = page.content()
    share.refresh_from_db()
    assert share.state == CareShare.State.REVOKED
    return seen


def choose_language(page, language: str) -> None:
    page.get_by_label("Language").or_(page.get_by_label("Idioma")).select_option(
        label=WORDS[language]["menu"]
    )
    page.locator(".language-form button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", language)


def test_a_patient_shares_and_ends_it_in_spanish_with_no_english_left(
    page, live_server, client, alice, password, console_errors, axe_violations
):
    page.set_viewport_size(PHONE)
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/")
    choose_language(page, "es")

    spanish = share_and_revoke(page, live_server, "es", "dra.sol@example.com", password)

    assert fits_the_screen(page)
    assert axe_violations(page) == []
    alice.refresh_from_db()
    assert alice.language == "es"
    # The same steps in English, for the words to compare.
    choose_language(page, "en")
    english = share_and_revoke(page, live_server, "en", "dr.moon@example.com", password)
    assert "password" in spanish
    for step in ("sharing", "invited", "question", "revoked"):
        left = untranslated({"en": english[step], "es": spanish[step]}, "es")
        # Names and addresses are the same in every language.
        left -= {"Alice", "dra.sol@example.com", "dr.moon@example.com"}
        assert left == set(), step
    assert console_errors == []


def test_a_clinicians_list_on_a_phone_in_german_opens_a_patient(
    page, live_server, client, alice, bob, console_errors, axe_violations
):
    give_totp(bob)
    bob.language = "de"
    bob.save(update_fields=["language"])
    make_share(alice, bob)
    started = timezone.now() - datetime.timedelta(days=2)
    MigraineAttack.objects.create(
        owner=alice, started_at=started, ended_at=started + datetime.timedelta(hours=3)
    )
    for number in range(3):
        make_share(make_patient(f"p{number}@example.com", display_name=f"Patient {number}"), bob)
    page.set_viewport_size(PHONE)
    log_in(page, live_server, client, bob)

    page.goto(live_server.url + "/clinic/")

    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text("Meine Patientinnen und Patienten")
    expect(page.locator(".clinic-patient").first).to_contain_text("Braucht Aufmerksamkeit")
    expect(page.get_by_label("Patientin oder Patient suchen")).to_be_visible()
    assert fits_the_screen(page)
    assert axe_violations(page) == []
    card = page.locator(".clinic-patient", has_text="Alice")
    expect(card).to_contain_text("Migränetage, letzte 30 Tage")
    for action in ("Zeitverlauf von Alice", "Bericht von Alice"):
        box = card.get_by_role("link", name=action).bounding_box()
        assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"]

    card.get_by_role("link", name="Alice", exact=True).click()

    page.wait_for_url(re.compile(f"/clinic/{alice.uuid}/timeline/"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    assert fits_the_screen(page)
    assert console_errors == []


@pytest.mark.parametrize("language", ["de", "pt-br"])
def test_the_sharing_page_with_every_kind_of_share_fits_a_phone(
    page, live_server, client, alice, bob, console_errors, language
):
    alice.language = language
    alice.save(update_fields=["language"])
    now = timezone.now()
    make_share(alice, bob, sections_changed_at=now)
    make_share(alice, None, invitation_delivery=CareShare.Delivery.FAILED)
    make_share(alice, bob, revoked_at=now)
    page.set_viewport_size(PHONE)
    log_in(page, live_server, client, alice)

    page.goto(live_server.url + "/sharing/")

    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("#shares-table tbody tr")).to_have_count(3)
    assert fits_the_screen(page)
    page.locator(".share-sections-edit summary").first.click()
    assert fits_the_screen(page)
    assert console_errors == []
