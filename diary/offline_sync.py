"""Syncing the quick log's outbox (static/js/outbox.js): a batch of actions the patient
made on their phone, perhaps offline, each saved exactly once.

The actions: start an attack, end it, take a dose, answer "did it help?" for a dose, "no
headache" for a day, and a day's short check-in (how you are, stress, sleep).

Each action carries the id the phone gave it; DeviceItem's unique (patient, id) makes a
replay answer "already saved" with what the first sync saved. Each action is saved in its
own transaction, in the batch's order: a refused action saves nothing and leaves the
others as they are, and a dose logged against an attack started earlier in the same batch
finds that attack. Every action gets its own answer, with an HTTP status the phone acts on:

- 201 saved, 200 already saved (both with the record);
- 404 not found: the attack or medicine it names is not the patient's (or was not saved);
- 409 conflict: it contradicts the diary (an attack already in progress, an attack already
  ended elsewhere); nothing is overwritten. Result "other_account" when the phone made it
  while another patient was logged in: the phone keeps it for them, unsent and unshown;
- 422 invalid, with the reason for each field.
"""

import datetime
import decimal
import uuid
import zoneinfo
from typing import Any

from django import forms
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django_stubs_ext import StrOrPromise

from accounts.models import User
from diary.forms import LocalDateTimeField
from diary.models import (
    MAX_SLEEP_HOURS,
    RELIEF_ANSWERS,
    DailyCheckIn,
    DeviceItem,
    Medication,
    MedicationDose,
    MigraineAttack,
)
from diary.services import DiaryConflict, headache_free_day_record

MAX_ITEMS = 100
MAX_BODY_BYTES = 128 * 1024
BIGGEST_ID = 2**63 - 1

Kind = DeviceItem.Kind


class SyncItemForm(forms.Form):
    """One action from the outbox, as JSON values."""

    id = forms.UUIDField()
    kind = forms.ChoiceField(choices=Kind.choices)
    at = LocalDateTimeField()
    recorded_at = forms.DateTimeField()
    time_zone = forms.CharField(max_length=64, required=False)
    medication = forms.IntegerField(required=False, min_value=1, max_value=BIGGEST_ID)
    # An attack started earlier (the id the phone gave its start) or one the server sent.
    attack = forms.CharField(required=False, max_length=36)
    account = forms.UUIDField(required=False)
    # A dose taken earlier (the id the phone gave it) or one the server sent, for relief.
    dose = forms.CharField(required=False, max_length=36)
    relief = forms.ChoiceField(choices=RELIEF_ANSWERS, required=False)
    # The phone's local day, for "no headache" and the check-in.
    day = forms.DateField(required=False)
    wellbeing = forms.IntegerField(required=False, min_value=0, max_value=10)
    stress = forms.IntegerField(required=False, min_value=0, max_value=10)
    sleep_hours = forms.DecimalField(
        required=False, min_value=0, max_value=MAX_SLEEP_HOURS, max_digits=3, decimal_places=1
    )

    def clean_time_zone(self) -> str:
        name = self.cleaned_data["time_zone"]
        if name:
            try:
                zoneinfo.ZoneInfo(name)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise forms.ValidationError(_("This is not a time zone Overlap knows.")) from None
        return name

    def clean_attack(self) -> int | uuid.UUID | None:
        return _reference(self.cleaned_data["attack"], _("This does not name an attack."))

    def clean_dose(self) -> int | uuid.UUID | None:
        return _reference(self.cleaned_data["dose"], _("This does not name a dose."))

    def clean_day(self) -> datetime.date | None:
        day = self.cleaned_data["day"]
        if day is not None and day.year < 1900:
            raise forms.ValidationError(_("Choose a day from 1900 on."))
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == Kind.DOSE and not data.get("medication"):
            self.add_error("medication", _("Say which medicine was taken."))
        if data.get("kind") == Kind.ATTACK_END and not data.get("attack"):
            self.add_error("attack", _("Say which attack ended."))
        if data.get("kind") == Kind.RELIEF:
            if not data.get("dose"):
                self.add_error("dose", _("Say which dose this is about."))
            if not data.get("relief"):
                self.add_error("relief", _("Choose how much it helped."))
        if data.get("kind") in (Kind.NO_HEADACHE, Kind.CHECKIN) and not data.get("day"):
            self.add_error("day", _("Say which day this is about."))
        if data.get("kind") == Kind.CHECKIN and all(
            data.get(field) is None and field not in self.errors for field in CHECKIN_FIELDS
        ):
            self.add_error(None, _("Answer at least one question of the check-in."))
        return data


