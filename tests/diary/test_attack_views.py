import datetime
import zoneinfo

import pytest
from django.utils import timezone

from diary.models import MigraineAttack, Trigger

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def local_input(moment: datetime.datetime, tz=BERLIN) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%dT%H:%M")


def attack_data(**overrides) -> dict:
    started = timezone.now() - datetime.timedelta(hours=5)
    data = {
        "attack_type": "migraine",
        "started_at": local_input(started),
        "ended_at": local_input(started + datetime.timedelta(hours=3)),
        "peak_intensity": "7",
        "symptoms": ["nausea", "light_sensitivity"],
        "location": "left",
        "disability": "2",
        "notes": "Dark room helped.",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


# --- Create --------------------------------------------------------------------------


def test_it_creates_an_attack_with_details(alice_client, alice):
    stress = Trigger.objects.get(name="Stress")
    response = alice_client.post(
        "/diary/migraines/new/", attack_data(triggers=[stress.pk], aura="on")
    )

    attack = MigraineAttack.objects.get()
    assert response.status_code == 302
    assert response.url == f"/diary/migraines/{attack.pk}/"
    assert attack.owner == alice
    assert attack.peak_intensity == 7
    assert attack.aura is True
    assert attack.symptoms == ["nausea", "light_sensitivity"]
    assert attack.disability == 2
    assert list(attack.triggers.all()) == [stress]
    assert attack.duration == datetime.timedelta(hours=3)


def test_it_reads_typed_times_in_the_patients_time_zone(alice_client):
    alice_client.post(
        "/diary/migraines/new/",
        attack_data(started_at="2025-01-06T22:00", ended_at="2025-01-07T03:00"),
    )

    attack = MigraineAttack.objects.get()
    assert attack.started_at == datetime.datetime(2025, 1, 6, 21, 0, tzinfo=datetime.UTC)
    assert attack.local_days(BERLIN) == [datetime.date(2025, 1, 6), datetime.date(2025, 1, 7)]


def test_it_keeps_the_true_duration_across_the_spring_clock_change(alice_client):
    alice_client.post(
        "/diary/migraines/new/",
        attack_data(started_at="2025-03-30T01:00", ended_at="2025-03-30T04:00"),
    )

    attack = MigraineAttack.objects.get()
    assert attack.duration == datetime.timedelta(hours=2)


def test_it_reads_new_york_times_in_new_york(alice_client, alice):
    alice.timezone = "America/New_York"
    alice.save()
    alice_client.post(
        "/diary/migraines/new/",
        attack_data(started_at="2025-11-01T23:30", ended_at="2025-11-02T03:30"),
    )

    attack = MigraineAttack.objects.get()
    assert attack.started_at == datetime.datetime(2025, 11, 2, 3, 30, tzinfo=datetime.UTC)
    assert attack.duration == datetime.timedelta(hours=5)
    response = alice_client.get(f"/diary/migraines/{attack.pk}/")
    assert b"23:30" in response.content


def test_the_create_form_shows_the_time_in_the_patients_zone(alice_client):
    response = alice_client.get("/diary/migraines/new/")

    now_in_berlin = timezone.now().astimezone(BERLIN).strftime("%Y-%m-%dT%H:")
    assert now_in_berlin.encode() in response.content


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"ended_at": "2000-01-01T00:00"}, "ended_at"),
        ({"started_at": "2999-01-01T00:00", "ended_at": ""}, "started_at"),
        ({"started_at": "not a time"}, "started_at"),
        ({"peak_intensity": "11"}, "peak_intensity"),
        ({"peak_intensity": "-1"}, "peak_intensity"),
        ({"peak_intensity": "seven"}, "peak_intensity"),
        ({"disability": "9"}, "disability"),
        ({"symptoms": ["telepathy"]}, "symptoms"),
        ({"notes": "x" * 2001}, "notes"),
        ({"notes": "bad\x00byte"}, "notes"),
        ({"notes": "bell\x07"}, "notes"),
        ({"attack_type": "cluster"}, "attack_type"),
        ({"started_at": "0001-01-01T00:00"}, "started_at"),
    ],
)
def test_it_shows_the_form_again_for_invalid_input(alice_client, overrides, field):
    response = alice_client.post("/diary/migraines/new/", attack_data(**overrides))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert b"Nothing was saved" in response.content
    assert MigraineAttack.objects.count() == 0


