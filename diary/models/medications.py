"""The patient's own medication list and each dose taken."""

import datetime
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from diary import insights
from diary.models.attacks import MigraineAttack
from diary.models.base import (
    AMOUNT_MAX_LENGTH,
    NAME_MAX_LENGTH,
    OwnedQuerySet,
    as_utc_bounds,
    short_date,
    validate_no_control_characters,
)
from education.medication_kinds import MedicationCategory, MedicationPurpose


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
    # The local day the patient started a preventive or disease-modifying medicine, as they
    # gave it; None when they did not (its first logged dose's day stands in, and says so).
    started_on = models.DateField(null=True, blank=True)
    # The catalogue entry the name matches (generic or brand), whose kind the medication
    # takes; none for a medicine the catalogue does not know.
    catalogue_entry = models.ForeignKey(
        "education.Medicine",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
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
                violation_error_message=_("You already have a medication with this name."),
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

    def awaiting_relief(self, *, now: datetime.datetime) -> "MedicationDoseQuerySet":
        """Doses for attacks (acute, not a preventive-only kind) taken at least two hours
        before `now` whose relief is neither answered nor dismissed, oldest first."""
        return (
            self.filter(
                medication__purpose=MedicationPurpose.ACUTE,
                relief="",
                relief_dismissed=False,
                taken_at__lte=now - RELIEF_QUESTION_AFTER,
            )
            .exclude(medication__category__in=insights.PREVENTIVE_ONLY_CATEGORIES)
            .order_by("taken_at", "pk")
        )


class DoseRelief(models.TextChoices):
    """How much a dose helped, asked two hours after it. "partial" is the older middle
    answer, kept readable; new answers choose between "a little" and "a lot"."""

    NONE = "none", _("No relief")
    LITTLE = "little", _("A little relief")
    PARTIAL = "partial", _("Some relief")
    LOT = "lot", _("A lot of relief")
    FULL = "full", _("Pain gone")


# The answers offered now, in the order of the question "Did it help?".
RELIEF_ANSWERS = [
    (DoseRelief.NONE, pgettext_lazy("did the medicine help?", "No")),
    (DoseRelief.LITTLE, pgettext_lazy("did the medicine help?", "A little")),
    (DoseRelief.LOT, pgettext_lazy("did the medicine help?", "A lot")),
    (DoseRelief.FULL, pgettext_lazy("did the medicine help?", "Fully")),
]

# The relief question waits this long after a dose.
RELIEF_QUESTION_AFTER = datetime.timedelta(hours=2)


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
        _("relief after two hours"), max_length=10, choices=Relief.choices, blank=True
    )
    # "Don't ask" on the home page's relief question: relief stays unknown.
    relief_dismissed = models.BooleanField(default=False)
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
        return gettext("%(medicine)s at %(when)s") % {
            "medicine": self.medication,
            "when": short_date(timezone.localtime(self.taken_at), with_time=True),
        }

    def answer_relief(self, answer: str) -> None:
        """Save the answer to "Did it help?" (a value of RELIEF_ANSWERS)."""
        self.relief = answer
        self.save(update_fields=["relief"])

    def dismiss_relief(self) -> None:
        """Stop asking about this dose; its relief stays unknown."""
        self.relief_dismissed = True
        self.save(update_fields=["relief_dismissed"])

    def to_record(self) -> insights.DoseRecord:
        """Needs the medication loaded (select_related("medication"))."""
        return insights.DoseRecord(
            taken_at=self.taken_at,
            category=self.medication.category,
            purpose=self.medication.purpose,
            medication=self.medication_id,
        )