CHECKIN_FIELDS = ("wellbeing", "stress", "sleep_hours")


def _reference(value: str, message: str) -> int | uuid.UUID | None:
    """A server id (a positive number) or the id the phone gave an earlier action."""
    if not value:
        return None
    if value.isdigit() and 0 < int(value) <= BIGGEST_ID:
        return int(value)
    try:
        return uuid.UUID(value)
    except ValueError:
        raise forms.ValidationError(message) from None


class Refused(Exception):
    """An action the diary cannot take as it is: its status, result and reason."""

    def __init__(
        self,
        status: int,
        result: str,
        message: str,
        record: dict | None = None,
        errors: dict[str, list[str]] | None = None,
    ):
        super().__init__(message)
        self.status, self.result, self.message = status, result, message
        self.record, self.errors = record, errors


def sync_batch(*, owner: User, items: list) -> list[dict]:
    """Save each of `items` (plain JSON values) for `owner` at most once. Returns one answer
    per item, in order: its id, HTTP status, result and message, with the record or the
    reasons for each field (see the module's docstring)."""
    return [sync_item(owner=owner, item=item) for item in items]


def sync_item(*, owner: User, item: object) -> dict:
    given_id = item.get("id") if isinstance(item, dict) else None
    answer: dict[str, Any] = {"id": given_id if isinstance(given_id, str) else None}
    form = SyncItemForm(item if isinstance(item, dict) else {})
    if not isinstance(item, dict) or not form.is_valid():
        errors = (
            {field: [str(error) for error in errors] for field, errors in form.errors.items()}
            if isinstance(item, dict)
            else {"__all__": [_("Each item is an object.")]}
        )
        return answer | {
            "status": 422,
            "result": "invalid",
            "message": _("Overlap could not read this entry."),
            "errors": errors,
        }
    data = form.cleaned_data
    if data["account"] and data["account"] != owner.uuid:
        return answer | {
            "status": 409,
            "result": "other_account",
            "message": _(
                "This was saved on this phone while another account was logged in, "
                "so it was not added to your diary."
            ),
        }
    existing = _saved_before(owner, data["id"])
    if existing is not None:
        return answer | _already_saved(existing)
    try:
        with transaction.atomic():
            # One sync per patient at a time, so two tabs replaying cannot both save.
            User.objects.select_for_update().filter(pk=owner.pk).first()
            existing = _saved_before(owner, data["id"])
            if existing is not None:
                return answer | _already_saved(existing)
            device_item = SAVE[data["kind"]](owner, data)
    except Refused as refusal:
        return answer | {
            "status": refusal.status,
            "result": refusal.result,
            "message": refusal.message,
            **({"record": refusal.record} if refusal.record else {}),
            **({"errors": refusal.errors} if refusal.errors else {}),
        }
    except IntegrityError:
        existing = _saved_before(owner, data["id"])
        if existing is not None:  # the same id saved a moment ago beside this request
            return answer | _already_saved(existing)
        return answer | {
            "status": 409,
            "result": "conflict",
            "message": _("This clashes with another entry in your diary, so it was not saved."),
        }
    return answer | {
        "status": 201,
        "result": "saved",
        "message": _("Saved in your diary."),
        "record": _record(device_item),
    }


def _saved_before(owner: User, device_id: uuid.UUID) -> DeviceItem | None:
    return (
        DeviceItem.objects.for_owner(owner)
        .select_related("attack", "dose__medication", "headache_free_day", "checkin")
        .filter(device_id=device_id)
        .first()
    )


def _already_saved(device_item: DeviceItem) -> dict:
    return {
        "status": 200,
        "result": "already_saved",
        "message": _("Already saved in your diary."),
        "record": _record(device_item),
    }


def _attack_record(attack: MigraineAttack) -> dict:
    return {
        "type": "attack",
        "id": attack.pk,
        "started_at": attack.started_at.isoformat(),
        "ended_at": attack.ended_at.isoformat() if attack.ended_at else None,
    }


