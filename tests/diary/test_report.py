"""The printable report: its pure numbers, the page, its period, its notes and who sees it."""

import re
from datetime import UTC, date, datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import CareShare
from diary import charts, insights, tables
from diary.management.commands.bench import build_diary
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from diary.views import REPORT_NOTES_SHOWN, _render_report
from education.models import Condition

BERLIN = ZoneInfo("Europe/Berlin")
# 18:00 in Berlin on 30 June 2025: the patient's "today" is 30 June.
NOW = datetime(2025, 6, 30, 16, 0, tzinfo=UTC)
TODAY = date(2025, 6, 30)
URL = "/report/"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def point(day: date, *, covered=True, migraine=False, headache=False, medication=False, flare=()):
    return insights.DayPoint(
        day=day,
        covered=covered,
        migraine=migraine if covered else None,
        headache=headache if covered else None,
        peak_intensity=None,
        acute_medication=medication if covered else None,
        flare_conditions=tuple(flare),
        sleep_hours=None,
        stress=None,
        fatigue=None,
        joint_pain=None,
    )


# --- Pure functions (no database) ----------------------------------------------------


def test_it_counts_each_medicines_days_in_the_patients_time_zone():
    medications = [
        insights.MedicationRecord(1, "Sumatriptan", "triptan", "acute"),
        insights.MedicationRecord(2, "Naproxen", "nsaid", "acute"),
        insights.MedicationRecord(3, "Hydroxychloroquine", "dmard", "disease_modifying"),
    ]
    doses = [
        # 23:30 UTC on 9 June is 01:30 on 10 June in Berlin.
        insights.MedicationDoseRecord(1, datetime(2025, 6, 9, 23, 30, tzinfo=UTC)),
        insights.MedicationDoseRecord(1, at(date(2025, 6, 10), 18)),
        insights.MedicationDoseRecord(1, at(date(2025, 6, 12), 8)),
        insights.MedicationDoseRecord(2, at(date(2025, 6, 11), 8)),
        # Outside the period: not counted.
        insights.MedicationDoseRecord(2, at(date(2025, 5, 31), 23, 59)),
        insights.MedicationDoseRecord(2, at(date(2025, 6, 21), 0, 1)),
    ]

    uses = insights.medication_use(
        medications, doses, tz=BERLIN, start=date(2025, 6, 1), end=date(2025, 6, 20)
    )

    assert [(use.name, use.days_used, use.doses) for use in uses] == [
        ("Sumatriptan", 2, 3),
        ("Naproxen", 1, 1),
        ("Hydroxychloroquine", 0, 0),
    ]
    assert uses[0].first_day == date(2025, 6, 10) and uses[0].last_day == date(2025, 6, 12)
    assert uses[2].first_day is None and uses[2].last_day is None


def test_it_orders_medicines_with_equal_days_by_name():
    medications = [
        insights.MedicationRecord(1, "zolmitriptan", "triptan", "acute"),
        insights.MedicationRecord(2, "Almotriptan", "triptan", "acute"),
    ]
    uses = insights.medication_use(medications, [], tz=BERLIN, start=TODAY, end=TODAY)
    assert [use.name for use in uses] == ["Almotriptan", "zolmitriptan"]


def test_it_counts_the_periods_days_and_rates_per_30_covered_days():
    first = date(2025, 6, 1)
    points = [point(first, covered=False)] + [
        point(
            first + timedelta(days=offset),
            migraine=offset <= 3,
            headache=offset <= 5,
            medication=offset in (1, 2),
            flare=("lupus",) if offset == 10 else (),
        )
        for offset in range(1, 16)
    ]

    counts = insights.period_counts(points)
    rows = {row["key"]: row for row in charts.key_numbers(counts)}

    assert counts == insights.PeriodCounts(
        days=16,
        covered_days=15,
        migraine_days=3,
        headache_days=5,
        acute_medication_days=2,
        flare_days=1,
    )
    assert rows["migraine_days"]["days"] == 3 and rows["migraine_days"]["per_30_days"] == 6.0
    assert rows["headache_days"]["per_30_days"] == 10.0
    assert rows["flare_days"]["label"] == "Flare days"


def test_it_gives_no_rate_when_no_day_is_covered():
    counts = insights.period_counts([point(TODAY, covered=False)])
    assert [row["per_30_days"] for row in charts.key_numbers(counts)] == [None] * 4


def test_it_draws_days_up_to_a_month_and_weeks_beyond():
    start = date(2025, 1, 1)
    assert charts.report_resolution(start, start + timedelta(days=30)) == "day"
    assert charts.report_resolution(start, start + timedelta(days=31)) == "week"


