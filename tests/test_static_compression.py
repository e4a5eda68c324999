"""Production static files (docs/deploy.md): collectstatic with the production storage
writes Brotli next to gzip, and WhiteNoise serves it to a browser that accepts it."""

import brotli
import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.test import Client, override_settings

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


@pytest.fixture
def collected(tmp_path):
    with override_settings(
        STATIC_ROOT=tmp_path, STORAGES=PRODUCTION_STORAGES, WHITENOISE_AUTOREFRESH=False
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield tmp_path


@pytest.mark.django_db
def test_the_timeline_script_is_served_in_brotli_to_browsers_that_accept_it(collected):
    name = staticfiles_storage.stored_name("js/timeline.js")
    assert (collected / f"{name}.br").exists()
    assert (collected / f"{name}.gz").exists()
    original = (collected / name).read_bytes()

    brotli_response = Client().get(f"/static/{name}", HTTP_ACCEPT_ENCODING="gzip, br")
    gzip_response = Client().get(f"/static/{name}", HTTP_ACCEPT_ENCODING="gzip")

    assert brotli_response.status_code == 200
    assert brotli_response["Content-Encoding"] == "br"
    body = b"".join(brotli_response.streaming_content)
    assert brotli.decompress(body) == original
    assert gzip_response["Content-Encoding"] == "gzip"
