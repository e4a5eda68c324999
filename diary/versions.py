"""Each patient's diary version (accounts.models.DiaryVersion): raised in the same transaction
as every write to their diary or profile, so that what is kept of them under a version
(clinic/summaries.py, diary/kept_figures.py) is never read once they have changed.

Receivers rather than calls in each view, so no new way of writing can forget it: saves,
deletions (a queryset's delete() sends post_delete for each row while a receiver listens)
and changes to the many-to-many links. What skips the signals (bulk_create, update(), the
links' through tables written directly) calls `bump` itself: the imports and their undo,
the demo diary.
"""

from collections.abc import Iterable
from typing import Any

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from accounts.models import DiaryVersion, PatientProfile, User
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Trigger,
)

# The records whose writes raise their owner's version: what the clinician's list reads
# (attacks, flares, medicines and their doses, check-ins, "no headache" days, the
# profile's conditions and heart and vessel facts) and the triggers linked to them; and
# the questionnaires answered, which the patient's timeline and report mark on their chart
# (diary.kept_figures keeps those under the version too).
VERSIONED = (
    MigraineAttack,
    Flare,
    Medication,
    MedicationDose,
    DailyCheckIn,
    HeadacheFreeDay,
    Trigger,
    PatientProfile,
    QuestionnaireResponse,
)
# Their many-to-many links: the triggers of attacks, flares and check-ins, the profile's
# conditions.
LINKS = (
    MigraineAttack.triggers.through,
    Flare.triggers.through,
    DailyCheckIn.triggers.through,
    PatientProfile.conditions.through,
)


def bump(user_ids: Iterable[int]) -> None:
    """Raise the diary version of each user, in the caller's transaction.

    Those without a version yet get a row first (accounts.models.first_diary_version; one
    made meanwhile by another writer is kept: on PostgreSQL the insert waits for it), then
    every row is raised, so two writers that both found none still leave it raised twice."""
    ids = sorted(set(user_ids))
    if not ids:
        return
    raise_version = {"version": models.F("version") + 1}
    if DiaryVersion.objects.filter(user_id__in=ids).update(**raise_version) == len(ids):
        return
    have = set(DiaryVersion.objects.filter(user_id__in=ids).values_list("user_id", flat=True))
    missing = list(
        User.objects.filter(pk__in=[pk for pk in ids if pk not in have]).values_list(
            "pk", flat=True
        )
    )
    if missing:
        DiaryVersion.objects.bulk_create(
            [DiaryVersion(user_id=pk) for pk in missing], ignore_conflicts=True
        )
        DiaryVersion.objects.filter(user_id__in=missing).update(**raise_version)


def _owner_id(instance: models.Model, memo: dict[int, int | None] | None = None) -> int | None:
    """The id of the patient whose diary the record is in (`memo`: a dose's medicine's
    owner by medicine, for a deletion of many doses)."""
    if isinstance(instance, MedicationDose):
        if MedicationDose.medication.is_cached(instance):
            return instance.medication.owner_id
        if memo is not None and instance.medication_id in memo:
            return memo[instance.medication_id]
        owner = (
            Medication.objects.filter(pk=instance.medication_id)
            .values_list("owner_id", flat=True)
            .first()
        )
        if memo is not None:
            memo[instance.medication_id] = owner
        return owner
    if isinstance(instance, PatientProfile):
        return instance.user_id
    return getattr(instance, "owner_id", None)


def _saved(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if kwargs.get("raw"):  # loaddata: no diary is being written
        return
    owner = _owner_id(instance)
    if owner is not None:
        bump([owner])


class _Deletion:
    """What one delete() call is removing: it sends pre_delete for every row, then
    post_delete for every row, each with the same `origin`. The owners gathered before are
    raised once each after, so a cascade of thousands of rows costs one UPDATE per owner."""

    def __init__(self) -> None:
        self.pending: set[int] = set()
        self.medicines: dict[int, int | None] = {}


def _deletion(origin: object) -> _Deletion:
    deletion = getattr(origin, "_diary_deletion", None)
    if deletion is None:
        deletion = _Deletion()
        try:
            origin._diary_deletion = deletion  # type: ignore[attr-defined]
        except AttributeError:
            pass
    return deletion


def _is_account(origin: object) -> bool:
    return isinstance(origin, User) or (
        isinstance(origin, models.QuerySet) and origin.model is User
    )


def _deleting(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    origin = kwargs.get("origin")
    if _is_account(origin):
        return  # the whole account goes, its version with it
    deletion = _deletion(origin)
    owner = _owner_id(instance, deletion.medicines)
    if owner is not None:
        deletion.pending.add(owner)


def _deleted(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    origin = kwargs.get("origin")
    if _is_account(origin):
        return
    if origin is None:  # no delete() call to gather by: raise it for this row
        owner = _owner_id(instance)
        if owner is not None:
            bump([owner])
        return
    deletion = _deletion(origin)
    owner = _owner_id(instance, deletion.medicines)
    if owner is not None and owner in deletion.pending:
        deletion.pending.discard(owner)
        bump([owner])


def _linked(sender: type[models.Model], instance: models.Model, action: str, **kwargs: Any) -> None:
    model = kwargs["model"]
    if isinstance(instance, (MigraineAttack, Flare, DailyCheckIn, PatientProfile)):
        owner = _owner_id(instance)
        if owner is not None and action.startswith("post_"):
            bump([owner])
        return
    # From the other side (a trigger's or a condition's links changed): the owners of the
    # records named, or before a clear, of the records linked still.
    owner_field = "user_id" if model is PatientProfile else "owner_id"
    if action in ("post_add", "post_remove"):
        records = model._default_manager.filter(pk__in=kwargs["pk_set"] or ())
    elif action == "pre_clear":

        def column(to: type[models.Model]) -> str:
            return next(
                field.attname
                for field in sender._meta.concrete_fields
                if field.is_relation and field.related_model is to
            )

        linked = sender._default_manager.filter(**{column(type(instance)): instance.pk})
        records = model._default_manager.filter(pk__in=linked.values(column(model)))
    else:
        return
    bump(owner for owner in records.values_list(owner_field, flat=True) if owner is not None)


def connect() -> None:
    """Connect the receivers (diary.apps.DiaryConfig.ready)."""
    for model in VERSIONED:
        post_save.connect(_saved, sender=model, dispatch_uid=f"diary-version-save-{model}")
        pre_delete.connect(_deleting, sender=model, dispatch_uid=f"diary-version-pre-{model}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"diary-version-del-{model}")
    for through in LINKS:
        m2m_changed.connect(_linked, sender=through, dispatch_uid=f"diary-version-m2m-{through}")
