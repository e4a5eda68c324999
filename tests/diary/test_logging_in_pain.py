"""Logging for someone in pain (issue 12): scores tapped on a row of buttons, an attack ended
an hour or three ago, this morning or at a picked time, the relief question on the home page,
one-tap days without headache, wellbeing and gluten in the check-in, attack mode, and the
question before saving an attack that overlaps another."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.utils import dateformat, timezone

from diary import exports
from diary.models import (
    DailyCheckIn,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
)
from education.models import Condition
from tests.diary.test_exports import read_zip

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def local_today(user) -> datetime.date:
    return timezone.localtime(timezone.now(), user.tzinfo).date()


def minute(moment: datetime.datetime) -> datetime.datetime:
    return moment.replace(second=0, microsecond=0)


# --- Scores as a row of buttons -----------------------------------------------------


def test_the_attack_forms_pain_is_a_row_of_eleven_radio_buttons(alice_client):
    page = alice_client.get("/diary/migraines/new/").content.decode()

    for score in range(11):
        assert f'id="id_peak_intensity_{score}"' in page
        assert f'for="id_peak_intensity_{score}">{score}</label>' in page
    assert 'type="radio" class="btn-check" name="peak_intensity" value="10"' in page
    assert 'type="number"' not in page.split('name="peak_intensity"')[1].split("</fieldset>")[0]
    assert "<legend" in page and "Worst pain (0 = none, 10 = worst imaginable)" in page
    # An optional score can be taken back.
    assert re.search(r'name="peak_intensity" value=""[^>]*checked', page)


def test_a_tapped_pain_is_saved_and_shown_checked_again(alice_client, attack):
    page = alice_client.get(f"/diary/migraines/{attack.pk}/edit/").content.decode()
    assert re.search(r'name="peak_intensity" value="6"[^>]*checked', page)


@pytest.mark.parametrize("score", ["11", "-1", "seven", "6.5"])
def test_a_score_outside_0_to_10_is_refused(alice_client, alice, score):
    response = alice_client.post(
        f"/diary/checkins/{local_today(alice).isoformat()}/", {"stress": score}
    )

    assert response.status_code == 200
    assert "stress" in response.context["form"].errors
    assert not DailyCheckIn.objects.exists()


def test_every_check_in_score_is_a_row_of_buttons_and_water_stays_a_number(alice_client, alice):
    page = alice_client.get(f"/diary/checkins/{local_today(alice).isoformat()}/").content.decode()

    for name in ("wellbeing", "stress", "fatigue", "joint_pain"):
        assert f'id="id_{name}_10"' in page
    assert 'type="number" name="water_glasses"' in page


# --- Wellbeing and gluten in the check-in -------------------------------------------


def test_the_check_in_saves_wellbeing(alice_client, alice):
    day = local_today(alice)
    alice_client.post(f"/diary/checkins/{day.isoformat()}/", {"wellbeing": "3"})

    assert DailyCheckIn.objects.get(owner=alice, day=day).wellbeing == 3


def test_gluten_is_not_asked_without_celiac_disease_or_opting_in(alice_client, alice):
    day = local_today(alice)
    url = f"/diary/checkins/{day.isoformat()}/"

    assert "gluten" not in alice_client.get(url).context["form"].fields
    alice_client.post(url, {"gluten": "yes", "stress": "2"})

    assert DailyCheckIn.objects.get().gluten is None


def test_gluten_is_asked_with_celiac_disease(alice_client, alice):
    alice.profile.conditions.add(Condition.objects.get(slug="celiac"))
    url = f"/diary/checkins/{local_today(alice).isoformat()}/"

    assert "Did you eat gluten?" in alice_client.get(url).content.decode()
    alice_client.post(url, {"gluten": "yes"})

    assert DailyCheckIn.objects.get().gluten is True


def test_gluten_is_asked_when_the_patient_opts_in_on_the_profile(alice_client, alice):
    profile_page = alice_client.get("/accounts/profile/").content.decode()
    assert "Ask whether I ate gluten" in profile_page
    alice.profile.gluten_questions = True
    alice.profile.save()

    response = alice_client.get(f"/diary/checkins/{local_today(alice).isoformat()}/")

    assert "gluten" in response.context["form"].fields


def test_an_earlier_gluten_answer_stays_editable_after_opting_out(alice_client, alice):
    day = local_today(alice) - datetime.timedelta(days=1)
    DailyCheckIn.objects.create(owner=alice, day=day, gluten=True)

    form = alice_client.get(f"/diary/checkins/{day.isoformat()}/").context["form"]

    assert "gluten" in form.fields
    assert form.initial["gluten"] == "yes"


# --- Ending an attack ---------------------------------------------------------------


def ongoing_since(owner, **ago) -> MigraineAttack:
    return MigraineAttack.objects.create(
        owner=owner, started_at=minute(timezone.now()) - datetime.timedelta(**ago)
    )


@pytest.mark.parametrize("when, minutes", [("60", 60), ("180", 180)])
def test_an_attack_ends_an_hour_or_three_ago(alice_client, alice, when, minutes):
    attack = ongoing_since(alice, hours=5)
    before = minute(timezone.now())

    response = alice_client.post(
        f"/diary/migraines/{attack.pk}/end/", {"when": when, "next": "home"}
    )

    attack.refresh_from_db()
    assert response.status_code == 302
    assert response.url == attack.get_absolute_url()
    expected = before - datetime.timedelta(minutes=minutes)
    assert expected <= attack.ended_at <= expected + datetime.timedelta(minutes=1)


def test_an_end_before_the_start_is_refused_with_a_clear_message(alice_client, alice):
    attack = ongoing_since(alice, minutes=30)
    started = timezone.localtime(attack.started_at, alice.tzinfo)

    response = alice_client.post(
        f"/diary/migraines/{attack.pk}/end/", {"when": "60", "next": "home"}, follow=True
    )

    attack.refresh_from_db()
    assert attack.ended_at is None
    assert response.redirect_chain[-1][0] == "/"
    assert f"This attack started at {started:%H:%M}" in response.content.decode()
    assert "cannot have ended at" in response.content.decode()


def test_a_refused_end_from_the_attack_page_goes_back_to_it(alice_client, alice):
    attack = ongoing_since(alice, minutes=30)

    response = alice_client.post(f"/diary/migraines/{attack.pk}/end/", {"when": "180"})

    assert response.url == attack.get_absolute_url()
    attack.refresh_from_db()
    assert attack.ended_at is None


def test_an_attack_ends_at_a_picked_time_in_the_patients_zone(alice_client, alice):
    attack = ongoing_since(alice, hours=6)
    end = minute(timezone.localtime(timezone.now(), BERLIN) - datetime.timedelta(hours=2))

    alice_client.post(
        f"/diary/migraines/{attack.pk}/end/",
        {"when": "pick", "ended_at": end.strftime("%Y-%m-%dT%H:%M")},
    )

    attack.refresh_from_db()
    assert attack.ended_at == end


@pytest.mark.parametrize(
    "ended_at, message",
    [
        ("", "Enter when the attack ended."),
        ("yesterday-ish", "Enter a date and time"),
        ("2999-01-01T10:00", "This is in the future"),
    ],
)
def test_a_missing_bad_or_future_picked_time_is_refused(alice_client, alice, ended_at, message):
    attack = ongoing_since(alice, hours=6)

    response = alice_client.post(
        f"/diary/migraines/{attack.pk}/end/",
        {"when": "pick", "ended_at": ended_at, "next": "home"},
        follow=True,
    )

    attack.refresh_from_db()
    assert attack.ended_at is None
    assert message in response.content.decode()


def test_an_unknown_end_choice_is_refused(alice_client, alice):
    attack = ongoing_since(alice, hours=1)

    alice_client.post(f"/diary/migraines/{attack.pk}/end/", {"when": "-60"})

    attack.refresh_from_db()
    assert attack.ended_at is None


def test_an_attack_ends_this_morning_at_eight_local_time(alice_client, alice):
    now = datetime.datetime(2026, 6, 15, 14, 0, tzinfo=BERLIN)
    with time_machine.travel(now, tick=False):
        attack = MigraineAttack.objects.create(
            owner=alice, started_at=now - datetime.timedelta(hours=20)
        )
        home = alice_client.get("/").content.decode()
        assert "It ended this morning (08:00)" in home

        alice_client.post(f"/diary/migraines/{attack.pk}/end/", {"when": "morning"})

    attack.refresh_from_db()
    assert attack.ended_at == datetime.datetime(2026, 6, 15, 8, 0, tzinfo=BERLIN)


def test_this_morning_is_neither_offered_nor_accepted_before_eight(alice_client, alice):
    now = datetime.datetime(2026, 6, 15, 6, 30, tzinfo=BERLIN)
    with time_machine.travel(now, tick=False):
        attack = MigraineAttack.objects.create(
            owner=alice, started_at=now - datetime.timedelta(hours=20)
        )
        assert "this morning" not in alice_client.get("/").content.decode()

        response = alice_client.post(
            f"/diary/migraines/{attack.pk}/end/", {"when": "morning"}, follow=True
        )

    attack.refresh_from_db()
    assert attack.ended_at is None
    assert "It is not 08:00 yet" in response.content.decode()


def test_another_patients_attack_cannot_be_ended(charlie_client, alice):
    attack = ongoing_since(alice, hours=2)

    assert (
        charlie_client.post(f"/diary/migraines/{attack.pk}/end/", {"when": "60"}).status_code == 404
    )
    attack.refresh_from_db()
    assert attack.ended_at is None


def test_the_attack_page_offers_the_same_ends(alice_client, alice):
    attack = ongoing_since(alice, hours=4)

    page = alice_client.get(attack.get_absolute_url()).content.decode()

    assert "The attack is over: end it now" in page
    assert "It ended 1 h ago" in page
    assert "It ended 3 h ago" in page
    assert "End it at this time" in page


# --- Pain during an attack ----------------------------------------------------------


def test_pain_is_tapped_on_the_home_page_during_an_attack(alice_client, alice):
    attack = ongoing_since(alice, minutes=20)

    response = alice_client.post(
        f"/diary/migraines/{attack.pk}/pain/", {"peak_intensity": "7"}, follow=True
    )

    attack.refresh_from_db()
    assert attack.peak_intensity == 7
    assert "Pain 7 out of 10 saved." in response.content.decode()
    assert re.search(r'value="7"[^>]*checked', response.content.decode())


@pytest.mark.parametrize("data", [{}, {"peak_intensity": "11"}, {"peak_intensity": "bad"}])
def test_a_missing_or_bad_pain_saves_nothing(alice_client, alice, data):
    attack = ongoing_since(alice, minutes=20)

    response = alice_client.post(f"/diary/migraines/{attack.pk}/pain/", data, follow=True)

    attack.refresh_from_db()
    assert attack.peak_intensity is None
    assert "choose how bad the pain is" in response.content.decode()


def test_another_patients_attack_pain_is_404(charlie_client, alice):
    attack = ongoing_since(alice, minutes=20)

    response = charlie_client.post(f"/diary/migraines/{attack.pk}/pain/", {"peak_intensity": "3"})

    assert response.status_code == 404
    attack.refresh_from_db()
    assert attack.peak_intensity is None


def test_pain_is_post_only(alice_client, alice):
    attack = ongoing_since(alice, minutes=20)
    assert alice_client.get(f"/diary/migraines/{attack.pk}/pain/").status_code == 405


# --- Attack mode ----------------------------------------------------------------------


def test_the_home_page_is_in_attack_mode_while_an_attack_goes_on(alice_client, alice):
    ongoing_since(alice, minutes=20)

    page = alice_client.get("/").content.decode()

    assert "data-attack-mode" in page
    assert 'data-bs-theme="dark"' in page
    assert "How bad is the pain at its worst so far?" in page
    assert "The attack is over: end it now" in page
    # Only what matters now.
    assert "Today's check-in" not in page
    assert "Days without headache" not in page
    assert "The last 30 days" not in page


def test_a_high_contrast_choice_is_kept_in_attack_mode(alice_client, alice):
    alice.theme = "contrast"
    alice.save()
    ongoing_since(alice, minutes=20)

    page = alice_client.get("/").content.decode()

    assert 'data-theme-pref="contrast"' in page
    assert "data-attack-mode" in page


def test_without_an_attack_the_home_page_is_not_in_attack_mode(alice_client):
    page = alice_client.get("/").content.decode()

    assert "data-attack-mode" not in page
    assert "Having an attack?" in page


# --- Relief ---------------------------------------------------------------------------


@pytest.fixture
def sumatriptan(alice) -> Medication:
    return Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute", usual_amount="50 mg"
    )


def dose_taken(medication, **ago) -> MedicationDose:
    return MedicationDose.objects.create(
        medication=medication, taken_at=timezone.now() - datetime.timedelta(**ago), amount="50 mg"
    )


def test_the_home_page_asks_whether_a_dose_two_hours_ago_helped(alice_client, sumatriptan):
    dose_taken(sumatriptan, hours=2, minutes=5)

    page = alice_client.get("/").content.decode()

    assert "Did Sumatriptan help?" in page
    for answer in ("No", "A little", "A lot", "Fully"):
        assert f">{answer}</button>" in page


def test_the_relief_questions_show_each_doses_local_moment_and_amount_latest_first(
    alice_client, alice, sumatriptan
):
    zone = zoneinfo.ZoneInfo(alice.timezone)
    rizatriptan = Medication.objects.create(
        owner=alice, name="Rizatriptan", category="triptan", purpose="acute"
    )
    older = dose_taken(sumatriptan, hours=30)
    latest = MedicationDose.objects.create(
        medication=rizatriptan, taken_at=timezone.now() - datetime.timedelta(hours=3)
    )
    dose_taken(sumatriptan, days=3, hours=1)  # too long ago to ask
    for number in range(5):
        dose_taken(sumatriptan, hours=40 + number)

    page = alice_client.get("/").content.decode()

    def taken(dose: MedicationDose) -> str:
        return dateformat.format(timezone.localtime(dose.taken_at, zone), "l j F, H:i")

    asked = re.findall(r"/diary/doses/(\d+)/relief/", page)
    assert [int(pk) for pk in asked[:2]] == [latest.pk, older.pk]
    assert len(asked) == 5
    assert page.index("Did Rizatriptan help?") < page.index("Did Sumatriptan help?")
    assert f"Taken {taken(latest)}." in page
    assert f"Taken {taken(older)}, 50 mg." in page


def test_it_waits_two_hours_and_asks_only_about_acute_medicines(alice_client, alice, sumatriptan):
    dose_taken(sumatriptan, hours=1, minutes=50)
    preventive = Medication.objects.create(
        owner=alice, name="Topiramate", category="other", purpose="preventive"
    )
    dose_taken(preventive, hours=5)
    antibody = Medication.objects.create(
        owner=alice, name="Erenumab", category="cgrp_antibody", purpose="acute"
    )
    dose_taken(antibody, hours=5)

    page = alice_client.get("/").content.decode()

    assert "help?" not in page


@pytest.mark.parametrize(
    "answer, relief", [("none", "none"), ("little", "little"), ("lot", "lot"), ("full", "full")]
)
def test_one_tap_answers_the_relief_question(alice_client, sumatriptan, answer, relief):
    dose = dose_taken(sumatriptan, hours=3)

    response = alice_client.post(f"/diary/doses/{dose.pk}/relief/", {"answer": answer}, follow=True)

    dose.refresh_from_db()
    assert dose.relief == relief
    assert "Did Sumatriptan help?" not in response.content.decode()


def test_a_dismissed_question_is_not_asked_again(alice_client, sumatriptan):
    dose = dose_taken(sumatriptan, hours=3)

    response = alice_client.post(
        f"/diary/doses/{dose.pk}/relief/", {"answer": "dismiss"}, follow=True
    )

    dose.refresh_from_db()
    assert dose.relief_dismissed is True
    assert dose.relief == ""
    assert "Did Sumatriptan help?" not in response.content.decode()


@pytest.mark.parametrize("answer", ["", "partial", "miraculous", "x" * 500])
def test_an_unknown_relief_answer_saves_nothing(alice_client, sumatriptan, answer):
    dose = dose_taken(sumatriptan, hours=3)

    response = alice_client.post(f"/diary/doses/{dose.pk}/relief/", {"answer": answer}, follow=True)

    dose.refresh_from_db()
    assert (dose.relief, dose.relief_dismissed) == ("", False)
    assert "choose one of the answers" in response.content.decode()


def test_a_relief_answer_for_another_patients_dose_is_404(charlie_client, sumatriptan):
    dose = dose_taken(sumatriptan, hours=3)

    for answer in ("full", "dismiss"):
        response = charlie_client.post(f"/diary/doses/{dose.pk}/relief/", {"answer": answer})
        assert response.status_code == 404
        assert "Sumatriptan" not in response.content.decode()

    dose.refresh_from_db()
    assert (dose.relief, dose.relief_dismissed) == ("", False)


def test_the_relief_answer_is_post_only(alice_client, sumatriptan):
    dose = dose_taken(sumatriptan, hours=3)
    assert alice_client.get(f"/diary/doses/{dose.pk}/relief/").status_code == 405


def test_an_older_some_relief_answer_stays_readable_and_kept(alice_client, sumatriptan):
    dose = dose_taken(sumatriptan, hours=3)
    MedicationDose.objects.filter(pk=dose.pk).update(relief="partial")

    form = alice_client.get(f"/diary/doses/{dose.pk}/edit/").context["form"]
    assert ("partial", "Some relief") in list(form.fields["relief"].choices)
    assert "help?" not in alice_client.get("/").content.decode()

    data = {
        "medication": sumatriptan.pk,
        "taken_at": timezone.localtime(dose.taken_at, BERLIN).strftime("%Y-%m-%dT%H:%M"),
        "amount": "50 mg",
        "attack": "",
        "relief": "partial",
    }
    alice_client.post(f"/diary/doses/{dose.pk}/edit/", data)
    dose.refresh_from_db()
    assert dose.relief == "partial"
    assert dose.get_relief_display() == "Some relief"


def test_new_doses_are_not_offered_the_older_answer(alice_client):
    form = alice_client.get("/diary/doses/new/").context["form"]
    assert [value for value, _ in form.fields["relief"].choices] == [
        "",
        "none",
        "little",
        "lot",
        "full",
    ]


# --- Days without headache ------------------------------------------------------------


@pytest.mark.parametrize("name, days_back", [("today", 0), ("yesterday", 1)])
def test_one_tap_records_no_headache_today_or_yesterday(alice_client, alice, name, days_back):
    response = alice_client.post("/diary/no-headache/", {"day": name}, follow=True)

    day = local_today(alice) - datetime.timedelta(days=days_back)
    assert list(HeadacheFreeDay.objects.values_list("owner", "day")) == [(alice.pk, day)]
    page = response.content.decode()
    assert "recorded as a day without headache" in page
    assert f"Undo “no headache {name}”" in page


def test_the_day_is_the_patients_local_day(alice_client, alice):
    alice.timezone = "Pacific/Kiritimati"  # UTC+14: often a day ahead of UTC
    alice.save()

    alice_client.post("/diary/no-headache/", {"day": "today"})

    assert HeadacheFreeDay.objects.get().day == local_today(alice)


def test_a_future_day_is_refused(alice_client, alice):
    tomorrow = local_today(alice) + datetime.timedelta(days=1)

    response = alice_client.post("/diary/no-headache/", {"day": tomorrow.isoformat()}, follow=True)

    assert not HeadacheFreeDay.objects.exists()
    assert "That day has not happened yet." in response.content.decode()


def test_a_day_with_an_attack_is_refused(alice_client, alice):
    MigraineAttack.objects.create(
        owner=alice,
        started_at=timezone.now() - datetime.timedelta(minutes=5),
        ended_at=timezone.now(),
    )

    response = alice_client.post("/diary/no-headache/", {"day": "today"}, follow=True)

    assert not HeadacheFreeDay.objects.exists()
    page = response.content.decode()
    assert "You logged a migraine attack on that day" in page
    assert "You logged an attack today." in page


@pytest.mark.parametrize("day", ["", "tomorrow", "2025-02-30", "0001-01-01", "x" * 300])
def test_a_bad_day_is_refused(alice_client, day):
    response = alice_client.post("/diary/no-headache/", {"day": day}, follow=True)

    assert response.status_code == 200
    assert not HeadacheFreeDay.objects.exists()
    assert "choose today or yesterday" in response.content.decode()


def test_no_headache_is_undone(alice_client, alice):
    day = local_today(alice)
    HeadacheFreeDay.objects.create(owner=alice, day=day)

    response = alice_client.post(f"/diary/no-headache/{day.isoformat()}/undo/", follow=True)

    assert not HeadacheFreeDay.objects.exists()
    assert ">No headache today</button>" in response.content.decode()


def test_another_patients_day_cannot_be_undone(charlie_client, alice):
    day = local_today(alice)
    HeadacheFreeDay.objects.create(owner=alice, day=day)

    assert charlie_client.post(f"/diary/no-headache/{day.isoformat()}/undo/").status_code == 404
    assert HeadacheFreeDay.objects.count() == 1


def test_no_headache_is_post_only(alice_client, alice):
    day = local_today(alice)
    HeadacheFreeDay.objects.create(owner=alice, day=day)

    assert alice_client.get("/diary/no-headache/").status_code == 405
    assert alice_client.get(f"/diary/no-headache/{day.isoformat()}/undo/").status_code == 405
    assert HeadacheFreeDay.objects.count() == 1


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.post("/diary/no-headache/", {"day": "today"})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


# --- An attack that overlaps another --------------------------------------------------


def attack_data(start: datetime.datetime, end: datetime.datetime | None, **extra) -> dict:
    return {
        "attack_type": "migraine",
        "started_at": timezone.localtime(start, BERLIN).strftime("%Y-%m-%dT%H:%M"),
        "ended_at": timezone.localtime(end, BERLIN).strftime("%Y-%m-%dT%H:%M") if end else "",
        **extra,
    }


@pytest.fixture
def yesterdays_attack(alice) -> MigraineAttack:
    start = minute(timezone.now()) - datetime.timedelta(days=1, hours=6)
    return MigraineAttack.objects.create(
        owner=alice, started_at=start, ended_at=start + datetime.timedelta(hours=4)
    )


def test_an_overlapping_attack_asks_whether_it_is_the_same_one(alice_client, yesterdays_attack):
    start = yesterdays_attack.started_at + datetime.timedelta(hours=2)

    response = alice_client.post(
        "/diary/migraines/new/", attack_data(start, start + datetime.timedelta(hours=5))
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Is this the same attack?" in page
    assert f'href="{yesterdays_attack.get_absolute_url()}">Yes: go to that attack' in page
    assert "No: save it as a separate attack" in page
    assert MigraineAttack.objects.count() == 1


def test_saving_anyway_keeps_both_attacks(alice_client, yesterdays_attack):
    start = yesterdays_attack.started_at + datetime.timedelta(hours=2)

    response = alice_client.post(
        "/diary/migraines/new/",
        attack_data(start, start + datetime.timedelta(hours=5), confirm_overlap="1"),
    )

    assert response.status_code == 302
    assert MigraineAttack.objects.count() == 2


def test_an_attack_right_after_another_is_not_an_overlap(alice_client, yesterdays_attack):
    start = yesterdays_attack.ended_at

    response = alice_client.post(
        "/diary/migraines/new/", attack_data(start, start + datetime.timedelta(hours=1))
    )

    assert response.status_code == 302
    assert MigraineAttack.objects.count() == 2


def test_an_ongoing_new_attack_overlapping_an_ended_one_asks_too(alice_client, yesterdays_attack):
    start = yesterdays_attack.ended_at - datetime.timedelta(hours=1)

    response = alice_client.post("/diary/migraines/new/", attack_data(start, None))

    assert "Is this the same attack?" in response.content.decode()
    assert MigraineAttack.objects.count() == 1


def test_editing_an_attack_into_another_asks_too(alice_client, alice, yesterdays_attack):
    start = yesterdays_attack.ended_at + datetime.timedelta(hours=2)
    other = MigraineAttack.objects.create(
        owner=alice, started_at=start, ended_at=start + datetime.timedelta(hours=1)
    )

    earlier = yesterdays_attack.ended_at - datetime.timedelta(minutes=30)
    response = alice_client.post(
        f"/diary/migraines/{other.pk}/edit/", attack_data(earlier, other.ended_at)
    )

    assert "Is this the same attack?" in response.content.decode()
    other.refresh_from_db()
    assert other.started_at == start


def test_another_patients_attack_is_no_overlap(alice_client, charlie):
    start = minute(timezone.now()) - datetime.timedelta(hours=5)
    MigraineAttack.objects.create(
        owner=charlie, started_at=start, ended_at=start + datetime.timedelta(hours=4)
    )

    response = alice_client.post(
        "/diary/migraines/new/", attack_data(start, start + datetime.timedelta(hours=1))
    )

    assert response.status_code == 302


# --- Exports --------------------------------------------------------------------------


def test_exports_hold_wellbeing_the_new_relief_answers_and_the_gluten_setting(alice, sumatriptan):
    alice.profile.gluten_questions = True
    alice.profile.save()
    DailyCheckIn.objects.create(owner=alice, day=local_today(alice), wellbeing=8)
    dose_taken(sumatriptan, hours=3).answer_relief("little")

    files = read_zip(exports.csv_export(alice))
    bundle = exports.fhir_export(alice)

    assert files["checkins.csv"][0]["wellbeing"] == "8"
    assert files["doses.csv"][0]["relief"] == "little"
    assert files["profile.csv"][0]["gluten_questions"] == "yes"
    assert "Wellbeing overall (0 very bad to 10 very well)" in str(bundle)


def test_a_one_tap_start_inside_an_ended_attack_asks_first(alice_client, alice):
    start = minute(timezone.now()) - datetime.timedelta(hours=2)
    earlier = MigraineAttack.objects.create(
        owner=alice, started_at=start, ended_at=timezone.now() - datetime.timedelta(minutes=10)
    )

    response = alice_client.post("/diary/migraines/start/", {"minutes_ago": "30"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Is this the same attack?" in page
    assert f'href="{earlier.get_absolute_url()}">Yes: go to that attack' in page
    assert MigraineAttack.objects.count() == 1

    alice_client.post("/diary/migraines/start/", {"minutes_ago": "30", "confirm_overlap": "1"})
    assert MigraineAttack.objects.count() == 2


def test_a_one_tap_start_after_an_ended_attack_starts_at_once(alice_client, alice):
    start = minute(timezone.now()) - datetime.timedelta(hours=2)
    MigraineAttack.objects.create(
        owner=alice, started_at=start, ended_at=timezone.now() - datetime.timedelta(minutes=40)
    )

    response = alice_client.post("/diary/migraines/start/", {"minutes_ago": "30"})

    assert response.status_code == 302
    assert MigraineAttack.objects.ongoing().count() == 1
