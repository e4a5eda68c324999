import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from diary.models import DailyCheckIn, Trigger


def checkin_url(day: datetime.date) -> str:
    return f"/diary/checkins/{day.isoformat()}/"


def test_it_saves_todays_checkin(alice_client, alice):
    alice.profile.gluten_questions = True
    alice.profile.save()
    today = timezone.localdate()
    stress = Trigger.objects.get(name="Stress")

    response = alice_client.post(
        checkin_url(today),
        {
            "sleep_hours": "6.5",
            "stress": "7",
            "water_glasses": "5",
            "gluten": "no",
            "fatigue": "4",
            "joint_pain": "2",
            "wellbeing": "6",
            "triggers": [stress.pk],
        },
    )

    checkin = DailyCheckIn.objects.get()
    assert response.status_code == 302
    assert checkin.owner == alice
    assert checkin.day == today
    assert checkin.sleep_hours == Decimal("6.5")
    assert checkin.gluten is False
    assert checkin.wellbeing == 6
    assert checkin.menstruation is None
    assert list(checkin.triggers.all()) == [stress]


def test_reopening_a_day_edits_its_checkin(alice_client, checkin):
    page = alice_client.get(checkin_url(checkin.day))
    assert page.context["form"].instance == checkin

    alice_client.post(checkin_url(checkin.day), {"stress": "2"})

    assert DailyCheckIn.objects.count() == 1
    checkin.refresh_from_db()
    assert checkin.stress == 2


def test_menstruation_is_asked_only_with_cycle_tracking(alice_client, alice):
    today = timezone.localdate()
    assert "menstruation" not in alice_client.get(checkin_url(today)).context["form"].fields
    alice_client.post(checkin_url(today), {"menstruation": "yes"})
    assert DailyCheckIn.objects.get().menstruation is None

    alice.profile.cycle_tracking = True
    alice.profile.save()
    alice_client.post(checkin_url(today), {"menstruation": "yes"})

    assert DailyCheckIn.objects.get().menstruation is True


@pytest.mark.parametrize(
    "data, field",
    [
        ({"stress": "11"}, "stress"),
        ({"fatigue": "-1"}, "fatigue"),
        ({"joint_pain": "ten"}, "joint_pain"),
        ({"sleep_hours": "25"}, "sleep_hours"),
        ({"sleep_hours": "NaN"}, "sleep_hours"),
        ({"water_glasses": "41"}, "water_glasses"),
        ({"gluten": "maybe"}, "gluten"),
        ({"wellbeing": "11"}, "wellbeing"),
        ({"wellbeing": "-1"}, "wellbeing"),
        ({"wellbeing": "very well"}, "wellbeing"),
        ({"notes": "a\x1bb"}, "notes"),
    ],
)
def test_it_shows_the_checkin_form_again_for_invalid_input(alice_client, alice, data, field):
    alice.profile.gluten_questions = True
    alice.profile.save()

    response = alice_client.post(checkin_url(timezone.localdate()), data)

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert DailyCheckIn.objects.count() == 0


def test_it_refuses_another_patients_trigger_in_a_checkin(alice_client, charlie_trigger):
    response = alice_client.post(
        checkin_url(timezone.localdate()), {"triggers": [charlie_trigger.pk]}
    )

    assert "triggers" in response.context["form"].errors
    assert DailyCheckIn.objects.count() == 0


@pytest.mark.parametrize("day", ["2025-02-30", "2025-13-01", "0000-01-01", "9999-12-31"])
def test_impossible_or_future_days_are_404(alice_client, day):
    assert alice_client.get(f"/diary/checkins/{day}/").status_code == 404
    assert alice_client.post(f"/diary/checkins/{day}/", {"stress": "1"}).status_code == 404
    assert DailyCheckIn.objects.count() == 0


def test_other_patients_see_their_own_empty_day_not_alices(charlie_client, checkin, charlie):
    response = charlie_client.get(checkin_url(checkin.day))

    assert response.context["form"].instance.pk is None
    charlie_client.post(checkin_url(checkin.day), {"stress": "9"})
    checkin.refresh_from_db()
    assert checkin.stress == 4
    assert DailyCheckIn.objects.get(owner=charlie).stress == 9


def test_it_deletes_a_checkin_after_confirmation(alice_client, checkin):
    assert alice_client.get(checkin_url(checkin.day) + "delete/").status_code == 200

    alice_client.post(checkin_url(checkin.day) + "delete/")

    assert not DailyCheckIn.objects.exists()


def test_it_404s_when_deleting_a_day_without_a_checkin(charlie_client, checkin):
    assert charlie_client.post(checkin_url(checkin.day) + "delete/").status_code == 404
    assert DailyCheckIn.objects.exists()


def test_anonymous_visitors_cannot_check_in(client, db):
    response = client.post(checkin_url(timezone.localdate()), {"stress": "1"})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


# --- Triggers ------------------------------------------------------------------------


def test_it_adds_a_private_trigger(alice_client, alice):
    response = alice_client.post("/diary/triggers/", {"name": "Perfume"})

    assert response.status_code == 302
    assert Trigger.objects.get(name="Perfume").owner == alice


@pytest.mark.parametrize("name", ["", "stress", "x" * 61, "bad\x00"])
def test_it_refuses_bad_or_duplicate_trigger_names(alice_client, name):
    before = Trigger.objects.count()

    response = alice_client.post("/diary/triggers/", {"name": name})

    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert Trigger.objects.count() == before


def test_it_deletes_an_own_trigger(alice_client, alice_trigger):
    alice_client.post(f"/diary/triggers/{alice_trigger.pk}/delete/")

    assert not Trigger.objects.filter(pk=alice_trigger.pk).exists()


def test_catalogue_triggers_cannot_be_deleted(alice_client):
    stress = Trigger.objects.get(name="Stress")

    assert alice_client.post(f"/diary/triggers/{stress.pk}/delete/").status_code == 404
    assert Trigger.objects.filter(pk=stress.pk).exists()


def test_it_404s_for_other_patients_trigger(charlie_client, alice_trigger):
    assert charlie_client.get(f"/diary/triggers/{alice_trigger.pk}/delete/").status_code == 404
    assert charlie_client.post(f"/diary/triggers/{alice_trigger.pk}/delete/").status_code == 404
    assert b"secret" not in charlie_client.get("/diary/triggers/").content
