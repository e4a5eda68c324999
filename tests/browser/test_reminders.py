"""Reminders in Chromium at phone width: a patient turns on the check-in reminder, sees
when it comes next, gets the e-mail from the scheduler and the worker, and answers
"nothing to report" from its link without logging in."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from diary.models import HeadacheFreeDay, Reminder
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_patient_turns_on_a_reminder_and_answers_it_from_the_email(
    page, browser, live_server, client, alice, mailoutbox, axe_violations, console_errors
):
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/accounts/profile/")
    expect(page.locator("#reminder-states li[data-kind=checkin]")).to_contain_text("Off.")
    page.get_by_role("link", name="Change your reminders, and see the last ones sent").click()
    checkin = page.get_by_role("group", name="Daily check-in")
    expect(checkin).to_contain_text("Off.")
    assert axe_violations(page) == [], "/diary/reminders/"

    checkin.get_by_label("On", exact=True).check()
    checkin.get_by_label("Saturday").uncheck()
    checkin.get_by_label("Time of day").fill("07:15")
    page.get_by_role("button", name="Save reminders").click()

    expect(page.locator(".alert-success")).to_contain_text("Your reminders are saved.")
    expect(page.get_by_role("group", name="Daily check-in")).to_contain_text(
        "On, Mon, Tue, Wed, Thu, Fri, Sun at 07:15."
    )
    reminder = Reminder.objects.get(owner=alice, kind="checkin")
    assert reminder.enabled

    # Due now: the scheduler claims it, the worker (immediate in tests) e-mails it.
    Reminder.objects.filter(pk=reminder.pk).update(next_send_at=timezone.now())
    call_command("send_reminders", stdout=StringIO())
    assert [message.subject for message in mailoutbox] == ["Your Overlap check-in"]
    link = re.search(r"http://testserver(/reminders/nothing-to-report/\S+/)", mailoutbox[0].body)

    # Opened on another device, not logged in.
    context = browser.new_context(viewport={"width": 375, "height": 800})
    phone = context.new_page()
    phone.goto(live_server.url + link.group(1))
    assert not HeadacheFreeDay.objects.exists()
    assert axe_violations(phone) == [], "the link's page"
    phone.get_by_role("button", name="Yes, no headache that day").click()
    expect(phone.locator("#link-done")).to_contain_text("Recorded: no headache on")
    assert HeadacheFreeDay.objects.filter(owner=alice).count() == 1
    context.close()

    page.reload()
    expect(page.locator("#deliveries-table")).to_contain_text('You answered "nothing to report".')
    # The profile shows the reminder on, and its e-mail sent.
    page.goto(live_server.url + "/accounts/profile/")
    state = page.locator("#reminder-states li[data-kind=checkin]")
    expect(state).to_contain_text("On, Mon, Tue, Wed, Thu, Fri, Sun at 07:15.")
    expect(state).to_contain_text("Last sent")
    assert axe_violations(page) == [], "/accounts/profile/"
    assert console_errors == []
