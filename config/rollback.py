"""Rolling migrations back never silently deletes what people entered.

Data migrations undo to nothing: the reference rows they added (conditions, education
pages, the trigger catalogue, the curators' group) stay, and running them again finds them,
so nobody's links to them are lost. Undoing a migration that creates the tables of people's
data would drop those rows, so `migrate` refuses before it starts, while they hold any:
accounts, e-mail addresses, authenticators, shares, access history, diary entries. The
check looks at the whole plan at once, because Django undoes the migrations that depend on
a table (allauth's, the diary's) before the one that made it. The medicine catalogue is
made with its seed: undoing it is refused while it holds entries a curator added or
changed. docs/deploy.md ("Rolling back") says what to do instead.
"""

import os
from collections.abc import Callable
from importlib import import_module

from django.apps.registry import Apps
from django.core.management.base import CommandError
from django.db.migrations import Migration
from django.db.models import Q

# Set to 1 to roll back anyway, dropping those rows: development databases only.
OVERRIDE = "OVERLAP_ROLLBACK_DROPS_DATA"


def _medicines_the_seed_would_not_put_back() -> Q:
    """Catalogue entries a curator added or changed: the seed of education 0009 puts back
    only its own, as they were."""
    seed = import_module("education.migrations.0009_medicine_catalogue").MEDICINES
    as_seeded = Q()
    for generic_name, brand_names, kind, purpose, amount in seed:
        as_seeded |= Q(
            generic_name=generic_name,
            brand_names=brand_names,
            kind=kind,
            usual_purpose=purpose,
            default_amount=amount,
        )
    return ~as_seeded


def _translations_the_seed_would_not_put_back() -> Q:
    """Page translations a curator added, changed or unpublished: the seed of education 0011
    puts back only its own, as they were."""
    seed = import_module("education.migrations.0011_seed_page_translations")
    as_seeded = Q(pk__in=[])
    for language, slug, text, reviewed_on in seed.seeded_entries():
        as_seeded |= Q(
            page__slug=slug,
            language=language,
            title=text["title"],
            summary=text["summary"],
            body=text["body"],
            status="published",
            last_reviewed=reviewed_on,
        )
    return ~as_seeded


# The kinds of medicine diary 0005 added: undone, the old list of kinds would refuse them.
KINDS_ADDED_IN_DIARY_0005 = [
    "beta_blocker",
    "anti_seizure",
    "antidepressant",
    "blood_pressure",
    "calcium_channel_blocker",
    "botulinum_toxin",
    "ms_therapy",
]

