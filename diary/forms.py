"""Diary forms. Times are typed in the patient's own zone (the active time zone) and
stored as aware UTC instants; every form repeats the database's invariants in plain words."""

import datetime
import uuid
from typing import Any, cast

from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from config.forms import (
    ConditionChoiceField,
    IdChoiceField,
    IdMultipleChoiceField,
    refuse_invisible_characters,
)
from config.widgets import ScoreButtons
from diary.models import (
    NOTES_MAX_LENGTH,
    RELIEF_ANSWERS,
    DailyCheckIn,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
    validate_no_control_characters,
)
from education.medication_kinds import kind_fits_purpose
from education.models import Condition, Medicine

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
        "invalid": _("Enter a date and time, for example 2025-03-30 14:30."),
        "future": _("This is in the future. Enter a time up to now."),
        "too_early": format_lazy(_("Enter a date after {year}."), year=EARLIEST_YEAR),
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
        "invalid": _("Enter a date, for example 2025-03-30."),
        "future": _("This day is in the future. Enter a day up to today."),
        "too_early": format_lazy(_("Enter a date after {year}."), year=EARLIEST_YEAR),
    }

    def validate(self, value) -> None:
        super().validate(value)
        if value is None:
            return
        if value.year < EARLIEST_YEAR:
            raise forms.ValidationError(self.error_messages["too_early"], code="too_early")
        if value > timezone.localdate():
            raise forms.ValidationError(self.error_messages["future"], code="future")


def score_field(
    label: StrOrPromise,
    *,
    low_label: StrOrPromise = "",
    high_label: StrOrPromise = "",
    required: bool = False,
    help_text: StrOrPromise = "",
) -> forms.Field:
    """A 0-10 score, tapped on a row of large buttons (config.widgets.ScoreButtons)."""
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=10,
        required=required,
        help_text=help_text,
        widget=ScoreButtons(low_label=low_label, high_label=high_label, optional=not required),
        error_messages={"invalid": _("Choose a number from 0 to 10.")},
    )


PAIN_LOW, PAIN_HIGH = _("0: no pain"), _("10: worst imaginable")


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


def notes_field(label: StrOrPromise | None = None) -> forms.CharField:
    return forms.CharField(
        label=label or _("Notes"),
        required=False,
        max_length=NOTES_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[validate_no_control_characters],
        help_text=format_lazy(_("Optional, up to {count} characters."), count=NOTES_MAX_LENGTH),
    )


def trigger_field(owner) -> forms.ModelMultipleChoiceField:
    return IdMultipleChoiceField(
        label=_("Possible triggers"),
        queryset=Trigger.objects.available_to(owner).order_by("owner_id", "name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Add your own on the triggers page."),
    )


