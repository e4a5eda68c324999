"""The words about the numbers in Spanish, Brazilian Portuguese and German (issue 21): the
home page, the report and the visit pack of a diary that sets off the alerts have no English
left; the insights' sentences count in each language's plurals and keep their audience (the
patient in the second person, a clinician in the third with the patient's name); the weekly
e-mail's alerts are in the account's language."""

import datetime
import re

import pytest
from django.utils import timezone, translation

from diary import insights
from diary.insights import response, visit
from diary.insights.completeness import count_days, format_decimal
from diary.models import (
    Appointment,
    DailyCheckIn,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
)
from education.models import Condition, Page
from tests.diary.insights.builders import doses_on, make_diary, migraine_on
from tests.diary.insights.test_alert_voice import ALERTS, both_voices
from tests.test_i18n import TRANSLATED, html_lang, pages_for, untranslated

LANGUAGES = list(TRANSLATED.values())
TODAY = datetime.date(2026, 11, 30)
NOW = datetime.datetime(2026, 11, 30, 21, 0, tzinfo=datetime.UTC)


# --- A diary that sets off the alerts ------------------------------------------------------


def rich_diary(user) -> None:
    """130 days of diary: a triptan on every other day of the last 90 (medication overuse, and
    the triptan caution with lupus on the profile), two different triptans within a day (the
    24-hour note), naproxen for the joints, a preventive started 100 days ago with a full
    baseline, an ongoing lupus flare and an earlier one, and check-ins on too few days for
    the counts to be complete."""
    now = timezone.now()
    tz = user.tzinfo
    today = timezone.localdate(now, tz)

    def at(days_ago: int, hour: int = 9) -> datetime.datetime:
        day = today - datetime.timedelta(days=days_ago)
        return datetime.datetime.combine(day, datetime.time(hour), tzinfo=tz)

    sumatriptan = Medication.objects.create(
        owner=user, name="Sumatriptan", category="triptan", purpose="acute"
    )
    rizatriptan = Medication.objects.create(
        owner=user, name="Rizatriptan", category="triptan", purpose="acute"
    )
    naproxen = Medication.objects.create(
        owner=user, name="Naproxen", category="nsaid", purpose="disease_modifying"
    )
    Medication.objects.create(
        owner=user,
        name="Topiramate",
        category="anti_seizure",
        purpose="preventive",
        started_on=today - datetime.timedelta(days=100),
    )
    for days_ago in range(1, 130, 3):
        MigraineAttack.objects.create(
            owner=user,
            started_at=at(days_ago, 7),
            ended_at=at(days_ago, 15),
            peak_intensity=6,
            aura=days_ago % 2 == 0,
            disability=2,
        )
    for days_ago in range(1, 90, 2):
        MedicationDose.objects.create(medication=sumatriptan, taken_at=at(days_ago, 8))
    MedicationDose.objects.create(medication=rizatriptan, taken_at=at(3, 18))
    for days_ago in (2, 4, 6, 8, 10):
        MedicationDose.objects.create(medication=naproxen, taken_at=at(days_ago, 20))
    for days_ago in range(100, 130):
        DailyCheckIn.objects.create(
            owner=user, day=today - datetime.timedelta(days=days_ago), sleep_hours=5, stress=8
        )
    lupus = Condition.objects.get(slug="lupus")
    Flare.objects.create(
        owner=user,
        condition=lupus,
        started_on=today - datetime.timedelta(days=60),
        ended_on=today - datetime.timedelta(days=50),
        severity=3,
    )
    Flare.objects.create(
        owner=user, condition=lupus, started_on=today - datetime.timedelta(days=5), severity=2
    )


@pytest.fixture
def rich_alice(alice):
    rich_diary(alice)
    return alice


def alert_kinds(user) -> set[str]:
    from diary.loading import load_diary_and_profile

    now = timezone.now()
    diary, _, _ = load_diary_and_profile(user, tz=user.tzinfo)
    today = timezone.localdate(now, user.tzinfo)
    return {alert.kind for alert in insights.current_alerts(diary, today=today, now=now)}


@pytest.mark.django_db
def test_the_rich_diary_sets_off_the_alerts(rich_alice):
    assert alert_kinds(rich_alice) == {"medication_overuse", "triptan_caution", "triptan_gap"}


# --- No English left on the pages -----------------------------------------------------------

# What the patient wrote themselves is the same in every language: their medicines' names and
# their own name (the report's header reads "Patient: Alice.").
PATIENT_DATA = {"Sumatriptan", "Rizatriptan", "Naproxen", "Topiramate", "Alice", "Alice."}


