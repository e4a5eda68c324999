"""Draft changes: a curator edits a published page, previews the change and publishes it;
patients read the published page, unchanged, until then."""

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from education.models import Condition, Page, PageDraft
from education.services import PUBLISH_REASON
from tests.education.test_admin import page_form

pytestmark = pytest.mark.django_db

SLUG = "lupus-and-migraine"


@pytest.fixture
def lupus_page() -> Page:
    return Page.objects.get(slug=SLUG)


def change_url(page: Page, suffix: str = "change/") -> str:
    return f"/admin/education/page/{page.pk}/{suffix}"


def edit(page: Page, **fields) -> dict:
    """The page's form as it stands, with ``fields`` changed and the browser's line breaks."""
    assert page.last_reviewed is not None
    data = page_form(
        title=page.title,
        slug=page.slug,
        summary=page.summary,
        category=page.category,
        conditions=list(page.conditions.values_list("pk", flat=True)),
        order=str(page.order),
        body=page.body.replace("\n", "\r\n"),
        sources=page.sources.replace("\n", "\r\n"),
        status=page.status,
        last_reviewed=page.last_reviewed.isoformat(),
    )
    return data | fields


def test_saving_a_published_page_keeps_the_change_as_a_draft(
    client, carol_client, carol, lupus_page
):
    before = Page.objects.filter(pk=lupus_page.pk).values().get()
    revisions = lupus_page.history.count()

    response = carol_client.post(change_url(lupus_page), edit(lupus_page, title="Lupus, revised"))

    assert response.status_code == 302
    assert response.url == change_url(lupus_page)
    assert Page.objects.filter(pk=lupus_page.pk).values().get() == before
    assert lupus_page.history.count() == revisions
    draft = PageDraft.objects.get(page=lupus_page)
    assert draft.title == "Lupus, revised"
    assert draft.saved_by == carol
    assert "\r" not in draft.body and draft.body == lupus_page.body.strip()
    visitor = Client()
    live = visitor.get(f"/learn/{SLUG}/").content.decode()
    assert "<h1>Lupus and migraine</h1>" in live and "Lupus, revised" not in live
    assert "Lupus and migraine" in visitor.get("/learn/").content.decode()


def test_the_change_form_starts_from_the_draft_and_offers_preview_publish_and_discard(
    carol_client, lupus_page
):
    celiac = Condition.objects.get(slug="celiac")
    carol_client.post(
        change_url(lupus_page), edit(lupus_page, title="Lupus, revised", conditions=[celiac.pk])
    )

    response = carol_client.get(change_url(lupus_page))

    form = response.context["adminform"].form
    assert form.initial["title"] == "Lupus, revised"
    assert list(form.initial["conditions"]) == [celiac.pk]
    html = response.content.decode()
    assert "A draft change is waiting to be published" in html
    assert "Saved by Carol on" in html
    assert f'href="/learn/preview/{lupus_page.pk}/"' in html
    assert f'action="{change_url(lupus_page, "draft/publish/")}"' in html
    assert f'action="{change_url(lupus_page, "draft/discard/")}"' in html
    assert 'value="Save as a draft change"' in html


def test_the_page_list_marks_pages_with_a_draft_change(carol_client, lupus_page):
    carol_client.post(change_url(lupus_page), edit(lupus_page, title="Lupus, revised"))

    response = carol_client.get("/admin/education/page/?q=lupus")

    html = response.content.decode()
    assert "Draft change" in html
    row = html[html.index(f'href="/admin/education/page/{lupus_page.pk}/change/') :]
    cells = row[: row.index("</tr>")]
    assert "icon-yes" in cells
    assert 'alt="Yes"' in cells
    # In the curator's language, not Django's English "True".
    german = carol_client.get("/admin/education/page/?q=lupus", HTTP_ACCEPT_LANGUAGE="de")
    row = german.text[german.text.index(f'href="/admin/education/page/{lupus_page.pk}/change/') :]
    assert 'alt="Ja"' in row[: row.index("</tr>")]


def test_a_published_page_without_a_draft_says_saving_makes_one(carol_client, lupus_page):
    html = carol_client.get(change_url(lupus_page)).content.decode()

    assert "Saving keeps your edits as a draft change" in html
    assert 'value="Save as a draft change"' in html
    assert "A draft change is waiting" not in html


def test_the_preview_shows_the_draft_change_and_its_conditions(carol_client, lupus_page):
    celiac = Condition.objects.get(slug="celiac")
    carol_client.post(
        change_url(lupus_page),
        edit(lupus_page, title="Lupus, revised", body="## A new heading", conditions=[celiac.pk]),
    )

    html = carol_client.get(f"/learn/preview/{lupus_page.pk}/").content.decode()

    assert "Preview of a draft change." in html
    assert "<h1>Lupus, revised</h1>" in html and "A new heading" in html
    assert '<span class="badge learn-badge">Celiac disease</span>' in html
    assert "Systemic lupus erythematosus</span>" not in html


