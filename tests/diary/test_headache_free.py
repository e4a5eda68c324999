"""Headache-free days and diary.services.headache_free_day_record."""

import datetime

import pytest
from django.db import IntegrityError
from django.utils import timezone

from diary.models import HeadacheFreeDay, MigraineAttack
from diary.services import DiaryConflict, day_recorded, headache_free_day_record


def local_today(user) -> datetime.date:
    return timezone.localtime(timezone.now(), user.tzinfo).date()


def test_it_records_a_day_once(alice):
    yesterday = local_today(alice) - datetime.timedelta(days=1)

    first = headache_free_day_record(owner=alice, day=yesterday)
    second = headache_free_day_record(owner=alice, day=yesterday)

    assert first == second
    assert list(HeadacheFreeDay.objects.values_list("owner", "day")) == [(alice.pk, yesterday)]
    assert day_recorded(owner=alice, day=yesterday)


def test_the_database_allows_one_row_per_day(alice):
    HeadacheFreeDay.objects.create(owner=alice, day=datetime.date(2026, 1, 5))

    with pytest.raises(IntegrityError):
        HeadacheFreeDay.objects.create(owner=alice, day=datetime.date(2026, 1, 5))


def test_it_refuses_a_day_to_come(alice):
    with pytest.raises(DiaryConflict, match="not happened yet"):
        headache_free_day_record(owner=alice, day=local_today(alice) + datetime.timedelta(days=1))

    assert not HeadacheFreeDay.objects.exists()


def test_it_never_contradicts_an_attack_that_day(alice):
    day = local_today(alice) - datetime.timedelta(days=2)
    started = datetime.datetime.combine(day, datetime.time(23, 0), tzinfo=alice.tzinfo)
    MigraineAttack.objects.create(
        owner=alice, started_at=started, ended_at=started + datetime.timedelta(hours=3)
    )

    for touched in (day, day + datetime.timedelta(days=1)):  # it runs past midnight
        with pytest.raises(DiaryConflict, match="migraine attack on that day"):
            headache_free_day_record(owner=alice, day=touched)

    assert not HeadacheFreeDay.objects.exists()


def test_another_patients_attack_does_not_count(alice, charlie):
    day = local_today(alice) - datetime.timedelta(days=1)
    MigraineAttack.objects.create(
        owner=charlie,
        started_at=datetime.datetime.combine(day, datetime.time(12), tzinfo=alice.tzinfo),
    )

    assert headache_free_day_record(owner=alice, day=day).owner == alice
