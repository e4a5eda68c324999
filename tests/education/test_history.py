"""A page's revisions in /admin/: labelled by date, author and the fields really changed,
compared line by line, and restored in Overlap's words."""

import re

import pytest

from education.models import Condition, Page
from tests.education.test_draft_changes import change_url, edit

pytestmark = pytest.mark.django_db


@pytest.fixture
def lupus_page() -> Page:
    return Page.objects.get(slug="lupus-and-migraine")


def history_labels(client, page: Page) -> list[str]:
    html = client.get(f"/admin/education/page/{page.pk}/history/").content.decode()
    links = re.findall(r'<a href="/admin/education/page/\d+/history/\d+/">([^<]*)</a>', html)
    return [" ".join(link.split()) for link in links]


def test_each_revision_is_labelled_by_date_author_and_changed_fields(carol_client, lupus_page):
    carol_client.post(
        change_url(lupus_page), edit(lupus_page, title="Lupus, revised", body="New words.")
    )
    carol_client.post(change_url(lupus_page, "draft/publish/"))

    labels = history_labels(carol_client, lupus_page)

    latest = lupus_page.history.first()
    # Seeded, then brought up to the clinical review by migration 0007, then Carol's change.
    assert len(labels) == 3
    assert labels[0] == f"{latest.history_date:%-d %b %Y, %H:%M} · Carol · Title, Body"
    assert "· Overlap · " in labels[1]
    assert labels[2].endswith("· Overlap · created")


def test_a_page_saved_unchanged_reports_no_phantom_change(carol_client, draft):
    # Browsers send a textarea's line breaks as CRLF: the sources and body come back that way.
    draft.sources = "First source\nSecond source"
    draft.body = "One line.\nAnother line."
    draft.save()

    carol_client.post(change_url(draft), edit(draft))

    draft.refresh_from_db()
    assert draft.sources == "First source\nSecond source"
    assert draft.body == "One line.\nAnother line."
    assert history_labels(carol_client, draft)[0].endswith("· Carol · no change to the text")
    before_the_form = draft.history.all()[1]
    compare = carol_client.get(
        f"/admin/education/page/{draft.pk}/history/compare/{before_the_form.history_id}/"
    )
    html = compare.content.decode()
    assert "<h2>Sources</h2>" not in html and "<h2>Body</h2>" not in html
    assert "This revision matches the current page." in html


def test_revisions_saved_with_carriage_returns_compare_as_the_same_text(carol_client, lupus_page):
    seeded = lupus_page.history.first()  # the text as seeded and reviewed
    Page.history.filter(history_id=seeded.history_id).update(
        sources=seeded.sources.replace("\n", "\r\n"), body=seeded.body.replace("\n", "\r\n")
    )
    carol_client.post(change_url(lupus_page), edit(lupus_page, body="Only this changed."))
    carol_client.post(change_url(lupus_page, "draft/publish/"))

    labels = history_labels(carol_client, lupus_page)
    compare = carol_client.get(
        f"/admin/education/page/{lupus_page.pk}/history/compare/{seeded.history_id}/"
    ).content.decode()

    assert labels[0].endswith("· Carol · Body")
    assert "<h2>Sources</h2>" not in compare
    assert "<h2>Body</h2>" in compare and "+Only this changed." in compare


def test_a_change_of_conditions_is_named_in_the_label(carol_client, lupus_page):
    celiac = Condition.objects.get(slug="celiac")
    carol_client.post(change_url(lupus_page), edit(lupus_page, conditions=[celiac.pk]))
    carol_client.post(change_url(lupus_page, "draft/publish/"))

    assert history_labels(carol_client, lupus_page)[0].endswith("· Carol · Conditions")


def test_the_history_page_speaks_overlaps_words(carol_client, lupus_page):
    html = carol_client.get(f"/admin/education/page/{lupus_page.pk}/history/").content.decode()

    assert "Revisions of “Lupus and migraine”" in html
    assert "Compare with the current page" in html
    assert "revert" not in html.lower()


def test_the_restore_page_of_a_published_page_says_it_makes_a_draft_change(
    carol_client, lupus_page
):
    seeded = lupus_page.history.earliest()

    html = carol_client.get(
        f"/admin/education/page/{lupus_page.pk}/history/{seeded.history_id}/"
    ).content.decode()

    assert "Restore an earlier version of “Lupus and migraine”" in html
    assert 'value="Restore this version as a draft change"' in html
    assert "patients keep seeing the published page" in html
    assert "Back to the revisions" in html
    assert "revert" not in html.lower()


def test_the_restore_page_of_a_condition_restores_directly(carol_client):
    lupus = Condition.objects.get(slug="lupus")
    version = lupus.history.earliest()

    html = carol_client.get(
        f"/admin/education/condition/{lupus.pk}/history/{version.history_id}/"
    ).content.decode()

    assert 'value="Restore this version"' in html
    assert "Restoring saves it as the current version" in html
    assert "revert" not in html.lower()
