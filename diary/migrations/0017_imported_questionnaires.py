# Where an imported questionnaire response came from, so undoing the import removes it.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("diary", "0016_imported_headache_free_days"),
    ]

    operations = [
        migrations.AddField(
            model_name="importedrecord",
            name="questionnaire",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                to="diary.questionnaireresponse",
            ),
        ),
    ]
