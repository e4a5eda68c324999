from django.conf import settings
from django.http import HttpRequest

from accounts.middleware import idle_limit_seconds


def session_timeout(request: HttpRequest) -> dict:
    """The idle limit and the warning time before it, for static/js/session.js."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "session_idle_seconds": idle_limit_seconds(user),
        "session_warning_seconds": settings.SESSION_WARNING_SECONDS,
    }
