# Where an imported headache-free day came from, so undoing the import removes it.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("diary", "0014_push_subscriptions"),
    ]

    operations = [
        migrations.AddField(
            model_name="importedrecord",
            name="headache_free_day",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                to="diary.headachefreeday",
            ),
        ),
    ]
