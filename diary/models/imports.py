"""Imports: a file of another diary (or Overlap's own export) read into the patient's diary.

An ImportBatch holds the parsed rows (JSON, owned by the patient) from the upload to the
import, so nothing of the file is trusted from the browser between the preview and the
confirmation. Every row it saves is linked back to it by an ImportedRecord (batch, row
number in the file), so the whole import can be undone until the patient keeps it."""

from collections import Counter

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from diary.models.attacks import MigraineAttack
from diary.models.base import OwnedQuerySet
from diary.models.checkins import DailyCheckIn
from diary.models.flares import Flare
from diary.models.headache_free import HeadacheFreeDay
from diary.models.medications import Medication, MedicationDose
from diary.models.questionnaires import QuestionnaireResponse
from diary.models.triggers import Trigger


class ImportFormat(models.TextChoices):
    OVERLAP = "overlap", _("Overlap's own export (CSV, zip)")
    MIGRAINE_BUDDY = "migraine_buddy", _("Migraine Buddy (CSV)")
    AIDING_MIGRAINE = "aiding_migraine", _("Aiding Migraine (CSV)")
    BEARABLE = "bearable", _("Bearable (CSV)")
    FLAREDOWN = "flaredown", _("Flaredown (CSV)")


class ImportState(models.TextChoices):
    PREVIEW = "preview", _("Waiting for your confirmation")
    QUEUED = "queued", _("Importing in the background")
    IMPORTED = "imported", _("Imported: you can still undo it")
    KEPT = "kept", _("Imported and kept")
    UNDONE = "undone", _("Undone or cancelled")


class ImportBatch(models.Model):
    """One uploaded file, from its preview to its import (and perhaps its undoing)."""

    Format = ImportFormat
    State = ImportState

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_batches"
    )
    format = models.CharField(max_length=20, choices=Format.choices)
    file_name = models.CharField(max_length=255, blank=True)
    # sha256 of the file's bytes: the same file imported again adds nothing.
    file_hash = models.CharField(max_length=64)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PREVIEW)
    # What the parser read: rows as they will be saved, rows refused and why, unknown labels.
    parsed = models.JSONField(default=dict, blank=True)
    # The patient's choice for each unknown label, and what the import changed in the
    # profile (so an undo puts it back).
    mapping = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    imported_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(format__in=ImportFormat.values), name="diary_importbatch_format_valid"
            ),
            models.CheckConstraint(
                condition=Q(state__in=ImportState.values), name="diary_importbatch_state_valid"
            ),
            # A file is in the diary at most once.
            models.UniqueConstraint(
                fields=["owner", "file_hash"],
                condition=Q(state__in=["queued", "imported", "kept"]),
                name="diary_importbatch_one_import_per_file",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_format_display()} import of {self.created_at:%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("diary:import-detail", args=[self.pk])

    def record_counts(self) -> Counter:
        """How many entries of each kind (attack, dose, flare, checkin, headache_free_day,
        questionnaire, medication, trigger) the batch saved."""
        counts: Counter = Counter()
        kinds = (
            "attack",
            "dose",
            "flare",
            "checkin",
            "headache_free_day",
            "questionnaire",
            "medication",
            "trigger",
        )
        for record in self.records.all():
            for kind in kinds:
                if getattr(record, f"{kind}_id"):
                    counts[kind] += 1
        return counts

    @property
    def can_undo(self) -> bool:
        return self.state in (ImportState.PREVIEW, ImportState.IMPORTED)


class ImportedRecord(models.Model):
    """One row a batch saved: which row of the file, and the entry it became (one of them)."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="records")
    # The file inside a zip ("attacks.csv"), empty for a single CSV file.
    part = models.CharField(max_length=40, blank=True)
    row = models.PositiveIntegerField()
    attack = models.ForeignKey(MigraineAttack, on_delete=models.CASCADE, null=True, blank=True)
    flare = models.ForeignKey(Flare, on_delete=models.CASCADE, null=True, blank=True)
    medication = models.ForeignKey(Medication, on_delete=models.CASCADE, null=True, blank=True)
    dose = models.ForeignKey(MedicationDose, on_delete=models.CASCADE, null=True, blank=True)
    checkin = models.ForeignKey(DailyCheckIn, on_delete=models.CASCADE, null=True, blank=True)
    trigger = models.ForeignKey(Trigger, on_delete=models.CASCADE, null=True, blank=True)
    headache_free_day = models.ForeignKey(
        HeadacheFreeDay, on_delete=models.CASCADE, null=True, blank=True
    )
    questionnaire = models.ForeignKey(
        QuestionnaireResponse, on_delete=models.CASCADE, null=True, blank=True
    )

    class Meta:
        ordering = ["batch", "row", "pk"]
        indexes = [models.Index(fields=["batch", "row"])]

    def __str__(self) -> str:
        return f"Row {self.row} of {self.batch}"
