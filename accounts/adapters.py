import hashlib
import logging

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import translation

from accounts.language import supported_language
from accounts.mail import account_mail_queue
from accounts.models import PatientProfile, User
from accounts.onboarding import TIMEZONE_OFFER, onboarding_start

security_log = logging.getLogger("overlap.security")


def loggable_key(key: str) -> str:
    """A throttling key fit for the security log: an account's id as it is, but whatever
    was typed for an unknown account (perhaps a password in the wrong box) only as a digest."""
    if key.startswith("user:"):
        return key
    return "typed:" + hashlib.sha256(key.encode()).hexdigest()[:16]


class AccountAdapter(DefaultAccountAdapter):
    """Overlap's hooks into allauth: roles at sign-up, throttling keys, security log, and
    e-mail sent by the background worker."""

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # Rendered here, where allauth's context (request, site, the new link) is right;
        # sent by the worker, so no request waits on the mail server, and a sign-up or reset
        # for an address with an account takes as long as one for an address without.
        # In the account's language when the address has an account with one (a password
        # reset asked for from a browser in another language), else in the page's.
        request = allauth_context.request
        account_language = (
            User.objects.filter(email__iexact=email).values_list("language", flat=True).first()
        )
        language = supported_language(account_language) or translation.get_language()
        with translation.override(language):
            message = self.render_mail(
                template_prefix,
                email,
                {"request": request, "email": email, "current_site": get_current_site(request)}
                | context,
            )
        account_mail_queue(kind=template_prefix, message=message)

    def save_user(self, request: HttpRequest, user: User, form, commit: bool = True) -> User:
        with transaction.atomic():
            user.role = form.cleaned_data.get("role") or User.Role.PATIENT
            user.display_name = form.cleaned_data.get("display_name", "")
            # The language the visitor signed up in: their e-mails and pages stay in it.
            user.language = supported_language(translation.get_language())
            onboarding_start(user)
            user = super().save_user(request, user, form, commit=commit)
            if commit and user.is_patient:
                PatientProfile.objects.get_or_create(user=user)
        security_log.info("signup user=%s role=%s", user.pk, user.role)
        return user

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials) -> str:
        # Throttle per account, not per spelling: "Alice@Example.com" and
        # "alice@example.com " reach the same counter because both resolve to one user.
        login = (credentials.get("email") or credentials.get("username") or "").strip().lower()
        user = User.objects.filter(email__iexact=login).only("pk").first()
        return f"user:{user.pk}" if user else f"email:{login}"

    def pre_authenticate(self, request: HttpRequest, **credentials) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:  # the limit; a cache outage is not a throttled login
            key = self._get_login_attempts_cache_key(request, **credentials)
            security_log.warning("login throttled key=%s", loggable_key(key))
            raise

    def authentication_failed(self, request: HttpRequest, **credentials) -> None:
        key = self._get_login_attempts_cache_key(request, **credentials)
        security_log.warning("login failed key=%s", loggable_key(key))

    def login(self, request: HttpRequest, user: User) -> None:
        super().login(request, user)
        # The pages offer the device's time zone if it is not the account's.
        request.session[TIMEZONE_OFFER] = True
        security_log.info("login succeeded user=%s", user.pk)
