"""The quick log in German on a phone, end to end: its scripts' words (the outbox, the
offline notices, the check-in's refusals) come from the German JavaScript catalogue, what
was logged offline reaches the diary once back online, and neither the quick log nor the
attack form overflows 375 pixels (German words are long)."""

import pytest

from accounts.models import User
from diary.models import Medication, MedicationDose, MigraineAttack
from tests.browser.conftest import log_in, wait_until
from tests.browser.test_offline import QUICK_LOG_KEPT, SERVICE_WORKER_ACTIVE
from tests.conftest import make_patient

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 740}


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.fixture
def greta(db) -> User:
    user = make_patient("greta@example.com", display_name="Greta", timezone="Europe/Berlin")
    user.language = "de"
    user.save(update_fields=["language"])
    Medication.objects.create(
        owner=user,
        name="Sumatriptan",
        category="triptan",
        purpose="acute",
        usual_amount="50 mg",
        usual_for_attacks=True,
    )
    return user


def test_the_quick_log_works_in_german_offline_and_fits_a_phone(
    page, live_server, client, greta, console_errors, axe_violations
):
    page.set_viewport_size(PHONE)
    log_in(page, live_server, client, greta)
    page.goto(live_server.url + "/")
    wait_until(page, SERVICE_WORKER_ACTIVE)
    wait_until(page, QUICK_LOG_KEPT)
    page.goto(live_server.url + "/diary/quick-log/")
    page.locator("#quick-log[data-state-loaded]").wait_for(state="attached")

    assert page.locator("html").get_attribute("lang") == "de"
    page.get_by_role("heading", name="Schnelleintrag", level=1).wait_for()
    page.get_by_text("Nichts wartet auf den Abgleich.").wait_for()
    assert fits_the_screen(page)
    assert axe_violations(page) == []

    # The check-in refuses in German, from the script, before anything is kept.
    page.get_by_role("button", name="Heutigen Tageseintrag speichern").click()
    page.get_by_role("alert").filter(
        has_text="Nichts wurde gespeichert. Beantworten Sie mindestens eine Frage."
    ).wait_for()
    page.get_by_label("Stunden Schlaf letzte Nacht").fill("30")
    page.get_by_role("button", name="Heutigen Tageseintrag speichern").click()
    page.get_by_role("alert").filter(
        has_text="Stunden Schlaf ist eine Zahl von 0 bis 24 in halben Stunden."
    ).wait_for()
    page.get_by_label("Stunden Schlaf letzte Nacht").fill("")

    # Offline: every tap is kept on the phone, and the page says so in German.
    page.context.set_offline(True)
    page.get_by_role("button", name="Attacke jetzt beginnen").click()
    page.get_by_role("status").filter(
        has_text="Auf diesem Telefon gespeichert, wird abgeglichen."
    ).wait_for()
    page.get_by_text("1 Eintrag auf diesem Telefon gespeichert, noch nicht abgeglichen.").wait_for()
    page.get_by_role("heading", name="Attacke läuft").wait_for()
    assert page.locator("#attack-since").inner_text().startswith("Begonnen um ")
    page.get_by_role("button", name="Sumatriptan (50 mg) genommen").click()
    page.get_by_text(
        "2 Einträge auf diesem Telefon gespeichert, noch nicht abgeglichen."
    ).wait_for()
    page.get_by_role("button", name="Die Attacke ist vorbei: jetzt beenden").click()
    page.get_by_text(
        "3 Einträge auf diesem Telefon gespeichert, noch nicht abgeglichen."
    ).wait_for()
    page.get_by_role("heading", name="Haben Sie eine Attacke?").wait_for()
    assert fits_the_screen(page)
    assert not MigraineAttack.objects.exists()

    # Back online: the diary has it all, and the page says so in German.
    page.context.set_offline(False)
    page.get_by_text("Nichts wartet auf den Abgleich.").wait_for()
    page.get_by_role("status").filter(has_text="Mit Ihrem Tagebuch abgeglichen.").wait_for()
    attack = MigraineAttack.objects.get()
    assert attack.ended_at is not None
    assert MedicationDose.objects.get().attack == attack
    assert fits_the_screen(page)

    # The attack form, in German, with its long labels and error messages, on the phone.
    page.goto(live_server.url + "/diary/migraines/new/")
    page.get_by_role("heading", name="Attacke eintragen", level=1).wait_for()
    assert fits_the_screen(page)
    page.locator("#id_started_at").fill("2020-01-02T10:00")
    page.locator("#id_ended_at").fill("2020-01-01T10:00")
    page.get_by_role("button", name="Attacke speichern").click()
    page.get_by_text("Das Ende liegt vor dem Beginn. Prüfen Sie beide Zeiten.").wait_for()
    assert fits_the_screen(page)
    assert axe_violations(page) == []
    # Only the requests refused while offline.
    assert [error for error in console_errors if "ERR_INTERNET_DISCONNECTED" not in error] == []
