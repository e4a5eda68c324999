"""What the crawl of every page (tests/test_i18n_crawl.py) and the areas' own tests left in
English (issue 21): condition names wherever a patient or a clinician meets them, the
import formats' names, and a clinician's sentences about a patient who gave no name."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation

from accounts.models import OnboardingStep, PatientProfile, User
from diary import exports
from diary.models import Appointment, Flare, ImportBatch, Medication, MigraineAttack
from education.models import Condition
from tests.conftest import PASSWORD
from tests.test_i18n import main_words

LUPUS = "Systemic lupus erythematosus"
LUPUS_IN = {
    "en": LUPUS,
    "es": "Lupus eritematoso sistémico",
    "pt-br": "Lúpus eritematoso sistêmico",
    "de": "Systemischer Lupus erythematodes",
}


def words(client, url: str, language: str) -> set[str]:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, (url, language, response.status_code)
    return main_words(response.text, language)


def flare(patient: User, **fields) -> Flare:
    fields.setdefault("started_on", timezone.localdate() - datetime.timedelta(days=3))
    return Flare.objects.create(
        owner=patient, condition=Condition.objects.get(slug="lupus"), **fields
    )


# --- Condition names ------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["es", "pt-br", "de"])
def test_the_flare_form_offers_the_conditions_in_the_pages_language(client, alice, language):
    client.force_login(alice)

    shown = words(client, "/diary/flares/new/", language)

    assert LUPUS_IN[language] in shown
    assert LUPUS not in shown


@pytest.mark.django_db
def test_onboarding_names_every_seeded_condition_in_german(client):
    user = User.objects.create_user(
        "neu@example.com",
        PASSWORD,
        role=User.Role.PATIENT,
        onboarding_step=OnboardingStep.CONDITIONS,
    )
    PatientProfile.objects.create(user=user)
    client.force_login(user)

    shown = words(client, reverse(f"onboarding:{OnboardingStep.CONDITIONS.value}"), "de")

    for name in ["Systemischer Lupus erythematodes", "Migräne mit Aura", "Rheumatoide Arthritis"]:
        assert name in shown
    assert not shown & set(Condition.objects.values_list("name", flat=True))


@pytest.mark.django_db
def test_a_condition_a_curator_added_is_shown_as_written(client, alice):
    added = Condition.objects.create(name="Behçet's disease", slug="behcet", kind="autoimmune")
    alice.profile.conditions.add(added)
    client.force_login(alice)

    shown = words(client, "/accounts/profile/", "de")

    assert "Behçet's disease" in shown and "Systemischer Lupus erythematodes" in shown


@pytest.mark.django_db
def test_a_flare_is_named_in_german_on_its_page_the_list_and_home(client, alice):
    shown_flare = flare(alice)
    client.force_login(alice)

    assert "Schub: Systemischer Lupus erythematodes" in words(
        client, shown_flare.get_absolute_url(), "de"
    )
    assert "Schub: Systemischer Lupus erythematodes" in words(client, "/diary/", "de")
    home = client.get("/", HTTP_ACCEPT_LANGUAGE="de").text
    assert "Systemischer Lupus erythematodes</a>" in home
    assert LUPUS not in main_words(home, "de")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["es", "pt-br", "de"])
def test_a_triptans_caution_names_the_profiles_conditions_in_the_pages_language(
    client, alice, language
):
    """The note after a triptan dose reads the profile's vessel-involving conditions."""
    alice.profile.conditions.set([Condition.objects.get(slug="lupus")])
    triptan = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    client.force_login(alice)

    response = client.post(
        "/diary/doses/new/",
        {"quick": "1", "medication": triptan.pk},
        follow=True,
        HTTP_ACCEPT_LANGUAGE=language,
    )

    assert response.status_code == 200
    assert LUPUS_IN[language] in response.text
    assert LUPUS not in response.text


@pytest.mark.django_db
def test_the_reports_notes_and_ongoing_flares_name_the_condition_in_german(client, alice):
    flare(alice, notes="Gelenke steif")
    client.force_login(alice)

    response = client.get("/report/", HTTP_ACCEPT_LANGUAGE="de")

    shown = main_words(response.text, "de")
    # The note's kind ("1. Dezember 2026, Schub: ...:"), and the period's flares.
    assert any("Schub: Systemischer Lupus erythematodes:" in line for line in shown)
    assert any("Systemischer Lupus erythematodes (" in line for line in shown)
    assert not any(LUPUS in line for line in shown)


@pytest.mark.django_db
def test_the_timeline_data_names_flares_in_the_requests_language(client, alice):
    flare(alice)
    client.force_login(alice)
    end = timezone.localdate()
    query = {"start": (end - datetime.timedelta(days=89)).isoformat(), "end": end.isoformat()}

    data = client.get("/timeline/data.json", query, HTTP_ACCEPT_LANGUAGE="pt-br").json()

    assert "Lúpus eritematoso sistêmico" in json.dumps(data, ensure_ascii=False)
    assert LUPUS not in json.dumps(data, ensure_ascii=False)


@pytest.mark.django_db
def test_the_visit_pack_names_the_flares_conditions_in_spanish(client, alice):
    flare(alice)
    appointment = Appointment.objects.create(
        owner=alice, day=timezone.localdate(), specialty="rheumatology"
    )
    client.force_login(alice)

    shown = words(client, f"/diary/appointments/{appointment.pk}/", "es")

    assert any("(Lupus eritematoso sistémico)" in line for line in shown)
    assert not any(LUPUS in line for line in shown)


