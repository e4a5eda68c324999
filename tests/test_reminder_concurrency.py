"""Two schedulers started at once send each reminder exactly once (PostgreSQL only:
tests/conftest.py collects this module when DATABASE_URL points at PostgreSQL).

Each scheduler runs `send_reminders` in its own thread, so on its own database connection
and in its own transactions, released together by a barrier; jobs run at once in the
thread that claimed them, so every e-mail either scheduler caused is in the outbox."""

import datetime
import threading
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection

from diary.models import Medication, MedicationDose, ReminderDelivery, ReminderKind
from diary.reminder_schedule import EVERY_DAY
from diary.reminders import reminder_save
from tests.conftest import make_patient

# Transactional: the worker and the schedulers commit. Kept at the suite's top level so
# that these tests, which empty every table when they end, run after the app folders'.
pytestmark = pytest.mark.django_db(transaction=True)
PATIENTS = 40


def test_two_schedulers_at_once_send_each_reminder_once(mailoutbox):
    assert connection.vendor == "postgresql"
    start = datetime.datetime(2026, 12, 1, 18, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        patients = [
            make_patient(f"patient{number}@example.com", timezone="Europe/Berlin")
            for number in range(PATIENTS)
        ]
        for patient in patients:
            reminder_save(
                owner=patient,
                kind=ReminderKind.CHECKIN,
                enabled=True,
                local_time=datetime.time(20, 0),
                weekdays=EVERY_DAY,
                include_details=False,
            )
        clock.move_to(datetime.datetime(2026, 12, 1, 19, 0, 30, tzinfo=datetime.UTC))
        errors, outputs = run_two_schedulers()

    assert_each_patient_reminded_once(errors, outputs, mailoutbox, patients)


def test_two_schedulers_at_once_ask_about_each_dose_once(mailoutbox):
    start = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        patients = [
            make_patient(f"patient{number}@example.com", timezone="Europe/Berlin")
            for number in range(PATIENTS)
        ]
        for patient in patients:
            reminder_save(
                owner=patient,
                kind=ReminderKind.RELIEF,
                enabled=True,
                local_time=datetime.time(20, 0),
                weekdays=EVERY_DAY,
                include_details=False,
            )
            triptan = Medication.objects.create(
                owner=patient, name="Sumatriptan", category="triptan", purpose="acute"
            )
            MedicationDose.objects.create(medication=triptan, taken_at=start)
        clock.move_to(start + datetime.timedelta(hours=2, seconds=30))
        errors, outputs = run_two_schedulers()

    assert_each_patient_reminded_once(errors, outputs, mailoutbox, patients)


def run_two_schedulers() -> tuple[list[Exception], list[StringIO]]:
    """Run `send_reminders` three times in each of two threads released together; return
    the errors raised and each thread's output."""
    barrier = threading.Barrier(2)
    outputs = [StringIO(), StringIO()]
    errors = []

    def scheduler(output: StringIO) -> None:
        try:
            barrier.wait()
            for _ in range(3):
                call_command("send_reminders", stdout=output)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=scheduler, args=(output,)) for output in outputs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors, outputs


def assert_each_patient_reminded_once(errors, outputs, mailoutbox, patients) -> None:
    assert errors == []
    assert sorted(message.to[0] for message in mailoutbox) == sorted(
        patient.email for patient in patients
    )
    assert ReminderDelivery.objects.count() == PATIENTS
    assert set(ReminderDelivery.objects.values_list("status", flat=True)) == {"sent"}
    # Both really ran; between them they claimed each reminder once.
    lines = [line for output in outputs for line in output.getvalue().splitlines()]
    assert len(lines) == 6
    assert sum(int(line.split()[1]) for line in lines) == PATIENTS
