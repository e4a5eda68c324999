"""Two-factor authentication as the key to the pages that show the most: patient data in
the clinic (clinicians) and every page of the curation admin (staff)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.functional import Promise
from django.utils.translation import gettext


def has_totp(user) -> bool:
    """Whether the user has an authenticator app (TOTP) set up."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def two_factor_setup_redirect(request: HttpRequest, *, before: "str | Promise") -> HttpResponse:
    """Send a signed-in user without TOTP to set it up, with a message saying that
    ``before`` (e.g. "the curation pages open", translated lazily: the message is written in
    the language of the request) waits for it. Allauth sets up TOTP only
    once no e-mail address is unconfirmed, so an unconfirmed address comes first."""
    if EmailAddress.objects.filter(user=request.user, verified=False).exists():
        messages.info(
            request,
            gettext(
                "Before %(before)s, confirm your e-mail address with the link Overlap sent you "
                "(or send it again below), then set up two-factor authentication."
            )
            % {"before": before},
        )
        return redirect("account_email")
    messages.info(
        request,
        gettext(
            "Before %(before)s, set up two-factor authentication with an authenticator app. "
            "Then come back."
        )
        % {"before": before},
    )
    return redirect("mfa_activate_totp")
