"""Quick-log actions made on the patient's phone and synced from its outbox."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from diary.models.attacks import MigraineAttack
from diary.models.base import OwnedQuerySet
from diary.models.checkins import DailyCheckIn
from diary.models.headache_free import HeadacheFreeDay
from diary.models.medications import MedicationDose


class DeviceItemKind(models.TextChoices):
    ATTACK_START = "attack_start", _("Attack started")
    ATTACK_END = "attack_end", _("Attack ended")
    DOSE = "dose", _("Dose taken")
    RELIEF = "relief", _("Relief answered")
    NO_HEADACHE = "no_headache", _("No headache today")
    CHECKIN = "checkin", _("Daily check-in")


class DeviceItem(models.Model):
    """One action from the quick log's outbox, under the id the phone gave it: a replay of
    the same id (a sync cut off before its answer arrived, a second tab) finds what the
    first one saved, and never saves it twice. Written only by diary.offline_sync."""

    Kind = DeviceItemKind

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="device_items"
    )
    device_id = models.UUIDField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # What the action saved or changed; emptied if the patient deletes that entry later.
    attack = models.ForeignKey(
        MigraineAttack, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    dose = models.ForeignKey(
        MedicationDose, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    headache_free_day = models.ForeignKey(
        HeadacheFreeDay, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    checkin = models.ForeignKey(
        DailyCheckIn, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The phone's clock and time zone when the patient tapped.
    recorded_at = models.DateTimeField()
    time_zone = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "device_id"], name="diary_deviceitem_once_per_owner"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=DeviceItemKind.values), name="diary_deviceitem_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.device_id})"
