import datetime
import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable
from functools import partial, wraps
from itertools import chain
from urllib.parse import urlencode

from allauth.account.internal.flows.reauthentication import did_recently_reauthenticate
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.db import IntegrityError, connections, models, transaction
from django.db.models.functions import Cast
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_POST

from accounts.models import AccessEvent, CareShare
from accounts.services import access_record
from diary import charts, exports, insights
from diary.forms import (
    AttackForm,
    CheckInForm,
    DoseForm,
    EntryFilterForm,
    FlareForm,
    MedicationForm,
    TriggerForm,
)
from diary.models import (
    DailyCheckIn,
    Flare,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
)
from education.models import Condition, Page

ENTRIES_PER_PAGE = 25
QUICK_START_MINUTES = (0, 15, 30, 60)
SUMMARY_DAYS = 30


def patient_required(view: Callable) -> Callable:
    """Only patients keep a diary: clinicians and curators get a 404, as for a missing page."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if not (user.is_authenticated and user.is_patient and not user.is_staff):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


# --- Home ----------------------------------------------------------------------------


@login_not_required
def home(request: HttpRequest) -> HttpResponse:
    """The landing page for visitors; each role's own home page once logged in."""
    user = request.user
    if not user.is_authenticated:
        return render(request, "landing.html")
    if user.is_clinician:
        if not user.is_staff and _has_totp(user):
            return _clinic_list(request)
        return render(request, "diary/clinician_home.html")
    if user.is_staff:
        return render(request, "diary/curator_home.html")
    return patient_home(request)


def patient_home(request: HttpRequest) -> HttpResponse:
    user = request.user
    today = timezone.localdate(timezone.now(), user.tzinfo)
    overview, timeline_data = _timeline_overview(
        user,
        start=today - datetime.timedelta(days=TIMELINE_DEFAULT_DAYS - 1),
        end=today,
        window=insights.LINKAGE_WINDOW_DAYS,
    )
    ongoing_attack = MigraineAttack.objects.for_owner(user).ongoing().first()
    ongoing_flares = Flare.objects.for_owner(user).ongoing().select_related("condition")
    medications = list(Medication.objects.for_owner(user))
    return render(
        request,
        "diary/patient_home.html",
        {
            "ongoing_attack": ongoing_attack,
            "ongoing_doses": (
                ongoing_attack.doses.select_related("medication") if ongoing_attack else []
            ),
            "ongoing_flares": ongoing_flares,
            "attack_medications": [
                (medication, uuid.uuid4()) for medication in _attack_medications(medications)
            ],
            "has_medications": bool(medications),
            "quick_start_minutes": QUICK_START_MINUTES[1:],
            "today": today,
            "today_checkin": DailyCheckIn.objects.for_owner(user).filter(day=today).first(),
            "summary": _last_days_summary(overview.days[-SUMMARY_DAYS:]),
            "summary_days": SUMMARY_DAYS,
            "home_timeline": charts.home_payload(timeline_data),
            "suggested_pages": Page.objects.published().suggested_for(
                Condition.objects.filter(patientprofile__user=user)
            ),
        },
    )


def _attack_medications(medications: list[Medication]) -> list[Medication]:
    """The one-tap doses during an attack: those marked usual for attacks, else the acute ones."""
    usual = [medication for medication in medications if medication.usual_for_attacks]
    return usual or [
        medication for medication in medications if medication.purpose == Medication.Purpose.ACUTE
    ]


def _last_days_summary(points: list[insights.DayPoint]) -> dict[str, int]:
    """Counts of migraine, headache, flare and acute-medication days over these days."""
    return {
        "migraine_days": sum(1 for point in points if point.migraine),
        "headache_days": sum(1 for point in points if point.headache),
        "flare_days": sum(1 for point in points if point.flare_conditions),
        "acute_medication_days": sum(1 for point in points if point.acute_medication),
    }


# --- Entry list ----------------------------------------------------------------------


@patient_required
def entry_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = EntryFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    kind = filters.get("kind") or ""
    condition = filters.get("condition")
    start = filters.get("start") or datetime.date(1900, 1, 1)
    end = filters.get("end") or timezone.localdate() + datetime.timedelta(days=1)

    sources = []
    if kind in ("", "attack") and condition is None:
        attacks = MigraineAttack.objects.for_owner(user).between(start, end)
        sources.append(("attack", attacks, lambda attack: attack.started_at))
    if kind in ("", "flare"):
        flares = Flare.objects.for_owner(user).between(start, end).select_related("condition")
        if condition is not None:
            flares = flares.filter(condition=condition)
        sources.append(("flare", flares, lambda flare: _start_of_day(flare.started_on)))
    if kind == "dose":
        doses = (
            MedicationDose.objects.for_owner(user).between(start, end).select_related("medication")
        )
        sources.append(("dose", doses, lambda dose: dose.taken_at))
    if kind == "checkin":
        checkins = DailyCheckIn.objects.for_owner(user).between(start, end)
        sources.append(("checkin", checkins, lambda checkin: _start_of_day(checkin.day)))

    entries = sorted(
        chain.from_iterable(
            ({"kind": name, "object": row, "when": when(row)} for row in rows)
            for name, rows, when in sources
        ),
        key=lambda entry: (entry["when"], entry["object"].pk),
        reverse=True,
    )
    page = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "diary/entry_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "kind": kind,
            "today": timezone.localdate(),
        },
    )


def _start_of_day(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=timezone.get_current_timezone())


# --- Saving once ---------------------------------------------------------------------


def _owned(model: type[models.Model], user) -> models.QuerySet:
    return model.objects.for_owner(user)


