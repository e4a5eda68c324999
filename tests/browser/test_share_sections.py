"""Shares scoped by section, in Chromium: a clinician sees only the sections a share shows,
each alone and all together, on the timeline, its chart data, the report and the visit
pack, with the pages' scripts running cleanly; a section the patient takes away is gone on
the clinician's very next request; the sharing page's section controls are axe-clean in
light and dark."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import ALL_SECTIONS, Section
from diary.models import (
    Appointment,
    DailyCheckIn,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
)
from education.models import Condition
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTE = "Wrote this 4471"
SECTION_CHOICES = [frozenset({section.value}) for section in Section] + [ALL_SECTIONS]


@pytest.fixture
def alices_diary(alice) -> Appointment:
    """A little of each section of Alice's diary, a note on each entry, and an appointment
    whose pack covers them."""
    now = timezone.now()
    today = timezone.localdate(now, alice.tzinfo)
    for days_ago in (2, 6, 9):
        started = now - datetime.timedelta(days=days_ago)
        attack = MigraineAttack.objects.create(
            owner=alice,
            started_at=started,
            ended_at=started + datetime.timedelta(hours=5),
            peak_intensity=6,
            notes=f"{NOTE} attack",
        )
    medicine = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    MedicationDose.objects.create(medication=medicine, attack=attack, taken_at=attack.started_at)
    Flare.objects.create(
        owner=alice,
        condition=Condition.objects.get(slug="lupus"),
        started_on=today - datetime.timedelta(days=5),
        ended_on=today - datetime.timedelta(days=3),
        severity=2,
        notes=f"{NOTE} flare",
    )
    for days_ago in range(1, 12):
        DailyCheckIn.objects.create(
            owner=alice,
            day=today - datetime.timedelta(days=days_ago),
            sleep_hours=7,
            stress=4,
            notes=f"{NOTE} day" if days_ago == 1 else "",
        )
    return Appointment.objects.create(
        owner=alice, day=today, specialty="other", questions=[f"{NOTE} question"]
    )


def share_sections(share, sections) -> None:
    share.set_sections(sections)
    share.save()


@pytest.mark.parametrize(
    "sections", SECTION_CHOICES, ids=["+".join(sorted(s)) for s in SECTION_CHOICES]
)
def test_a_clinician_sees_only_the_sections_shared(
    page,
    live_server,
    client,
    alice,
    bob,
    alice_shares_with_bob,
    alices_diary,
    console_errors,
    sections,
):
    share_sections(alice_shares_with_bob, sections)
    log_in(page, live_server, client, bob)
    sees = {section: section.value in sections for section in Section}
    base = f"{live_server.url}/clinic/{alice.uuid}"

    # The timeline: its script draws what there is, and the panels of other sections are
    # not on the page.
    page.goto(f"{base}/timeline/")
    expect(page.locator("#timeline-table tbody tr").first).to_be_attached()
    headings = page.locator("#timeline-table thead th").all_text_contents()
    assert ("Migraine" in headings) == sees[Section.MIGRAINE]
    assert ("Acute medication" in headings) == sees[Section.MEDICINES]
    assert ("Flare" in headings) == sees[Section.FLARES]
    assert ("Sleep (hours)" in headings) == sees[Section.CHECKINS]
    assert (page.locator("#flare-list").count() == 1) == sees[Section.FLARES]
    linkage = sees[Section.MIGRAINE] and sees[Section.FLARES]
    assert (page.locator("#linkage").count() == 1) == linkage
    factors = sees[Section.MIGRAINE] and sees[Section.CHECKINS]
    assert (page.locator("#factors").count() == 1) == factors
    if sees[Section.FLARES]:
        expect(page.locator("#flare-list")).to_contain_text("lupus")
    assert (NOTE in page.content()) == sees[Section.NOTES]
    expect(page.locator("#clinic-sections")).to_contain_text(
        ", ".join(Section(value).label.lower() for value in Section.values if value in sections)
    )
    if linkage:
        expect(page.locator("#linkage-summary")).not_to_be_empty()

    # Its chart data, as the page's script fetches it.
    data = page.request.get(f"{base}/timeline/data.json").json()
    assert ("migraine" in data["series"]) == sees[Section.MIGRAINE]
    assert ("acute_medication" in data["series"]) == sees[Section.MEDICINES]
    assert ("flares" in data) == ("flare" in data["series"]) == sees[Section.FLARES]
    assert ("sleep" in data["series"]) == sees[Section.CHECKINS]
    assert ("linkage" in data) == linkage
    assert ("factors" in data) == factors
    assert ("notes" in data) == sees[Section.NOTES]
    if not sees[Section.MIGRAINE]:
        assert "migraine" not in data["summary"]

    # The report, its chart drawn.
    page.goto(f"{base}/report/")
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    assert (page.locator("#report-medications").count() == 1) == sees[Section.MEDICINES]
    if sees[Section.MEDICINES]:
        expect(page.locator("#report-medications")).to_contain_text("Sumatriptan")
    else:
        expect(page.locator("#report")).not_to_contain_text("Sumatriptan")
    assert (page.locator("#flare-list").count() == 1) == sees[Section.FLARES]
    assert (page.locator("#report-linkage").count() == 1) == linkage
    assert (page.locator("#report-notes").count() == 1) == sees[Section.NOTES]
    numbers = page.locator("#numbers-table tbody th").all_text_contents()
    assert ("Migraine days" in numbers) == sees[Section.MIGRAINE]
    assert ("Flare days" in numbers) == sees[Section.FLARES]
    assert (NOTE in page.content()) == sees[Section.NOTES]

    # The visit pack, opened from the timeline's link.
    page.goto(f"{base}/timeline/")
    page.locator("#clinic-visit-packs a").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Visit pack for Alice")
    assert (page.locator("#pack-attacks").count() == 1) == sees[Section.MIGRAINE]
    assert (page.locator("#pack-medicine-days").count() == 1) == sees[Section.MEDICINES]
    assert (page.locator("#pack-flare-figures").count() == 1) == sees[Section.FLARES]
    assert (page.locator("#questions").count() == 1) == sees[Section.NOTES]
    assert (NOTE in page.content()) == sees[Section.NOTES]
    assert console_errors == []


def test_a_section_taken_away_is_gone_on_the_clinicians_next_request(
    browser, live_server, client, alice, bob, alice_shares_with_bob, alices_diary
):
    share_sections(alice_shares_with_bob, ALL_SECTIONS)
    contexts = [browser.new_context(), browser.new_context()]
    patient, clinician = (context.new_page() for context in contexts)
    errors: list[str] = []
    for page in (patient, clinician):
        page.set_default_timeout(10_000)
        page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        log_in(clinician, live_server, client, bob)
        clinician.goto(f"{live_server.url}/clinic/{alice.uuid}/timeline/")
        expect(clinician.locator("#flare-list")).to_contain_text("lupus")
        expect(clinician.locator("#clinic-notes-list")).to_contain_text(NOTE)
        # A test client of her own: logging Alice in on Dr Bob's would end his session.
        log_in(patient, live_server, Client(), alice)

        # Alice takes flares and notes away from Dr Bob's share.
        patient.goto(live_server.url + "/sharing/")
        patient.get_by_text("Change sections").click()
        controls = patient.locator(".share-sections-edit")
        controls.get_by_label("Flares:").uncheck()
        controls.get_by_label("Notes:").uncheck()
        patient.get_by_role("button", name="Save sections for Dr Bob").click()
        expect(patient.locator(".alert-success")).to_contain_text("From now on Dr Bob sees")
        expect(patient.locator("#shares-table")).to_contain_text("sections changed")

        # Dr Bob's next request, a new period on the page he has open, has no flares.
        with clinician.expect_response(lambda response: "data.json" in response.url) as answer:
            clinician.get_by_role("button", name="Last 90 days").click()
        data = answer.value.json()
        assert "flares" not in data and "flare" not in data["series"]
        assert "notes" not in data and "linkage" not in data
        assert "migraine" in data["series"]
        clinician.get_by_role("link", name="Printable report").click()
        expect(clinician.get_by_role("heading", level=1)).to_have_text("Report for Alice")
        assert clinician.locator("#flare-list").count() == 0
        assert clinician.locator("#report-notes").count() == 0
        expect(clinician.locator("#report")).not_to_contain_text(NOTE)
        assert errors == []
    finally:
        for context in contexts:
            context.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_sharing_page_with_its_section_controls_is_axe_clean(
    page, live_server, client, alice, bob, alice_shares_with_bob, axe_violations, theme
):
    alice.theme = theme
    alice.save()
    log_in(page, live_server, client, alice)

    page.goto(live_server.url + "/sharing/")
    page.get_by_text("Change sections").click()
    expect(
        page.locator(".share-sections-edit").get_by_label("Migraine and headache:")
    ).to_be_visible()

    assert axe_violations(page) == [], f"/sharing/ ({theme})"
    # Nothing chosen: a clear message, and the share unchanged.
    for box in page.locator(".share-sections-edit input[type=checkbox]").all():
        box.uncheck()
    page.get_by_role("button", name="Save sections for Dr Bob").click()
    expect(page.locator(".alert-danger")).to_contain_text("Choose at least one section")
    alice_shares_with_bob.refresh_from_db()
    assert alice_shares_with_bob.sections == ALL_SECTIONS - {Section.NOTES}
    assert axe_violations(page) == [], f"/sharing/ with a message ({theme})"
