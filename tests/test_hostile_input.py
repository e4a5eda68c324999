"""Hostile input anywhere (SECURITY.md): no query string makes a page fail, oversize bodies
and too many fields are a 400, a NUL byte in any form field or query parameter is a form
error, 400 or 404, and every POST URL refuses a logged-in user's request without a CSRF
token. URLs come from the authorization matrix, whose own test proves it covers every URL
pattern of the project."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import resolve
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.authorization_matrix import GET, MATRIX, PERSONAS, POST, route_patterns

FUZZ = hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

nasty = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=10),
    st.sampled_from(
        [
            "",
            "\x00",
            "2025-01-01\x00",
            "0",
            "-1",
            str(2**64),
            "1e308",
            "NaN",
            "abc",
            "2025-02-30",
            "0001-01-01",
            "9999-12-31",
            "-0001-01-01",
            "x" * 3000,
            "%00",
            "' OR 1=1 --",
            "<script>",
        ]
    ),
    st.dates().map(lambda day: day.isoformat()),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
maybe = st.one_of(st.none(), nasty)

# Every query parameter a page of Overlap reads, by page.
QUERY_PARAMETERS = {
    "/": ["next"],
    "/diary/": ["kind", "condition", "start", "end", "page"],
    "/diary/doses/new/": ["medication"],
    "/timeline/": ["start", "end", "window"],
    "/timeline/data.json": ["start", "end", "window"],
    "/report/": ["start", "end", "window", "hide_notes"],
    "/learn/": ["page", "q"],
    "/learn/search/": ["q", "page"],
    "/accounts/login/": ["next"],
}


def query(draw_values: dict) -> dict:
    return {name: value for name, value in draw_values.items() if value is not None}


@FUZZ
@given(values=st.fixed_dictionaries({}, optional=dict.fromkeys(QUERY_PARAMETERS["/diary/"], maybe)))
def test_it_survives_any_diary_filter(alice_client, values):
    response = alice_client.get("/diary/", query(values))

    assert response.status_code in (200, 400, 404)


@FUZZ
@given(
    path=st.sampled_from(["/timeline/", "/timeline/data.json", "/report/"]),
    values=st.fixed_dictionaries(
        {}, optional=dict.fromkeys(["start", "end", "window", "hide_notes"], maybe)
    ),
)
def test_it_survives_any_timeline_period(alice_client, path, values):
    response = alice_client.get(path, query(values))

    assert response.status_code in (200, 400)
    if path.endswith(".json") and response.status_code == 400:
        assert response.json()["error"]


@FUZZ
@given(q=nasty, page=maybe)
def test_it_survives_any_search(client, db, q, page):
    response = client.get("/learn/search/", query({"q": q, "page": page}))

    assert response.status_code == 200


@FUZZ
@given(
    path=st.sampled_from(sorted(QUERY_PARAMETERS)),
    name=st.sampled_from(sorted({n for names in QUERY_PARAMETERS.values() for n in names})),
    value=nasty,
)
def test_it_survives_any_query_parameter_on_any_page(alice_client, path, name, value):
    response = alice_client.get(path, {name: value})

    assert response.status_code < 500


@pytest.mark.parametrize(
    ("path", "name"),
    [(path, name) for path, names in QUERY_PARAMETERS.items() for name in names],
)
@pytest.mark.parametrize("value", ["\x00", "2025-01-01\x00", "1\x00"])
def test_a_nul_byte_in_a_query_parameter_is_never_a_500(alice_client, path, name, value):
    response = alice_client.get(path, {name: value})

    assert response.status_code in (200, 302, 400, 404)


# Oversize bodies, on the views that read a form, logged in or not, with CSRF on or off.
FORM_POSTS = ["/accounts/login/", "/diary/migraines/new/", "/diary/triggers/", "/accounts/theme/"]


def form_client(user, enforce_csrf: bool) -> Client:
    """A client that may post: logged in when given a user, and holding a CSRF token (sent
    in the header, so the body is still read) when CSRF is enforced."""
    client = Client(enforce_csrf_checks=enforce_csrf)
    if user is not None:
        client.force_login(user)
    if enforce_csrf:
        client.get("/")
        client.defaults["HTTP_X_CSRFTOKEN"] = client.cookies["csrftoken"].value
    return client


@pytest.mark.parametrize("path", FORM_POSTS)
@pytest.mark.parametrize("enforce_csrf", [False, True])
def test_an_oversize_body_is_a_400(alice, path, enforce_csrf):
    client = form_client(alice if path != "/accounts/login/" else None, enforce_csrf)
    notes = "x" * (django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)

    response = client.post(path, {"notes": notes})

    assert response.status_code == 400


@pytest.mark.parametrize("path", FORM_POSTS)
@pytest.mark.parametrize("enforce_csrf", [False, True])
def test_too_many_fields_is_a_400(alice, path, enforce_csrf):
    client = form_client(alice if path != "/accounts/login/" else None, enforce_csrf)
    fields = {
        f"field{number}": "1" for number in range(django_settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)
    }

    response = client.post(path, fields)

    assert response.status_code == 400


class FormFields(HTMLParser):
    """The fields of a page's POST forms, with the values the page gives them."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        if tag == "form":
            self._form = {
                "action": attrs.get("action") or "",
                "method": attrs.get("method") or "get",
                "fields": {},
            }
            self.forms.append(self._form)
            return
        if self._form is None or not attrs.get("name"):
            return
        name = attrs["name"]
        fields = self._form["fields"]
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                fields.setdefault(name, "")
            elif kind not in ("submit", "button", "file", "image"):
                fields[name] = attrs.get("value") or ""
        elif tag == "button":
            fields.setdefault(name, attrs.get("value") or "")
        elif tag == "select":
            self._select = name
            fields.setdefault(name, "")
        elif tag == "option" and self._select and ("selected" in attrs or not fields[self._select]):
            fields[self._select] = attrs.get("value") or ""
        elif tag == "textarea":
            self._textarea = name
            fields[name] = ""

    def handle_data(self, data) -> None:
        if self._form is not None and self._textarea:
            self._form["fields"][self._textarea] += data

    def handle_endtag(self, tag) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


