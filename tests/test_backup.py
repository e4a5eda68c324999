"""Backups restore (docs/deploy.md, "Backups"): scripts/backup_roundtrip dumps the database
with pg_dump -Fc, restores it with pg_restore into a new database and finds every table's
rows identical. It needs PostgreSQL: tests/conftest.py collects this module only when
DATABASE_URL points at PostgreSQL (as in CI's second run), where missing client tools fail
the test."""

import datetime
import secrets
import shutil
import subprocess
import sys
import threading
import time
from importlib import import_module
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader
from pathlib import Path

import psycopg
import pytest
from django.apps import apps
from django.db import connection
from django.utils import timezone
from psycopg import sql
from psycopg.conninfo import make_conninfo

from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "backup_roundtrip"
pytestmark = [
    # Committed rows: pg_dump sees nothing of an open test transaction.
    pytest.mark.django_db(transaction=True),
]


def database_url() -> str:
    settings = connection.settings_dict
    return make_conninfo(
        host=settings["HOST"] or "127.0.0.1",
        port=str(settings["PORT"] or 5432),
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
    )


def add_a_diary(alice) -> None:
    # Transactional tests start from empty tables: put the conditions back first.
    import_module("education.migrations.0002_seed_conditions").seed_conditions(apps, None)
    now = timezone.now()
    attack = MigraineAttack.objects.create(
        owner=alice, started_at=now - datetime.timedelta(hours=3), notes="Ünïcode ✓ 'quotes'"
    )
    Flare.objects.create(
        owner=alice, condition=Condition.objects.get(slug="lupus"), started_on=now.date()
    )
    medication = Medication.objects.create(
        owner=alice, name="Ibuprofen", category="nsaid", purpose="acute"
    )
    MedicationDose.objects.create(medication=medication, attack=attack, taken_at=now)
    DailyCheckIn.objects.create(owner=alice, day=now.date(), stress=4, sleep_hours=6.5)


def test_the_client_tools_are_installed():
    assert shutil.which("pg_dump"), "pg_dump is missing: apt-get install postgresql-client"
    assert shutil.which("pg_restore"), "pg_restore is missing: apt-get install postgresql-client"


def test_a_dump_restores_into_a_new_database_with_identical_rows(alice):
    add_a_diary(alice)
    connection.close()

    result = subprocess.run(
        [sys.executable, SCRIPT, database_url()], capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("backup round trip: identical")
    assert "     1 rows  diary_migraineattack" in result.stdout
    assert "DIFFERENT" not in result.stdout


def test_the_comparison_notices_a_missing_row(alice):
    add_a_diary(alice)
    connection.close()
    loader = SourceFileLoader("backup_roundtrip", str(SCRIPT))
    roundtrip = module_from_spec(spec_from_loader("backup_roundtrip", loader))
    loader.exec_module(roundtrip)
    source = database_url()
    scratch = f"{connection.settings_dict['NAME']}_copy_{secrets.token_hex(4)}"
    # A copy by dump and restore: CREATE DATABASE ... TEMPLATE would fail whenever any other
    # session (a live server's thread, say) is still connected to the test database.
    with psycopg.connect(source, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(scratch)))
    copy = make_conninfo(source, dbname=scratch)
    try:
        dump = subprocess.run(
            ["pg_dump", "-Fc", "--no-owner", source], capture_output=True, check=True, timeout=120
        )
        subprocess.run(
            ["pg_restore", "--no-owner", "-d", copy], input=dump.stdout, check=True, timeout=120
        )
        assert roundtrip.compare(source, copy) == []
        with psycopg.connect(copy, autocommit=True) as tampered:
            tampered.execute("DELETE FROM diary_medicationdose")

        problems = roundtrip.compare(source, copy)
    finally:
        with psycopg.connect(source, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(scratch))
            )

    assert problems == ["diary_medicationdose: 1 rows, 0 restored"]


def test_the_round_trip_is_right_on_a_database_being_written_to(alice):
    # The dump is one snapshot; the database it came from moves on while the copy restores.
    add_a_diary(alice)
    connection.close()
    stop, written = threading.Event(), []

    def keep_writing() -> None:
        with psycopg.connect(database_url(), autocommit=True) as writer:
            while not stop.is_set():
                key = secrets.token_hex(16)
                writer.execute(
                    "INSERT INTO django_session (session_key, session_data, expire_date) "
                    "VALUES (%s, 'x', now())",
                    [key],
                )
                written.append(key)
                time.sleep(0.01)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        result = subprocess.run(
            [sys.executable, SCRIPT, database_url()], capture_output=True, text=True, timeout=120
        )
    finally:
        stop.set()
        writer.join()

    assert len(written) > 20
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("backup round trip: identical")
