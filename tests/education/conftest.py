import datetime

import pytest
from django.utils import timezone

from education.models import Condition, Page


@pytest.fixture
def make_page(db):
    """A page factory: published unless told otherwise, with a unique slug."""
    counter = iter(range(1, 10_000))

    def make(**fields) -> Page:
        number = next(counter)
        conditions = fields.pop("conditions", [])
        status = fields.pop("status", Page.Status.PUBLISHED)
        defaults = {
            "title": f"Test page {number}",
            "slug": f"test-page-{number}",
            "summary": "A page made for a test.",
            "body": "Some plain words for a test page.",
            "category": Page.Category.MANAGEMENT,
            "order": 100 + number,
            "status": status,
            "published_at": timezone.now() if status == Page.Status.PUBLISHED else None,
            "last_reviewed": datetime.date(2026, 11, 1),
            "sources": "A source for the test",
        }
        page = Page.objects.create(**{**defaults, **fields})
        page.conditions.set(Condition.objects.filter(slug__in=conditions))
        return page

    return make


@pytest.fixture
def draft(make_page) -> Page:
    return make_page(
        title="Unfinished thoughts on zyxdraftword",
        slug="unfinished-thoughts",
        status=Page.Status.DRAFT,
        body="This draft mentions zyxdraftword and is not ready.",
    )
