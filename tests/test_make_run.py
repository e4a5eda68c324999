"""`make run` (Makefile, Procfile): honcho starts the worker and the scheduler beside the web
server, on a database of their own as a fresh clone has; a check-in reminder due when they
start is claimed by the scheduler and e-mailed by the worker (the console e-mail backend
prints it in the worker's output, not the scheduler's), and Ctrl-C stops them together."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# A patient whose check-in reminder fell due a minute ago, saved as the reminders page does.
MAKE_PATIENT = """
import datetime
from django.utils import timezone
from accounts.models import User
from diary.models import Reminder, ReminderKind
from diary.reminders import reminder_save
user = User.objects.create_user(
    "runner@example.com", "a calm walk by the river 7", role=User.Role.PATIENT,
    timezone="Europe/Berlin",
)
reminder_save(owner=user, kind=ReminderKind.CHECKIN, enabled=True,
              local_time=datetime.time(20, 0), weekdays=127, include_details=False)
Reminder.objects.update(next_send_at=timezone.now() - datetime.timedelta(minutes=1))
"""


def dev_env(database: Path) -> dict[str, str]:
    """`make run`'s environment: DJANGO_DEBUG=1, the virtualenv first on PATH, no test
    settings (so jobs go through the database queue to the worker)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("OVERLAP_TESTING", "EMAIL_HOST", "DJANGO_SECRET_KEY")
    }
    return env | {
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{database}",
        "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        "OVERLAP_REMINDERS_POLL_SECONDS": "1",
        "PYTHONUNBUFFERED": "1",
    }


def statuses(database: Path) -> list[str]:
    connection = sqlite3.connect(database, timeout=20)
    try:
        return [row[0] for row in connection.execute("SELECT status FROM diary_reminderdelivery")]
    finally:
        connection.close()


def wait_for_status(database: Path, status: str, timeout: float = 60) -> bool:
    """Whether the one delivery reaches `status` (the worker marks it after sending)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if statuses(database) == [status]:
            return True
        time.sleep(0.5)
    return False


def test_make_run_starts_the_web_server_the_worker_and_the_scheduler_with_honcho():
    plan = subprocess.run(
        ["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "manage.py migrate --noinput" in plan
    assert re.search(r"honcho start\s*$", plan, re.M)
    processes = dict(
        line.split(":", 1)
        for line in (ROOT / "Procfile").read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert set(processes) == {"web", "worker", "scheduler"}
    assert "manage.py db_worker" in processes["worker"]
    assert "manage.py send_reminders --loop" in processes["scheduler"]


def test_the_worker_sends_what_the_scheduler_claims_and_ctrl_c_stops_both(tmp_path):
    database = tmp_path / "run.sqlite3"
    env = dev_env(database)
    python = str(BIN / "python")
    subprocess.run(
        [python, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True,
        capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [python, "manage.py", "shell", "-c", MAKE_PATIENT], cwd=ROOT, env=env, check=True,
        capture_output=True,
    )  # fmt: skip

    # The Procfile's worker and scheduler (the web server's fixed port is left alone).
    honcho = subprocess.Popen(
        [str(BIN / "honcho"), "start", "worker", "scheduler"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    sent = threading.Event()

    def read() -> None:
        assert honcho.stdout is not None
        for line in honcho.stdout:
            lines.append(line)
            if re.search(r"worker\.1\s*\|\s*Subject: Your Overlap check-in", line):
                sent.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert sent.wait(timeout=180), "".join(lines)
        assert wait_for_status(database, "sent"), "".join(lines)
        # Ctrl-C, as in the terminal that ran `make run`.
        honcho.send_signal(signal.SIGINT)
        honcho.wait(timeout=60)
    finally:
        if honcho.poll() is None:
            os.killpg(honcho.pid, signal.SIGKILL)
            honcho.wait()
    reader.join(timeout=10)
    output = "".join(lines)

    assert re.search(r"scheduler\.1\s*\|", output), output
    assert not re.search(r"scheduler\.1\s*\|\s*Subject:", output), output
    # Both stopped with honcho: nothing of its process group is left.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(honcho.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        raise AssertionError("a process of `make run` outlived Ctrl-C:\n" + output)
    assert statuses(database) == ["sent"]
    assert "Traceback" not in output, output