def _record(device_item: DeviceItem) -> dict | None:
    """What the action saved, as it is now; None if the patient has deleted it since."""
    if device_item.kind == Kind.RELIEF:
        dose = device_item.dose
        return {"type": "relief", "dose": dose.pk, "relief": dose.relief} if dose else None
    if device_item.kind == Kind.NO_HEADACHE:
        free = device_item.headache_free_day
        return {"type": "no_headache", "id": free.pk, "day": str(free.day)} if free else None
    if device_item.kind == Kind.CHECKIN:
        checkin = device_item.checkin
        if checkin is None:
            return None
        return {
            "type": "checkin",
            "id": checkin.pk,
            "day": str(checkin.day),
            **{field: _plain(getattr(checkin, field)) for field in CHECKIN_FIELDS},
        }
    if device_item.kind == Kind.DOSE:
        dose = device_item.dose
        if dose is None:
            return None
        return {
            "type": "dose",
            "id": dose.pk,
            "medication": dose.medication.name,
            "taken_at": dose.taken_at.isoformat(),
            "attack": dose.attack_id,
        }
    return _attack_record(device_item.attack) if device_item.attack else None


def _local_time(owner: User, moment: datetime.datetime) -> str:
    return f"{timezone.localtime(moment, owner.tzinfo):%H:%M on %d %b}"


def _attack_named(owner: User, ref: int | uuid.UUID | None) -> MigraineAttack | None:
    """The patient's attack with this server id, or started by the action with this phone
    id; a reference to anything else (another patient's attack) is not found."""
    if ref is None:
        return None
    return _named(
        MigraineAttack.objects.for_owner(owner).select_for_update(),
        owner,
        ref,
        kind=Kind.ATTACK_START,
        field="attack",
        missing=gettext_lazy("the attack this belongs to"),
    )


def _named(
    queryset: Any,
    owner: User,
    ref: int | uuid.UUID,
    *,
    kind: str,
    field: str,
    missing: StrOrPromise,
):
    """The record of `queryset` with this server id, or saved by the action with this phone
    id (a DeviceItem of `kind` pointing at it through `field`); 404 when there is none."""
    if isinstance(ref, int):
        found = queryset.filter(pk=ref).first()
    else:
        found = queryset.filter(
            pk__in=DeviceItem.objects.for_owner(owner)
            .filter(device_id=ref, kind=kind)
            .values(field)
        ).first()
    if found is None:
        raise Refused(
            404,
            "not_found",
            _("Overlap could not find %(what)s: it was not saved or has been deleted.")
            % {"what": missing},
        )
    return found


def _device_item(owner: User, data: dict, **saved: Any) -> DeviceItem:
    return DeviceItem.objects.create(
        owner=owner,
        device_id=data["id"],
        kind=data["kind"],
        recorded_at=data["recorded_at"],
        time_zone=data["time_zone"],
        **saved,
    )


def _start_attack(owner: User, data: dict) -> DeviceItem:
    ongoing = MigraineAttack.objects.for_owner(owner).ongoing().first()
    if ongoing is not None:
        raise Refused(
            409,
            "conflict",
            _(
                "An attack was already in progress (started at %(time)s), so this start was "
                "not added."
            )
            % {"time": _local_time(owner, ongoing.started_at)},
            _attack_record(ongoing),
        )
    attack = MigraineAttack.objects.create(owner=owner, started_at=data["at"])
    return _device_item(owner, data, attack=attack)


def _end_attack(owner: User, data: dict) -> DeviceItem:
    attack = _attack_named(owner, data["attack"])
    assert attack is not None  # the form requires an attack to end
    if attack.ended_at is not None:
        raise Refused(
            409,
            "conflict",
            _(
                "This attack had already been ended at %(ended)s, perhaps on another device. "
                "Your end at %(end)s was not saved; change the attack in your diary if it is "
                "wrong."
            )
            % {
                "ended": _local_time(owner, attack.ended_at),
                "end": _local_time(owner, data["at"]),
            },
            _attack_record(attack),
        )
    if data["at"] < attack.started_at:
        reason = _("The attack cannot end before it started.")
        raise Refused(
            422, "invalid", _("Overlap could not save this as it is."), errors={"at": [reason]}
        )
    attack.ended_at = data["at"]
    attack.save(update_fields=["ended_at", "updated_at"])
    return _device_item(owner, data, attack=attack)


