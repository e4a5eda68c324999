"""Personas shared by the whole suite (STYLE.md).

alice: a patient with data; bob: a clinician Alice shares with; charlie: a patient who
must see nothing of Alice's; carol: a curator in the "Content editors" group, with TOTP.
"""

import datetime
import os
import secrets
from collections.abc import Iterator
from importlib import import_module

import hypothesis
import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.test import override_settings
from django.utils import timezone, translation

from accounts.models import CareShare, PatientProfile, User
from education.models import Condition

# The authorization matrix's alice_data fixture, for its test and the hostile-input tests.
pytest_plugins = ["tests.authorization_matrix"]

PASSWORD = "correct horse battery staple 42"

# The data migrations that make the reference data: conditions, pages, the Content editors
# group, the trigger catalogue. Transactional tests empty every table, so those that need
# the reference data run these again (each skips what exists).
REFERENCE_DATA = [
    ("education.migrations.0002_seed_conditions", "seed_conditions"),
    ("education.migrations.0004_seed_pages", "seed_pages"),
    ("education.migrations.0005_content_editors_group", "create_group"),
    ("education.migrations.0007_clinical_review_pages", "review_pages"),
    ("education.migrations.0008_vessel_conditions", "add_vessel_conditions"),
    ("education.migrations.0009_medicine_catalogue", "seed_medicines"),
    ("education.migrations.0009_medicine_catalogue", "grant_curators"),
    ("education.migrations.0011_seed_page_translations", "seed_translations"),
    ("education.migrations.0011_seed_page_translations", "grant_curators"),
    ("diary.migrations.0002_seed_triggers", "seed_triggers"),
]


# What the migrations' functions make only through the permissions, which flush makes anew
# (with new ids) each time: these always run; the rows of the others are copied.
PERMISSION_DATA = {"create_group", "grant_curators"}


def run_reference_migrations(*, only: set[str] | None = None) -> None:
    for module, function in REFERENCE_DATA:
        if only is None or function in only:
            getattr(import_module(module), function)(apps, None)


def reference_models() -> list[type[models.Model]]:
    """Every table the reference data lives in: the education app's (pages, their history,
    conditions, the medicine catalogue) and the trigger catalogue."""
    return [
        *apps.get_app_config("education").get_models(include_auto_created=True),
        apps.get_model("diary", "Trigger"),
    ]


_reference_rows: dict[type[models.Model], list[dict]] = {}


def load_reference_data() -> None:
    """Put the reference data back after a transactional test emptied every table. The
    first time in a process the migrations' functions make it (about two seconds: a query
    or more per page, revision and condition) and its rows are kept; after that, into
    empty tables, the same rows are inserted in one query a table. In one transaction:
    one commit instead of one per row. tests/test_reference_data.py checks both ways give
    the same rows."""
    with transaction.atomic():
        empty = not any(model._default_manager.exists() for model in reference_models())
        if not (empty and _reference_rows):
            run_reference_migrations()
            if empty:
                _reference_rows.update(
                    (model, list(model._default_manager.order_by("pk").values()))
                    for model in reference_models()
                )
            return
        for model, rows in _reference_rows.items():
            model._default_manager.bulk_create(model(**row) for row in rows)
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), list(_reference_rows)):
                cursor.execute(sql)
        run_reference_migrations(only=PERMISSION_DATA)


# Backups are of PostgreSQL databases: on SQLite there is nothing for pg_dump to prove; and
# PostgreSQL's own faults (restarts, locks, timeouts) need PostgreSQL.
ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
# Two schedulers racing need real row locks and separate connections: PostgreSQL too.
collect_ignore = (
    []
    if ON_POSTGRESQL
    else [
        "test_backup.py",
        "test_postgresql_faults.py",
        "test_reminder_concurrency.py",
        "test_sync_concurrency.py",
    ]
)


