import time
import zoneinfo

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext

from accounts.language import supported_language

SEEN_RESOLUTION_SECONDS = 30


def idle_limit_seconds(user) -> int:
    """How long this user may stay idle before SessionTimeoutMiddleware logs them out."""
    return settings.SESSION_IDLE_SECONDS.get(user.role, 30 * 60)


class SessionTimeoutMiddleware:
    """Log out a user idle for longer than their role allows (SECURITY.md).

    Patients get 30 minutes, clinicians 15; SESSION_COOKIE_AGE caps any session at 12 hours.
    The last activity is noted at most every SEEN_RESOLUTION_SECONDS (or a tenth of a short
    limit), so a burst of requests (a page, its data, a click) saves the session once, not
    on every request; the idle limit then falls up to that much early, never late.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated:
            now = int(time.time())
            idle_limit = idle_limit_seconds(user)
            last_seen = request.session.get("last_seen", now)
            started = request.session.setdefault("started", now)
            if now - last_seen > idle_limit or now - started > settings.SESSION_COOKIE_AGE:
                logout(request)
                messages.info(request, gettext("You were logged out after a period of inactivity."))
            elif now - last_seen >= min(SEEN_RESOLUTION_SECONDS, idle_limit // 10) or (
                "last_seen" not in request.session
            ):
                request.session["last_seen"] = now
        return self.get_response(request)


class UserTimezoneMiddleware:
    """Show every date and time in the logged-in user's own time zone."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            try:
                timezone.activate(zoneinfo.ZoneInfo(request.user.timezone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


class PrivacyHeadersMiddleware:
    """Headers Django does not set itself: Permissions-Policy, and no caching of pages
    that may hold health data."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        # A response the same for everyone (the JavaScript catalogue) keeps its own caching.
        if request.user.is_authenticated and not getattr(response, "same_for_everyone", False):
            response.headers["Cache-Control"] = "no-store"
        return response


class UserLanguageMiddleware:
    """Show a logged-in user's pages in their account's language, over the browser's.

    LocaleMiddleware has already chosen the visitor's language (the cookie, else
    Accept-Language). An account with a language puts it over that choice, and the
    language cookie is brought in line with it, so the page after logging out stays in the
    same language.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = ""
        if request.user.is_authenticated:
            language = supported_language(request.user.language)
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        response = self.get_response(request)
        if language and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            set_language_cookie(response, language)
        return response


def set_language_cookie(response: HttpResponse, language: str) -> None:
    """Remember a visitor's language for a year (Django's own cookie, which LocaleMiddleware
    reads before Accept-Language)."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 60 * 60,
        samesite="Lax",
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
    )