def education_words() -> set[str]:
    """The titles and summaries of the education pages suggested on the home page: they are
    translated with the education pages, each language with its own review (issue 21)."""
    words = set()
    for title, summary in Page.objects.values_list("title", "summary"):
        words.update({" ".join(title.split()), " ".join(summary.split())})
    return words


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_of_a_rich_diary_has_no_english_left(client, rich_alice, language):
    client.force_login(rich_alice)
    MedicationDose.objects.create(
        medication=Medication.objects.get(owner=rich_alice, name="Sumatriptan"),
        taken_at=timezone.now() - datetime.timedelta(hours=3),
    )

    pages = pages_for(client, "/")

    english = pages["en"]
    # The page shows what is to be translated: the alerts, the incomplete diary, the
    # ongoing flare, the question whether a dose helped.
    assert "Acute medication on many days" in english
    assert "The counts may be too low" in english
    assert "Did Sumatriptan help?" in english and "A little" in english
    assert "Log a flare" in english and "(moderate)" in english
    assert untranslated(pages, language) - PATIENT_DATA - education_words() == set()


# Words on the report that other parts of issue 21 translate, each where it is made: the
# timeline's charts and tables (diary/charts.py, diary/tables.py), the period fields the
# timeline shares (templates/diary/includes/period_fields.html), the education pages'
# disclaimer (templates/education/disclaimer.html) and the kinds of medicine of the
# medication list (education/medication_kinds.py). Patterns, as their figures and months
# change with the day the test runs.
MADE_ELSEWHERE = [
    r"\d+ of \d+",
    r"(January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{4}",
    r"\d+ calendar months? shown\..*",
    r"Your diary has \d+ flares?:.*",
    r"No factor has at least 3 days with it and 3 without in this period\.",
    r"too little data for a ratio",
    r"(Migraine|Headache|Flare|Acute-medication|Overuse-relevant) days.*",
    r"Days covered|Week|Highest peak pain",
    r"From|To|Flare window \(days either side\)",
    r"Medical disclaimer|This page informs; it does not diagnose or replace medical advice\..*",
    r"Talk with your own clinicians before you change any treatment\..*",
    r"(Triptan|Anti-inflammatory painkiller|Anti-seizure medicine) \(.*\)",
]


def made_elsewhere(words: set[str]) -> set[str]:
    return {word for word in words if any(re.fullmatch(rule, word) for rule in MADE_ELSEWHERE)}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_of_a_rich_diary_has_no_english_left(client, rich_alice, language):
    client.force_login(rich_alice)

    pages = pages_for(client, "/report/")

    english = pages["en"]
    assert "A note about the time between doses" in english
    assert "Topiramate, started on" in english  # the preventive's response
    assert "The counts may be too low" in english
    left = untranslated(pages, language) - PATIENT_DATA
    assert left - made_elsewhere(left) == set()
    # The words the report itself writes are all in the language, whatever is left above.
    translated = pages[language]
    with translation.override(language):
        assert translation.gettext("Alerts to discuss") in translated
        assert translation.gettext("Acute medication on many days") in translated
        assert translation.gettext("Preventive treatment response") in translated


