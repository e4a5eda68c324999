"""Onboarding after sign-up: one question per screen (conditions, time zone, medicines,
reminders, cycle tracking, colours), each skippable, the whole skippable, resumed where the patient
left it, and safe to submit twice."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import PatientProfile, User
from accounts.onboarding import onboarding_start
from diary.models import Medication, Reminder
from education.models import Condition
from tests.conftest import make_patient

STEPS = ["conditions", "timezone", "medicines", "reminders", "cycle", "theme"]


@pytest.fixture
def newcomer(db) -> User:
    """A patient just signed up, before their first visit."""
    user = User(email="newcomer@example.com", role=User.Role.PATIENT)
    onboarding_start(user)
    user.set_password("a calm walk by the river 7")
    user.save()
    PatientProfile.objects.create(user=user)
    return user


@pytest.fixture
def newcomer_client(client, newcomer):
    client.force_login(newcomer)
    return client


def url(step: str) -> str:
    return reverse(f"onboarding:{step}")


def fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)


def medication_data(**fields) -> dict:
    return {
        "name": "Sumatriptan",
        "category": "triptan",
        "purpose": "acute",
        "usual_amount": "50 mg",
        "usual_for_attacks": "on",
        "form_token": "6a1d8a2e-2f35-4c4c-9d6c-5d2f3f0c1a11",
        **fields,
    }


def test_a_patient_who_signs_up_starts_onboarding_on_the_first_visit(client, db):
    client.post(
        reverse("account_signup"),
        {
            "role": "patient",
            "email": "new@example.com",
            "password1": "a calm walk by the river 7",
            "password2": "a calm walk by the river 7",
        },
    )
    confirm = re.search(r"http://\S+(/accounts/confirm-email/\S+/)", mail.outbox[-1].body)[1]
    client.post(confirm)
    client.post(
        reverse("account_login"),
        {"login": "new@example.com", "password": "a calm walk by the river 7"},
    )

    response = client.get("/")

    assert response.status_code == 302
    assert response.url == url("conditions")
    user = User.objects.get(email="new@example.com")
    assert user.onboarding_step == "conditions"
    assert user.timezone_confirmed is False


def test_a_clinician_who_signs_up_has_no_onboarding(client, db):
    client.post(
        reverse("account_signup"),
        {
            "role": "clinician",
            "email": "doc@example.com",
            "password1": "a calm walk by the river 7",
            "password2": "a calm walk by the river 7",
        },
    )

    user = User.objects.get(email="doc@example.com")
    assert user.onboarding_step == ""
    assert not user.in_onboarding


def test_patients_made_another_way_are_never_sent_to_onboarding(alice_client, alice):
    assert alice_client.get("/").status_code == 200
    assert alice_client.get(url("conditions")).url == "/"
    assert alice_client.get(reverse("onboarding:resume")).url == "/"


@pytest.mark.parametrize("step", STEPS)
def test_each_step_is_one_page_with_its_progress(newcomer_client, step):
    response = newcomer_client.get(url(step))

    assert response.status_code == 200
    assert f"step {STEPS.index(step) + 1} of {len(STEPS)}" in response.text
    assert "Skip the rest and go to my diary" in response.text


def test_the_conditions_step_saves_the_ticked_conditions(newcomer_client, newcomer, lupus):
    migraine = Condition.objects.get(slug="migraine-with-aura")

    response = newcomer_client.post(url("conditions"), {"conditions": [lupus.pk, migraine.pk]})

    assert response.url == url("timezone")
    assert set(newcomer.profile.conditions.all()) == {lupus, migraine}
    assert fresh(newcomer).onboarding_step == "timezone"


def test_the_conditions_step_asks_the_heart_and_vessel_facts_too(newcomer_client, newcomer):
    page = newcomer_client.get(url("conditions")).content.decode()
    assert "Raynaud&#x27;s phenomenon" in page or "Raynaud's phenomenon" in page

    newcomer_client.post(url("conditions"), {"vessel_risks": ["raynauds", "high_blood_pressure"]})

    newcomer.profile.refresh_from_db()
    assert newcomer.profile.vessel_risks == ["high_blood_pressure", "raynauds"]


def test_the_time_zone_step_saves_and_confirms_the_zone(newcomer_client, newcomer):
    newcomer_client.post(url("conditions"), {"skip": "1"})
    page = newcomer_client.get(url("timezone"))
    assert "data-detect-timezone" in page.text

    response = newcomer_client.post(url("timezone"), {"timezone": "Europe/Paris"})

    assert response.url == url("medicines")
    user = fresh(newcomer)
    assert user.timezone == "Europe/Paris"
    assert user.timezone_confirmed is True
    assert user.timezone_asked_at is not None
    assert user.onboarding_step == "medicines"


def test_the_time_zone_step_refuses_an_unknown_zone_and_saves_nothing(newcomer_client, newcomer):
    newcomer_client.post(url("conditions"), {"skip": "1"})

    response = newcomer_client.post(url("timezone"), {"timezone": "Mars/Olympus_Mons"})

    assert response.status_code == 200
    assert "This is not a time zone Overlap knows." in response.text
    user = fresh(newcomer)
    assert user.timezone == "UTC"
    assert user.timezone_confirmed is False
    assert user.onboarding_step == "timezone"


def test_the_medicines_step_adds_medicines_with_the_diarys_form(newcomer_client, newcomer):
    page = newcomer_client.get(url("medicines"))
    assert 'name="form_token"' in page.text
    assert "Show a one-tap button for it during an attack" in page.text

    response = newcomer_client.post(url("medicines"), medication_data())

    assert response.url == url("medicines")
    medication = Medication.objects.get(owner=newcomer)
    assert (medication.name, medication.category, medication.usual_for_attacks) == (
        "Sumatriptan",
        "triptan",
        True,
    )
    assert "Sumatriptan" in newcomer_client.get(url("medicines")).text


def test_the_medicines_step_shows_the_forms_errors_and_saves_nothing(newcomer_client, newcomer):
    response = newcomer_client.post(url("medicines"), medication_data(name=""))

    assert response.status_code == 200
    assert "Nothing was saved." in response.text
    assert not Medication.objects.filter(owner=newcomer).exists()


def test_next_on_the_medicines_step_goes_on_to_reminders(newcomer_client, newcomer):
    response = newcomer_client.post(url("medicines"), {"next": "1"})

    assert response.url == url("reminders")
    assert fresh(newcomer).onboarding_step == "reminders"


def reminder_data(**fields) -> dict:
    """The reminders step as it comes: both off, the check-in at 20:00 every day, the relief
    question two hours after a dose."""
    return {
        "checkin-local_time": "20:00",
        "checkin-weekdays": [str(day) for day in range(7)],
        "relief-relief_delay": "7200",
        **fields,
    }


def test_the_reminders_step_offers_the_check_in_and_the_relief_question(newcomer_client, newcomer):
    page = newcomer_client.get(url("reminders")).text

    assert "Daily check-in" in page
    assert "Did the medicine help?" in page
    assert 'name="checkin-weekdays"' in page
    assert 'name="relief-relief_delay"' in page
    # Nothing to pause during onboarding.
    assert "snoozed_until" not in page
    assert "Skip this question" in page


def test_the_reminders_step_turns_on_the_check_in_at_a_local_time_on_chosen_days(
    newcomer_client, newcomer
):
    User.objects.filter(pk=newcomer.pk).update(timezone="Europe/Berlin")

    response = newcomer_client.post(
        url("reminders"),
        reminder_data(
            **{
                "checkin-enabled": "on",
                "checkin-local_time": "21:30",
                "checkin-weekdays": ["0", "2", "4"],
            }
        ),
    )

    assert response.url == url("cycle")
    checkin = Reminder.objects.get(owner=newcomer, kind="checkin")
    assert checkin.enabled
    assert checkin.local_time.strftime("%H:%M") == "21:30"
    assert checkin.weekdays_label == "Mon, Wed, Fri"
    local = timezone.localtime(checkin.next_send_at, fresh(newcomer).tzinfo)
    assert (local.strftime("%H:%M"), local.weekday() in (0, 2, 4)) == ("21:30", True)
    # The relief question was left off: no reminder is made for it.
    assert not Reminder.objects.filter(owner=newcomer, kind="relief").exists()
    assert fresh(newcomer).onboarding_step == "cycle"


def test_the_reminders_step_turns_on_the_relief_question_with_its_delay(newcomer_client, newcomer):
    newcomer_client.post(
        url("reminders"),
        reminder_data(**{"relief-enabled": "on", "relief-relief_delay": "10800"}),
    )

    relief = Reminder.objects.get(owner=newcomer, kind="relief")
    assert relief.enabled
    assert relief.relief_delay.total_seconds() == 3 * 3600
    assert relief.next_send_at is None
    assert not Reminder.objects.filter(owner=newcomer, kind="checkin").exists()


def test_the_reminders_step_with_both_off_saves_nothing_and_moves_on(newcomer_client, newcomer):
    response = newcomer_client.post(url("reminders"), reminder_data())

    assert response.url == url("cycle")
    assert not Reminder.objects.filter(owner=newcomer).exists()


def test_skipping_the_reminders_step_saves_nothing(newcomer_client, newcomer):
    response = newcomer_client.post(
        url("reminders"), reminder_data(skip="1", **{"checkin-enabled": "on"})
    )

    assert response.url == url("cycle")
    assert not Reminder.objects.filter(owner=newcomer).exists()


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"checkin-weekdays": []}, "Choose at least one day of the week."),
        ({"checkin-local_time": "25:00"}, "Enter a time of day from 00:00 to 23:59"),
        ({"checkin-weekdays": ["9"]}, "Choose days of the week from the list."),
        ({"relief-relief_delay": "99"}, "Choose one of the delays in the list."),
    ],
)
def test_bad_input_on_the_reminders_step_says_what_is_wrong_and_saves_nothing(
    newcomer_client, newcomer, fields, message
):
    newcomer_client.post(url("medicines"), {"next": "1"})
    data = reminder_data(**{"checkin-enabled": "on", "relief-enabled": "on", **fields})

    response = newcomer_client.post(url("reminders"), data)

    assert response.status_code == 200
    assert "Nothing was saved." in response.text
    assert message in response.text
    assert not Reminder.objects.filter(owner=newcomer).exists()
    assert fresh(newcomer).onboarding_step == "reminders"


def test_a_patient_who_leaves_on_the_reminders_step_comes_back_to_it(client, newcomer):
    client.force_login(newcomer)
    client.post(url("medicines"), {"next": "1"})
    client.logout()

    client.force_login(newcomer)

    assert client.get("/").url == url("reminders")
    assert client.get(reverse("onboarding:resume")).url == url("reminders")


def test_coming_back_to_the_reminders_step_shows_and_changes_what_was_saved(
    newcomer_client, newcomer
):
    newcomer_client.post(
        url("reminders"),
        reminder_data(**{"checkin-enabled": "on", "checkin-local_time": "07:15"}),
    )

    page = newcomer_client.get(url("reminders")).text
    assert 'value="07:15"' in page

    newcomer_client.post(url("reminders"), reminder_data())

    assert not Reminder.objects.get(owner=newcomer, kind="checkin").enabled
    assert Reminder.objects.filter(owner=newcomer).count() == 1
    # Going back never moves the patient back.
    assert fresh(newcomer).onboarding_step == "cycle"


def test_a_double_tap_on_the_reminders_step_saves_one_reminder(newcomer_client, newcomer):
    data = reminder_data(**{"checkin-enabled": "on"})

    first = newcomer_client.post(url("reminders"), data)
    second = newcomer_client.post(url("reminders"), data)

    assert first.url == second.url == url("cycle")
    assert Reminder.objects.filter(owner=newcomer, kind="checkin").count() == 1


def test_the_reminders_step_saves_what_the_reminders_page_then_shows(newcomer_client, newcomer):
    newcomer_client.post(
        url("reminders"),
        reminder_data(**{"checkin-enabled": "on", "checkin-weekdays": ["5", "6"]}),
    )
    newcomer_client.post(reverse("onboarding:skip"))

    page = newcomer_client.get(reverse("diary:reminder-list")).text

    assert "On, at weekends at 20:00." in page


def test_the_cycle_step_turns_cycle_tracking_on(newcomer_client, newcomer):
    response = newcomer_client.post(url("cycle"), {"cycle_tracking": "on"})

    assert response.url == url("theme")
    assert PatientProfile.objects.get(user=newcomer).cycle_tracking is True


def test_the_theme_step_follows_the_device_unless_another_is_chosen(newcomer_client, newcomer):
    page = newcomer_client.get(url("theme"))
    assert re.search(r'value="system"[^>]*checked', page.text)

    response = newcomer_client.post(url("theme"), {"theme": "dark"})

    assert response.url == "/"
    user = fresh(newcomer)
    assert user.theme == "dark"
    assert user.onboarding_step == ""
    assert user.onboarding_finished_at is not None


def test_finishing_lands_on_home(newcomer_client, newcomer):
    response = newcomer_client.post(url("theme"), {"theme": "system"}, follow=True)

    assert response.redirect_chain == [("/", 302)]
    assert "You are all set." in response.text
    assert response.templates[0].name == "diary/patient_home.html"


def test_skipping_a_question_saves_nothing_and_moves_on(newcomer_client, newcomer, lupus):
    response = newcomer_client.post(url("conditions"), {"skip": "1", "conditions": [lupus.pk]})

    assert response.url == url("timezone")
    assert not newcomer.profile.conditions.exists()


def test_skipping_the_time_zone_question_counts_as_asked(newcomer_client, newcomer):
    newcomer_client.post(url("timezone"), {"skip": "1", "timezone": "Asia/Tokyo"})

    user = fresh(newcomer)
    assert user.timezone == "UTC"
    assert user.timezone_asked_at is not None
    assert not user.timezone_question_due


def test_skipping_the_rest_goes_home_for_good(newcomer_client, newcomer):
    response = newcomer_client.post(reverse("onboarding:skip"), follow=True)

    assert response.redirect_chain == [("/", 302)]
    assert "whenever you like" in response.text
    user = fresh(newcomer)
    assert user.onboarding_step == ""
    assert user.onboarding_finished_at is not None
    assert newcomer_client.get("/").status_code == 200
    assert newcomer_client.get(url("timezone")).url == "/"


def test_skipping_before_the_time_zone_leaves_the_one_time_question_for_home(
    newcomer_client, newcomer
):
    newcomer_client.post(reverse("onboarding:skip"))

    response = newcomer_client.get("/")

    assert fresh(newcomer).timezone_question_due
    assert "Which time zone are you in?" in response.text


def test_a_patient_who_leaves_resumes_at_the_step_they_were_on(client, newcomer):
    client.force_login(newcomer)
    client.post(url("conditions"), {"skip": "1"})
    client.post(url("timezone"), {"timezone": "Europe/Paris"})
    client.logout()

    client.force_login(newcomer)

    assert client.get("/").url == url("medicines")
    assert client.get(reverse("onboarding:resume")).url == url("medicines")


def test_going_back_and_submitting_again_never_moves_the_patient_back(
    newcomer_client, newcomer, lupus
):
    newcomer_client.post(url("conditions"), {"skip": "1"})
    newcomer_client.post(url("timezone"), {"timezone": "Europe/Paris"})

    response = newcomer_client.post(url("conditions"), {"conditions": [lupus.pk]})

    assert response.url == url("timezone")
    assert fresh(newcomer).onboarding_step == "medicines"
    assert list(newcomer.profile.conditions.all()) == [lupus]


def test_a_double_tap_on_a_step_saves_once(newcomer_client, newcomer, lupus):
    first = newcomer_client.post(url("conditions"), {"conditions": [lupus.pk]})
    second = newcomer_client.post(url("conditions"), {"conditions": [lupus.pk]})

    assert first.url == second.url == url("timezone")
    assert list(newcomer.profile.conditions.all()) == [lupus]
    assert fresh(newcomer).onboarding_step == "timezone"


def test_a_double_tap_on_add_medicine_saves_one_medicine(newcomer_client, newcomer):
    first = newcomer_client.post(url("medicines"), medication_data())
    second = newcomer_client.post(url("medicines"), medication_data())

    assert first.status_code == second.status_code == 302
    assert Medication.objects.filter(owner=newcomer).count() == 1


def test_a_double_tap_on_finish_finishes_once_and_never_errors(newcomer_client, newcomer):
    newcomer_client.post(url("theme"), {"theme": "dark"})
    finished_at = fresh(newcomer).onboarding_finished_at

    second = newcomer_client.post(url("theme"), {"theme": "contrast"})

    assert second.status_code == 302
    assert second.url == "/"
    user = fresh(newcomer)
    assert (user.theme, user.onboarding_finished_at) == ("dark", finished_at)


def test_a_double_tap_on_skip_the_rest_is_harmless(newcomer_client, newcomer):
    newcomer_client.post(reverse("onboarding:skip"))
    finished_at = fresh(newcomer).onboarding_finished_at

    response = newcomer_client.post(reverse("onboarding:skip"))

    assert response.url == "/"
    assert fresh(newcomer).onboarding_finished_at == finished_at


def test_a_whole_onboarding_in_order(newcomer_client, newcomer, lupus):
    newcomer_client.post(url("conditions"), {"conditions": [lupus.pk]})
    newcomer_client.post(url("timezone"), {"timezone": "America/New_York"})
    newcomer_client.post(url("medicines"), medication_data())
    newcomer_client.post(url("medicines"), {"next": "1"})
    newcomer_client.post(url("reminders"), reminder_data(**{"checkin-enabled": "on"}))
    newcomer_client.post(url("cycle"), {})
    response = newcomer_client.post(url("theme"), {"theme": "system"})

    assert response.url == "/"
    user = fresh(newcomer)
    assert user.timezone == "America/New_York"
    assert user.onboarding_finished_at <= timezone.now()
    assert not user.timezone_question_due
    checkin = Reminder.objects.get(owner=newcomer, kind="checkin")
    assert checkin.enabled
    assert checkin.scheduled_zone == "America/New_York"


@pytest.mark.parametrize("persona", ["bob", "carol"])
def test_onboarding_is_for_patients_only(request, client, persona):
    client.force_login(request.getfixturevalue(persona))

    for step in STEPS:
        assert client.get(url(step)).status_code == 404
    assert client.post(reverse("onboarding:skip")).status_code == 404


def test_onboarding_pages_need_a_login(client, db):
    response = client.get(url("conditions"))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_skip_the_rest_is_post_only(newcomer_client):
    assert newcomer_client.get(reverse("onboarding:skip")).status_code == 405


def test_a_curator_who_is_a_patient_by_role_is_never_onboarded(db):
    user = make_patient("staff@example.com", is_staff=True)
    onboarding_start(user)

    assert not user.in_onboarding
