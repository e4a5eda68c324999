import logging
import time
from typing import Any

from allauth.account.decorators import reauthentication_required
from allauth.core import ratelimit
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.forms import (
    SECTION_CHOICES,
    AccountDeleteForm,
    ConditionsForm,
    CycleTrackingForm,
    LanguageForm,
    OnboardingThemeForm,
    PatientProfileForm,
    ProfileForm,
    ShareInviteForm,
    ShareSectionsForm,
    ThemeForm,
    TimezoneForm,
)
from accounts.language import account_language
from accounts.middleware import idle_limit_seconds, set_language_cookie
from accounts.models import AccessEvent, CareShare, OnboardingStep, PatientProfile, User
from accounts.onboarding import (
    TIMEZONE_OFFER,
    onboarding_continue,
    onboarding_end,
    step_context,
    step_url,
    timezone_confirm,
    timezone_question_dismiss,
)
from accounts.services import (
    SHARE_DURATIONS,
    ShareError,
    account_erase,
    share_accept,
    share_check,
    share_find,
    share_invite,
    share_revoke,
    share_sections_change,
)
from accounts.themes import THEME_COOKIE

security_log = logging.getLogger("overlap.security")


def profile(
    request: AuthenticatedRequest, *, extra_context: dict[str, Any] | None = None
) -> HttpResponse:
    """The profile and settings page. `extra_context` is what the layers above add to it
    (config.views.profile: the patient's reminders)."""
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
            if "timezone" in form.changed_data:
                user.timezone_confirmed = True
            with transaction.atomic():
                form.save()
                if patient_form:
                    patient_form.save()
            # The page after saving, and this message, are in the language just chosen.
            translation.activate(account_language(user))
            messages.success(request, gettext("Your profile is saved."))
            return redirect("accounts:profile")
    else:
        form = ProfileForm(instance=user)
        patient_form = (
            PatientProfileForm(instance=patient_profile, prefix="patient")
            if patient_profile
            else None
        )
    return render(
        request,
        "accounts/profile.html",
        {"form": form, "patient_form": patient_form, **(extra_context or {})},
    )


@login_not_required
@require_POST
def theme_set(request: HttpRequest) -> HttpResponse:
    """Remember the chosen theme: on the account when logged in, in a cookie otherwise."""
    form = ThemeForm(request.POST)
    if not form.is_valid():
        return JsonResponse(
            {"error": gettext("Choose light, dark, high contrast or system.")}, status=400
        )
    theme = form.cleaned_data["theme"]
    if request.user.is_authenticated:
        request.user.theme = theme
        request.user.save(update_fields=["theme"])
    response: HttpResponse
    if request.headers.get("Accept") == "application/json":
        response = JsonResponse({"theme": theme})
    else:
        response = redirect_back(request)
    if not request.user.is_authenticated:
        response.set_cookie(
            THEME_COOKIE, theme, max_age=365 * 24 * 60 * 60, samesite="Lax", httponly=True
        )
    return response


