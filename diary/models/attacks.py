"""Migraine and other headache attacks, timed to the minute."""

import datetime
import zoneinfo

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
    as_utc_bounds,
    short_date,
    validate_no_control_characters,
)
from diary.models.triggers import Trigger


class MigraineAttackQuerySet(OwnedQuerySet):
    def ongoing(self) -> "MigraineAttackQuerySet":
        """Attacks without an end."""
        return self.filter(ended_at__isnull=True)

    def between(self, start, end, *, tz: zoneinfo.ZoneInfo | None = None):
        """Attacks present for any part of start..end.

        Aware datetimes bound the period as given (end exclusive); dates are local days in
        `tz` (default: the active time zone), end day included. Ongoing attacks run on."""
        start_at, end_at = as_utc_bounds(start, end, tz)
        return self.filter(started_at__lt=end_at).filter(
            Q(ended_at__isnull=True) | Q(ended_at__gt=start_at) | Q(ended_at=start_at)
        )


# The choices that constraints check are at module level, where Meta can see them.


class AttackType(models.TextChoices):
    MIGRAINE = "migraine", _("Migraine")
    HEADACHE = "headache", _("Other headache")


class AttackLocation(models.TextChoices):
    LEFT = "left", _("Left side")
    RIGHT = "right", _("Right side")
    BOTH = "both", _("Both sides")
    FRONT = "front", _("Forehead or behind the eyes")
    BACK = "back", _("Back of the head")
    WHOLE = "whole", _("Whole head")


class AttackDisability(models.IntegerChoices):
    NONE = 0, _("None: I carried on as usual")
    MILD = 1, _("Mild: I carried on with some difficulty")
    MODERATE = 2, _("Moderate: I had to cut back")
    SEVERE = 3, _("Severe: I needed bed rest")


class MigraineAttack(models.Model):
    """A headache attack: a migraine, or another headache (a headache day, not a migraine day)."""

    AttackType = AttackType
    Location = AttackLocation
    Disability = AttackDisability

    class Symptom(models.TextChoices):
        NAUSEA = "nausea", _("Nausea")
        VOMITING = "vomiting", _("Vomiting")
        LIGHT = "light_sensitivity", _("Sensitive to light")
        SOUND = "sound_sensitivity", _("Sensitive to sound")
        SMELL = "smell_sensitivity", _("Sensitive to smells")
        ALLODYNIA = "allodynia", _("Skin sensitive to touch (allodynia)")
        NECK_PAIN = "neck_pain", _("Neck pain")
        DIZZINESS = "dizziness", _("Dizziness")
        FATIGUE = "fatigue", _("Tiredness")
        BRAIN_FOG = "brain_fog", _("Trouble thinking (brain fog)")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="migraine_attacks"
    )
    attack_type = models.CharField(
        max_length=20, choices=AttackType.choices, default=AttackType.MIGRAINE
    )
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    peak_intensity = models.PositiveSmallIntegerField(null=True, blank=True)
    aura = models.BooleanField(default=False)
    symptoms = models.JSONField(default=list, blank=True)
    location = models.CharField(max_length=20, choices=Location.choices, blank=True)
    disability = models.PositiveSmallIntegerField(choices=Disability.choices, null=True, blank=True)
    triggers = models.ManyToManyField(Trigger, blank=True, related_name="attacks")
    notes = models.TextField(
        max_length=NOTES_MAX_LENGTH, blank=True, validators=[validate_no_control_characters]
    )
    # A double-submitted form carries the same key and finds the attack it already made.
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MigraineAttackQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["owner", "started_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True) | Q(ended_at__gte=models.F("started_at")),
                name="diary_attack_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(peak_intensity__isnull=True)
                | Q(peak_intensity__gte=0, peak_intensity__lte=10),
                name="diary_attack_peak_intensity_range",
            ),
            models.CheckConstraint(
                condition=Q(disability__isnull=True)
                | Q(
                    disability__gte=min(AttackDisability.values),
                    disability__lte=max(AttackDisability.values),
                ),
                name="diary_attack_disability_range",
            ),
            models.CheckConstraint(
                condition=Q(attack_type__in=AttackType.values),
                name="diary_attack_type_valid",
            ),
            models.CheckConstraint(
                condition=Q(location__in=["", *AttackLocation.values]),
                name="diary_attack_location_valid",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("notes"), NOTES_MAX_LENGTH),
                name="diary_attack_notes_length",
            ),
            models.UniqueConstraint(
                fields=["owner"],
                condition=Q(ended_at__isnull=True),
                name="diary_attack_one_ongoing_per_owner",
                violation_error_message=_("You already have an attack in progress."),
            ),
        ]

    def __str__(self) -> str:
        return gettext("%(kind)s on %(day)s") % {
            "kind": self.get_attack_type_display(),
            "day": short_date(timezone.localtime(self.started_at)),
        }

    def get_absolute_url(self) -> str:
        return reverse("diary:attack-detail", args=[self.pk])

    @property
    def is_ongoing(self) -> bool:
        return self.ended_at is None

    @property
    def is_migraine(self) -> bool:
        return self.attack_type == self.AttackType.MIGRAINE

    @property
    def duration(self) -> datetime.timedelta | None:
        """True elapsed time (instants, so daylight-saving changes do not bend it); None
        while ongoing."""
        if self.ended_at is None:
            return None
        return self.ended_at - self.started_at

    def duration_so_far(self, now: datetime.datetime | None = None) -> datetime.timedelta:
        return (self.ended_at or now or timezone.now()) - self.started_at

    def symptom_labels(self) -> list[str]:
        labels = dict(self.Symptom.choices)
        return [str(labels.get(value, value)) for value in self.symptoms or []]

    def to_record(self) -> insights.AttackRecord:
        return insights.AttackRecord(
            started_at=self.started_at,
            ended_at=self.ended_at,
            is_migraine=self.is_migraine,
            peak_intensity=self.peak_intensity,
        )

    def local_days(
        self, tz: zoneinfo.ZoneInfo | None = None, now: datetime.datetime | None = None
    ) -> list[datetime.date]:
        """The calendar days in `tz` (default: the active zone) the attack touches."""
        return insights.attack_days(
            self.to_record(),
            tz=tz or timezone.get_current_timezone(),
            now=now or timezone.now(),
        )
