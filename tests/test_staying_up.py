"""Staying up (SECURITY.md): a database or cache outage gives the calm "try again in a
minute" page (503 with Retry-After), never a 500 or a hang; /healthz names what is down;
every unhandled error is logged on one line with its traceback and the request's id, and
without health data. PostgreSQL's own faults (a restart, a locked table) are in
tests/test_postgresql_faults.py."""

import io
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from allauth.core.internal import ratelimit
from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, connections
from django.test import Client, override_settings
from django.urls import reverse
from redis.exceptions import TimeoutError as RedisTimeoutError

LOGIN = reverse("account_login")
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache(port: int, **options) -> dict:
    """Overlap's production Redis cache settings, pointed at this port."""
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": settings.REDIS_OPTIONS | options,
        }
    }


@pytest.fixture
def redis_down():
    """Nothing listens on the cache's port: connections are refused."""
    with override_settings(CACHES=redis_cache(free_port())):
        yield


@pytest.fixture
def redis_frozen():
    """Something accepts connections on the cache's port and never answers, like a Redis
    server stopped with SIGSTOP."""
    with socket.socket() as frozen:
        frozen.bind(("127.0.0.1", 0))
        frozen.listen(16)
        with override_settings(CACHES=redis_cache(frozen.getsockname()[1])):
            yield


@contextmanager
def database_failing(error: Exception, *, tables: str = "") -> Iterator[None]:
    """Every query on this thread's connection (or every query naming a table that starts
    with `tables`) raises `error`, as a database that went away would."""

    def fail(execute, sql, params, many, context):
        if tables in sql:
            raise error
        return execute(sql, params, many, context)

    with connection.execute_wrapper(fail):
        yield


@pytest.fixture
def error_log():
    """What the production log handler (standard error, one JSON object a line) writes."""
    handler = next(
        handler
        for handler in logging.getLogger().handlers
        if getattr(handler.formatter, "__class__", None).__name__ == "OneLineFormatter"
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    handler.setStream(previous)


def assert_calm_page(response) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Please try again in a minute." in response.content.decode()
    assert "<script>" not in response.content.decode()  # only script files: the CSP holds


def test_the_redis_client_gives_up_within_a_second():
    assert settings.REDIS_OPTIONS["socket_connect_timeout"] <= 1
    assert settings.REDIS_OPTIONS["socket_timeout"] <= 1


@pytest.mark.parametrize(
    ("url", "data"),
    [
        (LOGIN, {"login": "alice@example.com", "password": "wrong password 123"}),
        (
            reverse("account_signup"),
            {
                "role": "patient",
                "email": "nia@example.com",
                "password1": "a calm walk by the river 7",
                "password2": "a calm walk by the river 7",
            },
        ),
        (reverse("account_reset_password"), {"email": "alice@example.com"}),
    ],
)
def test_with_the_cache_down_login_sign_up_and_reset_give_the_calm_page(
    alice, redis_down, url, data
):
    # Rate limits live in the cache: without it they cannot be kept, so nobody gets in.
    response = Client(raise_request_exception=False).post(url, data)

    assert_calm_page(response)


def test_with_the_cache_down_the_right_password_does_not_get_in(alice, password, redis_down):
    client = Client(raise_request_exception=False)

    response = client.post(LOGIN, {"login": "alice@example.com", "password": password})

    assert_calm_page(response)
    assert "_auth_user_id" not in client.session


def test_a_cache_outage_is_not_logged_as_a_throttled_login(alice, monkeypatch, caplog):
    # The cache fails just when the failed-login counter is read, as when Redis freezes
    # between two requests to it.
    consume = ratelimit.consume

    def consume_until_the_counter(request, *, action, **kwargs):
        if action == "login_failed":
            raise RedisTimeoutError("Timeout reading from socket")
        return consume(request, action=action, **kwargs)

    monkeypatch.setattr(ratelimit, "consume", consume_until_the_counter)
    security = logging.getLogger("overlap.security")
    security.addHandler(caplog.handler)
    try:
        response = Client(raise_request_exception=False).post(
            LOGIN, {"login": "alice@example.com", "password": "wrong password 123"}
        )
    finally:
        security.removeHandler(caplog.handler)

    assert_calm_page(response)
    assert not [r for r in caplog.records if "throttled" in r.getMessage()]


def test_with_the_cache_frozen_login_answers_within_its_timeout(alice, redis_frozen):
    started = time.monotonic()

    response = Client(raise_request_exception=False).post(
        LOGIN, {"login": "alice@example.com", "password": "wrong password 123"}
    )

    assert_calm_page(response)
    assert time.monotonic() - started < 4 * settings.REDIS_TIMEOUT + 1


def test_healthz_names_the_cache_when_it_is_down(client, db, redis_down):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "unavailable"}


