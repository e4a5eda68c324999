"""Flares of the patient's autoimmune conditions, in whole local days."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from diary import insights
from diary.models.base import (
    NOTES_MAX_LENGTH,
    OwnedQuerySet,
    short_date,
    validate_no_control_characters,
)
from diary.models.triggers import Trigger
from education.models import Condition


class FlareQuerySet(OwnedQuerySet):
    def ongoing(self) -> "FlareQuerySet":
        """Flares without an end."""
        return self.filter(ended_on__isnull=True)

    def between(self, start: datetime.date, end: datetime.date) -> "FlareQuerySet":
        """Flares with at least one day in start..end (both included; ongoing flares run on)."""
        return self.filter(started_on__lte=end).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gte=start)
        )


class FlareSeverity(models.IntegerChoices):
    MILD = 1, _("Mild")
    MODERATE = 2, _("Moderate")
    SEVERE = 3, _("Severe")


class Flare(models.Model):
    """A flare of one of the patient's autoimmune conditions, in whole local days."""

    Severity = FlareSeverity

    class Symptom(models.TextChoices):
        JOINT_PAIN = "joint_pain", _("Joint pain or swelling")
        FATIGUE = "fatigue", _("Fatigue")
        RASH = "rash", _("Rash")
        FEVER = "fever", _("Fever")
        MOUTH_ULCERS = "mouth_ulcers", _("Mouth ulcers")
        DRYNESS = "dry_eyes_mouth", _("Dry eyes or mouth")
        NUMBNESS = "numbness", _("Numbness or tingling")
        VISION = "vision_change", _("Change in vision")
        GUT = "gut", _("Gut symptoms")
        OTHER = "other", _("Something else (say in the notes)")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flares"
    )
    condition = models.ForeignKey(Condition, on_delete=models.PROTECT, related_name="flares")
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices, default=Severity.MODERATE)
    symptoms = models.JSONField(default=list, blank=True)
    triggers = models.ManyToManyField(Trigger, blank=True, related_name="flares")
    notes = models.TextField(
        max_length=NOTES_MAX_LENGTH, blank=True, validators=[validate_no_control_characters]
    )
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FlareQuerySet.as_manager()

    class Meta:
        ordering = ["-started_on", "-pk"]
        indexes = [models.Index(fields=["owner", "started_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="diary_flare_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(
                    severity__gte=min(FlareSeverity.values), severity__lte=max(FlareSeverity.values)
                ),
                name="diary_flare_severity_range",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("notes"), NOTES_MAX_LENGTH),
                name="diary_flare_notes_length",
            ),
            models.UniqueConstraint(
                fields=["owner", "condition"],
                condition=Q(ended_on__isnull=True),
                name="diary_flare_one_ongoing_per_condition",
                violation_error_message=_("You already have an ongoing flare of this condition."),
            ),
        ]

    def __str__(self) -> str:
        return gettext("%(condition)s flare from %(day)s") % {
            "condition": self.condition,
            "day": short_date(self.started_on),
        }

    def get_absolute_url(self) -> str:
        return reverse("diary:flare-detail", args=[self.pk])

    @property
    def is_ongoing(self) -> bool:
        return self.ended_on is None

    def days(self, today: datetime.date | None = None) -> int:
        """Days in the flare, both ends included (to today while ongoing)."""
        last = self.ended_on or today or timezone.localdate()
        return max((last - self.started_on).days + 1, 1)

    def symptom_labels(self) -> list[str]:
        labels = dict(self.Symptom.choices)
        return [str(labels.get(value, value)) for value in self.symptoms or []]

    def to_record(self) -> insights.FlareRecord:
        """Needs the condition loaded (select_related("condition"))."""
        return insights.FlareRecord(
            condition=self.condition.slug, started_on=self.started_on, ended_on=self.ended_on
        )
