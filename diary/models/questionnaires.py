"""Validated questionnaires: the instruments a patient keeps on a schedule, their answers
(paused drafts and completed responses), and the wording a site operator supplies for
instruments Overlap may score but not reproduce (diary/instruments/)."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from diary.instruments import Instrument, instrument
from diary.models.base import OwnedQuerySet

SLUG_MAX_LENGTH = 20


class InstrumentWording(models.Model):
    """The item and answer texts of a scoring-only instrument, from a file the site operator
    supplies under their own licence (manage.py load_instrument_wording). Not people's data:
    the operator's, loaded again from their file."""

    slug = models.CharField(max_length=SLUG_MAX_LENGTH, unique=True)
    wording = models.JSONField()
    licence = models.TextField()
    loaded_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Wording for {self.slug}"


class KeptInstrumentQuerySet(OwnedQuerySet):
    pass


class KeptInstrument(models.Model):
    """An instrument the patient chose to keep: it comes due every `interval_days`."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="kept_instruments"
    )
    slug = models.CharField(max_length=SLUG_MAX_LENGTH)
    interval_days = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    objects = KeptInstrumentQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "slug"], name="diary_keptinstrument_one_per_owner"
            ),
            models.CheckConstraint(
                condition=models.Q(interval_days__gte=1), name="diary_keptinstrument_interval"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.slug} every {self.interval_days} days"


class QuestionnaireResponseQuerySet(OwnedQuerySet):
    def completed(self) -> "QuestionnaireResponseQuerySet":
        """Completed responses, newest first."""
        return self.filter(status=QuestionnaireResponse.Status.COMPLETED).order_by(
            "-completed_at", "-pk"
        )

    def drafts(self) -> "QuestionnaireResponseQuerySet":
        """Paused, unsubmitted answers."""
        return self.filter(status=QuestionnaireResponse.Status.DRAFT)


class QuestionnaireResponse(models.Model):
    """One filling-in of an instrument: a paused draft (partial answers, no score) or a
    completed response with its score and band as scored when it was submitted.

    Written only through diary.questionnaires (response_pause, response_submit)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Paused")
        COMPLETED = "completed", _("Completed")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="questionnaire_responses"
    )
    slug = models.CharField(max_length=SLUG_MAX_LENGTH)
    version = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    # Item id -> the answer's value as text ("3", "0.5"), exactly as chosen.
    answers = models.JSONField(default=dict)
    total = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    band = models.CharField(max_length=120, blank=True)
    subscales = models.JSONField(default=dict)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    objects = QuestionnaireResponseQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "slug"],
                condition=models.Q(status="draft"),
                name="diary_questionnaireresponse_one_draft",
                violation_error_message=_("This questionnaire already has paused answers."),
            ),
            models.CheckConstraint(
                condition=models.Q(status="draft")
                | models.Q(total__isnull=False, completed_at__isnull=False),
                name="diary_questionnaireresponse_completed_scored",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=["draft", "completed"]),
                name="diary_questionnaireresponse_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.slug} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("diary:questionnaire-response", args=[self.pk])

    @property
    def instrument(self) -> Instrument | None:
        return instrument(self.slug)

    @property
    def needs_urgent_help(self) -> bool:
        """Whether an answer on the instrument's safety item (PHQ-9 item 9, thoughts of
        self-harm) is above zero: the urgent-help information shows wherever it is seen."""
        known = self.instrument
        if known is None or not known.safety_item:
            return False
        value = self.answers.get(known.safety_item)
        return value is not None and Decimal(str(value)) > 0
