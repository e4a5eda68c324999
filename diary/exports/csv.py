"""The CSV export: a zip of one CSV file per kind of record, with a README.txt that
describes every column (docs/exports.md)."""

import codecs
import csv
import datetime
import io
import textwrap
import zipfile
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop, ngettext

from accounts.language import in_language
from accounts.models import AccessEvent, CareShare, Section, User, VesselRisk
from diary.exports.records import PatientRecords, load_records, local_time, stream_records
from diary.models import (
    Appointment,
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    KeptInstrument,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Reminder,
    ReminderKind,
    Specialty,
    Trigger,
)
from diary.reminder_schedule import weekdays_list
from education.models import Condition

if TYPE_CHECKING:  # collections.abc.Buffer from Python 3.12
    from typing_extensions import Buffer

# Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV Injection");
# tab and carriage return can hide such a start from a naive check.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: str) -> str:
    """A text cell a spreadsheet shows as text: a leading formula character gets a quote."""
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


Row = TypeVar("Row")


@dataclass(frozen=True)
class Column(Generic[Row]):
    name: str
    value: Callable[[Row], object]
    # Only text columns are escaped: numbers, dates and ids keep their sign and stay numbers.
    text: bool = False
    help: str = ""


def _day(day: datetime.date | None) -> str:
    return day.isoformat() if day else ""


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _number(value: int | Decimal | None) -> str:
    return "" if value is None else str(value)


def _decimal(value: Decimal | None) -> str:
    """A number without trailing zeros, never in exponent form (10, not 1E+1)."""
    return "" if value is None else format(value.normalize(), "f")


def _names(triggers: Iterable[Trigger]) -> str:
    return "; ".join(trigger.name for trigger in triggers)


def _codes(values: list[str] | None) -> str:
    return "; ".join(values or [])


def _choices(choices) -> str:
    return ", ".join(f"{value} ({label})" for value, label in choices)


# The weekdays of a reminder as reminders.csv writes them (Monday first).
WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekdays(mask: int) -> str:
    return "; ".join(WEEKDAY_CODES[day] for day in weekdays_list(mask))


