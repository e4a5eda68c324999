"""Every page a patient or a clinician reads of a diary makes a fixed number of queries, at
most MAX_QUERIES: the same for a diary of a month, of three years and of thirty, the
same whether the patient is in an attack or not, and whether its figures are kept in the
cache or not (each at most MAX_QUERIES), with every kind of record in it
(attacks, flares of a condition that involves the blood vessels, doses, check-ins with
triggers, "no headache" days, questionnaires kept and answered, appointments, notes)."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import User
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
    Trigger,
)
from education.models import Condition
from tests.conftest import give_totp, make_clinician, make_patient, make_share

MAX_QUERIES = 12
# Noon in Berlin on a Tuesday: no day boundary or clock change near.
NOW = datetime.datetime(2026, 3, 10, 11, 0, tzinfo=datetime.UTC)
LENGTHS = {"one month": 30, "three years": 3 * 365, "thirty years": 30 * 365}


def build_diary(patient: User, *, days: int) -> dict[str, int]:
    """`days` days of diary ending today, in bulk: sparse enough to build fast, with every
    kind of record from its first day to today; the ids of two appointments."""
    tz = patient.tzinfo
    today = NOW.astimezone(tz).date()
    began = today - datetime.timedelta(days=days - 1)
    lupus = Condition.objects.get(slug="lupus")
    vessels = Condition.objects.filter(involves_blood_vessels=True).order_by("pk").first()
    assert vessels is not None
    patient.profile.conditions.set([lupus, vessels])

    def at(day: datetime.date, hour: int) -> datetime.datetime:
        return datetime.datetime.combine(day, datetime.time(hour), tzinfo=tz)

    # A record every twenty days or so over the whole diary, and every day of the last fortnight.
    spread = [began + datetime.timedelta(days=offset) for offset in range(0, days - 15, 20)]
    recent = [today - datetime.timedelta(days=ago) for ago in range(14, 0, -1)]
    attack_days = spread[::2] + recent[::3]
    attacks = MigraineAttack.objects.bulk_create(
        MigraineAttack(
            owner=patient,
            attack_type="migraine" if index % 4 else "headache",
            started_at=at(day, 9),
            ended_at=at(day, 15),
            peak_intensity=4 + index % 6,
            notes="attack note" if index % 3 == 0 else "",
        )
        for index, day in enumerate(attack_days)
    )
    Flare.objects.bulk_create(
        Flare(
            owner=patient,
            condition=vessels if index % 2 else lupus,
            started_on=day,
            ended_on=day + datetime.timedelta(days=3),
            notes="flare note",
        )
        for index, day in enumerate(spread[::10])
    )
    # A flare of the vessel condition going on now.
    Flare.objects.create(
        owner=patient, condition=vessels, started_on=today - datetime.timedelta(days=5)
    )
    medications = Medication.objects.bulk_create(
        [
            Medication(owner=patient, name="Naproxen", category="nsaid", purpose="acute"),
            Medication(
                owner=patient,
                name="Sumatriptan",
                category="triptan",
                purpose="acute",
                usual_for_attacks=True,
            ),
            Medication(
                owner=patient,
                name="Propranolol",
                category="beta_blocker",
                purpose="preventive",
                started_on=began,
            ),
            Medication(
                owner=patient,
                name="Hydroxychloroquine",
                category="dmard",
                purpose="disease_modifying",
            ),
        ]
    )
    naproxen, triptan, preventive, dmard = medications
    doses = [
        MedicationDose(medication=triptan, taken_at=attack.started_at + datetime.timedelta(hours=1))
        for attack in attacks
    ]
    doses += [
        MedicationDose(medication=medication, taken_at=at(day, 8))
        for day in spread + recent
        for medication in (naproxen, preventive, dmard)
    ]
    # Doses of the last days that ask "Did it help?".
    doses += [
        MedicationDose(medication=naproxen, taken_at=NOW - datetime.timedelta(hours=hours))
        for hours in (3, 26)
    ]
    MedicationDose.objects.bulk_create(doses)
    checkins = DailyCheckIn.objects.bulk_create(
        DailyCheckIn(
            owner=patient,
            day=day,
            sleep_hours=6 + index % 3,
            stress=index % 11,
            fatigue=index % 10,
            joint_pain=index % 7,
            notes="day note" if index % 5 == 0 else "",
        )
        for index, day in enumerate([*spread[1::2], *recent, today])
    )
    triggers = list(Trigger.objects.catalogue()[:3])
    DailyCheckIn.triggers.through.objects.bulk_create(
        DailyCheckIn.triggers.through(dailycheckin_id=checkin.pk, trigger_id=trigger.pk)
        for index, checkin in enumerate(checkins)
        for position, trigger in enumerate(triggers)
        if index % (position + 2) == 0
    )
    attack_days_set = set(attack_days)
    HeadacheFreeDay.objects.bulk_create(
        HeadacheFreeDay(owner=patient, day=day)
        for day in [*spread[1::4], *recent]
        if day not in attack_days_set
    )
    # Two questionnaires kept: one due now, one answered lately; answers over the years.
    KeptInstrument.objects.bulk_create(
        [
            KeptInstrument(owner=patient, slug="phq9", interval_days=28),
            KeptInstrument(owner=patient, slug="gad7", interval_days=14),
        ]
    )
    QuestionnaireResponse.objects.bulk_create(
        QuestionnaireResponse(
            owner=patient,
            slug=slug,
            version="1",
            status=QuestionnaireResponse.Status.COMPLETED,
            total=5 + index % 9,
            band="Mild",
            completed_at=at(day, 18),
        )
        for index, day in enumerate([*spread[::20], today - datetime.timedelta(days=2)])
        for slug in ("phq9", "gad7")
        if slug == "gad7" or day != today - datetime.timedelta(days=2)
    )
    appointments = Appointment.objects.bulk_create(
        Appointment(owner=patient, day=day, specialty=specialty, questions=["Why?"])
        for day, specialty in (
            (began, "neurology"),
            (today - datetime.timedelta(days=20), "rheumatology"),
            (today + datetime.timedelta(days=7), "neurology"),
        )
    )
    return {"appointment": appointments[-1].pk}


def start_attack(patient: User) -> None:
    attack = MigraineAttack.objects.create(
        owner=patient, started_at=NOW - datetime.timedelta(hours=2), peak_intensity=6
    )
    triptan = Medication.objects.get(owner=patient, name="Sumatriptan")
    MedicationDose.objects.create(
        medication=triptan, attack=attack, taken_at=NOW - datetime.timedelta(hours=1)
    )


def patient_pages(appointment: int) -> dict[str, str]:
    return {
        "home": "/",
        "timeline": "/timeline/",
        "timeline data": "/timeline/data.json",
        "timeline data, a year": "/timeline/data.json?start=2025-03-11&end=2026-03-10",
        "report": "/report/",
        "diary": "/diary/",
        "appointments": "/diary/appointments/",
        "visit pack": f"/diary/appointments/{appointment}/",
        "quick log": "/diary/quick-log/",
        "quick log state": "/diary/quick-log/state.json",
    }


def clinic_pages(patient: User, appointment: int) -> dict[str, str]:
    base = f"/clinic/{patient.uuid}"
    return {
        "clinic list": "/clinic/",
        "clinic timeline": f"{base}/timeline/",
        "clinic timeline data": f"{base}/timeline/data.json",
        "clinic report": f"{base}/report/",
        "clinic visit pack": f"{base}/visits/{appointment}/",
    }


def count_queries(client: Client, url: str) -> tuple[int, list[str]]:
    """The number of queries of a GET of `url`, and their SQL."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), [query["sql"] for query in queries.captured_queries]


