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


class Migration(migrations.Migration):
    dependencies = [("diary", "0001_initial")]

    # Undone, the catalogue stays: deleting it would delete every entry's link to it,
    # and running this again finds the triggers by name.
    operations = [migrations.RunPython(seed_triggers, migrations.RunPython.noop)]
