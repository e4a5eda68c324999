"""Importing a Migraine Buddy file in Chromium at phone width: upload, the preview, an
unknown trigger mapped to a catalogue one, the confirmation, the attacks in the diary and
on the timeline, and keeping the import; a background import's progress bar; no axe
violations on any of the pages."""

import pathlib

import pytest
from playwright.sync_api import expect

from diary.imports import progress
from diary.models import ImportBatch, MigraineAttack
from tests.browser.conftest import log_in, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SAMPLE = pathlib.Path(__file__).parent.parent / "diary" / "imports" / "samples"


def test_a_patient_imports_a_migraine_buddy_file_and_sees_it_in_the_diary(
    page, live_server, client, alice, axe_violations, console_errors
):
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/accounts/profile/")
    page.get_by_role("link", name="Import your history").click()
    expect(page.get_by_role("heading", name="Import your history")).to_be_visible()
    assert axe_violations(page) == [], "/diary/imports/"

    page.get_by_label("Your exported file").set_input_files(str(SAMPLE / "migraine_buddy.csv"))
    page.get_by_role("button", name="Read the file").click()

    expect(page.locator("#import-counts")).to_contain_text("This file adds 4 attacks")
    expect(page.locator("#import-refused")).to_contain_text("is in the future")
    expect(page.get_by_role("table")).to_contain_text("14 Mar 2026, 07:45")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert axe_violations(page) == [], "the preview"
    assert not MigraineAttack.objects.exists()

    page.get_by_label("Trigger “Chocolate”").select_option(label="Same as “Gluten”")
    page.get_by_role("button", name="Import into my diary").click()

    expect(page.locator(".alert-success")).to_contain_text("Imported 4 attacks")
    expect(page.get_by_role("button", name="Undo the whole import")).to_be_visible()
    assert axe_violations(page) == [], "the result"
    first = MigraineAttack.objects.for_owner(alice).order_by("started_at").first()
    assert {trigger.name for trigger in first.triggers.all()} == {"Poor sleep", "Gluten"}

    page.get_by_role("link", name="your diary").click()
    expect(page.locator("main")).to_contain_text("27 Nov 2026")
    page.go_back()
    # The timeline's table counts the imported attacks' days (the last one still going).
    page.get_by_role("link", name="your timeline").click()
    wait_until(page, "() => document.querySelectorAll('#timeline-table tbody tr').length === 90")
    page.get_by_text("The same numbers as a table").first.click()
    migraine_cells = page.locator("#timeline-table tbody tr td:nth-child(3)").all_inner_texts()
    assert migraine_cells.count("yes") >= 5
    page.go_back()
    page.get_by_role("button", name="It is right: keep it").click()
    expect(page.locator("#import-state")).to_have_text("Imported and kept")
    assert ImportBatch.objects.get().state == ImportBatch.State.KEPT
    assert console_errors == []


def test_a_background_import_shows_progress_until_the_worker_is_done(
    page, live_server, client, alice, axe_violations, console_errors
):
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, alice)
    batch = ImportBatch.objects.create(
        owner=alice,
        format=ImportBatch.Format.MIGRAINE_BUDDY,
        file_name="big.csv",
        file_hash="1" * 64,
        state=ImportBatch.State.QUEUED,
        mapping={"labels": {}, "total": 2400},
    )
    # The job has saved 600 of the 2,400 entries (the live server shares this cache).
    progress.record(batch.pk, 600, 2400)
    page.goto(f"{live_server.url}/diary/imports/{batch.pk}/")
    bar = page.locator("#import-progress")
    expect(bar).to_be_visible()
    expect(bar).to_have_attribute("max", "2400")
    assert page.evaluate("document.getElementById('import-progress').position") == 0.25
    expect(page.locator("#import-progress-text")).to_have_text("Saved 600 of 2,400 entries (25%).")
    expect(page.locator("#import-waiting")).to_contain_text("in the background")
    assert axe_violations(page) == [], "the waiting page"

    # The job goes on: the page asks and moves the bar by itself.
    progress.record(batch.pk, 1800, 2400)
    expect(page.locator("#import-progress-text")).to_have_text(
        "Saved 1,800 of 2,400 entries (75%)."
    )
    assert page.evaluate("document.getElementById('import-progress').value") == 1800

    # The worker finishes: the page notices by itself and shows the result.
    ImportBatch.objects.filter(pk=batch.pk).update(state=ImportBatch.State.IMPORTED)

    expect(page.locator("#import-state")).to_have_text("Imported: you can still undo it")
    expect(page.locator("#import-progress")).to_have_count(0)
    expect(page.get_by_role("button", name="Undo the whole import")).to_be_visible()
    assert console_errors == []
