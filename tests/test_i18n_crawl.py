"""A crawl of every page in each language as each role (issue 21): every URL of the
authorization matrix (tests/authorization_matrix.py) that a GET reaches, as a visitor, a
patient (alice, who owns what the URLs name), a clinician (bob, whom she shares with) and a
curator (carol), in English, Spanish, Brazilian Portuguese and German.

No page answers 500 in any language, and each answers as it does in English (a page that
works in English and not in German is broken for German readers), and no page shows English
in its main element, but for data, left out by rule and never word by word: text marked
with another `lang` than the page's (tests/test_i18n.py `MainText`), people's names and
addresses, what curators wrote (pages, translations, condition names they added) and the
medicine catalogue. Run with `-rP` (or `-s`) to read what each role's crawl found.
"""

import re

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client

from accounts.models import CareShare, User
from education.models import Condition, Medicine, Page, PageDraft, PageTranslation
from education.rendering import render_markdown
from tests.authorization_matrix import FIXTURES, GET, MARK, MATRIX, NOTE, body
from tests.test_i18n import TRANSLATED, main_words, untranslated, without_allowed

ROLES = {"visitor": "anonymous", "patient": "alice", "clinician": "bob", "curator": "carol"}
LANGUAGES = ["en", *TRANSLATED.values()]
URLS = sorted({url for url, method, *_ in MATRIX if method == GET})


def role_client(persona: str, request: pytest.FixtureRequest) -> Client:
    """A client for the persona that answers an exception with the 500 page, as a browser
    would meet it, rather than raising it into the test."""
    client = Client(raise_request_exception=False)
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(FIXTURES.get(persona, persona)))
    return client


def data_words() -> set[str]:
    """Names and addresses: data, the same in every language."""
    words = set()
    for name, email in User.objects.values_list("display_name", "email"):
        words |= {email, f"({email})"}
        if name:
            words |= {name, f"{name} ({email})"}
    return words | set(CareShare.objects.values_list("invite_email", flat=True))


def curated_words() -> set[str]:
    """What curators wrote, shown as written: the education pages' titles, summaries and
    text, in every language and draft (a page's own translation is checked by the education
    tests), and the medicine catalogue's names, brand names and dose text."""
    words: set[str] = set()
    for model in (Page, PageDraft, PageTranslation):
        for title, summary, text in model.objects.values_list("title", "summary", "body"):
            words |= {title, summary}
            words |= main_words(f"<main>{render_markdown(text)}</main>")
    for medicine in Medicine.objects.all():
        words |= {*medicine.names, medicine.default_amount}
    return {" ".join(word.split()) for word in words if word}


def edited_words() -> set[str]:
    """What the admin shows as the values curators edit, as they stored them: condition
    names and slugs (the names translated everywhere else, education/condition_names.py),
    a medicine's brand names as one field, a page's text as one field, and each
    translation's name."""
    words = set(Condition.objects.values_list("name", flat=True))
    words |= set(Condition.objects.values_list("slug", flat=True))
    words |= set(Medicine.objects.values_list("brand_names", flat=True))
    for model in (Page, PageDraft, PageTranslation):
        words |= {" ".join(body.split()) for body in model.objects.values_list("body", flat=True)}
    words |= {str(translation) for translation in PageTranslation.objects.select_related("page")}
    return {word for word in words if word}


def crawl(request, alice_data, persona: str) -> dict[str, dict[str, tuple[int, str]]]:
    """Each URL's status and body in each language, each request in a savepoint rolled
    back after it with an empty cache, so no request changes what the next one finds."""
    client = role_client(persona, request)
    found: dict[str, dict[str, tuple[int, str]]] = {}
    for url in URLS:
        path = url.format(**alice_data)
        found[url] = {}
        for language in LANGUAGES:
            cache.clear()
            with transaction.atomic():
                response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
                found[url][language] = (response.status_code, body(response))
                transaction.set_rollback(True)
    return found


def page_language(page: str) -> str | None:
    match = re.search(r'<html lang="([^"]+)"', page)
    return match.group(1).lower() if match else None


def english_left(pages: dict[str, tuple[int, str]], language: str, data: set[str]) -> set[str]:
    english_status, english = pages["en"]
    status, page = pages[language]
    # The pages themselves and the error pages (403, 404) alike; no redirect.
    if status != english_status or status in (301, 302) or "<main" not in page:
        return set()
    left = without_allowed(untranslated({"en": english, language: page}, language), data)
    return {words for words in left if MARK not in words and NOTE not in words}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_page_answers_in_every_language_as_in_english(request, alice, alice_data, role):
    persona = ROLES[role]
    for other in ROLES.values():  # every persona made before the savepoints
        if other != "anonymous":
            role_client(other, request)

    found = crawl(request, alice_data, persona)

    errors = [
        f"{url} in {language}: 500"
        for url, pages in found.items()
        for language, (status, _) in pages.items()
        if status >= 500
    ]
    assert errors == []
    differing = [
        f"{url} in {language}: {status}, in English {pages['en'][0]}"
        for url, pages in found.items()
        for language, (status, _) in pages.items()
        if status != pages["en"][0]
    ]
    assert differing == []
    # Each page answers in the language asked, but a page shown in its own language whatever
    # is asked (a translation previewed): the words in it are not the asked language's.
    languages = {
        url: {language: page_language(page) for language, (_, page) in pages.items()}
        for url, pages in found.items()
    }
    elsewhere = [
        f"{url} asked in {language} answers in {answered}"
        for url, answered_in in languages.items()
        for language, answered in answered_in.items()
        if answered not in (language, None) and len(set(answered_in.values())) > 1
    ]
    assert elsewhere == []
    # What each page still shows in English: none, on every page.
    data = data_words() | curated_words()
    admin_data = data | edited_words()
    report, asserted = [], []
    for url, pages in found.items():
        for language in TRANSLATED.values():
            left = english_left(pages, language, admin_data if url.startswith("/admin/") else data)
            if left:
                sample = "; ".join(sorted(left)[:3])
                line = f"  {url} [{language}] {len(left)} left, e.g. {sample[:160]}"
                report.append(line)
                asserted.append(f"{url} [{language}]: {sorted(left)}")
    pages_shown = sum(1 for pages in found.values() if pages["en"][0] == 200)
    print(f"\n{role}: {pages_shown} pages answer 200; English left on {len(report)}:")
    print("\n".join(report))
    assert asserted == []