def test_it_writes_the_daily_chart_table_in_words():
    points = [
        point(date(2025, 6, 1), covered=False),
        point(date(2025, 6, 2), migraine=True, headache=True, medication=True),
        point(date(2025, 6, 3), flare=("lupus",)),
    ]
    points[1].peak_intensity = 7

    rows = tables.series_table(charts.daily_series(points), resolution="day")

    assert rows[0] == {
        "label": "1 June 2025",
        "covered": "no",
        "migraine": "not covered",
        "headache": "not covered",
        "acute_medication": "not covered",
        "flare": "not covered",
        "peak": "",
    }
    assert rows[1]["migraine"] == "yes" and rows[1]["peak"] == "7"
    assert rows[1]["acute_medication"] == "yes" and rows[1]["flare"] == "no"
    assert rows[2]["flare"] == "yes" and rows[2]["migraine"] == "no"


def test_it_writes_the_weekly_chart_table_in_words():
    monday = date(2025, 6, 2)
    week = insights.WeekPoint(
        week_start=monday,
        iso_year=2025,
        iso_week=23,
        days=7,
        covered_days=5,
        migraine_days=2,
        headache_days=3,
        acute_medication_days=1,
        flare_days=0,
        peak_intensity=8,
        mean_sleep_hours=None,
        mean_stress=None,
        mean_fatigue=None,
        mean_joint_pain=None,
    )
    empty = insights.WeekPoint(
        monday + timedelta(days=7), 2025, 24, 7, 0, 0, 0, 0, 0, None, None, None, None, None
    )

    rows = tables.series_table(charts.weekly_series([week, empty]), resolution="week")

    assert rows[0] == {
        "label": "Week of 2 June 2025",
        "covered": "5 of 7",
        "migraine": "2",
        "headache": "3",
        "acute_medication": "1",
        "flare": "0",
        "peak": "8",
    }
    assert rows[1]["migraine"] == "not covered" and rows[1]["peak"] == "none"


def test_it_lists_flares_in_words():
    spans = [
        {"condition": "lupus", "label": "Lupus", "start": "2025-06-01", "end": "2025-06-04"},
        {"condition": "ms", "label": "MS", "start": "2025-06-09", "end": "2025-06-09"},
    ]
    assert tables.flare_list(spans) == (
        "Flares in this period: Lupus (1 June 2025 to 4 June 2025); MS (9 June 2025)."
    )
    assert tables.flare_list([]) == "No flare in this period."


# --- The page ------------------------------------------------------------------------


@pytest.fixture
def frozen_now():
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        yield


@pytest.fixture
def diary(alice, frozen_now):
    """A migraine across midnight, a dose, a flare and notes of each kind, all in June."""
    MigraineAttack.objects.create(
        owner=alice,
        started_at=at(date(2025, 6, 10), 22),
        ended_at=at(date(2025, 6, 11), 3),
        peak_intensity=7,
        notes="Attack note: worse after the night shift",
    )
    Flare.objects.create(
        owner=alice,
        condition=Condition.objects.get(slug="lupus"),
        started_on=date(2025, 6, 20),
        ended_on=date(2025, 6, 23),
        notes="Flare note: knuckles swollen",
    )
    sumatriptan = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    Medication.objects.create(
        owner=alice, name="Hydroxychloroquine", category="dmard", purpose="disease_modifying"
    )
    MedicationDose.objects.create(medication=sumatriptan, taken_at=at(date(2025, 6, 10), 23))
    MedicationDose.objects.create(medication=sumatriptan, taken_at=at(date(2025, 6, 11), 9))
    DailyCheckIn.objects.create(
        owner=alice, day=date(2025, 6, 25), stress=3, notes="Check-in note: slept badly"
    )
    # Before the diary period asked for in some tests, and its note with it.
    DailyCheckIn.objects.create(owner=alice, day=date(2025, 4, 1), notes="April check-in note")
    return alice


def live_share(patient, clinician, *, include_notes: bool, token: str) -> CareShare:
    return CareShare.objects.create(
        patient=patient,
        clinician=clinician,
        invite_email=clinician.email,
        token_hash=token * 64,
        include_notes=include_notes,
        created_at=timezone.now() - timedelta(days=1),
        accepted_at=timezone.now(),
    )


def body(response) -> str:
    return response.content.decode()


def table_row(content: str, table_id: str, header: str) -> list[str]:
    """The cells of the row whose header cell is `header` in the table with this id."""
    table = content.split(f'id="{table_id}"', 1)[1].split("</table>", 1)[0]
    for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S):
        cells = [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, flags=re.S)
        ]
        if cells and cells[0] == header:
            return cells
    raise AssertionError(f"No row {header!r} in {table_id}")