# The migrations whose undoing drops these models' tables, with the rows no migration puts
# back (a filter when only some are: the catalogue triggers come back with the seed; a Q
# object, or a function making one, when a filter is not enough).
TABLES_OF_PEOPLES_DATA: dict[tuple[str, str], list[tuple[str, dict | Q | Callable[[], Q]]]] = {
    ("accounts", "0001_initial"): [("accounts.User", {}), ("accounts.PatientProfile", {})],
    ("accounts", "0002_careshare_accessevent"): [
        ("accounts.CareShare", {}),
        ("accounts.AccessEvent", {}),
    ],
    ("account", "0001_initial"): [("account.EmailAddress", {})],
    ("mfa", "0001_initial"): [("mfa.Authenticator", {})],
    # Undone, a medication of a kind the old list does not have could not be kept; the
    # catalogue links go, and come back with the same names when migrated forward again.
    ("diary", "0005_medication_catalogue_entry"): [
        ("diary.Medication", {"category__in": KINDS_ADDED_IN_DIARY_0005}),
    ],
    # The catalogue curators keep: undone, its table goes; only the seed comes back.
    ("education", "0009_medicine_catalogue"): [
        ("education.Medicine", _medicines_the_seed_would_not_put_back),
    ],
    # The translations curators keep, with their revisions: undone, both tables go; only
    # the seeded translations come back, each with its one seeded revision.
    ("education", "0010_page_translations"): [
        ("education.PageTranslation", _translations_the_seed_would_not_put_back),
        (
            "education.HistoricalPageTranslation",
            ~Q(history_change_reason="Translation seeded with Overlap"),
        ),
    ],
    ("diary", "0001_initial"): [
        ("diary.MigraineAttack", {}),
        ("diary.Flare", {}),
        ("diary.Medication", {}),
        ("diary.MedicationDose", {}),
        ("diary.DailyCheckIn", {}),
        ("diary.Trigger", {"owner__isnull": False}),
    ],
    # The ids phones gave their quick-log actions: without them a replay would save twice.
    ("diary", "0007_device_items"): [("diary.DeviceItem", {})],
    # Undone and redone, an invitation would read "sent": refused while one is still being
    # sent or could not be.
    ("accounts", "0003_careshare_invitation_delivery"): [
        ("accounts.CareShare", {"invitation_delivery__in": ["queued", "failed"]}),
    ],
    # The heart and vessel facts patients recorded live in the column this adds.
    ("accounts", "0006_patientprofile_vessel_risks"): [
        ("accounts.PatientProfile", {"vessel_risks__0__isnull": False}),
    ],
    # The sections each share shows: undone, every share would show all but notes again,
    # and a visit pack read would not be an event the database accepts.
    ("accounts", "0007_careshare_sections"): [
        (
            "accounts.CareShare",
            Q(shows_migraine=False)
            | Q(shows_flares=False)
            | Q(shows_medicines=False)
            | Q(shows_checkins=False)
            | Q(sections_changed_at__isnull=False),
        ),
        ("accounts.AccessEvent", {"what": "visit-pack"}),
    ],
    ("diary", "0003_reminders_headache_free_days"): [
        ("diary.HeadacheFreeDay", {}),
        ("diary.Reminder", {}),
        ("diary.ReminderDelivery", {}),
    ],
    # Before it a relief reminder is not a kind the database accepts, and its delay is gone.
    ("diary", "0010_relief_reminder"): [("diary.Reminder", {"kind": "relief"})],
    ("diary", "0011_appointments"): [("diary.Appointment", {})],
    # The operator's questionnaire wording is theirs to load again; patients' kept
    # questionnaires and answers are not, nor their questionnaire reminders (the kind this
    # adds).
    ("diary", "0012_questionnaires"): [
        ("diary.KeptInstrument", {}),
        ("diary.QuestionnaireResponse", {}),
        ("diary.Reminder", {"kind": "questionnaires"}),
    ],
    # Undone, the start days patients gave their medicines would go.
    ("diary", "0013_medication_started_on"): [
        ("diary.Medication", {"started_on__isnull": False}),
    ],
    # Undone, the link from an import to the headache-free days it saved would go, and
    # undoing that import would leave them in the diary.
    ("diary", "0016_imported_headache_free_days"): [
        ("diary.ImportedRecord", {"headache_free_day__isnull": False}),
    ],
    # The same for the questionnaire responses an import saved.
    ("diary", "0017_imported_questionnaires"): [
        ("diary.ImportedRecord", {"questionnaire__isnull": False}),
    ],
    # Undone, these columns and answers would go: refused while any holds an answer.
    ("diary", "0004_wellbeing_and_relief"): [
        ("diary.DailyCheckIn", {"wellbeing__isnull": False}),
        ("diary.MedicationDose", {"relief__in": ["little", "lot"]}),
        ("diary.MedicationDose", {"relief_dismissed": True}),
    ],
    ("accounts", "0005_gluten_opt_in"): [("accounts.PatientProfile", {"gluten_questions": True})],
    # Before it the reminders step of onboarding is not a step the database accepts.
    ("accounts", "0008_onboarding_reminders"): [
        ("accounts.User", {"onboarding_step": "reminders"})
    ],
    # Undone and redone, every account would read as never onboarded and never asked, with
    # only UTC unconfirmed: refused while an account holds anything else.
    ("accounts", "0004_onboarding"): [
        (
            "accounts.User",
            ~Q(onboarding_step="")
            | Q(onboarding_finished_at__isnull=False)
            | Q(timezone_asked_at__isnull=False)
            | Q(timezone_confirmed=True, timezone="UTC")
            | (Q(timezone_confirmed=False) & ~Q(timezone="UTC")),
        ),
    ],
    # Where imported entries came from, and the imports that can still be undone.
    ("diary", "0006_imports"): [("diary.ImportBatch", {}), ("diary.ImportedRecord", {})],
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
            rows = apps.get_model(label).objects
            if isinstance(lookup, Q):
                matching = rows.filter(lookup)
            elif callable(lookup):
                matching = rows.filter(lookup())
            else:
                matching = rows.filter(**lookup)
            count = matching.count()
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