def test_it_refuses_another_patients_trigger(alice_client, charlie_trigger):
    response = alice_client.post(
        "/diary/migraines/new/", attack_data(triggers=[charlie_trigger.pk])
    )

    assert response.status_code == 200
    assert "triggers" in response.context["form"].errors
    assert MigraineAttack.objects.count() == 0


def test_it_does_not_offer_another_patients_trigger(alice_client, charlie_trigger):
    response = alice_client.get("/diary/migraines/new/")

    assert b"Charlie&#x27;s own trigger" not in response.content
    assert b"Stress" in response.content


def test_it_refuses_a_second_ongoing_attack_in_the_form(alice_client, ongoing_attack):
    response = alice_client.post("/diary/migraines/new/", attack_data(ended_at=""))

    assert response.status_code == 200
    assert "ended_at" in response.context["form"].errors
    assert MigraineAttack.objects.count() == 1


def test_a_double_submitted_form_creates_one_attack(alice_client):
    data = attack_data(form_token="0f4e4a4e-58b1-4bb4-9a63-1b9e0d3c4d11")

    first = alice_client.post("/diary/migraines/new/", data)
    second = alice_client.post("/diary/migraines/new/", data)

    assert MigraineAttack.objects.count() == 1
    assert first.url == second.url


def test_another_patient_cannot_reuse_a_form_token(alice_client, client, charlie):
    token = "0f4e4a4e-58b1-4bb4-9a63-1b9e0d3c4d11"
    alice_client.post("/diary/migraines/new/", attack_data(form_token=token))
    client.force_login(charlie)

    response = client.post("/diary/migraines/new/", attack_data(form_token=token))

    assert response.status_code == 200
    assert MigraineAttack.objects.filter(owner=charlie).count() == 0


def test_anonymous_visitors_are_sent_to_log_in_to_create(client, db):
    response = client.post("/diary/migraines/new/", attack_data())

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert MigraineAttack.objects.count() == 0


# --- One-tap start and end -----------------------------------------------------------


@pytest.mark.parametrize("minutes", [0, 15, 30, 60])
def test_one_tap_starts_an_attack_now_or_earlier(alice_client, alice, minutes):
    before = timezone.now()
    response = alice_client.post("/diary/migraines/start/", {"minutes_ago": str(minutes)})

    attack = MigraineAttack.objects.get()
    assert response.status_code == 302
    assert response.url == "/"
    assert attack.owner == alice
    assert attack.is_ongoing
    expected = before - datetime.timedelta(minutes=minutes)
    assert abs(attack.started_at - expected) < datetime.timedelta(minutes=2)


def test_a_double_tap_on_start_creates_one_attack(alice_client):
    alice_client.post("/diary/migraines/start/", {"minutes_ago": "0"})
    response = alice_client.post("/diary/migraines/start/", {"minutes_ago": "0"}, follow=True)

    assert MigraineAttack.objects.count() == 1
    assert b"already in progress" in response.content


@pytest.mark.parametrize("minutes", ["7", "-15", "abc", "", "99999999999999999999999"])
def test_start_refuses_other_offsets(alice_client, minutes):
    response = alice_client.post("/diary/migraines/start/", {"minutes_ago": minutes})

    assert response.status_code == 302
    assert MigraineAttack.objects.count() == 0


def test_start_is_post_only(alice_client):
    assert alice_client.get("/diary/migraines/start/").status_code == 405


def test_anonymous_visitors_cannot_start_an_attack(client, db):
    response = client.post("/diary/migraines/start/", {"minutes_ago": "0"})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert MigraineAttack.objects.count() == 0


def test_one_tap_ends_the_ongoing_attack(alice_client, ongoing_attack):
    response = alice_client.post(f"/diary/migraines/{ongoing_attack.pk}/end/")

    ongoing_attack.refresh_from_db()
    assert response.status_code == 302
    assert response.url == f"/diary/migraines/{ongoing_attack.pk}/"
    assert ongoing_attack.ended_at is not None
    assert abs(ongoing_attack.ended_at - timezone.now()) < datetime.timedelta(minutes=1)


def test_ending_an_ended_attack_changes_nothing(alice_client, attack):
    ended_at = attack.ended_at

    alice_client.post(f"/diary/migraines/{attack.pk}/end/")

    attack.refresh_from_db()
    assert attack.ended_at == ended_at