def test_it_shows_the_last_90_days_by_default(alice_client, diary):
    response = alice_client.get(URL)

    assert response.status_code == 200
    assert response.templates[0].name == "diary/report.html"
    content = body(response)
    assert "2 April 2025 to 30 June 2025" in content
    # The attack from 22:00 to 03:00 gives two migraine days; the flare four flare days.
    assert table_row(content, "numbers-table", "Migraine days")[1] == "2"
    assert table_row(content, "numbers-table", "Acute-medication days")[1] == "2"
    assert table_row(content, "numbers-table", "Flare days")[1] == "4"
    assert 'id="report-chart"' in content and 'id="report-data"' in content
    assert "Print or save as PDF" in content
    assert "it does not diagnose or replace medical advice" in content


def test_it_counts_a_chosen_period_and_draws_days_for_a_month(alice_client, diary):
    content = body(alice_client.get(URL, {"start": "2025-06-01", "end": "2025-06-30"}))

    assert "1 June 2025 to 30 June 2025" in content
    # The diary began on 1 April, so all 30 days are covered: 2 migraine days = 2 per 30.
    assert table_row(content, "numbers-table", "Migraine days")[1:] == ["2", "2.0"]
    assert table_row(content, "chart-table", "11 June 2025")[1:5] == ["yes", "yes", "yes", "7"]
    assert len(re.findall(r"<tr><th scope=\"row\">\d+ June 2025</th>", content)) == 30
    lupus = Condition.objects.get(slug="lupus").name
    assert f"Flares in this period: {lupus} (20 June 2025 to 23 June 2025)." in content


def test_it_draws_weeks_for_longer_periods(alice_client, diary):
    content = body(alice_client.get(URL, {"start": "2025-04-01", "end": "2025-06-30"}))
    assert "Week of 9 June 2025" in content
    assert table_row(content, "chart-table", "Week of 9 June 2025")[2] == "2"


def test_it_compares_migraine_with_and_without_a_factor(alice_client, diary):
    # High stress on 7 to 10 June, low on 1 to 4 June (and 25 June's check-in says 3); the
    # migraine days are 10 and 11 June, so 9 and 10 June are followed by one.
    for day in range(1, 11):
        if day in (5, 6):
            continue
        DailyCheckIn.objects.create(owner=diary, day=date(2025, 6, day), stress=9 if day > 6 else 1)

    content = body(alice_client.get(URL, {"start": "2025-06-01", "end": "2025-06-30"}))

    assert table_row(content, "factors-table", "Stress 7 or more out of 10")[1:] == [
        "2 of 4 days (50.0%)",
        "0 of 5 days (0.0%)",
        "too little data for a ratio",
    ]


def test_it_says_when_no_factor_has_enough_days(alice_client, diary):
    content = body(alice_client.get(URL, {"start": "2025-06-01", "end": "2025-06-30"}))
    assert "No factor has at least 3 days with it and 3 without" in content


def test_it_lists_medicines_with_the_days_they_were_taken(alice_client, diary):
    content = body(alice_client.get(URL, {"start": "2025-06-01", "end": "2025-06-30"}))

    assert table_row(content, "medications-table", "Sumatriptan")[3:] == [
        "2",
        "2",
        "10 June 2025 to 11 June 2025",
    ]
    assert table_row(content, "medications-table", "Hydroxychloroquine")[2:5] == [
        "Disease-modifying",
        "0",
        "0",
    ]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "2025-02-30"}, "Give start and end as dates like 2025-01-31."),
        ({"start": "yesterday"}, "Give start and end as dates like 2025-01-31."),
        ({"start": "2025-06-10", "end": "2025-06-01"}, "The start date must not be after"),
        ({"end": "2025-08-01"}, "The end date must not be in the future."),
        ({"start": "1899-12-31"}, "The start date must be in 1900 or later."),
        ({"start": "1990-01-01"}, "Choose a period of at most 30 years."),
        ({"window": "many"}, "Give the flare window as a whole number of days."),
        ({"window": "99"}, "The flare window must be 0 to 14 days."),
        ({"start": "2025-06-01\x00"}, "Give start and end as dates like 2025-01-31."),
    ],
)
def test_it_explains_a_bad_period_and_shows_the_last_90_days(alice_client, diary, query, message):
    response = alice_client.get(URL, query)

    assert response.status_code == 200
    content = body(response)
    assert 'role="alert"' in content and message in content
    assert "2 April 2025 to 30 June 2025" in content


def test_it_shows_the_patients_notes_newest_first(alice_client, diary):
    content = body(alice_client.get(URL))

    check_in = content.index("Check-in note: slept badly")
    flare_note = content.index("Flare note: knuckles swollen")
    attack_note = content.index("Attack note: worse after the night shift")
    assert check_in < flare_note < attack_note
    assert "April check-in note" not in content


def test_it_leaves_the_notes_out_when_the_patient_asks(alice_client, diary):
    content = body(alice_client.get(URL, {"hide_notes": "1"}))

    for note in ("Check-in note", "Flare note", "Attack note", "April check-in note"):
        assert note not in content
    assert 'id="report-notes"' not in content
    assert "Your notes are left out of this report." in content
    # The period links keep the choice.
    assert "hide_notes=1" in content


