"""Workflows of the diary that write several rows or check other entries first."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    MedicationDose,
    MigraineAttack,
)


class DiaryConflict(Exception):
    """A write that would contradict the diary; the message says why, for the patient."""


def day_recorded(*, owner: User, day: datetime.date) -> bool:
    """Whether the patient logged anything for this local day (in their zone): an attack
    present on it, a dose taken on it, a check-in, a flare on it, or "no headache"."""
    tz = owner.tzinfo
    return (
        DailyCheckIn.objects.filter(owner=owner, day=day).exists()
        or HeadacheFreeDay.objects.filter(owner=owner, day=day).exists()
        or MigraineAttack.objects.filter(owner=owner).between(day, day, tz=tz).exists()
        or MedicationDose.objects.filter(medication__owner=owner).between(day, day, tz=tz).exists()
        or Flare.objects.filter(owner=owner).between(day, day).exists()
    )


def headache_free_day_record(*, owner: User, day: datetime.date) -> HeadacheFreeDay:
    """Record that `day` (a local day in the patient's zone) passed without a headache.

    Returns the day's row, the existing one when it was recorded before (never a second).
    Raises DiaryConflict, saving nothing, for a day still to come or a day with a migraine
    attack on it: "no headache" never overwrites or contradicts an attack."""
    if day > timezone.localtime(timezone.now(), owner.tzinfo).date():
        raise DiaryConflict("That day has not happened yet.")
    with transaction.atomic():
        # One writer per patient at a time, so an attack saved in between cannot slip past.
        User.objects.select_for_update().filter(pk=owner.pk).first()
        if MigraineAttack.objects.filter(owner=owner).between(day, day, tz=owner.tzinfo).exists():
            raise DiaryConflict(
                "You logged a migraine attack on that day, so it stays an attack day."
            )
        try:
            with transaction.atomic():
                return HeadacheFreeDay.objects.get_or_create(owner=owner, day=day)[0]
        except IntegrityError:  # recorded by another request a moment ago
            return HeadacheFreeDay.objects.get(owner=owner, day=day)
