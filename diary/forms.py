"""Diary forms. Times are typed in the patient's own zone (the active time zone) and
stored as aware UTC instants; every form repeats the database's invariants in plain words."""

import datetime
import uuid
from typing import Any, cast

from django import forms
from django.db.models import Q
from django.utils import timezone

from config.forms import IdChoiceField, IdMultipleChoiceField, refuse_invisible_characters
from diary.models import (
    NOTES_MAX_LENGTH,
    DailyCheckIn,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
    validate_no_control_characters,
)
from education.models import Condition

# A phone's clock may run a little ahead of the server's.
CLOCK_SKEW = datetime.timedelta(minutes=2)
EARLIEST_YEAR = 1900
DATETIME_LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


class LocalDateTimeField(forms.DateTimeField):
    """A datetime-local input read in the active (the patient's) time zone.

    A time that does not exist locally (the hour skipped when clocks go forward) is read
    as the moment after the change; a time that happens twice (clocks go back) as the
    first of the two."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL_FORMAT)
    default_error_messages = {
        "invalid": "Enter a date and time, for example 2025-03-30 14:30.",
        "future": "This is in the future. Enter a time up to now.",
        "too_early": f"Enter a date after {EARLIEST_YEAR}.",
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            moment = value
        else:
            text = str(value).strip()
            try:
                moment = datetime.datetime.fromisoformat(text.replace(" ", "T", 1))
            except ValueError:
                raise forms.ValidationError(
                    self.error_messages["invalid"], code="invalid"
                ) from None
        if moment.year < EARLIEST_YEAR:
            raise forms.ValidationError(self.error_messages["too_early"], code="too_early")
        if timezone.is_naive(moment):
            moment = moment.replace(tzinfo=timezone.get_current_timezone())
        try:
            return moment.astimezone(datetime.UTC).replace(second=0, microsecond=0)
        except (OverflowError, ValueError):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None

    def validate(self, value) -> None:
        super().validate(value)
        if value is not None and value > timezone.now() + CLOCK_SKEW:
            raise forms.ValidationError(self.error_messages["future"], code="future")


class PastDateField(forms.DateField):
    """A date input for a day up to today in the patient's zone."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    default_error_messages = {
        "invalid": "Enter a date, for example 2025-03-30.",
        "future": "This day is in the future. Enter a day up to today.",
        "too_early": f"Enter a date after {EARLIEST_YEAR}.",
    }

    def validate(self, value) -> None:
        super().validate(value)
        if value is None:
            return
        if value.year < EARLIEST_YEAR:
            raise forms.ValidationError(self.error_messages["too_early"], code="too_early")
        if value > timezone.localdate():
            raise forms.ValidationError(self.error_messages["future"], code="future")


def score_field(label: str, *, low: int = 0, high: int = 10, help_text: str = "") -> forms.Field:
    return forms.IntegerField(
        label=label, min_value=low, max_value=high, required=False, help_text=help_text
    )


class OneTimeTokenMixin(forms.Form):
    """A hidden key drawn when the form is shown: submitting the same form twice finds the
    entry the first submission made instead of making a second one."""

    form_token = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("form_token", str(uuid.uuid4()))

    def clean_form_token(self) -> uuid.UUID | None:
        try:
            return uuid.UUID(self.cleaned_data.get("form_token") or "")
        except ValueError:
            return None


def notes_field(label: str = "Notes") -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        max_length=NOTES_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[validate_no_control_characters],
        help_text=f"Optional, up to {NOTES_MAX_LENGTH} characters.",
    )


