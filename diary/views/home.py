"""The patient's home page: what is going on now, one-tap buttons, the last 30 days and the
timeline's last 90. config/views.py's `home` sends each role to its own home page."""

import uuid

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import User
from diary import charts, insights
from diary.models import DailyCheckIn, Flare, Medication, MigraineAttack
from diary.period import default_period
from diary.views.entries import QUICK_START_MINUTES
from diary.views.timeline import timeline_overview
from education.models import Condition, Page

SUMMARY_DAYS = 30


@patient_required
def patient_home(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    today = timezone.localdate(timezone.now(), user.tzinfo)
    overview, timeline_data = timeline_overview(user, default_period(today))
    medications = list(Medication.objects.for_owner(user))
    return render(
        request,
        "diary/patient_home.html",
        {
            **_ongoing(user),
            "attack_medications": [
                (medication, uuid.uuid4()) for medication in _attack_medications(medications)
            ],
            "has_medications": bool(medications),
            "quick_start_minutes": QUICK_START_MINUTES[1:],
            "today": today,
            "today_checkin": DailyCheckIn.objects.for_owner(user).filter(day=today).first(),
            "summary": last_days_summary(overview.days[-SUMMARY_DAYS:]),
            "summary_days": SUMMARY_DAYS,
            "home_timeline": charts.home_payload(timeline_data),
            "suggested_pages": Page.objects.published().suggested_for(
                Condition.objects.filter(patientprofile__user=user)
            ),
        },
    )


def _ongoing(user: User) -> dict:
    """The attack in progress with its doses, and the flares going on."""
    attack = MigraineAttack.objects.for_owner(user).ongoing().first()
    return {
        "ongoing_attack": attack,
        "ongoing_doses": attack.doses.select_related("medication") if attack else [],
        "ongoing_flares": Flare.objects.for_owner(user).ongoing().select_related("condition"),
    }


def _attack_medications(medications: list[Medication]) -> list[Medication]:
    """The one-tap doses during an attack: those marked usual for attacks, else the acute ones."""
    usual = [medication for medication in medications if medication.usual_for_attacks]
    return usual or [
        medication for medication in medications if medication.purpose == Medication.Purpose.ACUTE
    ]


def last_days_summary(points: list[insights.DayPoint]) -> dict[str, int]:
    """Counts of migraine, headache, flare and acute-medication days over these days."""
    return {
        "migraine_days": sum(1 for point in points if point.migraine),
        "headache_days": sum(1 for point in points if point.headache),
        "flare_days": sum(1 for point in points if point.flare_conditions),
        "acute_medication_days": sum(1 for point in points if point.acute_medication),
    }
