"""The reminders page, /diary/reminders/: settings, state and the last reminders."""

import datetime
import re
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from diary.models import Reminder, ReminderDelivery, ReminderKind
from diary.reminder_schedule import EVERY_DAY, weekdays_mask
from diary.reminders import reminder_save

URL = reverse("diary:reminder-list")
UTC = datetime.UTC
NOW = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # 11:00 in Berlin


def form_data(**changes) -> dict:
    """The whole page's form: the zone, and every kind of reminder (off unless changed)."""
    data: dict[str, str | list[str]] = {"timezone": "Europe/Berlin"}
    for kind in ReminderKind:
        data |= {
            f"{kind}-local_time": "20:00",
            f"{kind}-weekdays": [str(day) for day in range(7)],
        }
    data["relief-relief_delay"] = "7200"  # two hours, as the page's list starts
    return data | changes


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def test_it_asks_anonymous_visitors_to_log_in(client, db):
    response = client.get(URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_it_404s_for_clinicians(bob_client):
    assert bob_client.get(URL).status_code == 404
    assert bob_client.post(URL, form_data()).status_code == 404


def test_it_shows_every_kind_off_at_first(alice_client):
    response = alice_client.get(URL)

    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("Off.") == len(ReminderKind)
    assert "No reminder has been sent yet." in page


def test_it_saves_a_check_in_reminder_and_says_when_it_is_next(alice_client, alice):
    response = alice_client.post(
        URL,
        form_data(
            **{
                "checkin-enabled": "on",
                "checkin-local_time": "07:30",
                "checkin-weekdays": ["0", "2", "4"],
            }
        ),
        follow=True,
    )

    reminder = Reminder.objects.get(owner=alice, kind=ReminderKind.CHECKIN)
    assert (reminder.enabled, reminder.local_time) == (True, datetime.time(7, 30))
    assert reminder.weekdays == weekdays_mask([0, 2, 4])
    # Tuesday 11:00 in Berlin: next is Wednesday 07:30 CET.
    assert reminder.next_send_at == datetime.datetime(2026, 12, 2, 6, 30, tzinfo=UTC)
    assert reminder.scheduled_zone == "Europe/Berlin"
    page = response.content.decode()
    assert "Your reminders are saved." in page
    assert "On, Mon, Wed, Fri at 07:30." in page
    assert "Next: Wednesday 2 December, 07:30." in page
    assert Reminder.objects.filter(owner=alice, enabled=False).count() == len(ReminderKind) - 1


def test_a_new_zone_is_saved_with_the_reminders(alice_client, alice):
    alice_client.post(URL, form_data(timezone="America/New_York", **{"checkin-enabled": "on"}))

    alice.refresh_from_db()
    assert alice.timezone == "America/New_York"
    reminder = Reminder.objects.get(owner=alice, kind=ReminderKind.CHECKIN)
    assert reminder.next_send_at == datetime.datetime(2026, 12, 2, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"timezone": "Mars/Olympus_Mons"}, "Mars/Olympus_Mons is not a time zone Overlap knows"),
        ({"checkin-local_time": "25:00"}, "Enter a time of day from 00:00 to 23:59"),
        ({"checkin-local_time": "8 pm"}, "Enter a time of day from 00:00 to 23:59"),
        ({"checkin-local_time": ""}, "Enter a time of day, for example 20:00."),
        ({"checkin-weekdays": []}, "Choose at least one day of the week."),
        ({"checkin-weekdays": ["7"]}, "Choose days of the week from the list."),
        ({"checkin-snoozed_until": "2026-11-30"}, "Choose a day from today to 365 days ahead"),
    ],
)
def test_bad_input_gets_a_clear_message_and_saves_nothing(alice_client, alice, changes, message):
    before = reminder_save(
        owner=alice,
        kind=ReminderKind.CHECKIN,
        enabled=False,
        local_time=datetime.time(9, 0),
        weekdays=EVERY_DAY,
        include_details=False,
    )
    data = form_data(**{"checkin-enabled": "on", "share-ending-enabled": "on"}) | changes

    response = alice_client.post(URL, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(Reminder.objects.values_list("kind", "enabled", "local_time")) == [
        (ReminderKind.CHECKIN, False, datetime.time(9, 0))
    ]
    assert Reminder.objects.get().next_send_at == before.next_send_at
    alice.refresh_from_db()
    assert alice.timezone == "Europe/Berlin"


def test_it_shows_the_last_reminders_and_why_some_were_not_sent(alice_client, alice):
    reminder = reminder_save(
        owner=alice,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=datetime.time(20, 0),
        weekdays=EVERY_DAY,
        include_details=False,
    )
    for days, status, reason in [
        (3, ReminderDelivery.Status.SENT, ""),
        (2, ReminderDelivery.Status.SKIPPED, "Not sent: the day was already recorded."),
        (1, ReminderDelivery.Status.FAILED, "The e-mail could not be sent."),
    ]:
        ReminderDelivery.objects.create(
            reminder=reminder,
            due_at=datetime.datetime(2026, 11, 30 - days, 19, 0, tzinfo=UTC),
            local_day=datetime.date(2026, 11, 30 - days),
            status=status,
            reason=reason,
            link_nonce="n",
        )

    page = alice_client.get(URL).content.decode()

    assert page.index("Sun 29 Nov 2026, 20:00") < page.index("Sat 28 Nov 2026, 20:00")
    assert "The e-mail could not be sent." in page
    assert "Not sent: the day was already recorded." in page
    assert '<tr data-status="sent">' in page


def test_it_shows_another_patients_reminders_to_nobody(alice_client, charlie):
    reminder_save(
        owner=charlie,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=datetime.time(6, 45),
        weekdays=EVERY_DAY,
        include_details=False,
    )

    page = alice_client.get(URL).content.decode()

    assert "06:45" not in page
    assert page.count("Off.") == len(ReminderKind)


def test_the_profile_links_to_the_reminders(alice_client):
    page = alice_client.get(reverse("accounts:profile")).content.decode()

    assert f'href="{URL}"' in page


PROFILE = reverse("accounts:profile")


def reminders_on_profile(client) -> dict[str, str]:
    """The profile's reminders section: each kind's words, by kind."""
    page = client.get(PROFILE).content.decode()
    section = page[
        page.index('id="reminder-states"') : page.index("</ul>", page.index('id="reminder-states"'))
    ]
    items = section.split('<li class="mb-3" data-kind="')[1:]
    return {
        item.split('"')[0]: " ".join(re.sub(r"<[^>]*>", " ", item.split(">", 1)[1]).split())
        for item in items
    }


def test_the_profile_shows_each_reminder_its_last_send_and_a_failed_one(
    alice_client, alice, clock, monkeypatch
):
    alice_client.post(
        URL,
        form_data(
            **{
                "checkin-enabled": "on",
                "checkin-local_time": "20:00",
                "checkin-weekdays": ["0", "2", "4"],
            }
        ),
    )

    states = reminders_on_profile(alice_client)
    assert set(states) == set(ReminderKind.values)
    assert "On, Mon, Wed, Fri at 20:00." in states["checkin"]
    assert "Next: Wednesday 2 December, 20:00." in states["checkin"]
    assert "Last sent" not in states["checkin"]
    assert all("Off." in states[kind] for kind in states if kind != "checkin")

    # Wednesday 20:00 in Berlin: the scheduler claims it and the worker sends it.
    clock.move_to(datetime.datetime(2026, 12, 2, 19, 0, tzinfo=UTC))
    call_command("send_reminders", stdout=StringIO())
    # Friday's cannot be sent: the mail server refuses.
    clock.move_to(datetime.datetime(2026, 12, 4, 19, 0, tzinfo=UTC))
    with monkeypatch.context() as patch:
        patch.setattr(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            lambda *args: (_ for _ in ()).throw(ConnectionRefusedError("mail server down")),
        )
        call_command("send_reminders", stdout=StringIO())
    alice_client.force_login(alice)  # days later: the session has timed out

    checkin = reminders_on_profile(alice_client)["checkin"]
    assert "Last sent Wednesday 2 December 2026, 20:00." in checkin
    assert "Not sent: the e-mail due Friday 4 December 2026, 20:00 could not be sent." in checkin
    assert "Next: Monday 7 December, 20:00." in checkin

    # Monday's goes out: the failure is old news.
    clock.move_to(datetime.datetime(2026, 12, 7, 19, 0, tzinfo=UTC))
    call_command("send_reminders", stdout=StringIO())
    alice_client.force_login(alice)

    checkin = reminders_on_profile(alice_client)["checkin"]
    assert "Last sent Monday 7 December 2026, 20:00." in checkin
    assert "Not sent" not in checkin


def test_the_profile_says_when_a_reminder_was_unsubscribed(alice_client, alice):
    reminder = reminder_save(
        owner=alice,
        kind=ReminderKind.WEEKLY_SUMMARY,
        enabled=True,
        local_time=datetime.time(18, 0),
        weekdays=weekdays_mask([6]),
        include_details=False,
    )
    Reminder.objects.filter(pk=reminder.pk).update(enabled=False, unsubscribed_at=NOW)

    states = reminders_on_profile(alice_client)

    assert "Off: you unsubscribed from an e-mail on 1 December 2026." in states["weekly-summary"]


def test_the_profile_shows_no_one_elses_reminders(alice_client, charlie):
    reminder_save(
        owner=charlie,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=datetime.time(6, 45),
        weekdays=EVERY_DAY,
        include_details=False,
    )

    states = reminders_on_profile(alice_client)

    assert states["checkin"] == "Daily check-in Off."
    assert "06:45" not in " ".join(states.values())


def test_a_clinicians_profile_has_no_reminders(bob_client):
    page = bob_client.get(PROFILE).content.decode()

    assert bob_client.get(PROFILE).status_code == 200
    assert 'id="reminder-states"' not in page