@pytest.mark.django_db
def test_the_clinic_list_names_ongoing_flares_in_each_language_it_is_read_in(
    client, alice, alice_shares_with_bob, bob
):
    flare(alice)
    client.force_login(bob)

    # Each language's names are kept apart: the cache holds the words each was made in.
    for language in ["en", "de", "es", "en", "de"]:
        shown = words(client, "/clinic/", language)
        assert LUPUS_IN[language] in shown, language
        assert language == "en" or LUPUS not in shown


@pytest.mark.django_db
def test_the_fhir_exports_words_name_the_condition_in_the_language_it_is_made_in(alice):
    flare(alice)

    with translation.override("de"):
        bundle = exports.fhir_export(alice)

    texts = json.dumps(bundle, ensure_ascii=False)
    assert '"text": "Schub: Systemischer Lupus erythematodes"' in texts
    assert '"text": "Systemischer Lupus erythematodes"' in texts
    # The code stays the code: ICD-10's own English words beside it.
    assert '"display": "Systemic lupus erythematosus, unspecified"' in texts


# --- Import formats -------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("es", "CSV de Migraine Buddy ·"),
        ("pt-br", "CSV do Migraine Buddy ·"),
        ("de", "CSV-Datei aus Migraine Buddy ·"),
    ],
)
def test_an_imports_page_names_its_format_in_the_pages_language(client, alice, language, label):
    batch = ImportBatch.objects.create(
        owner=alice,
        format=ImportBatch.Format.MIGRAINE_BUDDY,
        file_name="export.csv",
        file_hash="0" * 64,
        parsed={"entries": [], "refused": [], "notices": [], "profile": None},
    )
    client.force_login(alice)

    assert label in words(client, f"/diary/imports/{batch.pk}/", language)


# --- A clinician's sentences about a patient who gave no name -----------------------


@pytest.fixture
def unnamed_alice(alice, alice_shares_with_bob):
    """Alice without a display name, with a week of attacks and a flare, shared with Bob."""
    alice.display_name = ""
    alice.save(update_fields=["display_name"])
    now = timezone.now()
    for days in (1, 4, 7):
        started = now - datetime.timedelta(days=days)
        MigraineAttack.objects.create(
            owner=alice, started_at=started, ended_at=started + datetime.timedelta(hours=3)
        )
    flare(alice)
    return alice


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "es",
            "El diario de alice@example.com tiene 1 brote: menos de 5, así que Overlap muestra "
            "recuentos, no proporciones.",
        ),
        (
            "pt-br",
            "O diário de alice@example.com tem 1 surto: menos de 5, então o Overlap mostra "
            "contagens, não proporções.",
        ),
    ],
)
def test_a_clinician_reads_about_an_unnamed_patient_in_grammatical_sentences(
    client, unnamed_alice, bob, language, sentence
):
    client.force_login(bob)

    for url in (f"/clinic/{unnamed_alice.uuid}/timeline/", f"/clinic/{unnamed_alice.uuid}/report/"):
        page = client.get(url, HTTP_ACCEPT_LANGUAGE=language).text
        shown = " ".join(main_words(page, language))
        assert sentence in shown, url
        # Never a name slot filled with "el/la paciente" or "o/a paciente" after "de".
        assert "/a paciente" not in page


@pytest.mark.django_db
def test_a_clinicians_visit_pack_names_an_unnamed_patient_by_address(client, unnamed_alice, bob):
    appointment = Appointment.objects.create(
        owner=unnamed_alice, day=timezone.localdate(), specialty="rheumatology"
    )
    client.force_login(bob)

    page = client.get(
        f"/clinic/{unnamed_alice.uuid}/visits/{appointment.pk}/", HTTP_ACCEPT_LANGUAGE="es"
    )

    assert page.status_code == 200
    assert "alice@example.com" in page.text
    assert "/a paciente" not in page.text


# --- The report's controls and a clinician's notes ------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "button"),
    [
        ("es", "Mostrar este periodo"),
        ("pt-br", "Mostrar este período"),
        ("de", "Diesen Zeitraum zeigen"),
    ],
)
def test_the_reports_period_button_is_in_the_pages_language(client, alice, language, button):
    client.force_login(alice)

    shown = words(client, "/report/", language)

    assert button in shown and "Show this period" not in shown


@pytest.mark.django_db
def test_a_clinician_reads_the_notes_day_and_kind_in_german(
    client, alice, alice_shares_with_bob, bob
):
    alice_shares_with_bob.include_notes = True
    alice_shares_with_bob.save(update_fields=["include_notes"])
    started_on = timezone.localdate() - datetime.timedelta(days=3)
    flare(alice, started_on=started_on, notes="Gelenke steif")
    client.force_login(bob)
    end = timezone.localdate()
    query = {"start": (end - datetime.timedelta(days=89)).isoformat(), "end": end.isoformat()}

    data = client.get(
        f"/clinic/{alice.uuid}/timeline/data.json", query, HTTP_ACCEPT_LANGUAGE="de"
    ).json()

    with translation.override("de"):
        day_label = formats.date_format(started_on, "j. F Y")
    assert {
        "day": started_on.isoformat(),
        "day_label": day_label,
        "kind": "Schub: Systemischer Lupus erythematodes",
        "text": "Gelenke steif",
    } in data["notes"]
