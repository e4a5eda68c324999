"""The patient's downloads of all their data: a zip of CSV files and a FHIR R4 Bundle
(docs/exports.md; the files themselves are made in diary/exports/)."""

import logging
from collections.abc import Iterator

from django.http import HttpRequest, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts.decorators import AuthenticatedRequest, password_confirmed, patient_required
from diary import exports

security_log = logging.getLogger("overlap.security")


def _download(
    request: HttpRequest,
    pieces: Iterator[bytes],
    *,
    kind: str,
    extension: str,
    content_type: str,
) -> StreamingHttpResponse:
    """The file streamed as it is made: the first bytes leave at once, and memory stays
    that of a chunk of rows however long the diary."""
    day = timezone.localdate().isoformat()
    response = StreamingHttpResponse(pieces, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="overlap-{kind}-{day}.{extension}"'
    # The line names the format and the account, never what the diary holds.
    security_log.info("export format=%s user=%s", kind, request.user.pk)
    return response


@patient_required
@require_GET
@password_confirmed
def export_csv(request: AuthenticatedRequest) -> StreamingHttpResponse:
    """All the patient's data as a zip of CSV files (docs/exports.md)."""
    pieces = exports.csv_export_stream(request.user)
    return _download(request, pieces, kind="csv", extension="zip", content_type="application/zip")


@patient_required
@require_GET
@password_confirmed
def export_fhir(request: AuthenticatedRequest) -> StreamingHttpResponse:
    """All the patient's data as a FHIR R4 Bundle (docs/exports.md)."""
    return _download(
        request,
        exports.fhir_export_stream(request.user),
        kind="fhir",
        extension="json",
        content_type="application/fhir+json",
    )
