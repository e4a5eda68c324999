"""The diary: migraine attacks, flares, medications, doses, daily check-ins and triggers.

Every row belongs to one patient. Invariants (ranges, end not before start, one check-in a
day, one ongoing attack) are database constraints; the forms repeat them with plain-word
messages. Querysets scope by owner (`for_owner`) and by period (`between`).
"""

import datetime
import unicodedata
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length, Lower
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import timezone

from diary import insights
from education.models import Condition

NOTES_MAX_LENGTH = 2000
NAME_MAX_LENGTH = 100
AMOUNT_MAX_LENGTH = 50
MAX_WATER_GLASSES = 40
MAX_SLEEP_HOURS = 24


def validate_no_control_characters(value: str) -> None:
    """Refuse NUL and other control characters; line breaks and tabs are fine."""
    if any(
        unicodedata.category(character) in ("Cc", "Cs") and character not in "\n\r\t"
        for character in value
    ):
        raise ValidationError(
            "Remove the invisible control characters from this text.", code="control_characters"
        )


def _as_utc_bounds(
    start: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    tz: zoneinfo.ZoneInfo | None,
) -> tuple[datetime.datetime, datetime.datetime]:
    """Turn dates (end inclusive) into the aware instants that bound those local days."""
    tz = tz or timezone.get_current_timezone()
    if not isinstance(start, datetime.datetime):
        start = datetime.datetime.combine(start, datetime.time(0), tzinfo=tz)
    if not isinstance(end, datetime.datetime):
        end = datetime.datetime.combine(
            end + datetime.timedelta(days=1), datetime.time(0), tzinfo=tz
        )
    return start, end


class OwnedQuerySet(models.QuerySet):
    def for_owner(self, user) -> "OwnedQuerySet":
        """The rows that belong to `user`; none for anyone who is not a patient."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)


# --- Triggers ------------------------------------------------------------------------


class TriggerQuerySet(models.QuerySet):
    def catalogue(self) -> "TriggerQuerySet":
        """The seeded triggers everyone can choose."""
        return self.filter(owner__isnull=True)

    def for_owner(self, user) -> "TriggerQuerySet":
        """The triggers `user` added themselves (not the catalogue)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)

    def available_to(self, user) -> "TriggerQuerySet":
        """The catalogue plus `user`'s own triggers: what their forms offer."""
        if not getattr(user, "is_authenticated", False):
            return self.catalogue()
        return self.filter(Q(owner__isnull=True) | Q(owner=user))


