"""The reminder e-mail itself and its one-click links: neutral words, signed, expiring,
single-purpose, single-use, and a clear page (never an error) for a bad link."""

import datetime
import re
from io import StringIO
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from diary.models import (
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
    Reminder,
    ReminderDelivery,
    ReminderKind,
)
from diary.reminder_links import LinkPurpose, link_token
from diary.reminder_schedule import EVERY_DAY
from diary.reminders import reminder_save, reminder_send
from tests.conftest import make_clinician, make_share

UTC = datetime.UTC
# 20:00 in Berlin, where Alice lives, on Tuesday 1 December 2026.
EVENING = datetime.datetime(2026, 12, 1, 19, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    with time_machine.travel(EVENING - datetime.timedelta(hours=1), tick=False) as traveller:
        yield traveller


def claim_and_send(clock, reminder: Reminder) -> ReminderDelivery:
    """Run the scheduler at the reminder's due time; return its delivery."""
    clock.move_to(reminder.next_send_at)
    call_command("send_reminders", stdout=StringIO())
    return ReminderDelivery.objects.filter(reminder=reminder).latest("due_at")


def turn_on(owner, kind=ReminderKind.CHECKIN, **fields) -> Reminder:
    values: dict[str, Any] = {
        "enabled": True,
        "local_time": datetime.time(20, 0),
        "weekdays": EVERY_DAY,
        "include_details": False,
    } | fields
    return reminder_save(owner=owner, kind=kind, **values)


@pytest.fixture
def delivery(clock, alice, mailoutbox) -> ReminderDelivery:
    """Alice's check-in reminder for 1 December, sent."""
    delivery = claim_and_send(clock, turn_on(alice))
    assert delivery.status == ReminderDelivery.Status.SENT
    return delivery


def link_in(message, purpose: str) -> str:
    found = re.search(rf"http://testserver(/reminders/{purpose}/[^/\s]+/)", message.body)
    assert found is not None, message.body
    return found.group(1)


# --- The e-mail --------------------------------------------------------------------------


def test_the_email_says_nothing_about_health(delivery, mailoutbox):
    message = mailoutbox[0]

    assert message.subject == "Your Overlap check-in"
    assert message.body.splitlines()[0] == "Time for today's check-in in Overlap."
    words = (message.subject + message.body).lower()
    for revealing in ("lupus", "migraine", "aura", "sumatriptan", "triptan", "flare", "disease"):
        assert revealing not in words
    assert message.to == ["alice@example.com"]


def test_the_email_has_one_click_unsubscribe_headers(delivery, mailoutbox):
    headers = mailoutbox[0].extra_headers

    assert (
        headers["List-Unsubscribe"] == f"<http://testserver{link_in(mailoutbox[0], 'unsubscribe')}>"
    )
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_share_notice_is_neutral_unless_the_patient_asks_for_details(clock, alice, mailoutbox):
    clinician = make_clinician("gina@example.com", "Dr Gina")
    make_share(alice, clinician, expires_at=EVENING + datetime.timedelta(days=2))
    plain = claim_and_send(clock, turn_on(alice, ReminderKind.SHARE_ENDING))
    assert plain.status == ReminderDelivery.Status.SENT
    assert mailoutbox[-1].subject == "Your Overlap reminder"
    assert "Dr Gina" not in mailoutbox[-1].body

    make_share(
        alice,
        make_clinician("hal@example.com", "Dr Hal"),
        expires_at=EVENING + datetime.timedelta(days=3),
    )
    detailed = claim_and_send(
        clock, turn_on(alice, ReminderKind.SHARE_ENDING, include_details=True)
    )

    assert detailed.status == ReminderDelivery.Status.SENT
    assert "Dr Hal (hal@example.com): access ends on 4 December 2026, 20:00." in mailoutbox[-1].body
    # Each share is told about once.
    assert "Dr Gina" not in mailoutbox[-1].body


@pytest.mark.parametrize(
    "before_expiry, told",
    [
        (datetime.timedelta(days=4), False),
        (datetime.timedelta(days=3, minutes=1), False),
        (datetime.timedelta(days=3), True),
        (datetime.timedelta(days=2, hours=23), True),
    ],
)
def test_a_share_is_told_about_from_three_days_before_it_ends(
    clock, alice, mailoutbox, before_expiry, told
):
    make_share(
        alice, make_clinician("gina@example.com", "Dr Gina"), expires_at=EVENING + before_expiry
    )

    delivery = claim_and_send(
        clock, turn_on(alice, ReminderKind.SHARE_ENDING, include_details=True)
    )

    assert delivery.due_at == EVENING
    if told:
        assert delivery.status == ReminderDelivery.Status.SENT
        assert "Dr Gina (gina@example.com): access ends on" in mailoutbox[0].body
    else:
        assert delivery.status == ReminderDelivery.Status.SKIPPED
        assert mailoutbox == []


def test_a_share_ending_in_four_days_is_told_about_the_next_evening_once(clock, alice, mailoutbox):
    make_share(
        alice,
        make_clinician("gina@example.com", "Dr Gina"),
        expires_at=EVENING + datetime.timedelta(days=4),
    )
    reminder = turn_on(alice, ReminderKind.SHARE_ENDING, include_details=True)

    deliveries = []
    for _evening in range(3):
        deliveries.append(claim_and_send(clock, reminder))
        reminder.refresh_from_db()

    assert [(d.local_day.day, d.status) for d in deliveries] == [
        (1, ReminderDelivery.Status.SKIPPED),  # 4 days before: not yet
        (2, ReminderDelivery.Status.SENT),  # 3 days before
        (3, ReminderDelivery.Status.SKIPPED),  # told already
    ]
    assert len(mailoutbox) == 1
    assert (
        "Dr Gina (gina@example.com): access ends on 5 December 2026, 20:00." in mailoutbox[0].body
    )


def test_a_share_notice_with_nothing_to_tell_is_not_sent(clock, alice, mailoutbox):
    make_share(
        alice,
        make_clinician("gina@example.com", "Dr Gina"),
        expires_at=EVENING + datetime.timedelta(days=10),
    )

    delivery = claim_and_send(clock, turn_on(alice, ReminderKind.SHARE_ENDING))

    assert delivery.status == ReminderDelivery.Status.SKIPPED
    assert delivery.reason == "Not sent: nothing to remind you of."
    assert mailoutbox == []


def test_an_invitation_waiting_seven_days_is_told_once(clock, alice, mailoutbox):
    make_share(alice, None, created_at=EVENING - datetime.timedelta(days=7, hours=1))
    reminder = turn_on(alice, ReminderKind.INVITATION_WAITING, include_details=True)

    first = claim_and_send(clock, reminder)
    reminder.refresh_from_db()
    second = claim_and_send(clock, reminder)

    assert first.status == ReminderDelivery.Status.SENT
    assert "invited@example.com: invited on 24 November 2026" in mailoutbox[0].body
    assert second.status == ReminderDelivery.Status.SKIPPED
    assert len(mailoutbox) == 1


def test_a_failed_delivery_is_recorded_and_shown(clock, alice, alice_client, monkeypatch, caplog):
    def broken(self, *args, **kwargs):
        raise ConnectionError("no mail server")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)

    delivery = claim_and_send(clock, turn_on(alice))

    assert delivery.status == ReminderDelivery.Status.FAILED
    assert f"reminder not sent delivery={delivery.pk}" in caplog.text
    assert "ConnectionError" in caplog.text  # the job's failure is logged with its traceback
    page = alice_client.get(reverse("diary:reminder-list")).content.decode()
    assert "The e-mail could not be sent." in page


