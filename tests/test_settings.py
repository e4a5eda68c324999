"""config/settings.py reads the environment through helpers that fail loudly, and test mode
is asked for (OVERLAP_TESTING), never guessed from what is imported."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings import env_int

ROOT = Path(__file__).resolve().parent.parent


def import_settings(code: str = "import config.settings", **env: str):
    """Import the settings in a fresh interpreter with only PATH and env set."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_env_int_gives_the_default_when_the_variable_is_unset_or_empty(monkeypatch):
    monkeypatch.delenv("OVERLAP_TEST_NUMBER", raising=False)
    assert env_int("OVERLAP_TEST_NUMBER", 7) == 7

    monkeypatch.setenv("OVERLAP_TEST_NUMBER", "")
    assert env_int("OVERLAP_TEST_NUMBER", 7) == 7


def test_env_int_reads_a_whole_number(monkeypatch):
    monkeypatch.setenv("OVERLAP_TEST_NUMBER", "2525")

    assert env_int("OVERLAP_TEST_NUMBER", 587) == 2525


@pytest.mark.parametrize("value", ["twenty", "1.5", "8O", " "])
def test_env_int_names_the_variable_when_the_value_is_not_a_number(monkeypatch, value):
    monkeypatch.setenv("OVERLAP_TEST_NUMBER", value)

    with pytest.raises(ImproperlyConfigured, match="OVERLAP_TEST_NUMBER must be a whole number"):
        env_int("OVERLAP_TEST_NUMBER", 587)


def test_env_int_names_the_variable_when_the_value_is_below_its_minimum(monkeypatch):
    monkeypatch.setenv("OVERLAP_TEST_NUMBER", "-1")

    with pytest.raises(ImproperlyConfigured, match="OVERLAP_TEST_NUMBER must be at least 0"):
        env_int("OVERLAP_TEST_NUMBER", 0)


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"DJANGO_TRUSTED_PROXY_COUNT": "one"}, "DJANGO_TRUSTED_PROXY_COUNT must be a whole"),
        ({"EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": "smtp"}, "EMAIL_PORT must be a whole"),
        ({"EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": "0"}, "EMAIL_PORT must be at least 1"),
    ],
)
def test_a_bad_number_in_the_environment_stops_start_up_naming_its_variable(variables, message):
    result = import_settings(DJANGO_DEBUG="1", **variables)

    assert result.returncode != 0
    assert message in result.stderr


def test_loading_pytest_alone_does_not_put_the_settings_in_test_mode():
    result = import_settings("import pytest, config.settings")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is missing or weak" in result.stderr


def test_overlap_testing_puts_the_settings_in_test_mode():
    result = import_settings(
        "import config.settings as s; print(s.TESTING, s.SESSION_COOKIE_SECURE)",
        OVERLAP_TESTING="1",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False"]


def test_the_suite_runs_in_test_mode():
    assert os.environ["OVERLAP_TESTING"] == "1"


def test_without_redis_the_cache_holds_a_large_clinics_summaries():
    """The clinic's list keeps one summary per patient and one card per patient shown
    (clinic/summaries.py): a cache that culls at Django's default of 300 entries would
    work a clinic of 500 patients out afresh on every view."""
    result = import_settings(
        "import config.settings as s; print(s.CACHES['default']['BACKEND'],"
        " s.CACHES['default']['OPTIONS']['MAX_ENTRIES'])",
        DJANGO_SECRET_KEY="a-production-secret-key-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="overlap.example.org",
        MFA_ENCRYPTION_KEYS="bXkgMzIgYnl0ZSBrZXkgZm9yIHRoZSB0ZXN0IG9ubHk=",
        EMAIL_HOST="smtp.example.org",
    )

    assert result.returncode == 0, result.stderr
    backend, entries = result.stdout.split()
    assert backend == "django.core.cache.backends.db.DatabaseCache"
    assert int(entries) >= 10 * 1000  # a thousand patients' summaries, and room to spare
