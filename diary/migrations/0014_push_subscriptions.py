# Push subscriptions, and the quick log's offline relief, "no headache" and check-in actions.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("diary", "0013_medication_started_on"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="PushSubscription",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("endpoint", models.URLField(max_length=1000, unique=True)),
                ("p256dh", models.CharField(max_length=100)),
                ("auth", models.CharField(max_length=50)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("last_success_at", models.DateTimeField(blank=True, null=True)),
                ("last_failure_at", models.DateTimeField(blank=True, null=True)),
            ],
            options={
                "ordering": ["created_at", "pk"],
            },
        ),
        migrations.RemoveConstraint(
            model_name="deviceitem",
            name="diary_deviceitem_kind_valid",
        ),
        migrations.AddField(
            model_name="deviceitem",
            name="checkin",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="diary.dailycheckin",
            ),
        ),
        migrations.AddField(
            model_name="deviceitem",
            name="headache_free_day",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="diary.headachefreeday",
            ),
        ),
        migrations.AlterField(
            model_name="deviceitem",
            name="kind",
            field=models.CharField(
                choices=[
                    ("attack_start", "Attack started"),
                    ("attack_end", "Attack ended"),
                    ("dose", "Dose taken"),
                    ("relief", "Relief answered"),
                    ("no_headache", "No headache today"),
                    ("checkin", "Daily check-in"),
                ],
                max_length=20,
            ),
        ),
        migrations.AddConstraint(
            model_name="deviceitem",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "kind__in",
                        ["attack_start", "attack_end", "dose", "relief", "no_headache", "checkin"],
                    )
                ),
                name="diary_deviceitem_kind_valid",
            ),
        ),
        migrations.AddField(
            model_name="pushsubscription",
            name="owner",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="push_subscriptions",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
    ]
