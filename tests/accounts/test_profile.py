from django.urls import reverse
from django.utils import timezone

from accounts.middleware import UserTimezoneMiddleware
from education.models import Condition

PROFILE = reverse("accounts:profile")


def test_it_saves_a_patients_profile_and_conditions(alice_client, alice):
    lupus = Condition.objects.get(slug="lupus")
    celiac = Condition.objects.get(slug="celiac")

    response = alice_client.post(
        PROFILE,
        {
            "display_name": "Alice B",
            "timezone": "America/New_York",
            "theme": "contrast",
            "patient-conditions": [lupus.pk, celiac.pk],
            "patient-cycle_tracking": "on",
        },
    )

    assert response.status_code == 302
    alice.refresh_from_db()
    assert (alice.display_name, alice.timezone, alice.theme) == (
        "Alice B",
        "America/New_York",
        "contrast",
    )
    assert set(alice.profile.conditions.values_list("slug", flat=True)) == {"lupus", "celiac"}
    assert alice.profile.cycle_tracking is True


def test_it_refuses_an_unknown_time_zone_and_saves_nothing(alice_client, alice):
    response = alice_client.post(
        PROFILE, {"display_name": "Changed", "timezone": "Mars/Olympus", "theme": "light"}
    )

    assert response.status_code == 200
    assert b"Select a valid choice" in response.content
    alice.refresh_from_db()
    assert alice.display_name == "Alice"


def test_clinicians_have_no_condition_list(bob_client):
    response = bob_client.get(PROFILE)

    assert response.status_code == 200
    assert b"My conditions" not in response.content


def test_every_request_uses_the_users_time_zone(rf, alice):
    alice.timezone = "Asia/Tokyo"
    request = rf.get("/")
    request.user = alice
    middleware = UserTimezoneMiddleware(lambda request: timezone.get_current_timezone_name())

    assert middleware(request) == "Asia/Tokyo"


def test_it_refuses_condition_ids_no_row_could_have(alice_client, alice):
    response = alice_client.post(
        PROFILE,
        {
            "display_name": "Changed",
            "timezone": "UTC",
            "theme": "light",
            "patient-conditions": [str(2**64), "-1", "abc"],
        },
    )

    assert response.status_code == 200
    alice.refresh_from_db()
    assert alice.display_name == "Alice"
