"""Curation in /admin/ by the "Content editors" group, and nothing beyond it."""

import pytest

from education.models import Condition, Page

pytestmark = pytest.mark.django_db


def page_form(**fields) -> dict:
    data = {
        "title": "Pacing on flare days",
        "slug": "pacing-on-flare-days",
        "summary": "How to spread your energy across a day when a flare and a migraine meet.",
        "category": "management",
        "conditions": [Condition.objects.get(slug="lupus").pk],
        "order": "20",
        "body": "## Plan the day\n\nBreak tasks into small pieces and rest before you need to.",
        "sources": "Overlap editorial team",
        "status": "draft",
        "last_reviewed": "2026-11-20",
        "_save": "Save",
    }
    data.update(fields)
    return data


def test_a_curator_sees_only_the_education_app(carol_client):
    response = carol_client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/admin/education/page/" in html
    assert "/admin/education/condition/" in html
    assert "/admin/accounts/" not in html
    assert "/admin/auth/" not in html


@pytest.mark.parametrize("path", ["/admin/", "/admin/education/page/add/"])
def test_admin_pages_carry_overlaps_icon(carol_client, path):
    # Without a <link rel="icon"> the browser asks for /favicon.ico, which is a 404.
    html = carol_client.get(path).content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg"' in html


@pytest.mark.parametrize(
    "path",
    [
        "/admin/accounts/user/",
        "/admin/accounts/user/add/",
        "/admin/auth/group/",
        "/admin/account/emailaddress/",
        "/admin/mfa/authenticator/",
        "/admin/accounts/",
    ],
)
def test_a_curator_is_refused_users_and_every_other_app(carol_client, alice, path):
    response = carol_client.get(path)
    assert response.status_code in (403, 404)
    assert b"alice@example.com" not in response.content


def test_a_curator_cannot_open_a_patients_account(carol_client, alice):
    response = carol_client.get(f"/admin/accounts/user/{alice.pk}/change/")
    assert response.status_code in (403, 302)
    assert b"alice@example.com" not in response.content


def test_patients_and_visitors_cannot_open_the_admin(client, alice_client):
    assert client.get("/admin/education/page/").status_code == 302
    response = alice_client.get("/admin/education/page/")
    assert response.status_code == 302
    assert "login" in response.url


