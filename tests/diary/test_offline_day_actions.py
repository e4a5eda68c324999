"""The quick log's other offline actions through POST /diary/sync/: answering "did it
help?" for a dose (one logged earlier, or one logged offline in the same batch), "no
headache" for a day, and a day's short check-in. Each is saved once however often it is
sent, refused per item with its reasons (422), a conflict (409) never overwrites what the
diary holds, and another patient's ids are not found. Never a 500."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.utils import timezone

from diary.models import DailyCheckIn, DeviceItem, HeadacheFreeDay, MedicationDose, MigraineAttack
from tests.diary.test_offline_sync import item, minutes_ago, post, triptan  # noqa: F401

pytestmark = pytest.mark.django_db


def today(user) -> datetime.date:
    return timezone.localtime(timezone.now(), user.tzinfo).date()


@pytest.fixture
def earlier_dose(alice, triptan) -> MedicationDose:  # noqa: F811
    return MedicationDose.objects.create(
        medication=triptan, taken_at=minutes_ago(180), amount="10 mg"
    )


def only(response) -> dict:
    assert response.status_code == 200
    [result] = response.json()["results"]
    return result


# --- Relief --------------------------------------------------------------------------------


def test_a_relief_answer_is_saved_once_however_often_it_is_sent(alice_client, earlier_dose):
    answer = item("relief", minutes_ago(0), dose=str(earlier_dose.pk), relief="lot")

    first = only(post(alice_client, {"items": [answer]}))
    again = only(post(alice_client, {"items": [answer]}))

    assert (first["status"], first["result"]) == (201, "saved")
    assert (again["status"], again["result"]) == (200, "already_saved")
    assert (
        first["record"]
        == again["record"]
        == {
            "type": "relief",
            "dose": earlier_dose.pk,
            "relief": "lot",
        }
    )
    earlier_dose.refresh_from_db()
    assert earlier_dose.relief == "lot"
    assert DeviceItem.objects.filter(kind="relief").count() == 1


def test_relief_for_a_dose_logged_offline_in_the_same_batch(alice, alice_client, triptan):  # noqa: F811
    dose = item("dose", minutes_ago(150), medication=triptan.pk)
    answer = item("relief", minutes_ago(0), dose=dose["id"], relief="full")

    results = post(alice_client, {"items": [dose, answer]}).json()["results"]

    assert [r["status"] for r in results] == [201, 201]
    assert MedicationDose.objects.get().relief == "full"


def test_a_different_answer_for_a_dose_already_answered_is_a_conflict(alice_client, earlier_dose):
    earlier_dose.answer_relief("none")

    result = only(
        post(
            alice_client,
            {"items": [item("relief", minutes_ago(0), dose=str(earlier_dose.pk), relief="lot")]},
        )
    )

    assert (result["status"], result["result"]) == (409, "conflict")
    assert "already answered" in result["message"]
    assert result["record"]["relief"] == "none"
    earlier_dose.refresh_from_db()
    assert earlier_dose.relief == "none"
    assert not DeviceItem.objects.exists()


def test_relief_for_another_patients_dose_is_not_found(charlie, charlie_client, earlier_dose):
    result = only(
        post(
            charlie_client,
            {"items": [item("relief", minutes_ago(0), dose=str(earlier_dose.pk), relief="lot")]},
        )
    )

    assert (result["status"], result["result"]) == (404, "not_found")
    earlier_dose.refresh_from_db()
    assert earlier_dose.relief == ""


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"relief": "lot"}, {"dose"}),
        ({"dose": "1"}, {"relief"}),
        ({"dose": "1", "relief": "enormous"}, {"relief"}),
        ({"dose": "not-a-dose", "relief": "lot"}, {"dose"}),
        ({"dose": "99999999999999999999", "relief": "lot"}, {"dose"}),
    ],
)
def test_an_unreadable_relief_answer_gets_its_reasons(alice_client, earlier_dose, fields, errors):
    result = only(post(alice_client, {"items": [item("relief", minutes_ago(0), **fields)]}))

    assert (result["status"], result["result"]) == (422, "invalid")
    assert set(result["errors"]) == errors
    earlier_dose.refresh_from_db()
    assert earlier_dose.relief == ""


# --- No headache ----------------------------------------------------------------------------


def test_no_headache_today_is_saved_once(alice, alice_client):
    tapped = item("no_headache", minutes_ago(0), day=str(today(alice)))

    first = only(post(alice_client, {"items": [tapped]}))
    again = only(post(alice_client, {"items": [tapped]}))

    assert (first["status"], again["status"]) == (201, 200)
    free = HeadacheFreeDay.objects.get(owner=alice)
    assert free.day == today(alice)
    assert first["record"] == {"type": "no_headache", "id": free.pk, "day": str(today(alice))}


def test_no_headache_on_a_day_with_an_attack_is_a_conflict(alice, alice_client):
    MigraineAttack.objects.create(owner=alice, started_at=timezone.now())

    result = only(
        post(alice_client, {"items": [item("no_headache", minutes_ago(0), day=str(today(alice)))]})
    )

    assert (result["status"], result["result"]) == (409, "conflict")
    assert "stays an attack day" in result["message"]
    assert not HeadacheFreeDay.objects.exists()


def test_no_headache_for_a_day_to_come_is_refused(alice, alice_client):
    tomorrow = today(alice) + datetime.timedelta(days=2)

    result = only(
        post(alice_client, {"items": [item("no_headache", minutes_ago(0), day=str(tomorrow))]})
    )

    assert result["status"] == 409
    assert "not happened yet" in result["message"]
    assert not HeadacheFreeDay.objects.exists()


@pytest.mark.parametrize("day", [None, "", "yesterday", "0999-01-01", "2026-02-30"])
def test_no_headache_without_a_readable_day_gets_its_reason(alice_client, day):
    fields = {} if day is None else {"day": day}
    result = only(post(alice_client, {"items": [item("no_headache", minutes_ago(0), **fields)]}))

    assert (result["status"], set(result["errors"])) == (422, {"day"})
    assert not HeadacheFreeDay.objects.exists()


# --- The daily check-in -----------------------------------------------------------------------


def test_a_check_in_made_offline_is_saved_once(alice, alice_client):
    answers = item(
        "checkin", minutes_ago(0), day=str(today(alice)), wellbeing=7, stress=3, sleep_hours=6.5
    )

    first = only(post(alice_client, {"items": [answers]}))
    again = only(post(alice_client, {"items": [answers]}))

    assert (first["status"], again["status"]) == (201, 200)
    checkin = DailyCheckIn.objects.get(owner=alice)
    assert (checkin.day, checkin.wellbeing, checkin.stress, checkin.sleep_hours) == (
        today(alice),
        7,
        3,
        Decimal("6.5"),
    )
    assert again["record"] == {
        "type": "checkin",
        "id": checkin.pk,
        "day": str(today(alice)),
        "wellbeing": 7,
        "stress": 3,
        "sleep_hours": 6.5,
    }


def test_a_check_in_fills_what_the_days_check_in_lacks(alice, alice_client):
    DailyCheckIn.objects.create(owner=alice, day=today(alice), wellbeing=7, notes="Long walk")

    result = only(
        post(
            alice_client,
            {
                "items": [
                    item("checkin", minutes_ago(0), day=str(today(alice)), wellbeing=7, stress=2)
                ]
            },
        )
    )

    assert result["status"] == 201
    checkin = DailyCheckIn.objects.get(owner=alice)
    assert (checkin.wellbeing, checkin.stress, checkin.notes) == (7, 2, "Long walk")


def test_a_check_in_with_other_answers_for_the_day_is_a_conflict(alice, alice_client):
    DailyCheckIn.objects.create(owner=alice, day=today(alice), wellbeing=2)

    result = only(
        post(
            alice_client,
            {
                "items": [
                    item("checkin", minutes_ago(0), day=str(today(alice)), wellbeing=8, stress=1)
                ]
            },
        )
    )

    assert (result["status"], result["result"]) == (409, "conflict")
    checkin = DailyCheckIn.objects.get(owner=alice)
    assert (checkin.wellbeing, checkin.stress) == (2, None)
    assert not DeviceItem.objects.exists()


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({}, {"__all__"}),
        ({"wellbeing": 11}, {"wellbeing"}),
        ({"stress": -1}, {"stress"}),
        ({"sleep_hours": 25}, {"sleep_hours"}),
        ({"sleep_hours": 6.25}, {"sleep_hours"}),
        ({"wellbeing": "fine"}, {"wellbeing"}),
        ({"wellbeing": 5, "day": "next week"}, {"day"}),
    ],
)
def test_a_check_in_that_cannot_be_read_gets_its_reasons(alice, alice_client, fields, errors):
    answers = item("checkin", minutes_ago(0), day=str(today(alice)))
    answers.update(fields)

    result = only(post(alice_client, {"items": [answers]}))

    assert (result["status"], result["result"]) == (422, "invalid")
    assert set(result["errors"]) == errors
    assert not DailyCheckIn.objects.exists()


def test_a_check_in_for_a_day_to_come_is_refused(alice, alice_client):
    later = today(alice) + datetime.timedelta(days=2)

    result = only(
        post(
            alice_client, {"items": [item("checkin", minutes_ago(0), day=str(later), wellbeing=5)]}
        )
    )

    assert (result["status"], result["errors"]) == (
        422,
        {"day": ["That day has not happened yet."]},
    )
    assert not DailyCheckIn.objects.exists()


def test_a_mixed_batch_saves_each_action_on_its_own(alice, alice_client, earlier_dose):
    """A refused action leaves the others saved; an unknown kind is invalid, not a 500."""
    batch = [
        item("no_headache", minutes_ago(0), day=str(today(alice) - datetime.timedelta(days=1))),
        item("checkin", minutes_ago(0), day=str(today(alice)), wellbeing=99),
        item("relief", minutes_ago(0), dose=str(earlier_dose.pk), relief="little"),
        item("diagnosis", minutes_ago(0)),
        {"id": str(uuid.uuid4()), "kind": "checkin"},
    ]

    results = post(alice_client, {"items": batch}).json()["results"]

    assert [r["status"] for r in results] == [201, 422, 201, 422, 422]
    assert HeadacheFreeDay.objects.count() == 1
    assert not DailyCheckIn.objects.exists()
    earlier_dose.refresh_from_db()
    assert earlier_dose.relief == "little"
