import datetime
import hashlib
import importlib
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils.html import escape

import education.seed_pages
from education.models import Page
from education.seed_pages import (
    CHRONIC_MIGRAINE_SLUG,
    MEDICATION_OVERUSE_SLUG,
    PAGES,
    REVIEWED_ON,
)

pytestmark = pytest.mark.django_db

FIXED_SLUGS = [
    "medication-caution",
    "how-migraine-and-autoimmune-disease-connect",
    "lupus-and-migraine",
    "multiple-sclerosis-and-migraine",
    "rheumatoid-arthritis-and-migraine",
    "sjogrens-and-migraine",
    "celiac-disease-and-migraine",
]


def test_seeded_pages_are_present_and_published_with_at_least_250_words():
    pages = Page.objects.published().prefetch_related("conditions")
    assert pages.count() >= 14
    by_slug = {page.slug: page for page in pages}
    assert set(FIXED_SLUGS) <= set(by_slug)
    for data in PAGES:
        page = by_slug[data["slug"]]
        assert len(page.body.split()) >= 250, page.slug
        assert page.published_at is not None
        assert page.last_reviewed == REVIEWED_ON
        assert {condition.slug for condition in page.conditions.all()} == set(data["conditions"])
        assert page.source_list == data["sources"]


def test_every_seeded_page_starts_with_a_revision_holding_its_conditions():
    for page in Page.objects.all():
        first = page.history.earliest()
        assert first.history_type == "+"
        # Seeded pages were later brought up to the clinical review (migration 0007), which
        # records its own revision: the latest one holds the page as it is.
        latest = page.history.latest()
        assert latest.body == page.body
        assert {row.condition_id for row in latest.conditions.all()} == set(
            page.conditions.values_list("pk", flat=True)
        )


def test_the_content_editors_group_has_exactly_the_curators_permissions():
    group = Group.objects.get(name="Content editors")
    granted = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert granted == {
        ("education", "add_page"),
        ("education", "change_page"),
        ("education", "view_page"),
        ("education", "delete_page"),
        ("education", "view_historicalpage"),
        ("education", "add_condition"),
        ("education", "change_condition"),
        ("education", "view_condition"),
        ("education", "add_medicine"),
        ("education", "change_medicine"),
        ("education", "view_medicine"),
        ("education", "delete_medicine"),
        ("education", "add_pagetranslation"),
        ("education", "change_pagetranslation"),
        ("education", "view_pagetranslation"),
        ("education", "delete_pagetranslation"),
        ("education", "view_historicalpagetranslation"),
    }
    assert not Permission.objects.filter(group=group).exclude(content_type__app_label="education")


def test_the_seed_never_overwrites_a_curators_edit():
    from importlib import import_module

    from django.apps import apps

    page = Page.objects.get(slug="medication-caution")
    page.title = "Edited by a curator"
    page.save()
    import_module("education.migrations.0004_seed_pages").seed_pages(apps, None)
    page.refresh_from_db()
    assert page.title == "Edited by a curator"
    assert Page.objects.filter(slug="medication-caution").count() == 1


# What migration 0004 loads, frozen on 24 November 2026. Editing education/seed_pages.py
# must never change it: new wording ships with a new migration.
SEEDED_PAGES_SHA256 = "78e14c54ef377e74327e4f6dfcf0da8d1fc76d9c2176645d6b333a583206c0ab"


def seeded_content_hash(migration) -> str:
    content = {"reviewed_on": migration.REVIEWED_ON.isoformat(), "pages": migration.PAGES}
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def test_the_seed_migration_loads_the_pages_frozen_on_its_day():
    migration = importlib.import_module("education.migrations.0004_seed_pages")

    assert seeded_content_hash(migration) == SEEDED_PAGES_SHA256


def test_editing_the_live_pages_does_not_change_what_the_seed_migration_loads(monkeypatch):
    edited = [{**page, "title": page["title"] + " (edited)"} for page in education.seed_pages.PAGES]
    monkeypatch.setattr(education.seed_pages, "PAGES", edited)
    monkeypatch.setattr(education.seed_pages, "REVIEWED_ON", datetime.date(2030, 1, 1))

    migration = importlib.reload(importlib.import_module("education.migrations.0004_seed_pages"))

    assert seeded_content_hash(migration) == SEEDED_PAGES_SHA256


@pytest.mark.parametrize("data", PAGES, ids=[data["slug"] for data in PAGES])
def test_every_seeded_page_renders_with_its_sources_and_review_date(client, data):
    response = client.get(f"/learn/{data['slug']}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<time datetime="2026-11-30">30 November 2026</time>' in html
    for source in data["sources"]:
        assert escape(source) in html, source
    assert "This page informs; it does not diagnose" in html


def test_the_pages_the_alerts_link_to_are_published(client):
    for slug in (CHRONIC_MIGRAINE_SLUG, MEDICATION_OVERUSE_SLUG):
        page = Page.objects.published().get(slug=slug)
        assert client.get(page.get_absolute_url()).status_code == 200
    assert Page.objects.get(slug=CHRONIC_MIGRAINE_SLUG).category == Page.Category.CONDITIONS
    assert Page.objects.get(slug=MEDICATION_OVERUSE_SLUG).category == Page.Category.MANAGEMENT
