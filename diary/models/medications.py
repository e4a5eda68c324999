"""The patient's own medication list and each dose taken."""

import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone

from diary import insights
from diary.models.attacks import MigraineAttack
from diary.models.base import (
    AMOUNT_MAX_LENGTH,
    NAME_MAX_LENGTH,
    OwnedQuerySet,
    as_utc_bounds,
    validate_no_control_characters,
)


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
        start_at, end_at = as_utc_bounds(start, end, tz)
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