def _log_dose(owner: User, data: dict) -> DeviceItem:
    medication = Medication.objects.for_owner(owner).filter(pk=data["medication"]).first()
    if medication is None:
        raise Refused(
            404,
            "not_found",
            _("Overlap could not find this medicine in your list: it may have been deleted."),
        )
    attack = _attack_named(owner, data["attack"])
    dose = MedicationDose.objects.create(
        medication=medication, taken_at=data["at"], amount=medication.usual_amount, attack=attack
    )
    return _device_item(owner, data, dose=dose, attack=attack)


def _plain(value: object) -> object:
    return float(value) if isinstance(value, decimal.Decimal) else value


def _dose_named(owner: User, ref: int | uuid.UUID) -> MedicationDose:
    """The patient's dose with this server id, or logged by the action with this phone id."""
    return _named(
        MedicationDose.objects.for_owner(owner).select_related("medication"),
        owner,
        ref,
        kind=Kind.DOSE,
        field="dose",
        missing=gettext_lazy("the dose this answer is about"),
    )


def _answer_relief(owner: User, data: dict) -> DeviceItem:
    dose = _dose_named(owner, data["dose"])
    if dose.relief and dose.relief != data["relief"]:
        raise Refused(
            409,
            "conflict",
            _(
                "You had already answered for %(medicine)s at %(time)s: %(answer)s. This "
                "answer was not saved; change the dose in your diary if it is wrong."
            )
            % {
                "medicine": dose.medication.name,
                "time": _local_time(owner, dose.taken_at),
                "answer": dose.get_relief_display().lower(),
            },
            {"type": "relief", "dose": dose.pk, "relief": dose.relief},
        )
    if dose.relief != data["relief"]:
        dose.answer_relief(data["relief"])
    return _device_item(owner, data, dose=dose, attack_id=dose.attack_id)


def _no_headache(owner: User, data: dict) -> DeviceItem:
    try:
        free = headache_free_day_record(owner=owner, day=data["day"])
    except DiaryConflict as conflict:
        raise Refused(409, "conflict", _("Not saved. %(reason)s") % {"reason": conflict}) from None
    return _device_item(owner, data, headache_free_day=free)


def _check_in(owner: User, data: dict) -> DeviceItem:
    """A new check-in for the day, or the answers the day's check-in lacks. An answer that
    differs from one already saved is a conflict: nothing is overwritten."""
    if data["day"] > timezone.localtime(timezone.now(), owner.tzinfo).date():
        reason = _("That day has not happened yet.")
        raise Refused(
            422, "invalid", _("Overlap could not save this as it is."), errors={"day": [reason]}
        )
    given = {field: data[field] for field in CHECKIN_FIELDS if data[field] is not None}
    checkin = DailyCheckIn.objects.for_owner(owner).filter(day=data["day"]).first()
    if checkin is None:
        checkin = DailyCheckIn.objects.create(owner=owner, day=data["day"], **given)
        return _device_item(owner, data, checkin=checkin)
    clashes = [
        field
        for field, value in given.items()
        if getattr(checkin, field) is not None and getattr(checkin, field) != value
    ]
    if clashes:
        raise Refused(
            409,
            "conflict",
            _(
                "Your diary already has a check-in for %(day)s with other answers, so this "
                "one was not saved; change that check-in in your diary if it is wrong."
            )
            % {"day": formats.date_format(data["day"], pgettext("day and short month", "d M"))},
        )
    missing = [field for field in given if getattr(checkin, field) is None]
    for field in missing:
        setattr(checkin, field, given[field])
    if missing:
        checkin.save(update_fields=[*missing, "updated_at"])
    return _device_item(owner, data, checkin=checkin)


SAVE = {
    Kind.ATTACK_START: _start_attack,
    Kind.ATTACK_END: _end_attack,
    Kind.DOSE: _log_dose,
    Kind.RELIEF: _answer_relief,
    Kind.NO_HEADACHE: _no_headache,
    Kind.CHECKIN: _check_in,
}
