"""Headache-free days: the patient's word that a local day passed without a headache."""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from diary.models.base import OwnedQuerySet


class HeadacheFreeDayQuerySet(OwnedQuerySet):
    def between(self, start: datetime.date, end: datetime.date) -> "HeadacheFreeDayQuerySet":
        """Headache-free days in start..end, both included."""
        return self.filter(day__gte=start, day__lte=end)


class HeadacheFreeDay(models.Model):
    """A day the patient said had no headache: recorded, and never a migraine day.

    Written through diary.services.headache_free_day_record, which refuses a day with an
    attack on it, and by an import of Overlap's export (diary/imports), whose plan
    refuses such a day by the same rule."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="headache_free_days"
    )
    day = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    objects = HeadacheFreeDayQuerySet.as_manager()

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "day"],
                name="diary_headachefreeday_one_per_owner_per_day",
                violation_error_message=_("This day is already recorded as headache-free."),
            ),
        ]

    def __str__(self) -> str:
        return f"No headache on {self.day:%d %b %Y}"