def test_end_is_post_only(alice_client, ongoing_attack):
    assert alice_client.get(f"/diary/migraines/{ongoing_attack.pk}/end/").status_code == 405


def test_it_404s_when_ending_other_patients_attack(charlie_client, ongoing_attack):
    response = charlie_client.post(f"/diary/migraines/{ongoing_attack.pk}/end/")

    ongoing_attack.refresh_from_db()
    assert response.status_code == 404
    assert ongoing_attack.is_ongoing


def test_anonymous_visitors_cannot_end_an_attack(client, ongoing_attack):
    response = client.post(f"/diary/migraines/{ongoing_attack.pk}/end/")

    ongoing_attack.refresh_from_db()
    assert response.status_code == 302
    assert ongoing_attack.is_ongoing


# --- Detail, edit, delete ------------------------------------------------------------


def test_the_detail_page_shows_the_attack(alice_client, attack, dose):
    response = alice_client.get(f"/diary/migraines/{attack.pk}/")

    assert response.status_code == 200
    assert b"Alice&#x27;s private note" in response.content
    assert b"Sumatriptan" in response.content


def test_it_404s_for_other_patients_attack(charlie_client, attack):
    for url in (f"/diary/migraines/{attack.pk}/", f"/diary/migraines/{attack.pk}/edit/"):
        response = charlie_client.get(url)
        assert response.status_code == 404
        assert b"private note" not in response.content


def test_it_edits_an_attack(alice_client, attack):
    response = alice_client.post(
        f"/diary/migraines/{attack.pk}/edit/",
        attack_data(peak_intensity="9", attack_type="headache", notes="Changed"),
    )

    attack.refresh_from_db()
    assert response.status_code == 302
    assert attack.peak_intensity == 9
    assert attack.attack_type == "headache"
    assert attack.notes == "Changed"


def test_editing_the_only_ongoing_attack_keeps_it_ongoing(alice_client, ongoing_attack):
    response = alice_client.post(
        f"/diary/migraines/{ongoing_attack.pk}/edit/",
        attack_data(started_at=local_input(ongoing_attack.started_at), ended_at=""),
    )

    ongoing_attack.refresh_from_db()
    assert response.status_code == 302
    assert ongoing_attack.is_ongoing
    assert ongoing_attack.peak_intensity == 7


def test_it_shows_the_edit_form_again_for_invalid_input(alice_client, attack):
    response = alice_client.post(
        f"/diary/migraines/{attack.pk}/edit/", attack_data(peak_intensity="12", notes="Lost")
    )

    attack.refresh_from_db()
    assert response.status_code == 200
    assert "peak_intensity" in response.context["form"].errors
    assert attack.notes == "Alice's private note"


def test_it_404s_when_editing_other_patients_attack(charlie_client, attack):
    response = charlie_client.post(f"/diary/migraines/{attack.pk}/edit/", attack_data(notes="Hi"))

    attack.refresh_from_db()
    assert response.status_code == 404
    assert attack.notes == "Alice's private note"


def test_anonymous_visitors_cannot_edit(client, attack):
    response = client.post(f"/diary/migraines/{attack.pk}/edit/", attack_data(notes="Hi"))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_delete_asks_first_then_deletes_on_post(alice_client, attack, dose):
    confirm = alice_client.get(f"/diary/migraines/{attack.pk}/delete/")
    assert confirm.status_code == 200
    assert MigraineAttack.objects.filter(pk=attack.pk).exists()

    response = alice_client.post(f"/diary/migraines/{attack.pk}/delete/")

    assert response.status_code == 302
    assert not MigraineAttack.objects.filter(pk=attack.pk).exists()
    dose.refresh_from_db()
    assert dose.attack is None


def test_it_404s_when_deleting_other_patients_attack(charlie_client, attack):
    response = charlie_client.post(f"/diary/migraines/{attack.pk}/delete/")

    assert response.status_code == 404
    assert MigraineAttack.objects.filter(pk=attack.pk).exists()


def test_anonymous_visitors_cannot_delete(client, attack):
    response = client.post(f"/diary/migraines/{attack.pk}/delete/")

    assert response.status_code == 302
    assert MigraineAttack.objects.filter(pk=attack.pk).exists()
