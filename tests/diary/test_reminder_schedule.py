"""When reminders are due (diary/reminder_schedule.py): pure, no database."""

import datetime
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.reminder_schedule import (
    EVERY_DAY,
    local_day_of,
    next_slot,
    slot_on,
    weekdays_label,
    weekdays_list,
    weekdays_mask,
)

UTC = datetime.UTC
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")
EIGHT_PM = datetime.time(20, 0)

# The daylight-saving changes of 2026 and 2027 in the three zones the tests use.
CHANGES = [
    (BERLIN, datetime.date(2026, 3, 29)),
    (BERLIN, datetime.date(2026, 10, 25)),
    (BERLIN, datetime.date(2027, 3, 28)),
    (BERLIN, datetime.date(2027, 10, 31)),
    (NEW_YORK, datetime.date(2026, 3, 8)),
    (NEW_YORK, datetime.date(2026, 11, 1)),
    (NEW_YORK, datetime.date(2027, 3, 14)),
    (NEW_YORK, datetime.date(2027, 11, 7)),
    (SYDNEY, datetime.date(2026, 4, 5)),
    (SYDNEY, datetime.date(2026, 10, 4)),
    (SYDNEY, datetime.date(2027, 4, 4)),
    (SYDNEY, datetime.date(2027, 10, 3)),
]


def slots_between(start, days, local_time, weekdays, tz):
    after = datetime.datetime.combine(start, datetime.time(0), tzinfo=tz).astimezone(UTC)
    end = after + datetime.timedelta(days=days)
    slots = []
    while (slot := next_slot(after=after, local_time=local_time, weekdays=weekdays, tz=tz)) < end:
        slots.append(slot)
        after = slot
    return slots


@pytest.mark.parametrize(("tz", "change"), CHANGES, ids=lambda value: str(value))
def test_it_stays_at_eight_pm_local_across_the_change(tz, change):
    start = change - datetime.timedelta(days=5)

    slots = slots_between(start, 10, EIGHT_PM, EVERY_DAY, tz)

    assert [local_day_of(slot, tz) for slot in slots] == [
        start + datetime.timedelta(days=offset) for offset in range(10)
    ]
    assert {slot.astimezone(tz).time() for slot in slots} == {EIGHT_PM}
    offsets = {slot.astimezone(tz).utcoffset() for slot in slots}
    assert len(offsets) == 2  # the change really lies in the period


def test_a_time_in_the_spring_gap_is_due_when_the_gap_ends():
    # Berlin, 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
    slot = slot_on(datetime.date(2026, 3, 29), datetime.time(2, 30), BERLIN)

    assert slot == datetime.datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert slot.astimezone(BERLIN).time() == datetime.time(3, 0)


def test_a_time_in_the_new_york_gap_is_due_at_three():
    slot = slot_on(datetime.date(2027, 3, 14), datetime.time(2, 15), NEW_YORK)

    assert slot.astimezone(NEW_YORK).time() == datetime.time(3, 0)
    assert slot == datetime.datetime(2027, 3, 14, 7, 0, tzinfo=UTC)


def test_a_time_in_the_autumn_fold_is_due_once_at_the_first():
    # Sydney, 5 April 2026: 03:00 AEDT goes back to 02:00 AEST; 02:30 happens twice.
    day = datetime.date(2026, 4, 5)
    slots = slots_between(
        day - datetime.timedelta(days=1), 3, datetime.time(2, 30), EVERY_DAY, SYDNEY
    )

    assert [local_day_of(slot, SYDNEY) for slot in slots] == [
        day - datetime.timedelta(days=1),
        day,
        day + datetime.timedelta(days=1),
    ]
    assert slots[1] == datetime.datetime(2026, 4, 4, 15, 30, tzinfo=UTC)  # 02:30 AEDT, fold 0


def test_it_is_due_only_on_chosen_weekdays():
    monday_wednesday = weekdays_mask([0, 2])

    slots = slots_between(datetime.date(2026, 11, 30), 14, EIGHT_PM, monday_wednesday, BERLIN)

    assert [local_day_of(slot, BERLIN).weekday() for slot in slots] == [0, 2, 0, 2]


def test_it_is_never_due_without_a_weekday():
    after = datetime.datetime(2026, 11, 30, tzinfo=UTC)

    assert next_slot(after=after, local_time=EIGHT_PM, weekdays=0, tz=BERLIN) is None


def test_it_is_due_later_today_when_the_time_has_not_passed():
    after = datetime.datetime(2026, 11, 30, 18, 59, tzinfo=UTC)  # 19:59 in Berlin

    slot = next_slot(after=after, local_time=EIGHT_PM, weekdays=EVERY_DAY, tz=BERLIN)

    assert slot == datetime.datetime(2026, 11, 30, 19, 0, tzinfo=UTC)


def test_it_follows_the_patient_to_another_zone():
    after = datetime.datetime(2026, 11, 30, 19, 0, tzinfo=UTC)  # sent at 20:00 in Berlin

    slot = next_slot(after=after, local_time=EIGHT_PM, weekdays=EVERY_DAY, tz=NEW_YORK)

    assert slot.astimezone(NEW_YORK) == datetime.datetime(2026, 11, 30, 20, 0, tzinfo=NEW_YORK)


def test_weekday_masks_round_trip_and_read_well():
    assert weekdays_list(weekdays_mask([4, 0, 2])) == [0, 2, 4]
    assert weekdays_label(EVERY_DAY) == "every day"
    assert weekdays_label(weekdays_mask([0, 1, 2, 3, 4])) == "Monday to Friday"
    assert weekdays_label(weekdays_mask([0, 2])) == "Mon, Wed"
    with pytest.raises(ValueError):
        weekdays_mask([7])


ZONES = st.sampled_from(
    ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "UTC"]
)


@given(
    zone=ZONES,
    hour=st.integers(0, 23),
    minute=st.sampled_from([0, 15, 30, 45]),
    weekdays=st.integers(1, EVERY_DAY),
    start=st.datetimes(
        min_value=datetime.datetime(2026, 1, 1), max_value=datetime.datetime(2027, 12, 31)
    ),
)
def test_each_chosen_local_day_gets_exactly_one_slot_at_or_just_after_its_time(
    zone, hour, minute, weekdays, start
):
    tz = zoneinfo.ZoneInfo(zone)
    local_time = datetime.time(hour, minute)
    after = start.replace(tzinfo=UTC)
    days = []
    for _ in range(10):
        slot = next_slot(after=after, local_time=local_time, weekdays=weekdays, tz=tz)
        assert slot > after
        wall = slot.astimezone(tz)
        assert weekdays & (1 << wall.weekday())
        # On the wanted time, or (in a gap) later the same day, by less than the gap.
        assert wall.date() not in days
        if days:  # no chosen day is skipped in between
            skipped = wall.date() - datetime.timedelta(days=1)
            while skipped > days[-1]:
                assert not weekdays & (1 << skipped.weekday())
                skipped -= datetime.timedelta(days=1)
        wanted = datetime.datetime.combine(wall.date(), local_time)
        assert (
            datetime.timedelta(0)
            <= wall.replace(tzinfo=None) - wanted
            < datetime.timedelta(hours=1)
        )
        days.append(wall.date())
        after = slot
    assert days == sorted(days)
