"""Triggers: the seeded catalogue everyone can choose, and each patient's own."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from diary.models.base import validate_no_control_characters

# The catalogue's names (seeded by migration 0002) in the reader's language; the stored name
# stays English, as exports and the timeline's comparisons read it.
CATALOGUE_WORDS = {
    "Stress": _("Stress"),
    "Poor sleep": _("Poor sleep"),
    "Dehydration": _("Dehydration"),
    "Menstruation": _("Menstruation"),
    "Gluten": _("Gluten"),
    "Skipped meal": _("Skipped meal"),
    "Alcohol": _("Alcohol"),
    "Bright light": _("Bright light"),
    "Weather change": _("Weather change"),
    "Physical strain": _("Physical strain"),
    "Infection": _("Infection"),
}


class TriggerQuerySet(models.QuerySet):
    def catalogue(self) -> "TriggerQuerySet":
        """The seeded triggers everyone can choose."""
        return self.filter(owner__isnull=True)

    def for_owner(self, user) -> "TriggerQuerySet":
        """The triggers `user` added themselves (not the catalogue)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)

    def available_to(self, user) -> "TriggerQuerySet":
        """The catalogue plus `user`'s own triggers: what their forms offer."""
        if not getattr(user, "is_authenticated", False):
            return self.catalogue()
        return self.filter(Q(owner__isnull=True) | Q(owner=user))


class Trigger(models.Model):
    """Something that may set off an attack or a flare: from the catalogue (owner empty)
    or added by one patient, and then private to them."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="diary_triggers",
    )
    name = models.CharField(max_length=60, validators=[validate_no_control_characters])

    objects = TriggerQuerySet.as_manager()

    class Meta:
        ordering = ["owner_id", "name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                condition=Q(owner__isnull=True),
                name="diary_trigger_catalogue_name_unique",
            ),
            models.UniqueConstraint(Lower("name"), "owner", name="diary_trigger_owner_name_unique"),
            models.CheckConstraint(condition=~Q(name=""), name="diary_trigger_name_not_empty"),
        ]

    def __str__(self) -> str:
        return str(self.label)

    @property
    def label(self) -> str:
        """The name as the page shows it: a catalogue trigger in the reader's language, a
        patient's own as they typed it."""
        if self.owner_id is None:
            return str(CATALOGUE_WORDS.get(self.name, self.name))
        return self.name

    @property
    def is_own(self) -> bool:
        return self.owner_id is not None
