"""Personas shared by the whole suite (STYLE.md).

alice: a patient with data; bob: a clinician Alice shares with; charlie: a patient who
must see nothing of Alice's; carol: a curator in the "Content editors" group.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from accounts.models import PatientProfile, User
from education.models import Condition

PASSWORD = "correct horse battery staple 42"


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits live in the cache; one test's failures must not throttle the next.
    cache.clear()
    yield
    cache.clear()


def make_patient(email: str, **fields) -> User:
    user = User.objects.create_user(email, PASSWORD, role=User.Role.PATIENT, **fields)
    PatientProfile.objects.create(user=user)
    return user


@pytest.fixture
def password() -> str:
    return PASSWORD


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
    user = User.objects.create_user(
        "carol@example.com", PASSWORD, role=User.Role.PATIENT, display_name="Carol", is_staff=True
    )
    editors, _ = Group.objects.get_or_create(name="Content editors")
    user.groups.add(editors)
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
