"""The patient's downloads of all their data: a zip of CSV files and a FHIR R4 Bundle
(docs/exports.md; the files themselves are made in diary/exports/)."""

import json
import logging

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts.decorators import password_confirmed, patient_required
from diary import exports

security_log = logging.getLogger("overlap.security")


def _download(
    request: HttpRequest, content: bytes, *, kind: str, extension: str, content_type: str
) -> HttpResponse:
    day = timezone.localdate().isoformat()
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="overlap-{kind}-{day}.{extension}"'
    # The line names the format and the account, never what the diary holds.
    security_log.info("export format=%s user=%s", kind, request.user.pk)
    return response


@patient_required
@require_GET
@password_confirmed
def export_csv(request: HttpRequest) -> HttpResponse:
    """All the patient's data as a zip of CSV files (docs/exports.md)."""
    content = exports.csv_export(request.user)
    return _download(request, content, kind="csv", extension="zip", content_type="application/zip")


@patient_required
@require_GET
@password_confirmed
def export_fhir(request: HttpRequest) -> HttpResponse:
    """All the patient's data as a FHIR R4 Bundle (docs/exports.md)."""
    content = json.dumps(exports.fhir_export(request.user), ensure_ascii=False, indent=1)
    return _download(
        request,
        content.encode(),
        kind="fhir",
        extension="json",
        content_type="application/fhir+json",
    )
