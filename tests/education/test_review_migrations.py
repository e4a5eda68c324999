"""The migrations behind the second clinical review: 0006 (draft changes, line feeds only)
and 0007 (the reviewed pages, written from a frozen copy, never over a curator's edit)."""

import datetime
from importlib import import_module

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from education.models import Condition, Page, PageDraft
from education.seed_pages import PAGES as LIVE_PAGES

review = import_module("education.migrations.0007_clinical_review_pages")
frozen = import_module("education.migrations._content_0007")

NOW = datetime.datetime(2026, 11, 30, 12, tzinfo=datetime.UTC)
REVIEWED_ON = datetime.date(2026, 11, 30)
SLUG = "sjogrens-and-migraine"


def state_apps(migration: str = "0007_clinical_review_pages"):
    """The models as the migration sees them: no simple-history signals, so the revisions
    counted below are the ones the migration records itself."""
    return MigrationExecutor(connection).loader.project_state(("education", migration)).apps


def seeded_as(page: Page, **text) -> dict:
    """Give ``page`` the text of an earlier seed; returns that seed's PREVIOUS entry."""
    Page.objects.filter(pk=page.pk).update(**text)
    page.refresh_from_db()
    conditions = sorted(page.conditions.values_list("slug", flat=True))
    return {"fingerprint": review.page_fingerprint(page), "conditions": conditions}


def reviewed(slug: str = SLUG, **fields) -> dict:
    data = {
        "slug": slug,
        "title": "Sjögren's syndrome and migraine",
        "summary": "The reviewed summary.",
        "category": "conditions",
        "conditions": ["sjogrens", "celiac"],
        "order": 5,
        "sources": ["The article", "A reviewed primary source. 2024."],
        "body": "The reviewed body.\n",
    }
    return data | fields


def run(pages: list[dict], previous: dict) -> dict:
    return review.apply_review(
        state_apps(), pages=pages, previous=previous, reviewed_on=REVIEWED_ON, now=NOW
    )


@pytest.fixture
def sjogrens(db) -> Page:
    return Page.objects.get(slug=SLUG)


def test_the_frozen_content_is_the_live_seed_content_today():
    # The live module may change after this migration; today both say the same.
    keys = ["slug", "title", "summary", "category", "conditions", "order", "sources", "body"]
    assert [{key: page[key] for key in keys} for page in frozen.PAGES] == [
        {key: page[key] for key in keys} for page in LIVE_PAGES
    ]
    assert frozen.REVIEWED_ON == REVIEWED_ON
    assert set(frozen.PREVIOUS) == {page["slug"] for page in LIVE_PAGES} - {
        "chronic-migraine",
        "medication-overuse-headache",
    }


def test_a_database_already_holding_the_reviewed_pages_is_left_alone(db):
    revisions = Page.history.count()

    outcomes = run(frozen.PAGES, frozen.PREVIOUS)

    assert set(outcomes.values()) == {"current"}
    assert Page.history.count() == revisions
    assert not PageDraft.objects.exists()


def test_an_untouched_seeded_page_gets_the_reviewed_text_and_one_revision(sjogrens):
    previous = {SLUG: seeded_as(sjogrens, body="The seeded body.\n", last_reviewed=None)}
    revisions = sjogrens.history.count()

    outcomes = run([reviewed()], previous)

    assert outcomes == {SLUG: "updated"}
    sjogrens.refresh_from_db()
    assert sjogrens.body == "The reviewed body.\n"
    assert sjogrens.summary == "The reviewed summary."
    assert sjogrens.source_list == ["The article", "A reviewed primary source. 2024."]
    assert sjogrens.last_reviewed == REVIEWED_ON
    assert sorted(sjogrens.conditions.values_list("slug", flat=True)) == ["celiac", "sjogrens"]
    assert sjogrens.history.count() == revisions + 1
    revision = (
        sjogrens.history.filter(history_change_reason=frozen.REVIEW_REASON)
        .order_by("-history_id")
        .first()
    )
    assert revision.history_type == "~"
    assert revision.history_date == NOW
    assert revision.body == "The reviewed body.\n"
    assert {row.condition.slug for row in revision.conditions.all()} == {"celiac", "sjogrens"}