def _save_new(form: ModelForm, *, owner) -> tuple[models.Model, bool]:
    """Save a new entry once: a form submitted twice with the same token returns the entry
    the first submission made. Returns (entry, created); IntegrityError from any other
    constraint is left to the caller."""
    model = form._meta.model
    key = form.cleaned_data.get("form_token")
    if key is not None:
        existing = _owned(model, owner).filter(idempotency_key=key).first()
        if existing is not None:
            return existing, False
    entry = form.save(commit=False)
    if hasattr(entry, "owner_id"):
        entry.owner = owner
    entry.idempotency_key = key
    try:
        with transaction.atomic():
            entry.save()
            form.save_m2m()
    except IntegrityError:
        entry.pk = None
        existing = (
            _owned(model, owner).filter(idempotency_key=key).first() if key is not None else None
        )
        if existing is None:
            raise
        return existing, False
    return entry, True


def _save_edit(form: ModelForm) -> None:
    with transaction.atomic():
        form.save()


CONFLICT_MESSAGE = (
    "This could not be saved because it clashes with another entry (for example a second "
    "attack in progress). Check the form and try again."
)


# --- Migraine attacks ----------------------------------------------------------------


@patient_required
def attack_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = AttackForm(request.POST, owner=request.user)
        if form.is_valid():
            try:
                attack, created = _save_new(form, owner=request.user)
            except IntegrityError:
                form.add_error(None, CONFLICT_MESSAGE)
            else:
                if created:
                    messages.success(request, "Your attack is saved.")
                return redirect(attack)
    else:
        form = AttackForm(owner=request.user)
    return render(request, "diary/attack_form.html", {"form": form})


@patient_required
@require_POST
def attack_start(request: HttpRequest) -> HttpResponse:
    """One tap on the home page: an attack that started now or some minutes ago."""
    try:
        minutes_ago = int(request.POST.get("minutes_ago", "0"))
    except ValueError:
        minutes_ago = -1
    if minutes_ago not in QUICK_START_MINUTES:
        messages.error(request, "Choose one of the start buttons.")
        return redirect("home")
    if MigraineAttack.objects.for_owner(request.user).ongoing().exists():
        messages.info(request, "An attack is already in progress; it is shown below.")
        return redirect("home")
    started_at = timezone.now().replace(second=0, microsecond=0) - datetime.timedelta(
        minutes=minutes_ago
    )
    try:
        with transaction.atomic():
            MigraineAttack.objects.create(owner=request.user, started_at=started_at)
    except IntegrityError:
        # A double tap: the first one started it.
        messages.info(request, "An attack is already in progress; it is shown below.")
        return redirect("home")
    messages.success(
        request,
        f"Attack started at {timezone.localtime(started_at):%H:%M}. "
        "Rest; you can add details later.",
    )
    return redirect("home")


@patient_required
def attack_detail(request: HttpRequest, pk: int) -> HttpResponse:
    attack = get_object_or_404(
        MigraineAttack.objects.for_owner(request.user).prefetch_related("triggers"), pk=pk
    )
    doses = attack.doses.select_related("medication").order_by("taken_at")
    return render(
        request,
        "diary/attack_detail.html",
        {"attack": attack, "doses": doses, "local_days": attack.local_days()},
    )


