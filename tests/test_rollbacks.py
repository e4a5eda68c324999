"""Rolling migrations back loses nothing (SECURITY.md, "Nothing lost"): on a database that
holds the demo diary, every app of Overlap is rolled back as far as it goes and forward
again, and every table is compared. Data migrations undo to nothing, so the links from
attacks, flares and check-ins to the built-in triggers survive; a rollback that would drop
people's rows (accounts, shares, diary entries) is refused before anything changes."""

import datetime
from importlib import import_module

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps as global_apps
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from accounts.models import CareShare, User
from config.rollback import RollbackRefused
from diary.models import HeadacheFreeDay, MigraineAttack
from tests.conftest import give_totp

pytestmark = pytest.mark.django_db(transaction=True)

SEEDS = [
    ("education.migrations.0002_seed_conditions", "seed_conditions"),
    ("education.migrations.0004_seed_pages", "seed_pages"),
    ("education.migrations.0005_content_editors_group", "create_group"),
    ("education.migrations.0007_clinical_review_pages", "review_pages"),
    ("diary.migrations.0002_seed_triggers", "seed_triggers"),
]


def demo_database() -> None:
    # Transactional tests start from empty tables: put the reference data back first.
    for module, function in SEEDS:
        getattr(import_module(module), function)(global_apps, None)
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo_diary", verbosity=0)
    clinician = User.objects.get(email="clinician@example.com")
    EmailAddress.objects.create(user=clinician, email=clinician.email, verified=True)
    give_totp(clinician)


def every_table() -> dict[str, list[str]]:
    """Each table's rows as text, sorted; the migration records themselves aside (undone
    and done again, they get new dates)."""
    tables = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table == "django_migrations":
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            tables[table] = sorted(repr(row) for row in cursor.fetchall())
    return tables


def earlier_targets(app: str) -> list[str]:
    """Each migration of `app` to roll back to, newest first, then zero."""
    names = sorted(
        name for label, name in MigrationLoader(connection).disk_migrations if label == app
    )
    return names[-2::-1] + ["zero"]


def test_rolling_every_app_back_and_forward_loses_nothing():
    demo_database()
    assert MigraineAttack.objects.filter(triggers__owner__isnull=True).exists()
    before = every_table()
    refused = []

    for app in ["diary", "accounts", "education"]:
        for target in earlier_targets(app):
            try:
                call_command("migrate", app, target, verbosity=0)
            except RollbackRefused:
                refused.append((app, target))
                break
        call_command("migrate", verbosity=0)

        assert every_table() == before, f"rolling {app} back and forward changed data"

    # The diary's seed undone and redone; tables holding people's rows never dropped (the
    # education app comes after the diary, which depends on it).
    assert refused == [
        ("diary", "zero"),
        ("accounts", "0001_initial"),
        ("education", "0004_seed_pages"),
    ]


@pytest.mark.parametrize("app", ["account", "mfa"])
def test_rolling_back_allauths_tables_of_addresses_and_authenticators_is_refused(app):
    demo_database()
    before = every_table()

    with pytest.raises(RollbackRefused, match="Nothing was changed"):
        call_command("migrate", app, "zero", verbosity=0)

    assert every_table() == before


def test_rolling_back_reminders_is_refused_while_they_hold_a_headache_free_day():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    HeadacheFreeDay.objects.create(owner=patient, day=datetime.date(2026, 1, 2))
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 diary.HeadacheFreeDay"):
        call_command("migrate", "diary", "0002_seed_triggers", verbosity=0)

    assert every_table() == before


def test_rolling_back_the_invitation_delivery_is_refused_while_one_is_being_sent():
    demo_database()
    patient = User.objects.get(email="patient@example.com")
    share = CareShare.objects.filter(patient=patient).first()
    CareShare.objects.filter(pk=share.pk).update(invitation_delivery="queued")
    before = every_table()

    with pytest.raises(RollbackRefused, match="1 accounts.CareShare"):
        call_command("migrate", "accounts", "0002_careshare_accessevent", verbosity=0)

    assert every_table() == before
