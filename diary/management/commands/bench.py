"""manage.py bench: time Overlap's diary pages and exports on diaries of one or several lengths
(ten years by default) in a scratch database."""

import gc
import json
import os
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import (
    CaptureQueriesContext,
    setup_databases,
    setup_test_environment,
    teardown_databases,
    teardown_test_environment,
)

BERLIN = ZoneInfo("Europe/Berlin")

# The same rows the timeline loads, in one hand-written query: the floor no ORM can beat.
RAW_SQL = """
SELECT 'a', CAST(a.started_at AS TEXT), CAST(a.ended_at AS TEXT), a.attack_type,
       CAST(a.peak_intensity AS TEXT), NULL, NULL, NULL, NULL
  FROM diary_migraineattack a WHERE a.owner_id = %(owner)s
UNION ALL
SELECT 'f', CAST(f.started_on AS TEXT), CAST(f.ended_on AS TEXT), c.slug, c.name,
       CAST(c.involves_blood_vessels AS TEXT), NULL, NULL, NULL
  FROM diary_flare f JOIN education_condition c ON c.id = f.condition_id
 WHERE f.owner_id = %(owner)s
UNION ALL
SELECT 'd', CAST(d.taken_at AS TEXT), m.category, m.purpose, CAST(m.id AS TEXT), NULL, NULL,
       NULL, NULL
  FROM diary_medicationdose d JOIN diary_medication m ON m.id = d.medication_id
 WHERE m.owner_id = %(owner)s
UNION ALL
SELECT 'c', CAST(k.day AS TEXT), CAST(k.sleep_hours AS TEXT), CAST(k.stress AS TEXT),
       CAST(k.water_glasses AS TEXT), CAST(k.gluten AS TEXT), CAST(k.menstruation AS TEXT),
       CAST(k.fatigue AS TEXT), CAST(k.joint_pain AS TEXT)
  FROM diary_dailycheckin k WHERE k.owner_id = %(owner)s
UNION ALL
SELECT 't', CAST(k.day AS TEXT), t.name, NULL, NULL, NULL, NULL, NULL, NULL
  FROM diary_dailycheckin_triggers kt
  JOIN diary_dailycheckin k ON k.id = kt.dailycheckin_id
  JOIN diary_trigger t ON t.id = kt.trigger_id
 WHERE k.owner_id = %(owner)s
"""


