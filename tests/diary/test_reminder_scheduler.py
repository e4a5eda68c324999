"""The reminder scheduler (`manage.py send_reminders`) and the worker's e-mail, under a
frozen clock (time-machine) moved on in half-hour steps, as a scheduler polling every
half hour would see it. Jobs run at once (the suite's immediate backend), so each e-mail
lands in the outbox during the scheduler's pass."""

import datetime
import re
import signal
import zoneinfo
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from accounts.models import User
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
    Reminder,
    ReminderDelivery,
    ReminderKind,
)
from diary.reminder_schedule import EVERY_DAY, weekdays_mask
from diary.reminders import reminder_save, reminders_update
from diary.services import headache_free_day_record
from education.models import Condition
from tests.conftest import make_patient

UTC = datetime.UTC
STEP = datetime.timedelta(minutes=30)
EIGHT_PM = datetime.time(20, 0)

# Each zone's 2026 and 2027 daylight-saving changes.
CHANGES = [
    ("Europe/Berlin", datetime.date(2026, 3, 29)),
    ("Europe/Berlin", datetime.date(2026, 10, 25)),
    ("Europe/Berlin", datetime.date(2027, 3, 28)),
    ("Europe/Berlin", datetime.date(2027, 10, 31)),
    ("America/New_York", datetime.date(2026, 3, 8)),
    ("America/New_York", datetime.date(2026, 11, 1)),
    ("America/New_York", datetime.date(2027, 3, 14)),
    ("America/New_York", datetime.date(2027, 11, 7)),
    ("Australia/Sydney", datetime.date(2026, 4, 5)),
    ("Australia/Sydney", datetime.date(2026, 10, 4)),
    ("Australia/Sydney", datetime.date(2027, 4, 4)),
    ("Australia/Sydney", datetime.date(2027, 10, 3)),
]


def local_midnight(day: datetime.date, zone: str) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=zoneinfo.ZoneInfo(zone))


def run_scheduler(clock, until: datetime.datetime, mailoutbox, on_step=None) -> list:
    """Move the clock on in steps to `until`, running one scheduler pass at each; return
    (local send time, message) for each e-mail sent."""
    sent = []
    while timezone.now() < until:
        clock.shift(STEP)
        if on_step:
            on_step(timezone.now())
        before = len(mailoutbox)
        call_command("send_reminders", stdout=StringIO())
        sent += [(timezone.now(), message) for message in mailoutbox[before:]]
    return sent


def patient_in(zone: str) -> User:
    return make_patient(f"patient-{zone.replace('/', '-').lower()}@example.com", timezone=zone)


@pytest.fixture
def clock():
    with time_machine.travel(datetime.datetime(2026, 1, 1, tzinfo=UTC), tick=False) as traveller:
        yield traveller