def _minutes(delay: datetime.timedelta) -> str:
    return str(int(delay.total_seconds() // 60))


# One CSV file: its columns and the rows they read.
Table = tuple[list[Column[Any]], Sequence[Any]]

MOMENT_HELP = gettext_noop("date and time in your time zone, ISO 8601 with the UTC offset")


def questionnaire_columns(tz: zoneinfo.ZoneInfo) -> list[Column[QuestionnaireResponse]]:
    """A completed questionnaire: its score and band, and its answers by item id (the
    wording of scoring-only instruments is licensed to the site, not exported)."""

    def answers(response: QuestionnaireResponse) -> str:
        return "; ".join(f"{key}={value}" for key, value in response.answers.items())

    return [
        Column("id", lambda response: response.pk),
        Column("questionnaire", lambda response: response.slug, text=True,
               help=gettext("phq9, gad7, midas, halt90, hit6, mfis, esspri or rapid3")),
        Column("version", lambda response: response.version, text=True),
        Column("completed_at", lambda response: local_time(response.completed_at, tz),
               help=gettext(MOMENT_HELP)),
        Column("score", lambda response: _decimal(response.total)),
        Column("band", lambda response: response.band, text=True),
        Column("subscales", lambda response: "; ".join(
            f"{name}={value}" for name, value in response.subscales.items()), text=True),
        Column("answers", answers, text=True,
               help=gettext("item=value pairs separated by semicolons")),
    ]  # fmt: skip


def csv_tables(records: PatientRecords) -> dict[str, Table]:
    """File name -> (columns, rows) for every kind of record."""
    tz = records.patient.tzinfo
    attack_columns: list[Column[MigraineAttack]] = [
        Column("id", lambda attack: attack.pk, help=gettext("Overlap's number for the attack")),
        Column("attack_type", lambda attack: attack.attack_type, text=True,
               help=_choices(MigraineAttack.AttackType.choices)),
        Column("started_at", lambda attack: local_time(attack.started_at, tz),
               help=gettext(MOMENT_HELP)),
        Column("ended_at", lambda attack: local_time(attack.ended_at, tz),
               help=gettext("empty while the attack is ongoing")),
        Column("peak_intensity", lambda attack: _number(attack.peak_intensity),
               help=gettext("worst pain, 0 to 10")),
        Column("aura", lambda attack: _yes_no(attack.aura), help=gettext("yes or no")),
        Column("symptoms", lambda attack: _codes(attack.symptoms), text=True,
               help=_choices(MigraineAttack.Symptom.choices)),
        Column("location", lambda attack: attack.location, text=True,
               help=_choices(MigraineAttack.Location.choices)),
        Column("disability", lambda attack: _number(attack.disability),
               help=_choices(MigraineAttack.Disability.choices)),
        Column("triggers", lambda attack: _names(attack.triggers.all()), text=True,
               help=gettext("names separated by semicolons")),
        Column("notes", lambda attack: attack.notes, text=True),
        Column("created_at", lambda attack: local_time(attack.created_at, tz)),
        Column("updated_at", lambda attack: local_time(attack.updated_at, tz)),
    ]  # fmt: skip
    flare_columns: list[Column[Flare]] = [
        Column("id", lambda flare: flare.pk),
        Column("condition", lambda flare: flare.condition.name, text=True),
        Column("started_on", lambda flare: _day(flare.started_on),
               help=gettext("a date, YYYY-MM-DD")),
        Column("ended_on", lambda flare: _day(flare.ended_on),
               help=gettext("empty while the flare is ongoing")),
        Column("severity", lambda flare: _number(flare.severity),
               help=_choices(Flare.Severity.choices)),
        Column("symptoms", lambda flare: _codes(flare.symptoms), text=True,
               help=_choices(Flare.Symptom.choices)),
        Column("triggers", lambda flare: _names(flare.triggers.all()), text=True),
        Column("notes", lambda flare: flare.notes, text=True),
        Column("created_at", lambda flare: local_time(flare.created_at, tz)),
        Column("updated_at", lambda flare: local_time(flare.updated_at, tz)),
    ]  # fmt: skip
    medication_columns: list[Column[Medication]] = [
        Column("id", lambda medication: medication.pk),
        Column("name", lambda medication: medication.name, text=True),
        Column("category", lambda medication: medication.category, text=True,
               help=_choices(Medication.Category.choices)),
        Column("purpose", lambda medication: medication.purpose, text=True,
               help=_choices(Medication.Purpose.choices)),
        Column("usual_amount", lambda medication: medication.usual_amount, text=True),
        Column("usual_for_attacks", lambda medication: _yes_no(medication.usual_for_attacks),
               help=gettext("shown as a one-tap button during an attack")),
        Column("started_on", lambda medication: _day(medication.started_on),
               help=gettext("the day it was started, YYYY-MM-DD; empty when not given")),
        Column("created_at", lambda medication: local_time(medication.created_at, tz)),
    ]  # fmt: skip
    dose_columns: list[Column[MedicationDose]] = [
        Column("id", lambda dose: dose.pk),
        Column("medication_id", lambda dose: dose.medication_id,
               help=gettext("id in medications.csv")),
        Column("medication", lambda dose: dose.medication.name, text=True),
        Column("taken_at", lambda dose: local_time(dose.taken_at, tz), help=gettext(MOMENT_HELP)),
        Column("amount", lambda dose: dose.amount, text=True),
        Column("attack_id", lambda dose: _number(dose.attack_id),
               help=gettext("id in attacks.csv when the dose was for an attack")),
        Column("relief", lambda dose: dose.relief, text=True,
               help=gettext("relief after two hours: ") + _choices(MedicationDose.Relief.choices)),
        Column("relief_dismissed", lambda dose: _yes_no(dose.relief_dismissed),
               help=gettext("yes: you chose not to be asked whether it helped")),
        Column("created_at", lambda dose: local_time(dose.created_at, tz)),
    ]  # fmt: skip
    checkin_columns: list[Column[DailyCheckIn]] = [
        Column("day", lambda checkin: _day(checkin.day)),
        Column("sleep_hours", lambda checkin: _number(checkin.sleep_hours), help=gettext("hours")),
        Column("stress", lambda checkin: _number(checkin.stress), help=gettext("0 to 10")),
        Column("water_glasses", lambda checkin: _number(checkin.water_glasses)),
        Column(
            "gluten", lambda checkin: _yes_no(checkin.gluten), help=gettext("ate gluten: yes or no")
        ),
        Column(
            "menstruation", lambda checkin: _yes_no(checkin.menstruation), help=gettext("yes or no")
        ),
        Column("fatigue", lambda checkin: _number(checkin.fatigue), help=gettext("0 to 10")),
        Column("joint_pain", lambda checkin: _number(checkin.joint_pain), help=gettext("0 to 10")),
        Column(
            "wellbeing",
            lambda checkin: _number(checkin.wellbeing),
            help=gettext("overall, 0 (very bad) to 10 (very well)"),
        ),
        Column("triggers", lambda checkin: _names(checkin.triggers.all()), text=True),
        Column("notes", lambda checkin: checkin.notes, text=True),
        Column("created_at", lambda checkin: local_time(checkin.created_at, tz)),
        Column("updated_at", lambda checkin: local_time(checkin.updated_at, tz)),
    ]
    headache_free_columns: list[Column[HeadacheFreeDay]] = [
        Column("day", lambda free: _day(free.day)),
        Column("created_at", lambda free: local_time(free.created_at, tz)),
    ]
    trigger_columns: list[Column[Trigger]] = [
        Column("id", lambda trigger: trigger.pk),
        Column("name", lambda trigger: trigger.name, text=True),
    ]
    profile_columns: list[Column[User]] = [
        Column("uuid", lambda user: str(user.uuid),
               help=gettext("your account's permanent identifier")),
        Column("email", lambda user: user.email, text=True),
        Column("display_name", lambda user: user.display_name, text=True),
        Column("timezone", lambda user: user.timezone, text=True),
        Column("theme", lambda user: user.theme, text=True),
        Column("cycle_tracking",
               lambda user: _yes_no(records.profile.cycle_tracking if records.profile else None)),
        Column("gluten_questions",
               lambda user: _yes_no(records.profile.gluten_questions if records.profile else None),
               help=gettext("asked about gluten in the check-in")),
        Column("vessel_risks",
               lambda user: _codes(records.profile.vessel_risks if records.profile else None),
               text=True,
               help=gettext("heart and blood vessel facts, for the triptan caution: ")
               + _choices(VesselRisk.choices)),
        Column("date_joined", lambda user: local_time(user.date_joined, tz)),
    ]  # fmt: skip
    share_columns: list[Column[CareShare]] = [
        Column("id", lambda share: share.pk),
        Column("invite_email", lambda share: share.invite_email, text=True,
               help=gettext("the address you sent the invitation to")),
        Column("clinician", lambda share: str(share.clinician) if share.clinician else "",
               text=True, help=gettext("who accepted it; empty until then")),
        Column("include_notes", lambda share: _yes_no(share.include_notes)),
        Column("sections", lambda share: " ".join(sorted(share.sections)), text=True,
               help=gettext("what the clinician sees: ") + ", ".join(Section.values)),
        Column("sections_changed_at", lambda share: local_time(share.sections_changed_at, tz)),
        Column("state", lambda share: share.state, text=True,
               help=_choices(CareShare.State.choices)),
        Column("created_at", lambda share: local_time(share.created_at, tz)),
        Column("accepted_at", lambda share: local_time(share.accepted_at, tz)),
        Column("expires_at", lambda share: local_time(share.expires_at, tz),
               help=gettext("empty: until you revoke it")),
        Column("revoked_at", lambda share: local_time(share.revoked_at, tz)),
    ]  # fmt: skip
    access_columns: list[Column[AccessEvent]] = [
        Column("at", lambda event: local_time(event.at, tz)),
        Column("who", lambda event: event.actor_label, text=True),
        Column("action", lambda event: event.action, text=True),
        Column("what", lambda event: event.what, text=True,
               help=_choices(AccessEvent.What.choices)),
    ]  # fmt: skip
    kept_columns: list[Column[KeptInstrument]] = [
        Column("questionnaire", lambda kept: kept.slug, text=True),
        Column("interval_days", lambda kept: _number(kept.interval_days),
               help=gettext("it comes due every so many days")),
        Column("created_at", lambda kept: local_time(kept.created_at, tz)),
    ]  # fmt: skip
    draft_columns: list[Column[QuestionnaireResponse]] = [
        Column("questionnaire", lambda draft: draft.slug, text=True),
        Column("version", lambda draft: draft.version, text=True),
        Column("answers", lambda draft: "; ".join(
            f"{key}={value}" for key, value in draft.answers.items()), text=True,
               help=gettext("the answers given so far, item=value pairs separated by semicolons")),
        Column("updated_at", lambda draft: local_time(draft.updated_at, tz)),
    ]  # fmt: skip
    appointment_columns: list[Column[Appointment]] = [
        Column("id", lambda appointment: appointment.pk),
        Column("day", lambda appointment: _day(appointment.day)),
        Column("specialty", lambda appointment: appointment.specialty, text=True,
               help=_choices(Specialty.choices)),
        Column("questions_saved", lambda appointment: _yes_no(appointment.questions is not None),
               help=gettext(
                   "no: Overlap drafts the questions when the visit pack is first opened")),
        Column("questions", lambda appointment: "\n".join(appointment.questions or []),
               text=True, help=gettext("your questions for the visit, one a line, in your order")),
        Column("created_at", lambda appointment: local_time(appointment.created_at, tz)),
    ]  # fmt: skip
    reminder_columns: list[Column[Reminder]] = [
        Column("kind", lambda reminder: reminder.kind, text=True,
               help=_choices(ReminderKind.choices)),
        Column("enabled", lambda reminder: _yes_no(reminder.enabled),
               help=gettext("on: yes or no")),
        Column("local_time", lambda reminder: reminder.local_time.strftime("%H:%M"),
               help=gettext("the time of day in your time zone, HH:MM")),
        Column("weekdays", lambda reminder: _weekdays(reminder.weekdays),
               help=gettext("the days it comes: ") + ", ".join(WEEKDAY_CODES)),
        Column("relief_delay_minutes", lambda reminder: _minutes(reminder.relief_delay),
               help=gettext("relief reminders: how long after a dose for an attack to ask")),
        Column("include_details", lambda reminder: _yes_no(reminder.include_details),
               help=gettext("yes: the e-mail says what it is about")),
    ]  # fmt: skip
    condition_columns: list[Column[Condition]] = [
        Column("slug", lambda condition: condition.slug, text=True),
        Column("name", lambda condition: condition.name, text=True),
        Column("kind", lambda condition: condition.kind, text=True),
    ]
    return {
        "profile.csv": (profile_columns, [records.patient]),
        "conditions.csv": (condition_columns, records.conditions),
        "attacks.csv": (attack_columns, records.attacks),
        "flares.csv": (flare_columns, records.flares),
        "medications.csv": (medication_columns, records.medications),
        "doses.csv": (dose_columns, records.doses),
        "checkins.csv": (checkin_columns, records.checkins),
        "headache_free_days.csv": (headache_free_columns, records.headache_free_days),
        "triggers.csv": (trigger_columns, records.triggers),
        "shares.csv": (share_columns, records.shares),
        "access_history.csv": (access_columns, records.access_events),
        "questionnaires.csv": (
            questionnaire_columns(tz),
            records.questionnaire_responses,
        ),
        "kept_questionnaires.csv": (kept_columns, records.kept_instruments),
        "questionnaire_drafts.csv": (draft_columns, records.questionnaire_drafts),
        "appointments.csv": (appointment_columns, records.appointments),
        "reminders.csv": (reminder_columns, records.reminders),
    }


FILE_DESCRIPTIONS = {
    "profile.csv": gettext_noop("Your account: one row."),
    "conditions.csv": gettext_noop("The conditions you chose in your profile."),
    "attacks.csv": gettext_noop("Migraine attacks and other headaches, oldest first."),
    "flares.csv": gettext_noop("Flares of your autoimmune conditions, oldest first."),
    "medications.csv": gettext_noop("Your medication list."),
    "doses.csv": gettext_noop("Every dose you noted, oldest first."),
    "checkins.csv": gettext_noop(
        "Daily check-ins, one row a day. An empty cell means not recorded."
    ),
    "headache_free_days.csv": gettext_noop(
        "Days you said you had no headache, one row a day, oldest "
        "first. A day not listed here and without an attack is simply not recorded."
    ),
    "triggers.csv": gettext_noop(
        "The triggers you added yourself (the shared catalogue is not included)."
    ),
    "shares.csv": gettext_noop("Every share you made with a clinician, in any state."),
    "access_history.csv": gettext_noop(
        "Who viewed or exported your data through a share, and when."
    ),
    "questionnaires.csv": gettext_noop(
        "Every questionnaire you completed, oldest first, with its score."
    ),
    "kept_questionnaires.csv": gettext_noop(
        "The questionnaires you keep on a schedule, and how often."
    ),
    "questionnaire_drafts.csv": gettext_noop(
        "Questionnaires you paused before finishing, with the answers given so far (no score yet)."
    ),
    "appointments.csv": gettext_noop(
        "Your appointments, oldest first, with the questions for each visit."
    ),
    "reminders.csv": gettext_noop("Your reminder settings, one row for each kind you have set up."),
}


# Rows written to the archive at a time: the compressed bytes leave in pieces of about this.
ROWS_PER_WRITE = 200


def _csv_pieces(columns: list[Column[Any]], rows: Iterable[Any]) -> Iterator[bytes]:
    """The CSV file in pieces of ROWS_PER_WRITE rows, UTF-8 after a byte-order mark (it
    lets spreadsheets open the file as UTF-8)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.name for column in columns])
    yield codecs.BOM_UTF8
    for index, row in enumerate(rows, start=1):
        cells = []
        for column in columns:
            value = column.value(row)
            value = "" if value is None else str(value)
            cells.append(escape_cell(value) if column.text else value)
        writer.writerow(cells)
        if index % ROWS_PER_WRITE == 0:
            yield _drain(buffer).encode()
    yield _drain(buffer).encode()


def _csv_bytes(columns: list[Column[Any]], rows: Iterable[Any]) -> bytes:
    """The whole CSV file at once."""
    return b"".join(_csv_pieces(columns, rows))


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _readme(tables: dict[str, Table], patient: User) -> str:
    """README.txt in the account's language (the caller makes it active); the file and
    column names and the codes in the cells are the same in every language."""
    made = timezone.localtime(timezone.now(), patient.tzinfo).isoformat()
    lines = [
        gettext("Overlap: everything you entered"),
        "",
        gettext("Made %(moment)s.") % {"moment": made},
        gettext(
            "Each .csv file holds one kind of record, one row per entry, UTF-8, comma-separated."
        ),
        gettext(
            "Times are ISO 8601 in your time zone with the offset from UTC; dates are YYYY-MM-DD."
        ),
        gettext("An empty cell means nothing was recorded. Lists are separated by semicolons."),
        *textwrap.wrap(
            gettext(
                "Text that starts with = + - @ (or a tab or line break) has a ' added in front, "
                "so a spreadsheet shows it as text and never runs it as a formula. Number "
                "columns are never changed."
            ),
            82,
            break_on_hyphens=False,
        ),
    ]
    if not translation.get_language().startswith("en"):
        lines += [
            "",
            gettext(
                "File names, column names and the codes in the cells (such as yes, no, mon or "
                "migraine) stay in English in every language, so that programs can read the "
                "files; this README explains them."
            ),
        ]
    for name, (columns, rows) in tables.items():
        count = ngettext("%(count)s row", "%(count)s rows", len(rows)) % {"count": len(rows)}
        lines += ["", f"{name} ({count}): {gettext(FILE_DESCRIPTIONS[name])}"]
        lines += [
            f"  {column.name}: {column.help}" if column.help else f"  {column.name}"
            for column in columns
        ]
    return "\r\n".join(lines) + "\r\n"


class _Outbox(io.RawIOBase):
    """Where the zip writes: it holds what was written until it is taken. Not seekable, so
    zipfile writes each file's sizes after its data (a data descriptor)."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: "Buffer") -> int:
        piece = bytes(data)
        self.pieces.append(piece)
        return len(piece)

    def take(self) -> bytes:
        data = b"".join(self.pieces)
        self.pieces.clear()
        return data


def _member(name: str) -> zipfile.ZipInfo:
    """A file of the archive dated now (the server's local time, as ZipFile.writestr would
    date it), by the same clock as the export itself."""
    info = zipfile.ZipInfo(name, date_time=timezone.localtime(timezone.now()).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def zip_pieces(records: PatientRecords) -> Iterator[bytes]:
    """The zip of one CSV file per kind of record plus README.txt, in pieces as it is
    written: only a few hundred rows are held at a time when `records` stream."""
    # The README's words in the account's language, whatever the request's: made here at
    # once, before the first piece leaves (the language is not held across the yields).
    with in_language(records.patient):
        tables = csv_tables(records)
        readme = _readme(tables, records.patient)
    outbox = _Outbox()
    with zipfile.ZipFile(outbox, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_member("README.txt"), readme)
        for name, (columns, rows) in tables.items():
            with archive.open(_member(name), "w") as member:
                for piece in _csv_pieces(columns, rows):
                    member.write(piece)
                    if data := outbox.take():
                        yield data
    yield outbox.take()


def csv_export(patient: User) -> bytes:
    """A zip of one CSV file per kind of record plus README.txt, as bytes."""
    return b"".join(zip_pieces(load_records(patient)))


def csv_export_stream(patient: User) -> Iterator[bytes]:
    """The same zip, streamed: the rows are read in chunks while it is written."""
    return zip_pieces(stream_records(patient))
