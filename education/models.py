from django.db import models


class ConditionQuerySet(models.QuerySet):
    def autoimmune(self) -> "ConditionQuerySet":
        """Conditions a flare can belong to."""
        return self.filter(kind=Condition.Kind.AUTOIMMUNE)


class Condition(models.Model):
    """The catalogue of conditions a patient can have; curated by staff."""

    class Kind(models.TextChoices):
        MIGRAINE = "migraine", "Migraine"
        AUTOIMMUNE = "autoimmune", "Autoimmune"

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    short_description = models.CharField(max_length=300, blank=True)
    # Lupus, rheumatoid arthritis and vasculitis can involve blood vessels, where
    # vessel-acting migraine drugs such as triptans call for a conversation first.
    involves_blood_vessels = models.BooleanField(default=False)
    order = models.PositiveSmallIntegerField(default=0)

    objects = ConditionQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "order", "name"]

    def __str__(self) -> str:
        return self.name
