"""The medicine catalogue as the medication form's suggestions see it."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from accounts.decorators import AuthenticatedRequest, patient_required
from diary.models import NAME_MAX_LENGTH
from education.models import Medicine


@patient_required
@require_GET
def medication_catalogue(request: AuthenticatedRequest) -> JsonResponse:
    """The catalogue entries whose generic or brand name contains ?q= (case and accents
    ignored), for the suggestions of the medication form."""
    query = request.GET.get("q", "")[:NAME_MAX_LENGTH]
    return JsonResponse(
        {
            "results": [
                {
                    "name": name,
                    "generic_name": medicine.generic_name,
                    "kind": medicine.kind,
                    "kind_label": medicine.get_kind_display(),
                    "purpose": medicine.usual_purpose,
                    "purpose_label": medicine.get_usual_purpose_display(),
                    "amount": medicine.default_amount,
                }
                for medicine, name in Medicine.objects.search(query)
            ]
        }
    )
