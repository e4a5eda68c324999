from django.db import migrations

CATALOGUE = [
    "Stress",
    "Poor sleep",
    "Dehydration",
    "Menstruation",
    "Gluten",
    "Skipped meal",
    "Alcohol",
    "Bright light",
    "Weather change",
    "Physical strain",
    "Infection",
]


def seed_triggers(apps, schema_editor):
    Trigger = apps.get_model("diary", "Trigger")
    existing = set(Trigger.objects.filter(owner__isnull=True).values_list("name", flat=True))
    Trigger.objects.bulk_create([Trigger(name=name) for name in CATALOGUE if name not in existing])


def remove_triggers(apps, schema_editor):
    Trigger = apps.get_model("diary", "Trigger")
    Trigger.objects.filter(owner__isnull=True, name__in=CATALOGUE).delete()


class Migration(migrations.Migration):
    dependencies = [("diary", "0001_initial")]

    operations = [migrations.RunPython(seed_triggers, remove_triggers)]
