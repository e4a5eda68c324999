"""Conditions whose disease can involve the blood vessels, where triptans and ergots call for
a conversation first (CLINICAL.md, triptan caution): systemic sclerosis, vasculitis and
antiphospholipid syndrome join the catalogue, and Sjögren's syndrome is marked as one."""

from django.db import migrations

NEW_CONDITIONS = [
    (
        "systemic-sclerosis",
        "Systemic sclerosis (scleroderma)",
        "The immune system causes hardening of the skin and can narrow small blood vessels, "
        "often with Raynaud's phenomenon.",
    ),
    (
        "vasculitis",
        "Vasculitis",
        "A group of conditions in which the immune system inflames the walls of blood vessels.",
    ),
    (
        "antiphospholipid-syndrome",
        "Antiphospholipid syndrome",
        "Antibodies make the blood more likely to clot in arteries and veins.",
    ),
]


def add_vessel_conditions(apps, schema_editor):
    Condition = apps.get_model("education", "Condition")
    Condition.objects.filter(slug="sjogrens").update(involves_blood_vessels=True)
    # Before "Other autoimmune condition", which stays last while a curator has not moved it.
    last = Condition.objects.filter(slug="other-autoimmune", order=7)
    first_order = 7 if last.exists() else 20
    for offset, (slug, name, description) in enumerate(NEW_CONDITIONS):
        # get_or_create: a curator's own entry under that slug is never overwritten.
        Condition.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": "autoimmune",
                "involves_blood_vessels": True,
                "short_description": description,
                "order": first_order + offset,
            },
        )
    last.update(order=first_order + len(NEW_CONDITIONS))


class Migration(migrations.Migration):
    dependencies = [("education", "0007_clinical_review_pages")]

    # Undone, the conditions stay, as in 0002: deleting them would delete patients' links.
    operations = [migrations.RunPython(add_vessel_conditions, migrations.RunPython.noop)]
