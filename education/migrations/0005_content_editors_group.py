"""The "Content editors" group: curators edit education pages and the condition catalogue,
and nothing else (no accounts, no health data)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Content editors"
PERMISSIONS = [
    ("education", "add_page"),
    ("education", "change_page"),
    ("education", "view_page"),
    ("education", "delete_page"),
    ("education", "view_historicalpage"),
    ("education", "add_condition"),
    ("education", "change_condition"),
    ("education", "view_condition"),
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate); create the
    # education app's now so a fresh install gets a complete group.
    app_config = apps.get_app_config("education")
    # A migration's app registry has no models module, and create_permissions skips
    # an app without one.
    missing_module = getattr(app_config, "models_module", None) is None
    if missing_module:
        app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    if missing_module:
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0004_seed_pages"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    # Undone, the group stays with its members; running this again finds it by name.
    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