def test_the_worker_does_not_send_a_delivery_twice(delivery, mailoutbox):
    reminder_send.call(delivery_id=delivery.pk)

    assert len(mailoutbox) == 1


# --- Nothing to report -------------------------------------------------------------------


def test_opening_the_link_only_asks(delivery, mailoutbox, client):
    response = client.get(link_in(mailoutbox[0], "nothing-to-report"))

    assert response.status_code == 200
    assert "Record Tuesday 1 December 2026 as a day without headache?" in response.content.decode()
    assert not HeadacheFreeDay.objects.exists()


def test_nothing_to_report_records_a_headache_free_day_once(delivery, alice, mailoutbox, client):
    link = link_in(mailoutbox[0], "nothing-to-report")

    response = client.post(link)

    assert response.status_code == 200
    assert "Recorded: no headache on Tuesday 1 December 2026." in response.content.decode()
    assert list(HeadacheFreeDay.objects.values_list("owner", "day")) == [
        (alice.pk, datetime.date(2026, 12, 1))
    ]
    again = client.post(link)
    assert again.status_code == 400
    assert "already been used" in again.content.decode()
    assert client.get(link).status_code == 400
    assert HeadacheFreeDay.objects.count() == 1


def test_nothing_to_report_never_overwrites_an_attack(delivery, alice, mailoutbox, client, clock):
    MigraineAttack.objects.create(owner=alice, started_at=EVENING + datetime.timedelta(minutes=30))
    link = link_in(mailoutbox[0], "nothing-to-report")

    response = client.post(link)

    assert response.status_code == 409
    assert "You logged a migraine attack on that day" in response.content.decode()
    assert not HeadacheFreeDay.objects.exists()
    assert ReminderDelivery.objects.get().nothing_to_report_at is None


