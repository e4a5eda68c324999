"""Load the education pages Overlap ships with, from the frozen copy of
education/seed_pages.py in _0004_pages.py, so later edits there never change this migration.

get_or_create by slug: pages and condition links a curator has edited are never
overwritten by a re-run. Each new page also gets a first revision, so its history in the
admin starts from the seeded text and can be restored to it.
"""

import datetime

from django.db import migrations

from education.migrations._0004_pages import PAGES, REVIEWED_ON

# The page each condition links to from a flare or a patient's profile.
CONDITION_PAGES = {
    "migraine-without-aura": "migraine-with-and-without-aura",
    "migraine-with-aura": "migraine-with-and-without-aura",
    "lupus": "lupus-and-migraine",
    "multiple-sclerosis": "multiple-sclerosis-and-migraine",
    "rheumatoid-arthritis": "rheumatoid-arthritis-and-migraine",
    "sjogrens": "sjogrens-and-migraine",
    "celiac": "celiac-disease-and-migraine",
    "other-autoimmune": "how-migraine-and-autoimmune-disease-connect",
}


def record_history(historical_model, instance, when):
    fields = {
        field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields
    }
    return historical_model.objects.create(
        **fields,
        history_date=when,
        history_type="+",
        history_change_reason="Seeded with Overlap",
    )


def seed_pages(apps, schema_editor):
    Page = apps.get_model("education", "Page")
    Condition = apps.get_model("education", "Condition")
    HistoricalPage = apps.get_model("education", "HistoricalPage")
    HistoricalPageConditions = apps.get_model("education", "HistoricalPage_conditions")
    HistoricalCondition = apps.get_model("education", "HistoricalCondition")
    now = datetime.datetime.now(tz=datetime.UTC)
    conditions = {condition.slug: condition for condition in Condition.objects.all()}

    for data in PAGES:
        page, created = Page.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "title": data["title"],
                "summary": data["summary"],
                "body": data["body"],
                "category": data["category"],
                "order": data["order"],
                "sources": "\n".join(data["sources"]),
                "status": "published",
                "published_at": now,
                "last_reviewed": REVIEWED_ON,
            },
        )
        if not created:
            continue
        page.conditions.set([conditions[slug] for slug in data["conditions"] if slug in conditions])
        revision = record_history(HistoricalPage, page, now)
        HistoricalPageConditions.objects.bulk_create(
            HistoricalPageConditions(
                history=revision, id=row.pk, page_id=row.page_id, condition_id=row.condition_id
            )
            for row in Page.conditions.through.objects.filter(page=page)
        )

    pages = {page.slug: page for page in Page.objects.filter(slug__in=CONDITION_PAGES.values())}
    for slug, page_slug in CONDITION_PAGES.items():
        condition = conditions.get(slug)
        if condition is None or condition.page_id is not None or page_slug not in pages:
            continue
        condition.page = pages[page_slug]
        condition.save(update_fields=["page"])
        record_history(HistoricalCondition, condition, now)


class Migration(migrations.Migration):
    dependencies = [("education", "0003_page")]

    # Undone, the pages stay with their history and curators' edits; running this again
    # finds them by slug.
    operations = [migrations.RunPython(seed_pages, migrations.RunPython.noop)]
