"""Appointments the patient records, each with the visit pack made for it: the period since
the previous appointment, the figures its specialty asks first, and the patient's questions."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext, gettext_lazy

from diary.models.base import OwnedQuerySet, short_date

# The most questions a visit pack keeps, and the longest each may be (the pack's form and
# Overlap's import both hold them to this).
QUESTIONS_MAX = 15
QUESTION_MAX_CHARS = 300


class Specialty(models.TextChoices):
    NEUROLOGY = "neurology", gettext_lazy("Neurology (migraine and headache)")
    RHEUMATOLOGY = "rheumatology", gettext_lazy("Rheumatology (autoimmune disease)")
    OTHER = "other", gettext_lazy("Another specialty")


class AppointmentQuerySet(OwnedQuerySet):
    pass


class Appointment(models.Model):
    """One appointment with a specialist, and the questions the patient will bring.

    `questions` is None until the pack is first opened, when Overlap drafts them from the
    diary (diary.insights.visit); from then on it holds the patient's own list, in their
    order, edited or emptied as they chose."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appointments"
    )
    day = models.DateField(gettext_lazy("date of the appointment"))
    specialty = models.CharField(max_length=20, choices=Specialty.choices)
    questions = models.JSONField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        ordering = ["-day", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(specialty__in=Specialty.values),
                name="diary_appointment_specialty_valid",
            ),
        ]

    def __str__(self) -> str:
        return gettext("%(kind)s on %(day)s") % {
            "kind": self.get_specialty_display(),
            "day": short_date(self.day),
        }
