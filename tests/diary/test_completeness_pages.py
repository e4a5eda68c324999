"""Every period shown says how many of its days are recorded: the patient's home page,
timeline and report, and the clinician's timeline, data and report (in the third person)."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from diary import insights
from diary.insights import format_day
from diary.loading import load_diary
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
)
from diary.services import day_recorded


@pytest.fixture
def recorded_diary(alice):
    """Alice's diary began 19 days ago: an attack then, and 12 more days recorded since."""
    today = timezone.localdate(timezone.now(), alice.tzinfo)
    started = datetime.datetime.combine(
        today - datetime.timedelta(days=19), datetime.time(10), tzinfo=alice.tzinfo
    )
    MigraineAttack.objects.create(
        owner=alice, started_at=started, ended_at=started + datetime.timedelta(hours=3)
    )
    for days_ago in range(1, 7):
        HeadacheFreeDay.objects.create(owner=alice, day=today - datetime.timedelta(days=days_ago))
    for days_ago in range(7, 13):
        DailyCheckIn.objects.create(owner=alice, day=today - datetime.timedelta(days=days_ago))
    return today


def text(response) -> str:
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


PATIENT_WORDS = "You recorded 13 of 20 days, counting from the day your diary began."
LOW = "The counts may be too low: days you did not record are read as days without migraine."


@pytest.mark.parametrize("url", ["/", "/timeline/"])
def test_the_patients_pages_say_how_many_days_are_recorded(alice_client, recorded_diary, url):
    content = text(alice_client.get(url))

    assert PATIENT_WORDS in content
    assert LOW in content  # 13 of 20 is 65 %


def test_a_new_diarys_report_starts_on_its_first_day(alice_client, recorded_diary):
    first = recorded_diary - datetime.timedelta(days=19)

    content = text(alice_client.get("/report/"))

    # Not the 90 days asked for by default: the 20 days of the diary.
    assert "You recorded 13 of 20 days. " + LOW in content
    assert f'id="report-period">{format_day(first)} to {format_day(recorded_diary)}<' in content
    assert f"The diary began on {format_day(first)}, so the report starts then." in content
    assert f'value="{first.isoformat()}"' in content  # the period form shows it too


def test_a_report_asked_to_start_after_the_diary_began_starts_there(alice_client, recorded_diary):
    start = recorded_diary - datetime.timedelta(days=9)

    content = text(alice_client.get("/report/", {"start": start.isoformat()}))

    assert f'id="report-period">{format_day(start)} to' in content
    assert "so the report starts then" not in content


def test_the_home_page_says_it_for_the_last_30_days_too(alice_client, recorded_diary):
    content = text(alice_client.get("/"))

    # The last 30 days, and the last 90.
    for paragraph in ("summary-completeness", "home-timeline-completeness"):
        assert f'id="{paragraph}" class="completeness">{PATIENT_WORDS}' in content


def test_the_timeline_data_carries_the_words(alice_client, recorded_diary):
    data = alice_client.get(reverse("diary:timeline-data")).json()

    assert data["completeness"] == {
        "days": 90,
        "covered_days": 20,
        "recorded_days": 13,
        "rates_shown": True,
        "counts_may_be_low": True,
        "text": f"{PATIENT_WORDS} {LOW}",
    }


def test_a_short_diary_is_too_early_for_rates(alice_client, alice):
    today = timezone.localdate(timezone.now(), alice.tzinfo)
    HeadacheFreeDay.objects.create(owner=alice, day=today - datetime.timedelta(days=12))

    for url in ("/timeline/", "/report/"):
        content = text(alice_client.get(url))
        assert "You recorded 1 of 13 days" in content
        assert "Rates per 30 days: too early to say" in content
    assert "too early to say</td>" in text(alice_client.get("/report/"))


@pytest.fixture
def clinic_client(client, bob, alice_shares_with_bob):
    client.force_login(bob)
    return client


@pytest.mark.parametrize("name", ["clinic:timeline", "clinic:report"])
def test_the_clinicians_pages_say_it_in_the_third_person(
    clinic_client, alice, recorded_diary, name
):
    content = text(clinic_client.get(reverse(name, args=[alice.uuid])))

    assert "Alice recorded 13 of 20 days" in content
    assert (
        "The counts may be too low: days not recorded are read as days without migraine." in content
    )
    assert "You recorded" not in content
    assert "days you did not record" not in content


def test_the_clinicians_data_says_it_in_the_third_person(clinic_client, alice, recorded_diary):
    data = clinic_client.get(reverse("clinic:timeline-data", args=[alice.uuid])).json()

    assert data["completeness"]["text"].startswith(
        "Alice recorded 13 of 20 days, counting from the day their diary began."
    )
    assert "Alice logged" in data["summary"]


def test_a_dose_at_local_midnight_is_recorded_on_that_local_day(alice_client, alice):
    # Alice lives in Berlin: midnight there is 23:00 UTC the day before.
    today = timezone.localdate(timezone.now(), alice.tzinfo)
    day = today - datetime.timedelta(days=3)
    midnight = datetime.datetime.combine(day, datetime.time(0), tzinfo=alice.tzinfo)
    assert midnight.astimezone(datetime.UTC).date() == day - datetime.timedelta(days=1)
    medicine = Medication.objects.create(
        owner=alice, name="Naproxen", category="nsaid", purpose="acute"
    )
    MedicationDose.objects.create(medication=medicine, taken_at=midnight)

    data = alice_client.get(reverse("diary:timeline-data")).json()

    # The diary begins on that local day (4 days to today), not the UTC day before (5).
    assert data["diary_start"] == day.isoformat()
    assert data["completeness"]["text"].startswith("You recorded 1 of 4 days")


def test_the_one_day_check_agrees_with_the_diarys_recorded_days(alice, recorded_diary, lupus):
    Flare.objects.create(
        owner=alice, condition=lupus, started_on=recorded_diary - datetime.timedelta(days=16)
    )
    start = recorded_diary - datetime.timedelta(days=25)
    diary, _ = load_diary(alice, tz=alice.tzinfo)
    points = insights.daily_series(
        diary, start=start, end=recorded_diary, today=recorded_diary, now=timezone.now()
    )

    assert [point.recorded for point in points] == [
        day_recorded(owner=alice, day=point.day) for point in points
    ]
    assert any(point.recorded for point in points)
    assert not all(point.recorded for point in points)