def test_an_expired_link_gets_a_clear_page(delivery, mailoutbox, client, clock):
    clock.shift(datetime.timedelta(days=2, minutes=1))

    response = client.post(link_in(mailoutbox[0], "nothing-to-report"))

    assert response.status_code == 400
    assert "This link has expired." in response.content.decode()
    assert not HeadacheFreeDay.objects.exists()


def test_an_altered_link_gets_a_clear_page(delivery, mailoutbox, client):
    link = link_in(mailoutbox[0], "nothing-to-report")
    token = link.split("/")[-2]
    altered = link.replace(token, token[:-1] + ("A" if token[-1] != "A" else "B"))

    response = client.post(altered)

    assert response.status_code == 400
    assert "not complete or has been changed" in response.content.decode()
    assert not HeadacheFreeDay.objects.exists()


def test_a_link_for_another_purpose_is_refused(delivery, mailoutbox, client):
    snooze_token = link_in(mailoutbox[0], "snooze").split("/")[-2]

    response = client.post(reverse("diary:reminder-nothing-to-report", args=[snooze_token]))

    assert response.status_code == 400
    assert not HeadacheFreeDay.objects.exists()
    page = response.content.decode()
    assert (
        "This link was made for another action in the e-mail (snooze until tomorrow), so it "
        "cannot do this one. Nothing was changed." in page
    )
    assert 'id="link-problem"' in page
    # Opening it shows the same message, and no button to press.
    opened = client.get(reverse("diary:reminder-nothing-to-report", args=[snooze_token]))
    assert opened.status_code == 400
    assert "made for another action" in opened.content.decode()
    assert "Yes, no headache that day" not in opened.content.decode()


def test_a_link_with_another_deliverys_nonce_is_refused(delivery, client):
    token = link_token(
        purpose=LinkPurpose.NOTHING_TO_REPORT, delivery_id=delivery.pk, nonce="guess"
    )

    response = client.post(reverse("diary:reminder-nothing-to-report", args=[token]))

    assert response.status_code == 400
    assert "no longer works" in response.content.decode()


@pytest.mark.parametrize("token", ["", "x" * 400, "a:b:c", "%00"])
def test_garbage_tokens_are_refused_without_an_error(client, token, db):
    for name in ("reminder-nothing-to-report", "reminder-snooze", "reminder-unsubscribe"):
        response = client.post(f"/reminders/{name.removeprefix('reminder-')}/{token}/")
        assert response.status_code in (400, 404)


def test_links_refuse_other_methods(delivery, mailoutbox, client):
    assert client.put(link_in(mailoutbox[0], "snooze")).status_code == 405


# --- Snooze and unsubscribe --------------------------------------------------------------


def test_snooze_asks_then_snoozes_until_tomorrow(delivery, mailoutbox, client):
    link = link_in(mailoutbox[0], "snooze")

    assert client.get(link).status_code == 200
    assert Reminder.objects.get().snoozed_until is None
    response = client.post(link)

    assert response.status_code == 200
    assert Reminder.objects.get().snoozed_until == datetime.date(2026, 12, 2)
    assert client.post(link).status_code == 400


