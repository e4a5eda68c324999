"""Education pages per language (README, "Translations"): a translation of a page has its own
text, status, review date and revision history, and records which version of the original
it follows. Seeded by 0011_seed_page_translations. The names and help texts of the page and
condition fields become translatable (no change to the database)."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0009_medicine_catalogue"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalPageTranslation",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("es", "Español"),
                            ("pt-br", "Português (Brasil)"),
                            ("de", "Deutsch"),
                        ],
                        max_length=10,
                        verbose_name="language",
                    ),
                ),
                ("title", models.CharField(max_length=200, verbose_name="title")),
                (
                    "summary",
                    models.CharField(
                        help_text="One or two sentences; shown in lists and search engines.",
                        max_length=300,
                        verbose_name="summary",
                    ),
                ),
                (
                    "body",
                    models.TextField(
                        help_text="Markdown: headings (##), paragraphs, lists, *emphasis*, **strong**, > quotes and links to https:// or mailto: addresses. Anything else is removed.",
                        verbose_name="body",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("draft", "Draft"), ("published", "Published")],
                        default="draft",
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                (
                    "published_at",
                    models.DateTimeField(
                        blank=True, editable=False, null=True, verbose_name="published at"
                    ),
                ),
                (
                    "updated_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="updated at"),
                ),
                (
                    "last_reviewed",
                    models.DateField(
                        blank=True,
                        help_text="When a curator last checked the translation against the original.",
                        null=True,
                        verbose_name="last reviewed",
                    ),
                ),
                (
                    "translated_from",
                    models.DateTimeField(
                        blank=True,
                        editable=False,
                        help_text="When the original's text last changed before this translation followed it.",
                        null=True,
                        verbose_name="translated from the original of",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "page",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="education.page",
                        verbose_name="page",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical page translation",
                "verbose_name_plural": "historical page translations",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="PageTranslation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("es", "Español"),
                            ("pt-br", "Português (Brasil)"),
                            ("de", "Deutsch"),
                        ],
                        max_length=10,
                        verbose_name="language",
                    ),
                ),
                ("title", models.CharField(max_length=200, verbose_name="title")),
                (
                    "summary",
                    models.CharField(
                        help_text="One or two sentences; shown in lists and search engines.",
                        max_length=300,
                        verbose_name="summary",
                    ),
                ),
                (
                    "body",
                    models.TextField(
                        help_text="Markdown: headings (##), paragraphs, lists, *emphasis*, **strong**, > quotes and links to https:// or mailto: addresses. Anything else is removed.",
                        verbose_name="body",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("draft", "Draft"), ("published", "Published")],
                        default="draft",
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                (
                    "published_at",
                    models.DateTimeField(
                        blank=True, editable=False, null=True, verbose_name="published at"
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated at")),
                (
                    "last_reviewed",
                    models.DateField(
                        blank=True,
                        help_text="When a curator last checked the translation against the original.",
                        null=True,
                        verbose_name="last reviewed",
                    ),
                ),
                (
                    "translated_from",
                    models.DateTimeField(
                        blank=True,
                        editable=False,
                        help_text="When the original's text last changed before this translation followed it.",
                        null=True,
                        verbose_name="translated from the original of",
                    ),
                ),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="translations",
                        to="education.page",
                        verbose_name="page",
                    ),
                ),
            ],
            options={
                "verbose_name": "page translation",
                "verbose_name_plural": "page translations",
                "ordering": ["page__category", "page__order", "page__title", "language"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("page", "language"), name="pagetranslation_one_per_language"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("status", "published"), _negated=True),
                            ("published_at__isnull", False),
                            _connector="OR",
                        ),
                        name="pagetranslation_published_has_published_at",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("body__contains", "\r"), _negated=True),
                        name="pagetranslation_body_has_line_feeds_only",
                    ),
                ],
            },
        ),
        # Curators read these names and help texts in their own language (translated).
        migrations.AlterModelOptions(
            name="condition",
            options={
                "ordering": ["kind", "order", "name"],
                "verbose_name": "condition",
                "verbose_name_plural": "conditions",
            },
        ),
        migrations.AlterModelOptions(
            name="page",
            options={
                "ordering": ["category", "order", "title"],
                "verbose_name": "page",
                "verbose_name_plural": "pages",
            },
        ),
        migrations.AlterField(
            model_name="condition",
            name="involves_blood_vessels",
            field=models.BooleanField(default=False, verbose_name="involves blood vessels"),
        ),
        migrations.AlterField(
            model_name="condition",
            name="kind",
            field=models.CharField(
                choices=[("migraine", "Migraine"), ("autoimmune", "Autoimmune")],
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="condition",
            name="name",
            field=models.CharField(max_length=100, unique=True, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="condition",
            name="order",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="order"),
        ),
        migrations.AlterField(
            model_name="condition",
            name="short_description",
            field=models.CharField(blank=True, max_length=300, verbose_name="short description"),
        ),
        migrations.AlterField(
            model_name="condition",
            name="slug",
            field=models.SlugField(max_length=60, unique=True, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="historicalcondition",
            name="involves_blood_vessels",
            field=models.BooleanField(default=False, verbose_name="involves blood vessels"),
        ),
        migrations.AlterField(
            model_name="historicalcondition",
            name="kind",
            field=models.CharField(
                choices=[("migraine", "Migraine"), ("autoimmune", "Autoimmune")],
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="historicalcondition",
            name="name",
            field=models.CharField(db_index=True, max_length=100, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="historicalcondition",
            name="order",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="order"),
        ),
        migrations.AlterField(
            model_name="historicalcondition",
            name="short_description",
            field=models.CharField(blank=True, max_length=300, verbose_name="short description"),
        ),
        migrations.AlterField(
            model_name="historicalcondition",
            name="slug",
            field=models.SlugField(max_length=60, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="body",
            field=models.TextField(
                help_text="Markdown: headings (##), paragraphs, lists, *emphasis*, **strong**, > quotes and links to https:// or mailto: addresses. Anything else is removed.",
                verbose_name="body",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="category",
            field=models.CharField(
                choices=[
                    ("connections", "How they connect"),
                    ("conditions", "Conditions"),
                    ("management", "Managing both"),
                ],
                max_length=20,
                verbose_name="category",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="last_reviewed",
            field=models.DateField(
                blank=True,
                help_text="When a curator last checked the page's facts.",
                null=True,
                verbose_name="last reviewed",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="order",
            field=models.PositiveSmallIntegerField(
                default=0, help_text="Position within the category.", verbose_name="order"
            ),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="published_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="published at"
            ),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="slug",
            field=models.SlugField(max_length=200, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="sources",
            field=models.TextField(
                blank=True, help_text="One source per line.", verbose_name="sources"
            ),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("published", "Published")],
                default="draft",
                max_length=20,
                verbose_name="status",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="summary",
            field=models.CharField(
                help_text="One or two sentences; shown in lists and search engines.",
                max_length=300,
                verbose_name="summary",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="title",
            field=models.CharField(max_length=200, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="historicalpage",
            name="updated_at",
            field=models.DateTimeField(blank=True, editable=False, verbose_name="updated at"),
        ),
        migrations.AlterField(
            model_name="page",
            name="body",
            field=models.TextField(
                help_text="Markdown: headings (##), paragraphs, lists, *emphasis*, **strong**, > quotes and links to https:// or mailto: addresses. Anything else is removed.",
                verbose_name="body",
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="category",
            field=models.CharField(
                choices=[
                    ("connections", "How they connect"),
                    ("conditions", "Conditions"),
                    ("management", "Managing both"),
                ],
                max_length=20,
                verbose_name="category",
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="conditions",
            field=models.ManyToManyField(
                blank=True,
                related_name="pages",
                to="education.condition",
                verbose_name="conditions",
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="last_reviewed",
            field=models.DateField(
                blank=True,
                help_text="When a curator last checked the page's facts.",
                null=True,
                verbose_name="last reviewed",
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="order",
            field=models.PositiveSmallIntegerField(
                default=0, help_text="Position within the category.", verbose_name="order"
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="published_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="published at"
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="slug",
            field=models.SlugField(max_length=200, unique=True, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="page",
            name="sources",
            field=models.TextField(
                blank=True, help_text="One source per line.", verbose_name="sources"
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("published", "Published")],
                default="draft",
                max_length=20,
                verbose_name="status",
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="summary",
            field=models.CharField(
                help_text="One or two sentences; shown in lists and search engines.",
                max_length=300,
                verbose_name="summary",
            ),
        ),
        migrations.AlterField(
            model_name="page",
            name="title",
            field=models.CharField(max_length=200, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="page",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="updated at"),
        ),
    ]
