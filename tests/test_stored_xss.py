"""Stored XSS (SECURITY.md, "Input and output"): markup typed into any free-text field comes
back escaped on every page that shows it.

Alice's records carry a probe in every free-text field, each probe naming its field. Every
page that can show them is fetched as the people who may see it: no page may contain a
probe's raw markup, and each probe must appear escaped on at least one page, so a probe
that never reached a page cannot pass unnoticed. The browser half (tests/browser) checks
that the JavaScript that draws these values adds no markup either.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack, Trigger
from education.models import Condition
from tests.conftest import give_totp, make_share

# A short name per field, so that every probe fits the shortest field (40 characters).
FIELDS = {
    "display_name": "xdn",
    "attack_notes": "xan",
    "flare_notes": "xfn",
    "medication_name": "xmn",
    "medication_usual_amount": "xmu",
    "dose_amount": "xda",
    "checkin_notes": "xcn",
    "trigger_name": "xtn",
}


def probe(field: str) -> str:
    """Markup that breaks out of an attribute value and opens a script, if not escaped."""
    return f'"><script>{FIELDS[field]}()</script>'


def raw(field: str) -> str:
    return f"<script>{FIELDS[field]}()"


def escaped(field: str) -> str:
    return f"&lt;script&gt;{FIELDS[field]}()&lt;/script&gt;"


@pytest.fixture
def probed(alice) -> dict[str, object]:
    """Alice's diary with a probe in every free-text field; the ids the pages need."""
    now = timezone.now()
    today = timezone.localdate(now, alice.tzinfo)
    alice.display_name = probe("display_name")
    alice.save()
    trigger = Trigger.objects.create(owner=alice, name=probe("trigger_name"))
    attack = MigraineAttack.objects.create(
        owner=alice,
        started_at=now - datetime.timedelta(days=1, hours=3),
        ended_at=now - datetime.timedelta(days=1),
        peak_intensity=6,
        notes=probe("attack_notes"),
    )
    attack.triggers.add(trigger)
    flare = Flare.objects.create(
        owner=alice,
        condition=Condition.objects.get(slug="lupus"),
        started_on=today - datetime.timedelta(days=5),
        notes=probe("flare_notes"),
    )
    medication = Medication.objects.create(
        owner=alice,
        name=probe("medication_name"),
        category="triptan",
        purpose="acute",
        usual_amount=probe("medication_usual_amount"),
        usual_for_attacks=True,
    )
    dose = MedicationDose.objects.create(
        medication=medication,
        attack=attack,
        taken_at=attack.started_at,
        amount=probe("dose_amount"),
    )
    # Enough days with and without the trigger for its factor association to be shown.
    checkins = [
        DailyCheckIn.objects.create(
            owner=alice,
            day=today - datetime.timedelta(days=offset),
            stress=offset % 10,
            notes=probe("checkin_notes"),
        )
        for offset in range(1, 11)
    ]
    for checkin in checkins[:5]:
        checkin.triggers.add(trigger)
    return {
        "attack": attack.pk,
        "flare": flare.pk,
        "medication": medication.pk,
        "dose": dose.pk,
        "day": checkins[0].day.isoformat(),
        "trigger": trigger.pk,
    }


# The pages Alice sees her own data on.
ALICE_PAGES = (
    "/",
    "/diary/",
    "/diary/migraines/{attack}/",
    "/diary/migraines/{attack}/edit/",
    "/diary/migraines/{attack}/delete/",
    "/diary/flares/{flare}/",
    "/diary/flares/{flare}/edit/",
    "/diary/flares/{flare}/delete/",
    "/diary/medications/",
    "/diary/medications/{medication}/edit/",
    "/diary/medications/{medication}/delete/",
    "/diary/doses/new/",
    "/diary/doses/{dose}/edit/",
    "/diary/doses/{dose}/delete/",
    "/diary/checkins/{day}/",
    "/diary/triggers/",
    "/diary/migraines/new/",
    "/timeline/",
    "/report/",
    "/accounts/profile/",
)

JSON_PAGES = ("/timeline/data.json",)


def fetch_all(client, urls, ids) -> dict[str, str]:
    pages = {}
    for url in urls:
        response = client.get(url.format(**ids))
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


def test_it_escapes_every_probe_on_every_page_alice_sees(alice_client, probed):
    pages = fetch_all(alice_client, ALICE_PAGES, probed)

    for url, body in pages.items():
        for field in FIELDS:
            assert raw(field) not in body, (url, field)
    unseen = [f for f in FIELDS if not any(escaped(f) in body for body in pages.values())]
    assert unseen == []


def test_it_serves_json_that_a_browser_never_reads_as_html(alice_client, probed):
    for url in JSON_PAGES:
        response = alice_client.get(url)

        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert response["X-Content-Type-Options"] == "nosniff"
        # The probes travel as data, exactly as typed, for the page's script to show as text.
        factors = response.json()["factors"]
        names = [item["factor"] for group in factors.values() for item in group]
        assert any(probe("trigger_name") in name for name in names)


# --- What others see: the shared clinician, and Alice's view of her clinicians ----------

# Bob shares Alice's notes here, so every note reaches his pages too.
CLINIC_PAGES = (
    "/",
    "/clinic/",
    "/clinic/{patient}/timeline/",
    "/clinic/{patient}/report/",
)
CLINIC_FIELDS = (
    "display_name",
    "attack_notes",
    "flare_notes",
    "checkin_notes",
    "medication_name",
    "trigger_name",
)


@pytest.fixture
def probed_share(alice, bob, probed) -> dict[str, object]:
    """A live share with notes from Alice to Bob, whose own name is a probe."""
    give_totp(bob)
    bob.display_name = '"><script>xbn()</script>'
    bob.save()
    make_share(alice, bob, include_notes=True)
    return probed | {"patient": alice.uuid}


def test_it_escapes_every_probe_on_the_shared_clinicians_pages(client, bob, probed_share):
    client.force_login(bob)

    pages = fetch_all(client, CLINIC_PAGES, probed_share)

    for url, body in pages.items():
        for field in FIELDS:
            assert raw(field) not in body, (url, field)
        assert "<script>xbn()" not in body
    unseen = [f for f in CLINIC_FIELDS if not any(escaped(f) in b for b in pages.values())]
    assert unseen == []


def test_it_escapes_the_clinicians_name_in_alices_sharing_page(client, alice, bob, probed_share):
    client.force_login(bob)
    client.get(f"/clinic/{alice.uuid}/timeline/")  # an access event under Bob's name
    client.force_login(alice)

    body = client.get("/sharing/").content.decode()

    assert "<script>xbn()" not in body
    assert "&lt;script&gt;xbn()&lt;/script&gt;" in body


def test_the_clinicians_json_carries_the_probes_only_as_data(client, alice, bob, probed_share):
    client.force_login(bob)

    response = client.get(f"/clinic/{alice.uuid}/timeline/data.json")

    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert probe("attack_notes") in str(response.json()["notes"])


@pytest.mark.parametrize("url", ["/export/csv/", "/export/fhir/"])
def test_exports_are_downloads_a_browser_never_renders(alice_client, password, probed, url):
    alice_client.post(reverse("account_reauthenticate"), {"password": password})

    response = alice_client.get(url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert not response["Content-Type"].startswith("text/html")
    assert response["X-Content-Type-Options"] == "nosniff"