@pytest.mark.django_db
@pytest.mark.parametrize(("zone", "change"), CHANGES, ids=lambda value: str(value))
def test_each_local_day_gets_one_check_in_reminder_at_eight_pm(clock, mailoutbox, zone, change):
    tz = zoneinfo.ZoneInfo(zone)
    start = change - datetime.timedelta(days=4)
    clock.move_to(local_midnight(start, zone))
    patient = patient_in(zone)
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
    )

    sent = run_scheduler(
        clock, local_midnight(start + datetime.timedelta(days=8), zone), mailoutbox
    )

    days = [at.astimezone(tz).date() for at, _ in sent]
    assert days == [start + datetime.timedelta(days=offset) for offset in range(8)]
    # Sent at the first pass at or after 20:00 on the local clock, before and after the change.
    assert {at.astimezone(tz).time() for at, _ in sent} == {EIGHT_PM}
    assert len({at.astimezone(tz).utcoffset() for at, _ in sent}) == 2
    assert {message.subject for _, message in sent} == {"Your Overlap check-in"}
    assert all(message.to == [patient.email] for _, message in sent)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("zone", "day", "wanted", "expected"),
    [
        # Spring gap: 02:30 does not exist, the reminder comes when the gap ends.
        ("Europe/Berlin", datetime.date(2026, 3, 29), datetime.time(2, 30), datetime.time(3, 0)),
        ("America/New_York", datetime.date(2027, 3, 14), datetime.time(2, 30), datetime.time(3, 0)),
        ("Australia/Sydney", datetime.date(2026, 10, 4), datetime.time(2, 30), datetime.time(3, 0)),
        # Autumn fold: 02:30 happens twice, the reminder comes once, at the first.
        ("Europe/Berlin", datetime.date(2027, 10, 31), datetime.time(2, 30), datetime.time(2, 30)),
        (
            "America/New_York",
            datetime.date(2026, 11, 1),
            datetime.time(1, 30),
            datetime.time(1, 30),
        ),
        ("Australia/Sydney", datetime.date(2027, 4, 4), datetime.time(2, 30), datetime.time(2, 30)),
    ],
)
def test_a_reminder_in_the_gap_or_the_fold_comes_once_that_day(
    clock, mailoutbox, zone, day, wanted, expected
):
    tz = zoneinfo.ZoneInfo(zone)
    start = day - datetime.timedelta(days=1)
    clock.move_to(local_midnight(start, zone))
    patient = patient_in(zone)
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=wanted,
        weekdays=EVERY_DAY,
        include_details=False,
    )

    sent = run_scheduler(clock, local_midnight(day + datetime.timedelta(days=2), zone), mailoutbox)

    local = [at.astimezone(tz) for at, _ in sent]
    assert [at.date() for at in local] == [start, day, day + datetime.timedelta(days=1)]
    assert local[1].time() == expected
    assert local[1].fold == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("zone", "change"),
    [
        ("Europe/Berlin", datetime.date(2026, 3, 29)),
        ("America/New_York", datetime.date(2027, 3, 14)),
        ("Australia/Sydney", datetime.date(2026, 10, 4)),
    ],
    ids=str,
)
def test_it_skips_days_already_recorded(clock, mailoutbox, zone, change):
    tz = zoneinfo.ZoneInfo(zone)
    start = change - datetime.timedelta(days=3)
    clock.move_to(local_midnight(start, zone))
    patient = patient_in(zone)
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
    )
    day = [start + datetime.timedelta(days=offset) for offset in range(7)]
    medication = Medication.objects.create(
        owner=patient, name="Pill", category="other", purpose="acute"
    )
    lupus = Condition.objects.get(slug="lupus")

    def record(now: datetime.datetime) -> None:
        # Each entry is made during its own day, before the evening reminder.
        local = now.astimezone(tz)
        if local.time() != datetime.time(9, 0):
            return
        if local.date() == day[0]:
            DailyCheckIn.objects.create(owner=patient, day=day[0], stress=3)
        elif local.date() == day[1]:
            MigraineAttack.objects.create(owner=patient, started_at=now, ended_at=now + STEP)
        elif local.date() == day[2]:
            MedicationDose.objects.create(medication=medication, taken_at=now)
        elif local.date() == day[3]:
            headache_free_day_record(owner=patient, day=day[3])
        elif local.date() == day[4]:
            Flare.objects.create(owner=patient, condition=lupus, started_on=day[4], ended_on=day[4])

    sent = run_scheduler(
        clock, local_midnight(day[6] + datetime.timedelta(days=1), zone), mailoutbox, record
    )

    assert [at.astimezone(tz).date() for at, _ in sent] == [day[5], day[6]]
    skipped = ReminderDelivery.objects.filter(status=ReminderDelivery.Status.SKIPPED)
    assert sorted(skipped.values_list("local_day", flat=True)) == day[:5]
    assert set(skipped.values_list("reason", flat=True)) == {
        "Not sent: the day was already recorded."
    }


