from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render


@login_not_required
def home(request: HttpRequest) -> HttpResponse:
    """The landing page for visitors; each role's own home page once logged in."""
    if not request.user.is_authenticated:
        return render(request, "landing.html")
    if request.user.is_clinician:
        return render(request, "diary/clinician_home.html")
    return render(request, "diary/patient_home.html")


def entry_list(request: HttpRequest) -> HttpResponse:
    if not request.user.is_patient:
        raise Http404
    return render(request, "diary/entry_list.html")


def timeline(request: HttpRequest) -> HttpResponse:
    if not request.user.is_patient:
        raise Http404
    return render(request, "diary/timeline.html")
