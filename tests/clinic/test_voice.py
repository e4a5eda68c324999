"""The clinician's pages speak about the patient, not to them: every clinic page and data
endpoint, for a diary that raises every alert and fills every section, reads in the third
person with the patient's name and holds no second-person advice meant for the patient;
the patient's own pages for the same diary keep speaking to them ("you")."""

import datetime
import json
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from diary.models import (
    Appointment,
    DailyCheckIn,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Specialty,
)
from diary.views.visits import visit_pack_context
from tests.conftest import give_totp, make_share

SECOND_PERSON = re.compile(r"\b(you|your|you're|yourself|yours)\b", re.IGNORECASE)
# Attributes a reader meets as words: screen readers read labels and titles, search results
# show the description.
READ_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder", "content")
# The session time-out dialog speaks to whoever is logged in about their own login; it
# holds nothing about the patient.
READER_ONLY_IDS = {"session-warning"}


# Elements that never close: they must not count towards the depth of what is skipped.
VOID = {"meta", "link", "input", "br", "img", "hr", "source", "area", "col", "wbr"}


class Words(HTMLParser):
    """Every piece of text a reader meets on a page: text nodes, the read attributes, and
    the strings inside JSON script elements (the charts' words); not scripts' code."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self._json = False
        self._code = False
        self._depth = 0
        self._skipped_from = 0  # the depth of the element being skipped; 0 for none

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag not in VOID:
            self._depth += 1
            if not self._skipped_from and values.get("id") in READER_ONLY_IDS:
                self._skipped_from = self._depth
        if self._skipped_from:
            return
        self._json = tag == "script" and values.get("type") == "application/json"
        self._code = tag in ("script", "style") and not self._json
        self.words += [values[name] or "" for name in READ_ATTRIBUTES if name in values]

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self._skipped_from == self._depth:
            self._skipped_from = 0
        self._depth -= 1
        self._json = self._code = False

    def handle_data(self, data: str) -> None:
        if self._skipped_from or self._code:
            return
        if self._json:
            self.words += json_strings(json.loads(data))
        else:
            self.words.append(data)


def page_words(html: str) -> list[str]:
    parser = Words()
    parser.feed(html)
    return [" ".join(word.split()) for word in parser.words if word.strip()]


def json_strings(value) -> list[str]:
    """Every string in a JSON value, keys left out."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in json_strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in json_strings(item)]
    return []


def second_person(words: list[str]) -> list[str]:
    return [text for text in words if SECOND_PERSON.search(text)]


@pytest.fixture
def full_diary(alice, lupus):
    """About a hundred days of Alice's diary that raise every alert and fill every section:
    a migraine every other day with a triptan (medication overuse and a chronic-migraine
    pattern; lupus makes the triptan caution apply), two different triptans within a day,
    a gepant, lupus flares around migraine days, daily check-ins with factors, an ongoing
    attack, a questionnaire, and a note on every kind of entry."""
    now = timezone.now()
    today = timezone.localdate(now, alice.tzinfo)
    sumatriptan = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    zolmitriptan = Medication.objects.create(
        owner=alice, name="Zolmitriptan", category="triptan", purpose="acute"
    )
    rimegepant = Medication.objects.create(
        owner=alice, name="Rimegepant", category="gepant", purpose="acute"
    )
    Medication.objects.create(
        owner=alice, name="Hydroxychloroquine", category="dmard", purpose="disease_modifying"
    )
    for days_ago in range(2, 100, 2):
        started = datetime.datetime.combine(
            today - datetime.timedelta(days=days_ago), datetime.time(9), tzinfo=alice.tzinfo
        )
        attack = MigraineAttack.objects.create(
            owner=alice,
            started_at=started,
            ended_at=started + datetime.timedelta(hours=6),
            peak_intensity=7,
            aura=days_ago % 4 == 0,
            notes="Behind the left eye",
        )
        MedicationDose.objects.create(medication=sumatriptan, attack=attack, taken_at=started)
    two_days_ago = datetime.datetime.combine(
        today - datetime.timedelta(days=2), datetime.time(13), tzinfo=alice.tzinfo
    )
    MedicationDose.objects.create(medication=zolmitriptan, taken_at=two_days_ago)
    MedicationDose.objects.create(
        medication=rimegepant, taken_at=two_days_ago + datetime.timedelta(hours=3)
    )
    MigraineAttack.objects.create(
        owner=alice, started_at=now - datetime.timedelta(minutes=30), notes="Started at work"
    )
    for start, end in ((80, 74), (50, 45), (20, 16)):
        Flare.objects.create(
            owner=alice,
            condition=lupus,
            started_on=today - datetime.timedelta(days=start),
            ended_on=today - datetime.timedelta(days=end),
            notes="Joints and rash",
        )
    Flare.objects.create(
        owner=alice,
        condition=lupus,
        started_on=today - datetime.timedelta(days=5),
        notes="Tired all week",
    )
    for days_ago in range(1, 90):
        DailyCheckIn.objects.create(
            owner=alice,
            day=today - datetime.timedelta(days=days_ago),
            sleep_hours=5 if days_ago % 3 == 0 else 8,
            stress=8 if days_ago % 3 == 1 else 2,
            water_glasses=3 if days_ago % 5 == 0 else 8,
            fatigue=6,
            joint_pain=4,
            notes="Slept badly" if days_ago % 7 == 0 else "",
        )
    for days_ago, total in ((60, 14), (10, 9)):
        QuestionnaireResponse.objects.create(
            owner=alice,
            slug="phq9",
            version="PHQ-9",
            status=QuestionnaireResponse.Status.COMPLETED,
            answers={str(number): "1" for number in range(1, 10)},
            total=total,
            band="mild",
            completed_at=now - datetime.timedelta(days=days_ago),
        )
    return today