def test_unsubscribe_from_the_page_turns_the_reminder_off(delivery, mailoutbox, client):
    link = link_in(mailoutbox[0], "unsubscribe")

    confirm = client.get(link)
    assert "Stop these reminder e-mails (daily check-in)?" in confirm.content.decode()
    assert Reminder.objects.get().enabled is True
    response = client.post(link)

    assert response.status_code == 200
    reminder = Reminder.objects.get()
    assert (reminder.enabled, reminder.next_send_at) == (False, None)
    assert reminder.unsubscribed_at == timezone.now()


def test_no_link_logs_anyone_in(delivery, mailoutbox, client):
    client.post(link_in(mailoutbox[0], "snooze"))

    assert "_auth_user_id" not in client.session
    assert client.get(reverse("diary:reminder-list")).status_code == 302


# --- The weekly summary ------------------------------------------------------------------


def test_the_weekly_summary_says_only_that_the_week_is_ready(clock, alice, mailoutbox):
    delivery = claim_and_send(clock, turn_on(alice, ReminderKind.WEEKLY_SUMMARY))

    assert delivery.status == ReminderDelivery.Status.SENT
    message = mailoutbox[0]
    assert message.subject == "Your Overlap week"
    assert message.body.splitlines()[0] == "Your week in Overlap is ready."
    assert "migraine" not in message.body.lower()
    assert "http://testserver/timeline/" in message.body


def test_the_weekly_summary_counts_the_week_when_asked_to(clock, alice, mailoutbox):
    # Tuesday 24 November to Monday 30 November 2026, in Berlin; sent on Tuesday 1 December
    # for the week ending that day.
    MigraineAttack.objects.create(
        owner=alice,
        started_at=datetime.datetime(2026, 11, 28, 9, 0, tzinfo=UTC),
        ended_at=datetime.datetime(2026, 11, 28, 15, 0, tzinfo=UTC),
        peak_intensity=6,
    )
    HeadacheFreeDay.objects.create(owner=alice, day=datetime.date(2026, 11, 29))
    HeadacheFreeDay.objects.create(owner=alice, day=datetime.date(2026, 11, 20))  # week before

    claim_and_send(clock, turn_on(alice, ReminderKind.WEEKLY_SUMMARY, include_details=True))

    body = mailoutbox[0].body
    assert "Wednesday 25 November to Tuesday 1 December 2026:" in body
    assert "- recorded: 2 of 7 days (days you did not record" in body
    assert "- days with a migraine: 1" in body
    assert "- days with a flare: 0" in body
    assert "- days with medicine for an attack: 0" in body
    assert "- days with a medicine that counts towards medication overuse: 0" in body


def test_the_weekly_summary_gives_joint_naproxen_days_beside_the_acute_days(
    clock, alice, mailoutbox
):
    # Naproxen "for my autoimmune disease" on three days of the week, a triptan for an
    # attack on one: 1 acute-medication day, 4 overuse-relevant days, and why.
    naproxen = Medication.objects.create(
        owner=alice, name="Naproxen", category="nsaid", purpose="disease_modifying"
    )
    triptan = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    for day in (25, 26, 27):
        MedicationDose.objects.create(
            medication=naproxen, taken_at=datetime.datetime(2026, 11, day, 8, 0, tzinfo=UTC)
        )
    MedicationDose.objects.create(
        medication=triptan, taken_at=datetime.datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    )

    claim_and_send(clock, turn_on(alice, ReminderKind.WEEKLY_SUMMARY, include_details=True))

    body = mailoutbox[0].body
    assert "- days with medicine for an attack: 1" in body
    assert "- days with a medicine that counts towards medication overuse: 4" in body
    assert "naproxen taken for your joints counts towards overuse" in " ".join(body.split())


def test_the_weekly_summary_comes_on_sunday_evenings_unless_changed(alice_client):
    page = alice_client.get(reverse("diary:reminder-list"))

    forms = [form for form, _reminder in page.context["rows"]]
    summary = next(form for form in forms if form.kind == ReminderKind.WEEKLY_SUMMARY)
    assert summary.initial["weekdays"] == ["6"]
    assert summary.initial["local_time"] == datetime.time(19, 0)