class Trigger(models.Model):
    """Something that may set off an attack or a flare: from the catalogue (owner empty)
    or added by one patient, and then private to them."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="diary_triggers",
    )
    name = models.CharField(max_length=60, validators=[validate_no_control_characters])

    objects = TriggerQuerySet.as_manager()

    class Meta:
        ordering = ["owner_id", "name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                condition=Q(owner__isnull=True),
                name="diary_trigger_catalogue_name_unique",
            ),
            models.UniqueConstraint(Lower("name"), "owner", name="diary_trigger_owner_name_unique"),
            models.CheckConstraint(condition=~Q(name=""), name="diary_trigger_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_own(self) -> bool:
        return self.owner_id is not None


# --- Migraine attacks ----------------------------------------------------------------


class MigraineAttackQuerySet(OwnedQuerySet):
    def ongoing(self) -> "MigraineAttackQuerySet":
        """Attacks without an end."""
        return self.filter(ended_at__isnull=True)

    def between(self, start, end, *, tz: zoneinfo.ZoneInfo | None = None):
        """Attacks present for any part of start..end.

        Aware datetimes bound the period as given (end exclusive); dates are local days in
        `tz` (default: the active time zone), end day included. Ongoing attacks run on."""
        start_at, end_at = _as_utc_bounds(start, end, tz)
        return self.filter(started_at__lt=end_at).filter(
            Q(ended_at__isnull=True) | Q(ended_at__gt=start_at) | Q(ended_at=start_at)
        )


# The choices that constraints check are at module level, where Meta can see them.


class AttackType(models.TextChoices):
    MIGRAINE = "migraine", "Migraine"
    HEADACHE = "headache", "Other headache"


class AttackLocation(models.TextChoices):
    LEFT = "left", "Left side"
    RIGHT = "right", "Right side"
    BOTH = "both", "Both sides"
    FRONT = "front", "Forehead or behind the eyes"
    BACK = "back", "Back of the head"
    WHOLE = "whole", "Whole head"


class AttackDisability(models.IntegerChoices):
    NONE = 0, "None: I carried on as usual"
    MILD = 1, "Mild: I carried on with some difficulty"
    MODERATE = 2, "Moderate: I had to cut back"
    SEVERE = 3, "Severe: I needed bed rest"


class MigraineAttack(models.Model):
    """A headache attack: a migraine, or another headache (a headache day, not a migraine day)."""

    AttackType = AttackType
    Location = AttackLocation
    Disability = AttackDisability

    class Symptom(models.TextChoices):
        NAUSEA = "nausea", "Nausea"
        VOMITING = "vomiting", "Vomiting"
        LIGHT = "light_sensitivity", "Sensitive to light"
        SOUND = "sound_sensitivity", "Sensitive to sound"
        SMELL = "smell_sensitivity", "Sensitive to smells"
        ALLODYNIA = "allodynia", "Skin sensitive to touch (allodynia)"
        NECK_PAIN = "neck_pain", "Neck pain"
        DIZZINESS = "dizziness", "Dizziness"
        FATIGUE = "fatigue", "Tiredness"
        BRAIN_FOG = "brain_fog", "Trouble thinking (brain fog)"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="migraine_attacks"
    )
    attack_type = models.CharField(
        max_length=20, choices=AttackType.choices, default=AttackType.MIGRAINE
    )
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    peak_intensity = models.PositiveSmallIntegerField(null=True, blank=True)
    aura = models.BooleanField(default=False)
    symptoms = models.JSONField(default=list, blank=True)
    location = models.CharField(max_length=20, choices=Location.choices, blank=True)
    disability = models.PositiveSmallIntegerField(choices=Disability.choices, null=True, blank=True)
    triggers = models.ManyToManyField(Trigger, blank=True, related_name="attacks")
    notes = models.TextField(
        max_length=NOTES_MAX_LENGTH, blank=True, validators=[validate_no_control_characters]
    )
    # A double-submitted form carries the same key and finds the attack it already made.
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MigraineAttackQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["owner", "started_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True) | Q(ended_at__gte=models.F("started_at")),
                name="diary_attack_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(peak_intensity__isnull=True)
                | Q(peak_intensity__gte=0, peak_intensity__lte=10),
                name="diary_attack_peak_intensity_range",
            ),
            models.CheckConstraint(
                condition=Q(disability__isnull=True)
                | Q(
                    disability__gte=min(AttackDisability.values),
                    disability__lte=max(AttackDisability.values),
                ),
                name="diary_attack_disability_range",
            ),
            models.CheckConstraint(
                condition=Q(attack_type__in=AttackType.values),
                name="diary_attack_type_valid",
            ),
            models.CheckConstraint(
                condition=Q(location__in=["", *AttackLocation.values]),
                name="diary_attack_location_valid",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("notes"), NOTES_MAX_LENGTH),
                name="diary_attack_notes_length",
            ),
            models.UniqueConstraint(
                fields=["owner"],
                condition=Q(ended_at__isnull=True),
                name="diary_attack_one_ongoing_per_owner",
                violation_error_message="You already have an attack in progress.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_attack_type_display()} on {timezone.localtime(self.started_at):%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("diary:attack-detail", args=[self.pk])

    @property
    def is_ongoing(self) -> bool:
        return self.ended_at is None

    @property
    def is_migraine(self) -> bool:
        return self.attack_type == self.AttackType.MIGRAINE

    @property
    def duration(self) -> datetime.timedelta | None:
        """True elapsed time (instants, so daylight-saving changes do not bend it); None
        while ongoing."""
        if self.ended_at is None:
            return None
        return self.ended_at - self.started_at

    def duration_so_far(self, now: datetime.datetime | None = None) -> datetime.timedelta:
        return (self.ended_at or now or timezone.now()) - self.started_at

    def symptom_labels(self) -> list[str]:
        labels = dict(self.Symptom.choices)
        return [labels.get(value, value) for value in self.symptoms or []]

    def to_record(self) -> insights.AttackRecord:
        return insights.AttackRecord(
            started_at=self.started_at,
            ended_at=self.ended_at,
            is_migraine=self.is_migraine,
            peak_intensity=self.peak_intensity,
        )

    def local_days(
        self, tz: zoneinfo.ZoneInfo | None = None, now: datetime.datetime | None = None
    ) -> list[datetime.date]:
        """The calendar days in `tz` (default: the active zone) the attack touches."""
        return insights.attack_days(
            self.to_record(),
            tz=tz or timezone.get_current_timezone(),
            now=now or timezone.now(),
        )


# --- Flares --------------------------------------------------------------------------


class FlareQuerySet(OwnedQuerySet):
    def ongoing(self) -> "FlareQuerySet":
        """Flares without an end."""
        return self.filter(ended_on__isnull=True)

    def between(self, start: datetime.date, end: datetime.date) -> "FlareQuerySet":
        """Flares with at least one day in start..end (both included; ongoing flares run on)."""
        return self.filter(started_on__lte=end).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gte=start)
        )


class FlareSeverity(models.IntegerChoices):
    MILD = 1, "Mild"
    MODERATE = 2, "Moderate"
    SEVERE = 3, "Severe"


class Flare(models.Model):
    """A flare of one of the patient's autoimmune conditions, in whole local days."""

    Severity = FlareSeverity

    class Symptom(models.TextChoices):
        JOINT_PAIN = "joint_pain", "Joint pain or swelling"
        FATIGUE = "fatigue", "Fatigue"
        RASH = "rash", "Rash"
        FEVER = "fever", "Fever"
        MOUTH_ULCERS = "mouth_ulcers", "Mouth ulcers"
        DRYNESS = "dry_eyes_mouth", "Dry eyes or mouth"
        NUMBNESS = "numbness", "Numbness or tingling"
        VISION = "vision_change", "Change in vision"
        GUT = "gut", "Gut symptoms"
        OTHER = "other", "Something else (say in the notes)"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flares"
    )
    condition = models.ForeignKey(Condition, on_delete=models.PROTECT, related_name="flares")
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices, default=Severity.MODERATE)
    symptoms = models.JSONField(default=list, blank=True)
    triggers = models.ManyToManyField(Trigger, blank=True, related_name="flares")
    notes = models.TextField(
        max_length=NOTES_MAX_LENGTH, blank=True, validators=[validate_no_control_characters]
    )
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FlareQuerySet.as_manager()

    class Meta:
        ordering = ["-started_on", "-pk"]
        indexes = [models.Index(fields=["owner", "started_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="diary_flare_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(
                    severity__gte=min(FlareSeverity.values), severity__lte=max(FlareSeverity.values)
                ),
                name="diary_flare_severity_range",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("notes"), NOTES_MAX_LENGTH),
                name="diary_flare_notes_length",
            ),
            models.UniqueConstraint(
                fields=["owner", "condition"],
                condition=Q(ended_on__isnull=True),
                name="diary_flare_one_ongoing_per_condition",
                violation_error_message="You already have an ongoing flare of this condition.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.condition} flare from {self.started_on:%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("diary:flare-detail", args=[self.pk])

    @property
    def is_ongoing(self) -> bool:
        return self.ended_on is None

    def days(self, today: datetime.date | None = None) -> int:
        """Days in the flare, both ends included (to today while ongoing)."""
        last = self.ended_on or today or timezone.localdate()
        return max((last - self.started_on).days + 1, 1)

    def symptom_labels(self) -> list[str]:
        labels = dict(self.Symptom.choices)
        return [labels.get(value, value) for value in self.symptoms or []]

    def to_record(self) -> insights.FlareRecord:
        """Needs the condition loaded (select_related("condition"))."""
        return insights.FlareRecord(
            condition=self.condition.slug, started_on=self.started_on, ended_on=self.ended_on
        )


# --- Medications and doses -----------------------------------------------------------


class MedicationCategory(models.TextChoices):
    TRIPTAN = "triptan", "Triptan (e.g. sumatriptan)"
    NSAID = "nsaid", "Anti-inflammatory painkiller (NSAID, e.g. ibuprofen)"
    SIMPLE_ANALGESIC = "simple_analgesic", "Simple painkiller (e.g. paracetamol, aspirin)"
    COMBINATION_ANALGESIC = "combination_analgesic", "Combination painkiller"
    OPIOID = "opioid", "Opioid (e.g. codeine)"
    ERGOT = "ergot", "Ergot (e.g. ergotamine)"
    GEPANT = "gepant", "Gepant (e.g. rimegepant)"
    DITAN = "ditan", "Ditan (lasmiditan)"
    ANTIEMETIC = "antiemetic", "Anti-sickness medicine"
    CGRP_ANTIBODY = "cgrp_antibody", "CGRP antibody (e.g. erenumab)"
    CORTICOSTEROID = "corticosteroid", "Steroid (e.g. prednisolone)"
    DMARD = "dmard", "DMARD (e.g. methotrexate, hydroxychloroquine)"
    BIOLOGIC = "biologic", "Biologic (e.g. adalimumab)"
    IMMUNOSUPPRESSANT = "immunosuppressant", "Immunosuppressant (e.g. azathioprine)"
    OTHER = "other", "Other"


class MedicationPurpose(models.TextChoices):
    ACUTE = "acute", "To treat an attack or pain when it happens"
    PREVENTIVE = "preventive", "To prevent attacks"
    DISEASE_MODIFYING = "disease_modifying", "To treat my autoimmune disease"


class Medication(models.Model):
    """A medicine on the patient's own list."""

    Category = MedicationCategory
    Purpose = MedicationPurpose

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="medications"
    )
    name = models.CharField(max_length=NAME_MAX_LENGTH, validators=[validate_no_control_characters])
    category = models.CharField(max_length=30, choices=Category.choices)
    purpose = models.CharField(max_length=30, choices=Purpose.choices)
    usual_amount = models.CharField(
        max_length=AMOUNT_MAX_LENGTH, blank=True, validators=[validate_no_control_characters]
    )
    # Shown as a one-tap button during an attack.
    usual_for_attacks = models.BooleanField(default=False)
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                "owner",
                name="diary_medication_owner_name_unique",
                violation_error_message="You already have a medication with this name.",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="diary_medication_name_not_empty"),
            models.CheckConstraint(
                condition=Q(category__in=MedicationCategory.values),
                name="diary_medication_category_valid",
            ),
            models.CheckConstraint(
                condition=Q(purpose__in=MedicationPurpose.values),
                name="diary_medication_purpose_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class MedicationDoseQuerySet(models.QuerySet):
    def for_owner(self, user) -> "MedicationDoseQuerySet":
        """Doses of `user`'s medications."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(medication__owner=user)

    def between(self, start, end, *, tz: zoneinfo.ZoneInfo | None = None):
        """Doses taken in start..end: aware datetimes (end exclusive) or local dates in `tz`
        (default: the active zone, end day included)."""
        start_at, end_at = _as_utc_bounds(start, end, tz)
        return self.filter(taken_at__gte=start_at, taken_at__lt=end_at)


class DoseRelief(models.TextChoices):
    NONE = "none", "No relief"
    PARTIAL = "partial", "Some relief"
    FULL = "full", "Pain gone"


class MedicationDose(models.Model):
    """One intake of a medication, perhaps for an attack."""

    Relief = DoseRelief

    medication = models.ForeignKey(Medication, on_delete=models.CASCADE, related_name="doses")
    taken_at = models.DateTimeField()
    amount = models.CharField(
        max_length=AMOUNT_MAX_LENGTH, blank=True, validators=[validate_no_control_characters]
    )
    attack = models.ForeignKey(
        MigraineAttack,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="doses",
    )
    relief = models.CharField(
        "relief after two hours", max_length=10, choices=Relief.choices, blank=True
    )
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MedicationDoseQuerySet.as_manager()

    class Meta:
        ordering = ["-taken_at", "-pk"]
        indexes = [models.Index(fields=["medication", "taken_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(relief__in=["", *DoseRelief.values]),
                name="diary_dose_relief_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.medication} at {timezone.localtime(self.taken_at):%d %b %Y %H:%M}"

    def to_record(self) -> insights.DoseRecord:
        """Needs the medication loaded (select_related("medication"))."""
        return insights.DoseRecord(
            taken_at=self.taken_at,
            category=self.medication.category,
            purpose=self.medication.purpose,
        )


# --- Daily check-ins -----------------------------------------------------------------


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
                violation_error_message="There is already a check-in for this day.",
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
                for score in ("stress", "fatigue", "joint_pain")
            ],
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("notes"), NOTES_MAX_LENGTH),
                name="diary_checkin_notes_length",
            ),
        ]

    def __str__(self) -> str:
        return f"Check-in for {self.day:%d %b %Y}"

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
