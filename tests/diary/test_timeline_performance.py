"""The timeline stays fast as the diary grows: constant queries, small assets, a benchmark."""

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from diary.management.commands.bench import build_diary

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


def test_the_bench_command_reports_every_page_and_export_beside_its_floors():
    env = {**os.environ, "DJANGO_DEBUG": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "bench",
            "--years",
            "0.1,0.2",
            "--repeat",
            "1",
            "--clinic",
            "1,3",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    labels = ["/healthz", "home page", "/timeline/", "whole diary", "last year", "/diary/"]
    for label in [*labels, "/report/", "raw floor", "CSV export", "FHIR export"]:
        # Once per diary length: 37 and 73 days.
        assert sum(line.startswith(label) or label in line for line in lines) >= 2, label
    # Each of the six pages (not /healthz) viewed again, its figures kept, and first after a
    # write, on both diaries.
    after = [line for line in lines if ", after a write" in line]
    assert sum(not line.startswith("/clinic/") for line in after) == 6 * 2
    # And each clinician's list after a write to a diary on it.
    assert [line.split()[1] for line in after if line.startswith("/clinic/")] == ["1,", "3,"]
    assert any("peak memory" in line and "first byte" in line for line in lines)
    assert any(line.startswith("/clinic/, 3 patients") for line in lines)
    assert any(line.startswith("/clinic/ by name, 3 patients") for line in lines)
    assert lines[-3].startswith("Benchmarked 7 URLs on a 37-day diary")
    assert lines[-2].startswith("Benchmarked 7 URLs on a 73-day diary")
    assert lines[-1].startswith("Benchmarked /clinic/: 1 patients")
