"""The quick log that works with no connection: a blank page the service worker keeps,
the patient's medicines and attack in progress as JSON for it, and the batch endpoint its
outbox syncs through."""

import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST

from accounts.decorators import AuthenticatedRequest, patient_required, session_or_401
from diary import offline_sync
from diary.models import RELIEF_ANSWERS, Medication, MigraineAttack
from diary.models.medications import RELIEF_QUESTION_AFTER
from diary.views.entries import QUICK_START_MINUTES

# The home page's rules for the one-tap medicines and the relief questions, shared so both
# pages offer the same.
from diary.views.home import _attack_medications as attack_medications
from diary.views.home import _relief_questions as relief_questions


@patient_required
@require_GET
@ensure_csrf_cookie
def quick_log(request: AuthenticatedRequest) -> HttpResponse:
    """The quick-log page. It holds no diary data, so the service worker may keep it for
    offline use: static/js/quick-log.js fills it from quick_log_state (or, offline, from
    what it kept on the phone) and saves every tap to the phone's outbox first."""
    return render(request, "diary/quick_log.html", {"quick_start_minutes": QUICK_START_MINUTES[1:]})


@session_or_401
@patient_required
@require_GET
def quick_log_state(request: AuthenticatedRequest) -> JsonResponse:
    """What the quick log shows: the one-tap medicines, the attack in progress, the doses
    to ask "Did it help?" about and its answers."""
    user = request.user
    now = timezone.now()
    ongoing = MigraineAttack.objects.for_owner(user).ongoing().first()
    return JsonResponse(
        {
            "account": str(user.uuid),
            "medications": [
                {"id": medication.pk, "name": medication.name, "amount": medication.usual_amount}
                for medication in attack_medications(list(Medication.objects.for_owner(user)))
            ],
            "ongoing": (
                {"id": ongoing.pk, "started_at": ongoing.started_at.isoformat()}
                if ongoing
                else None
            ),
            "relief_questions": [
                {"id": dose.pk, "name": dose.medication.name, "taken_at": dose.taken_at.isoformat()}
                for dose in relief_questions(user, now)
            ],
            "relief_answers": [[str(value), label] for value, label in RELIEF_ANSWERS],
            "relief_after_minutes": int(RELIEF_QUESTION_AFTER.total_seconds() // 60),
        }
    )


@session_or_401
@patient_required
@require_POST
def sync(request: AuthenticatedRequest) -> JsonResponse:
    """Take a batch of the outbox's actions: {"items": [...]}. Answers 200 with one answer
    per item (diary/offline_sync.py), or for the batch as a whole 400 (not JSON, not a
    batch) or 413 (too big), saving nothing."""
    try:
        length = int(request.headers.get("Content-Length") or 0)
    except ValueError:
        length = 0
    if length > offline_sync.MAX_BODY_BYTES or len(request.body) > offline_sync.MAX_BODY_BYTES:
        return _batch_refused(
            413,
            gettext("Send at most %(size)s KB in one batch.")
            % {"size": offline_sync.MAX_BODY_BYTES // 1024},
        )
    try:
        batch = json.loads(request.body)
    except (ValueError, RecursionError):
        return _batch_refused(400, gettext("This is not valid JSON."))
    items = batch.get("items") if isinstance(batch, dict) else None
    if not isinstance(items, list):
        return _batch_refused(400, gettext('Send a JSON object with a list of "items".'))
    if len(items) > offline_sync.MAX_ITEMS:
        return _batch_refused(
            413,
            gettext("Send at most %(count)s items in one batch.")
            % {"count": offline_sync.MAX_ITEMS},
        )
    return JsonResponse({"results": offline_sync.sync_batch(owner=request.user, items=items)})


def _batch_refused(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)
