"""The patient's combined timeline of attacks, flares, medicines and check-ins with its
insights, and its chart data as JSON. `timeline_overview` and `timeline_context` are what
the clinic's read-only copy (clinic/views.py) shares with it."""

import datetime

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import User
from diary import charts, insights
from diary.loading import load_diary
from diary.period import Period, PeriodForm


@patient_required
def timeline(request: AuthenticatedRequest) -> HttpResponse:
    """The combined timeline and insights of the logged-in patient."""
    today = timezone.localdate(timezone.now(), request.user.tzinfo)
    period = PeriodForm(request.GET, today=today).period
    context = timeline_context(
        request.user, period, today=today, data_url=reverse("diary:timeline-data")
    )
    return render(request, "diary/timeline.html", context)


@patient_required
@require_GET
def timeline_data(request: AuthenticatedRequest) -> JsonResponse:
    """The timeline's chart data as JSON: ?start=&end= (ISO dates) and ?window= (days)."""
    today = timezone.localdate(timezone.now(), request.user.tzinfo)
    form = PeriodForm(request.GET, today=today)
    if not form.is_valid():
        return JsonResponse({"error": form.error}, status=400)
    _, data = timeline_overview(request.user, form.period)
    return JsonResponse(data)


def timeline_context(patient: User, period: Period, *, today: datetime.date, data_url: str) -> dict:
    """What diary/timeline.html shows of `patient`'s diary for `period`, whoever reads it;
    its script fetches other periods from `data_url`."""
    _, data = timeline_overview(patient, period)
    return {
        "data": data,
        "today": today,
        "window_max": insights.LAG_SPAN_DAYS,
        "data_url": data_url,
    }


def timeline_overview(patient: User, period: Period) -> tuple[insights.Overview, dict]:
    """The overview of the patient's whole diary for a period, and its chart payload."""
    tz = patient.tzinfo
    now = timezone.now()
    today = timezone.localdate(now, tz)
    diary, condition_names = load_diary(patient, tz=tz)
    overview = insights.diary_overview(
        diary,
        start=period.start,
        end=period.end,
        today=today,
        now=now,
        window_days=period.window,
    )
    return overview, charts.timeline_payload(
        overview,
        today=today,
        diary_start=overview.diary_start,
        condition_names=condition_names,
    )
