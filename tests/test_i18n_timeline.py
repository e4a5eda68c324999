"""The timeline and the exports in Spanish, Brazilian Portuguese and German (README,
"Translations"): the page for the default period and for a long one (drawn by week), its
chart data's words (data.json), a clinician's copy in the third person, the export's
password step and the README inside the CSV archive, in the account's language, with the
file and column names unchanged.
"""

import datetime
import io
import zipfile

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from diary import charts, tables
from diary.exports import csv_export
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from tests.test_i18n import (
    SAME_EVERYWHERE,
    SAME_IN,
    TRANSLATED,
    condition_names,
    html_lang,
    pages_for,
    untranslated,
)

LONG_DAYS = 400


@pytest.fixture
def diary(alice, lupus):
    """A year and more of Alice's diary: attacks every fourth day, five lupus flares, doses
    and check-ins in the last 90 days."""
    today = timezone.localdate(timezone.now(), alice.tzinfo)
    for offset in range(1, LONG_DAYS, 4):
        day = today - datetime.timedelta(days=offset)
        start = datetime.datetime(day.year, day.month, day.day, 9, tzinfo=alice.tzinfo)
        MigraineAttack.objects.create(
            owner=alice,
            started_at=start,
            ended_at=start + datetime.timedelta(hours=5),
            peak_intensity=3 + offset % 7,
        )
    for offset in (20, 60, 120, 180, 250):
        Flare.objects.create(
            owner=alice,
            condition=lupus,
            started_on=today - datetime.timedelta(days=offset),
            ended_on=today - datetime.timedelta(days=offset - 6),
        )
    naproxen = Medication.objects.create(
        owner=alice, name="Naproxen", category="nsaid", purpose="acute"
    )
    for offset in range(1, 90, 3):
        day = today - datetime.timedelta(days=offset)
        MedicationDose.objects.create(
            medication=naproxen,
            taken_at=datetime.datetime(day.year, day.month, day.day, 8, tzinfo=alice.tzinfo),
        )
        DailyCheckIn.objects.create(
            owner=alice, day=day, sleep_hours=5 + offset % 4, stress=offset % 10
        )
    return today


def long_period(today: datetime.date) -> str:
    start = today - datetime.timedelta(days=LONG_DAYS - 1)
    return f"?start={start.isoformat()}&end={today.isoformat()}"