def trigger_field(owner) -> forms.ModelMultipleChoiceField:
    return IdMultipleChoiceField(
        label="Possible triggers",
        queryset=Trigger.objects.available_to(owner).order_by("owner_id", "name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Add your own on the triggers page.",
    )


class AttackForm(OneTimeTokenMixin, forms.ModelForm):
    attack_type = forms.ChoiceField(
        label="What kind of headache?",
        choices=MigraineAttack.AttackType.choices,
        initial=MigraineAttack.AttackType.MIGRAINE,
        widget=forms.RadioSelect,
    )
    started_at = LocalDateTimeField(label="When did it start?")
    ended_at = LocalDateTimeField(
        label="When did it end?", required=False, help_text="Leave empty while it goes on."
    )
    peak_intensity = score_field(
        "Worst pain (0 = none, 10 = worst imaginable)", help_text="Optional."
    )
    aura = forms.BooleanField(label="I had an aura (for example flashing lights)", required=False)
    symptoms = forms.MultipleChoiceField(
        label="Other symptoms",
        choices=MigraineAttack.Symptom.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    location = forms.ChoiceField(
        label="Where was the pain?",
        choices=[("", "Not sure or not recorded"), *MigraineAttack.Location.choices],
        required=False,
    )
    disability = forms.TypedChoiceField(
        label="How much did it stop you doing things?",
        choices=[("", "Not recorded"), *MigraineAttack.Disability.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    notes = notes_field()

    class Meta:
        model = MigraineAttack
        fields = [
            "attack_type",
            "started_at",
            "ended_at",
            "peak_intensity",
            "aura",
            "symptoms",
            "location",
            "disability",
            "triggers",
            "notes",
        ]

    def __init__(self, *args, owner, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["triggers"] = trigger_field(owner)
        if not self.is_bound and self.instance.pk is None:
            self.initial.setdefault("started_at", timezone.now())

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        started_at, ended_at = cleaned.get("started_at"), cleaned.get("ended_at")
        if started_at and ended_at and ended_at < started_at:
            self.add_error("ended_at", "The end is before the start. Check both times.")
        if started_at and "ended_at" not in self.errors and ended_at is None:
            ongoing = MigraineAttack.objects.for_owner(self.owner).ongoing()
            if self.instance.pk:
                ongoing = ongoing.exclude(pk=self.instance.pk)
            if ongoing.exists():
                self.add_error(
                    "ended_at",
                    "Another attack is still in progress. End that one first, "
                    "or enter when this one ended.",
                )
        return cleaned


class FlareForm(OneTimeTokenMixin, forms.ModelForm):
    started_on = PastDateField(label="First day of the flare")
    ended_on = PastDateField(
        label="Last day of the flare", required=False, help_text="Leave empty while it goes on."
    )
    severity = forms.TypedChoiceField(
        label="How bad is it?",
        choices=Flare.Severity.choices,
        coerce=int,
        initial=Flare.Severity.MODERATE,
        widget=forms.RadioSelect,
    )
    symptoms = forms.MultipleChoiceField(
        label="Symptoms",
        choices=Flare.Symptom.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    notes = notes_field()

    class Meta:
        model = Flare
        fields = [
            "condition",
            "started_on",
            "ended_on",
            "severity",
            "symptoms",
            "triggers",
            "notes",
        ]
        labels = {"condition": "Which condition?"}
        field_classes = {"condition": IdChoiceField}

    def __init__(self, *args, owner, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["triggers"] = trigger_field(owner)
        conditions = Condition.objects.autoimmune()
        own = conditions.filter(patientprofile__user=owner)
        if own.exists():
            conditions = own
            if self.instance.condition_id:
                conditions = Condition.objects.autoimmune().filter(
                    Q(patientprofile__user=owner) | Q(pk=self.instance.condition_id)
                )
        condition_field = cast(forms.ModelChoiceField, self.fields["condition"])
        condition_field.queryset = conditions.distinct()
        condition_field.empty_label = None
        condition_field.help_text = "Your autoimmune conditions from your profile."
        if not self.is_bound and self.instance.pk is None:
            self.initial.setdefault("started_on", timezone.localdate())

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        started_on, ended_on = cleaned.get("started_on"), cleaned.get("ended_on")
        condition = cleaned.get("condition")
        if started_on and ended_on and ended_on < started_on:
            self.add_error("ended_on", "The last day is before the first. Check both dates.")
        if condition and started_on and ended_on is None and "ended_on" not in self.errors:
            ongoing = Flare.objects.for_owner(self.owner).ongoing().filter(condition=condition)
            if self.instance.pk:
                ongoing = ongoing.exclude(pk=self.instance.pk)
            if ongoing.exists():
                self.add_error(
                    "ended_on",
                    "A flare of this condition is still ongoing. End that one first, "
                    "or enter the last day of this one.",
                )
        return cleaned


class MedicationForm(OneTimeTokenMixin, forms.ModelForm):
    class Meta:
        model = Medication
        fields = ["name", "category", "purpose", "usual_amount", "usual_for_attacks"]
        labels = {
            "name": "Name",
            "category": "Kind of medicine",
            "purpose": "What do you take it for?",
            "usual_amount": "Usual amount (optional)",
            "usual_for_attacks": "Show a one-tap button for it during an attack",
        }
        help_texts = {"usual_amount": "For example 50 mg or 1 tablet."}

    def __init__(self, *args, owner, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["purpose"].widget = forms.RadioSelect(choices=Medication.Purpose.choices)
        refuse_invisible_characters(self, "name", "usual_amount")

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        same = Medication.objects.for_owner(self.owner).filter(name__iexact=name)
        if self.instance.pk:
            same = same.exclude(pk=self.instance.pk)
        if same.exists():
            raise forms.ValidationError("You already have a medication with this name.")
        return name


class DoseForm(OneTimeTokenMixin, forms.ModelForm):
    taken_at = LocalDateTimeField(label="When did you take it?")
    relief = forms.ChoiceField(
        label="Relief after two hours",
        choices=[("", "Not yet known"), *MedicationDose.Relief.choices],
        required=False,
    )

    class Meta:
        model = MedicationDose
        fields = ["medication", "taken_at", "amount", "attack", "relief"]
        field_classes = {"medication": IdChoiceField, "attack": IdChoiceField}
        labels = {
            "medication": "Medication",
            "amount": "Amount (optional)",
            "attack": "For which attack? (optional)",
        }

    def __init__(self, *args, owner, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        refuse_invisible_characters(self, "amount")
        medication_field = cast(forms.ModelChoiceField, self.fields["medication"])
        medication_field.queryset = Medication.objects.for_owner(owner)
        medication_field.empty_label = None
        recent = timezone.now() - datetime.timedelta(days=14)
        attacks = MigraineAttack.objects.for_owner(owner).filter(started_at__gte=recent)
        if self.instance.attack_id:
            attacks = MigraineAttack.objects.for_owner(owner).filter(
                Q(started_at__gte=recent) | Q(pk=self.instance.attack_id)
            )
        attack_field = cast(forms.ModelChoiceField, self.fields["attack"])
        attack_field.queryset = attacks
        attack_field.empty_label = "Not for an attack"
        attack_field.help_text = "Attacks from the last two weeks."
        if not self.is_bound and self.instance.pk is None:
            self.initial.setdefault("taken_at", timezone.now())
            ongoing = MigraineAttack.objects.for_owner(owner).ongoing().first()
            if ongoing:
                self.initial.setdefault("attack", ongoing.pk)


class CheckInForm(forms.ModelForm):
    sleep_hours = forms.DecimalField(
        label="Hours of sleep last night",
        min_value=0,
        max_value=24,
        max_digits=3,
        decimal_places=1,
        required=False,
        widget=forms.NumberInput(attrs={"step": "0.5"}),
    )
    stress = score_field("Stress (0 = none, 10 = extreme)")
    water_glasses = score_field("Glasses of water", high=40)
    gluten = forms.TypedChoiceField(
        label="Did you eat gluten?",
        choices=[("", "Not sure"), ("yes", "Yes"), ("no", "No")],
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    menstruation = forms.TypedChoiceField(
        label="Are you menstruating?",
        choices=[("", "Not recorded"), ("yes", "Yes"), ("no", "No")],
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    fatigue = score_field("Fatigue (0 = none, 10 = exhausted)")
    joint_pain = score_field("Joint pain (0 = none, 10 = worst)")
    notes = notes_field()

    class Meta:
        model = DailyCheckIn
        fields = [
            "sleep_hours",
            "stress",
            "water_glasses",
            "gluten",
            "menstruation",
            "fatigue",
            "joint_pain",
            "triggers",
            "notes",
        ]

    def __init__(self, *args, owner, cycle_tracking: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["triggers"] = trigger_field(owner)
        self.fields["triggers"].label = "Triggers you noticed today"
        if not cycle_tracking:
            del self.fields["menstruation"]
        for name in ("gluten", "menstruation"):
            if name in self.fields and not self.is_bound and self.instance.pk:
                value = getattr(self.instance, name)
                self.initial[name] = "" if value is None else ("yes" if value else "no")


class TriggerForm(forms.ModelForm):
    class Meta:
        model = Trigger
        fields = ["name"]
        labels = {"name": "Name of the trigger"}

    def __init__(self, *args, owner, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        refuse_invisible_characters(self, "name")

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        if Trigger.objects.available_to(self.owner).filter(name__iexact=name).exists():
            raise forms.ValidationError("This trigger is already in your list.")
        return name


class EntryFilterForm(forms.Form):
    KIND_CHOICES = [
        ("", "Attacks and flares"),
        ("attack", "Attacks only"),
        ("flare", "Flares only"),
        ("dose", "Medication doses"),
        ("checkin", "Daily check-ins"),
    ]

    kind = forms.ChoiceField(label="Show", choices=KIND_CHOICES, required=False)
    condition = IdChoiceField(
        label="Condition",
        queryset=Condition.objects.autoimmune(),
        required=False,
        empty_label="Any condition",
        help_text="Shows only flares of this condition.",
    )
    start = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label="To", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        for name in ("start", "end"):
            value = cleaned.get(name)
            if value is not None and not (EARLIEST_YEAR <= value.year <= 9000):
                self.add_error(name, f"Enter a date after {EARLIEST_YEAR}.")
        return cleaned
