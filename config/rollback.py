"""Rolling migrations back never silently deletes what people entered.

Data migrations undo to nothing: the reference rows they added (conditions, education
pages, the trigger catalogue, the curators' group) stay, and running them again finds them,
so nobody's links to them are lost. Undoing a migration that creates the tables of people's
data would drop those rows, so `migrate` refuses before it starts, while they hold any:
accounts, e-mail addresses, authenticators, shares, access history, diary entries. The
check looks at the whole plan at once, because Django undoes the migrations that depend on
a table (allauth's, the diary's) before the one that made it. docs/deploy.md ("Rolling
back") says what to do instead.
"""

import os

from django.apps.registry import Apps
from django.core.management.base import CommandError
from django.db.migrations import Migration

# Set to 1 to roll back anyway, dropping those rows: development databases only.
OVERRIDE = "OVERLAP_ROLLBACK_DROPS_DATA"

# The migrations whose undoing drops these models' tables, with the rows no migration puts
# back (a filter when only some are: the catalogue triggers come back with the seed).
TABLES_OF_PEOPLES_DATA: dict[tuple[str, str], list[tuple[str, dict]]] = {
    ("accounts", "0001_initial"): [("accounts.User", {}), ("accounts.PatientProfile", {})],
    ("accounts", "0002_careshare_accessevent"): [
        ("accounts.CareShare", {}),
        ("accounts.AccessEvent", {}),
    ],
    ("account", "0001_initial"): [("account.EmailAddress", {})],
    ("mfa", "0001_initial"): [("mfa.Authenticator", {})],
    ("diary", "0001_initial"): [
        ("diary.MigraineAttack", {}),
        ("diary.Flare", {}),
        ("diary.Medication", {}),
        ("diary.MedicationDose", {}),
        ("diary.DailyCheckIn", {}),
        ("diary.Trigger", {"owner__isnull": False}),
    ],
    # Undone and redone, an invitation would read "sent": refused while one is still being
    # sent or could not be.
    ("accounts", "0003_careshare_invitation_delivery"): [
        ("accounts.CareShare", {"invitation_delivery__in": ["queued", "failed"]}),
    ],
    ("diary", "0003_reminders_headache_free_days"): [
        ("diary.HeadacheFreeDay", {}),
        ("diary.Reminder", {}),
        ("diary.ReminderDelivery", {}),
    ],
}


class RollbackRefused(CommandError):
    """Rolling back would drop rows that no migration can put back."""


def rows_a_rollback_would_drop(plan: list[tuple[Migration, bool]], apps: Apps) -> list[str]:
    """ "<count> <model>" for each table of people's data that this plan would drop while it
    holds rows."""
    held = []
    for migration, backwards in plan:
        if not backwards:
            continue
        for label, lookup in TABLES_OF_PEOPLES_DATA.get((migration.app_label, migration.name), []):
            count = apps.get_model(label).objects.filter(**lookup).count()
            if count:
                held.append(f"{count} {label}")
    return held


def refuse_data_losing_rollbacks(sender, plan=None, apps=None, **kwargs) -> None:
    """pre_migrate receiver: raise RollbackRefused before a plan that would drop people's
    data runs at all."""
    if not plan or os.environ.get(OVERRIDE) == "1":
        return
    held = rows_a_rollback_would_drop(plan, apps)
    if held:
        raise RollbackRefused(
            f"Rolling back would drop {', '.join(held)} rows that no migration can put back. "
            f"Nothing was changed. Restore a backup instead (docs/deploy.md), or, on a "
            f"development database only, set {OVERRIDE}=1."
        )
