"""The diary's multi-step writes: saving an entry once per form token, starting an attack
with one tap and ending one, recording a headache-free day (never over an attack), and
whether a day is recorded at all. Each write runs in a transaction; the views only fetch,
bind, call and redirect."""

import datetime
import uuid
from typing import Any, TypeVar

from django.db import IntegrityError, models, transaction
from django.forms import ModelForm
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from accounts.models import User
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    MedicationDose,
    MigraineAttack,
)

Entry = TypeVar("Entry", bound=models.Model)


def entry_save_once(
    *, form: "ModelForm[Entry]", owner: User, token: uuid.UUID | None
) -> tuple[Entry, bool]:
    """Save the valid `form`'s new entry for `owner` once per `token`: a form submitted twice
    with the same token (a double tap, a resent request) finds the entry the first submission
    made instead of making a second one.

    Returns (entry, created). An IntegrityError from any other constraint (a second ongoing
    attack, a duplicate name) is left to the caller, with nothing saved.
    """
    # Every diary model saved here has an owner lookup and an idempotency key; a model type
    # variable cannot say so, hence Any for the model and the unsaved entry.
    model: Any = form._meta.model
    same_token = model.objects.for_owner(owner).filter(idempotency_key=token)
    if token is not None:
        existing = same_token.first()
        if existing is not None:
            return existing, False
    entry: Any = form.save(commit=False)
    if hasattr(entry, "owner_id"):
        entry.owner = owner
    entry.idempotency_key = token
    try:
        with transaction.atomic():
            entry.save()
            form.save_m2m()
    except IntegrityError:
        entry.pk = None
        # The same token saved a moment ago by a request running beside this one.
        existing = same_token.first() if token is not None else None
        if existing is None:
            raise
        return existing, False
    return entry, True


def entry_update(*, form: "ModelForm[Entry]") -> Entry:
    """Save the valid `form`'s changes to its entry and its links, all or nothing. Returns the
    entry; an IntegrityError (the change clashes with another entry) leaves it unchanged."""
    with transaction.atomic():
        return form.save()


def _quick_start_time(minutes_ago: int) -> datetime.datetime:
    return timezone.now().replace(second=0, microsecond=0) - datetime.timedelta(minutes=minutes_ago)


def attack_overlapping_a_start(*, owner: User, minutes_ago: int) -> MigraineAttack | None:
    """The ended attack that a one-tap start `minutes_ago` would overlap (it ended after that
    start), the latest one; None when there is none or an attack is in progress."""
    attacks = MigraineAttack.objects.for_owner(owner)
    if attacks.ongoing().exists():
        return None
    return attacks.filter(ended_at__gt=_quick_start_time(minutes_ago)).order_by("-ended_at").first()


def attack_start(*, owner: User, minutes_ago: int) -> MigraineAttack | None:
    """Start an attack for `owner` `minutes_ago` minutes before now, to the minute.

    Returns the new attack, or None when one is already in progress (including one that a
    second tap running beside this one has just started).
    """
    if MigraineAttack.objects.for_owner(owner).ongoing().exists():
        return None
    started_at = _quick_start_time(minutes_ago)
    try:
        with transaction.atomic():
            return MigraineAttack.objects.create(owner=owner, started_at=started_at)
    except IntegrityError:
        return None


class DiaryConflict(Exception):
    """A write that would contradict the diary; the message says why, for the patient."""


def attack_end(
    *, attack: MigraineAttack, now: datetime.datetime, ended_at: datetime.datetime | None = None
) -> bool:
    """End an ongoing `attack` at `ended_at`, or at `now` (at its start if the clocks
    disagree). Returns False, changing nothing, when it had already ended.

    Raises DiaryConflict, changing nothing, for a chosen end before the attack's start."""
    if attack.ended_at is not None:
        return False
    if ended_at is None:
        ended_at = max(now, attack.started_at)
    elif ended_at < attack.started_at:
        tz = attack.owner.tzinfo
        started, ending = (
            timezone.localtime(attack.started_at, tz),
            timezone.localtime(ended_at, tz),
        )
        values = {"start": f"{started:%H:%M}", "end": f"{ending:%H:%M}"}
        if started.date() == ending.date():
            reason = _(
                "This attack started at %(start)s, so it cannot have ended at %(end)s. "
                "Choose a later end, or correct the start."
            )
        else:
            values["day"] = formats.date_format(started, pgettext("weekday and day", "l j"))
            reason = _(
                "This attack started at %(start)s on %(day)s, so it cannot have ended at "
                "%(end)s. Choose a later end, or correct the start."
            )
        raise DiaryConflict(reason % values)
    attack.ended_at = ended_at
    attack.save(update_fields=["ended_at", "updated_at"])
    return True


def headache_free_day_undo(*, owner: User, day: datetime.date) -> bool:
    """Take back "no headache" for `day`. Returns False when there was none to take back."""
    deleted, _ = HeadacheFreeDay.objects.filter(owner=owner, day=day).delete()
    return bool(deleted)


def day_recorded(*, owner: User, day: datetime.date) -> bool:
    """Whether the patient logged anything for this local day (in their zone): an attack
    present on it, a dose taken on it, a check-in, a flare on it, or "no headache". The rule
    of diary.insights.completeness, asked of the database for one day; a test keeps the two
    in step (tests/diary/test_completeness_pages.py)."""
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
        raise DiaryConflict(_("That day has not happened yet."))
    with transaction.atomic():
        # One writer per patient at a time, so an attack saved in between cannot slip past.
        User.objects.select_for_update().filter(pk=owner.pk).first()
        if MigraineAttack.objects.filter(owner=owner).between(day, day, tz=owner.tzinfo).exists():
            raise DiaryConflict(
                _("You logged a migraine attack on that day, so it stays an attack day.")
            )
        try:
            with transaction.atomic():
                return HeadacheFreeDay.objects.get_or_create(owner=owner, day=day)[0]
        except IntegrityError:  # recorded by another request a moment ago
            return HeadacheFreeDay.objects.get(owner=owner, day=day)