@login_not_required
@require_POST
def language_set(request: HttpRequest) -> HttpResponse:
    """Switch Overlap's language from the menu on every page: saved on the account when
    logged in, and in the language cookie either way (it outlasts a logout)."""
    form = LanguageForm(request.POST)
    if not form.is_valid():
        return HttpResponse(
            gettext("Choose one of the languages in the list."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    language = form.cleaned_data["language"]
    if request.user.is_authenticated:
        request.user.language = language
        request.user.save(update_fields=["language"])
    response = redirect_back(request)
    set_language_cookie(response, language)
    return response


def redirect_back(request: HttpRequest) -> HttpResponseRedirect:
    """To the posted `next` when it is a path on this site, else home."""
    next_url = request.POST.get("next", "")
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, {request.get_host()}, request.is_secure()
    ):
        # A path on this site, never a URL name (redirect("abc") would look one up).
        return HttpResponseRedirect(next_url)
    return redirect("home")


@require_POST
def timezone_set(request: AuthenticatedRequest) -> HttpResponse:
    """Accept a time zone offered by the banner (the device's), or refuse an unknown one."""
    form = TimezoneForm(request.POST, instance=request.user)
    if form.is_valid():
        zone = form.cleaned_data["timezone"]
        timezone_confirm(user=request.user, zone=zone)
        request.session.pop(TIMEZONE_OFFER, None)
        messages.success(
            request, gettext("Overlap now shows your dates and times in %(zone)s.") % {"zone": zone}
        )
    else:
        # The form changed the unsaved instance: read the zone the account still has.
        request.user.refresh_from_db(fields=["timezone"])
        typed = "".join(c for c in request.POST.get("timezone", "")[:64] if c.isprintable())
        messages.error(
            request,
            gettext(
                "“%(typed)s” is not a time zone Overlap knows, so nothing was changed. "
                "Choose yours on your profile."
            )
            % {"typed": typed}
            if typed
            else gettext("No time zone was sent, so nothing was changed."),
        )
    return redirect_back(request)


@require_POST
def timezone_dismiss(request: AuthenticatedRequest) -> HttpResponse:
    """Keep the zone the account has: the one-time question is answered, and the device's
    zone is not offered again until the next login."""
    timezone_question_dismiss(user=request.user)
    request.session.pop(TIMEZONE_OFFER, None)
    return redirect_back(request)


# --- Onboarding ----------------------------------------------------------------------

ONBOARDING_FORMS: dict[OnboardingStep, type[forms.ModelForm]] = {
    OnboardingStep.CONDITIONS: ConditionsForm,
    OnboardingStep.TIMEZONE: TimezoneForm,
    OnboardingStep.CYCLE: CycleTrackingForm,
    OnboardingStep.THEME: OnboardingThemeForm,
}


@patient_required
def onboarding_resume(request: AuthenticatedRequest) -> HttpResponse:
    """The step the patient was on, or home once onboarding is over."""
    if not request.user.in_onboarding:
        return redirect("home")
    return HttpResponseRedirect(step_url(request.user.onboarding_step))


@patient_required
def onboarding_step(request: AuthenticatedRequest, step: OnboardingStep) -> HttpResponse:
    """One question of onboarding: saved, or skipped with "Skip this question", then on to
    the next. Once onboarding is over (a second tap on "Finish"), every step goes home."""
    user = request.user
    if not user.in_onboarding:
        return redirect("home")
    form_class = ONBOARDING_FORMS[step]
    instance: User | PatientProfile = user
    if step in (OnboardingStep.CONDITIONS, OnboardingStep.CYCLE):
        instance = PatientProfile.objects.get_or_create(user=user)[0]
    if request.method == "POST" and "skip" in request.POST:
        if step == OnboardingStep.TIMEZONE:
            timezone_question_dismiss(user=user)
        return onboarding_continue(request, user, done=step)
    if request.method == "POST":
        form = form_class(request.POST, instance=instance)
        if form.is_valid():
            if step == OnboardingStep.TIMEZONE:
                timezone_confirm(user=user, zone=form.cleaned_data["timezone"])
            elif instance is user:
                # Only the answer: a second tap running beside this one moves the step.
                user.save(update_fields=list(form.fields))
            else:
                form.save()
            return onboarding_continue(request, user, done=step)
        user.refresh_from_db()
    else:
        form = form_class(instance=instance)
    return render(
        request, f"accounts/onboarding/{step.value}.html", {"form": form, **step_context(step)}
    )


@patient_required
@require_POST
def onboarding_skip(request: AuthenticatedRequest) -> HttpResponse:
    """Leave onboarding for good and go to the diary."""
    if onboarding_end(user=request.user):
        messages.info(
            request,
            gettext(
                "You can add your conditions, time zone and reminders on your profile, and "
                "your medicines under Diary, whenever you like."
            ),
        )
    return redirect("home")


@login_not_required
@require_POST
def session_ping(request: HttpRequest) -> HttpResponse:
    """Keep the session alive (static/js/session.js): note this moment as the last activity
    (SessionTimeoutMiddleware notes it only every so often); a session that has already
    ended answers 401."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {"error": gettext("Your session has ended. Please log in again.")}, status=401
        )
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
                sections=form.cleaned_data["sections"],
                site_url=request.build_absolute_uri("/"),
            )
            messages.success(
                request,
                ngettext(
                    "The invitation to %(address)s is on its way. The link works once, for "
                    "%(days)d day; this page shows if the e-mail could not be sent.",
                    "The invitation to %(address)s is on its way. The link works once, for "
                    "%(days)d days; this page shows if the e-mail could not be sent.",
                    CareShare.INVITATION_DAYS,
                )
                % {"address": share.invite_email, "days": CareShare.INVITATION_DAYS},
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
            "section_choices": SECTION_CHOICES,
        },
    )


@patient_required
@require_POST
def share_sections_view(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Changing which sections a clinician sees through a share: from their next request."""
    share = get_object_or_404(
        CareShare.objects.for_patient(request.user).select_related("clinician"), pk=pk
    )
    who = share.clinician or share.invite_email
    form = ShareSectionsForm(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            gettext("%(error)s Nothing was changed for %(who)s.")
            % {"error": form.errors["sections"][0], "who": who},
        )
    elif share_sections_change(
        share=share, patient=request.user, sections=form.cleaned_data["sections"]
    ):
        messages.success(
            request,
            gettext("From now on %(who)s sees: %(sections)s.")
            % {"who": who, "sections": share.section_words},
        )
    elif share.can_be_revoked:
        messages.info(
            request,
            gettext("%(who)s already sees these sections; nothing was changed.") % {"who": who},
        )
    else:
        messages.info(request, gettext("This share has ended, so there is nothing to change."))
    return redirect("sharing:list")


@patient_required
@require_http_methods(["GET", "POST"])
def share_revoke_view(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Ending a share: GET asks first (who loses access, and from when), POST ends it."""
    share = get_object_or_404(
        CareShare.objects.for_patient(request.user).select_related("clinician"), pk=pk
    )
    if request.method == "GET":
        return render(request, "accounts/share_revoke.html", {"share": share})
    if share_revoke(share=share, patient=request.user):
        messages.success(
            request,
            gettext("Access for %(who)s has ended, as of now.")
            % {"who": share.clinician or share.invite_email},
        )
    else:
        messages.info(request, gettext("This share had already ended."))
    return redirect("sharing:list")


def share_accept_view(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """A clinician opens the link from an invitation e-mail and accepts it (POST)."""
    share = share_find(token=token)
    if share is None:
        return render(
            request,
            "accounts/share_accept.html",
            {"problem": gettext("This invitation link is not valid. Check that it is complete.")},
            status=404,
        )
    if request.method == "POST":
        try:
            share = share_accept(token=token, clinician=request.user)
        except ShareError as error:
            return render(
                request, "accounts/share_accept.html", {"problem": str(error)}, status=400
            )
        messages.success(
            request, gettext("%(name)s now shares their diary with you.") % {"name": share.patient}
        )
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
            messages.success(
                request, gettext("Your account and all your data are deleted. Goodbye.")
            )
            return redirect("home")
        security_log.warning("account erase refused user=%s", user.pk)
    else:
        form = AccountDeleteForm(user=user)
    return render(request, "accounts/account_delete.html", {"form": form})