class Command(BaseCommand):
    help = (
        "Build patients' diaries (ten years by default: about 1,200 attacks, 80 flares, "
        "3,650 check-ins and 3,000 doses; --years 1,3,10,30 builds one of each length) in a "
        "scratch test database, never the configured one, then report for each the median "
        "time, query count and response size of the home page, /timeline/, "
        "/timeline/data.json (whole diary and last year), /diary/ and /report/, each viewed "
        "again (its figures kept in the cache) and first after a write, beside "
        "the framework floor (/healthz) measured in the same rounds and the same rows "
        "fetched by one raw SQL query; and the exports' time to first byte, total time and "
        "peak memory (tracemalloc)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--days", type=int, default=3650, help="Length of the diary in days (3650)."
        )
        parser.add_argument(
            "--years",
            default="",
            help="Comma-separated diary lengths in years, each benchmarked in turn "
            "(for example 1,3,10,30); overrides --days.",
        )
        parser.add_argument(
            "--repeat", type=int, default=15, help="Requests per endpoint; the median is shown."
        )
        parser.add_argument(
            "--clinic",
            default="10,100",
            help="Sizes of the clinicians' lists of patients to time /clinic/ at (10,100), "
            "beside /healthz in the same rounds; each patient keeps a diary of a year. "
            "Empty: none.",
        )
        parser.add_argument(
            "--no-freeze",
            action="store_true",
            help="Leave the start-up heap to the garbage collector (see docs/performance.md).",
        )

    def handle(
        self, *args, days: int, years: str, repeat: int, no_freeze: bool, clinic: str, **options
    ) -> None:
        clinic_sizes = [int(size) for size in clinic.split(",") if size.strip()]
        lengths = [round(float(year) * 365.25) for year in years.split(",") if year.strip()]
        if connection.vendor != "sqlite":
            # A name of its own, so a test run's database on the same server is never touched.
            connection.settings_dict["TEST"]["NAME"] = f"overlap_bench_{os.getpid()}"
        setup_test_environment()
        old_config = setup_databases(
            verbosity=0,
            interactive=False,
            # Django takes any collection of aliases; the stubs want a mapping.
            aliases={"default"},  # type: ignore[arg-type]
        )
        summaries = []
        try:
            for index, length in enumerate(lengths or [days]):
                summaries.append(
                    self._bench(
                        days=max(length, 30),
                        repeat=max(repeat, 1),
                        freeze=not no_freeze,
                        email=f"bench{index}@example.com",
                    )
                )
            if clinic_sizes:
                summaries.append(self._bench_clinic(sizes=clinic_sizes, repeat=max(repeat, 1)))
        finally:
            gc.unfreeze()
            teardown_databases(old_config, verbosity=0)
            teardown_test_environment()
        self.stdout.write("\n".join(summaries))

    def _bench(self, *, days: int, repeat: int, freeze: bool, email: str) -> str:
        user, counts = build_diary(days=days, email=email)
        client = Client()
        client.force_login(user)
        if freeze:
            # A preloading server (gunicorn --preload) freezes its start-up heap the same way,
            # so full collections stop walking Django's own objects on every request.
            gc.collect()
            gc.freeze()
        today = datetime.now(BERLIN).date()
        year_ago = today - timedelta(days=364)
        full = f"/timeline/data.json?start={today - timedelta(days=days - 1)}&end={today}"
        targets = [
            (HEALTHZ, "/healthz"),
            ("home page /", "/"),
            ("/timeline/", "/timeline/"),
            ("/timeline/data.json, whole diary", full),
            ("/timeline/data.json, last year", f"/timeline/data.json?start={year_ago}"),
            ("/diary/", "/diary/"),
            ("/report/, last 90 days", "/report/"),
        ]
        self.stdout.write(
            f"\nDiary of {days} days: {counts['attacks']} attacks, {counts['flares']} flares, "
            f"{counts['checkins']} check-ins, {counts['doses']} doses "
            f"({connection.vendor}, {repeat} runs each, median; start-up heap "
            f"{'frozen' if freeze else 'not frozen'})."
        )
        self.stdout.write(f"{'what':<50} {'ms':>8} {'x floor':>8} {'queries':>8} {'bytes':>10}")
        actions: dict[str, Callable[[], int]] = {}
        before: dict[str, Callable[[], object]] = {}
        for label, url in targets:
            actions[label] = partial(_get, client, url)
            if label != HEALTHZ:
                # The view again, its figures kept (diary.kept_figures): viewed untimed just
                # before, since the rounds' writes (below) leave nothing kept ...
                before[label] = partial(_get, client, url)
                # ... and the first view after a write: a new diary version, nothing kept.
                actions[f"{label}, after a write"] = partial(_get, client, url)
                before[f"{label}, after a write"] = partial(_new_version, user.pk)
        actions[RAW_FLOOR] = lambda: _raw_rows(user.pk)
        results = measure(actions, repeat=repeat, before=before)
        floor_ms = results[HEALTHZ][0]
        for label, result in results.items():
            self._row(label, result, floor_ms=floor_ms)
        for label, export in EXPORTS.items():
            first_ms, total_ms, peak, size = _export_cost(export, user)
            self.stdout.write(
                f"{label:<50} first byte {first_ms:.0f} ms, all {total_ms:.0f} ms, "
                f"{size / 1e6:.1f} MB, peak memory {peak / 1e6:.1f} MB"
            )
        data_ms = results["/timeline/data.json, whole diary"][0]
        raw_ms = results[RAW_FLOOR][0]
        return (
            f"Benchmarked {len(targets)} URLs on a {days}-day diary: the whole-diary "
            f"data.json took {data_ms:.1f} ms, {data_ms / raw_ms:.1f}x its raw floor of "
            f"{raw_ms:.1f} ms."
        )

    def _bench_clinic(self, *, sizes: list[int], repeat: int) -> str:
        """Time a clinician's /clinic/ list for each size (and by name at the largest),
        beside /healthz for the same clinician in the same rounds."""
        clinic_days = 365
        clients = build_clinic(sizes=sizes, days=clinic_days)
        largest = max(clients)
        self.stdout.write(
            f"\nClinicians' lists of {', '.join(map(str, sizes))} patients, each patient with "
            f"a {clinic_days}-day diary ({connection.vendor}, {repeat} runs each, median)."
        )
        self.stdout.write(f"{'what':<36} {'ms':>8} {'x floor':>8} {'queries':>8} {'bytes':>10}")
        actions: dict[str, Callable[[], int]] = {
            HEALTHZ: partial(_get, clients[largest], "/healthz")
        }
        for size, client in clients.items():
            actions[f"/clinic/, {size} patients"] = partial(_get, client, "/clinic/")
        # By name, the page is found in SQL and only its patients' diaries are read.
        actions[f"/clinic/ by name, {largest} patients"] = partial(
            _get, clients[largest], "/clinic/?order=name"
        )
        results = measure(actions, repeat=repeat)
        floor_ms = results[HEALTHZ][0]
        for label, result in results.items():
            self._row(label, result, floor_ms=floor_ms)
        # The first patient shares with every clinician: a write to their diary (a new
        # diary version) before each view makes each list work them out again and put
        # everyone in order again, as the first view after any patient's entry does. In
        # rounds of their own, since such a write changes every list.
        from accounts.models import User

        changed = User.objects.get(email="clinic-patient-0@example.com").pk
        after: dict[str, Callable[[], int]] = {HEALTHZ: partial(_get, clients[largest], "/healthz")}
        for size, client in clients.items():
            after[f"/clinic/, {size}, after a write"] = partial(
                _after_a_write, client, "/clinic/", user_id=changed
            )
        after_results = measure(after, repeat=repeat)
        for label, result in after_results.items():
            self._row(label, result, floor_ms=after_results[HEALTHZ][0])
        return (
            "Benchmarked /clinic/:"
            + "".join(
                f" {size} patients {results[f'/clinic/, {size} patients'][0]:.1f} ms "
                f"({results[f'/clinic/, {size} patients'][0] / floor_ms:.1f}x /healthz);"
                for size in clients
            )
            + (
                f" by name, {largest} patients "
                f"{results[f'/clinic/ by name, {largest} patients'][0] / floor_ms:.1f}x /healthz."
            )
        )

    def _row(self, label: str, result: tuple[float, int, int], *, floor_ms: float) -> None:
        ms, queries, size = result
        self.stdout.write(f"{label:<50} {ms:>8.1f} {ms / floor_ms:>7.1f}x {queries:>8} {size:>10}")


