"""PostgreSQL's own faults (SECURITY.md, "Staying up"): the first request after a restart
succeeds, a locked table answers with the calm page within the lock timeout while /healthz
still answers, and the timeouts come from the environment. Collected only when
DATABASE_URL points at PostgreSQL (tests/conftest.py)."""

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test import Client
from django.test.client import RequestFactory
from psycopg.conninfo import make_conninfo

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db(transaction=True)


def conninfo() -> str:
    settings = connection.settings_dict
    return make_conninfo(
        host=settings["HOST"] or "127.0.0.1",
        port=str(settings["PORT"] or 5432),
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
    )


def wsgi_get(handler: WSGIHandler, path: str) -> tuple[str, bytes]:
    """A request as gunicorn makes it: through Django's WSGI handler, whose request signals
    (closing old connections, health checks) the test client turns off."""
    environ = RequestFactory().get(path).environ
    status: list[str] = []

    def start_response(
        code: str, headers: list[tuple[str, str]], exc_info: object = None
    ) -> Callable[[bytes], object]:
        status.append(code)
        return lambda data: None  # WSGI's write(), which Django never calls

    body = b"".join(handler(environ, start_response))
    return status[0], body


@contextmanager
def reused_connections():
    """Connections kept between requests for a minute, as in production (the tests
    otherwise close them after each request)."""
    saved = connection.settings_dict["CONN_MAX_AGE"]
    connection.close()
    connection.settings_dict["CONN_MAX_AGE"] = 60
    try:
        yield
    finally:
        connection.settings_dict["CONN_MAX_AGE"] = saved
        connection.close()


@contextmanager
def timeouts(*, statement_ms: int, lock_ms: int):
    """This process's connection with shorter timeouts than the defaults, set the way the
    settings set them."""
    options = connection.settings_dict["OPTIONS"]
    saved = options["options"]
    connection.close()
    options["options"] = f"-c statement_timeout={statement_ms} -c lock_timeout={lock_ms}"
    try:
        yield
    finally:
        options["options"] = saved
        connection.close()


def test_the_first_request_after_a_restart_succeeds(db):
    handler = WSGIHandler()
    with reused_connections():
        assert wsgi_get(handler, "/learn/")[0] == "200 OK"
        backend = connection.connection.info.backend_pid
        # What a restart does to every connection the app holds.
        with psycopg.connect(conninfo(), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [backend])

        status, _ = wsgi_get(handler, "/learn/")

        assert status == "200 OK"
        assert connection.connection.info.backend_pid != backend


def test_a_locked_table_gives_the_calm_page_within_the_lock_timeout(alice, password):
    client = Client(raise_request_exception=False)
    client.post("/accounts/login/", {"login": alice.email, "password": password})
    with (
        timeouts(statement_ms=2000, lock_ms=300),
        psycopg.connect(conninfo()) as locker,
    ):
        locker.execute("LOCK TABLE diary_migraineattack IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()

        response = client.get("/diary/")
        waited = time.monotonic() - started
        health = Client().get("/healthz")

        locker.rollback()

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert waited < 2
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_a_slow_query_is_cut_off_at_the_statement_timeout(alice, password):
    client = Client(raise_request_exception=False)
    client.post("/accounts/login/", {"login": alice.email, "password": password})
    slow = threading.Event()

    def sleep_in_the_database(execute, sql, params, many, context):
        if '"diary_' in sql and not slow.is_set():
            slow.set()
            sql = "SELECT pg_sleep(5); " + sql
        return execute(sql, params, many, context)

    with timeouts(statement_ms=300, lock_ms=300), connection.execute_wrapper(sleep_in_the_database):
        started = time.monotonic()
        response = client.get("/diary/")

    assert slow.is_set()
    assert response.status_code == 503
    assert time.monotonic() - started < 2


def test_the_timeouts_come_from_the_environment(db):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DATABASE_")} | {
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": conninfo_url(),
        "DATABASE_STATEMENT_TIMEOUT": "7",
        "DATABASE_LOCK_TIMEOUT": "0.5",
        "DATABASE_CONNECT_TIMEOUT": "3",
    }
    code = (
        "from django.db import connection; cursor = connection.cursor(); "
        "print([cursor.execute(f'SHOW {name}').fetchone()[0] "
        "for name in ('statement_timeout', 'lock_timeout')], "
        "connection.connection.info.get_parameters().get('connect_timeout'))"
    )

    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['7s', '500ms'] 3"


def conninfo_url() -> str:
    settings = connection.settings_dict
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    where = f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return f"postgres://{settings['USER']}{password}@{where}/{settings['NAME']}"
