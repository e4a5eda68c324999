"""The diary's entry pages in Spanish, Brazilian Portuguese and German (README, "Translations").

Every page a patient writes their diary on, with a realistic diary behind it, shows no English
in its main element in each translated language; so do its forms when they refuse what was
typed. What the patient typed (medicine names, amounts, notes, trigger names) is theirs and
stays as typed; a questionnaire's own wording (its items and answers) stays in English where
no licensed translation exists, marked lang="en" on the page, which is how this test leaves
it out.
"""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import OnboardingStep, PatientProfile, User
from diary.models import (
    DailyCheckIn,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
    Reminder,
    ReminderDelivery,
    ReminderKind,
    Trigger,
)
from diary.models.appointments import Appointment
from education.models import Condition
from tests.conftest import PASSWORD
from tests.test_i18n import TRANSLATED, pages_for, untranslated

LANGUAGES = list(TRANSLATED.values())

# What the patient typed: it stays as they wrote it, in every language.
PATIENT_WORDS = ("Sumatriptan", "Ibuprofen", "mg", "Red wine", "Kopfweh notiert", "rosa.zip")

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class WithoutEnglishOnlyParts(HTMLParser):
    """The page with every element marked lang="en" taken out: the questionnaire's own
    wording, which has no licensed translation and so stays in English."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.skip = 0
        self.removed: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if self.skip:
            if tag not in VOID:
                self.skip += 1
            return
        if dict(attrs).get("lang") == "en" and tag != "html":
            if tag not in VOID:
                self.skip = 1
            self.removed.append(tag)
            return
        self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag, attrs) -> None:
        if not self.skip:
            self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag) -> None:
        if self.skip:
            if tag not in VOID:
                self.skip -= 1
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data) -> None:
        if not self.skip:
            self.out.append(data)

    def handle_entityref(self, name) -> None:
        if not self.skip:
            self.out.append(f"&{name};")

    def handle_charref(self, name) -> None:
        if not self.skip:
            self.out.append(f"&#{name};")

    def handle_comment(self, data) -> None:
        pass

    def handle_decl(self, decl) -> None:
        self.out.append(f"<!{decl}>")


def without_english_only_parts(html: str) -> tuple[str, int]:
    parser = WithoutEnglishOnlyParts()
    parser.feed(html)
    parser.close()
    return "".join(parser.out), len(parser.removed)


def english_left(pages: dict[str, str], language: str) -> set[str]:
    """The English a translated page still shows, less what the patient typed."""
    left = set()
    for text in untranslated(pages, language):
        rest = text
        for word in PATIENT_WORDS:
            rest = rest.replace(word, "")
        if re.search(r"[A-Za-z]{2}", rest):
            left.add(text)
    return left


# --- A patient with a diary -------------------------------------------------------------


@pytest.fixture
def patient(db) -> User:
    """Rosa: lupus, cycle tracking, a week of diary: attacks (one ongoing), a flare, doses
    with and without relief, check-ins, her own trigger, reminders sent, an appointment and
    an import waiting for confirmation."""
    user = User.objects.create_user(
        "rosa@example.com",
        PASSWORD,
        role=User.Role.PATIENT,
        display_name="Rosa",
        timezone="Europe/Berlin",
    )
    profile = PatientProfile.objects.create(user=user, cycle_tracking=True)
    lupus = Condition.objects.get(slug="lupus")
    profile.conditions.add(lupus)
    now = timezone.now()
    today = timezone.localdate(now, user.tzinfo)
    wine = Trigger.objects.create(owner=user, name="Red wine")
    earlier = MigraineAttack.objects.create(
        owner=user,
        started_at=now - datetime.timedelta(days=3, hours=2),
        ended_at=now - datetime.timedelta(days=3),
        peak_intensity=7,
        aura=True,
        symptoms=["nausea", "light_sensitivity"],
        location="left",
        disability=2,
        notes="Kopfweh notiert",
    )
    earlier.triggers.add(wine)
    MigraineAttack.objects.create(owner=user, started_at=now - datetime.timedelta(minutes=40))
    sumatriptan = Medication.objects.create(
        owner=user,
        name="Sumatriptan",
        category="triptan",
        purpose="acute",
        usual_amount="50 mg",
        usual_for_attacks=True,
    )
    Medication.objects.create(
        owner=user,
        name="Ibuprofen",
        category="nsaid",
        purpose="preventive",
        started_on=today - datetime.timedelta(days=30),
    )
    MedicationDose.objects.create(
        medication=sumatriptan,
        attack=earlier,
        taken_at=earlier.started_at,
        amount="50 mg",
        relief="lot",
    )
    MedicationDose.objects.create(
        medication=sumatriptan, taken_at=now - datetime.timedelta(days=1), amount="50 mg"
    )
    flare = Flare.objects.create(
        owner=user,
        condition=lupus,
        started_on=today - datetime.timedelta(days=5),
        severity=2,
        symptoms=["joint_pain", "fatigue"],
    )
    flare.triggers.add(wine)
    for days_ago in (1, 2):
        DailyCheckIn.objects.create(
            owner=user,
            day=today - datetime.timedelta(days=days_ago),
            sleep_hours=7,
            wellbeing=6,
            stress=3,
        )
    reminder = Reminder.objects.create(owner=user, kind=ReminderKind.CHECKIN)
    for days_ago, status in ((1, "sent"), (2, "skipped")):
        ReminderDelivery.objects.create(
            reminder=reminder,
            due_at=now - datetime.timedelta(days=days_ago),
            local_day=today - datetime.timedelta(days=days_ago),
            link_nonce=f"{days_ago}" * 32,
            status=status,
        )
    Appointment.objects.create(
        owner=user, day=today + datetime.timedelta(days=10), specialty="rheumatology"
    )
    return user


def rosa(patient) -> dict[str, int | str]:
    attack = MigraineAttack.objects.for_owner(patient).filter(ended_at__isnull=False).get()
    return {
        "attack": attack.pk,
        "ongoing": MigraineAttack.objects.for_owner(patient).ongoing().get().pk,
        "flare": Flare.objects.for_owner(patient).get().pk,
        "medication": Medication.objects.for_owner(patient).get(name="Sumatriptan").pk,
        "dose": MedicationDose.objects.for_owner(patient).filter(attack=attack).get().pk,
        "trigger": Trigger.objects.get(owner=patient).pk,
        "yesterday": (
            timezone.localdate(timezone.now(), patient.tzinfo) - datetime.timedelta(days=1)
        ).isoformat(),
    }


ENTRY_PAGES = [
    "/diary/",
    "/diary/?kind=attack",
    "/diary/?kind=dose",
    "/diary/?kind=checkin",
    "/diary/migraines/new/",
    "/diary/migraines/{attack}/",
    "/diary/migraines/{ongoing}/",
    "/diary/migraines/{attack}/edit/",
    "/diary/migraines/{attack}/delete/",
    "/diary/flares/new/",
    "/diary/flares/{flare}/",
    "/diary/flares/{flare}/edit/",
    "/diary/flares/{flare}/delete/",
    "/diary/medications/",
    "/diary/medications/{medication}/edit/",
    "/diary/medications/{medication}/delete/",
    "/diary/doses/new/",
    "/diary/doses/{dose}/edit/",
    "/diary/doses/{dose}/delete/",
    "/diary/checkins/{yesterday}/",
    "/diary/checkins/{yesterday}/delete/",
    "/diary/triggers/",
    "/diary/triggers/{trigger}/delete/",
    "/diary/quick-log/",
    "/diary/appointments/",
    "/diary/reminders/",
    "/diary/imports/",
]


@pytest.mark.parametrize("url", ENTRY_PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_diary_page_has_no_english_left(client, patient, url, language):
    client.force_login(patient)

    pages = pages_for(client, url.format(**rosa(patient)))

    assert english_left(pages, language) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_diary_shows_dates_in_the_pages_language(client, patient, language):
    client.force_login(patient)
    attack = MigraineAttack.objects.for_owner(patient).get(pk=rosa(patient)["attack"])
    started = timezone.localtime(attack.started_at, patient.tzinfo)

    pages = pages_for(client, f"/diary/migraines/{attack.pk}/")

    month = {
        "es": [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        "pt-br": [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        "de": [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
    }[language][started.month - 1]
    expected = {
        "es": f"{started.day} de {month} de {started.year}, {started:%H:%M}",
        "pt-br": f"{started.day} de {month} de {started.year}, {started:%H:%M}",
        "de": f"{started.day}. {month} {started.year}, {started:%H:%M}",
    }[language]
    assert expected in pages[language]
    assert f"{started.day} {started:%B} {started.year}, {started:%H:%M}" in pages["en"]


def test_the_onboarding_medicines_step_has_no_english_left(client, db):
    user = User.objects.create_user(
        "new@example.com",
        PASSWORD,
        role=User.Role.PATIENT,
        onboarding_step=OnboardingStep.MEDICINES,
    )
    PatientProfile.objects.create(user=user)
    Medication.objects.create(owner=user, name="Sumatriptan", category="triptan", purpose="acute")
    client.force_login(user)

    pages = pages_for(client, reverse("onboarding:medicines"))

    for language in LANGUAGES:
        assert english_left(pages, language) == set(), language


# --- Forms that refuse what was typed -----------------------------------------------------


def refused_forms(ids: dict) -> list[tuple[str, dict]]:
    tomorrow = (timezone.now() + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    return [
        # An end before the start, in the future, a pain score off the scale.
        (
            "/diary/migraines/new/",
            {
                "attack_type": "migraine",
                "started_at": "2026-11-01T10:00",
                "ended_at": "2026-10-01T10:00",
                "peak_intensity": "11",
                "location": "nowhere",
            },
        ),
        ("/diary/migraines/new/", {"attack_type": "migraine", "started_at": tomorrow}),
        ("/diary/migraines/new/", {"attack_type": "migraine", "started_at": "not a time"}),
        # A second flare of the same condition while one goes on.
        (
            "/diary/flares/new/",
            {
                "condition": Condition.objects.get(slug="lupus").pk,
                "started_on": "2026-11-20",
                "severity": "2",
            },
        ),
        ("/diary/flares/new/", {"started_on": "1800-01-01", "ended_on": "x"}),
        # A name already on the list, and nothing chosen.
        ("/diary/medications/", {"name": "sumatriptan"}),
        # A medicine for the autoimmune disease saved "to treat an attack": the question.
        (
            "/diary/medications/",
            {"name": "Azathioprin", "category": "immunosuppressant", "purpose": "acute"},
        ),
        ("/diary/doses/new/", {"medication": ids["medication"], "taken_at": ""}),
        (
            f"/diary/checkins/{ids['yesterday']}/",
            {
                "wellbeing": "12",
                "sleep_hours": "30",
                "water_glasses": "-1",
                "menstruation": "maybe",
            },
        ),
        ("/diary/triggers/", {"name": "red wine"}),
        ("/diary/triggers/", {"name": ""}),
        ("/diary/appointments/", {"day": "not a day"}),
        (
            "/diary/reminders/",
            {"timezone": "Mars/Olympus", "checkin-enabled": "on", "checkin-local_time": "25:00"},
        ),
    ]


@pytest.mark.parametrize("case", range(13))
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_diary_form_with_errors_has_no_english_left(client, patient, case, language):
    client.force_login(patient)
    url, data = refused_forms(rosa(patient))[case]

    pages = pages_for(client, url, data=data)

    page = pages[language]
    assert "invalid-feedback" in page or "alert-danger" in page or "alert-info" in page, url
    assert english_left(pages, language) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_attack_form_asks_about_an_overlap_in_the_pages_language(client, patient, language):
    client.force_login(patient)
    attack = MigraineAttack.objects.for_owner(patient).get(pk=rosa(patient)["attack"])
    start = timezone.localtime(attack.started_at, patient.tzinfo) + datetime.timedelta(minutes=30)

    pages = pages_for(
        client,
        "/diary/migraines/new/",
        data={
            "attack_type": "migraine",
            "started_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ended_at": (start + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        },
    )

    assert 'id="overlap-question"' in pages[language]
    assert english_left(pages, language) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_one_tap_start_that_overlaps_asks_in_the_pages_language(client, patient, language):
    client.force_login(patient)
    MigraineAttack.objects.for_owner(patient).ongoing().update(ended_at=timezone.now())

    pages = pages_for(client, "/diary/migraines/start/", data={"minutes_ago": "60"})

    assert 'name="confirm_overlap"' in pages[language]
    assert english_left(pages, language) == set()


# --- Questionnaires: the page's words translated, the instrument's own in English -------------


def phq9(*values: int) -> dict[str, str]:
    return {f"item-{n}": str(value) for n, value in enumerate(values, start=1)}


def submitted(client, answers: dict) -> str:
    """The address of the PHQ-9 response these answers make."""
    response = client.post(
        "/diary/questionnaires/phq9/", {**answers, "form_token": "", "action": "submit"}
    )
    assert response.status_code == 302, response.content[:500]
    return response["Location"]


def assert_only_the_instruments_words_are_english(pages: dict[str, str], language: str) -> None:
    pages = dict(pages)
    removed = 0
    for each in pages:
        pages[each], count = without_english_only_parts(pages[each])
        removed += count
    # The instrument's items (and answers) were on the page, marked as English, and the
    # page says so in its own language.
    assert removed > 0
    assert "questionnaire-english-only" in pages[language]
    assert "questionnaire-english-only" not in pages["en"]
    assert english_left(pages, language) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_questionnaire_pages_show_only_the_instruments_words_in_english(
    client, patient, language
):
    client.force_login(patient)
    # Two completions, the second with thoughts of self-harm: a change to describe, and the
    # urgent help shown first.
    submitted(client, phq9(1, 1, 0, 2, 0, 1, 0, 0, 0))
    latest = submitted(client, phq9(2, 2, 1, 2, 1, 1, 1, 0, 1))
    client.post("/diary/questionnaires/", {"keep": ["phq9", "gad7"], "interval-gad7": "14"})

    for url in ["/diary/questionnaires/", "/diary/questionnaires/gad7/", latest]:
        pages = pages_for(client, url)
        assert_only_the_instruments_words_are_english(pages, language)
    # Nothing filled in: every question's refusal in the page's language.
    pages = pages_for(
        client, "/diary/questionnaires/gad7/", data={"form_token": "", "action": "submit"}
    )
    assert 'id="answer-errors"' in pages[language]
    assert_only_the_instruments_words_are_english(pages, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_questionnaire_not_offered_says_why_in_the_pages_language(client, patient, language):
    client.force_login(patient)

    pages = {}
    for each in ["en", language]:
        response = client.get("/diary/questionnaires/mfis/", HTTP_ACCEPT_LANGUAGE=each)
        assert response.status_code == 404
        pages[each] = response.text

    assert english_left(pages, language) == set()


# --- Reminder e-mail links ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reminder_links_pages_have_no_english_left(client, patient, language):
    from diary.reminder_links import LinkPurpose, link_token

    delivery = ReminderDelivery.objects.filter(reminder__owner=patient).order_by("pk").first()
    for purpose, path in [
        (LinkPurpose.NOTHING_TO_REPORT, "nothing-to-report"),
        (LinkPurpose.SNOOZE, "snooze"),
        (LinkPurpose.UNSUBSCRIBE, "unsubscribe"),
    ]:
        token = link_token(purpose=purpose, delivery_id=delivery.pk, nonce=delivery.link_nonce)
        pages = pages_for(client, f"/reminders/{path}/{token}/")
        assert 'method="post"' in pages[language]
        assert english_left(pages, language) == set(), path
    # An altered link: a calm page that says why.
    pages = {}
    for each in ["en", language]:
        response = client.get("/reminders/snooze/not-a-token/", HTTP_ACCEPT_LANGUAGE=each)
        assert response.status_code == 400
        pages[each] = response.text
    assert 'id="link-problem"' in pages[language]
    assert english_left(pages, language) == set()


# --- Importing a diary -----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_importing_an_overlap_export_has_no_english_left(client, patient, language):
    from diary.exports import csv_export
    from tests.conftest import make_patient
    from tests.diary.imports.helpers import confirm, upload_batch

    # Rosa's diary, brought to a new account of hers.
    data = csv_export(patient)
    newer = make_patient("rosa.new@example.com", timezone="Europe/Berlin")
    client.force_login(newer)
    batch = upload_batch(client, data, "rosa.zip")

    preview = pages_for(client, f"/diary/imports/{batch.pk}/")
    assert 'id="import-rows"' in preview[language]
    assert english_left(preview, language) == set()

    confirm(client, batch)
    for url in [f"/diary/imports/{batch.pk}/", "/diary/imports/"]:
        assert english_left(pages_for(client, url), language) == set(), url


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7 not a diary", b"PK\x03\x04 broken zip"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_file_says_why_in_the_pages_language(client, patient, content, language):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(patient)
    pages = {}
    for each in ["en", language]:
        response = client.post(
            "/diary/imports/",
            {"file": SimpleUploadedFile("diary.csv", content)},
            HTTP_ACCEPT_LANGUAGE=each,
        )
        assert response.status_code == 200
        pages[each] = response.text

    assert "invalid-feedback" in pages[language]
    assert english_left(pages, language) == set()
