from django.conf import settings
from django.http import HttpRequest

from accounts.middleware import idle_limit_seconds
from accounts.themes import theme_choice, title_bars


def session_timeout(request: HttpRequest) -> dict:
    """The idle limit and the warning time before it, for static/js/session.js."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "session_idle_seconds": idle_limit_seconds(user),
        "session_warning_seconds": settings.SESSION_WARNING_SECONDS,
    }


def theme(request: HttpRequest) -> dict:
    """The chosen theme and its title bar for templates/base.html; the home page in attack
    mode passes its own `title_bars`."""
    choice = theme_choice(request)
    return {"theme_pref": choice, "title_bars": title_bars(choice)}


def languages(request: HttpRequest) -> dict:
    """The languages of the language menu (templates/includes/language_menu.html), each
    named in its own words: Django's get_available_languages would translate the names."""
    return {"language_choices": settings.LANGUAGES}
