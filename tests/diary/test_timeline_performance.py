"""The timeline stays fast as the diary grows: constant queries, small assets, a benchmark."""

import datetime
import gzip
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from diary.management.commands.bench import build_diary
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack, Trigger
from diary.views import _patient_diary

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["/", "/timeline/", "/timeline/data.json?start=2020-01-01", "/timeline/data.json"]


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", PAGES)
def test_queries_are_the_same_for_one_month_and_three_years_of_data(
    db, client, url, django_assert_num_queries
):
    small, _ = build_diary(days=30, email="month@example.com")
    large, counts = build_diary(days=3 * 365, email="years@example.com")
    assert counts["attacks"] >= 365 and counts["checkins"] == 1095

    # Each session's first request writes to it; count the second.
    client.force_login(small)
    client.get(url)
    expected = query_count(client, url)
    client.force_login(large)
    client.get(url)

    with django_assert_num_queries(expected):
        client.get(url)


def test_the_timeline_ships_at_most_150_kb_of_compressed_javascript_and_css(alice_client):
    content = alice_client.get("/timeline/").content.decode()

    assets = re.findall(r'(?:src|href)="/static/([^"]+\.(?:js|css))"', content)
    sizes = {asset: len(gzip.compress(Path(finders.find(asset)).read_bytes())) for asset in assets}

    assert "js/timeline.js" in sizes and "vendor/chart-4.6.1.umd.min.js" in sizes
    assert sum(sizes.values()) <= 150 * 1024, sizes


def test_the_bench_command_reports_every_page_beside_its_floors():
    env = {**os.environ, "DJANGO_DEBUG": "1"}
    result = subprocess.run(
        [sys.executable, "manage.py", "bench", "--days", "40", "--repeat", "1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    for label in ["/healthz", "home page", "/timeline/", "whole diary", "last year", "/diary/"]:
        assert any(label in line for line in lines), label
    assert any(line.startswith("raw floor") for line in lines)
    assert lines[-1].startswith("Benchmarked 6 URLs on a 40-day diary")


def test_it_loads_the_same_records_as_the_models_give(alice, lupus):
    """The timeline reads rows through the driver, not the ORM's converters (see
    _DriverValues): the records must be those the models' own to_record() make."""
    moment = datetime.datetime(2025, 3, 30, 0, 59, 59, 123456, tzinfo=datetime.UTC)
    MigraineAttack.objects.create(
        owner=alice, started_at=moment, ended_at=moment + datetime.timedelta(hours=3)
    )
    MigraineAttack.objects.create(
        owner=alice, started_at=moment + datetime.timedelta(days=2), attack_type="headache"
    )
    Flare.objects.create(owner=alice, condition=lupus, started_on=datetime.date(2025, 3, 1))
    Flare.objects.create(
        owner=alice,
        condition=lupus,
        started_on=datetime.date(2024, 12, 31),
        ended_on=datetime.date(2025, 1, 2),
    )
    naproxen = Medication.objects.create(
        owner=alice, name="Naproxen", category="nsaid", purpose="acute"
    )
    MedicationDose.objects.create(medication=naproxen, taken_at=moment)
    MedicationDose.objects.create(
        medication=naproxen, taken_at=datetime.datetime(2025, 10, 26, 1, 30, tzinfo=datetime.UTC)
    )
    wine = Trigger.objects.create(owner=alice, name="Red wine")
    full = DailyCheckIn.objects.create(
        owner=alice,
        day=datetime.date(2025, 3, 30),
        sleep_hours=Decimal("6.5"),
        stress=7,
        water_glasses=3,
        gluten=True,
        menstruation=False,
        fatigue=4,
        joint_pain=0,
    )
    full.triggers.set([wine])
    DailyCheckIn.objects.create(owner=alice, day=datetime.date(2025, 3, 31))

    diary, condition_names = _patient_diary(alice, tz=alice.tzinfo)

    def records(queryset):
        return sorted(row.to_record() for row in queryset)

    assert sorted(diary.attacks) == records(MigraineAttack.objects.for_owner(alice))
    assert sorted(diary.flares, key=str) == sorted(
        records(Flare.objects.for_owner(alice).select_related("condition")), key=str
    )
    assert sorted(diary.doses) == records(
        MedicationDose.objects.for_owner(alice).select_related("medication")
    )
    assert sorted(diary.checkins, key=str) == sorted(
        records(DailyCheckIn.objects.for_owner(alice).prefetch_related("triggers")), key=str
    )
    assert all(attack.started_at.utcoffset() is not None for attack in diary.attacks)
    assert diary.attacks and diary.doses and diary.checkins
    assert condition_names == {"lupus": lupus.name}
    assert diary.vessel_condition