class AttackForm(OneTimeTokenMixin, forms.ModelForm):
    attack_type = forms.ChoiceField(
        label=_("What kind of headache?"),
        choices=MigraineAttack.AttackType.choices,
        initial=MigraineAttack.AttackType.MIGRAINE,
        widget=forms.RadioSelect,
    )
    started_at = LocalDateTimeField(label=_("When did it start?"))
    ended_at = LocalDateTimeField(
        label=_("When did it end?"), required=False, help_text=_("Leave empty while it goes on.")
    )
    peak_intensity = score_field(
        _("Worst pain (0 = none, 10 = worst imaginable)"),
        help_text=_("Optional."),
        low_label=PAIN_LOW,
        high_label=PAIN_HIGH,
    )
    aura = forms.BooleanField(
        label=_("I had an aura (for example flashing lights)"), required=False
    )
    symptoms = forms.MultipleChoiceField(
        label=_("Other symptoms"),
        choices=MigraineAttack.Symptom.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    location = forms.ChoiceField(
        label=_("Where was the pain?"),
        choices=[("", _("Not sure or not recorded")), *MigraineAttack.Location.choices],
        required=False,
    )
    disability = forms.TypedChoiceField(
        label=_("How much did it stop you doing things?"),
        choices=[("", _("Not recorded")), *MigraineAttack.Disability.choices],
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
        self.overlapping: MigraineAttack | None = None
        self.fields["triggers"] = trigger_field(owner)
        if not self.is_bound and self.instance.pk is None:
            self.initial.setdefault("started_at", timezone.now())

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        started_at, ended_at = cleaned.get("started_at"), cleaned.get("ended_at")
        if started_at and ended_at and ended_at < started_at:
            self.add_error("ended_at", _("The end is before the start. Check both times."))
        if started_at and "ended_at" not in self.errors and ended_at is None:
            ongoing = MigraineAttack.objects.for_owner(self.owner).ongoing()
            if self.instance.pk:
                ongoing = ongoing.exclude(pk=self.instance.pk)
            if ongoing.exists():
                self.add_error(
                    "ended_at",
                    _(
                        "Another attack is still in progress. End that one first, "
                        "or enter when this one ended."
                    ),
                )
        # Valid, but not saved yet: the view asks "is this the same attack?" unless the
        # patient already said it is a separate one.
        self.overlapping = None
        if started_at and not self.errors and self.data.get("confirm_overlap") != "1":
            self.overlapping = self._overlapping(started_at, ended_at)
        return cleaned

    def _overlapping(
        self, started_at: datetime.datetime, ended_at: datetime.datetime | None
    ) -> MigraineAttack | None:
        """The patient's first other attack whose time overlaps this one (touching ends do
        not count), or None."""
        others = MigraineAttack.objects.for_owner(self.owner).filter(
            Q(ended_at__isnull=True) | Q(ended_at__gt=started_at)
        )
        if ended_at is not None:
            others = others.filter(started_at__lt=ended_at)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        token = self.cleaned_data.get("form_token")
        if token is not None:  # the attack this very form saved when submitted before
            others = others.exclude(idempotency_key=token)
        return others.order_by("started_at", "pk").first()


# An attack ended "this morning" ended at this local time.
THIS_MORNING = datetime.time(8, 0)


class AttackEndForm(forms.Form):
    """When an ongoing attack ended: now, an hour or three ago, this morning or a picked time,
    in the patient's zone. The service refuses an end before the start."""

    WHEN_CHOICES = [
        ("now", _("Now")),
        ("60", _("1 h ago")),
        ("180", _("3 h ago")),
        ("morning", format_lazy(_("This morning ({time})"), time=f"{THIS_MORNING:%H:%M}")),
        ("pick", _("At a time I pick")),
    ]

    # Empty (the plain "end it now" buttons) is now.
    when = forms.ChoiceField(choices=WHEN_CHOICES, required=False)
    ended_at = LocalDateTimeField(label=_("When did it end?"), required=False)

    def __init__(self, *args, now: datetime.datetime, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.now = now

    @staticmethod
    def this_morning(now: datetime.datetime) -> datetime.datetime | None:
        """Today's THIS_MORNING in the active zone, or None while it is still to come."""
        local = timezone.localtime(now)
        morning = datetime.datetime.combine(local.date(), THIS_MORNING, tzinfo=local.tzinfo)
        return morning if morning <= now else None

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        when = cleaned.get("when") or "now"
        moment: datetime.datetime | None
        if when == "now":
            moment = self.now
        elif when == "pick":
            moment = cleaned.get("ended_at")
            if moment is None and "ended_at" not in self.errors:
                self.add_error("ended_at", _("Enter when the attack ended."))
        elif when == "morning":
            moment = self.this_morning(self.now)
            if moment is None:
                self.add_error(
                    "when",
                    _("It is not %(time)s yet. Choose another time.")
                    % {"time": f"{THIS_MORNING:%H:%M}"},
                )
        else:
            moment = self.now.replace(second=0, microsecond=0) - datetime.timedelta(
                minutes=int(when)
            )
        cleaned["moment"] = moment
        return cleaned


class AttackPainForm(forms.ModelForm):
    """The worst pain so far, tapped on the home page during an attack."""

    peak_intensity = score_field(
        _("How bad is the pain at its worst so far?"),
        required=True,
        low_label=PAIN_LOW,
        high_label=PAIN_HIGH,
    )

    class Meta:
        model = MigraineAttack
        fields = ["peak_intensity"]


class FlareForm(OneTimeTokenMixin, forms.ModelForm):
    started_on = PastDateField(label=_("First day of the flare"))
    ended_on = PastDateField(
        label=_("Last day of the flare"),
        required=False,
        help_text=_("Leave empty while it goes on."),
    )
    severity = forms.TypedChoiceField(
        label=_("How bad is it?"),
        choices=Flare.Severity.choices,
        coerce=int,
        initial=Flare.Severity.MODERATE,
        widget=forms.RadioSelect,
    )
    symptoms = forms.MultipleChoiceField(
        label=_("Symptoms"),
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
        labels = {"condition": _("Which condition?")}
        field_classes = {"condition": ConditionChoiceField}

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
        condition_field.help_text = _("Your autoimmune conditions from your profile.")
        if not self.is_bound and self.instance.pk is None:
            self.initial.setdefault("started_on", timezone.localdate())

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        started_on, ended_on = cleaned.get("started_on"), cleaned.get("ended_on")
        condition = cleaned.get("condition")
        if started_on and ended_on and ended_on < started_on:
            self.add_error("ended_on", _("The last day is before the first. Check both dates."))
        if condition and started_on and ended_on is None and "ended_on" not in self.errors:
            ongoing = Flare.objects.for_owner(self.owner).ongoing().filter(condition=condition)
            if self.instance.pk:
                ongoing = ongoing.exclude(pk=self.instance.pk)
            if ongoing.exists():
                self.add_error(
                    "ended_on",
                    _(
                        "A flare of this condition is still ongoing. End that one first, "
                        "or enter the last day of this one."
                    ),
                )
        return cleaned


class MedicationForm(OneTimeTokenMixin, forms.ModelForm):
    """A medicine on the patient's list. A name the catalogue knows (generic or brand,
    whatever the case and accents) links the medication to that entry and gives it the
    entry's kind; a kind that never treats an attack saved "to treat an attack" is asked
    about before anything is saved."""

    # Asked for a medicine to prevent attacks or for the autoimmune disease: the treatment
    # response report compares the 28 days before it with the windows after it.
    started_on = PastDateField(
        label=_("When did you start it?"),
        required=False,
        help_text=_(
            "For a medicine to prevent attacks or for your autoimmune disease "
            "(optional). Left empty, Overlap uses the day of the first dose you log."
        ),
        error_messages={
            "future": _("This day is in the future. Enter the day you started it, up to today.")
        },
    )
    # Shown, as a checkbox, only with the question about the kind and the purpose.
    confirm_purpose = forms.BooleanField(
        label=_("Yes, I take it to treat an attack"), required=False, widget=forms.HiddenInput
    )

    class Meta:
        model = Medication
        fields = ["name", "category", "purpose", "started_on", "usual_amount", "usual_for_attacks"]
        labels = {
            "name": _("Name"),
            "category": _("Kind of medicine"),
            "purpose": _("What do you take it for?"),
            "usual_amount": _("Usual amount (optional)"),
            "usual_for_attacks": _("Show a one-tap button for it during an attack"),
        }
        help_texts = {
            "name": _("Type a brand or generic name to see suggestions. Any other name is fine."),
            "usual_amount": _("For example 50 mg or 1 tablet."),
        }

    def __init__(self, *args, owner, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        # The catalogue entry whose kind replaced the one chosen, for the message after saving.
        self.kind_from_catalogue: Medicine | None = None
        self._saved_kind_and_purpose = (self.instance.category, self.instance.purpose)
        self.fields["name"].widget.attrs["autocomplete"] = "off"
        self.fields["purpose"].widget = forms.RadioSelect(choices=Medication.Purpose.choices)
        refuse_invisible_characters(self, "name", "usual_amount")

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        same = Medication.objects.for_owner(self.owner).filter(name__iexact=name)
        if self.instance.pk:
            same = same.exclude(pk=self.instance.pk)
        if same.exists():
            raise forms.ValidationError(_("You already have a medication with this name."))
        return name

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        entry = Medicine.objects.named(cleaned["name"]) if cleaned.get("name") else None
        self.instance.catalogue_entry = entry
        if entry is not None and cleaned.get("category") != entry.kind:
            if cleaned.get("category"):
                self.kind_from_catalogue = entry
            cleaned["category"] = entry.kind
            # Shown again (with the question below), the form shows the kind it will save.
            data = cast(QueryDict, self.data).copy()
            data[self.add_prefix("category")] = entry.kind
            self.data = data
        category, purpose = cleaned.get("category"), cleaned.get("purpose")
        if purpose == Medication.Purpose.ACUTE:
            # A medicine taken for attacks has no start that anything compares against.
            cleaned["started_on"] = None
        # Asked once: a pairing the patient already confirmed is not asked about again.
        kept = self.instance.pk and (category, purpose) == self._saved_kind_and_purpose
        if (
            category
            and purpose
            and not kind_fits_purpose(category, purpose)
            and not kept
            and not cleaned.get("confirm_purpose")
        ):
            self.fields["confirm_purpose"].widget = forms.CheckboxInput()
            self.add_error(
                "confirm_purpose",
                _(
                    "%(medicine)s is a kind of medicine usually taken to prevent attacks or "
                    "for an autoimmune disease, not to treat an attack, so Overlap never counts "
                    'it as medicine for an attack. Is "to treat an attack" what you meant? '
                    "Choose another answer above, or tick this box to keep it."
                )
                % {"medicine": cleaned["name"]},
            )
        return cleaned

    @property
    def asks_about_purpose(self) -> bool:
        """Whether the only thing keeping the form from saving is the question about the
        kind and the purpose."""
        return bool(self.errors) and set(self.errors) == {"confirm_purpose"}


class DoseForm(OneTimeTokenMixin, forms.ModelForm):
    taken_at = LocalDateTimeField(label=_("When did you take it?"))
    relief = forms.ChoiceField(
        label=_("Relief after two hours"),
        choices=[
            ("", _("Not yet known")),
            *[(answer.value, answer.label) for answer, _ in RELIEF_ANSWERS],
        ],
        required=False,
    )

    class Meta:
        model = MedicationDose
        fields = ["medication", "taken_at", "amount", "attack", "relief"]
        field_classes = {"medication": IdChoiceField, "attack": IdChoiceField}
        labels = {
            "medication": _("Medication"),
            "amount": _("Amount (optional)"),
            "attack": _("For which attack? (optional)"),
        }

    def __init__(self, *args, owner, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        refuse_invisible_characters(self, "amount")
        if self.instance.relief == MedicationDose.Relief.PARTIAL:
            # The older middle answer stays what it was until the patient changes it.
            relief_field = cast(forms.ChoiceField, self.fields["relief"])
            relief_field.choices = [
                ("", _("Not yet known")),
                *[(answer.value, answer.label) for answer, _ in RELIEF_ANSWERS],
                (MedicationDose.Relief.PARTIAL.value, MedicationDose.Relief.PARTIAL.label),
            ]
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
        attack_field.empty_label = _("Not for an attack")
        attack_field.help_text = _("Attacks from the last two weeks.")
        if not self.is_bound and self.instance.pk is None:
            self.initial.setdefault("taken_at", timezone.now())
            ongoing = MigraineAttack.objects.for_owner(owner).ongoing().first()
            if ongoing:
                self.initial.setdefault("attack", ongoing.pk)


class CheckInForm(forms.ModelForm):
    sleep_hours = forms.DecimalField(
        label=_("Hours of sleep last night"),
        min_value=0,
        max_value=24,
        max_digits=3,
        decimal_places=1,
        required=False,
        widget=forms.NumberInput(attrs={"step": "0.5"}),
    )
    wellbeing = score_field(
        _("How are you overall? (0 = very bad, 10 = very well)"),
        low_label=_("0: very bad"),
        high_label=_("10: very well"),
    )
    stress = score_field(
        _("Stress (0 = none, 10 = extreme)"), low_label=_("0: none"), high_label=_("10: extreme")
    )
    water_glasses = forms.IntegerField(
        label=_("Glasses of water"), min_value=0, max_value=40, required=False
    )
    gluten = forms.TypedChoiceField(
        label=_("Did you eat gluten?"),
        choices=[("", _("Not sure")), ("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    menstruation = forms.TypedChoiceField(
        label=_("Are you menstruating?"),
        choices=[("", _("Not recorded")), ("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    fatigue = score_field(
        _("Fatigue (0 = none, 10 = exhausted)"),
        low_label=_("0: none"),
        high_label=_("10: exhausted"),
    )
    joint_pain = score_field(
        _("Joint pain (0 = none, 10 = worst)"), low_label=_("0: none"), high_label=_("10: worst")
    )
    notes = notes_field()

    class Meta:
        model = DailyCheckIn
        fields = [
            "wellbeing",
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

    def __init__(
        self, *args, owner, cycle_tracking: bool, gluten_questions: bool, **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["triggers"] = trigger_field(owner)
        self.fields["triggers"].label = _("Triggers you noticed today")
        if not cycle_tracking:
            del self.fields["menstruation"]
        # Asked only of patients it concerns; an answer given before stays editable.
        if not gluten_questions and self.instance.gluten is None:
            del self.fields["gluten"]
        for name in ("gluten", "menstruation"):
            if name in self.fields and not self.is_bound and self.instance.pk:
                value = getattr(self.instance, name)
                self.initial[name] = "" if value is None else ("yes" if value else "no")


class TriggerForm(forms.ModelForm):
    class Meta:
        model = Trigger
        fields = ["name"]
        labels = {"name": _("Name of the trigger")}

    def __init__(self, *args, owner, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        refuse_invisible_characters(self, "name")

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        if Trigger.objects.available_to(self.owner).filter(name__iexact=name).exists():
            raise forms.ValidationError(_("This trigger is already in your list."))
        return name


class EntryFilterForm(forms.Form):
    KIND_CHOICES = [
        ("", _("Attacks and flares")),
        ("attack", _("Attacks only")),
        ("flare", _("Flares only")),
        ("dose", _("Medication doses")),
        ("checkin", _("Daily check-ins")),
    ]

    kind = forms.ChoiceField(label=_("Show"), choices=KIND_CHOICES, required=False)
    condition = ConditionChoiceField(
        label=_("Condition"),
        queryset=Condition.objects.autoimmune(),
        required=False,
        empty_label=_("Any condition"),
        help_text=_("Shows only flares of this condition."),
    )
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        for name in ("start", "end"):
            value = cleaned.get(name)
            if value is not None and not (EARLIEST_YEAR <= value.year <= 9000):
                self.add_error(name, _("Enter a date after %(year)s.") % {"year": EARLIEST_YEAR})
        return cleaned
