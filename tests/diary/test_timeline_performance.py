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
