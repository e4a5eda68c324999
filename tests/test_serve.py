"""`make serve` (scripts/serve, docs/deploy.md): the site starts under gunicorn with
production settings, DEBUG off and a generated secret key, and answers with its headers."""

import gc
import http.client
import json
import os
import runpy
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, *, timeout: float = 60) -> http.client.HTTPResponse:
    """GET url, retrying while the server starts (migrate and collectstatic come first)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return urllib.request.urlopen(url, timeout=5)
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_make_serve_runs_the_site_under_gunicorn_with_production_settings(tmp_path):
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_DEBUG", "DJANGO_SECRET_KEY", "OVERLAP_TESTING")
    }
    env |= {"DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}", "GUNICORN_WORKERS": "1"}
    # make serve: the release step first, then the server, which only serves.
    subprocess.run(["scripts/release"], cwd=ROOT, env=env, check=True, capture_output=True)
    server = subprocess.Popen(
        ["scripts/serve", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        health = fetch(f"http://127.0.0.1:{port}/healthz")
        landing = fetch(f"http://127.0.0.1:{port}/")
        page = landing.read().decode()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        output = server.communicate(timeout=30)[0].decode()

    assert health.status == 200, output
    assert "default-src 'self'" in landing.headers["Content-Security-Policy"]
    assert landing.headers["X-Content-Type-Options"] == "nosniff"
    assert "gunicorn" in output.lower()
    # DEBUG off: static files come from collectstatic's hashed names, as in production.
    assert "/static/vendor/bootstrap-5.3.9.min.css" not in page
    assert "/static/vendor/bootstrap-5.3.9." in page


def test_serving_does_not_migrate(tmp_path):
    # Migrations are the release step's (scripts/release): a restart serves at once.
    database = tmp_path / "unmigrated.sqlite3"
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_DEBUG", "DJANGO_SECRET_KEY", "OVERLAP_TESTING")
    }
    env |= {"DATABASE_URL": f"sqlite:///{database}", "GUNICORN_WORKERS": "1"}
    server = subprocess.Popen(
        ["scripts/serve", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
                raise AssertionError("/healthz found the cache table: the server migrated")
            except urllib.error.HTTPError as error:
                answer = error
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.5)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.communicate(timeout=30)

    # The cache table was never made, and no migration ran.
    assert answer.code == 503
    assert json.loads(answer.read())["cache"] == "unavailable"
    with sqlite3.connect(database) as db:
        tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert ("django_migrations",) not in tables


def print_config(**environment: str) -> dict[str, str]:
    """gunicorn's own reading of config/gunicorn.conf.py, as scripts/serve passes it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("GUNICORN_")}
    result = subprocess.run(
        [ROOT / ".venv/bin/gunicorn", "--config", "config/gunicorn.conf.py", "--print-config"],
        cwd=ROOT,
        env=env | environment,
        check=True,
        capture_output=True,
        text=True,
    )
    lines = [line.partition("=") for line in result.stdout.splitlines() if "=" in line]
    return {name.strip(): value.strip() for name, _, value in lines}


def test_the_gunicorn_configuration_preloads_freezes_and_recycles():
    config = print_config()

    assert config["wsgi_app"] == "config.wsgi"
    assert config["preload_app"] == "True"
    assert config["when_ready"] == "<when_ready()>"
    assert config["post_fork"] == "<post_fork()>"
    assert (config["timeout"], config["graceful_timeout"], config["keepalive"]) == ("30", "30", "5")
    assert (config["max_requests"], config["max_requests_jitter"]) == ("1000", "100")
    assert (config["workers"], config["threads"], config["worker_class"]) == ("3", "2", "gthread")


def test_the_environment_sets_the_gunicorn_numbers():
    config = print_config(GUNICORN_WORKERS="5", GUNICORN_THREADS="4", GUNICORN_MAX_REQUESTS="0")

    assert (config["workers"], config["threads"], config["max_requests"]) == ("5", "4", "0")


def test_the_start_up_heap_is_frozen_before_the_workers_fork():
    settings = runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py"))
    try:
        assert not gc.isenabled()  # nothing collected while the application loads
        settings["when_ready"](None)
        assert gc.get_freeze_count() > 0
        settings["post_fork"](None, None)
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