@override_settings(HEALTHZ_TIMEOUT=0.3)
def test_healthz_answers_fast_when_the_cache_hangs(client, db, settings):
    with socket.socket() as frozen:
        frozen.bind(("127.0.0.1", 0))
        frozen.listen(16)
        # A client that would wait far longer than /healthz does.
        settings.CACHES = redis_cache(frozen.getsockname()[1], socket_timeout=5)
        started = time.monotonic()

        first = client.get("/healthz")
        second = client.get("/healthz")

    assert time.monotonic() - started < 2
    assert first.json()["cache"] == second.json()["cache"] == "timeout"
    assert first.status_code == 503


def test_healthz_names_the_database_when_it_is_down(client, db, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    # The check runs in a thread of its own, with a connection of its own.
    with monkeypatch.context() as patch:
        patch.setattr(type(connections["default"]), "create_cursor", unreachable)
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_a_database_outage_in_a_view_gives_the_calm_page(alice_client):
    # Her session and account load; reading her diary fails, in the view.
    failure = OperationalError("server closed the connection unexpectedly")
    with database_failing(failure, tables='"diary_'):
        response = alice_client.get(reverse("diary:entry-list"))

    assert_calm_page(response)


def test_a_database_outage_before_the_view_gives_the_calm_page(alice, password):
    client = Client(raise_request_exception=False)
    client.post(LOGIN, {"login": "alice@example.com", "password": password})
    # Loading the session fails now: in middleware, before any view runs.
    with database_failing(OperationalError("terminating connection")):
        response = client.get("/")

    assert_calm_page(response)


def test_json_endpoints_answer_the_outage_in_json(alice_client):
    failure = OperationalError("server closed the connection unexpectedly")
    with database_failing(failure, tables='"diary_'):
        response = alice_client.get(reverse("diary:timeline-data"))

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "try again in a minute" in response.json()["error"]


def test_an_outage_is_logged_once_with_its_traceback_and_request_id(alice_client, error_log):
    failure = OperationalError("server closed the connection unexpectedly")
    with database_failing(failure, tables='"diary_'):
        response = alice_client.get(reverse("diary:entry-list"))

    [line] = error_log()
    assert line["level"] == "ERROR"
    assert line["message"] == "Service Unavailable: /diary/"
    assert line["request_id"] == response["X-Request-ID"]
    assert line["exception"] == "django.db.utils.OperationalError"
    assert line["detail"] == "server closed the connection unexpectedly"
    assert any("diary/views" in frame for frame in line["traceback"])


def test_an_unhandled_error_is_logged_with_its_traceback_but_not_its_message(
    alice_client, error_log
):
    alice_client.get("/")
    client = Client(raise_request_exception=False)
    client.cookies = alice_client.cookies
    failure = IntegrityError('Failing row contains (3, "Aura after red wine")')
    with database_failing(failure):
        response = client.get(reverse("diary:entry-list"), headers={"X-Request-ID": "req-42"})

    assert response.status_code == 500
    lines = error_log()
    assert len(lines) == 1
    assert lines[0]["request_id"] == "req-42" == response["X-Request-ID"]
    assert lines[0]["exception"] == "django.db.utils.IntegrityError"
    assert lines[0]["traceback"]
    assert "red wine" not in json.dumps(lines)


def test_every_response_carries_a_request_id(client, db):
    first, second = client.get("/healthz"), client.get("/healthz")

    assert len(first["X-Request-ID"]) == 32
    assert first["X-Request-ID"] != second["X-Request-ID"]
    assert client.get("/", headers={"X-Request-ID": "<script>"})["X-Request-ID"] != "<script>"


@pytest.mark.parametrize(
    ("extra", "backend"),
    [
        ({}, "django.core.cache.backends.db.DatabaseCache"),
        ({"REDIS_URL": "redis://127.0.0.1:6379/0"}, "django.core.cache.backends.redis.RedisCache"),
    ],
)
def test_production_counts_login_failures_in_a_cache_every_worker_shares(extra, backend):
    # A per-process memory cache would multiply the guesses by the number of workers.
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SECRET_KEY": "k3Q9-x_v7Lq2bN8mZp4Rt6Wy1Hs5Dc0Fg3Jk7Uo9Ie2Ab4Cn6Xe8Mr1Tz5Vw7Py9",
        "DJANGO_ALLOWED_HOSTS": "overlap.example.org",
        "EMAIL_HOST": "smtp.example.org",
        "MFA_ENCRYPTION_KEYS": "dGVzdC1rZXktZm9yLXRoZS1wcm9kdWN0aW9uLWNoayE=",
    } | extra
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"

    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.strip().splitlines()[-1] == backend, result.stderr
