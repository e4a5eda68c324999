import logging
import secrets
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import cast

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_not_required
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.cache import cache
from django.db import connections
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views import defaults
from django.views.decorators.cache import never_cache

from accounts.decorators import AuthenticatedRequest
from accounts.onboarding import step_url
from accounts.views import profile as account_profile
from clinic.views import home as clinician_home
from config.middleware import OUTAGE_ERRORS, unavailable_response
from diary.views.home import patient_home
from diary.views.reminders import reminder_states


@login_not_required
def home(request: HttpRequest) -> HttpResponseBase:
    """The landing page for visitors; each role's own home page once logged in."""
    user = request.user
    if not user.is_authenticated:
        return render(request, "landing.html")
    if user.is_clinician:
        return clinician_home(cast(AuthenticatedRequest, request))  # logged in: checked above
    if user.is_staff:
        return render(request, "curator_home.html")
    if user.in_onboarding:
        # A new patient's first visit, and every visit until they finish or skip it.
        return redirect(step_url(user.onboarding_step))
    return patient_home(request)


def profile(request: AuthenticatedRequest) -> HttpResponse:
    """The profile page (accounts) with the state of a patient's reminders (diary) on it:
    each on or off, its time and days, its last e-mail and a failed one."""
    user = request.user
    extra_context = {}
    if user.is_patient and not user.is_staff:
        extra_context = {"reminder_states": reminder_states(owner=user), "tz": user.tzinfo}
    return account_profile(request, extra_context=extra_context)


# Each check runs in a thread of its own so /healthz answers within HEALTHZ_TIMEOUT even
# when a dependency hangs (a frozen server accepts connections and never replies). A check
# still waiting from an earlier call counts as a timeout, so hung checks never pile up.
_checks = ThreadPoolExecutor(max_workers=4, thread_name_prefix="healthz")
_waiting: dict[str, Future] = {}
health_log = logging.getLogger("overlap.health")


def _database_answers() -> None:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        connections.close_all()  # this thread's own connection


def _cache_answers() -> None:
    try:
        value = secrets.token_hex(8)
        cache.set("healthz", value, timeout=60)
        if cache.get("healthz") != value:
            raise RuntimeError("The cache did not keep a value.")
    finally:
        connections.close_all()  # the database cache's connection, if any


def _check(name: str, probe: Callable[[], None]) -> str:
    """ "ok", "timeout" or "unavailable"."""
    earlier = _waiting.get(name)
    if earlier is not None and not earlier.done():
        return "timeout"
    future = _checks.submit(probe)
    try:
        future.result(timeout=settings.HEALTHZ_TIMEOUT)
    except FutureTimeout:
        _waiting[name] = future
        health_log.warning("healthz: the %s did not answer in time", name)
        return "timeout"
    except Exception as error:
        health_log.warning("healthz: the %s is unavailable", name, exc_info=error)
        return "unavailable"
    return "ok"


@login_not_required
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and uptime monitors: whether the database and the cache answer,
    each within HEALTHZ_TIMEOUT seconds; 503 when either does not."""
    report = {"database": _check("database", _database_answers)}
    report["cache"] = _check("cache", _cache_answers)
    healthy = all(state == "ok" for state in report.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "error", **report}, status=200 if healthy else 503
    )
    # Each failed check is logged above, with its cause; Django's flag is not in the stubs.
    response._has_been_logged = True  # type: ignore[attr-defined]
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the calm 503 page for a database or cache outage raised outside a view
    (loading the session, say) and for errors that follow one in the same request, Django's
    plain error page for anything else."""
    if isinstance(sys.exc_info()[1], OUTAGE_ERRORS) or getattr(request, "outage", False):
        return unavailable_response(request)
    return defaults.server_error(request)


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
