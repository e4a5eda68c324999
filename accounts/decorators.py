"""Who may call a view: the one place each role's gate is written.

Login itself is the default (LoginRequiredMiddleware); these decide what a logged-in user
of the wrong kind gets: a 404, as for a page that does not exist, never a 403.
"""

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar, cast
from urllib.parse import urlencode

from allauth.account.internal.flows.reauthentication import did_recently_reauthenticate
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from accounts.models import User


class AuthenticatedRequest(HttpRequest):
    """The request of a view that needs a login (the default), so its user is a User and
    never AnonymousUser. Only for annotations: views take it as their request's type."""

    user: User


P = ParamSpec("P")
Request = TypeVar("Request", bound=HttpRequest)


def patient_required(
    view: Callable[Concatenate[AuthenticatedRequest, P], HttpResponseBase],
) -> Callable[Concatenate[HttpRequest, P], HttpResponseBase]:
    """Only patients keep and share a diary: clinicians and curators get a 404."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
        user = request.user
        if not (user.is_authenticated and user.is_patient and not user.is_staff):
            raise Http404
        return view(cast(AuthenticatedRequest, request), *args, **kwargs)

    return wrapper


def clinician_required(
    view: Callable[Concatenate[AuthenticatedRequest, P], HttpResponseBase],
) -> Callable[Concatenate[HttpRequest, P], HttpResponseBase]:
    """Clinicians only (everyone else gets a 404), and only once they have set up TOTP:
    before that, any clinic page sends them to confirm their e-mail address if they have
    not, then to set up TOTP."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
        user = request.user
        if not (user.is_authenticated and user.is_clinician and not user.is_staff):
            raise Http404
        if not has_totp(user):
            # Allauth sets up TOTP only once no address is unconfirmed, so that comes first.
            if EmailAddress.objects.filter(user=user, verified=False).exists():
                messages.info(
                    request,
                    gettext(
                        "Before Overlap shows any patient data, confirm your e-mail address "
                        "with the link Overlap sent you (or send it again below), then set up "
                        "two-factor authentication."
                    ),
                )
                return redirect("account_email")
            messages.info(
                request,
                gettext(
                    "Before Overlap shows any patient data, set up two-factor authentication "
                    "with an authenticator app. Then open “Patients” again."
                ),
            )
            return redirect("mfa_activate_totp")
        return view(cast(AuthenticatedRequest, request), *args, **kwargs)

    return wrapper


def has_totp(user: User) -> bool:
    """Whether the user has set up an authenticator app (TOTP) as their second step."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def password_confirmed(
    view: Callable[Concatenate[Request, P], HttpResponseBase],
) -> Callable[Concatenate[Request, P], HttpResponseBase]:
    """Exports need the password entered in the last 10 minutes (SECURITY.md). Without it,
    the patient confirms it and comes back to the profile's data section to download from
    there: a download straight after the password page would leave the browser on it."""

    @wraps(view)
    def wrapper(request: Request, *args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
        if not did_recently_reauthenticate(request):
            messages.info(
                request,
                gettext(
                    "Please confirm your password. You will then come back to your data, "
                    "ready to download."
                ),
            )
            query = urlencode({"next": reverse("accounts:profile") + "#your-data"})
            return redirect(f"{reverse('account_reauthenticate')}?{query}")
        return view(request, *args, **kwargs)

    return wrapper


SESSION_ENDED = gettext_lazy("Your session has ended. Please log in again.")


def session_or_401(view: Callable[P, HttpResponseBase]) -> Callable[P, HttpResponseBase]:
    """For JSON endpoints that scripts call: without a session, a 401 the script can act on
    (keep its data, ask to log in) instead of a redirect to the login page."""

    @login_not_required
    @wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
        request = args[0]
        if not (isinstance(request, HttpRequest) and request.user.is_authenticated):
            return JsonResponse({"error": str(SESSION_ENDED)}, status=401)
        return view(*args, **kwargs)

    return wrapper