Counts = dict[str, dict[str, tuple[int, list[str]]]]


def measure(clients: dict[str, tuple[Client, dict[str, str]]]) -> Counts:
    """Each page's queries for each length of diary (the keys of `clients`), by page: its
    first view after a write, with nothing kept in the cache (diary.kept_figures, the
    clinic's summaries), and the view again, with its figures kept."""
    counts: Counts = {}
    for label, (client, pages) in clients.items():
        for page, url in pages.items():
            cache.clear()
            counts.setdefault(f"{page}, first view", {})[label] = count_queries(client, url)
            counts.setdefault(f"{page}, kept", {})[label] = count_queries(client, url)
    return counts


def problems(counts: Counts, state: str) -> list[str]:
    """What is wrong with `counts`, in words, with the SQL of the longest diary's queries."""
    found = []
    for page, by_length in counts.items():
        numbers = {label: number for label, (number, _) in by_length.items()}
        if len(set(numbers.values())) > 1 or max(numbers.values()) > MAX_QUERIES:
            longest = by_length["thirty years"][1]
            found.append(
                f"{page}, {state}: {numbers} queries (at most {MAX_QUERIES}, the same for all); "
                "those of the thirty-year diary:\n  " + "\n  ".join(longest)
            )
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("ongoing", [False, True], ids=["no attack", "attack in progress"])
def test_every_page_makes_a_fixed_number_of_queries(ongoing):
    # Time stands still, so the session's "last seen" is saved on the first request only.
    with time_machine.travel(NOW, tick=False):
        clients: dict[str, tuple[Client, dict[str, str]]] = {}
        for number, (label, days) in enumerate(LENGTHS.items()):
            patient = make_patient(
                f"patient{number}@example.com",
                display_name=f"Patient {number}",
                timezone="Europe/Berlin",
            )
            appointment = build_diary(patient, days=days)["appointment"]
            if ongoing:
                start_attack(patient)
            clinician = make_clinician(f"clinician{number}@example.com", f"Dr {number}")
            give_totp(clinician)
            make_share(patient, clinician, include_notes=True)
            for who, pages in (
                (patient, patient_pages(appointment)),
                (clinician, clinic_pages(patient, appointment)),
            ):
                client = Client()
                client.force_login(who)
                # Warm up: the session's first save, the day's first summary view of the
                # clinic's list and, on the shortest diary, the caches of every page.
                warm = pages if number == 0 else {"first": next(iter(pages.values()))}
                for url in warm.values():
                    assert client.get(url).status_code == 200, url
                clients[f"{label}, {who.role}"] = (client, pages)
        counts = measure(clients)
    by_length: Counts = {
        page: {label.rsplit(", ", 1)[0]: result for label, result in by_client.items()}
        for page, by_client in counts.items()
    }
    found = problems(by_length, "an attack in progress" if ongoing else "no attack")
    assert not found, "\n\n".join(found)
