"""The diary's steps of onboarding. Medicines: the medication form of the medication list,
on a screen of its own, as many times as the patient likes, then on to the next step.
Reminders: the daily check-in and the relief question, with the reminders page's own forms
and checks. The other steps are the accounts app's (accounts/onboarding.py)."""

import uuid

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import OnboardingStep
from accounts.onboarding import onboarding_continue, step_context
from diary import services
from diary.forms import MedicationForm
from diary.models import Medication, Reminder, ReminderKind
from diary.reminder_forms import ReminderForm, local_today, reminder_initial
from diary.reminders import reminder_save
from diary.views.entries import posted

# The reminders onboarding offers; the others (shares, invitations, the weekly summary,
# questionnaires) wait on the reminders page until they mean something.
ONBOARDING_REMINDERS = (ReminderKind.CHECKIN, ReminderKind.RELIEF)
DEFAULT_TIME = Reminder._meta.get_field("local_time").default


@patient_required
def onboarding_medicines(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    if not user.in_onboarding:
        return redirect("home")
    step = OnboardingStep.MEDICINES
    if request.method == "POST" and "next" in request.POST:
        return onboarding_continue(request, user, done=step)
    if request.method == "POST" and _saved_already(request):
        # A double tap on "Add": the first tap saved it, and the name is now taken.
        return redirect("onboarding:medicines")
    form = MedicationForm(posted(request), owner=user)
    if form.is_valid():
        try:
            medication, created = services.entry_save_once(
                form=form, owner=user, token=form.cleaned_data["form_token"]
            )
        except IntegrityError:
            form.add_error("name", _("You already have a medication with this name."))
        else:
            if created:
                messages.success(
                    request,
                    _("%(medicine)s is added to your list.") % {"medicine": medication.name},
                )
            return redirect("onboarding:medicines")
    return render(
        request,
        "diary/onboarding_medicines.html",
        {"form": form, "medications": Medication.objects.for_owner(user), **step_context(step)},
    )


def _saved_already(request: AuthenticatedRequest) -> bool:
    """Whether the posted form's token already saved a medication."""
    try:
        token = uuid.UUID(request.POST.get("form_token", "")[:64])
    except ValueError:
        return False
    return Medication.objects.for_owner(request.user).filter(idempotency_key=token).exists()


@patient_required
def onboarding_reminders(request: AuthenticatedRequest) -> HttpResponse:
    """Turn on the daily check-in reminder (a local time, chosen weekdays) and the relief
    question, each optional. The reminders page's forms check the answers: a bad one shows
    the form again and saves nothing. A reminder left off is not created; one saved before
    (the patient came back to this step) is updated, its pause kept."""
    user = request.user
    if not user.in_onboarding:
        return redirect("home")
    step = OnboardingStep.REMINDERS
    if request.method == "POST" and "skip" in request.POST:
        return onboarding_continue(request, user, done=step)
    saved = {
        reminder.kind: reminder
        for reminder in Reminder.objects.for_owner(user).filter(kind__in=ONBOARDING_REMINDERS)
    }
    data = request.POST if request.method == "POST" else None
    forms = [
        ReminderForm(
            data,
            kind=kind,
            today=local_today(user),
            initial=reminder_initial(saved.get(kind), kind),
        )
        for kind in ONBOARDING_REMINDERS
    ]
    for form in forms:
        # Nothing to pause yet: the reminders page offers that later.
        del form.fields["snoozed_until"]
    if data is not None and all([form.is_valid() for form in forms]):
        with transaction.atomic():
            for form in forms:
                earlier = saved.get(form.kind)
                if not form.cleaned_data["enabled"] and earlier is None:
                    continue
                values = form.cleaned_data
                # A relief reminder has no time of day: the field keeps what it had.
                kept_time = earlier.local_time if earlier else DEFAULT_TIME
                reminder_save(
                    owner=user,
                    kind=form.kind,
                    enabled=values["enabled"],
                    local_time=values.get("local_time", kept_time),
                    weekdays=form.weekdays_mask,
                    include_details=values.get("include_details", False),
                    snoozed_until=earlier.snoozed_until if earlier else None,
                    relief_delay=values.get("relief_delay"),
                )
        return onboarding_continue(request, user, done=step)
    return render(
        request,
        "diary/onboarding_reminders.html",
        {
            "forms": forms,
            "has_errors": any(form.errors for form in forms),
            "zone": user.timezone,
            **step_context(step),
        },
    )
