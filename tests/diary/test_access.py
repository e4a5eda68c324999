"""Every diary URL: anonymous visitors log in first; other patients, clinicians and
curators get 404 and no data; malformed ids are 404, never 500."""

import pytest

PER_OBJECT_URLS = [
    ("attack", "/diary/migraines/{pk}/"),
    ("attack", "/diary/migraines/{pk}/edit/"),
    ("attack", "/diary/migraines/{pk}/delete/"),
    ("attack", "/diary/migraines/{pk}/end/"),
    ("flare", "/diary/flares/{pk}/"),
    ("flare", "/diary/flares/{pk}/edit/"),
    ("flare", "/diary/flares/{pk}/delete/"),
    ("sumatriptan", "/diary/medications/{pk}/edit/"),
    ("sumatriptan", "/diary/medications/{pk}/delete/"),
    ("dose", "/diary/doses/{pk}/edit/"),
    ("dose", "/diary/doses/{pk}/delete/"),
    ("alice_trigger", "/diary/triggers/{pk}/delete/"),
]
COLLECTION_URLS = [
    "/diary/",
    "/diary/migraines/new/",
    "/diary/migraines/start/",
    "/diary/flares/new/",
    "/diary/medications/",
    "/diary/doses/new/",
    "/diary/checkins/2025-01-01/",
    "/diary/checkins/2025-01-01/delete/",
    "/diary/triggers/",
]
ALL_PATTERNS = [url for _, url in PER_OBJECT_URLS] + COLLECTION_URLS


@pytest.mark.parametrize("fixture, pattern", PER_OBJECT_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_it_404s_for_other_patients_objects(request, charlie_client, fixture, pattern, method):
    entry = request.getfixturevalue(fixture)
    url = pattern.format(pk=entry.pk)

    response = getattr(charlie_client, method)(url, {"notes": "x", "name": "x"})

    assert response.status_code == 404
    assert b"Alice" not in response.content
    assert type(entry).objects.filter(pk=entry.pk).exists()


@pytest.mark.parametrize("persona", ["bob_client", "carol_client"])
@pytest.mark.parametrize("pattern", ALL_PATTERNS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_clinicians_and_curators_get_404_for_diary_urls(request, persona, pattern, method):
    client = request.getfixturevalue(persona)

    response = getattr(client, method)(pattern.format(pk=1), {"minutes_ago": "0"})

    assert response.status_code == 404


@pytest.mark.parametrize("pattern", ALL_PATTERNS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_log_in(client, db, pattern, method):
    response = getattr(client, method)(pattern.format(pk=1))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


@pytest.mark.parametrize("bad_id", ["0", "-1", str(2**64), str(2**63), "abc", "1.5", "%00"])
@pytest.mark.parametrize("pattern", [url for _, url in PER_OBJECT_URLS])
def test_malformed_ids_are_404(alice_client, pattern, bad_id):
    url = pattern.replace("{pk}", bad_id)

    assert alice_client.get(url).status_code == 404
    assert alice_client.post(url).status_code == 404


def test_curators_home_has_no_diary(carol_client):
    response = carol_client.get("/")

    assert response.status_code == 200
    assert b"/diary/migraines/start/" not in response.content


def test_diary_models_are_not_in_the_admin():
    from django.contrib import admin

    from diary import models

    for model in (
        models.MigraineAttack,
        models.Flare,
        models.Medication,
        models.MedicationDose,
        models.DailyCheckIn,
        models.Trigger,
    ):
        assert not admin.site.is_registered(model)
