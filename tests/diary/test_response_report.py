"""The preventive-treatment response on the pages that show it: the patient's report (second
person), the clinic's report (third person, with the patient's name) and the visit pack;
with the worked examples of issue 16: a 50 % and a 49 % reduction, a preventive started less
than 28 days after the diary began, and two preventives overlapping. The rules themselves
are tested in tests/diary/insights/test_response.py."""

import re
from datetime import UTC, date, datetime, time, timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diary.exports import csv_export
from diary.models import Appointment, DailyCheckIn, Medication, MedicationDose, MigraineAttack
from diary.views.visits import visit_pack_context
from tests.conftest import give_totp, make_share
from tests.diary.test_exports import read_zip

# 18:00 in Berlin on 30 June 2025: the patient's "today" is 30 June.
NOW = datetime(2025, 6, 30, 16, 0, tzinfo=UTC)
TODAY = date(2025, 6, 30)
STARTED = TODAY - timedelta(days=56)  # 5 May 2025: two complete windows, to 29 June
BASELINE_START = STARTED - timedelta(days=28)  # 7 April 2025
REPORT = "/report/"


@pytest.fixture(autouse=True)
def frozen_now():
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        yield


def days(start: date, count: int) -> list[date]:
    return [start + timedelta(days=offset) for offset in range(count)]


def keep_diary(patient, *, recorded: list[date], migraine: list[date]) -> None:
    """A check-in on each recorded day, and a two-hour migraine at ten on each migraine day."""
    DailyCheckIn.objects.bulk_create(
        DailyCheckIn(owner=patient, day=day, stress=2) for day in sorted(set(recorded))
    )
    for day in migraine:
        started = datetime.combine(day, time(10), tzinfo=patient.tzinfo)
        MigraineAttack.objects.create(
            owner=patient, started_at=started, ended_at=started + timedelta(hours=2)
        )


def preventive(patient, name: str, started_on: date | None, **fields) -> Medication:
    return Medication.objects.create(
        owner=patient,
        name=name,
        category=fields.pop("category", "beta_blocker"),
        purpose="preventive",
        started_on=started_on,
        **fields,
    )


def section(response) -> str:
    assert response.status_code == 200
    content = response.content.decode()
    return content.split('id="report-responses"', 1)[1].split("</section>", 1)[0]


def rows(html: str) -> list[list[str]]:
    """The cells of each body row of the response tables, tags stripped."""
    found = []
    for row in re.findall(r"<tr>(.*?)</tr>", html.split("<tbody>", 1)[1], flags=re.S):
        found.append(
            [
                re.sub(r"<[^>]+>", "", cell).strip()
                for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, flags=re.S)
            ]
        )
    return found


def test_a_50_percent_reduction_reaches_the_threshold(alice_client, alice):
    window = days(STARTED, 28)
    keep_diary(
        alice,
        recorded=days(BASELINE_START, 84),
        migraine=days(BASELINE_START, 10) + window[:5],
    )
    preventive(alice, "Propranolol", STARTED)

    html = section(alice_client.get(REPORT))

    assert "Propranolol, started on 5 May 2025." in html
    assert "In the 28 days before it, you recorded 28 days, with 10 migraine days" in html
    assert "reaching the 50 % reduction" in html
    baseline, first, second = rows(html)
    assert baseline == [
        "28 days before 7 April 2025 to 4 May 2025",
        "28 of 28",
        "10",
        "10",
        "0",
        "Baseline",
    ]
    assert first[0] == "Days 1 to 28 5 May 2025 to 1 June 2025"
    assert first[2] == "5, down 50 %" and first[5] == "Reached"
    assert second[2] == "0, down 100 %" and second[5] == "Reached"
    # Which criteria, where they come from, and whose judgement it is.
    assert "International Headache Society" in html
    assert "Cephalalgia 2020;40(10):1026-1044" in html
    assert "American Headache Society" in html and "Headache 2021;61(7):1021-1039" in html
    assert "Judging whether to continue a medicine is the clinician's." in html
    assert "is for you and your clinician to decide" in html


