"""Bring databases seeded before the second clinical review (30 November 2026) up to it.

For each reviewed page (education/migrations/_content_0007.py, a frozen copy: this
migration never reads education/seed_pages.py):

- a page still as it was seeded is updated to the reviewed text, with a revision recording
  the change (its conditions too, unless a curator changed them);
- a page a curator has edited since seeding is left as the curator made it, and the
  reviewed text is offered as a draft change for them to compare, preview and publish or
  discard (unless they already have a draft change waiting, which is never overwritten);
- a page already holding the reviewed text is left alone;
- a new page (chronic migraine, medication overuse headache) is created and published,
  unless a page with its address exists; a reviewed page a curator deleted stays deleted.

Undoing it removes the new pages and the offered draft changes while they are untouched;
updated pages keep the reviewed text (their history holds the seeded version, which a
curator can restore).
"""

import datetime
import hashlib

from django.db import migrations

from education.migrations._content_0007 import PAGES, PREVIOUS, REVIEW_REASON, REVIEWED_ON

TEXT_FIELDS = ("title", "summary", "body", "sources")


def normalise(text: str) -> str:
    # Line break style and whitespace at the ends never change what a page says.
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def fingerprint(title: str, summary: str, body: str, sources: str) -> str:
    text = "\x1f".join(normalise(value) for value in (title, summary, body, sources))
    return hashlib.sha256(text.encode()).hexdigest()


def page_fingerprint(page) -> str:
    return fingerprint(*(getattr(page, field) for field in TEXT_FIELDS))


def data_fingerprint(data: dict) -> str:
    return fingerprint(data["title"], data["summary"], data["body"], "\n".join(data["sources"]))


def record_history(apps, page, *, history_type: str, when: datetime.datetime) -> None:
    """A revision of ``page`` as it is now, conditions included, as simple-history makes."""
    HistoricalPage = apps.get_model("education", "HistoricalPage")
    HistoricalPageConditions = apps.get_model("education", "HistoricalPage_conditions")
    fields = {field.attname: getattr(page, field.attname) for field in page._meta.concrete_fields}
    revision = HistoricalPage.objects.create(
        **fields,
        history_date=when,
        history_type=history_type,
        history_change_reason=REVIEW_REASON,
    )
    HistoricalPageConditions.objects.bulk_create(
        HistoricalPageConditions(
            history=revision, id=row.pk, page_id=row.page_id, condition_id=row.condition_id
        )
        for row in page.conditions.through.objects.filter(page=page)
    )


def apply_review(apps, *, pages: list[dict], previous: dict, reviewed_on, now) -> dict:
    """Bring the pages to ``pages``; returns what happened to each slug: "created",
    "updated", "drafted" (edited by a curator: offered as a draft change), "kept" (edited,
    with a draft change of the curator's own waiting), "current" or "deleted"."""
    Page = apps.get_model("education", "Page")
    PageDraft = apps.get_model("education", "PageDraft")
    Condition = apps.get_model("education", "Condition")
    conditions = {condition.slug: condition for condition in Condition.objects.all()}
    outcomes = {}
    for data in pages:
        slug = data["slug"]
        wanted = [conditions[name] for name in data["conditions"] if name in conditions]
        values = {
            "title": data["title"],
            "summary": data["summary"],
            "body": data["body"],
            "sources": "\n".join(data["sources"]),
            "last_reviewed": reviewed_on,
        }
        page = Page.objects.filter(slug=slug).first()
        if page is None:
            if slug in previous:
                outcomes[slug] = "deleted"
                continue
            page = Page.objects.create(
                slug=slug,
                category=data["category"],
                order=data["order"],
                status="published",
                published_at=now,
                **values,
            )
            page.conditions.set(wanted)
            record_history(apps, page, history_type="+", when=now)
            outcomes[slug] = "created"
        elif page_fingerprint(page) == data_fingerprint(data):
            outcomes[slug] = "current"
        elif slug in previous and page_fingerprint(page) == previous[slug]["fingerprint"]:
            for field, value in values.items():
                setattr(page, field, value)
            page.save()
            current = sorted(page.conditions.values_list("slug", flat=True))
            if current == sorted(previous[slug]["conditions"]):
                page.conditions.set(wanted)
            record_history(apps, page, history_type="~", when=now)
            outcomes[slug] = "updated"
        elif PageDraft.objects.filter(page=page).exists():
            outcomes[slug] = "kept"
        else:
            draft = PageDraft.objects.create(
                page=page, slug=page.slug, category=page.category, order=page.order, **values
            )
            draft.conditions.set(page.conditions.all())
            outcomes[slug] = "drafted"
    return outcomes


def review_pages(apps, schema_editor):
    now = datetime.datetime.now(tz=datetime.UTC)
    apply_review(apps, pages=PAGES, previous=PREVIOUS, reviewed_on=REVIEWED_ON, now=now)


class Migration(migrations.Migration):
    dependencies = [("education", "0006_page_draft_changes")]

    # Undoing the review would delete pages patients may be reading and their history; like
    # every data migration of Overlap's, it undoes to nothing (tests/test_rollbacks.py).
    operations = [migrations.RunPython(review_pages, migrations.RunPython.noop)]
