from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_not_required
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.db import DatabaseError, connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from clinic.views import home as clinician_home
from diary.views.home import patient_home


@login_not_required
def home(request: HttpRequest) -> HttpResponse:
    """The landing page for visitors; each role's own home page once logged in."""
    user = request.user
    if not user.is_authenticated:
        return render(request, "landing.html")
    if user.is_clinician:
        return clinician_home(request)
    if user.is_staff:
        return render(request, "curator_home.html")
    return patient_home(request)


@login_not_required
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and database check for load balancers and uptime monitors."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@staff_member_required
def admin_view_on_site(request: HttpRequest, content_type_id: int, object_id: str):
    """The admin's "view on site" redirect, only for models the staff user may view, so a
    curator cannot probe which diary ids exist."""
    content_type = ContentType.objects.filter(pk=content_type_id).first()
    if content_type is None or not request.user.has_perm(
        f"{content_type.app_label}.view_{content_type.model}"
    ):
        raise Http404
    return shortcut(request, content_type_id, object_id)
