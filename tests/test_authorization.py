"""The authorization matrix (tests/authorization_matrix.py) holds, cell by cell; it covers
every URL pattern; a malformed id is a 404; and the one clinician Alice shares with does see
her data and leaves a trace."""

import json
import re

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import resolve

from accounts.models import ALL_SECTIONS, AccessEvent, CareShare, Section
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

ROWS = [
    pytest.param(url, method, dict(zip(PERSONAS, outcomes, strict=True)), id=f"{method} {url}")
    for url, method, *outcomes in MATRIX
]


def each_in_a_savepoint(cases: dict, check) -> list[str]:
    """check(case, expected) for each case, each in a savepoint rolled back after it, with
    an empty cache: every request meets Alice's data as the fixture made it (one persona's
    POST never changes what the next one finds) and no rate limit carries over. Returns
    the failures, one line each."""
    failures = []
    for case, expected in cases.items():
        cache.clear()
        with transaction.atomic():
            try:
                check(case, expected)
            except AssertionError as error:
                failures.append(f"{case}: {error}")
            transaction.set_rollback(True)
    return failures


@pytest.mark.parametrize(("url", "method", "expected"), ROWS)
def test_the_matrix_row_holds(request, alice, alice_data, url, method, expected):
    for persona in PERSONAS:  # every persona made before the savepoints
        if persona != "anonymous":
            client_for(persona, request)
    # What every request meets: each runs in a savepoint rolled back after it, and logging
    # another persona in must change nothing of Alice's either.
    before = alice_snapshot(alice)

    def check(persona, expected):
        client = client_for(persona, request)

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

    failures = each_in_a_savepoint(expected, check)

    assert not failures, "\n".join(failures)


def test_every_url_pattern_has_a_row():
    fill = (
        dict.fromkeys(
            [
                "attack",
                "attack_type",
                "page_type",
                "flare",
                "medication",
                "dose",
                "trigger",
                "draft",
            ]
            + ["import_batch"],
            1,
        )
        | dict.fromkeys(
            ["d_history", "condition", "c_history", "medicine", "user", "group", "email", "mfa"], 1
        )
        | dict.fromkeys(["translation", "t_history"], 1)
    )
    fill |= {"appointment": 1}
    fill |= {"day": "2025-01-31", "page_slug": "a-page", "uidb36": "1"}
    fill |= {"share": 1, "token": "a-token", "patient": "12345678-1234-5678-1234-567812345678"}
    fill |= {"questionnaire_response": 1}
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
    *["draft", "d_history", "condition", "c_history", "medicine"],
    *["translation", "t_history"],
    "questionnaire_response",
]
MALFORMED_IDS = ["0", "-1", str(2**64), "abc", "1.5", "%20"]
MALFORMED_DAYS = ["0", "-1", str(2**64), "abc", "2025-02-30", "0000-01-01", "9999-12-31"]
MALFORMED = [
    pytest.param(
        url,
        method,
        key,
        MALFORMED_DAYS if key == "day" else MALFORMED_IDS,
        id=f"{method} {url} {key}",
    )
    for url, method, *_ in MATRIX
    for key in OBJECT_KEYS
    if f"{{{key}}}" in url and url.startswith(("/diary/", "/learn/", "/admin/education/"))
]


@pytest.mark.parametrize(("url", "method", "key", "malformed"), MALFORMED)
def test_a_malformed_id_is_a_404_never_a_500(request, alice_data, url, method, key, malformed):
    persona = OWNER if url.startswith("/diary/") else "carol"
    client_for(persona, request)

    def check(value, _):
        client = client_for(persona, request)

        response = client.generic(method, url.format(**(alice_data | {key: value})))

        if url.startswith("/admin/"):
            # The admin answers an object it cannot find with a redirect to its list, and a
            # view the curator may not use (deleting a condition) with a 403 before any
            # lookup.
            assert outcome(response) in (REDIR, 403, 404)
        else:
            assert response.status_code == 404

    failures = each_in_a_savepoint(dict.fromkeys(malformed), check)

    assert not failures, "\n".join(failures)


def test_the_shared_clinician_sees_alice_and_leaves_a_trace(alice, bob, alice_data):
    # The other side of the matrix's "no trace" checks: Bob does see Alice's data.
    client = Client()
    client.force_login(bob)

    response = client.get(f"/clinic/{alice.uuid}/report/")

    assert MARK in body(response)
    assert NOTE not in body(response)
    assert AccessEvent.objects.filter(patient=alice, actor=bob, what="report").count() == 1


# --- Sections: what Bob sees of Alice through a share that shows some of them ------------