@pytest.mark.django_db
def test_an_attack_going_on_over_midnight_records_the_next_day_too(clock, mailoutbox):
    zone = "America/New_York"
    tz = zoneinfo.ZoneInfo(zone)
    clock.move_to(local_midnight(datetime.date(2026, 11, 2), zone))
    patient = patient_in(zone)
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
    )
    started = datetime.datetime(2026, 11, 1, 22, 0, tzinfo=tz)
    MigraineAttack.objects.create(owner=patient, started_at=started)  # ongoing

    sent = run_scheduler(clock, local_midnight(datetime.date(2026, 11, 4), zone), mailoutbox)

    assert sent == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("zone", "change"),
    [
        ("Australia/Sydney", datetime.date(2026, 4, 5)),
        ("Europe/Berlin", datetime.date(2027, 10, 31)),
        ("America/New_York", datetime.date(2026, 11, 1)),
    ],
    ids=str,
)
def test_none_after_unsubscribing_from_the_email(clock, mailoutbox, zone, change):
    start = change - datetime.timedelta(days=3)
    clock.move_to(local_midnight(start, zone))
    patient = patient_in(zone)
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
    )
    sent = run_scheduler(
        clock, local_midnight(start + datetime.timedelta(days=1), zone), mailoutbox
    )
    assert len(sent) == 1
    message = sent[0][1]
    unsubscribe = re.search(r"<http://testserver(/\S+)>", message.extra_headers["List-Unsubscribe"])
    # A mail program's one-click unsubscribe (RFC 8058): a POST with no CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        unsubscribe.group(1),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200

    later = run_scheduler(
        clock, local_midnight(start + datetime.timedelta(days=6), zone), mailoutbox
    )

    assert later == []
    reminder = Reminder.objects.get()
    assert reminder.enabled is False
    assert reminder.unsubscribed_at is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("zone", "change"),
    [
        ("Europe/Berlin", datetime.date(2026, 10, 25)),
        ("America/New_York", datetime.date(2026, 3, 8)),
        ("Australia/Sydney", datetime.date(2027, 4, 4)),
    ],
    ids=str,
)
def test_none_while_snoozed(clock, mailoutbox, zone, change):
    tz = zoneinfo.ZoneInfo(zone)
    start = change - datetime.timedelta(days=2)
    clock.move_to(local_midnight(start, zone))
    patient = patient_in(zone)
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
        snoozed_until=start + datetime.timedelta(days=4),
    )

    sent = run_scheduler(
        clock, local_midnight(start + datetime.timedelta(days=6), zone), mailoutbox
    )

    assert [at.astimezone(tz).date() for at, _ in sent] == [
        start + datetime.timedelta(days=4),
        start + datetime.timedelta(days=5),
    ]
    assert ReminderDelivery.objects.filter(reason="Not sent: snoozed.").count() == 4


@pytest.mark.django_db
def test_the_snooze_link_stops_reminders_until_tomorrow(clock, mailoutbox, client):
    zone = "America/New_York"
    tz = zoneinfo.ZoneInfo(zone)
    start = datetime.date(2027, 3, 12)
    clock.move_to(local_midnight(start, zone))
    patient = patient_in(zone)
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=datetime.time(7, 0),
        weekdays=EVERY_DAY,
        include_details=False,
    )
    sent = run_scheduler(
        clock, local_midnight(start, zone) + datetime.timedelta(hours=8), mailoutbox
    )
    snooze = re.search(r"http://testserver(/reminders/snooze/\S+/)", sent[0][1].body).group(1)

    response = client.post(snooze)

    assert response.status_code == 200
    assert Reminder.objects.get().snoozed_until == start + datetime.timedelta(days=1)
    later = run_scheduler(
        clock, local_midnight(start + datetime.timedelta(days=3), zone), mailoutbox
    )
    assert [at.astimezone(tz).date() for at, _ in later] == [
        start + datetime.timedelta(days=1),
        start + datetime.timedelta(days=2),
    ]