def test_a_seeded_page_saved_through_a_form_is_still_recognised(sjogrens):
    previous = {SLUG: seeded_as(sjogrens, body="The seeded body.\nSecond line.\n")}
    # The form trims the text's ends (and 0006 turned any carriage returns into line feeds).
    Page.objects.filter(pk=sjogrens.pk).update(body="The seeded body.\nSecond line.")

    assert run([reviewed()], previous) == {SLUG: "updated"}


def test_conditions_a_curator_changed_are_kept(sjogrens):
    previous = {SLUG: seeded_as(sjogrens, body="The seeded body.")}
    sjogrens.conditions.set(Condition.objects.filter(slug="lupus"))

    run([reviewed()], previous)

    assert list(sjogrens.conditions.values_list("slug", flat=True)) == ["lupus"]
    sjogrens.refresh_from_db()
    assert sjogrens.body == "The reviewed body.\n"


def test_a_page_a_curator_edited_is_kept_and_the_review_offered_as_a_draft(sjogrens):
    previous = {SLUG: seeded_as(sjogrens, body="The seeded body.")}
    Page.objects.filter(pk=sjogrens.pk).update(body="A curator's own words.")
    revisions = sjogrens.history.count()

    outcomes = run([reviewed()], previous)

    assert outcomes == {SLUG: "drafted"}
    sjogrens.refresh_from_db()
    assert sjogrens.body == "A curator's own words."
    assert sjogrens.history.count() == revisions
    draft = PageDraft.objects.get(page=sjogrens)
    assert draft.body == "The reviewed body.\n"
    assert draft.last_reviewed == REVIEWED_ON
    assert draft.saved_by is None
    assert set(draft.conditions.all()) == set(sjogrens.conditions.all())


def test_a_curators_waiting_draft_change_is_never_overwritten(sjogrens):
    previous = {SLUG: seeded_as(sjogrens, body="The seeded body.")}
    Page.objects.filter(pk=sjogrens.pk).update(body="A curator's own words.")
    PageDraft.objects.create(
        page=sjogrens, title="Mine", slug=SLUG, summary="s", body="b", category="conditions"
    )

    assert run([reviewed()], previous) == {SLUG: "kept"}
    assert PageDraft.objects.get(page=sjogrens).title == "Mine"


def test_a_new_page_is_created_published_with_a_revision(db):
    outcomes = run([reviewed(slug="a-new-reviewed-page", title="A new page")], {})

    assert outcomes == {"a-new-reviewed-page": "created"}
    page = Page.objects.get(slug="a-new-reviewed-page")
    assert page.is_published and page.published_at == NOW
    assert page.last_reviewed == REVIEWED_ON
    first = page.history.get()
    assert first.history_type == "+"
    assert {row.condition.slug for row in first.conditions.all()} == {"celiac", "sjogrens"}


def test_a_reviewed_page_a_curator_deleted_stays_deleted(sjogrens):
    previous = {SLUG: seeded_as(sjogrens, body="The seeded body.")}
    sjogrens.delete()

    assert run([reviewed()], previous) == {SLUG: "deleted"}
    assert not Page.objects.filter(slug=SLUG).exists()


@pytest.mark.django_db(transaction=True)
def test_migration_0006_rewrites_carriage_returns_as_line_feeds():
    # Transactional tests may start from an emptied database: the test makes its own page.
    executor = MigrationExecutor(connection)
    executor.migrate([("education", "0005_content_editors_group")])
    OldPage = state_apps("0005_content_editors_group").get_model("education", "Page")
    OldPage.objects.create(
        slug="saved-through-a-browser",
        title="Saved through a browser",
        summary="A page saved before line feeds were kept.",
        body="One.\r\nTwo.\rThree.",
        sources="A\r\nB",
        category="management",
    )

    # Forward to the newest migrations, so the tests after this one find the whole schema.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    page = Page.objects.get(slug="saved-through-a-browser")
    assert page.body == "One.\nTwo.\nThree."
    assert page.sources == "A\nB"
