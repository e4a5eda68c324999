"""The JavaScript catalogue: the translated words of static/js, as a script file.

The strict CSP (config/settings.py) allows scripts from this site only, never inline, so
the catalogue is a URL of its own that base.html loads with a plain <script src>. The
language is in the path, not taken from the request, so a browser or proxy may keep one
copy per language: the words are the same for everyone and hold nothing about anyone.
"""

import hashlib
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from django.views.i18n import JavaScriptCatalog

from accounts.language import LANGUAGE_CODES

# Long enough that a page load seldom fetches it, short enough that a deploy's new words
# reach every browser the same day.
CATALOG_MAX_AGE = 60 * 60

_catalog = JavaScriptCatalog.as_view(domain="djangojs", packages=None)


def catalogue_urls() -> list[str]:
    """The catalogue of every language: the service worker keeps them with the quick-log
    page's other scripts, so a page opened offline still has its words."""
    return [reverse("javascript-catalog", args=[code]) for code, _name in settings.LANGUAGES]


def catalogue_fingerprint() -> str:
    """Changes when any compiled JavaScript catalogue does, so the service worker that keeps
    them is replaced by one that fetches the new words."""
    digest = hashlib.sha256()
    for directory in settings.LOCALE_PATHS:
        for compiled in sorted(Path(directory).glob("*/LC_MESSAGES/djangojs.mo")):
            digest.update(compiled.read_bytes())
    return digest.hexdigest()[:16]


@login_not_required
@require_GET
def javascript_catalog(request: HttpRequest, language: str) -> HttpResponseBase:
    """gettext, ngettext and interpolate for static/js, in `language` (one of LANGUAGES)."""
    if language not in LANGUAGE_CODES:
        raise Http404
    with translation.override(language):
        response = _catalog(request)
    response["Cache-Control"] = f"public, max-age={CATALOG_MAX_AGE}"
    # PrivacyHeadersMiddleware would make it no-store for a logged-in user.
    response.same_for_everyone = True  # type: ignore[attr-defined]
    return response