@pytest.fixture
def clinic_client(client, alice, bob):
    give_totp(bob)
    make_share(alice, bob, include_notes=True)
    client.force_login(bob)
    return client


def periods(today: datetime.date) -> list[dict]:
    """The default period, and a year (drawn week by week)."""
    return [{}, {"start": today - datetime.timedelta(days=364), "end": today}]


def test_the_diary_raises_every_alert_and_fills_every_section(clinic_client, alice, full_diary):
    data = clinic_client.get(reverse("clinic:timeline-data", args=[alice.uuid])).json()

    assert {alert["kind"] for alert in data["alerts"]} == {
        "medication_overuse",
        "chronic_migraine",
        "triptan_caution",
        "triptan_gap",
    }
    assert data["linkage"]["enough_data"]
    assert data["factors"]["associations"]
    assert data["notes"]
    report = clinic_client.get(reverse("clinic:report", args=[alice.uuid]))
    assert report.context["gepant_note"]
    assert report.context["factor_rows"]


def test_no_clinician_page_speaks_to_the_patient(clinic_client, alice, full_diary):
    pages = [reverse("clinic:patient-list"), "/"]
    for query in periods(full_diary):
        pages += [
            reverse("clinic:timeline", args=[alice.uuid]) + _query(query),
            reverse("clinic:report", args=[alice.uuid]) + _query(query),
        ]
    found = {}
    for url in pages:
        response = clinic_client.get(url)
        assert response.status_code == 200, url
        found[url] = second_person(page_words(response.content.decode()))
    for query in periods(full_diary):
        url = reverse("clinic:timeline-data", args=[alice.uuid]) + _query(query)
        response = clinic_client.get(url)
        assert response.status_code == 200, url
        found[url] = second_person(json_strings(response.json()))

    assert {url: words for url, words in found.items() if words} == {}


def test_the_clinicians_pages_name_the_patient(clinic_client, alice, full_diary):
    data = clinic_client.get(reverse("clinic:timeline-data", args=[alice.uuid])).json()
    report = clinic_client.get(reverse("clinic:report", args=[alice.uuid])).content.decode()

    assert "Alice logged" in data["summary"]
    assert data["completeness"]["text"].startswith("Alice recorded")
    assert "Alice had" in data["linkage"]["summary"]
    assert all("Alice" in alert["message"] for alert in data["alerts"])
    assert "Alice logged" in report


def test_the_patients_own_pages_still_speak_to_them(client, alice, full_diary):
    client.force_login(alice)
    data = client.get(reverse("diary:timeline-data")).json()

    assert "you logged" in data["summary"]
    assert data["completeness"]["text"].startswith("You recorded")
    assert "you had" in data["linkage"]["summary"]
    assert all(SECOND_PERSON.search(alert["message"]) for alert in data["alerts"])
    for url in (reverse("diary:timeline"), reverse("diary:report")):
        words = page_words(client.get(url).content.decode())
        assert any("you logged" in text for text in words), url
        assert any("discuss this with your clinician" in text for text in words), url


def _query(query: dict) -> str:
    if not query:
        return ""
    return f"?start={query['start'].isoformat()}&end={query['end'].isoformat()}"


def test_the_visit_pack_for_a_clinician_speaks_about_the_patient(alice, full_diary):
    appointment = Appointment.objects.create(
        owner=alice, day=full_diary, specialty=Specialty.NEUROLOGY
    )

    pack = visit_pack_context(alice, appointment, for_clinician=True)
    own = visit_pack_context(alice, appointment)

    words = [alert.message for alert in pack["alerts"]] + [pack["linkage"], pack["attack_sentence"]]
    assert second_person(words) == []
    assert "Alice had" in pack["linkage"]
    assert all("Alice" in alert.message for alert in pack["alerts"])
    assert "you had" in own["linkage"]
    assert all(SECOND_PERSON.search(alert.message) for alert in own["alerts"])