@patient_required
def attack_edit(request: HttpRequest, pk: int) -> HttpResponse:
    attack = get_object_or_404(MigraineAttack.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        form = AttackForm(request.POST, instance=attack, owner=request.user)
        if form.is_valid():
            try:
                _save_edit(form)
            except IntegrityError:
                form.add_error(None, CONFLICT_MESSAGE)
            else:
                messages.success(request, "Your attack is updated.")
                return redirect(attack)
    else:
        form = AttackForm(instance=attack, owner=request.user)
    return render(request, "diary/attack_form.html", {"form": form, "attack": attack})


@patient_required
def attack_end(request: HttpRequest, pk: int) -> HttpResponse:
    # Fetch first: another patient's attack is a 404 for every method, not a 405.
    attack = get_object_or_404(MigraineAttack.objects.for_owner(request.user), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if attack.ended_at is None:
        attack.ended_at = max(timezone.now(), attack.started_at)
        attack.save(update_fields=["ended_at", "updated_at"])
        messages.success(request, "Attack ended. Add details below whenever you feel up to it.")
    else:
        messages.info(request, "This attack had already ended.")
    return redirect(attack)


@patient_required
def attack_delete(request: HttpRequest, pk: int) -> HttpResponse:
    attack = get_object_or_404(MigraineAttack.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        attack.delete()
        messages.success(request, "The attack is deleted.")
        return redirect("diary:entry-list")
    return _confirm_delete(
        request,
        entry=attack,
        cancel_url=attack.get_absolute_url(),
        consequence="Doses you logged for it stay in your diary, no longer linked to an attack.",
    )


def _confirm_delete(
    request: HttpRequest, *, entry, cancel_url: str, consequence: str = ""
) -> HttpResponse:
    return render(
        request,
        "diary/confirm_delete.html",
        {"entry": entry, "cancel_url": cancel_url, "consequence": consequence},
    )


# --- Flares --------------------------------------------------------------------------


@patient_required
def flare_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = FlareForm(request.POST, owner=request.user)
        if form.is_valid():
            try:
                flare, created = _save_new(form, owner=request.user)
            except IntegrityError:
                form.add_error(None, CONFLICT_MESSAGE)
            else:
                if created:
                    messages.success(request, "Your flare is saved.")
                return redirect(flare)
    else:
        form = FlareForm(owner=request.user)
    return render(request, "diary/flare_form.html", {"form": form})


@patient_required
def flare_detail(request: HttpRequest, pk: int) -> HttpResponse:
    flare = get_object_or_404(
        Flare.objects.for_owner(request.user)
        .select_related("condition__page")
        .prefetch_related("triggers"),
        pk=pk,
    )
    return render(request, "diary/flare_detail.html", {"flare": flare})


@patient_required
def flare_edit(request: HttpRequest, pk: int) -> HttpResponse:
    flare = get_object_or_404(Flare.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        form = FlareForm(request.POST, instance=flare, owner=request.user)
        if form.is_valid():
            try:
                _save_edit(form)
            except IntegrityError:
                form.add_error(None, CONFLICT_MESSAGE)
            else:
                messages.success(request, "Your flare is updated.")
                return redirect(flare)
    else:
        form = FlareForm(instance=flare, owner=request.user)
    return render(request, "diary/flare_form.html", {"form": form, "flare": flare})


@patient_required
def flare_delete(request: HttpRequest, pk: int) -> HttpResponse:
    flare = get_object_or_404(
        Flare.objects.for_owner(request.user).select_related("condition"), pk=pk
    )
    if request.method == "POST":
        flare.delete()
        messages.success(request, "The flare is deleted.")
        return redirect("diary:entry-list")
    return _confirm_delete(request, entry=flare, cancel_url=flare.get_absolute_url())


# --- Medications and doses -----------------------------------------------------------


@patient_required
def medication_list(request: HttpRequest) -> HttpResponse:
    medications = Medication.objects.for_owner(request.user).annotate(
        dose_count=models.Count("doses")
    )
    if request.method == "POST":
        form = MedicationForm(request.POST, owner=request.user)
        if form.is_valid():
            try:
                medication, created = _save_new(form, owner=request.user)
            except IntegrityError:
                form.add_error("name", "You already have a medication with this name.")
            else:
                if created:
                    messages.success(request, f"{medication.name} is added to your list.")
                return redirect("diary:medication-list")
    else:
        form = MedicationForm(owner=request.user)
    recent_doses = (
        MedicationDose.objects.for_owner(request.user)
        .select_related("medication", "attack")
        .order_by("-taken_at")[:10]
    )
    return render(
        request,
        "diary/medication_list.html",
        {"medications": medications, "form": form, "recent_doses": recent_doses},
    )


@patient_required
def medication_edit(request: HttpRequest, pk: int) -> HttpResponse:
    medication = get_object_or_404(Medication.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        form = MedicationForm(request.POST, instance=medication, owner=request.user)
        if form.is_valid():
            try:
                _save_edit(form)
            except IntegrityError:
                form.add_error("name", "You already have a medication with this name.")
            else:
                messages.success(request, f"{medication.name} is updated.")
                return redirect("diary:medication-list")
    else:
        form = MedicationForm(instance=medication, owner=request.user)
    return render(request, "diary/medication_form.html", {"form": form, "medication": medication})


@patient_required
def medication_delete(request: HttpRequest, pk: int) -> HttpResponse:
    medication = get_object_or_404(Medication.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        medication.delete()
        messages.success(request, f"{medication.name} and its doses are deleted.")
        return redirect("diary:medication-list")
    dose_count = medication.doses.count()
    return _confirm_delete(
        request,
        entry=medication,
        cancel_url=reverse("diary:medication-list"),
        consequence=f"This also deletes the {dose_count} dose(s) you logged of it."
        if dose_count
        else "",
    )


@patient_required
def dose_create(request: HttpRequest) -> HttpResponse:
    user = request.user
    quick = request.method == "POST" and request.POST.get("quick") == "1"
    if request.method == "POST":
        data = request.POST
        if quick:
            # One tap during an attack: now, for the ongoing attack, the usual amount.
            data = _quick_dose_data(request)
        form = DoseForm(data, owner=user)
        if form.is_valid():
            dose, created = _save_new(form, owner=user)
            if created:
                messages.success(
                    request,
                    f"{dose.medication.name} logged at {timezone.localtime(dose.taken_at):%H:%M}.",
                )
                _triptan_caution(request, dose)
            if quick:
                return redirect("home")
            return redirect(dose.attack or "diary:medication-list")
    else:
        initial = {}
        if request.GET.get("medication", "").isdigit():
            initial["medication"] = request.GET["medication"]
        form = DoseForm(owner=user, initial=initial)
    return render(request, "diary/dose_form.html", {"form": form})


def _quick_dose_data(request: HttpRequest) -> dict:
    user = request.user
    medication = (
        Medication.objects.for_owner(user).filter(pk=request.POST.get("medication")).first()
        if request.POST.get("medication", "").isdigit() and len(request.POST["medication"]) < 19
        else None
    )
    ongoing = MigraineAttack.objects.for_owner(user).ongoing().first()
    return {
        "medication": request.POST.get("medication", ""),
        "taken_at": timezone.now(),
        "amount": medication.usual_amount if medication else "",
        "attack": ongoing.pk if ongoing else "",
        "relief": "",
        "form_token": request.POST.get("form_token", ""),
    }


def _triptan_caution(request: HttpRequest, dose: MedicationDose) -> None:
    """A calm note, never a block: triptans act on blood vessels (CLINICAL.md)."""
    if dose.medication.category != Medication.Category.TRIPTAN:
        return
    vessel_conditions = Condition.objects.filter(
        patientprofile__user=request.user, involves_blood_vessels=True
    )
    if not vessel_conditions.exists():
        return
    messages.info(
        request,
        format_html(
            "Triptans act on blood vessels, and some autoimmune conditions (such as lupus or "
            "rheumatoid arthritis) can involve the vessels too. This is not a reason to stop "
            'on your own: <a href="{}">read about medication caution</a> and raise it with '
            "your clinician.",
            reverse("education:page-detail", args=[insights.MEDICATION_EDUCATION_SLUG]),
        ),
    )


@patient_required
def dose_edit(request: HttpRequest, pk: int) -> HttpResponse:
    dose = get_object_or_404(
        MedicationDose.objects.for_owner(request.user).select_related("medication"), pk=pk
    )
    if request.method == "POST":
        form = DoseForm(request.POST, instance=dose, owner=request.user)
        if form.is_valid():
            _save_edit(form)
            messages.success(request, "The dose is updated.")
            return redirect(dose.attack or "diary:medication-list")
    else:
        form = DoseForm(instance=dose, owner=request.user)
    return render(request, "diary/dose_form.html", {"form": form, "dose": dose})


@patient_required
def dose_delete(request: HttpRequest, pk: int) -> HttpResponse:
    dose = get_object_or_404(
        MedicationDose.objects.for_owner(request.user).select_related("medication"), pk=pk
    )
    if request.method == "POST":
        dose.delete()
        messages.success(request, "The dose is deleted.")
        return redirect("diary:medication-list")
    return _confirm_delete(request, entry=dose, cancel_url=reverse("diary:medication-list"))


# --- Daily check-ins -----------------------------------------------------------------


@patient_required
def checkin_edit(request: HttpRequest, day: datetime.date) -> HttpResponse:
    """The day's check-in: a new one, or the one already there to edit."""
    user = request.user
    if day > timezone.localdate() or day.year < 1900:
        raise Http404
    checkin = DailyCheckIn.objects.for_owner(user).filter(day=day).first()
    instance = checkin or DailyCheckIn(owner=user, day=day)
    cycle_tracking = getattr(getattr(user, "profile", None), "cycle_tracking", False)
    if request.method == "POST":
        form = CheckInForm(
            request.POST, instance=instance, owner=user, cycle_tracking=cycle_tracking
        )
        if form.is_valid():
            try:
                _save_edit(form)
            except IntegrityError:
                # Saved twice at once: the other request made it; show it to edit.
                messages.info(request, "This day's check-in was just saved; check it here.")
                return redirect("diary:checkin-edit", day=day)
            messages.success(request, f"Your check-in for {day.day} {day:%B} is saved.")
            return redirect("home" if day == timezone.localdate() else "diary:entry-list")
    else:
        form = CheckInForm(instance=instance, owner=user, cycle_tracking=cycle_tracking)
    previous_day = day - datetime.timedelta(days=1)
    next_day = day + datetime.timedelta(days=1)
    return render(
        request,
        "diary/checkin_form.html",
        {
            "form": form,
            "day": day,
            "checkin": checkin,
            "is_today": day == timezone.localdate(),
            "previous_day": previous_day,
            "next_day": next_day if next_day <= timezone.localdate() else None,
        },
    )


@patient_required
def checkin_delete(request: HttpRequest, day: datetime.date) -> HttpResponse:
    checkin = get_object_or_404(DailyCheckIn.objects.for_owner(request.user), day=day)
    if request.method == "POST":
        checkin.delete()
        messages.success(request, "The check-in is deleted.")
        return redirect("diary:entry-list")
    return _confirm_delete(request, entry=checkin, cancel_url=checkin.get_absolute_url())


# --- Triggers ------------------------------------------------------------------------


@patient_required
def trigger_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = TriggerForm(request.POST, owner=request.user)
        if form.is_valid():
            trigger = form.save(commit=False)
            trigger.owner = request.user
            try:
                with transaction.atomic():
                    trigger.save()
            except IntegrityError:
                form.add_error("name", "This trigger is already in your list.")
            else:
                messages.success(request, f"“{trigger.name}” is added to your triggers.")
                return redirect("diary:trigger-list")
    else:
        form = TriggerForm(owner=request.user)
    return render(
        request,
        "diary/trigger_list.html",
        {
            "form": form,
            "catalogue": Trigger.objects.catalogue().order_by("name"),
            "own": Trigger.objects.for_owner(request.user).order_by("name"),
        },
    )


@patient_required
def trigger_delete(request: HttpRequest, pk: int) -> HttpResponse:
    trigger = get_object_or_404(Trigger.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        trigger.delete()
        messages.success(request, f"“{trigger.name}” is deleted from your triggers.")
        return redirect("diary:trigger-list")
    return _confirm_delete(
        request,
        entry=trigger,
        cancel_url=reverse("diary:trigger-list"),
        consequence="Entries that named it keep everything else.",
    )


# --- Timeline ------------------------------------------------------------------------

TIMELINE_DEFAULT_DAYS = 90
TIMELINE_EARLIEST = datetime.date(1900, 1, 1)
TIMELINE_MAX_DAYS = 366 * 30


@patient_required
def timeline(request: HttpRequest) -> HttpResponse:
    """The combined timeline and insights of the logged-in patient."""
    today = timezone.localdate(timezone.now(), request.user.tzinfo)
    try:
        start, end, window = _timeline_range(request.GET, today=today)
    except ValueError:
        start, end, window = _timeline_range({}, today=today)
    _, data = _timeline_overview(request.user, start=start, end=end, window=window)
    return render(
        request,
        "diary/timeline.html",
        {
            "data": data,
            "today": today,
            "window_max": insights.LAG_SPAN_DAYS,
            "data_url": reverse("diary:timeline-data"),
        },
    )


@patient_required
@require_GET
def timeline_data(request: HttpRequest) -> JsonResponse:
    """The timeline's chart data as JSON: ?start=&end= (ISO dates) and ?window= (days)."""
    today = timezone.localdate(timezone.now(), request.user.tzinfo)
    try:
        start, end, window = _timeline_range(request.GET, today=today)
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    _, data = _timeline_overview(request.user, start=start, end=end, window=window)
    return JsonResponse(data)


def _timeline_range(query, *, today: datetime.date) -> tuple[datetime.date, datetime.date, int]:
    """Read start, end and the flare window from the query string; ValueError says what is wrong."""
    try:
        end = datetime.date.fromisoformat(query["end"]) if query.get("end") else today
        start = (
            datetime.date.fromisoformat(query["start"])
            if query.get("start")
            else end - datetime.timedelta(days=TIMELINE_DEFAULT_DAYS - 1)
        )
    except OverflowError:  # an end in year 1 leaves no room for the default period
        raise ValueError("The start date must be in 1900 or later.") from None
    except ValueError:
        raise ValueError("Give start and end as dates like 2025-01-31.") from None
    try:
        window = int(query.get("window") or insights.LINKAGE_WINDOW_DAYS)
    except ValueError:
        raise ValueError("Give the flare window as a whole number of days.") from None
    if start > end:
        raise ValueError("The start date must not be after the end date.")
    if start < TIMELINE_EARLIEST:
        raise ValueError("The start date must be in 1900 or later.")
    if end > today + datetime.timedelta(days=1):
        raise ValueError("The end date must not be in the future.")
    if (end - start).days + 1 > TIMELINE_MAX_DAYS:
        raise ValueError("Choose a period of at most 30 years.")
    if not 0 <= window <= insights.LAG_SPAN_DAYS:
        raise ValueError(f"The flare window must be 0 to {insights.LAG_SPAN_DAYS} days.")
    return start, end, window


def _timeline_overview(
    user, *, start: datetime.date, end: datetime.date, window: int
) -> tuple[insights.Overview, dict]:
    """The overview of the patient's whole diary for a period, and its chart payload."""
    tz = user.tzinfo
    now = timezone.now()
    today = timezone.localdate(now, tz)
    diary, condition_names = _patient_diary(user, tz=tz)
    overview = insights.diary_overview(
        diary, start=start, end=end, today=today, now=now, window_days=window
    )
    return overview, charts.timeline_payload(
        overview,
        today=today,
        diary_start=overview.diary_start,
        condition_names=condition_names,
    )


def _patient_diary(user, *, tz) -> tuple[insights.Diary, dict[str, str]]:
    """Load the whole diary, one query per model and only the columns insights reads.

    The whole diary, not just the period shown: coverage starts at the first record, flare
    windows reach across the period's edges, and the lag profile and alerts look at it all.
    Records are built positionally from the rows: a ten-year diary has about 8,000 of them.
    """
    migraine = MigraineAttack.AttackType.MIGRAINE
    read = _DriverValues(MigraineAttack.objects.db)
    # Each query selects its record's fields in the record's order (the SQL keeps the
    # order of values_list), so _records can turn its rows into records column by column.
    attacks = _records(
        insights.AttackRecord,
        _driver_rows(
            MigraineAttack.objects.for_owner(user)
            .order_by()
            .annotate(started=read.moment("started_at"), ended=read.moment("ended_at"))
            .values_list("started", "ended", "attack_type", "peak_intensity")
        ),
        {0: read.aware, 1: read.aware_or_none, 2: migraine.__eq__},
    )
    condition_names: dict[str, str] = {}
    vessel_condition = False
    flares = []
    for slug, name, vessels, started_on, ended_on in _driver_rows(
        Flare.objects.for_owner(user)
        .order_by()
        .annotate(started=read.day("started_on"), ended=read.day("ended_on"))
        .values_list(
            "condition__slug",
            "condition__name",
            "condition__involves_blood_vessels",
            "started",
            "ended",
        )
    ):
        condition_names[slug] = name
        vessel_condition = vessel_condition or vessels
        flares.append(
            insights.FlareRecord(slug, read.as_date(started_on), read.as_date_or_none(ended_on))
        )
    doses = _records(
        insights.DoseRecord,
        _driver_rows(
            MedicationDose.objects.for_owner(user)
            .order_by()
            .annotate(
                taken=read.moment("taken_at"),
                category=models.F("medication__category"),
                purpose=models.F("medication__purpose"),
            )
            .values_list("taken", "category", "purpose")
        ),
        {0: read.aware},
    )
    # By check-in id rather than day, so the day is not read (and parsed) twice.
    triggers: dict[int, list[str]] = defaultdict(list)
    for checkin_id, name in _driver_rows(
        DailyCheckIn.triggers.through.objects.filter(dailycheckin__owner=user)
        .order_by()
        .values_list("dailycheckin_id", "trigger__name")
    ):
        triggers[checkin_id].append(name)
    # A defaultdict so a check-in without triggers maps to () in C, with no lookup per row.
    trigger_names = defaultdict(tuple, {pk: tuple(names) for pk, names in triggers.items()})
    checkins = _records(
        insights.CheckInRecord,
        _driver_rows(
            DailyCheckIn.objects.for_owner(user)
            .order_by()
            # As a float straight from the database: the model's Decimal costs more to make.
            .annotate(sleep=Cast("sleep_hours", models.FloatField()), date=read.day("day"))
            # The id last, where the record has its triggers: _records swaps one for the other.
            .values_list(
                "date",
                "sleep",
                "stress",
                "water_glasses",
                "gluten",
                "menstruation",
                "fatigue",
                "joint_pain",
                "pk",
            )
        ),
        {0: read.as_date, 8: trigger_names.__getitem__},
    )
    vessel_condition = vessel_condition or (
        Condition.objects.filter(patientprofile__user=user, involves_blood_vessels=True).exists()
    )
    diary = insights.Diary(
        tz=tz,
        attacks=attacks,
        flares=tuple(flares),
        doses=doses,
        checkins=checkins,
        vessel_condition=vessel_condition,
    )
    return diary, condition_names


def _records(record: type, rows: list[tuple], parse: dict[int, Callable]) -> tuple:
    """The rows as records of the named tuple type `record`, each column at a position of
    `parse` first mapped through its function (_unchanged ones are skipped).

    Column by column rather than row by row, for speed: map, zip and tuple.__new__ run in
    C, where a record made by its Python-level __new__ costs a call per row (8,000 rows).
    """
    if not rows:
        return ()
    columns = list(zip(*rows, strict=True))
    for position, function in parse.items():
        if function is not _unchanged:
            columns[position] = map(function, columns[position])
    return tuple(map(partial(tuple.__new__, record), zip(*columns, strict=True)))


def _driver_rows(queryset: models.QuerySet) -> list[tuple]:
    """The rows of a values_list() queryset as the database driver returns them.

    The same SQL, scoping and single query as iterating the queryset, without Django's
    per-value converters: for ten years of records they cost more than the queries. The
    drivers already give booleans, numbers and text as Python values on SQLite (by the
    converters Django registers for declared column types) and PostgreSQL alike; dates and
    timestamps are read as _DriverValues says. The columns come in the order of the SQL:
    the model's fields first, then annotations.
    """
    sql, params = queryset.query.get_compiler(queryset.db).as_sql()
    with connections[queryset.db].cursor() as cursor:
        if connections[queryset.db].vendor == "postgresql":
            # psycopg's own timestamp loader, in C, rather than Django's Python subclass
            # of it: the values come aware in the session's time zone, which Django sets to
            # the connection's, so only the step of setting that zone again is saved.
            from psycopg.types.datetime import TimestamptzLoader

            cursor.cursor.adapters.register_loader("timestamptz", TimestamptzLoader)
        cursor.execute(sql, params)
        return cursor.fetchall()


class _UTCText(models.Func):
    """A timestamp as SQLite stores it (naive UTC text) with "+00:00" appended; NULL stays
    NULL. datetime.fromisoformat turns that text into an aware datetime in one C call."""

    template = "(%(expressions)s || '+00:00')"
    output_field = models.CharField()


class _DriverValues:
    """How _patient_diary selects dates and timestamps for _driver_rows, and turns what the
    driver returns for them into dates and aware datetimes.

    SQLite keeps both as text, which Django's converters parse in Python: read as text and
    parsed by date.fromisoformat and datetime.fromisoformat, one C call each, they cost
    several times less. Its timestamps are naive, in the connection's time zone; in UTC
    (Overlap's setting) "+00:00" is appended in the SQL so they come out aware.
    PostgreSQL's driver returns dates and aware datetimes already (see _driver_rows for the
    latter), so nothing is parsed. Other databases, and SQLite in another zone, are read as
    before.
    """

    def __init__(self, alias: str) -> None:
        connection = connections[alias]
        if connection.vendor == "sqlite" and connection.timezone_name == "UTC":
            self.moment = _UTCText
            self.day = partial(Cast, output_field=models.TextField())
            # For NOT NULL columns the parsers themselves, without a step for None.
            self.aware = datetime.datetime.fromisoformat
            self.aware_or_none = _parse_utc_text
            self.as_date = datetime.date.fromisoformat
            self.as_date_or_none = _parse_date_text
            return
        if connection.vendor == "postgresql":
            # psycopg returns dates, and timestamps aware (see _driver_rows): nothing to do.
            self.moment = self.day = models.F
            self.aware = self.aware_or_none = self.as_date = self.as_date_or_none = _unchanged
            return
        tz = connection.timezone

        def aware(value):
            if value is None or value.tzinfo is not None:
                return value
            return value.replace(tzinfo=tz)

        self.moment = self.day = models.F
        self.aware = self.aware_or_none = aware
        self.as_date = self.as_date_or_none = _unchanged


def _parse_utc_text(value: str | None) -> datetime.datetime | None:
    return None if value is None else datetime.datetime.fromisoformat(value)


def _parse_date_text(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def _unchanged(value):
    return value


# --- Report --------------------------------------------------------------------------

REPORT_NOTES_SHOWN = 30
REPORT_NOTE_CHARS = 600
REPORT_PURPOSES = {
    Medication.Purpose.ACUTE: "Acute",
    Medication.Purpose.PREVENTIVE: "Preventive",
    Medication.Purpose.DISEASE_MODIFYING: "Disease-modifying",
}


@patient_required
@require_GET
def report(request: HttpRequest) -> HttpResponse:
    """The patient's printable report for a period: ?start=&end= (default the last 90 days),
    ?window= (flare window) and ?hide_notes=1 to leave their notes out."""
    return _render_report(
        request, patient=request.user, include_notes=not request.GET.get("hide_notes")
    )


def _render_report(
    request: HttpRequest,
    *,
    patient,
    include_notes: bool,
    clinic_share=None,
    form_action: str | None = None,
) -> HttpResponse:
    """Render `patient`'s report for the period the query string asks for.

    The caller has decided who may read it. With `clinic_share` (the accounts.CareShare a
    clinician reads through) the page names the patient, offers nothing that edits and
    keeps its period form on `form_action` (default: the URL asked for). Notes appear only
    when `include_notes`; otherwise they are not read at all.
    """
    tz = patient.tzinfo
    today = timezone.localdate(timezone.now(), tz)
    error = ""
    try:
        start, end, window = _timeline_range(request.GET, today=today)
    except ValueError as problem:
        error = str(problem)
        start, end, window = _timeline_range({}, today=today)
    overview, data = _timeline_overview(patient, start=start, end=end, window=window)
    notes, more_notes = (
        _report_notes(patient, start=start, end=end) if include_notes else ([], False)
    )
    return render(
        request,
        "diary/report.html",
        {
            "patient": patient,
            "clinic_share": clinic_share,
            "form_action": form_action or request.path,
            "timeline_url": _report_timeline_url(patient, clinic_share=clinic_share),
            "error": error,
            "start": start,
            "end": end,
            "today": today,
            "window": window,
            "window_max": insights.LAG_SPAN_DAYS,
            "period_label": f"{insights.format_day(start)} to {insights.format_day(end)}",
            "today_label": insights.format_day(today),
            "quick_periods": _report_quick_periods(today, window=window),
            "data": data,
            **charts.report_payload(overview, data),
            "medications": _report_medications(patient, start=start, end=end),
            "include_notes": include_notes,
            "hide_notes": not include_notes and clinic_share is None,
            "notes": notes,
            "more_notes": more_notes,
            "notes_shown": REPORT_NOTES_SHOWN,
            "note_chars": REPORT_NOTE_CHARS,
        },
    )


def _report_timeline_url(patient, *, clinic_share) -> str:
    """The timeline this report sums up: the patient's own, or the clinic's read-only copy."""
    if clinic_share is None:
        return reverse("diary:timeline")
    return reverse("diary:clinic-timeline", args=[patient.uuid])


def _report_quick_periods(today: datetime.date, *, window: int) -> list[tuple[str, str]]:
    """Query strings for the last 30 days, 90 days and year, ending today."""
    periods = []
    for label, days in (("Last 30 days", 30), ("Last 90 days", 90), ("Last year", 365)):
        start = today - datetime.timedelta(days=days - 1)
        periods.append(
            (label, f"?start={start.isoformat()}&end={today.isoformat()}&window={window}")
        )
    return periods


def _report_medications(patient, *, start: datetime.date, end: datetime.date) -> list[dict]:
    """The patient's medicines with the days each was taken in the period (two queries)."""
    tz = patient.tzinfo
    medications = [
        insights.MedicationRecord(pk, name, category, purpose)
        for pk, name, category, purpose in Medication.objects.for_owner(patient).values_list(
            "pk", "name", "category", "purpose"
        )
    ]
    doses = [
        insights.MedicationDoseRecord(medication, taken_at)
        for medication, taken_at in MedicationDose.objects.for_owner(patient)
        .between(start, end, tz=tz)
        .order_by()
        .values_list("medication_id", "taken_at")
    ]
    categories = dict(Medication.Category.choices)
    return [
        {
            "name": use.name,
            "category": categories.get(use.category, use.category),
            "purpose": REPORT_PURPOSES.get(use.purpose, use.purpose),
            "days_used": use.days_used,
            "doses": use.doses,
            "first_day": insights.format_day(use.first_day) if use.first_day else "",
            "last_day": insights.format_day(use.last_day) if use.last_day else "",
        }
        for use in insights.medication_use(medications, doses, tz=tz, start=start, end=end)
    ]


def _report_notes(patient, *, start: datetime.date, end: datetime.date) -> tuple[list[dict], bool]:
    """The newest REPORT_NOTES_SHOWN notes of attacks, flares and check-ins present in the
    period, newest first, and whether there are more (three queries, however long the diary)."""
    tz = patient.tzinfo
    limit = REPORT_NOTES_SHOWN + 1
    attack_words = dict(MigraineAttack.AttackType.choices)
    notes = [
        {
            "day": timezone.localtime(started_at, tz).date(),
            "order": timezone.localtime(started_at, tz).time(),
            "kind": attack_words.get(attack_type, "Attack"),
            "text": text,
        }
        for started_at, attack_type, text in MigraineAttack.objects.for_owner(patient)
        .between(start, end, tz=tz)
        .exclude(notes="")
        .order_by("-started_at")
        .values_list("started_at", "attack_type", "notes")[:limit]
    ]
    notes += [
        {"day": started_on, "order": datetime.time.max, "kind": f"{name} flare", "text": text}
        for started_on, name, text in Flare.objects.for_owner(patient)
        .between(start, end)
        .exclude(notes="")
        .order_by("-started_on", "-pk")
        .values_list("started_on", "condition__name", "notes")[:limit]
    ]
    notes += [
        {"day": day, "order": datetime.time.min, "kind": "Check-in", "text": text}
        for day, text in DailyCheckIn.objects.for_owner(patient)
        .between(start, end)
        .exclude(notes="")
        .order_by("-day")
        .values_list("day", "notes")[:limit]
    ]
    notes.sort(key=lambda note: (note["day"], note["order"]), reverse=True)
    for note in notes:
        note["day_label"] = insights.format_day(note["day"])
    return notes[:REPORT_NOTES_SHOWN], len(notes) > REPORT_NOTES_SHOWN


# --- Exports -------------------------------------------------------------------------

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


def password_confirmed(view: Callable) -> Callable:
    """Exports need the password entered in the last 10 minutes (SECURITY.md). Without it,
    the patient confirms it and comes back to the profile's data section to download from
    there: a download straight after the password page would leave the browser on it."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not did_recently_reauthenticate(request):
            messages.info(
                request,
                "Please confirm your password. You will then come back to your data, "
                "ready to download.",
            )
            query = urlencode({"next": reverse("accounts:profile") + "#your-data"})
            return redirect(f"{reverse('account_reauthenticate')}?{query}")
        return view(request, *args, **kwargs)

    return wrapper


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


# --- Clinic --------------------------------------------------------------------------

CLINIC_SUMMARY_DAYS = 30


def clinician_required(view: Callable) -> Callable:
    """Clinicians only (everyone else gets a 404), and only once they have set up TOTP:
    before that, any clinic page sends them to confirm their e-mail address if they have
    not, then to set up TOTP."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if not (user.is_authenticated and user.is_clinician and not user.is_staff):
            raise Http404
        if not _has_totp(user):
            # Allauth sets up TOTP only once no address is unconfirmed, so that comes first.
            if EmailAddress.objects.filter(user=user, verified=False).exists():
                messages.info(
                    request,
                    "Before Overlap shows any patient data, confirm your e-mail address "
                    "with the link Overlap sent you (or send it again below), then set up "
                    "two-factor authentication.",
                )
                return redirect("account_email")
            messages.info(
                request,
                "Before Overlap shows any patient data, set up two-factor authentication "
                "with an authenticator app. Then open “Patients” again.",
            )
            return redirect("mfa_activate_totp")
        return view(request, *args, **kwargs)

    return wrapper


def _has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def _clinic_share(request: HttpRequest, patient_uuid: uuid.UUID, *, what: str) -> CareShare:
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


def _clinic_list(request: HttpRequest) -> HttpResponse:
    shares = (
        CareShare.objects.live()
        .for_clinician(request.user)
        .select_related("patient", "clinician")
        .order_by("patient__display_name", "patient__email")
    )
    patients = []
    for share in shares:
        access_record(share=share, what=AccessEvent.What.SUMMARY)
        patients.append(_clinic_summary(share))
    return render(request, "diary/clinic_list.html", {"patients": patients})


def _clinic_summary(share: CareShare) -> dict:
    """One row of the clinician's list: what a patient's diary shows at a glance."""
    patient = share.patient
    today = timezone.localdate(timezone.now(), patient.tzinfo)
    overview, data = _timeline_overview(
        patient,
        start=today - datetime.timedelta(days=CLINIC_SUMMARY_DAYS - 1),
        end=today,
        window=insights.LINKAGE_WINDOW_DAYS,
    )
    return {
        "share": share,
        "patient": patient,
        "last_entry": _last_entry_day(patient),
        "migraine_days": _last_days_summary(overview.days[-CLINIC_SUMMARY_DAYS:])["migraine_days"],
        "ongoing_flares": [
            flare.condition.name
            for flare in Flare.objects.for_owner(patient).ongoing().select_related("condition")
        ],
        "alerts": [alert["title"] for alert in data["alerts"]],
    }


def _last_entry_day(patient) -> datetime.date | None:
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


@clinician_required
@require_GET
def clinic_list(request: HttpRequest) -> HttpResponse:
    """The clinician's patients: those with a live share with them."""
    return _clinic_list(request)


@clinician_required
@require_GET
def clinic_timeline(request: HttpRequest, patient_uuid: uuid.UUID) -> HttpResponse:
    """A shared patient's timeline and insights, read-only; notes only if shared."""
    share = _clinic_share(request, patient_uuid, what=AccessEvent.What.TIMELINE)
    patient = share.patient
    today = timezone.localdate(timezone.now(), patient.tzinfo)
    try:
        start, end, window = _timeline_range(request.GET, today=today)
    except ValueError:
        start, end, window = _timeline_range({}, today=today)
    _, data = _timeline_overview(patient, start=start, end=end, window=window)
    notes, more_notes = (
        _report_notes(patient, start=start, end=end) if share.include_notes else ([], False)
    )
    return render(
        request,
        "diary/timeline.html",
        {
            "data": data,
            "today": today,
            "window_max": insights.LAG_SPAN_DAYS,
            "data_url": reverse("diary:clinic-timeline-data", args=[patient.uuid]),
            "range_url": request.path,
            "clinic_share": share,
            "patient": patient,
            "notes": notes,
            "more_notes": more_notes,
        },
    )


@clinician_required
@require_GET
def clinic_timeline_data(request: HttpRequest, patient_uuid: uuid.UUID) -> JsonResponse:
    """The shared patient's chart data as JSON, as /timeline/data.json gives the patient;
    with their notes for the period only when the share includes them."""
    share = _clinic_share(request, patient_uuid, what=AccessEvent.What.TIMELINE_DATA)
    patient = share.patient
    today = timezone.localdate(timezone.now(), patient.tzinfo)
    try:
        start, end, window = _timeline_range(request.GET, today=today)
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    _, data = _timeline_overview(patient, start=start, end=end, window=window)
    if share.include_notes:
        notes, _ = _report_notes(patient, start=start, end=end)
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
def clinic_report(request: HttpRequest, patient_uuid: uuid.UUID) -> HttpResponse:
    """A shared patient's report, read-only; notes only if shared."""
    share = _clinic_share(request, patient_uuid, what=AccessEvent.What.REPORT)
    return _render_report(
        request, patient=share.patient, include_notes=share.include_notes, clinic_share=share
    )
