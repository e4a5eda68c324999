from django.db import migrations

CONDITIONS = [
    (
        "migraine-without-aura",
        "Migraine without aura",
        "migraine",
        False,
        "Attacks of moderate to severe headache, often one-sided and throbbing, with sickness "
        "or sensitivity to light and sound.",
    ),
    (
        "migraine-with-aura",
        "Migraine with aura",
        "migraine",
        False,
        "Migraine with short-lived warning symptoms, most often visual, before or during the "
        "headache.",
    ),
    (
        "lupus",
        "Systemic lupus erythematosus",
        "autoimmune",
        True,
        "An autoimmune disease that can affect the skin, joints, kidneys, blood vessels and "
        "nervous system.",
    ),
    (
        "multiple-sclerosis",
        "Multiple sclerosis",
        "autoimmune",
        False,
        "The immune system damages the protective coating of nerves in the brain and spinal cord.",
    ),
    (
        "rheumatoid-arthritis",
        "Rheumatoid arthritis",
        "autoimmune",
        True,
        "Long-lasting inflammation of the joints that can also affect other parts of the body.",
    ),
    (
        "sjogrens",
        "Sjögren's syndrome",
        "autoimmune",
        False,
        "The immune system targets the glands that make tears and saliva; nerves can be "
        "affected too.",
    ),
    (
        "celiac",
        "Celiac disease",
        "autoimmune",
        False,
        "Eating gluten makes the immune system damage the lining of the small intestine.",
    ),
    (
        "other-autoimmune",
        "Other autoimmune condition",
        "autoimmune",
        False,
        "Any other autoimmune disease you live with.",
    ),
]


def seed_conditions(apps, schema_editor):
    Condition = apps.get_model("education", "Condition")
    for order, (slug, name, kind, vessels, description) in enumerate(CONDITIONS):
        # get_or_create: a curator's later edits are never overwritten.
        Condition.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "involves_blood_vessels": vessels,
                "short_description": description,
                "order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("education", "0001_initial")]

    # Undone, the conditions stay: deleting them would delete patients' links to them,
    # and running this again finds them by slug.
    operations = [migrations.RunPython(seed_conditions, migrations.RunPython.noop)]