def test_publishing_the_change_makes_one_revision_by_the_publisher(carol_client, carol, lupus_page):
    celiac = Condition.objects.get(slug="celiac")
    revisions = lupus_page.history.count()
    published_at = lupus_page.published_at
    carol_client.post(
        change_url(lupus_page),
        edit(lupus_page, title="Lupus, revised", conditions=[celiac.pk]),
    )

    response = carol_client.post(change_url(lupus_page, "draft/publish/"), follow=True)

    assert (
        "Published the change to “Lupus, revised” (Title, Conditions)" in response.content.decode()
    )
    lupus_page.refresh_from_db()
    assert lupus_page.title == "Lupus, revised"
    assert lupus_page.status == Page.Status.PUBLISHED
    assert lupus_page.published_at == published_at
    assert [condition.slug for condition in lupus_page.conditions.all()] == ["celiac"]
    assert lupus_page.history.count() == revisions + 1
    latest = lupus_page.history.first()
    assert latest.history_user == carol
    assert latest.history_change_reason == PUBLISH_REASON
    assert [row.condition_id for row in latest.conditions.all()] == [celiac.pk]
    assert not PageDraft.objects.filter(page=lupus_page).exists()
    assert "<h1>Lupus, revised</h1>" in Client().get(f"/learn/{SLUG}/").content.decode()


def test_a_draft_that_changes_nothing_publishes_no_revision(carol_client, lupus_page):
    revisions = lupus_page.history.count()
    # The browser sends every line break as CRLF; the text is the same.
    carol_client.post(change_url(lupus_page), edit(lupus_page))

    response = carol_client.post(change_url(lupus_page, "draft/publish/"), follow=True)

    assert "nothing to publish" in response.content.decode()
    assert lupus_page.history.count() == revisions
    assert not PageDraft.objects.filter(page=lupus_page).exists()


def test_discarding_the_change_leaves_the_published_page(carol_client, lupus_page):
    title = lupus_page.title
    carol_client.post(change_url(lupus_page), edit(lupus_page, title="Lupus, revised"))

    response = carol_client.post(change_url(lupus_page, "draft/discard/"), follow=True)

    assert "Discarded the draft change" in response.content.decode()
    assert not PageDraft.objects.filter(page=lupus_page).exists()
    lupus_page.refresh_from_db()
    assert lupus_page.title == title
    assert carol_client.get(change_url(lupus_page)).context["adminform"].form.initial["title"] == (
        title
    )


def test_a_draft_whose_address_was_taken_meanwhile_is_not_published(
    carol_client, lupus_page, make_page
):
    carol_client.post(change_url(lupus_page), edit(lupus_page, slug="lupus-revised"))
    make_page(slug="lupus-revised")

    response = carol_client.post(change_url(lupus_page, "draft/publish/"), follow=True)

    assert "already exists" in response.content.decode()
    lupus_page.refresh_from_db()
    assert lupus_page.slug == SLUG
    assert PageDraft.objects.filter(page=lupus_page, slug="lupus-revised").exists()


def test_publish_and_discard_are_post_only_and_the_curators_alone(carol_client, alice, lupus_page):
    visitor, patient = Client(), Client()
    patient.force_login(alice)
    carol_client.post(change_url(lupus_page), edit(lupus_page, title="Lupus, revised"))
    for suffix in ("draft/publish/", "draft/discard/"):
        url = change_url(lupus_page, suffix)
        assert carol_client.get(url).status_code == 405
        assert visitor.post(url).url.startswith("/accounts/login/")
        assert patient.post(url).url.startswith("/admin/login/")
        assert carol_client.post(f"/admin/education/page/999999/{suffix}").status_code == 404
    assert PageDraft.objects.get(page=lupus_page).title == "Lupus, revised"
    assert Page.objects.get(pk=lupus_page.pk).title == "Lupus and migraine"


def test_a_status_change_is_never_part_of_a_draft(carol_client, lupus_page):
    carol_client.post(change_url(lupus_page), edit(lupus_page, status="draft"))

    lupus_page.refresh_from_db()
    assert lupus_page.status == Page.Status.PUBLISHED
    carol_client.post(change_url(lupus_page, "draft/publish/"))
    lupus_page.refresh_from_db()
    assert lupus_page.status == Page.Status.PUBLISHED


def test_an_unpublished_page_is_still_edited_in_place(carol_client, draft):
    response = carol_client.post(change_url(draft), edit(draft, title="Still a draft"))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Still a draft"
    assert "\r" not in draft.body and "\r" not in draft.sources
    assert not PageDraft.objects.filter(page=draft).exists()


def test_restoring_an_earlier_version_of_a_published_page_makes_a_draft_change(
    carol_client, lupus_page
):
    seeded = lupus_page.history.earliest()
    carol_client.post(change_url(lupus_page), edit(lupus_page, title="Lupus, revised"))
    carol_client.post(change_url(lupus_page, "draft/publish/"))
    restore = f"/admin/education/page/{lupus_page.pk}/history/{seeded.history_id}/"

    response = carol_client.post(restore, edit(lupus_page, title=seeded.title))

    assert response.status_code == 302
    lupus_page.refresh_from_db()
    assert lupus_page.title == "Lupus, revised"
    assert PageDraft.objects.get(page=lupus_page).title == seeded.title


def test_the_database_keeps_line_feeds_only(lupus_page, make_page):
    for field in ("body", "sources"):
        with pytest.raises(IntegrityError), transaction.atomic():
            Page.objects.filter(pk=lupus_page.pk).update(**{field: "one\r\ntwo"})
    with pytest.raises(IntegrityError), transaction.atomic():
        PageDraft.objects.create(
            page=lupus_page, title="t", slug="t", summary="s", body="a\rb", category="management"
        )
