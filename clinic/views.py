"""The clinician's read-only, audited surface: the list of patients who share their diary
with them, and each one's timeline, its chart data and report.

Every page reads the share afresh (a revoked or expired share is a 404 at once) and records
what the clinician read, for the patient to see. The pages themselves are the patient's
own, rendered by diary's views for this audience; nothing here writes to a diary.
"""

import datetime
import uuid

from django.db import models
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts.decorators import AuthenticatedRequest, clinician_required, has_totp
from accounts.models import AccessEvent, CareShare, User
from accounts.services import access_record
from diary import insights
from diary.models import DailyCheckIn, Flare, MedicationDose, MigraineAttack
from diary.period import Period, PeriodForm
from diary.views.home import last_days_summary
from diary.views.report import render_report, report_notes
from diary.views.timeline import timeline_context, timeline_overview

SUMMARY_DAYS = 30


def home(request: AuthenticatedRequest) -> HttpResponse:
    """A clinician's home page: their patients once they have set up TOTP; until then, how
    to set it up (config/views.py's `home` sends clinicians here)."""
    if not request.user.is_staff and has_totp(request.user):
        return render_patient_list(request)
    return render(request, "clinic/clinician_home.html")


@clinician_required
@require_GET
def patient_list(request: AuthenticatedRequest) -> HttpResponse:
    """The clinician's patients: those with a live share with them."""
    return render_patient_list(request)


@clinician_required
@require_GET
def timeline(request: AuthenticatedRequest, patient_uuid: uuid.UUID) -> HttpResponse:
    """A shared patient's timeline and insights, read-only; notes only if shared."""
    share = _live_share(request, patient_uuid, what=AccessEvent.What.TIMELINE)
    patient = share.patient
    today = timezone.localdate(timezone.now(), patient.tzinfo)
    period = PeriodForm(request.GET, today=today).period
    data_url = reverse("clinic:timeline-data", args=[patient.uuid])
    notes, more_notes = (
        report_notes(patient, start=period.start, end=period.end)
        if share.include_notes
        else ([], False)
    )
    context = {
        **timeline_context(patient, period, today=today, data_url=data_url),
        "range_url": request.path,
        "clinic_share": share,
        "patient": patient,
        "notes": notes,
        "more_notes": more_notes,
    }
    return render(request, "diary/timeline.html", context)


@clinician_required
@require_GET
def timeline_data(request: AuthenticatedRequest, patient_uuid: uuid.UUID) -> JsonResponse:
    """The shared patient's chart data as JSON, as /timeline/data.json gives the patient;
    with their notes for the period only when the share includes them."""
    share = _live_share(request, patient_uuid, what=AccessEvent.What.TIMELINE_DATA)
    patient = share.patient
    today = timezone.localdate(timezone.now(), patient.tzinfo)
    form = PeriodForm(request.GET, today=today)
    if not form.is_valid():
        return JsonResponse({"error": form.error}, status=400)
    _, data = timeline_overview(patient, form.period)
    if share.include_notes:
        notes, _ = report_notes(patient, start=form.period.start, end=form.period.end)
        data["notes"] = [
            {
                "day": note["day"].isoformat(),
                "day_label": note["day_label"],
                "kind": note["kind"],
                "text": note["text"],
            }
            for note in notes
        ]
    return JsonResponse(data)


@clinician_required
@require_GET
def report(request: AuthenticatedRequest, patient_uuid: uuid.UUID) -> HttpResponse:
    """A shared patient's report, read-only; notes only if shared."""
    share = _live_share(request, patient_uuid, what=AccessEvent.What.REPORT)
    return render_report(
        request, patient=share.patient, include_notes=share.include_notes, clinic_share=share
    )


def render_patient_list(request: AuthenticatedRequest) -> HttpResponse:
    """The clinician's patients at a glance, each read recorded as a summary view."""
    shares = (
        CareShare.objects.live()
        .for_clinician(request.user)
        .select_related("patient", "clinician")
        .order_by("patient__display_name", "patient__email")
    )
    patients = []
    for share in shares:
        access_record(share=share, what=AccessEvent.What.SUMMARY)
        patients.append(_summary(share))
    return render(request, "clinic/patient_list.html", {"patients": patients})


def _live_share(
    request: AuthenticatedRequest, patient_uuid: uuid.UUID, *, what: AccessEvent.What
) -> CareShare:
    """The clinician's live share for this patient, after recording that they read `what`.

    No live share (never shared, revoked, expired, another clinician's): a 404, read
    afresh on every request so that revocation takes effect at once.
    """
    share = (
        CareShare.objects.live()
        .for_clinician(request.user)
        .filter(patient__uuid=patient_uuid)
        .select_related("patient", "clinician")
        .order_by("-accepted_at")
        .first()
    )
    if share is None:
        raise Http404
    access_record(share=share, what=what)
    return share


def _summary(share: CareShare) -> dict:
    """One row of the clinician's list: what a patient's diary shows at a glance."""
    patient = share.patient
    today = timezone.localdate(timezone.now(), patient.tzinfo)
    start = today - datetime.timedelta(days=SUMMARY_DAYS - 1)
    overview, data = timeline_overview(patient, Period(start, today, insights.LINKAGE_WINDOW_DAYS))
    return {
        "share": share,
        "patient": patient,
        "last_entry": _last_entry_day(patient),
        "migraine_days": last_days_summary(overview.days[-SUMMARY_DAYS:])["migraine_days"],
        "ongoing_flares": [
            flare.condition.name
            for flare in Flare.objects.for_owner(patient).ongoing().select_related("condition")
        ],
        "alerts": [alert["title"] for alert in data["alerts"]],
    }


def _last_entry_day(patient: User) -> datetime.date | None:
    """The day of the patient's latest attack, flare, dose or check-in, in their time zone."""
    tz = patient.tzinfo
    latest = [
        MigraineAttack.objects.for_owner(patient).aggregate(last=models.Max("started_at"))["last"],
        MedicationDose.objects.for_owner(patient).aggregate(last=models.Max("taken_at"))["last"],
    ]
    days = [timezone.localtime(moment, tz).date() for moment in latest if moment]
    days += [
        day
        for day in (
            Flare.objects.for_owner(patient).aggregate(last=models.Max("started_on"))["last"],
            DailyCheckIn.objects.for_owner(patient).aggregate(last=models.Max("day"))["last"],
        )
        if day
    ]
    return max(days, default=None)
