"""make load: Overlap under gunicorn and PostgreSQL on loopback, 50 users for 40 seconds.

Creates a scratch database ($LOAD_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/overlap_load; dropped and made anew, and dropped again at
the end), prepares patients with a year of diary each (scripts/load/setup_accounts.py),
starts the server the way `make serve` does (scripts/release, then scripts/serve: production
settings, DEBUG off, gunicorn) on a free port, runs locust headless (scripts/load/locustfile.py)
and prints throughput, the 50th, 95th and 99th percentiles and the errors of each request.
Meanwhile LOAD_EXPORTS users (3 by default; 0 for none) download the exports of a patient
with thirty years of diary, each file read whole and checked. Exits 1 if any request
failed. LOAD_USERS, LOAD_EXPORTS, LOAD_DURATION, GUNICORN_WORKERS and GUNICORN_THREADS
change the run.
"""

import csv
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg
from cryptography.fernet import Fernet
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
LOCUST = ROOT / ".venv-load" / "bin" / "locust"
DATABASE_URL = os.environ.get(
    "LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/overlap_load"
)
USERS = int(os.environ.get("LOAD_USERS", "50"))
EXPORTS = int(os.environ.get("LOAD_EXPORTS", "3"))
DURATION = os.environ.get("LOAD_DURATION", "40s")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def recreate(database: str, *, create: bool) -> None:
    with psycopg.connect(make_conninfo(DATABASE_URL, dbname="postgres"), autocommit=True) as db:
        db.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
        )
        if create:
            db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))


def wait_until_up(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server stopped:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"the server did not answer within 3 minutes:\n{log.read_text()[-3000:]}")


def report(stats_csv: Path) -> int:
    """Print the figures and return the number of failed requests."""
    with stats_csv.open() as handle:
        rows = list(csv.DictReader(handle))
    heading = ("request", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms")
    print("\n{:38} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}".format(*heading))
    for row in rows:
        print(
            f"{(row['Type'] + ' ' + row['Name']).strip()[:38]:38} {row['Request Count']:>6} "
            f"{row['Failure Count']:>6} {float(row['Requests/s']):6.1f} {row['50%']:>6} "
            f"{row['95%']:>6} {row['99%']:>6}"
        )
    total = next(row for row in rows if row["Name"] == "Aggregated")
    return int(total["Failure Count"])


def main() -> int:
    if not LOCUST.exists():
        sys.exit("locust is missing: run `make load`, which installs requirements-load.txt.")
    database = conninfo_to_dict(DATABASE_URL)["dbname"]
    assert isinstance(database, str), "DATABASE_URL names no database"
    port = free_port()
    host = f"http://127.0.0.1:{port}"
    work = Path(tempfile.mkdtemp(prefix="overlap-load-"))
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_EMAIL_TO_CONSOLE": "1",
        "MFA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "LOAD_ACCOUNTS_FILE": str(work / "accounts.json"),
        "LOAD_ACCOUNTS": "10",
        "LOAD_SESSIONS_PER_ACCOUNT": str(max(1, USERS // 10)),
        "LOAD_EXPORTS": str(EXPORTS),
    }
    env.pop("DJANGO_DEBUG", None)
    env.pop("OVERLAP_TESTING", None)
    manage = [str(BIN / "python"), "manage.py"]

    print(f"== scratch database {database}")
    recreate(database, create=True)
    server = None
    try:
        subprocess.run([str(ROOT / "scripts" / "release")], cwd=ROOT, env=env, check=True)
        subprocess.run(
            [*manage, "seed_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
        code = (ROOT / "scripts" / "load" / "setup_accounts.py").read_text()
        subprocess.run([*manage, "shell", "-c", code], cwd=ROOT, env=env, check=True)

        print(f"== gunicorn with production settings on {host} (scripts/serve)")
        log = work / "server.log"
        with log.open("w") as server_log:
            server = subprocess.Popen(
                [str(ROOT / "scripts" / "serve"), str(port)],
                cwd=ROOT,
                env=env | {"GUNICORN_THREADS": os.environ.get("GUNICORN_THREADS", "4")},
                stdout=server_log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_until_up(host, server, log)

        print(f"== locust: {USERS} users and {EXPORTS} exporting for {DURATION}")
        subprocess.run(
            [
                str(LOCUST),
                "-f",
                str(ROOT / "scripts" / "load" / "locustfile.py"),
                "--headless",
                "--only-summary",
                "--users",
                str(USERS + EXPORTS),
                "--spawn-rate",
                str(max(1, USERS // 5)),
                "--run-time",
                DURATION,
                "--stop-timeout",
                "10",
                "--host",
                host,
                "--csv",
                str(work / "load"),
                "--exit-code-on-error",
                "0",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        failures = report(work / "load_stats.csv")
        errors = (work / "load_failures.csv").read_text().strip().splitlines()[1:]
        for line in errors:
            print("error:", line)
        print(
            f"\n{USERS} users and {EXPORTS} exporting, {DURATION}: {failures} failed requests."
            f" Files in {work}"
        )
        return 1 if failures else 0
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        recreate(database, create=False)


if __name__ == "__main__":
    sys.exit(main())