def test_it_shows_only_the_newest_notes_and_shortens_long_ones(alice_client, diary):
    for offset in range(REPORT_NOTES_SHOWN + 5):
        DailyCheckIn.objects.create(
            owner=diary, day=date(2025, 5, 1) + timedelta(days=offset), notes=f"Day note {offset}"
        )
    long_note = "word " * 390 + "THE-END"
    MigraineAttack.objects.create(
        owner=diary,
        started_at=at(date(2025, 6, 29), 8),
        ended_at=at(date(2025, 6, 29), 9),
        notes=long_note,
    )

    content = body(alice_client.get(URL))

    assert content.count('class="report-note') == REPORT_NOTES_SHOWN
    assert f"only the newest {REPORT_NOTES_SHOWN} are shown" in content
    assert "THE-END" not in content and "word word" in content
    assert "Day note 0<" not in content


def test_it_names_the_patient_and_edits_nothing_in_the_clinicians_copy(diary, bob):
    share = live_share(diary, bob, include_notes=False, token="a")
    request = RequestFactory().get("/clinic/x/report/", {"start": "2025-06-01"})
    request.user = bob

    response = _render_report(
        request,
        patient=diary,
        include_notes=share.include_notes,
        clinic_share=share,
        form_action="/clinic/x/report/",
    )

    content = body(response)
    assert "Report for Alice" in content and "Their notes are not part of this share." in content
    for note in ("Check-in note", "Flare note", "Attack note"):
        assert note not in content
    assert "Leave my notes out" not in content
    assert 'action="/clinic/x/report/"' in content
    report_part = content.split('id="report"', 1)[1]
    hrefs = re.findall(r'href="([^"]+)"', report_part)
    allowed = ("/clinic/x/report/?", f"/clinic/{diary.uuid}/timeline/?", "/learn/")
    assert hrefs and all(href.startswith(allowed) for href in hrefs), hrefs
    assert f"/clinic/{diary.uuid}/timeline/?start=2025-06-01" in content
    # The numbers are Alice's, in her time zone.
    assert table_row(content, "numbers-table", "Migraine days")[1] == "2"


def test_it_shows_the_notes_in_the_clinicians_copy_when_shared(diary, bob):
    share = live_share(diary, bob, include_notes=True, token="b")
    request = RequestFactory().get("/clinic/x/report/")
    request.user = bob

    content = body(_render_report(request, patient=diary, include_notes=True, clinic_share=share))

    assert "Check-in note: slept badly" in content
    assert "Their notes are part of this share." in content
    assert 'action="/clinic/x/report/"' in content


def test_it_shows_another_patient_only_their_own_report(charlie_client, diary):
    content = body(charlie_client.get(URL))

    for marker in ("Sumatriptan", "Check-in note", "Attack note", "Alice"):
        assert marker not in content
    assert "Charlie" in content


@pytest.mark.parametrize("persona", ["bob_client", "carol_client"])
def test_it_404s_for_clinicians_and_curators(request, diary, persona):
    response = request.getfixturevalue(persona).get(URL)
    assert response.status_code == 404
    assert "Sumatriptan" not in body(response)


def test_it_sends_visitors_to_log_in(client, diary):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_it_refuses_post(alice_client, diary):
    assert alice_client.post(URL).status_code == 405


def test_it_is_linked_from_the_patients_navigation(alice_client, diary):
    assert 'href="/report/"' in body(alice_client.get("/"))


def test_it_is_linked_from_the_timeline_with_the_period_shown(alice_client, diary):
    content = body(alice_client.get("/timeline/", {"start": "2025-06-01", "end": "2025-06-30"}))
    assert 'href="/report/?start=2025-06-01&amp;end=2025-06-30&amp;window=3"' in content


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [URL, URL + "?start=2020-01-01", URL + "?hide_notes=1"])
def test_it_makes_the_same_queries_for_one_month_and_three_years_of_data(
    db, client, url, django_assert_num_queries
):
    small, _ = build_diary(days=30, email="month@example.com")
    large, counts = build_diary(days=3 * 365, email="years@example.com")
    assert counts["attacks"] >= 365
    for user in (small, large):
        MigraineAttack.objects.filter(owner=user).update(notes="An attack note")
        Flare.objects.filter(owner=user).update(notes="A flare note")
        DailyCheckIn.objects.filter(owner=user).update(notes="A check-in note")

    # Each session's first request writes to it; count the second.
    client.force_login(small)
    client.get(url)
    expected = query_count(client, url)
    client.force_login(large)
    client.get(url)

    with django_assert_num_queries(expected):
        client.get(url)