def test_a_49_percent_reduction_does_not(alice_client, alice):
    # Baseline: 25 migraine days in 28 recorded; the first window: 10 in 22 recorded days,
    # 12.7 per 28 recorded days, 49.1 % fewer.
    window = days(STARTED, 28)
    keep_diary(
        alice,
        recorded=days(BASELINE_START, 28) + window[:22] + days(STARTED + timedelta(28), 28),
        migraine=days(BASELINE_START, 25) + window[:10],
    )
    preventive(alice, "Propranolol", STARTED)

    html = section(alice_client.get(REPORT))

    assert "down 49 %" in html
    assert "short of a 50 % reduction" in html
    first = rows(html)[1]
    assert first[1:3] == ["22 of 28", "12.7 (10 in 22), down 49 %"]
    assert first[5] == "Not reached"


def test_a_preventive_started_less_than_28_days_after_the_diary_began_gets_no_verdict(
    alice_client, alice
):
    began = STARTED - timedelta(days=20)  # 15 April 2025
    keep_diary(alice, recorded=days(began, 76), migraine=days(began, 8))
    preventive(alice, "Topiramate", STARTED, category="anti_seizure")

    html = section(alice_client.get(REPORT))

    assert "the baseline is incomplete, because your diary began on 15 April 2025" in html
    assert "only 20 days before it" in html
    assert "there is no verdict" in html
    assert "Reached" not in html and "Not reached" not in html
    baseline, first, second = rows(html)
    assert baseline[5] == "Incomplete: the diary began inside it"
    assert first[5] == second[5] == "No verdict: no complete baseline"


def test_a_window_with_few_recorded_days_says_so_and_gives_no_verdict(alice_client, alice):
    keep_diary(
        alice,
        recorded=days(BASELINE_START, 28) + days(STARTED, 10) + days(STARTED + timedelta(28), 28),
        migraine=days(BASELINE_START, 10),
    )
    preventive(alice, "Propranolol", STARTED)

    html = section(alice_client.get(REPORT))

    assert "10 days recorded: too few to compare" in html
    assert rows(html)[1][5] == "No verdict: too few recorded days"
    assert rows(html)[2][5] == "Reached"


def test_two_preventives_overlapping_are_said_to_overlap(alice_client, alice):
    keep_diary(alice, recorded=days(BASELINE_START, 84), migraine=days(BASELINE_START, 10))
    preventive(alice, "Propranolol", STARTED)
    preventive(alice, "Erenumab", STARTED + timedelta(days=30), category="cgrp_antibody")

    html = section(alice_client.get(REPORT))

    assert (
        "Erenumab was also started, on 4 June 2025, so the windows of the two medicines "
        "overlap: a change after that cannot be attributed to Propranolol alone."
    ) in html
    propranolol = html.split("<h3", 2)[1]
    assert rows(propranolol)[2][5] == "Reached (with Erenumab also started)"


def test_without_a_start_date_the_first_dose_stands_in_and_says_so(alice_client, alice):
    keep_diary(alice, recorded=days(BASELINE_START, 84), migraine=days(BASELINE_START, 10))
    amitriptyline = preventive(alice, "Amitriptyline", None, category="antidepressant")
    MedicationDose.objects.create(
        medication=amitriptyline,
        taken_at=datetime.combine(STARTED, time(21), tzinfo=alice.tzinfo),
    )
    preventive(alice, "Candesartan", None, category="blood_pressure")

    html = section(alice_client.get(REPORT))

    assert (
        "Amitriptyline, first dose logged on 5 May 2025 (you gave no start date, so that day "
        "is used)."
    ) in html
    assert "Candesartan has no start date and no dose logged" in html


def test_the_clinic_report_speaks_of_the_patient_by_name(client, alice, bob):
    give_totp(bob)
    make_share(alice, bob)
    window = days(STARTED, 28)
    keep_diary(
        alice, recorded=days(BASELINE_START, 84), migraine=days(BASELINE_START, 10) + window[:5]
    )
    preventive(alice, "Propranolol", STARTED)
    client.force_login(bob)

    html = section(client.get(reverse("clinic:report", args=[alice.uuid])))

    assert "In the 28 days before it, Alice recorded 28 days" in html
    assert "reaching the 50 % reduction" in html
    assert "is the clinician&#x27;s judgement; these figures do not make it" in html
    words = re.sub(r"<[^>]+>", " ", html).lower()
    assert not re.search(r"\byou(r)?\b", words)


