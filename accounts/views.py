from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from accounts.forms import PatientProfileForm, ProfileForm, ThemeForm
from accounts.models import PatientProfile

THEME_COOKIE = "overlap_theme"


def profile(request: HttpRequest) -> HttpResponse:
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
    if request.headers.get("Accept") == "application/json":
        response = JsonResponse({"theme": theme})
    elif url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        response = redirect(next_url)
    else:
        response = redirect("home")
    if not request.user.is_authenticated:
        response.set_cookie(
            THEME_COOKIE, theme, max_age=365 * 24 * 60 * 60, samesite="Lax", httponly=True
        )
    return response
