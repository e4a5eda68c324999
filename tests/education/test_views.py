import pytest

from education.models import Page

pytestmark = pytest.mark.django_db


def test_the_list_shows_published_pages_grouped_by_category(client, draft):
    response = client.get("/learn/")
    assert response.status_code == 200
    html = response.content.decode()
    headings = [html.index(label) for label in ["How they connect", "Conditions", "Managing both"]]
    assert headings == sorted(headings)
    assert "How migraine and autoimmune disease connect" in html
    assert "/learn/medication-caution/" in html
    assert draft.title not in html


def test_a_page_shows_its_conditions_related_pages_review_date_sources_and_disclaimer(client):
    response = client.get("/learn/lupus-and-migraine/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Lupus and migraine · Overlap</title>" in html
    page = Page.objects.get(slug="lupus-and-migraine")
    assert f'<meta name="description" content="{page.summary}' in html.replace("&#x27;", "'")
    assert "Systemic lupus erythematosus" in html
    assert "Related pages" in html
    assert "/learn/how-migraine-and-autoimmune-disease-connect/" in html
    assert "Last reviewed on" in html and "30 November 2026" in html
    assert "Sources" in html and "EULAR recommendations" in html
    assert "does not diagnose or replace medical advice" in html


def test_a_draft_is_hidden_from_visitors_and_patients(client, alice_client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert alice_client.get(draft.get_absolute_url()).status_code == 404
    response = alice_client.get(f"/learn/preview/{draft.pk}/")
    assert response.status_code == 403


def test_a_visitor_asking_for_a_preview_is_sent_to_log_in(client, draft):
    response = client.get(f"/learn/preview/{draft.pk}/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_a_curator_previews_a_draft_as_the_public_will_see_it(carol_client, draft):
    response = carol_client.get(f"/learn/preview/{draft.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft preview" in html
    assert draft.title in html
    assert "zyxdraftword" in html
    assert carol_client.get(draft.get_absolute_url()).status_code == 200


def test_a_published_page_has_no_draft_banner_in_preview(carol_client):
    page = Page.objects.get(slug="medication-caution")
    response = carol_client.get(f"/learn/preview/{page.pk}/")
    assert response.status_code == 200
    assert "Draft preview" not in response.content.decode()


@pytest.mark.parametrize("pk", ["0", "999999", str(2**64)])
def test_a_missing_preview_is_a_404(carol_client, pk):
    assert carol_client.get(f"/learn/preview/{pk}/").status_code == 404


def test_an_unknown_page_is_a_404(client):
    assert client.get("/learn/no-such-page/").status_code == 404


def test_the_list_takes_one_query_however_many_pages(client, make_page, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get("/learn/")
    for _ in range(5):
        make_page(conditions=["lupus", "celiac"])
    with django_assert_num_queries(1):
        assert client.get("/learn/").status_code == 200


def test_a_page_takes_a_fixed_number_of_queries(client, make_page, django_assert_num_queries):
    with django_assert_num_queries(3):
        client.get("/learn/lupus-and-migraine/")
    for _ in range(5):
        make_page(conditions=["lupus", "migraine-with-aura"], category="conditions")
    with django_assert_num_queries(3):
        assert client.get("/learn/lupus-and-migraine/").status_code == 200


def test_learn_pages_are_public_and_the_footer_links_there(client):
    response = client.get("/")
    assert b'href="/learn/"' in response.content


def test_the_suggested_pages_include_lists_the_pages_given(alice):
    from django.template.loader import render_to_string

    pages = Page.objects.published().suggested_for(alice.profile.conditions.all())
    html = render_to_string("includes/suggested_pages.html", {"pages": pages})
    assert "/learn/lupus-and-migraine/" in html
    assert render_to_string("includes/suggested_pages.html", {"pages": []}).strip() == ""
