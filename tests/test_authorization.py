"""The authorization matrix (tests/authorization_matrix.py) holds, cell by cell; it covers
every URL pattern; a malformed id is a 404; and the one clinician Alice shares with does see
her data and leaves a trace."""

import pytest
from django.test import Client
from django.urls import resolve

from accounts.models import AccessEvent
from tests.authorization_matrix import (
    GET,
    MARK,
    MATRIX,
    NOTE,
    OWNER,
    PERSONAS,
    POST,
    REDIR,
    SHARED,
    alice_snapshot,
    body,
    client_for,
    outcome,
    route_patterns,
)

CELLS = [
    pytest.param(url, method, persona, expected, id=f"{method} {url} {persona}")
    for url, method, *outcomes in MATRIX
    for persona, expected in zip(PERSONAS, outcomes, strict=True)
]


@pytest.mark.parametrize(("url", "method", "persona", "expected"), CELLS)
def test_the_matrix_cell_holds(request, alice, alice_data, url, method, persona, expected):
    client = client_for(persona, request)
    before = alice_snapshot(alice)

    response = client.generic(method, url.format(**alice_data))

    assert outcome(response) == expected
    text = body(response)
    if persona != OWNER:
        assert NOTE not in text
    if persona not in (OWNER, SHARED):
        assert MARK not in text
        assert alice.email not in text
        assert alice_snapshot(alice) == before
    assert not AccessEvent.objects.exclude(actor__email="bob@example.com").exists()


def test_every_url_pattern_has_a_row():
    fill = dict.fromkeys(
        ["attack", "attack_type", "page_type", "flare", "medication", "dose", "trigger", "draft"],
        1,
    ) | dict.fromkeys(["d_history", "condition", "c_history", "user", "group", "email", "mfa"], 1)
    fill |= {"day": "2025-01-31", "page_slug": "a-page", "uidb36": "1"}
    fill |= {"share": 1, "token": "a-token", "patient": "12345678-1234-5678-1234-567812345678"}
    rows_by_method: dict[str, set[str]] = {GET: set(), POST: set()}
    for url, method, *_ in MATRIX:
        path = url.format(**fill).partition("?")[0]
        rows_by_method[method].add(resolve(path).route)

    patterns = route_patterns()

    assert patterns - rows_by_method[GET] == set(), "URL patterns without a GET row"
    assert rows_by_method[GET] | rows_by_method[POST] <= patterns


def test_every_row_is_for_a_distinct_url_and_method():
    keys = [(url, method) for url, method, *_ in MATRIX]
    assert len(keys) == len(set(keys))


# Every URL that names one object, and who may reach it: Alice her diary, Carol the pages.
OBJECT_KEYS = [
    *["attack", "flare", "medication", "dose", "day", "trigger"],
    *["draft", "d_history", "condition", "c_history"],
]
MALFORMED_IDS = ["0", "-1", str(2**64), "abc", "1.5", "%20"]
MALFORMED_DAYS = ["0", "-1", str(2**64), "abc", "2025-02-30", "0000-01-01", "9999-12-31"]
MALFORMED = [
    pytest.param(url, method, key, value, id=f"{method} {url} {key}={value}")
    for url, method, *_ in MATRIX
    for key in OBJECT_KEYS
    if f"{{{key}}}" in url and url.startswith(("/diary/", "/learn/", "/admin/education/"))
    for value in (MALFORMED_DAYS if key == "day" else MALFORMED_IDS)
]


@pytest.mark.parametrize(("url", "method", "key", "malformed"), MALFORMED)
def test_a_malformed_id_is_a_404_never_a_500(request, alice_data, url, method, key, malformed):
    persona = OWNER if url.startswith("/diary/") else "carol"
    client = client_for(persona, request)

    response = client.generic(method, url.format(**(alice_data | {key: malformed})))

    if url.startswith("/admin/"):
        # The admin answers an object it cannot find with a redirect to its list, and a
        # view the curator may not use (deleting a condition) with a 403 before any lookup.
        assert outcome(response) in (REDIR, 403, 404)
    else:
        assert response.status_code == 404


def test_the_shared_clinician_sees_alice_and_leaves_a_trace(alice, bob, alice_data):
    # The other side of the matrix's "no trace" checks: Bob does see Alice's data.
    client = Client()
    client.force_login(bob)

    response = client.get(f"/clinic/{alice.uuid}/report/")

    assert MARK in body(response)
    assert NOTE not in body(response)
    assert AccessEvent.objects.filter(patient=alice, actor=bob, what="report").count() == 1
