"""The quick log's other actions with no connection, in Chromium at 375 px: "did it help?"
for a dose, "no headache today" and the day's check-in wait in the outbox, survive a
reload, and reach the diary exactly once when the phone is back online; a check-in that
clashes with the diary is shown, never overwritten."""

import datetime

import pytest
from django.utils import timezone

from diary.models import DailyCheckIn, DeviceItem, HeadacheFreeDay, Medication, MedicationDose
from tests.browser.test_offline import (  # noqa: F401 - fixtures and helpers
    OUTBOX,
    open_quick_log_ready_for_offline,
    page,
    sumatriptan,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE_DAY = """() => { const d = new Date();
  return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-"
    + String(d.getDate()).padStart(2, "0"); }"""


@pytest.fixture
def dose_three_hours_ago(sumatriptan: Medication) -> MedicationDose:  # noqa: F811
    return MedicationDose.objects.create(
        medication=sumatriptan,
        taken_at=timezone.now() - datetime.timedelta(hours=3),
        amount="50 mg",
    )


def test_offline_relief_no_headache_and_a_check_in_sync_once(
    page,  # noqa: F811
    live_server,
    client,
    alice,
    dose_three_hours_ago,
    axe_violations,
):
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    relief = page.get_by_role("region", name="Did it help?")
    relief.get_by_role("group", name="Did Sumatriptan help?").wait_for()
    page.context.set_offline(True)

    relief.get_by_role("button", name="A lot").click()
    page.get_by_role("status").filter(has_text="Did Sumatriptan help: a lot.").wait_for()
    relief.wait_for(state="hidden")
    page.get_by_role("button", name="No headache today").click()
    page.get_by_text("2 items saved on this phone, not yet synced.").wait_for()
    page.get_by_role("button", name="No headache today").wait_for(state="hidden")

    checkin = page.get_by_role("region", name="Today's check-in")
    checkin.get_by_label("How are you overall?").fill("11")
    checkin.get_by_role("button", name="Save today's check-in").click()
    checkin.get_by_role("alert").filter(has_text="Nothing was saved.").wait_for()
    checkin.get_by_label("How are you overall?").fill("7")
    checkin.get_by_label("Hours of sleep last night").fill("6.5")
    checkin.get_by_role("button", name="Save today's check-in").click()
    page.get_by_text("3 items saved on this phone, not yet synced.").wait_for()
    assert checkin.get_by_role("alert").is_hidden()
    assert checkin.get_by_label("How are you overall?").input_value() == ""
    assert axe_violations(page) == []

    # A reload with no connection: the kept page, and the three actions still waiting.
    assert page.reload().from_service_worker
    page.get_by_text("3 items saved on this phone, not yet synced.").wait_for()
    items = page.evaluate(OUTBOX)
    assert [item["kind"] for item in items] == ["relief", "no_headache", "checkin"]
    day = page.evaluate(PHONE_DAY)
    assert items[0]["dose"] == str(dose_three_hours_ago.pk) and items[0]["relief"] == "lot"
    assert items[1]["day"] == day and items[2]["day"] == day
    assert (items[2]["wellbeing"], items[2]["sleep_hours"]) == (7, 6.5)
    assert "stress" not in items[2]
    assert not HeadacheFreeDay.objects.exists() and not DailyCheckIn.objects.exists()

    # Back online: each saved once, on the day the phone said.
    page.context.set_offline(False)
    page.get_by_text("Nothing waiting to sync.").wait_for()
    page.get_by_role("status").filter(has_text="Synced with your diary.").wait_for()
    dose_three_hours_ago.refresh_from_db()
    assert dose_three_hours_ago.relief == "lot"
    assert HeadacheFreeDay.objects.get(owner=alice).day.isoformat() == day
    saved = DailyCheckIn.objects.get(owner=alice)
    assert (saved.day.isoformat(), saved.wellbeing, float(saved.sleep_hours), saved.stress) == (
        day,
        7,
        6.5,
        None,
    )
    assert page.get_by_role("region", name="Did it help?").is_hidden()

    # Flushed again (a second tab, a lost answer): still one of each.
    page.evaluate(
        "async items => { for (const item of items) { const copy = {...item}; delete copy.n;"
        " await OverlapOutbox.add(copy); } return OverlapOutbox.flush(); }",
        items,
    )
    page.get_by_text("Nothing waiting to sync.").wait_for()
    assert HeadacheFreeDay.objects.count() == 1
    assert DailyCheckIn.objects.count() == 1
    assert DeviceItem.objects.count() == 3


def test_a_check_in_clashing_with_the_diary_is_shown_not_overwritten(
    page,  # noqa: F811
    live_server,
    client,
    alice,
):
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    page.context.set_offline(True)
    checkin = page.get_by_role("region", name="Today's check-in")
    checkin.get_by_label("How are you overall?").fill("8")
    checkin.get_by_role("button", name="Save today's check-in").click()
    page.get_by_text("1 item saved on this phone, not yet synced.").wait_for()
    day = datetime.date.fromisoformat(page.evaluate(PHONE_DAY))
    DailyCheckIn.objects.create(owner=alice, day=day, wellbeing=2)  # filled in elsewhere

    page.context.set_offline(False)

    attention = page.get_by_role("region", name="Needs your attention")
    attention.get_by_text("already has a check-in").wait_for()
    page.get_by_text("Nothing waiting to sync.").wait_for()
    assert DailyCheckIn.objects.get(owner=alice).wellbeing == 2
    assert not DeviceItem.objects.exists()
