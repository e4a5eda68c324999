"""Turning push reminders on and off for one device: JSON endpoints static/js/push.js calls
from the reminders page, and static/js/installable.js at logout (diary/push.py)."""

import json

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import AuthenticatedRequest, patient_required, session_or_401
from diary import push

MAX_BODY_BYTES = 4 * 1024


def _body(request: AuthenticatedRequest) -> object:
    if len(request.body) > MAX_BODY_BYTES:
        raise push.SubscriptionRefused("This is too long to be a push subscription.")
    try:
        return json.loads(request.body)
    except (ValueError, RecursionError):
        raise push.SubscriptionRefused("This is not valid JSON.") from None


@session_or_401
@patient_required
@require_POST
def push_subscribe(request: AuthenticatedRequest) -> JsonResponse:
    """Keep this browser's push subscription (its PushSubscription.toJSON()). 201 when
    kept; 422 with the reason, keeping nothing, for anything else."""
    try:
        push.subscription_save(owner=request.user, data=_body(request))
    except push.SubscriptionRefused as refusal:
        return JsonResponse({"error": str(refusal)}, status=422)
    return JsonResponse(
        {"message": _("Reminders will also come as notifications on this device.")}, status=201
    )


@session_or_401
@patient_required
@require_POST
def push_unsubscribe(request: AuthenticatedRequest) -> JsonResponse:
    """Forget this browser's push subscription: {"endpoint": ...}. 200 whether or not there
    was one (another account's is never touched)."""
    try:
        data = _body(request)
    except push.SubscriptionRefused as refusal:
        return JsonResponse({"error": str(refusal)}, status=422)
    endpoint = data.get("endpoint") if isinstance(data, dict) else None
    push.subscription_delete(owner=request.user, endpoint=endpoint)
    return JsonResponse({"message": _("No more notifications on this device.")})
