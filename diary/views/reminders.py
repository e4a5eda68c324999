"""The reminders page (/diary/reminders/) and the one-click links in reminder e-mails.

The links work without logging in: the signed token is the authority, and it allows
only its one action. Opening a link (GET) shows a button; only the POST acts, so a mail
scanner that fetches links does nothing. Unsubscribing also takes the RFC 8058 one-click
POST a mail program sends, which carries no CSRF token.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import User
from diary.models import Reminder, ReminderDelivery, ReminderKind
from diary.push import push_offered
from diary.reminder_forms import ReminderForm, ZoneForm, local_today, reminder_initial
from diary.reminder_links import LinkError, LinkPurpose
from diary.reminders import USED_FIELD, delivery_for_link, link_use, reminders_update
from diary.services import DiaryConflict

RECENT_DELIVERIES = 10


@dataclass(frozen=True)
class ReminderState:
    """One kind of reminder as the profile page shows it."""

    kind: ReminderKind
    reminder: Reminder | None  # None: never set up, so off
    last_sent: ReminderDelivery | None
    # The newest e-mail that could not be sent, when none has been sent since.
    failed: ReminderDelivery | None


def reminder_states(*, owner: User) -> list[ReminderState]:
    """Every kind of reminder of the patient, in the reminders page's order: on or off, its
    newest e-mail sent, and a failed one if it is the newest news."""
    saved = {
        reminder.kind: reminder
        for reminder in Reminder.objects.for_owner(owner).with_last_deliveries()
    }
    ids = [
        pk
        for reminder in saved.values()
        for pk in (reminder.last_sent_id, reminder.last_failed_id)
        if pk is not None
    ]
    deliveries = ReminderDelivery.objects.in_bulk(ids)
    states = []
    for kind in ReminderKind:
        reminder = saved.get(kind)
        last_sent = failed = None
        if reminder is not None:
            last_sent = deliveries.get(reminder.last_sent_id)
            failed = deliveries.get(reminder.last_failed_id)
        if failed and last_sent and (last_sent.due_at, last_sent.pk) > (failed.due_at, failed.pk):
            failed = None
        states.append(ReminderState(kind, reminder, last_sent, failed))
    return states


@patient_required
def reminder_list(request: AuthenticatedRequest) -> HttpResponse:
    """The patient's reminders: each kind on or off, its time and days, its state, and the
    last e-mails sent (or not sent, and why)."""
    user = request.user
    saved = {reminder.kind: reminder for reminder in Reminder.objects.for_owner(user)}
    data = request.POST if request.method == "POST" else None
    zone_form = ZoneForm(data, initial={"timezone": user.timezone})
    forms = [
        ReminderForm(
            data,
            kind=kind,
            today=local_today(user),
            initial=reminder_initial(saved.get(kind), kind),
        )
        for kind in ReminderKind
    ]
    if data is not None and all([zone_form.is_valid(), *[form.is_valid() for form in forms]]):
        reminders_update(
            owner=user,
            zone=zone_form.cleaned_data["timezone"],
            choices={form.kind: _choices(form) for form in forms},
        )
        messages.success(request, _("Your reminders are saved."))
        return redirect("diary:reminder-list")
    deliveries = ReminderDelivery.objects.filter(reminder__owner=user).select_related("reminder")
    return render(
        request,
        "diary/reminder_list.html",
        {
            "zone_form": zone_form,
            "rows": [(form, saved.get(form.kind)) for form in forms],
            "deliveries": deliveries[:RECENT_DELIVERIES],
            "tz": user.tzinfo,
            "push_public_key": settings.WEBPUSH_VAPID_PUBLIC_KEY if push_offered() else "",
        },
    )


def _choices(form: ReminderForm) -> dict:
    return {
        "enabled": form.cleaned_data["enabled"],
        # A relief reminder has no time of day; the field keeps its default.
        "local_time": form.cleaned_data.get("local_time", datetime.time(20, 0)),
        "weekdays": form.weekdays_mask,
        "include_details": form.cleaned_data.get("include_details", False),
        "snoozed_until": form.cleaned_data["snoozed_until"],
        "relief_delay": form.cleaned_data.get("relief_delay"),
    }


def _link(request: HttpRequest, token: str, purpose: LinkPurpose) -> HttpResponse:
    """Confirm (GET) or do (POST) what a reminder e-mail's link says; a clear page, never
    an error, for a link that is altered, expired, for another purpose or used."""
    context: dict = {"purpose": purpose}
    try:
        delivery = delivery_for_link(purpose=purpose, token=token)
        context["delivery"] = delivery
        if request.method == "GET":
            if getattr(delivery, USED_FIELD[purpose]) is not None:
                raise LinkError(_("This link has already been used. Each link works once."))
            return render(request, "diary/reminder_link.html", context)
        link_use(delivery=delivery, purpose=purpose)
    except LinkError as error:
        context["problem"] = str(error)
        return render(request, "diary/reminder_link.html", context, status=400)
    except DiaryConflict as error:
        context["problem"] = str(error)
        return render(request, "diary/reminder_link.html", context, status=409)
    context["done"] = True
    return render(request, "diary/reminder_link.html", context)


@login_not_required
@never_cache
@require_http_methods(["GET", "POST"])
def reminder_nothing_to_report(request: HttpRequest, token: str) -> HttpResponse:
    return _link(request, token, LinkPurpose.NOTHING_TO_REPORT)


@login_not_required
@never_cache
@require_http_methods(["GET", "POST"])
def reminder_snooze(request: HttpRequest, token: str) -> HttpResponse:
    return _link(request, token, LinkPurpose.SNOOZE)


@login_not_required
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def reminder_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    return _link(request, token, LinkPurpose.UNSUBSCRIBE)
