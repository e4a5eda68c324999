"""Overlap is installable: a web app manifest linked from every page, and a service worker
served from the site root, allowed the whole site, never kept stale, under the strict CSP."""

import json
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static

from config.installable import OFFLINE_ASSETS

pytestmark = pytest.mark.django_db


def test_every_page_links_the_manifest_and_loads_the_worker_from_a_file(client):
    response = client.get("/learn/")

    assert b'<link rel="manifest" href="/manifest.webmanifest">' in response.content
    assert static("js/installable.js").encode() in response.content
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_the_manifest_names_the_app_its_icons_and_how_it_opens(client):
    response = client.get("/manifest.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"].startswith("Overlap")
    assert manifest["short_name"] == "Overlap"
    assert manifest["start_url"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] and manifest["background_color"]
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    assert [icon["purpose"] for icon in manifest["icons"] if "purpose" in icon] == ["maskable"]


def test_every_icon_is_a_png_of_its_stated_size(client):
    manifest = json.loads(client.get("/manifest.webmanifest").content)

    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        content = Path(path).read_bytes()
        width = int.from_bytes(content[16:20], "big")
        height = int.from_bytes(content[20:24], "big")
        assert content.startswith(b"\x89PNG\r\n\x1a\n")
        assert f"{width}x{height}" == icon["sizes"]


def test_the_service_worker_is_served_from_the_root_for_the_whole_site(client):
    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    settings_line = response.content.decode().splitlines()[0]
    assert settings_line.startswith("self.OVERLAP_SW = ")
    settings = json.loads(settings_line.removeprefix("self.OVERLAP_SW = ").rstrip(";"))
    # The quick-log page's files, and the JavaScript catalogue of every language: a page
    # opened offline still has its scripts' words.
    catalogues = ["/jsi18n/en/", "/jsi18n/es/", "/jsi18n/pt-br/", "/jsi18n/de/"]
    assert settings["assets"] == [static(asset) for asset in OFFLINE_ASSETS] + catalogues
    assert len(settings["version"]) == 16
    # Background Sync: the worker runs the pages' own outbox code.
    assert settings["outbox"] == static("js/outbox.js")
    assert "importScripts(SETTINGS.outbox);" in response.content.decode()
    assert 'self.addEventListener("sync"' in response.content.decode()


def test_a_logged_in_patient_gets_the_worker_never_stored(client, alice):
    client.force_login(alice)

    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_the_workers_offline_files_all_exist():
    for asset in OFFLINE_ASSETS:
        assert finders.find(asset), asset
