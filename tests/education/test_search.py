import pytest

from education.models import Page

pytestmark = pytest.mark.django_db


def search(client, query: str):
    response = client.get("/learn/search/", {"q": query})
    assert response.status_code == 200
    return response


def result_slugs(response) -> list[str]:
    return [result["page"].slug for result in response.context["results"]]


def test_search_ranks_a_title_match_above_a_body_only_match(client, make_page):
    body_only = make_page(slug="body-only", body="A long text that mentions zyxquokka once.")
    in_title = make_page(slug="in-title", title="All about the zyxquokka")
    response = search(client, "zyxquokka")
    assert result_slugs(response) == [in_title.slug, body_only.slug]


def test_search_finds_seeded_pages_by_their_words(client):
    slugs = result_slugs(search(client, "triptan"))
    assert "medication-caution" in slugs
    slugs = result_slugs(search(client, "gluten"))
    assert "celiac-disease-and-migraine" in slugs[:2]


def test_search_finds_plurals_of_a_word(client, make_page):
    page = make_page(slug="plural", body="Notes on the zyxwombat and its habits.")
    assert result_slugs(search(client, "zyxwombats")) == [page.slug]


def test_search_leaves_drafts_out(client, draft):
    assert result_slugs(search(client, "zyxdraftword")) == []
    assert "No pages match" in search(client, "zyxdraftword").content.decode()


def test_search_highlights_matches_on_escaped_text(client, make_page):
    make_page(
        slug="hostile-title",
        title="<b>Zyxquokka</b> & <script>alert(1)</script>",
        summary="The zyxquokka <img src=x onerror=alert(2)> summary",
        body="Body about the zyxquokka with <em>markup</em> & an ampersand.",
    )
    html = search(client, "zyxquokka").content.decode()
    assert "&lt;b&gt;<mark>Zyxquokka</mark>&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert "The <mark>zyxquokka</mark> &lt;img src=x onerror=alert(2)&gt; summary" in html
    assert "<script>alert" not in html
    assert "<img" not in html


def test_a_query_that_looks_like_markup_is_escaped(client, make_page):
    make_page(slug="markup-query", title="Zyxquokka page")
    html = search(client, '<script>alert("zyxquokka")</script>').content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("query", ["", "   ", "!!!", "\x00"])
def test_an_empty_query_gets_a_friendly_message(client, query):
    response = search(client, query)
    assert "Type one or more words" in response.content.decode()
    assert response.context["results"] == []


def test_a_very_long_query_gets_a_friendly_message(client):
    response = search(client, "migraine " * 500)
    assert "too long" in response.content.decode()


@pytest.mark.parametrize(
    "query", ["a\x00b migraine", "lupus & | ! ( ) : * ' \"", "-", "'", "ünïcödé Sjögren", "🙂"]
)
def test_odd_queries_never_fail(client, query):
    search(client, query)


def test_search_results_page_has_a_title_and_keeps_the_query(client):
    html = search(client, "lupus").content.decode()
    assert "<title>Search: lupus · Overlap</title>" in html
    assert 'value="lupus"' in html


def test_the_queryset_search_annotates_a_rank(make_page):
    make_page(slug="ranked", title="Zyxquokka ranked")
    page = Page.objects.published().search("zyxquokka").get()
    assert page.rank > 0