# --- The page -------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("period", ["default", "long"])
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_the_timeline_has_no_english_left(client, alice, diary, period, language):
    client.force_login(alice)
    url = reverse("diary:timeline") + ("" if period == "default" else long_period(diary))

    pages = pages_for(client, url)

    assert 'id="timeline-chart"' in pages[language]
    assert untranslated(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_a_clinicians_timeline_has_no_english_left(client, alice, bob, diary, language):
    from tests.conftest import give_totp, make_share

    give_totp(bob)
    make_share(alice, bob, include_notes=True)
    client.force_login(bob)

    pages = pages_for(client, reverse("clinic:timeline", args=[alice.uuid]))

    assert untranslated(pages, language) == set()


@pytest.mark.django_db
def test_the_clinicians_timeline_stays_in_the_third_person(client, alice, bob, diary):
    from tests.conftest import give_totp, make_share

    give_totp(bob)
    make_share(alice, bob)
    client.force_login(bob)

    page = client.get(reverse("clinic:timeline", args=[alice.uuid]), HTTP_ACCEPT_LANGUAGE="de").text

    assert "Zeitverlauf von Alice" in page
    assert "Häufen sich Migränen um Schübe herum?" in page
    assert "Ihr üblicher Anteil" not in page
    assert "Üblicher Anteil" in page


@pytest.mark.django_db
def test_the_page_names_its_language_for_the_charts_dates(client, alice, diary):
    client.force_login(alice)

    brazil = client.get(reverse("diary:timeline"), HTTP_ACCEPT_LANGUAGE="pt-br")
    germany = client.get(reverse("diary:timeline"), HTTP_ACCEPT_LANGUAGE="de")

    # Brazil's week starts on Sunday, Germany's on Monday: the axis' weekly ticks follow.
    assert html_lang(brazil) == "pt-br"
    assert 'data-first-weekday="0"' in brazil.text
    assert 'data-first-weekday="1"' in germany.text


# --- The chart data -----------------------------------------------------------------------

# Keys whose values are codes or dates, never words.
CODE_KEYS = {
    "start",
    "end",
    "today",
    "diary_start",
    "resolution",
    "unit",
    "condition",
    "kind",
    "learn_url",
    "dates",
    "month",
    "period_start",
    "period_end",
    "quick_starts",
    "factor",
    "slug",
    "labels",
}


def words_in(value, key: str = "") -> set[str]:
    """Every string of words in a JSON value, but codes and dates."""
    if key in CODE_KEYS and not isinstance(value, dict):
        return set()
    if isinstance(value, dict):
        found = set()
        for name, item in value.items():
            if name == "labels" and isinstance(item, dict):
                found |= words_in({k: v for k, v in item.items() if k != "unit"})
            elif name == "labels" and isinstance(item, list):
                continue  # the lag chart's day offsets, "-3" and "+2"
            else:
                found |= words_in(item, name)
        return found
    if isinstance(value, list):
        return set().union(*(words_in(item, key) for item in value)) if value else set()
    if isinstance(value, str) and any(char.isalpha() for char in value):
        return {value}
    return set()


@pytest.mark.django_db
@pytest.mark.parametrize("period", ["default", "long"])
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_the_chart_data_is_in_the_requests_language(client, alice, diary, period, language):
    client.force_login(alice)
    start = diary - datetime.timedelta(days=89 if period == "default" else LONG_DAYS - 1)
    query = {"start": start.isoformat(), "end": diary.isoformat()}

    english = client.get("/timeline/data.json", query, HTTP_ACCEPT_LANGUAGE="en").json()
    other = client.get("/timeline/data.json", query, HTTP_ACCEPT_LANGUAGE=language).json()

    assert other["resolution"] == ("day" if period == "default" else "week")
    assert other["table"]["rows"] and other["tooltips"]["titles"]
    # Month names a language shares with English ("September 2026" in German).
    months = {datetime.date.fromisoformat(row["month"] + "-01") for row in other["months"]}
    with translation.override("en"):
        english_months = {month: tables.month_words(month) for month in months}
    with translation.override(language):
        same_months = {
            words for month, words in english_months.items() if tables.month_words(month) == words
        }
    allowed = SAME_EVERYWHERE | SAME_IN[language] | condition_names() | same_months
    left = (words_in(other) & words_in(english)) - allowed
    assert left == set()


@pytest.mark.django_db
def test_the_chart_data_in_german(client, alice, diary):
    client.force_login(alice)
    start = diary - datetime.timedelta(days=89)
    query = {"start": start.isoformat(), "end": diary.isoformat()}

    data = client.get("/timeline/data.json", query, HTTP_ACCEPT_LANGUAGE="de").json()

    assert data["table"]["columns"][:3] == ["Datum", "Abgedeckt", "Migräne"]
    assert data["labels"]["y_axis"] == "Stärkster Schmerz"
    assert data["resolution_note"] == "Jeder Balken ist ein Tag."
    assert data["status"].startswith("Angezeigt: ")
    # Dates with German month names, numbers with a decimal comma.
    assert all(". " in title for title in data["tooltips"]["titles"])
    assert {row[2] for row in data["table"]["rows"]} <= {"ja", "nein", "nicht abgedeckt"}


@pytest.mark.django_db
def test_a_bad_period_is_refused_in_the_requests_language(client, alice):
    client.force_login(alice)

    response = client.get(
        "/timeline/data.json",
        {"start": "2025-06-10", "end": "2025-06-01"},
        HTTP_ACCEPT_LANGUAGE="es",
    )

    assert response.status_code == 400
    assert response.json()["error"] == (
        "La fecha de inicio no puede ser posterior a la fecha de fin."
    )


def test_numbers_and_dates_of_the_tables_follow_the_language():
    day = datetime.date(2025, 9, 3)
    with translation.override("en"):
        assert tables.short_day_words(day) == "3 Sept 2025"
        assert tables.number_words(7.5) == "7.5"
    with translation.override("es"):
        assert tables.short_day_words(day) == "3 sep 2025"
        assert tables.month_words(day) == "septiembre de 2025"
        assert tables.number_words(7.5) == "7,5"
    with translation.override("pt-br"):
        assert tables.month_words(day) == "setembro de 2025"
    with translation.override("de"):
        assert tables.short_day_words(day) == "3. Sep 2025"
        assert tables.day_words(day) == "3. September 2025"
        assert tables.number_words(0.25) == "0,25"
        assert charts.resolution_note("week") == (
            "Dieser Zeitraum ist länger als 180 Tage, daher ist jeder Balken eine Woche "
            "(Montag bis Sonntag)."
        )


# --- The export -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_the_exports_password_step_has_no_english_left(client, alice, language):
    client.force_login(alice)
    pages = {}
    for each in ["en", language]:
        response = client.get(reverse("diary:export-csv"), HTTP_ACCEPT_LANGUAGE=each, follow=True)
        assert response.status_code == 200
        assert html_lang(response) == each
        pages[each] = response.text

    assert untranslated(pages, language) == set()


def readme_lines(patient) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(csv_export(patient))) as archive:
        return archive.read("README.txt").decode().splitlines()