def test_the_visit_pack_lists_preventives_with_their_start_and_response(alice_client, alice):
    window = days(STARTED, 28)
    keep_diary(
        alice, recorded=days(BASELINE_START, 84), migraine=days(BASELINE_START, 10) + window[:5]
    )
    preventive(alice, "Propranolol", STARTED)
    appointment = Appointment.objects.create(owner=alice, day=TODAY, specialty="neurology")

    content = alice_client.get(reverse("diary:appointment-pack", args=[appointment.pk]))

    html = content.content.decode()
    assert "Propranolol</span>, started on 5 May 2025" in html
    responses = html.split('id="pack-responses"', 1)[1].split("</div>", 1)[0]
    assert "reaching the 50 % reduction" in responses
    assert "International Headache Society" in responses


def test_the_medication_list_shows_the_start(alice_client, alice):
    preventive(alice, "Propranolol", STARTED)
    methotrexate = Medication.objects.create(
        owner=alice, name="Methotrexate", category="dmard", purpose="disease_modifying"
    )
    MedicationDose.objects.create(
        medication=methotrexate, taken_at=datetime.combine(STARTED, time(9), tzinfo=alice.tzinfo)
    )

    html = alice_client.get("/diary/medications/").content.decode()

    assert "started on 5 May 2025" in html
    assert "no start date given: its first dose, 5 May 2025, stands in" in html


def test_the_response_adds_no_query_to_the_report(client, alice, bob):
    """However many preventives, the report and the clinic's report read the same number of
    queries: the start days and first doses come with the medicine list's one query."""
    give_totp(bob)
    make_share(alice, bob)
    keep_diary(alice, recorded=days(BASELINE_START, 84), migraine=days(BASELINE_START, 10))
    Medication.objects.create(owner=alice, name="Sumatriptan", category="triptan", purpose="acute")
    urls = [REPORT, reverse("clinic:report", args=[alice.uuid])]

    def counts() -> list[int]:
        found = []
        for user, url in zip([alice, bob], urls, strict=True):
            client.force_login(user)
            client.get(url)  # a session's first request writes to it: count the second
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found.append(len(queries))
        return found

    without = counts()
    for offset, name in enumerate(["Propranolol", "Topiramate", "Erenumab"]):
        medicine = preventive(alice, name, None if offset else STARTED)
        MedicationDose.objects.create(
            medication=medicine,
            taken_at=datetime.combine(STARTED + timedelta(days=offset), time(9), tzinfo=UTC),
        )

    assert counts() == without


def test_the_clinicians_visit_pack_speaks_of_the_patient(alice):
    window = days(STARTED, 28)
    keep_diary(
        alice, recorded=days(BASELINE_START, 84), migraine=days(BASELINE_START, 10) + window[:5]
    )
    amitriptyline = preventive(alice, "Amitriptyline", None, category="antidepressant")
    MedicationDose.objects.create(
        medication=amitriptyline, taken_at=datetime.combine(STARTED, time(21), tzinfo=UTC)
    )
    appointment = Appointment.objects.create(owner=alice, day=TODAY, specialty="neurology")

    context = visit_pack_context(alice, appointment, for_clinician=True)

    (summary,) = context["responses"]
    assert "In the 28 days before it, Alice recorded 28 days" in summary
    assert "no start date was given, so that day is used" in summary
    assert "is the clinician's judgement" in summary
    assert not re.search(r"\byou(r)?\b", summary.lower())
    assert context["preventives"] == [
        (
            "Amitriptyline",
            "first dose logged on 5 May 2025 (no start date was given, so that day is used)",
        )
    ]


def test_the_start_day_is_in_the_csv_export(alice):
    preventive(alice, "Propranolol", STARTED)
    Medication.objects.create(owner=alice, name="Ibuprofen", category="nsaid", purpose="acute")

    files = read_zip(csv_export(alice))

    started = {row["name"]: row["started_on"] for row in files["medications.csv"]}
    assert started == {"Ibuprofen": "", "Propranolol": "2025-05-05"}
