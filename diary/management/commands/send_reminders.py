import signal
import time
from types import FrameType

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import connections
from django.utils import timezone

from diary.reminders import relief_reminders_claim, reminders_claim, reminders_schedule


class Command(BaseCommand):
    help = (
        "Claim the reminders that are due and queue their e-mails for the worker (db_worker). "
        "Once, or with --loop every OVERLAP_REMINDERS_POLL_SECONDS until stopped; any number "
        "may run at once, each reminder is claimed by one."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--loop", action="store_true", help="Keep going until stopped (SIGTERM, Ctrl-C)."
        )

    def handle(self, *args, loop: bool = False, **options) -> None:
        self.running = True
        if loop:
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
        passes = claimed = 0
        while self.running:
            self.refresh_connections()
            now = timezone.now()
            reminders_schedule(now=now)
            claimed += len(reminders_claim(now=now))
            claimed += len(relief_reminders_claim(now=now))
            passes += 1
            if not loop:
                break
            self.sleep(settings.REMINDERS_POLL_SECONDS)
        self.stdout.write(f"send_reminders: {claimed} reminders queued in {passes} passes.")

    def refresh_connections(self) -> None:
        """Drop connections that broke or outlived CONN_MAX_AGE while asleep, as Django
        does between requests; never one inside a caller's transaction (a test's)."""
        for connection in connections.all(initialized_only=True):
            if not connection.in_atomic_block:
                connection.close_if_unusable_or_obsolete()

    def stop(self, signum: int, frame: FrameType | None) -> None:
        # Finish the pass in hand (a claim and its job commit together), then exit.
        self.running = False

    def sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while self.running and time.monotonic() < deadline:
            time.sleep(min(1.0, deadline - time.monotonic()))