@pytest.fixture(autouse=True, scope="session")
def _quick_flush_on_postgresql() -> Iterator[None]:
    """Transactional tests (the browser's, the rollbacks') empty every table after they run.
    PostgreSQL's TRUNCATE rewrites each table's files, about two seconds for Overlap's
    tables; DELETE, with the foreign keys checked at commit (Django makes them DEFERRABLE
    INITIALLY DEFERRED), empties the few rows a test leaves in a fraction of that."""
    if not ON_POSTGRESQL:
        yield
        return
    from django.db.backends.postgresql.operations import DatabaseOperations

    truncate = DatabaseOperations.sql_flush

    def delete(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or not tables:
            return truncate(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        return ["SET CONSTRAINTS ALL DEFERRED;"] + [
            f"DELETE FROM {self.quote_name(table)};" for table in tables
        ]

    DatabaseOperations.sql_flush = delete  # type: ignore[method-assign]
    yield
    DatabaseOperations.sql_flush = truncate  # type: ignore[method-assign]


# Property tests: few examples on a developer's machine, each test's own count in CI. No
# deadline: an example's time is not what a test asserts (make bench measures time), and
# on a busy two-core machine a slow example would fail a run for nothing.
DEV_EXAMPLES = 10
hypothesis.settings.register_profile("dev", max_examples=DEV_EXAMPLES, deadline=None)
hypothesis.settings.register_profile("ci", deadline=None)
hypothesis.settings.load_profile("ci" if os.environ.get("CI") else "dev")


# The fixtures and marker through which a test reaches the database; pytest-django refuses
# database access to any other test.
DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}


def uses_database(item: pytest.Item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(fixtures & DATABASE_FIXTURES) or item.get_closest_marker("django_db") is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With OVERLAP_DATABASE_TESTS_ONLY set (.ci/run's second database), run only the tests
    that reach the database: the others cannot touch it, so they already ran, the same,
    on the first. In the dev profile, cap the tests that ask for more examples in
    @settings (which a profile cannot override) at DEV_EXAMPLES."""
    if os.environ.get("OVERLAP_DATABASE_TESTS_ONLY"):
        others = [item for item in items if not uses_database(item)]
        if others:
            config.hook.pytest_deselected(items=others)
            items[:] = [item for item in items if uses_database(item)]
    if os.environ.get("CI"):
        return
    for item in items:
        if not isinstance(item, pytest.Function):
            continue
        test = getattr(item.obj, "__func__", item.obj)
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is not None and own.max_examples > DEV_EXAMPLES:
            test._hypothesis_internal_use_settings = hypothesis.settings(
                own, max_examples=DEV_EXAMPLES
            )


@pytest.fixture(autouse=True)
def _fast_passwords(request: pytest.FixtureRequest) -> Iterator[None]:
    # Argon2 spends about a tenth of a second on every password by design; MD5 lets the
    # suite make thousands of users. Tests about hashing itself are marked real_hashers.
    # Not through the `settings` fixture: a test's own settings (a cache pointed at a dead
    # server, say) must be undone before _fresh_cache clears the cache.
    if request.node.get_closest_marker("real_hashers") is not None:
        yield
        return
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits live in the cache; one test's failures must not throttle the next.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_between_tests():
    # A request in another language (LocaleMiddleware) leaves that language active in the
    # thread that made it, here the test's: the next test would read lazy words in it.
    translation.deactivate()
    yield
    translation.deactivate()


def make_patient(email: str, **fields) -> User:
    user = User.objects.create_user(email, PASSWORD, role=User.Role.PATIENT, **fields)
    PatientProfile.objects.create(user=user)
    return user


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def lupus(db) -> Condition:
    return Condition.objects.get(slug="lupus")


@pytest.fixture
def alice(db) -> User:
    user = make_patient("alice@example.com", display_name="Alice", timezone="Europe/Berlin")
    user.profile.conditions.set(Condition.objects.filter(slug__in=["lupus", "migraine-with-aura"]))
    return user


@pytest.fixture
def charlie(db) -> User:
    return make_patient("charlie@example.com", display_name="Charlie")


@pytest.fixture
def bob(db) -> User:
    return User.objects.create_user(
        "bob@example.com", PASSWORD, role=User.Role.CLINICIAN, display_name="Dr Bob"
    )


@pytest.fixture
def carol(db) -> User:
    """The curator, with TOTP set up: the admin opens to staff only with two factors."""
    user = User.objects.create_user(
        "carol@example.com", PASSWORD, role=User.Role.PATIENT, display_name="Carol", is_staff=True
    )
    editors, _ = Group.objects.get_or_create(name="Content editors")
    user.groups.add(editors)
    give_totp(user)
    return user


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def charlie_client(client, charlie):
    client.force_login(charlie)
    return client


@pytest.fixture
def bob_client(client, bob):
    client.force_login(bob)
    return client


@pytest.fixture
def carol_client(client, carol):
    client.force_login(carol)
    return client


# --- Sharing personas ----------------------------------------------------------------
# bob's live share from alice, and three clinicians who must see nothing of hers: one she
# never shared with, one whose share she revoked, one whose share expired. Each has a TOTP
# authenticator, so the clinic's MFA gate lets them through to the share check itself.

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def give_totp(user: User) -> None:
    TOTP.activate(user, TOTP_SECRET)


def make_clinician(email: str, display_name: str) -> User:
    return User.objects.create_user(
        email, PASSWORD, role=User.Role.CLINICIAN, display_name=display_name
    )


def make_share(patient: User, clinician: User | None, **fields):
    """A share as if the invitation was sent (and accepted, when a clinician is given)."""
    now = timezone.now()
    fields.setdefault("created_at", now - datetime.timedelta(days=1))
    if clinician is not None:
        fields.setdefault("accepted_at", fields["created_at"] + datetime.timedelta(hours=1))
    return CareShare.objects.create(
        patient=patient,
        clinician=clinician,
        invite_email=clinician.email if clinician else "invited@example.com",
        token_hash=CareShare.hash_token(secrets.token_urlsafe(32)),
        **fields,
    )


@pytest.fixture
def alice_shares_with_bob(alice, bob):
    """A live share from alice to bob, without notes; bob has TOTP set up."""
    give_totp(bob)
    return make_share(alice, bob)


@pytest.fixture
def unshared_clinician(db) -> User:
    user = make_clinician("dana@example.com", "Dr Dana")
    give_totp(user)
    return user


@pytest.fixture
def revoked_clinician(alice) -> User:
    user = make_clinician("erin@example.com", "Dr Erin")
    give_totp(user)
    make_share(alice, user, include_notes=True, revoked_at=timezone.now())
    return user


@pytest.fixture
def expired_clinician(alice) -> User:
    user = make_clinician("frank@example.com", "Dr Frank")
    give_totp(user)
    now = timezone.now()
    make_share(
        alice,
        user,
        include_notes=True,
        created_at=now - datetime.timedelta(days=40),
        expires_at=now - datetime.timedelta(days=10),
    )
    return user
