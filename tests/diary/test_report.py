"""The printable report page: its period, its numbers, its notes and who sees it. Its pure
numbers and words are tested in test_report_numbers.py."""

import re
from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import CareShare
from diary.insights import ACUTE_DAYS_LABEL, OVERUSE_DAYS_LABEL
from diary.management.commands.bench import build_diary
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from diary.views.report import REPORT_NOTES_SHOWN, render_report
from education.models import Condition
from tests.diary.test_report_numbers import at

# 18:00 in Berlin on 30 June 2025: the patient's "today" is 30 June.
NOW = datetime(2025, 6, 30, 16, 0, tzinfo=UTC)
URL = "/report/"


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
    assert table_row(content, "numbers-table", ACUTE_DAYS_LABEL)[1] == "2"
    # The dose is a triptan: an overuse-relevant day too.
    assert table_row(content, "numbers-table", OVERUSE_DAYS_LABEL)[1] == "2"
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


def test_a_gepant_on_fifteen_days_counts_as_acute_days_with_no_overuse_alert_and_says_why(
    alice_client, alice, frozen_now
):
    rimegepant = Medication.objects.create(
        owner=alice, name="Rimegepant", category="gepant", purpose="acute"
    )
    DailyCheckIn.objects.create(owner=alice, day=date(2025, 3, 1))
    for day in range(1, 16):
        MedicationDose.objects.create(medication=rimegepant, taken_at=at(date(2025, 6, day), 9))

    content = body(alice_client.get(URL, {"start": "2025-06-01", "end": "2025-06-30"}))

    assert table_row(content, "numbers-table", ACUTE_DAYS_LABEL)[1] == "15"
    assert table_row(content, "numbers-table", OVERUSE_DAYS_LABEL)[1] == "0"
    assert table_row(content, "medications-table", "Rimegepant")[3] == "15"
    assert 'data-kind="medication_overuse' not in content
    assert 'id="gepant-note"' in content
    assert "studies have not shown that gepants cause medication-overuse headache" in content


def test_it_leaves_the_gepant_note_out_without_a_gepant(alice_client, diary):
    content = body(alice_client.get(URL, {"start": "2025-06-01", "end": "2025-06-30"}))

    assert 'id="gepant-note"' not in content


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

    response = render_report(
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

    content = body(render_report(request, patient=diary, include_notes=True, clinic_share=share))

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


@pytest.mark.parametrize("zone", ["America/Sao_Paulo", "Asia/Kolkata", "Pacific/Auckland"])
def test_the_notes_are_those_of_every_entry_present_in_the_period(alice, lupus, zone):
    """Entries on both sides of the period's edges in the patient's zone (an attack over
    the local midnight before the first day, one ending exactly as it starts, flares and
    check-ins on the edge days): report_notes picks the newest of those present, as
    reading every entry present does."""
    from zoneinfo import ZoneInfo

    from diary.views.report import report_notes

    tz = ZoneInfo(zone)
    alice.timezone = zone
    alice.save(update_fields=["timezone"])
    first, last = date(2025, 3, 10), date(2025, 3, 20)

    def local(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)

    midnight = local(first, 0)
    for number, (start, end) in enumerate(
        [
            (midnight - timedelta(minutes=30), midnight + timedelta(minutes=30)),  # over it
            (midnight - timedelta(hours=2), midnight),  # ends as the period starts
            (midnight - timedelta(hours=3), midnight - timedelta(hours=1)),  # before
            (local(last, 23, 30), local(last + timedelta(days=1), 1)),  # starts on the last day
            (local(last + timedelta(days=1), 0), local(last + timedelta(days=1), 2)),  # after
            (local(first + timedelta(days=4), 9), None),  # still going on
        ]
    ):
        MigraineAttack.objects.create(
            owner=alice, started_at=start, ended_at=end, notes=f"attack {number}"
        )
    celiac, sjogrens = Condition.objects.get(slug="celiac"), Condition.objects.get(slug="sjogrens")
    for number, (condition, start, end) in enumerate(
        [
            (lupus, first - timedelta(days=5), first),  # ends on the first day
            (lupus, first - timedelta(days=5), first - timedelta(days=1)),  # before
            (celiac, last, None),  # starts on the last day, going on
            (sjogrens, last + timedelta(days=1), None),  # after
        ]
    ):
        Flare.objects.create(
            owner=alice,
            condition=condition,
            started_on=start,
            ended_on=end,
            notes=f"flare {number}",
        )
    for day in [first - timedelta(days=1), first, last, last + timedelta(days=1)]:
        DailyCheckIn.objects.create(owner=alice, day=day, notes=f"check-in {day}")

    notes, more = report_notes(alice, start=first, end=last)

    present = {
        *(a.notes for a in MigraineAttack.objects.filter(owner=alice).between(first, last, tz=tz)),
        *(f.notes for f in Flare.objects.filter(owner=alice).between(first, last)),
        *(c.notes for c in DailyCheckIn.objects.filter(owner=alice).between(first, last)),
    }
    assert {note["text"] for note in notes} == present
    # An attack ending exactly as the period starts is present, as everywhere in Overlap
    # (MigraineAttackQuerySet.between).
    assert present == {
        "attack 0",
        "attack 1",
        "attack 3",
        "attack 5",
        "flare 0",
        "flare 2",
        "check-in 2025-03-10",
        "check-in 2025-03-20",
    }
    assert not more
    days = [(note["day"], note["order"]) for note in notes]
    assert days == sorted(days, reverse=True)
    over_midnight = next(note for note in notes if note["text"] == "attack 0")
    assert over_midnight["day"] == first - timedelta(days=1)