def csv_headers(patient) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(csv_export(patient))) as archive:
        return {
            name: archive.read(name).decode("utf-8-sig").splitlines()[0]
            for name in archive.namelist()
            if name.endswith(".csv")
        }


@pytest.mark.django_db
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_the_readme_is_in_the_accounts_language_and_the_files_stay_the_same(alice, diary, language):
    english = readme_lines(alice)
    english_headers = csv_headers(alice)
    alice.language = language
    alice.save(update_fields=["language"])

    # Made with no request in that language: the README follows the account.
    with translation.override("en"):
        lines = readme_lines(alice)
        headers = csv_headers(alice)

    assert headers == english_headers
    # A line left as it was names only a column (a code) or is empty.
    left = {
        line
        for line in set(lines) & set(english)
        if line.strip() and not (line.startswith("  ") and ":" not in line)
    }
    assert left == set()
    # Each file is still named, and each column, as in English.
    names = {line.split(" ")[0] for line in lines if ".csv (" in line}
    assert names == set(english_headers)
    columns = [line.split(":")[0] for line in lines if line.startswith("  ")]
    assert columns == [line.split(":")[0] for line in english if line.startswith("  ")]
    assert any("README" in line for line in lines)


@pytest.mark.django_db
def test_the_readme_in_brazilian_portuguese(alice, diary):
    alice.language = "pt-br"
    alice.save(update_fields=["language"])

    lines = readme_lines(alice)

    assert lines[0] == "Overlap: tudo o que você registrou"
    assert "attacks.csv (100 linhas): Crises de enxaqueca e outras dores de cabeça" in "\n".join(
        lines
    )
    assert "  peak_intensity: dor máxima, de 0 a 10" in lines
    assert any(line.startswith("Os nomes dos arquivos e das colunas") for line in lines)


@pytest.mark.django_db
def test_a_share_of_some_sections_sums_up_the_period_in_the_clinicians_language(
    client, alice, bob, diary
):
    from accounts.models import Section
    from tests.conftest import give_totp, make_share

    give_totp(bob)
    share = make_share(alice, bob)
    share.set_sections({Section.MIGRAINE})
    share.save()
    client.force_login(bob)

    page = client.get(reverse("clinic:timeline", args=[alice.uuid]), HTTP_ACCEPT_LANGUAGE="es")

    summary = page.text.split('id="period-summary">')[1].split("</p>")[0]
    assert summary.startswith("Del ")
    assert "el diario cubre" in summary
    assert "días con migraña (" in summary and "por 30 días)" in summary
    assert "," in summary.split("(")[2]  # the rate with a decimal comma


@pytest.mark.django_db
def test_the_fhir_exports_notes_are_in_the_accounts_language(alice, diary):
    from diary.exports import fhir_export

    alice.language = "de"
    alice.save(update_fields=["language"])
    MedicationDose.objects.filter(medication__owner=alice).update(relief="full")

    with translation.override("en"):
        bundle = fhir_export(alice)

    notes = [
        note["text"] for entry in bundle["entry"] for note in entry["resource"].get("note", [])
    ]
    assert any(note.startswith("Art des Medikaments: ") for note in notes)
    assert any(note.startswith("Eingenommen: ") for note in notes)
    assert any(note.startswith("Linderung nach zwei Stunden: ") for note in notes)
    # The codes stay as they are, and the language of the thread is left alone.
    assert translation.get_language() == "en"