GET_OUTCOMES = {
    (url, method): dict(zip(PERSONAS, outcomes, strict=True)) for url, method, *outcomes in MATRIX
}
FORM_PAGES = [
    url
    for url, method, *_ in MATRIX
    if method == POST
    and (url, GET) in GET_OUTCOMES
    and any(GET_OUTCOMES[url, GET][persona] == 200 for persona in ("alice", "carol", "anonymous"))
]


def form_persona(url: str) -> str:
    outcomes = GET_OUTCOMES[url, GET]
    order = (
        ("carol", "alice", "anonymous")
        if url.startswith("/admin/")
        else ("alice", "carol", "anonymous")
    )
    return next(persona for persona in order if outcomes[persona] == 200)


@pytest.mark.parametrize("url", FORM_PAGES)
def test_a_nul_byte_in_any_form_field_is_never_a_500(request, alice_data, url):
    persona = form_persona(url)
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    path = url.format(**alice_data)
    parser = FormFields()
    parser.feed(client.get(path).content.decode())
    forms = [
        form
        for form in parser.forms
        if form["method"].lower() == "post" and form["action"] in ("", path)
    ]
    # A page whose forms are only a button still gets a field it does not expect.
    attempts = [
        form["fields"] | {name: "a\x00b"}
        for form in forms
        for name in form["fields"]
        if name != "csrfmiddlewaretoken"
    ] or [{"unexpected": "a\x00b"}]

    for data in attempts:
        response = client.post(path, data)
        assert response.status_code in (200, 302, 400, 404, 405), (data, response.status_code)


# A value for each path converter, for URL patterns that have no row in the matrix yet.
CONVERTER_SAMPLES = {
    "int": "1",
    "id": "1",
    "str": "sample",
    "slug": "sample",
    "path": "sample",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "day": "2025-01-31",
}


def sample_url(route: str) -> str | None:
    """A URL the route resolves, or None for a regex route (allauth's, all in the matrix)."""
    if "(?P" in route or "^" in route or "$" in route:
        return None

    def sample(match: re.Match[str]) -> str:
        return CONVERTER_SAMPLES[match.group(1) or "str"]

    return "/" + re.sub(r"<(?:(\w+):)?\w+>", sample, route)


# Unsubscribing takes a mail program's one-click POST (RFC 8058), which carries no CSRF
# token: the signed link is its only authority, and without a valid one it does nothing.
CSRF_EXEMPT = {"reminders/unsubscribe/<str:token>/"}


@pytest.mark.parametrize("persona", ["alice", "carol"])
def test_every_post_url_refuses_a_logged_in_user_without_a_csrf_token(request, alice_data, persona):
    client = Client(enforce_csrf_checks=True)
    client.force_login(request.getfixturevalue(persona))
    urls = {url.format(**alice_data) for url, _method, *_ in MATRIX}
    urls |= {url for route in route_patterns() if (url := sample_url(route))}
    refused = set()

    for url in sorted(urls):
        response = client.post(url, {"notes": "no token"})
        route = resolve(url.partition("?")[0]).route
        if route in CSRF_EXEMPT:
            assert response.status_code == 400, url
            continue
        assert response.status_code == 403, url
        refused.add(route)

    assert refused == route_patterns() - CSRF_EXEMPT
