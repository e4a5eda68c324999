"""What makes Overlap installable: the web app manifest and the service worker.

The service worker is served from the site root so that its scope is the whole site. Its
code lives in static/js/service-worker.js; this view puts in front of it the list of files
it keeps for offline use (the quick-log page's assets, under their static URLs), the URL of
the outbox's code it shares with the pages (static/js/outbox.js, for Background Sync) and
a version made from them and from that code, so a new deploy changes the script and
browsers update it.
"""

import hashlib
import json

from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

from config import i18n

# The outbox's code: the quick log's pages run it, and so does the worker (Background Sync).
OUTBOX_SCRIPT = "js/outbox.js"
# The quick-log page's assets: everything it needs to open and work with no connection.
OFFLINE_ASSETS = [
    "vendor/bootstrap-5.3.9.min.css",
    "vendor/bootstrap-5.3.9.bundle.min.js",
    "css/overlap.css",
    "js/theme.js",
    "js/session.js",
    "js/installable.js",
    OUTBOX_SCRIPT,
    "js/quick-log.js",
    "img/favicon.svg",
    "img/icon-192.png",
    "img/icon-512.png",
    "img/icon-maskable-512.png",
]
THEME_COLOUR = "#2f5f93"


@login_not_required
@require_GET
def manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest: name, icons (one maskable), colours, start URL, standalone."""
    return JsonResponse(
        {
            "name": "Overlap: migraine and autoimmune diary",
            "short_name": "Overlap",
            "description": "One diary for migraine and autoimmune disease.",
            "id": "/",
            "start_url": "/",
            "scope": "/",
            "display": "standalone",
            "theme_color": THEME_COLOUR,
            "background_color": "#ffffff",
            "shortcuts": [{"name": "Quick log", "url": reverse("diary:quick-log")}],
            "icons": [
                {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {
                    "src": static("img/icon-maskable-512.png"),
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
            ],
        },
        content_type="application/manifest+json",
    )


@login_not_required
@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """The service worker's script, with its settings in front (see the module's docstring)."""
    path = finders.find("js/service-worker.js")
    outbox_path = finders.find(OUTBOX_SCRIPT)
    if not isinstance(path, str) or not isinstance(outbox_path, str):
        # Overlap's own files: missing means a broken checkout.
        raise FileNotFoundError("static/js/service-worker.js or static/" + OUTBOX_SCRIPT)
    with open(path, encoding="utf-8") as code_file:
        code = code_file.read()
    with open(outbox_path, encoding="utf-8") as outbox_file:
        outbox_code = outbox_file.read()
    settings: dict[str, object] = {
        "assets": [static(asset) for asset in OFFLINE_ASSETS] + i18n.catalogue_urls(),
        "quickLog": reverse("diary:quick-log"),
        "icon": static("img/icon-192.png"),
        "outbox": static(OUTBOX_SCRIPT),
    }
    settings["version"] = hashlib.sha256(
        (
            json.dumps(settings, sort_keys=True) + code + outbox_code + i18n.catalogue_fingerprint()
        ).encode()
    ).hexdigest()[:16]
    body = f"self.OVERLAP_SW = {json.dumps(settings)};\n{code}"
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response.headers["Service-Worker-Allowed"] = "/"
    # Browsers check for a new worker on every visit; nothing may keep an old one.
    response.headers["Cache-Control"] = "no-cache"
    return response
