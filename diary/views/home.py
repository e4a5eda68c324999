"""The patient's home page: what is going on now, one-tap buttons, the last 30 days and the
timeline's last 90. config/views.py's `home` sends each role to its own home page."""

import datetime
import uuid

from django.db import models
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import User
from accounts.themes import title_bars
from config.prepared import Prepared, instance, read_day, read_moment, stand_in_moment
from diary import charts, insights
from diary.forms import AttackEndForm, AttackPainForm
from diary.insights.alerts import ALERT_DAYS
from diary.kept_figures import diary_state, figures_key, kept_or_made
from diary.loading import load_bounded_diary
from diary.models import (
    RELIEF_ANSWERS,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
)
from diary.models.base import as_utc_bounds
from diary.models.medications import RELIEF_QUESTION_AFTER
from diary.period import Period, default_period
from diary.views.entries import QUICK_START_MINUTES, end_choices
from diary.views.timeline import timeline_overview
from education.medication_kinds import kind_fits_purpose
from education.models import Condition, Page

SUMMARY_DAYS = 30
# "Did it help?" is asked about acute doses of the last few days: later, few remember.
RELIEF_QUESTION_DAYS = 3
RELIEF_QUESTIONS_SHOWN = 5


@patient_required
def patient_home(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    now = timezone.now()
    today = timezone.localdate(now, user.tzinfo)
    medications = list(Medication.objects.for_owner(user))
    context = {
        **_ongoing(user),
        "attack_medications": [
            (medication, uuid.uuid4()) for medication in _attack_medications(medications)
        ],
        "has_medications": bool(medications),
        "today": today,
    }
    attack = context["ongoing_attack"]
    if attack is not None:
        # Attack mode: the darkest theme, large targets, and only pain, medicine and the end.
        return render(
            request,
            "diary/patient_home.html",
            {
                **context,
                "attack_mode": True,
                "title_bars": title_bars(user.theme, attack_mode=True),
                "pain_form": AttackPainForm(instance=attack),
                "end_choices": end_choices(now),
                "end_form": AttackEndForm(now=now),
            },
        )
    figures = kept_or_made(
        figures_key("home", user, diary_state(user), now=now),
        lambda: home_figures(user, now=now, today=today),
    )
    return render(
        request,
        "diary/patient_home.html",
        {
            **context,
            **figures,
            "relief_questions": _relief_questions(user, now),
            "relief_answers": RELIEF_ANSWERS,
            "quick_start_minutes": QUICK_START_MINUTES[1:],
            "acute_days_label": gettext(insights.ACUTE_DAYS_LABEL),
            "overuse_days_label": gettext(insights.OVERUSE_DAYS_LABEL),
            "summary_days": SUMMARY_DAYS,
            "suggested_pages": _suggested_pages(user),
        },
    )


def home_figures(user: User, *, now: datetime.datetime, today: datetime.date) -> dict:
    """What the home page works out of the diary, outside an attack (diary.kept_figures
    keeps it): the last SUMMARY_DAYS in numbers and words, the small chart of the
    timeline's last days, today's and yesterday's "no headache" buttons, whether today has a
    check-in, and the profile's conditions."""
    # The days shown and those the alerts look at, and the profile's conditions, read once
    # for everything below.
    period = default_period(today)
    diary, condition_names, profile = load_bounded_diary(
        user, tz=user.tzinfo, spans=[(home_since(period, today=today), None)], profile=True
    )
    overview, timeline_data = timeline_overview(
        user, period, loaded=(diary, condition_names), markers=False, now=now
    )
    last_days = overview.days[-SUMMARY_DAYS:]
    return {
        "no_headache_days": _no_headache_days(diary, today),
        "today_checkin": any(checkin.day == today for checkin in diary.checkins),
        # For the questionnaires due (diary/templatetags/questionnaires.py).
        "profile_conditions": [(each.slug, each.kind) for each in profile.conditions],
        "summary": last_days_summary(last_days),
        # Without the joints sentence when the home timeline's summary or an alert
        # already says it: once on the page.
        "summary_medication_note": insights.points_medication_note(
            last_days, audience=insights.PATIENT, joints_explained=overview.joints_explained
        ),
        "summary_completeness": insights.completeness_text(
            insights.points_completeness(last_days), audience=insights.PATIENT
        ),
        "home_timeline": charts.home_payload(timeline_data),
    }


def home_since(period: Period, *, today: datetime.date) -> datetime.date:
    """The first local day the home page's figures look at, so that it reads the diary
    from there and not the whole of it (load_bounded_diary): the timeline's last days
    (`period`, SUMMARY_DAYS among them, flare linkage and factors over them), the alerts'
    ALERT_DAYS, and today and yesterday's "no headache" buttons.

    Flare windows reaching across the period's start come from the flares themselves,
    which are read whole. The one whole-history figure, the lag profile between flares
    and migraine days, is not on this page: the timeline and the report show it, and a
    page opened several times a day should not grow with the diary for a figure that
    changes only when a flare starts.
    """
    return min(period.start, today - datetime.timedelta(days=ALERT_DAYS - 1))


def _ongoing(user: User) -> dict:
    """The attack in progress with its doses, and the flares going on, each with its
    condition's name. Whether an attack is in progress and the flares are read on every
    view, in SQL made once; the attack itself, read whole, only when there is one."""
    attack = None
    if _ONGOING_ATTACK.rows(owner_id=user.pk):
        attack = MigraineAttack.objects.for_owner(user).ongoing().first()
    flares = []
    for pk, condition_pk, started_on, severity, name in _ONGOING_FLARES.rows(owner_id=user.pk):
        flare = instance(
            Flare,
            user._state.db,
            id=pk,
            owner_id=user.pk,
            condition_id=condition_pk,
            started_on=read_day(started_on),
            severity=severity,
        )
        flare.condition = instance(Condition, user._state.db, id=condition_pk, name=name)
        flares.append(flare)
    return {
        "ongoing_attack": attack,
        "ongoing_doses": attack.doses.select_related("medication") if attack else [],
        "ongoing_flares": flares,
    }


# Read on every view of the home page: their SQL made once (config/prepared.py). At most
# one attack is in progress (a constraint of MigraineAttack).
_ONGOING_ATTACK = Prepared(
    lambda *, owner_id: (
        MigraineAttack.objects.filter(owner_id=owner_id).ongoing().order_by().values_list("pk")
    ),
    owner_id=-7303,
)
_ONGOING_FLARES = Prepared(
    lambda *, owner_id: (
        Flare.objects.filter(owner_id=owner_id)
        .ongoing()
        .values_list("pk", "condition_id", "started_on", "severity", "condition__name")
    ),
    owner_id=-7304,
)

# What the home page shows of a suggested page and what reading it in another language
# needs (education.reading): everything else of the page stays deferred.
_PAGE_FIELDS = ("id", "slug", "title", "summary", "body", "category", "last_reviewed", "updated_at")
SUGGESTED_PAGES = 3


def _suggested_pages(user: User) -> list[Page]:
    """Up to SUGGESTED_PAGES published pages for the profile's conditions, as
    `Page.objects.published().suggested_for` picks them (the overview pages when none
    match), in SQL made once."""
    rows = _SUGGESTED_PAGES.rows(user_id=user.pk) or _OVERVIEW_PAGES.rows()
    pages = []
    for *fields, last_reviewed, updated_at in rows:
        values = dict(
            zip(
                _PAGE_FIELDS,
                [*fields, read_day(last_reviewed), read_moment(updated_at)],
                strict=True,
            )
        )
        pages.append(instance(Page, user._state.db, **values))
    return pages


_SUGGESTED_PAGES = Prepared(
    lambda *, user_id: (
        Page.objects.published()
        .for_conditions(Condition.objects.filter(patientprofile__user_id=user_id))
        .values_list(*_PAGE_FIELDS)[:SUGGESTED_PAGES]
    ),
    user_id=-7305,
)
_OVERVIEW_PAGES = Prepared(
    lambda: (
        Page.objects.published()
        .filter(category=Page.Category.CONNECTIONS)
        .order_by("order")
        .values_list(*_PAGE_FIELDS)[:SUGGESTED_PAGES]
    )
)


def _relief_questions(user: User, now: datetime.datetime) -> list[MedicationDose]:
    """The acute doses to ask "Did it help?" about: taken two hours ago or more, in the last
    RELIEF_QUESTION_DAYS days, neither answered nor dismissed; the latest first, each with
    what the question shows (its medication's name, amount and moment)."""
    rows = _RELIEF_QUESTIONS.rows(
        owner_id=user.pk,
        taken_by=now - RELIEF_QUESTION_AFTER,
        taken_since=now - datetime.timedelta(days=RELIEF_QUESTION_DAYS),
    )
    doses = []
    for pk, medication_pk, amount, taken_at, name in rows:
        dose = instance(
            MedicationDose,
            user._state.db,
            id=pk,
            medication_id=medication_pk,
            amount=amount,
            taken_at=read_moment(taken_at),
        )
        dose.medication = instance(
            Medication, user._state.db, id=medication_pk, owner_id=user.pk, name=name
        )
        doses.append(dose)
    return doses


def _relief_question_rows(
    *, owner_id: int, taken_by: datetime.datetime, taken_since: datetime.datetime
) -> models.QuerySet:
    return (
        MedicationDose.objects.filter(medication__owner_id=owner_id)
        .awaiting_relief(now=taken_by + RELIEF_QUESTION_AFTER)
        .filter(taken_at__gte=taken_since)
        .order_by("-taken_at", "-pk")
        .values_list("pk", "medication_id", "amount", "taken_at", "medication__name")
    )[:RELIEF_QUESTIONS_SHOWN]


# Read on every view of the home page: its SQL made once (config/prepared.py).
_RELIEF_QUESTIONS = Prepared(
    _relief_question_rows,
    owner_id=-7301,
    taken_by=stand_in_moment(),
    taken_since=stand_in_moment() - datetime.timedelta(days=1),
)


def _no_headache_days(diary: insights.Diary, today: datetime.date) -> list[dict]:
    """Today and yesterday, each with whether "no headache" is recorded for it (to offer the
    undo) or an attack was on it (then nothing is offered); from the loaded diary."""
    yesterday = today - datetime.timedelta(days=1)
    recorded = {day for day in diary.headache_free_days if yesterday <= day <= today}

    def attack_on(day: datetime.date) -> bool:
        # An attack is on a day when it overlaps its hours.
        start, end = as_utc_bounds(day, day, diary.tz)
        return any(
            attack.started_at < end and (attack.ended_at is None or attack.ended_at >= start)
            for attack in diary.attacks
        )

    return [
        {"day": day, "name": name, "recorded": day in recorded, "attack": attack_on(day)}
        for day, name in ((today, "today"), (yesterday, "yesterday"))
    ]


def _attack_medications(medications: list[Medication]) -> list[Medication]:
    """The one-tap doses during an attack: those marked usual for attacks, else the acute ones
    (never a kind that only prevents attacks, whatever purpose it was saved with)."""
    usual = [medication for medication in medications if medication.usual_for_attacks]
    return usual or [
        medication
        for medication in medications
        if medication.purpose == Medication.Purpose.ACUTE
        and kind_fits_purpose(medication.category, medication.purpose)
    ]


def last_days_summary(points: list[insights.DayPoint]) -> dict[str, int]:
    """Counts of migraine, headache, flare, acute-medication and overuse-relevant days over
    these days."""
    return {
        "migraine_days": sum(1 for point in points if point.migraine),
        "headache_days": sum(1 for point in points if point.headache),
        "flare_days": sum(1 for point in points if point.flare_conditions),
        "acute_medication_days": sum(1 for point in points if point.acute_medication),
        "overuse_medication_days": sum(1 for point in points if point.overuse_medication),
    }