HEALTHZ = "framework floor: /healthz"
RAW_FLOOR = "raw floor: one SQL query + json.dumps"


def _csv_export(user) -> Iterator[bytes]:
    from diary import exports

    return exports.csv_export_stream(user)


def _fhir_export(user) -> Iterator[bytes]:
    from diary import exports

    return exports.fhir_export_stream(user)


# The generators the export views stream, called directly: the views add only headers
# (and ask for the password again, which a benchmark has no use for).
EXPORTS: dict[str, Callable[[object], Iterator[bytes]]] = {
    "CSV export (zip), streamed": _csv_export,
    "FHIR export (JSON), streamed": _fhir_export,
}


def _export_cost(
    export: Callable[[object], Iterator[bytes]], user
) -> tuple[float, float, int, int]:
    """Milliseconds to the first piece and to the last, the peak memory traced while
    making it, and its size in bytes. Timed in one run and traced in a second, since
    tracing every allocation slows the run it traces."""
    started = time.perf_counter()
    pieces = export(user)
    size = len(next(pieces, b""))
    first_ms = (time.perf_counter() - started) * 1000
    for piece in pieces:
        size += len(piece)
    total_ms = (time.perf_counter() - started) * 1000
    tracemalloc.start()
    try:
        for _ in export(user):
            pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return first_ms, total_ms, peak, size


def _get(client: Client, url: str) -> int:
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return len(response.content)


def _new_version(user_id: int) -> None:
    """What every write to the diary does besides writing: raise its diary version, so no
    page finds its figures kept (diary.kept_figures)."""
    from diary import versions

    versions.bump([user_id])


def _raw_rows(owner: int) -> int:
    with connection.cursor() as cursor:
        cursor.execute(RAW_SQL, {"owner": owner})
        rows = cursor.fetchall()
    return len(json.dumps(rows, default=str).encode())


def measure(
    actions: dict[str, Callable[[], int]],
    *,
    repeat: int,
    before: dict[str, Callable[[], object]] | None = None,
) -> dict[str, tuple[float, int, int]]:
    """Return the median milliseconds, the queries and the bytes of each action, run
    `repeat` times; `before` an action (by label), what runs before each of its runs,
    untimed and uncounted (a write that makes the page work its figures out afresh, or a
    view that keeps them).

    The actions take turns, one run of each per round, so a busy spell on a shared machine
    falls on all of them alike and the ratios between them hold.
    """
    before = before or {}
    sizes = {}
    query_counts = {}
    for label, action in actions.items():
        action()  # warm caches: templates, URL resolver, query plans
        if label in before:
            before[label]()
        with CaptureQueriesContext(connection) as queries:
            sizes[label] = action()
        query_counts[label] = len(queries)
    timings: dict[str, list[float]] = {label: [] for label in actions}
    for _ in range(repeat):
        for label, action in actions.items():
            if label in before:
                before[label]()
            started = time.perf_counter()
            action()
            timings[label].append((time.perf_counter() - started) * 1000)
    return {
        label: (statistics.median(timings[label]), query_counts[label], sizes[label])
        for label in actions
    }


def _after_a_write(client: Client, url: str, *, user_id: int) -> int:
    """GET `url` after raising the user's diary version, as any write to their diary does
    (diary/versions.py): what is kept of them in the cache is then worked out again."""
    from diary.versions import bump

    bump([user_id])
    return _get(client, url)


