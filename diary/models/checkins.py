"""Daily check-ins: how one day went (sleep, stress, water, factors, triggers)."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from diary import insights
from diary.models.base import (
    MAX_SLEEP_HOURS,
    MAX_WATER_GLASSES,
    NOTES_MAX_LENGTH,
    OwnedQuerySet,
    short_date,
    validate_no_control_characters,
)
from diary.models.triggers import Trigger


class DailyCheckInQuerySet(OwnedQuerySet):
    def between(self, start: datetime.date, end: datetime.date) -> "DailyCheckInQuerySet":
        """Check-ins for the days start..end, both included."""
        return self.filter(day__gte=start, day__lte=end)


class DailyCheckIn(models.Model):
    """How one day went. Empty answers mean "not recorded", never "no"."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkins"
    )
    day = models.DateField()
    sleep_hours = models.DecimalField(max_digits=3, decimal_places=1, null=True, blank=True)
    stress = models.PositiveSmallIntegerField(null=True, blank=True)
    water_glasses = models.PositiveSmallIntegerField(null=True, blank=True)
    gluten = models.BooleanField(null=True, blank=True)
    menstruation = models.BooleanField(null=True, blank=True)
    fatigue = models.PositiveSmallIntegerField(null=True, blank=True)
    joint_pain = models.PositiveSmallIntegerField(null=True, blank=True)
    # How the day went overall, 0 (very bad) to 10 (very well).
    wellbeing = models.PositiveSmallIntegerField(null=True, blank=True)
    triggers = models.ManyToManyField(Trigger, blank=True, related_name="checkins")
    notes = models.TextField(
        max_length=NOTES_MAX_LENGTH, blank=True, validators=[validate_no_control_characters]
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DailyCheckInQuerySet.as_manager()

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "day"],
                name="diary_checkin_one_per_owner_per_day",
                violation_error_message=_("There is already a check-in for this day."),
            ),
            models.CheckConstraint(
                condition=Q(sleep_hours__isnull=True)
                | Q(sleep_hours__gte=0, sleep_hours__lte=MAX_SLEEP_HOURS),
                name="diary_checkin_sleep_hours_range",
            ),
            models.CheckConstraint(
                condition=Q(water_glasses__isnull=True)
                | Q(water_glasses__gte=0, water_glasses__lte=MAX_WATER_GLASSES),
                name="diary_checkin_water_glasses_range",
            ),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{score}__isnull": True})
                    | Q(**{f"{score}__gte": 0, f"{score}__lte": 10}),
                    name=f"diary_checkin_{score}_range",
                )
                for score in ("stress", "fatigue", "joint_pain", "wellbeing")
            ],
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("notes"), NOTES_MAX_LENGTH),
                name="diary_checkin_notes_length",
            ),
        ]

    def __str__(self) -> str:
        return gettext("Check-in for %(day)s") % {"day": short_date(self.day)}

    def get_absolute_url(self) -> str:
        return reverse("diary:checkin-edit", args=[self.day])

    def to_record(self) -> insights.CheckInRecord:
        """Needs the triggers prefetched (prefetch_related("triggers"))."""
        return insights.CheckInRecord(
            day=self.day,
            sleep_hours=float(self.sleep_hours) if self.sleep_hours is not None else None,
            stress=self.stress,
            water_glasses=self.water_glasses,
            gluten=self.gluten,
            menstruation=self.menstruation,
            fatigue=self.fatigue,
            joint_pain=self.joint_pain,
            triggers=tuple(trigger.name for trigger in self.triggers.all()),
        )
