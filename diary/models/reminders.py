"""Reminders the patient sets up, and each reminder e-mail the scheduler claimed.

A Reminder is due at its local time on its weekdays in the patient's zone
(diary/reminder_schedule.py); `next_send_at` holds the next due instant, and the scheduler
(`manage.py send_reminders`) claims it by moving it on with a conditional UPDATE, so any
number of schedulers send each one once. Each claim makes one ReminderDelivery, which the
worker sends, skips (the day is already recorded, snoozed, nothing to remind of) or fails.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from diary.reminder_schedule import EVERY_DAY, weekdays_label


class ReminderKind(models.TextChoices):
    CHECKIN = "checkin", _("Daily check-in")
    SHARE_ENDING = "share-ending", _("A clinician's access ends in 3 days")
    INVITATION_WAITING = "invitation-waiting", _("An invitation not accepted after 7 days")
    WEEKLY_SUMMARY = "weekly-summary", _("Weekly summary")
    RELIEF = "relief", _("Did the medicine help? (after a dose for an attack)")
    QUESTIONNAIRES = "questionnaires", _("Questionnaires due")


# A relief reminder is not due at a time of day: it follows each dose for an attack by its
# own delay (diary.reminders.relief_reminders_claim), so the daily schedule leaves it out.
TIMED_KINDS = [kind for kind in ReminderKind if kind != ReminderKind.RELIEF]
RELIEF_DELAY_CHOICES = [
    (datetime.timedelta(hours=1), _("1 hour")),
    (datetime.timedelta(hours=2), _("2 hours")),
    (datetime.timedelta(hours=3), _("3 hours")),
    (datetime.timedelta(hours=4), _("4 hours")),
]


class ReminderQuerySet(models.QuerySet):
    def for_owner(self, user) -> "ReminderQuerySet":
        """The patient's reminders; none for anyone not logged in."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)

    def due(self, *, now: datetime.datetime) -> "ReminderQuerySet":
        """Switched-on reminders at a time of day whose next due instant has come."""
        return self.filter(enabled=True, kind__in=TIMED_KINDS, next_send_at__lte=now)

    def with_last_deliveries(self) -> "ReminderQuerySet":
        """Each reminder with `last_sent_id` and `last_failed_id`: its newest e-mail sent
        and its newest that could not be sent (None when there is none)."""
        newest = ReminderDelivery.objects.filter(reminder=OuterRef("pk")).order_by("-due_at", "-pk")
        return self.annotate(
            last_sent_id=Subquery(
                newest.filter(status=ReminderDelivery.Status.SENT).values("pk")[:1]
            ),
            last_failed_id=Subquery(
                newest.filter(status=ReminderDelivery.Status.FAILED).values("pk")[:1]
            ),
        )

    def to_schedule(self) -> "ReminderQuerySet":
        """Switched-on reminders at a time of day without a due instant, or with one
        computed in a zone the patient has since left."""
        return self.filter(enabled=True, kind__in=TIMED_KINDS).filter(
            Q(next_send_at__isnull=True) | ~Q(scheduled_zone=models.F("owner__timezone"))
        )


class Reminder(models.Model):
    """One kind of reminder for one patient: on or off, at a local time on chosen weekdays."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    enabled = models.BooleanField("on", default=False)
    local_time = models.TimeField("at", default=datetime.time(20, 0))
    # Monday = bit 0 ... Sunday = bit 6 (diary/reminder_schedule.py).
    weekdays = models.PositiveSmallIntegerField(default=EVERY_DAY)
    # Relief reminders only: how long after a dose for an attack to ask whether it helped.
    relief_delay = models.DurationField(
        "ask after", choices=RELIEF_DELAY_CHOICES, default=datetime.timedelta(hours=2)
    )
    include_details = models.BooleanField(
        "say what it is about in the e-mail",
        default=False,
        help_text="Off: the e-mail only says it is from Overlap. On: it names the clinician "
        "and the date (never a condition or medicine).",
    )
    next_send_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The zone next_send_at was computed in; the scheduler recomputes when the patient's differs.
    scheduled_zone = models.CharField(max_length=64, blank=True, editable=False)
    # No reminder on local days before this one.
    snoozed_until = models.DateField(null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ReminderQuerySet.as_manager()

    class Meta:
        ordering = ["owner", "kind"]
        indexes = [models.Index(fields=["enabled", "next_send_at"])]
        constraints = [
            models.UniqueConstraint(fields=["owner", "kind"], name="diary_reminder_one_per_kind"),
            models.CheckConstraint(
                condition=Q(kind__in=ReminderKind.values), name="diary_reminder_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(weekdays__gte=1, weekdays__lte=EVERY_DAY),
                name="diary_reminder_weekdays_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} reminder of {self.owner}"

    @property
    def weekdays_label(self) -> str:
        return weekdays_label(self.weekdays)


class ReminderDelivery(models.Model):
    """One reminder e-mail: claimed for a due instant, then sent, skipped or failed.

    The links in the e-mail name this row and its nonce; each link's action is recorded
    here when used, so each works once."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        SKIPPED = "skipped", _("Not sent")
        FAILED = "failed", _("Could not be sent")

    reminder = models.ForeignKey(Reminder, on_delete=models.CASCADE, related_name="deliveries")
    due_at = models.DateTimeField()
    local_day = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    # Why it was skipped or failed, for the patient (never health data, never the error).
    reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    link_nonce = models.CharField(max_length=32, editable=False)
    nothing_to_report_at = models.DateTimeField(null=True, blank=True)
    snoozed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    # The shares a notice told the patient about, so each is told once.
    shares = models.ManyToManyField("accounts.CareShare", blank=True, related_name="+")

    class Meta:
        ordering = ["-due_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["reminder", "local_day"], name="diary_reminderdelivery_one_per_day"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["queued", "sent", "skipped", "failed"]),
                name="diary_reminderdelivery_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reminder} for {self.local_day:%d %b %Y}: {self.get_status_display()}"
