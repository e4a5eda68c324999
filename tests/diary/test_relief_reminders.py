"""The relief question by e-mail: a set delay after a dose for an attack, if the patient has
not answered in Overlap, at most once a local day, naming nothing unless they opted in."""

import datetime
import re
from io import StringIO

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from diary.models import Medication, MedicationDose, Reminder, ReminderDelivery, ReminderKind
from diary.reminders import reminder_save
from tests.conftest import make_patient

UTC = datetime.UTC
# 10:00 in Berlin.
DOSE_AT = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
STEP = datetime.timedelta(minutes=30)


@pytest.fixture
def clock():
    with time_machine.travel(DOSE_AT, tick=False) as traveller:
        yield traveller


@pytest.fixture
def patient(db):
    return make_patient("relief@example.com", timezone="Europe/Berlin")


def relief_reminder(patient, **fields) -> Reminder:
    return reminder_save(
        owner=patient,
        kind=ReminderKind.RELIEF,
        enabled=True,
        local_time=datetime.time(20, 0),
        weekdays=127,
        include_details=fields.pop("include_details", False),
        **fields,
    )


def dose(patient, *, at=DOSE_AT, category="triptan", purpose="acute", name="Sumatriptan"):
    medication, _ = Medication.objects.get_or_create(
        owner=patient, name=name, defaults={"category": category, "purpose": purpose}
    )
    return MedicationDose.objects.create(medication=medication, taken_at=at)


def run_until(clock, hours: float, mailoutbox) -> list[tuple[datetime.datetime, object]]:
    """Poll as a half-hourly scheduler would, to `hours` after the dose; return (time of
    the pass, message) for each e-mail sent."""
    sent = []
    while timezone.now() < DOSE_AT + datetime.timedelta(hours=hours):
        clock.shift(STEP)
        before = len(mailoutbox)
        call_command("send_reminders", stdout=StringIO())
        sent += [(timezone.now(), message) for message in mailoutbox[before:]]
    return sent


def test_it_asks_once_two_hours_after_the_dose_naming_nothing(clock, patient, mailoutbox):
    relief_reminder(patient)
    dose(patient)
    dose(patient, at=DOSE_AT + datetime.timedelta(hours=1))  # the same day: no second e-mail

    sent = run_until(clock, 8, mailoutbox)

    assert [when for when, _ in sent] == [DOSE_AT + datetime.timedelta(hours=2)]
    message = sent[0][1]
    assert message.subject == "Your Overlap question"
    assert "Did the medicine help?" in message.body
    assert "Sumatriptan" not in message.body and "triptan" not in message.body.lower()
    assert f"{settings.SITE_URL}/\n" in message.body  # the home page, where it is answered
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert ReminderDelivery.objects.get().status == "sent"


def test_with_details_it_names_the_medicine_and_the_local_time(clock, patient, mailoutbox):
    relief_reminder(patient, include_details=True, relief_delay=datetime.timedelta(hours=3))
    dose(patient)

    sent = run_until(clock, 5, mailoutbox)

    assert [when for when, _ in sent] == [DOSE_AT + datetime.timedelta(hours=3)]
    assert "Sumatriptan, taken at 10:00 on 1 December" in sent[0][1].body


def test_an_answer_in_the_app_means_no_e_mail(clock, patient, mailoutbox):
    relief_reminder(patient)
    answered = dose(patient)
    MedicationDose.objects.filter(pk=answered.pk).update(relief="full")

    assert run_until(clock, 6, mailoutbox) == []
    assert not ReminderDelivery.objects.exists()


def test_preventive_doses_and_a_reminder_left_off_ask_nothing(clock, patient, mailoutbox):
    relief_reminder(patient)
    dose(patient, name="Propranolol", category="other", purpose="preventive")
    dose(patient, name="Erenumab", category="cgrp_antibody", purpose="acute")
    other = make_patient("off@example.com", timezone="Europe/Berlin")
    dose(other)

    assert run_until(clock, 6, mailoutbox) == []


def test_a_dose_logged_too_late_to_ask_in_time_is_not_asked_about(clock, patient, mailoutbox):
    relief_reminder(patient)
    # Logged now for a dose taken six hours ago: its question would be four hours late.
    dose(patient, at=DOSE_AT - datetime.timedelta(hours=6))

    assert run_until(clock, 4, mailoutbox) == []


def test_the_unsubscribe_link_stops_them(clock, patient, mailoutbox):
    relief_reminder(patient)
    dose(patient)
    ((_, message),) = run_until(clock, 3, mailoutbox)
    link = re.search(r"^(http://\S+/unsubscribe/\S+)$", message.body, re.MULTILINE)[1]

    Client().post(link.removeprefix("http://testserver"))
    dose(patient, at=DOSE_AT + datetime.timedelta(days=1))
    clock.move_to(DOSE_AT + datetime.timedelta(days=1))

    assert run_until(clock, 28, mailoutbox) == []
    assert not Reminder.objects.get(owner=patient).enabled


def test_the_reminders_page_saves_the_delay_and_says_it(clock, patient):
    client = Client()
    client.force_login(patient)
    data = {"timezone": "Europe/Berlin", "relief-enabled": "on", "relief-relief_delay": "3600"}
    for kind in ReminderKind:
        data |= {f"{kind}-local_time": "20:00", f"{kind}-weekdays": [str(d) for d in range(7)]}

    response = client.post("/diary/reminders/", data, follow=True)

    reminder = Reminder.objects.get(owner=patient, kind=ReminderKind.RELIEF)
    assert reminder.enabled and reminder.relief_delay == datetime.timedelta(hours=1)
    assert reminder.next_send_at is None
    assert "On, 1 hour after each dose for an attack" in response.content.decode()


def test_a_delay_not_in_the_list_is_refused_and_nothing_saved(clock, patient):
    client = Client()
    client.force_login(patient)
    data = {"timezone": "Europe/Berlin", "relief-enabled": "on", "relief-relief_delay": "60"}
    for kind in ReminderKind:
        data |= {f"{kind}-local_time": "20:00", f"{kind}-weekdays": [str(d) for d in range(7)]}

    response = client.post("/diary/reminders/", data)

    assert response.status_code == 200
    assert "Choose one of the delays in the list." in response.content.decode()
    assert not Reminder.objects.filter(owner=patient).exists()