def test_a_curator_adds_a_draft_page(carol_client, carol):
    response = carol_client.post("/admin/education/page/add/", page_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(slug="pacing-on-flare-days")
    assert page.status == Page.Status.DRAFT
    assert page.published_at is None
    assert [condition.slug for condition in page.conditions.all()] == ["lupus"]
    assert page.history.first().history_user == carol


def test_a_curator_edits_and_publishes_a_page_through_the_form(carol_client, draft):
    data = page_form(title="Finished thoughts", slug=draft.slug, status="published")
    response = carol_client.post(f"/admin/education/page/{draft.pk}/change/", data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Finished thoughts"
    assert draft.status == Page.Status.PUBLISHED
    assert draft.published_at is not None


def test_the_add_form_refuses_a_reserved_slug(carol_client):
    response = carol_client.post("/admin/education/page/add/", page_form(slug="search"))
    assert response.status_code == 200
    assert not Page.objects.filter(slug="search").exists()


def test_a_curator_publishes_and_unpublishes_with_the_list_actions(carol_client, draft):
    carol_client.post(
        "/admin/education/page/",
        {"action": "publish_pages", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    assert draft.status == Page.Status.PUBLISHED
    published_at = draft.published_at
    assert published_at is not None

    carol_client.post(
        "/admin/education/page/",
        {"action": "unpublish_pages", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    assert draft.status == Page.Status.DRAFT
    assert draft.published_at == published_at
    assert draft.history.count() >= 3


def test_the_page_list_links_to_previews(carol_client, draft):
    response = carol_client.get("/admin/education/page/?status__exact=draft")
    assert response.status_code == 200
    assert f"/learn/preview/{draft.pk}/" in response.content.decode()


def test_a_curator_edits_the_condition_catalogue(carol_client):
    lupus = Condition.objects.get(slug="lupus")
    response = carol_client.get(f"/admin/education/condition/{lupus.pk}/change/")
    assert response.status_code == 200
    response = carol_client.post(
        "/admin/education/condition/add/",
        {
            "slug": "behcets",
            "name": "Behçet's disease",
            "kind": "autoimmune",
            "short_description": "Inflamed blood vessels.",
            "involves_blood_vessels": "on",
            "order": "9",
            "page": "",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    assert Condition.objects.get(slug="behcets").involves_blood_vessels


def test_revisions_are_listed_compared_and_restored_through_the_admin(carol_client, carol):
    page = Page.objects.get(slug="medication-caution")
    original_title, original_body = page.title, page.body
    original_conditions = set(page.conditions.values_list("pk", flat=True))
    seeded = page.history.earliest()

    edited = page_form(
        title="A careless edit",
        slug=page.slug,
        body="Too short.",
        status="published",
        category=page.category,
    )
    assert carol_client.post(f"/admin/education/page/{page.pk}/change/", edited).status_code == 302
    # The page is published, so the edit waits as a draft change until it is published.
    publish = f"/admin/education/page/{page.pk}/draft/publish/"
    assert carol_client.post(publish).status_code == 302
    page.refresh_from_db()
    assert page.title == "A careless edit"

    history = carol_client.get(f"/admin/education/page/{page.pk}/history/")
    assert history.status_code == 200
    assert (
        f"/admin/education/page/{page.pk}/history/{seeded.history_id}/" in history.content.decode()
    )

    compare = carol_client.get(
        f"/admin/education/page/{page.pk}/history/compare/{seeded.history_id}/"
    )
    assert compare.status_code == 200
    html = compare.content.decode()
    assert "-A careless edit" not in html and "+A careless edit" in html
    assert f"-{original_title}" in html

    revert_url = f"/admin/education/page/{page.pk}/history/{seeded.history_id}/"
    form = carol_client.get(revert_url)
    assert form.status_code == 200
    initial = form.context["adminform"].form.initial
    assert initial["title"] == original_title
    assert set(initial["conditions"]) == original_conditions

    restored = page_form(
        title=original_title,
        slug=page.slug,
        summary=initial["summary"],
        body=original_body,
        category=initial["category"],
        conditions=list(original_conditions),
        order=str(initial["order"]),
        status="published",  # read-only on a published page: the form ignores it
        sources=initial["sources"],
        last_reviewed=initial["last_reviewed"].isoformat(),
    )
    assert carol_client.post(revert_url, restored).status_code == 302
    assert carol_client.post(publish).status_code == 302
    page.refresh_from_db()
    assert page.title == original_title
    assert page.body == original_body.strip()  # forms trim trailing whitespace
    assert set(page.conditions.values_list("pk", flat=True)) == original_conditions
    assert page.history.first().history_user == carol


def test_the_history_pages_have_no_inline_styles_for_the_csp_to_refuse(carol_client):
    page = Page.objects.first()

    html = carol_client.get(f"/admin/education/page/{page.pk}/history/").content.decode()

    assert "style=" not in html


@pytest.mark.parametrize(
    "query",
    ["status__exact=%00", "category__exact=news%00", "kind__exact=%00", "q=%00", "q=lupus%00"],
)
def test_a_nul_byte_in_an_admin_filter_or_search_is_a_400_not_a_500(carol_client, query):
    # PostgreSQL refuses NUL in any text parameter; the admin would pass it straight on.
    model = "condition" if query.startswith("kind") else "page"

    response = carol_client.get(f"/admin/education/{model}/?{query}")

    assert response.status_code == 400


def test_a_nul_byte_in_an_admin_form_is_a_400_not_a_500(carol_client):
    response = carol_client.post("/admin/education/page/add/", page_form(title="Pacing\x00"))

    assert response.status_code == 400
    assert not Page.objects.filter(slug="pacing-on-flare-days").exists()
