"""Importing a diary from a file (/diary/imports/): upload, preview, confirm, then keep or
undo. The file is parsed once, on upload, into the patient's own ImportBatch; the preview
and the import read that, never anything the browser sends back but the label choices."""

import logging

from django import forms
from django.contrib import messages
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats
from django.utils.text import format_lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from accounts.decorators import AuthenticatedRequest, patient_required
from diary.imports import preview
from diary.imports import progress as import_progress
from diary.imports.files import MAX_FILE_BYTES, ImportRefused, megabytes
from diary.imports.plan import import_plan
from diary.imports.services import import_keep as keep_batch
from diary.imports.services import (
    import_read,
    import_start,
    import_undo,
    profile_changes,
)
from diary.models import ImportBatch, Trigger

security_log = logging.getLogger("overlap.security")


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Your exported file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.zip,text/csv,application/zip"}),
        help_text=format_lazy(
            _(
                "A CSV file, or Overlap's own zip, up to {size}. Nothing is saved until you "
                "have seen the preview and confirmed it."
            ),
            size=megabytes(MAX_FILE_BYTES),
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                gettext(
                    "This file is larger than %(size)s, the most Overlap imports at once. "
                    "Export a shorter period, or split the file."
                )
                % {"size": megabytes(MAX_FILE_BYTES)}
            )
        return upload


@patient_required
@require_http_methods(["GET", "POST"])
def import_list(request: AuthenticatedRequest) -> HttpResponse:
    """The upload form and the patient's earlier imports."""
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = import_read(
                patient=request.user, file_name=upload.name or "", data=upload.read()
            )
        except ImportRefused as error:
            form.add_error("file", str(error))
        else:
            security_log.info("import preview format=%s user=%s", batch.format, request.user.pk)
            return redirect("diary:import-detail", pk=batch.pk)
    batches = ImportBatch.objects.for_owner(request.user)[:20]
    return render(request, "diary/imports/import_list.html", {"form": form, "batches": batches})


@patient_required
def import_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A batch: its preview while it waits, else what it imported."""
    batch = get_object_or_404(ImportBatch.objects.for_owner(request.user), pk=pk)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    tz = request.user.tzinfo
    context: dict = {"batch": batch, "format_label": preview.format_label(batch.format)}
    if batch.state == ImportBatch.State.PREVIEW:
        # "Show the preview with these choices" sends them here; nothing is saved.
        mapping = choices_from(request.GET)
        plan = import_plan(batch=batch, mapping=mapping)
        refused = batch.parsed.get("refused", []) + plan.refused
        context |= {
            "plan": plan,
            "counts": preview.counts_sentence(plan.counts(), done=False),
            "duplicates": preview.duplicates_sentence(plan.duplicates),
            "rows": preview.first_rows(
                plan.create,
                tz,
                {
                    f"id:{trigger.pk}": trigger.name
                    for trigger in Trigger.objects.available_to(request.user)
                },
            ),
            "refused": [(preview.where(item), item["reason"]) for item in refused],
            "notices": batch.parsed.get("notices", []),
            "profile": preview.profile_sentences(
                profile_changes(batch), batch.parsed.get("profile"), request.user.email
            ),
            "can_import": bool(plan.create) or bool(profile_changes(batch)),
            "background_error": batch.mapping.get("error", ""),
            "labels": [(label, mapping.get(label.key, label.default)) for label in plan.labels],
        }
    elif batch.state == ImportBatch.State.QUEUED:
        context["progress"] = _progress(batch)
    else:
        context["counts"] = preview.counts_sentence(batch.record_counts(), done=True)
    return render(request, "diary/imports/import_detail.html", context)


@patient_required
def import_status(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The batch's state, for the page that waits for a background import."""
    batch = get_object_or_404(ImportBatch.objects.for_owner(request.user), pk=pk)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    status: dict = {"state": batch.state, "label": batch.get_state_display()}
    if batch.state == ImportBatch.State.QUEUED:
        status["progress"] = _progress(batch)
    return JsonResponse(status)


def _progress(batch: ImportBatch) -> dict:
    """How far the worker has got with a queued batch: entries saved, entries in all (as
    counted when it was queued, until the job records its own) and the words for it."""
    known = import_progress.read(batch.pk)
    done, total = known if known else (0, int(batch.mapping.get("total", 0)))
    return {"done": done, "total": total, "text": import_progress.words(done, total)}


def choices_from(data: QueryDict) -> dict[str, str]:
    """The patient's choice for each unknown name (fields "map:<label key>"); import_plan
    keeps only choices it offered."""
    return {name[4:]: str(data[name]) for name in data if name.startswith("map:")}


def _batch_for_post(request: AuthenticatedRequest, pk: int) -> ImportBatch | None:
    """The patient's batch (another's is a 404 for every method, not a 405), or None when
    the method is not POST."""
    batch = get_object_or_404(ImportBatch.objects.for_owner(request.user), pk=pk)
    return batch if request.method == "POST" else None


@patient_required
def import_apply(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Import the previewed batch with the patient's label choices, all or nothing (or,
    for "Show the preview with these choices", go back to the preview with them)."""
    batch = _batch_for_post(request, pk)
    if batch is None:
        return HttpResponseNotAllowed(["POST"])
    mapping = choices_from(request.POST)
    if request.POST.get("action") == "preview":
        # Only the choices travel in the address, never the form's CSRF token.
        query = QueryDict(mutable=True)
        query.update({f"map:{key}": value for key, value in mapping.items()})
        return redirect(f"{batch.get_absolute_url()}?{query.urlencode()}")
    try:
        counts = import_start(batch=batch, mapping=mapping)
    except ImportRefused as error:
        messages.error(request, str(error))
    else:
        security_log.info("import started format=%s user=%s", batch.format, request.user.pk)
        if counts is None:
            messages.info(
                request,
                gettext(
                    "This is a large file: Overlap is importing it in the background. This "
                    "page shows the result when it is done; you can leave it meanwhile."
                ),
            )
        else:
            messages.success(request, preview.counts_sentence(counts, done=True))
    return redirect("diary:import-detail", pk=batch.pk)


@patient_required
def import_undo_view(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Undo an import whole (or cancel a preview)."""
    batch = _batch_for_post(request, pk)
    if batch is None:
        return HttpResponseNotAllowed(["POST"])
    was_preview = batch.state == ImportBatch.State.PREVIEW
    try:
        removed = import_undo(batch=batch)
    except ImportRefused as error:
        messages.error(request, str(error))
        return redirect("diary:import-detail", pk=batch.pk)
    if was_preview:
        messages.success(request, gettext("The import was cancelled; nothing was saved."))
    else:
        messages.success(
            request,
            ngettext(
                "The import was undone: %(count)s entry removed.",
                "The import was undone: %(count)s entries removed.",
                removed,
            )
            % {"count": formats.number_format(removed, force_grouping=True)},
        )
    return redirect("diary:import-list")


@patient_required
def import_keep(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The patient says the import is right: it stays."""
    batch = _batch_for_post(request, pk)
    if batch is None:
        return HttpResponseNotAllowed(["POST"])
    try:
        keep_batch(batch=batch)
    except ImportRefused as error:
        messages.error(request, str(error))
    else:
        messages.success(request, gettext("The import is kept. Each entry can still be edited."))
    return redirect("diary:import-detail", pk=batch.pk)