# Every clinician URL of the matrix, each section alone and all of them together.
CLINIC_URLS = [url for url, method, *_ in MATRIX if url.startswith("/clinic/") and method == GET]
SECTION_CHOICES = [frozenset({section.value}) for section in Section] + [ALL_SECTIONS]
SECTION_CELLS = [
    pytest.param(url, sections, id=f"{url} {'+'.join(sorted(sections))}")
    for url in CLINIC_URLS
    for sections in SECTION_CHOICES
]


def _json_script(text: str, element_id: str) -> dict:
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', text)
    assert match is not None, element_id
    return json.loads(match.group(1))


def _payload_sections(data: dict) -> set[str]:
    """The sections a timeline payload (or the report's chart) holds anything of."""
    series = data["series"]
    seen: set[str] = set()
    if {"migraine", "headache", "peak"} & series.keys():
        seen.add(Section.MIGRAINE)
    if "acute_medication" in series:
        seen.add(Section.MEDICINES)
    if "flare" in series or data.get("flares"):
        seen.add(Section.FLARES)
    if {"sleep", "stress", "fatigue", "joint_pain"} & series.keys():
        seen.add(Section.CHECKINS)
    return seen


def sections_seen(url: str, text: str) -> set[str]:
    """The sections of Alice's diary that a clinician page or data endpoint shows, read
    from its data and the parts of the page that hold each section."""
    seen: set[str] = set()
    if url == "/clinic/":
        if "Migraine days, last 30 days" in text:
            seen.add(Section.MIGRAINE)
        if "Ongoing flare" in text:
            seen.add(Section.FLARES)
        return seen
    if url.endswith("/data.json"):
        data = json.loads(text)
        seen = _payload_sections(data)
        assert ("linkage" in data) == ({Section.MIGRAINE, Section.FLARES} <= seen)
        assert ("factors" in data) == ({Section.MIGRAINE, Section.CHECKINS} <= seen)
        return seen | ({Section.NOTES} if "notes" in data else set())
    if url.endswith("/timeline/"):
        seen = _payload_sections(_json_script(text, "timeline-data"))
        if 'id="linkage"' in text:
            assert {Section.MIGRAINE, Section.FLARES} <= seen
        return seen | ({Section.NOTES} if 'id="clinic-notes"' in text else set())
    if url.endswith("/report/"):
        seen = _payload_sections(_json_script(text, "report-data"))
        if 'id="report-medications"' in text:
            seen.add(Section.MEDICINES)
        if 'id="report-questionnaires"' in text:
            seen.add(Section.CHECKINS)
        return seen | ({Section.NOTES} if 'id="report-notes"' in text else set())
    if "/visits/" in url:
        parts = {
            'id="pack-attacks"': Section.MIGRAINE,
            'id="pack-medicine-days"': Section.MEDICINES,
            'id="pack-autoimmune-medicines"': Section.MEDICINES,
            'id="pack-flare-figures"': Section.FLARES,
            'id="questions"': Section.NOTES,
        }
        # The pack has nothing of the check-ins: with them alone it shows no section.
        return {section for part, section in parts.items() if part in text}
    raise AssertionError(f"No way to read the sections of {url}: add one.")


# What each page can show of each section, given Alice's data (an attack, an ongoing flare,
# a dose, a check-in and a questionnaire, notes on each).
def showable(url: str) -> frozenset[str]:
    if url == "/clinic/":
        return frozenset({Section.MIGRAINE, Section.FLARES})
    if "/visits/" in url:
        return frozenset({Section.MIGRAINE, Section.MEDICINES, Section.FLARES, Section.NOTES})
    return ALL_SECTIONS


@pytest.mark.parametrize(("url", "sections"), SECTION_CELLS)
def test_a_clinician_sees_only_the_sections_shared(
    alice, bob, alice_data, alice_shares_with_bob, url, sections
):
    share = alice_shares_with_bob
    share.set_sections(sections)
    share.save()
    client = Client()
    client.force_login(bob)

    response = client.get(url.format(**alice_data))

    assert response.status_code == 200
    text = body(response)
    assert sections_seen(url, text) == sections & showable(url)
    assert (NOTE in text) == (Section.NOTES in sections and url != "/clinic/")


@pytest.mark.parametrize("url", CLINIC_URLS)
def test_a_section_removed_is_gone_on_the_next_request(alice, bob, alice_data, url):
    alice_client = Client()
    alice_client.force_login(alice)
    bob_client = Client()
    bob_client.force_login(bob)
    share = CareShare.objects.get(patient=alice, clinician=bob)
    share.set_sections(ALL_SECTIONS)
    share.save()
    before = sections_seen(url, body(bob_client.get(url.format(**alice_data))))

    response = alice_client.post(
        f"/sharing/{share.pk}/sections/", {"sections": ["migraine", "medicines", "checkins"]}
    )

    assert response.status_code == 302
    after = sections_seen(url, body(bob_client.get(url.format(**alice_data))))
    assert Section.FLARES in before and Section.FLARES not in after
    assert Section.NOTES not in after