def first_look(client, appointment: Appointment, language: str) -> str:
    """The visit pack opened in `language`: its questions are drafted on that first look,
    in that language, and stay as drafted from then on."""
    response = client.get(f"/diary/appointments/{appointment.pk}/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert html_lang(response) == language
    return response.text


@pytest.mark.django_db
@pytest.mark.parametrize("specialty", ["neurology", "rheumatology"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_visit_pack_of_a_rich_diary_has_no_english_left(
    client, rich_alice, language, specialty
):
    client.force_login(rich_alice)
    day = timezone.localdate(timezone.now(), rich_alice.tzinfo) + datetime.timedelta(days=3)
    # Two appointments on the same day: the same period and figures, one first opened in
    # English and one in the other language.
    in_english, in_language = (
        Appointment.objects.create(owner=rich_alice, day=day, specialty=specialty) for _ in range(2)
    )

    pages = {
        "en": first_look(client, in_english, "en"),
        language: first_look(client, in_language, language),
    }

    english = pages["en"]
    assert "Questions to ask" in english
    assert "Are triptans right for me, given Systemic lupus erythematosus?" in english
    assert untranslated(pages, language) - PATIENT_DATA == set()
    in_language.refresh_from_db()
    with translation.override(language):
        assert in_language.questions[-1] == translation.gettext(
            "Could my flares and my migraines be linked, and does that change my treatment?"
        )
    # Once drafted, the questions are the patient's: another language does not redraft them.
    again = client.get(f"/diary/appointments/{in_language.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert in_language.questions[-1] in again.text


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_of_appointments_has_no_english_left(client, alice, language):
    client.force_login(alice)
    Appointment.objects.create(owner=alice, day=datetime.date(2026, 12, 24), specialty="other")

    pages = pages_for(client, "/diary/appointments/")

    assert "Another specialty" in pages["en"]
    assert untranslated(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_appointment_says_why_in_the_pages_language(client, alice, language):
    client.force_login(alice)

    pages = pages_for(client, "/diary/appointments/", data={"day": "2099-01-01"})

    assert "within two years of today" in pages["en"]
    assert "Choose who the appointment is with." in pages["en"]
    assert untranslated(pages, language) == set()


@pytest.mark.django_db
def test_a_clinicians_visit_pack_and_report_speak_of_the_patient_by_name(rich_alice, bob):
    from diary.views.visits import visit_pack_context

    appointment = Appointment.objects.create(
        owner=rich_alice, day=timezone.localdate(), specialty="neurology"
    )
    with translation.override("de"):
        context = visit_pack_context(rich_alice, appointment, for_clinician=True)
    sentences = [
        context["attack_sentence"],
        context["linkage"],
        *context["responses"],
        *(alert.message for alert in context["alerts"]),
    ]
    assert context["alerts"]
    for sentence in sentences:
        assert not SECOND_PERSON["de"].search(sentence), sentence
    assert all("Alice" in alert.message for alert in context["alerts"])
    assert context["attack_sentence"].startswith("Alice hat ")


# --- Plurals and the two voices in each language ----------------------------------------------

# The reader addressed in the second person: Spanish "usted" (and "su" for "your"), Brazilian
# Portuguese "você" ("seu", "sua"), German "Sie" and "Ihr" in their capitals, as German writes
# the polite form ("sie", they, is the third person; no clinician's sentence begins with it).
SECOND_PERSON = {
    "es": re.compile(r"\b(usted|ustedes|su|sus|le|háblelo|pregunte)\b", re.IGNORECASE),
    "pt-br": re.compile(r"\b(você|vocês|seu|seus|sua|suas)\b", re.IGNORECASE),
    "de": re.compile(r"\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b"),
}
# The patient's own sentences do address them.
ADDRESSED = {
    "es": re.compile(r"\b(usted|su|sus)\b", re.IGNORECASE),
    "pt-br": re.compile(r"\b(você|seu|sua)\b", re.IGNORECASE),
    "de": re.compile(r"\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b"),
}
UNNAMED = {"es": "el/la paciente", "pt-br": "o/a paciente", "de": "patientin/patient"}


@pytest.mark.parametrize("make", ALERTS, ids=lambda make: make.__name__)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_alert_keeps_its_audience_in_each_language(make, language):
    english_patient, english_named, _ = both_voices(make)
    with translation.override(language):
        patient, named, unnamed = both_voices(make)

    assert patient.title != english_patient.title
    assert patient.message != english_patient.message
    assert ADDRESSED[language].search(patient.message), patient.message
    for clinician in (named, unnamed):
        assert not SECOND_PERSON[language].search(clinician.message), clinician.message
        assert clinician.message != english_named.message
        assert (clinician.kind, clinician.title, clinician.windows) == (
            patient.kind,
            patient.title,
            patient.windows,
        )
    assert "Alice" in named.message
    assert UNNAMED[language] in unnamed.message.lower()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_summaries_keep_their_audience_in_each_language(language):
    diary = make_diary(
        attacks=[migraine_on(TODAY - datetime.timedelta(days=offset)) for offset in (1, 4)],
        doses=doses_on([TODAY - datetime.timedelta(days=2)], "nsaid", "disease_modifying"),
        starts_on=TODAY - datetime.timedelta(days=20),
    )
    start = TODAY - datetime.timedelta(days=29)
    with translation.override(language):
        patient = insights.period_summary(diary, start=start, end=TODAY, today=TODAY, now=NOW)
        clinician = insights.period_summary(
            diary,
            start=start,
            end=TODAY,
            today=TODAY,
            now=NOW,
            audience=insights.CLINICIAN,
            name="Alice",
        )
        completeness = insights.completeness_text(
            insights.Completeness(days=30, covered_days=21, recorded_days=3),
            audience=insights.CLINICIAN,
            name="Alice",
        )
    assert ADDRESSED[language].search(patient), patient
    for sentence in (clinician, completeness):
        assert "Alice" in sentence
        assert not SECOND_PERSON[language].search(sentence), sentence


EXPECTED_DAYS = {
    "es": ["1 día", "2 días", "5 días"],
    "pt-br": ["1 dia", "2 dias", "5 dias"],
    "de": ["1 Tag", "2 Tage", "5 Tage"],
}
# The triptan caution's count, after its preposition: German puts the noun in the dative.
EXPECTED_ON_DAYS = {
    "es": ["en 1 día de", "en 2 días de", "en 5 días de"],
    "pt-br": ["em 1 dia nos", "em 2 dias nos", "em 5 dias nos"],
    "de": ["an 1 Tag in", "an 2 Tagen in", "an 5 Tagen in"],
}


# A drafted question, in the patient's own voice.
EXPECTED_JOINT_DAYS = {
    "es": ["articulaciones 1 día:", "articulaciones 2 días:", "articulaciones 5 días:"],
    "pt-br": ["em 1 dia:", "em 2 dias:", "em 5 dias:"],
    "de": ["an 1 Tag einen", "an 2 Tagen einen", "an 5 Tagen einen"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_days_are_counted_in_each_languages_plurals(language):
    with translation.override(language):
        counted = [count_days(count) for count in (1, 2, 5)]
        cautions = [
            insights.triptan_caution(
                make_diary(
                    doses=doses_on(
                        [TODAY - datetime.timedelta(days=offset) for offset in range(count)],
                        "triptan",
                    ),
                    vessel_reasons=("lupus",),
                ),
                today=TODAY,
            ).message
            for count in (1, 2, 5)
        ]
        questions = [
            visit.draft_questions(
                make_diary(),
                specialty="rheumatology",
                alerts=[],
                preventives=[],
                joint_nsaid_days=count,
                flares=visit.FlareFigures(count=0, days=0, by_severity={}, conditions=()),
                vessel_reasons=(),
                today=TODAY,
                now=NOW,
            )[0]
            for count in (1, 2, 5)
        ]

    assert counted == EXPECTED_DAYS[language]
    for caution, words in zip(cautions, EXPECTED_ON_DAYS[language], strict=True):
        assert words in caution, caution
    for question, words in zip(questions, EXPECTED_JOINT_DAYS[language], strict=True):
        assert words in question, question


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_and_dates_are_written_as_each_language_writes_them(language):
    written = {
        "es": ("30 de noviembre de 2026", "2,5"),
        "pt-br": ("30 de novembro de 2026", "2,5"),
        "de": ("30. November 2026", "2,5"),
    }[language]
    with translation.override(language):
        assert (insights.format_day(TODAY), format_decimal(2.45)) == written
    assert (insights.format_day(TODAY), format_decimal(2.45)) == (
        "30 November 2026",
        "2.5",
    )


def test_the_responder_threshold_keeps_its_numbers_and_sources_in_each_language():
    for language in LANGUAGES:
        with translation.override(language):
            source = translation.gettext(response.RESPONDER_SOURCE)
        assert source != response.RESPONDER_SOURCE
        for exact in ("50 %", "Cephalalgia 2020;40(10):1026-1044", "CGRP"):
            assert exact in source, (language, source)


# --- The weekly e-mail ----------------------------------------------------------------------


WEEKLY_ALERT = {
    "es": "- Medicación aguda en muchos días",
    "pt-br": "- Medicamento agudo em muitos dias",
    "de": "- Akutmedikation an vielen Tagen",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_weekly_e_mail_has_no_english_left(rich_alice, language):
    from diary.models import Reminder, ReminderDelivery, ReminderKind
    from diary.reminders import reminder_email
    from tests.test_i18n_email import english_left, in_each_language

    today = timezone.localdate(timezone.now(), rich_alice.tzinfo)
    delivery = ReminderDelivery.objects.create(
        reminder=Reminder.objects.create(
            owner=rich_alice, kind=ReminderKind.WEEKLY_SUMMARY, enabled=True, include_details=True
        ),
        due_at=timezone.now(),
        local_day=today,
        link_nonce="a" * 32,
    )

    bodies = in_each_language(rich_alice, lambda: reminder_email(delivery=delivery, shares=[]).body)

    assert "- Acute medication on many days" in bodies["en"].splitlines()
    assert WEEKLY_ALERT[language] in bodies[language].splitlines()
    assert english_left(bodies, language) == set(), bodies[language]


# --- The clinician's list --------------------------------------------------------------------


@pytest.mark.django_db
def test_the_clinicians_list_gives_the_alerts_in_the_language_of_each_view(alice):
    """The list keeps each patient's summary in the cache (clinic/summaries.py): a summary
    kept from a view in English is not shown to a clinician reading in German."""
    from django.test import Client

    from tests.conftest import give_totp, make_clinician, make_share

    clinician = make_clinician("dr.weber@example.com", "Dr Weber")
    give_totp(clinician)
    make_share(alice, clinician)
    triptan = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    MedicationDose.objects.create(
        medication=triptan, taken_at=timezone.now() - datetime.timedelta(days=2)
    )
    client = Client()
    client.force_login(clinician)

    def reasons(language: str) -> list[str]:
        response = client.get("/clinic/", HTTP_ACCEPT_LANGUAGE=language)
        (row,) = response.context["patients"]
        return row["reasons"]

    assert reasons("en") == ["Alert: A note about triptans and ergots."]
    assert reasons("de") == ["Hinweis: Ein Hinweis zu Triptanen und Ergotaminen."]
    assert reasons("en") == ["Alert: A note about triptans and ergots."]
