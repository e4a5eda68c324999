"""Education pages per language (README, "Translations"): a page has a translation per
language with its own status, review date and history; readers see the published one in
their language and the English page, with a notice, otherwise; curators translate, publish
independently of the original and see which translations the original has outgrown."""

import datetime
import re
import unicodedata
from importlib import import_module

import pytest
from django.test import Client
from django.utils import timezone

from education.migrations._content_0007 import PAGES as ENGLISH_PAGES
from education.models import Page, PageTranslation
from education.rendering import render_markdown
from tests.test_i18n import TRANSLATED, pages_for, untranslated

pytestmark = pytest.mark.django_db

FIRST = "how-migraine-and-autoimmune-disease-connect"
SEED = import_module("education.migrations.0011_seed_page_translations")
OVERVIEW = "/admin/education/pagetranslation/overview/"
ADD = "/admin/education/pagetranslation/add/"
SEEDED_TITLES = {
    "es": "Cómo se relacionan la migraña y las enfermedades autoinmunes",
    "pt-br": "Como a enxaqueca e as doenças autoimunes se relacionam",
    "de": "Wie Migräne und Autoimmunerkrankungen zusammenhängen",
}
NOTICES = {
    "es": "Esta página aún no está disponible en español, así que se muestra en inglés.",
    "pt-br": "Esta página ainda não está disponível em português, por isso aparece em inglês.",
    "de": "Diese Seite gibt es noch nicht auf Deutsch, deshalb wird sie auf Englisch angezeigt.",
}


def translate(page: Page, language: str = "es", **fields) -> PageTranslation:
    values = {
        "title": "Una página de prueba",
        "summary": "Un resumen de prueba.",
        "body": "Unas palabras sencillas para una página de prueba.",
        "status": PageTranslation.Status.PUBLISHED,
        "published_at": timezone.now(),
        "last_reviewed": datetime.date(2026, 11, 20),
        "translated_from": page.original_changed_at,
    }
    values.update(fields)
    return PageTranslation.objects.create(page=page, language=language, **values)


# --- Reading --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED.values())
def test_a_translated_page_reads_in_the_readers_language(client, language):
    response = client.get(f"/learn/{FIRST}/", HTTP_ACCEPT_LANGUAGE=language)

    html = response.text
    assert f"<h1>{SEEDED_TITLES[language]}</h1>" in html
    assert "How migraine and autoimmune disease connect</h1>" not in html
    assert 'lang="en"' not in html[html.index("<article") : html.index("<footer")]
    assert NOTICES[language] not in html
    # Its own review date, not the original's (30 November 2026).
    assert '<time datetime="2026-12-01">' in html
    # Sources stay as written.
    assert "Headache Classification Committee of the International Headache Society" in html


@pytest.mark.parametrize("language", TRANSLATED.values())
def test_an_untranslated_page_falls_back_to_english_with_a_notice(client, make_page, language):
    page = make_page(title="Pacing on flare days", body="## Plan the day\n\nRest first.")

    html = client.get(page.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=language).text

    assert NOTICES[language] in html
    assert '<h1 lang="en">Pacing on flare days</h1>' in html
    assert '<div class="learn-body" lang="en"><h2>Plan the day</h2>' in html


def test_english_readers_see_no_notice(client):
    html = client.get(f"/learn/{FIRST}/", HTTP_ACCEPT_LANGUAGE="en").text

    assert "<h1>How migraine and autoimmune disease connect</h1>" in html
    assert "not yet available" not in html


def test_a_draft_translation_is_not_shown(client, make_page):
    page = make_page(title="Pacing on flare days")
    translate(page, title="Ritmo en los días de brote", status="draft", published_at=None)

    html = client.get(page.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="es").text
    listing = client.get("/learn/", HTTP_ACCEPT_LANGUAGE="es").text

    assert "Ritmo en los días de brote" not in html + listing
    assert NOTICES["es"] in html
    assert '<h1 lang="en">Pacing on flare days</h1>' in html


