"""A crawl of every page in each language as each role (issue 21): every URL of the
authorization matrix (tests/authorization_matrix.py) that a GET reaches, as a visitor, a
patient (alice, who owns what the URLs name), a clinician (bob, whom she shares with) and a
curator (carol), in English, Spanish, Brazilian Portuguese and German.

No page answers 500 in any language, and each answers as it does in English (a page that
works in English and not in German is broken for German readers). Which pages still show
English in their main element is reported, not asserted, while the areas are translated
one at a time: run with `-rP` (or `-s`) to read the summary. Once every area is in, the
report becomes an assertion that nothing is left.
"""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client

from accounts.models import CareShare, User
from tests.authorization_matrix import FIXTURES, GET, MARK, MATRIX, NOTE, body
from tests.test_i18n import TRANSLATED, untranslated

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


def english_left(pages: dict[str, tuple[int, str]], language: str) -> set[str]:
    english_status, english = pages["en"]
    status, page = pages[language]
    # The pages themselves and the error pages (403, 404) alike; no redirect.
    if status != english_status or status in (301, 302) or "<main" not in page:
        return set()
    left = untranslated({"en": english, language: page}, language) - data_words()
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
    # The report: which pages still show English, with a few of their words.
    report = []
    for url, pages in found.items():
        for language in TRANSLATED.values():
            left = english_left(pages, language)
            if left:
                sample = "; ".join(sorted(left)[:3])
                report.append(f"  {url} [{language}] {len(left)} left, e.g. {sample[:160]}")
    pages_shown = sum(1 for pages in found.values() if pages["en"][0] == 200)
    print(f"\n{role}: {pages_shown} pages answer 200; English left on {len(report)}:")
    print("\n".join(report))
