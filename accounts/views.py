import logging
import time

from allauth.account.decorators import reauthentication_required
from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.forms import (
    AccountDeleteForm,
    PatientProfileForm,
    ProfileForm,
    ShareInviteForm,
    ThemeForm,
)
from accounts.middleware import idle_limit_seconds
from accounts.models import AccessEvent, CareShare, PatientProfile
from accounts.services import (
    SHARE_DURATIONS,
    ShareError,
    account_erase,
    share_accept,
    share_check,
    share_find,
    share_invite,
    share_revoke,
)

THEME_COOKIE = "overlap_theme"
security_log = logging.getLogger("overlap.security")


def profile(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    patient_profile = None
    if user.is_patient:
        patient_profile, _ = PatientProfile.objects.get_or_create(user=user)
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=user)
        patient_form = (
            PatientProfileForm(request.POST, instance=patient_profile, prefix="patient")
            if patient_profile
            else None
        )
        if form.is_valid() and (patient_form is None or patient_form.is_valid()):
            with transaction.atomic():
                form.save()
                if patient_form:
                    patient_form.save()
            messages.success(request, "Your profile is saved.")
            return redirect("accounts:profile")
    else:
        form = ProfileForm(instance=user)
        patient_form = (
            PatientProfileForm(instance=patient_profile, prefix="patient")
            if patient_profile
            else None
        )
    return render(request, "accounts/profile.html", {"form": form, "patient_form": patient_form})


@login_not_required
@require_POST
def theme_set(request: HttpRequest) -> HttpResponse:
    """Remember the chosen theme: on the account when logged in, in a cookie otherwise."""
    form = ThemeForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": "Choose light, dark, high contrast or system."}, status=400)
    theme = form.cleaned_data["theme"]
    if request.user.is_authenticated:
        request.user.theme = theme
        request.user.save(update_fields=["theme"])
    next_url = request.POST.get("next", "")
    response: HttpResponse
    if request.headers.get("Accept") == "application/json":
        response = JsonResponse({"theme": theme})
    elif next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, {request.get_host()}, request.is_secure()
    ):
        # A path on this site, never a URL name (redirect("abc") would look one up).
        response = HttpResponseRedirect(next_url)
    else:
        response = redirect("home")
    if not request.user.is_authenticated:
        response.set_cookie(
            THEME_COOKIE, theme, max_age=365 * 24 * 60 * 60, samesite="Lax", httponly=True
        )
    return response


@login_not_required
@require_POST
def session_ping(request: HttpRequest) -> HttpResponse:
    """Keep the session alive (static/js/session.js): note this moment as the last activity
    (SessionTimeoutMiddleware notes it only every so often); a session that has already
    ended answers 401."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": "Your session has ended. Please log in again."}, status=401)
    request.session["last_seen"] = int(time.time())
    return JsonResponse({"idle_seconds": idle_limit_seconds(request.user)})


# --- Sharing -------------------------------------------------------------------------

ACCESS_EVENTS_PER_PAGE = 50


@patient_required
@reauthentication_required(allow_get=True)
def sharing(request: AuthenticatedRequest) -> HttpResponse:
    """The patient's shares: invite a clinician (after re-entering the password), revoke,
    and the history of what clinicians viewed or exported."""
    patient = request.user
    if request.method == "POST":
        form = ShareInviteForm(request.POST, patient=patient)
        if form.is_valid():
            share = share_invite(
                patient=patient,
                invite_email=form.cleaned_data["email"],
                duration=SHARE_DURATIONS[form.cleaned_data["duration"]],
                include_notes=form.cleaned_data["include_notes"],
                site_url=request.build_absolute_uri("/"),
            )
            messages.success(
                request,
                f"The invitation to {share.invite_email} is on its way. The link works "
                f"once, for {CareShare.INVITATION_DAYS} days; this page shows if the e-mail "
                "could not be sent.",
            )
            return redirect("sharing:list")
    else:
        form = ShareInviteForm(patient=patient)
    events = Paginator(
        AccessEvent.objects.for_patient(patient).select_related("actor"), ACCESS_EVENTS_PER_PAGE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "accounts/sharing.html",
        {
            "form": form,
            "shares": CareShare.objects.for_patient(patient).select_related("clinician"),
            "events": events,
            "invitation_days": CareShare.INVITATION_DAYS,
        },
    )


@patient_required
@require_POST
def share_revoke_view(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    share = get_object_or_404(CareShare.objects.for_patient(request.user), pk=pk)
    if share_revoke(share=share, patient=request.user):
        messages.success(
            request, f"Access for {share.clinician or share.invite_email} has ended, as of now."
        )
    else:
        messages.info(request, "This share had already ended.")
    return redirect("sharing:list")


def share_accept_view(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """A clinician opens the link from an invitation e-mail and accepts it (POST)."""
    share = share_find(token=token)
    if share is None:
        return render(
            request,
            "accounts/share_accept.html",
            {"problem": "This invitation link is not valid. Check that it is complete."},
            status=404,
        )
    if request.method == "POST":
        try:
            share = share_accept(token=token, clinician=request.user)
        except ShareError as error:
            return render(
                request, "accounts/share_accept.html", {"problem": str(error)}, status=400
            )
        messages.success(request, f"{share.patient} now shares their diary with you.")
        return redirect("clinic:patient-list")
    try:
        share_check(share=share, clinician=request.user, now=timezone.now())
    except ShareError as error:
        return render(request, "accounts/share_accept.html", {"problem": str(error)})
    return render(request, "accounts/share_accept.html", {"share": share})


# --- Leaving -------------------------------------------------------------------------


def account_delete(request: AuthenticatedRequest) -> HttpResponse:
    """Delete the account and all its data, after the password and a tick.

    The password typed here is the re-authentication: it is checked on the same request,
    with allauth's limit on password re-entry. Staff accounts get a 404: an administrator
    removes them."""
    user = request.user
    if user.is_staff or user.is_superuser:
        raise Http404
    if request.method == "POST":
        limited = ratelimit.consume_or_429(request, action="reauthenticate", user=user)
        if limited:
            return limited
        form = AccountDeleteForm(request.POST, user=user)
        if form.is_valid():
            account_erase(user=user)
            logout(request)
            messages.success(request, "Your account and all your data are deleted. Goodbye.")
            return redirect("home")
        security_log.warning("account erase refused user=%s", user.pk)
    else:
        form = AccountDeleteForm(user=user)
    return render(request, "accounts/account_delete.html", {"form": form})
