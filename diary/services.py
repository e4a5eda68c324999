"""The diary's multi-step writes: saving an entry once per form token, starting an attack
with one tap and ending one. Each runs in a transaction; the views only fetch, bind, call
and redirect."""

import datetime
import uuid
from typing import Any, TypeVar

from django.db import IntegrityError, models, transaction
from django.forms import ModelForm
from django.utils import timezone

from accounts.models import User
from diary.models import MigraineAttack

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


def attack_start(*, owner: User, minutes_ago: int) -> MigraineAttack | None:
    """Start an attack for `owner` `minutes_ago` minutes before now, to the minute.

    Returns the new attack, or None when one is already in progress (including one that a
    second tap running beside this one has just started).
    """
    if MigraineAttack.objects.for_owner(owner).ongoing().exists():
        return None
    started_at = timezone.now().replace(second=0, microsecond=0) - datetime.timedelta(
        minutes=minutes_ago
    )
    try:
        with transaction.atomic():
            return MigraineAttack.objects.create(owner=owner, started_at=started_at)
    except IntegrityError:
        return None


def attack_end(*, attack: MigraineAttack, now: datetime.datetime) -> bool:
    """End an ongoing `attack` at `now` (at its start if the clocks disagree). Returns False,
    changing nothing, when it had already ended."""
    if attack.ended_at is not None:
        return False
    attack.ended_at = max(now, attack.started_at)
    attack.save(update_fields=["ended_at", "updated_at"])
    return True
