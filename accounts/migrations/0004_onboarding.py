from django.db import migrations, models


def mark_unchosen_zones(apps, schema_editor) -> None:
    """Accounts from before Overlap asked are not sent through onboarding; those still on
    UTC, the zone every account used to get, are asked once which zone is theirs."""
    User = apps.get_model("accounts", "User")
    User.objects.filter(timezone="UTC").update(timezone_confirmed=False)


class Migration(migrations.Migration):
    """Onboarding for new patients, and the time zone asked for instead of assumed."""

    dependencies = [
        ("accounts", "0003_careshare_invitation_delivery"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="onboarding_step",
            field=models.CharField(
                blank=True,
                choices=[
                    ("conditions", "Your conditions"),
                    ("timezone", "Your time zone"),
                    ("medicines", "Your medicines"),
                    ("cycle", "Cycle tracking"),
                    ("theme", "Colours"),
                ],
                default="",
                editable=False,
                max_length=20,
            ),
        ),
        migrations.AddField(
            model_name="user",
            name="onboarding_finished_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="user",
            name="timezone_confirmed",
            field=models.BooleanField(default=True, editable=False),
        ),
        migrations.AddField(
            model_name="user",
            name="timezone_asked_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    onboarding_step__in=[
                        "",
                        "conditions",
                        "timezone",
                        "medicines",
                        "cycle",
                        "theme",
                    ]
                ),
                name="user_onboarding_step_valid",
            ),
        ),
        # Undone, the columns go; redone, the same accounts are marked again.
        migrations.RunPython(mark_unchosen_zones, migrations.RunPython.noop),
    ]