@pytest.mark.django_db
def test_it_follows_the_patient_to_another_zone(clock, mailoutbox):
    start = datetime.date(2026, 11, 30)
    clock.move_to(local_midnight(start, "Europe/Berlin"))
    patient = patient_in("Europe/Berlin")
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
    )

    def move(now: datetime.datetime) -> None:
        # At noon in Berlin on the second day the patient, now in New York, changes zone.
        if now == datetime.datetime(2026, 12, 1, 11, 0, tzinfo=UTC):
            patient.timezone = "America/New_York"
            patient.save(update_fields=["timezone"])

    sent = run_scheduler(clock, datetime.datetime(2026, 12, 4, 6, 0, tzinfo=UTC), mailoutbox, move)

    berlin, new_york = zoneinfo.ZoneInfo("Europe/Berlin"), zoneinfo.ZoneInfo("America/New_York")
    assert sent[0][0].astimezone(berlin) == datetime.datetime(2026, 11, 30, 20, 0, tzinfo=berlin)
    assert [at.astimezone(new_york) for at, _ in sent[1:]] == [
        datetime.datetime(2026, 12, day, 20, 0, tzinfo=new_york) for day in (1, 2, 3)
    ]


@pytest.mark.django_db
def test_it_sends_only_on_chosen_weekdays(clock, mailoutbox):
    zone = "Australia/Sydney"
    tz = zoneinfo.ZoneInfo(zone)
    start = datetime.date(2027, 9, 27)  # a Monday
    clock.move_to(local_midnight(start, zone))
    patient = patient_in(zone)
    reminders_update(
        owner=patient,
        zone=zone,
        choices={
            ReminderKind.CHECKIN: {
                "enabled": True,
                "local_time": EIGHT_PM,
                "weekdays": weekdays_mask([0, 3, 6]),
                "include_details": False,
            }
        },
    )

    sent = run_scheduler(
        clock, local_midnight(start + datetime.timedelta(days=14), zone), mailoutbox
    )

    assert [at.astimezone(tz).weekday() for at, _ in sent] == [0, 3, 6] * 2


@pytest.mark.django_db
def test_a_reminder_turned_off_sends_nothing(clock, mailoutbox):
    clock.move_to(datetime.datetime(2026, 12, 1, tzinfo=UTC))
    patient = patient_in("UTC")
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=False,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
    )

    assert run_scheduler(clock, datetime.datetime(2026, 12, 4, tzinfo=UTC), mailoutbox) == []
    assert not ReminderDelivery.objects.exists()


@pytest.mark.django_db
def test_the_command_says_what_it_did(clock, mailoutbox):
    clock.move_to(datetime.datetime(2026, 12, 1, 19, 59, tzinfo=UTC))
    patient = patient_in("UTC")
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
    )
    clock.shift(datetime.timedelta(minutes=1))
    output = StringIO()
    call_command("send_reminders", stdout=output)
    call_command("send_reminders", stdout=output)

    assert output.getvalue().splitlines() == [
        "send_reminders: 1 reminders queued in 1 passes.",
        "send_reminders: 0 reminders queued in 1 passes.",
    ]
    assert len(mailoutbox) == 1
    assert HeadacheFreeDay.objects.count() == 0


@pytest.mark.django_db
def test_the_loop_stops_after_its_pass_on_sigterm(clock, mailoutbox, monkeypatch):
    patient = patient_in("UTC")
    clock.move_to(datetime.datetime(2026, 12, 1, 19, 59, tzinfo=UTC))
    reminder_save(
        owner=patient,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=EIGHT_PM,
        weekdays=EVERY_DAY,
        include_details=False,
    )
    clock.shift(datetime.timedelta(minutes=1))
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}

    def sleep_until_stopped(self, seconds: float) -> None:
        # The first wait ends with a SIGTERM, as systemd or honcho sends it.
        signal.raise_signal(signal.SIGTERM)

    monkeypatch.setattr(
        "diary.management.commands.send_reminders.Command.sleep", sleep_until_stopped
    )
    output = StringIO()
    try:
        call_command("send_reminders", loop=True, stdout=output)
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)

    assert output.getvalue() == "send_reminders: 1 reminders queued in 1 passes.\n"
    assert len(mailoutbox) == 1
