from django.db import migrations, models


class Migration(migrations.Migration):
    """Invitations are e-mailed by the worker now; those made before were sent at once."""

    dependencies = [
        ("accounts", "0002_careshare_accessevent"),
    ]

    operations = [
        migrations.AddField(
            model_name="careshare",
            name="invitation_delivery",
            field=models.CharField(
                choices=[("queued", "Sending"), ("sent", "Sent"), ("failed", "Could not be sent")],
                default="sent",
                editable=False,
                max_length=10,
            ),
        ),
        migrations.AddConstraint(
            model_name="careshare",
            constraint=models.CheckConstraint(
                condition=models.Q(invitation_delivery__in=["queued", "sent", "failed"]),
                name="careshare_invitation_delivery_valid",
            ),
        ),
    ]