def test_a_translation_of_another_language_is_not_shown(client, make_page):
    page = make_page(title="Pacing on flare days")
    translate(page, language="de", title="Tempo an Schubtagen")

    assert (
        "Tempo an Schubtagen"
        not in client.get(page.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="es").text
    )
    assert (
        "Tempo an Schubtagen" in client.get(page.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").text
    )


def test_the_list_shows_translated_titles_and_marks_english_ones(client, make_page):
    page = make_page(title="Pacing on flare days", summary="Spread your energy.")

    html = client.get("/learn/", HTTP_ACCEPT_LANGUAGE="pt-br").text

    assert SEEDED_TITLES["pt-br"] in html
    assert f'href="{page.get_absolute_url()}" lang="en">Pacing on flare days</a>' in html
    assert "em inglês" in html


def test_search_finds_and_shows_the_translation(client):
    response = client.get("/learn/search/", {"q": "vecinas"}, HTTP_ACCEPT_LANGUAGE="es")

    results = response.context["results"]
    assert [result["page"].slug for result in results] == [FIRST]
    assert SEEDED_TITLES["es"] in response.text
    assert "<mark>vecinas</mark>" in response.text
    # The Spanish word is not in the English page, and English readers do not find it.
    english = client.get("/learn/search/", {"q": "vecinas"}, HTTP_ACCEPT_LANGUAGE="en")
    assert english.context["results"] == []


def test_suggested_pages_are_in_the_readers_language():
    from django.template.loader import render_to_string
    from django.utils import translation

    page = Page.objects.get(slug=FIRST)
    with translation.override("de"):
        html = render_to_string("includes/suggested_pages.html", {"pages": [page]})

    assert SEEDED_TITLES["de"] in html
    assert "Lesenswert" in html


@pytest.mark.parametrize("language", TRANSLATED.values())
def test_condition_names_are_translated_on_a_page(client, language):
    html = client.get(f"/learn/{FIRST}/", HTTP_ACCEPT_LANGUAGE=language).text

    names = {
        "es": "Artritis reumatoide",
        "pt-br": "Artrite reumatoide",
        "de": "Rheumatoide Arthritis",
    }
    assert f'<span class="badge learn-badge">{names[language]}</span>' in html


def test_a_curators_own_condition_name_stays_as_written():
    from django.utils import translation

    from education.models import Condition

    condition = Condition.objects.create(slug="behcets", name="Behçet's disease", kind="autoimmune")
    with translation.override("de"):
        assert condition.display_name == "Behçet's disease"
        assert (
            Condition.objects.get(slug="lupus").display_name == "Systemischer Lupus erythematodes"
        )


# --- No English left ------------------------------------------------------------------------


def without_english_fallbacks(html: str) -> str:
    """The page without the elements marked lang="en" (pages not yet translated, shown in
    English on purpose): what remains must be in the reader's language."""
    return re.sub(r'<(\w+)[^>]* lang="en"[^>]*>.*?</\1>', "", html, flags=re.DOTALL)


@pytest.mark.parametrize(
    "url", ["/learn/", f"/learn/{FIRST}/", "/learn/search/?q=migraine", "/learn/search/?q="]
)
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_education_pages_have_no_english_left(client, url, language):
    pages = pages_for(client, url)
    pages[language] = without_english_fallbacks(pages[language])

    assert untranslated(pages, language) == set()


@pytest.mark.parametrize("language", TRANSLATED.values())
def test_only_the_untranslated_pages_are_marked_english(client, language):
    # What the filter above removes is exactly the pages without a published translation.
    html = client.get("/learn/", HTTP_ACCEPT_LANGUAGE=language).text

    marked = set(re.findall(r'<a class="fw-semibold" href="/learn/([\w-]+)/" lang="en">', html))
    translated = set(
        PageTranslation.objects.published()
        .filter(language=language)
        .values_list("page__slug", flat=True)
    )
    published = set(Page.objects.published().values_list("slug", flat=True))
    assert translated
    assert marked == published - translated


# --- Curators -------------------------------------------------------------------------------


def translation_form(page: Page, **fields) -> dict:
    data = {
        "page": page.pk,
        "language": "es",
        "title": "Ritmo en los días de brote",
        "summary": "Cómo repartir la energía en un día de brote y migraña.",
        "body": "## Planifique el día\r\n\r\nDivida las tareas y descanse antes de necesitarlo.",
        "status": "published",
        "last_reviewed": "2026-12-01",
        "follows_original": "on",
        "_save": "Save",
    }
    data.update(fields)
    return data


def overview_state(client, page: Page, language: str = "es") -> str:
    html = client.get(OVERVIEW).text
    row = html[html.index(f"/admin/education/page/{page.pk}/change/") :]
    cell = re.search(rf'<td class="translation-(\w+)" data-language="{language}">', row)
    assert cell, row[:500]
    return cell.group(1)


def test_a_curator_translates_a_page_and_publishes_it_on_its_own(carol_client, make_page):
    page = make_page(title="Pacing on flare days", status=Page.Status.DRAFT, published_at=None)
    assert overview_state(carol_client, page) == "missing"

    response = carol_client.post(ADD, translation_form(page))

    assert response.status_code == 302, response.context["adminform"].form.errors
    text = PageTranslation.objects.get(page=page, language="es")
    assert text.is_published and text.published_at is not None
    assert text.body == "## Planifique el día\n\nDivida las tareas y descanse antes de necesitarlo."
    assert text.history.get().history_user.email == "carol@example.com"
    # The original stays as it was: still a draft nobody but curators reads.
    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT and page.published_at is None
    assert Client().get(page.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="es").status_code == 404
    assert overview_state(carol_client, page) == "published"

    # Publishing the original leaves the translation as it is, and readers get it.
    carol_client.post(
        "/admin/education/page/",
        {"action": "publish_pages", "_selected_action": [page.pk]},
    )
    page.refresh_from_db()
    assert page.is_published
    assert (
        "Ritmo en los días de brote"
        in Client().get(page.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="es").text
    )

    # Unpublishing the translation leaves the original published.
    carol_client.post(
        "/admin/education/pagetranslation/",
        {"action": "unpublish_translations", "_selected_action": [text.pk]},
    )
    text.refresh_from_db()
    page.refresh_from_db()
    assert not text.is_published and page.is_published
    html = Client().get(page.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="es").text
    assert "Ritmo en los días de brote" not in html and NOTICES["es"] in html
    assert overview_state(carol_client, page) == "draft"


def test_a_translation_older_than_the_originals_change_is_flagged_until_updated(
    carol_client, make_page
):
    page = make_page(title="Pacing on flare days")
    carol_client.post(ADD, translation_form(page))
    text = PageTranslation.objects.get(page=page, language="es")
    assert overview_state(carol_client, page) == "published"

    # Publishing, moving or re-reviewing the original is no change of its text.
    page.order = 3
    page.last_reviewed = datetime.date(2026, 11, 30)
    page.save()
    page.unpublish()
    page.publish()
    assert overview_state(carol_client, page) == "published"

    page.body = "## Plan the day\n\nBreak tasks into small pieces, and rest before you need to."
    page.save()
    assert overview_state(carol_client, page) == "outdated"
    assert "Outdated" in carol_client.get(f"/admin/education/page/{page.pk}/change/").text

    # A fix to the translation alone leaves the flag.
    change = f"/admin/education/pagetranslation/{text.pk}/change/"
    form = carol_client.get(change)
    assert form.context["adminform"].form.fields["follows_original"].initial is False
    fields = translation_form(page, title="Ritmo en días de brote")
    del fields["follows_original"]
    carol_client.post(change, fields)
    assert overview_state(carol_client, page) == "outdated"

    # The updated translation, following the original again, clears it.
    response = carol_client.post(
        change,
        translation_form(
            page,
            body="## Planifique el día\n\nDivida las tareas en partes pequeñas y descanse.",
        ),
    )
    assert response.status_code == 302
    assert overview_state(carol_client, page) == "published"
    assert overview_state(carol_client, page, "de") == "missing"


def test_each_translation_has_its_own_history(carol_client, make_page):
    page = make_page(title="Pacing on flare days")
    carol_client.post(ADD, translation_form(page))
    carol_client.post(ADD, translation_form(page, language="de", title="Tempo an Schubtagen"))
    spanish = PageTranslation.objects.get(page=page, language="es")
    german = PageTranslation.objects.get(page=page, language="de")

    carol_client.post(
        f"/admin/education/pagetranslation/{spanish.pk}/change/",
        translation_form(page, title="Ritmo en días de brote"),
    )

    assert [row.title for row in spanish.history.all()] == [
        "Ritmo en días de brote",
        "Ritmo en los días de brote",
    ]
    assert [row.title for row in german.history.all()] == ["Tempo an Schubtagen"]
    assert page.history.count() == 1
    response = carol_client.get(f"/admin/education/pagetranslation/{spanish.pk}/history/")
    assert response.status_code == 200
    assert "Ritmo en días de brote" in response.text


def test_the_overview_lists_every_page_in_every_language(carol_client):
    # Every seeded page is translated in every language: take one away.
    dropped = PageTranslation.objects.filter(language="de").first()
    assert dropped is not None
    dropped.delete()
    html = carol_client.get(OVERVIEW).text

    for page in Page.objects.all():
        assert f"/admin/education/page/{page.pk}/change/" in html
    cells = re.findall(r'<td class="translation-(\w+)" data-language="([\w-]+)">', html)
    assert len(cells) == Page.objects.count() * len(TRANSLATED)
    assert ("published", "es") in cells and ("missing", "de") in cells


def test_the_curator_home_links_to_the_overview(carol_client):
    assert OVERVIEW in carol_client.get("/").text


def test_a_curator_previews_a_draft_translation_in_its_language(carol_client, make_page):
    page = make_page(title="Pacing on flare days")
    text = translate(
        page, language="de", title="Tempo an Schubtagen", status="draft", published_at=None
    )

    response = carol_client.get(f"/learn/preview/translation/{text.pk}/")

    assert '<html lang="de"' in response.text
    assert "<h1>Tempo an Schubtagen</h1>" in response.text
    assert Client().get(f"/learn/preview/translation/{text.pk}/").status_code in (302, 403)


# --- The seeded translations ----------------------------------------------------------------


def test_the_migration_seeds_each_files_translations():
    entries = list(SEED.seeded_entries())
    assert {language for language, *_ in entries} == set(TRANSLATED.values())
    for language, slug, text, reviewed_on in entries:
        translation = PageTranslation.objects.get(page__slug=slug, language=language)
        assert (translation.title, translation.summary, translation.body) == (
            text["title"],
            text["summary"],
            text["body"],
        )
        assert translation.is_published
        assert translation.last_reviewed == reviewed_on == datetime.date(2026, 12, 1)
        assert translation.translated_from == translation.page.original_changed_at
        assert not translation.is_outdated(translation.page.original_changed_at)
        assert translation.history.count() == 1


def test_the_seed_skips_missing_pages_and_keeps_a_curators_translation():
    from django.apps import apps

    page = Page.objects.get(slug=FIRST)
    PageTranslation.objects.filter(page=page, language="es").update(title="Mi propio título")
    PageTranslation.objects.filter(page=page, language="de").delete()
    Page.objects.filter(slug=FIRST).update(slug="renamed-by-a-curator")

    SEED.seed_translations(apps, None)

    assert PageTranslation.objects.get(page=page, language="es").title == "Mi propio título"
    assert not PageTranslation.objects.filter(page=page, language="de").exists()


ENGLISH = {page["slug"]: page for page in ENGLISH_PAGES}
ENTRIES = [(language, slug) for language, slug, _text, _reviewed in SEED.seeded_entries()]
# Words that are the same in every language: clinical classifications, instruments, units.
INVARIANT = ["ICHD-3", "MIDAS", "HIT-6", "CGRP", "IL-6", "mg", "ml"]


def skeleton(word: str) -> str:
    """A medicine name as spelled in every language here: "Hydroxychloroquine",
    "hidroxicloroquina" and "Hydroxychloroquin" all give "idroxicloroquin"."""
    word = unicodedata.normalize("NFKD", word.casefold())
    word = "".join(c for c in word if not unicodedata.combining(c))
    word = word.replace("ph", "f").replace("h", "").replace("y", "i").replace("k", "c")
    word = re.sub(r"(.)\1", r"\1", word)
    return re.sub(r"[aeiou]$", "", word)


def medicine_names() -> list[str]:
    catalogue = import_module("education.migrations.0009_medicine_catalogue").MEDICINES
    return [row[0] for row in catalogue if " " not in row[0]]


def counts(body: str) -> tuple[int, int]:
    html = render_markdown(body)
    return len(re.findall(r"<h[2-6]>", html)), len(re.findall(r"<li>", html))


@pytest.mark.parametrize("language, slug", ENTRIES)
def test_a_seeded_translation_keeps_every_number_term_and_medicine(language, slug):
    english = ENGLISH[slug]["body"]
    module = import_module(SEED.MODULES[language])
    body = module.PAGES[slug]["body"]

    assert sorted(re.findall(r"\d+", body)) == sorted(re.findall(r"\d+", english))
    for term in INVARIANT:
        if re.search(rf"\b{re.escape(term)}\b", english):
            assert re.search(rf"\b{re.escape(term)}\b", body), term
    # Portuguese joins some prefixes with a hyphen: "di-hidroergotamina".
    words = {skeleton(word.replace("-", "")) for word in re.findall(r"[\w-]+", body)}
    for name in medicine_names():
        if re.search(rf"\b{name}\b", english, re.IGNORECASE):
            assert any(word.startswith(skeleton(name)) for word in words), name
    assert counts(body) == counts(english)
    assert module.PAGES[slug]["title"] and len(module.PAGES[slug]["summary"]) <= 300


# A word of the seeded translation in each language, so the search finds it in that language.
OWN_WORD = {"es": "vecinas", "pt-br": "vizinhas", "de": "Nachbarn"}


@pytest.mark.parametrize("language", TRANSLATED.values())
def test_search_results_in_a_language_have_no_english_left(client, language):
    pages = pages_for(client, f"/learn/search/?q={OWN_WORD[language]}")

    assert SEEDED_TITLES[language] in pages[language]
    html = pages[language]
    assert 'lang="en"' not in html[html.index("<main") : html.index("</main>")]
    assert untranslated(pages, language) == set()