def build_clinic(*, sizes: list[int], days: int) -> dict[int, Client]:
    """For each size, a clinician with TOTP whom that many patients share with (the largest
    list's patients, each with `days` days of diary, shared in part with the smaller
    lists' clinicians), logged in on a client of their own; by size."""
    from allauth.mfa.totp.internal.auth import TOTP

    from accounts.models import CareShare, User

    patients = [
        build_diary(days=days, email=f"clinic-patient-{number}@example.com", password=None)[0]
        for number in range(max(sizes, default=0))
    ]
    now = datetime.now(UTC)
    clients = {}
    for size in sizes:
        clinician = User.objects.create_user(
            f"clinician-{size}@example.com", None, role="clinician", display_name=f"Dr {size}"
        )
        TOTP.activate(clinician, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        CareShare.objects.bulk_create(
            CareShare(
                patient=patient,
                clinician=clinician,
                invite_email=clinician.email,
                token_hash=CareShare.hash_token(f"bench-{size}-{patient.pk}"),
                created_at=now - timedelta(days=2),
                accepted_at=now - timedelta(days=1),
            )
            for patient in patients[:size]
        )
        clients[size] = Client()
        clients[size].force_login(clinician)
    return clients


def build_diary(
    *,
    days: int,
    email: str = "bench@example.com",
    password: str | None = "a long bench password 1",
):
    """Create a patient with `days` days of diary ending today, in bulk, and return the user
    and the rows made. The pattern is fixed, so runs compare."""
    from accounts.models import PatientProfile, User
    from diary.models import (
        DailyCheckIn,
        Flare,
        Medication,
        MedicationDose,
        MigraineAttack,
        Trigger,
    )
    from education.models import Condition

    user = User.objects.create_user(email, password, role="patient", timezone="Europe/Berlin")
    profile = PatientProfile.objects.create(user=user)
    conditions = list(Condition.objects.filter(kind="autoimmune").order_by("pk")[:2])
    profile.conditions.set(conditions)
    today = datetime.now(BERLIN).date()
    began = today - timedelta(days=days - 1)

    def at(day: date, hour: int) -> datetime:
        return datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN).astimezone(UTC)

    attacks = [
        MigraineAttack(
            owner=user,
            attack_type="migraine" if index % 5 else "headache",
            started_at=at(began + timedelta(days=index * 3), 20),
            ended_at=at(began + timedelta(days=index * 3 + 1), 2 + index % 7),
            peak_intensity=3 + index % 8,
        )
        for index in range(days // 3)
    ]
    MigraineAttack.objects.bulk_create(attacks, batch_size=500)
    flares = [
        Flare(
            owner=user,
            condition=conditions[index % len(conditions)],
            started_on=began + timedelta(days=index * 45 + 7),
            ended_on=began + timedelta(days=index * 45 + 7 + 4 + index % 9),
        )
        for index in range(max((days - 20) // 45, 1))
    ]
    Flare.objects.bulk_create(flares)
    nsaid, triptan, _ = Medication.objects.bulk_create(
        [
            Medication(owner=user, name="Naproxen", category="nsaid", purpose="acute"),
            Medication(owner=user, name="Sumatriptan", category="triptan", purpose="acute"),
            Medication(
                owner=user, name="Hydroxychloroquine", category="dmard", purpose="disease_modifying"
            ),
        ]
    )
    doses = [
        MedicationDose(medication=nsaid, taken_at=at(began + timedelta(days=index), 8))
        for index in range(days)
        if index % 3 != 2
    ] + [
        MedicationDose(medication=triptan, taken_at=attack.started_at + timedelta(hours=1))
        for attack in attacks
        if attack.attack_type == "migraine"
    ]
    MedicationDose.objects.bulk_create(doses, batch_size=1000)
    checkins = DailyCheckIn.objects.bulk_create(
        [
            DailyCheckIn(
                owner=user,
                day=began + timedelta(days=index),
                sleep_hours=4 + index % 5,
                stress=index % 11,
                water_glasses=index % 9,
                gluten=index % 3 == 0,
                fatigue=index % 10,
                joint_pain=(index * 7) % 11,
            )
            for index in range(days)
        ],
        batch_size=1000,
    )
    triggers = list(Trigger.objects.catalogue()[:3])
    links = [
        DailyCheckIn.triggers.through(dailycheckin_id=checkin.pk, trigger_id=trigger.pk)
        for index, checkin in enumerate(checkins)
        for position, trigger in enumerate(triggers)
        if index % (4 + position) == 0
    ]
    DailyCheckIn.triggers.through.objects.bulk_create(links, batch_size=1000)
    counts = {
        "attacks": len(attacks),
        "flares": len(flares),
        "checkins": len(checkins),
        "doses": len(doses),
    }
    return user, counts
