"""The clinician's list of patients at scale: a fixed number of queries, pages, search, who
needs attention first, one access event a day, and nothing of patients who do not share."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import AccessEvent
from diary.insights import format_day
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
)
from tests.conftest import give_totp, make_clinician, make_patient, make_share

LIST_URL = reverse("clinic:patient-list")


def local_day(patient, days_ago: int) -> datetime.date:
    return timezone.localdate(timezone.now(), patient.tzinfo) - datetime.timedelta(days=days_ago)


def at_ten(patient, days_ago: int) -> datetime.datetime:
    """Ten in the morning, local, `days_ago` days ago: an attack that stays on one day."""
    return datetime.datetime.combine(
        local_day(patient, days_ago), datetime.time(10), tzinfo=patient.tzinfo
    )


def log_migraines(patient, days_ago: list[int]) -> None:
    MigraineAttack.objects.bulk_create(
        MigraineAttack(
            owner=patient,
            started_at=at_ten(patient, ago),
            ended_at=at_ten(patient, ago) + datetime.timedelta(hours=3),
            peak_intensity=6,
        )
        for ago in days_ago
    )


def log_quiet_days(patient, days_ago: list[int]) -> None:
    DailyCheckIn.objects.bulk_create(
        DailyCheckIn(owner=patient, day=local_day(patient, ago), stress=2) for ago in days_ago
    )


def sharing_patients(clinician, count: int, *, prefix: str = "patient") -> list:
    """`count` patients who share with the clinician, each with a little recent diary."""
    patients = []
    for number in range(count):
        patient = make_patient(
            f"{prefix}{number}@example.com", display_name=f"{prefix.title()} {number:03}"
        )
        make_share(patient, clinician)
        log_migraines(patient, [1, 5, 40])
        log_quiet_days(patient, [2, 3])
        medicine = Medication.objects.create(
            owner=patient, name="Ibuprofen", category="nsaid", purpose="acute"
        )
        MedicationDose.objects.create(medication=medicine, taken_at=at_ten(patient, 1))
        patients.append(patient)
    return patients


@pytest.fixture
def clinician(db):
    user = make_clinician("gwen@example.com", "Dr Gwen")
    give_totp(user)
    return user


@pytest.fixture
def clinician_client(client, clinician):
    client.force_login(clinician)
    return client


def list_queries(client, **query) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST_URL, query)
    assert response.status_code == 200
    return len(queries)


def test_it_lists_1_10_and_100_patients_in_the_same_number_of_queries(
    clinician_client, clinician, lupus
):
    counts = {}
    first_views = {}
    shown = 0
    clinician_client.get(LIST_URL)  # the session's first request saves it: not the list's
    for size in (1, 10, 100):
        added = sharing_patients(clinician, size - shown, prefix=f"p{size}x")
        shown = size
        Flare.objects.create(owner=added[0], condition=lupus, started_on=local_day(added[0], 3))
        first_views[size] = list_queries(clinician_client)  # writes today's access events
        counts[size] = list_queries(clinician_client)  # every later view of the day

    assert len(set(first_views.values())) == 1, first_views
    assert len(set(counts.values())) == 1, counts
    # The first view of the day also writes the access events (lock, re-read, insert), and
    # reads the diaries not kept yet (clinic/summaries.py): five queries for them all.
    assert counts[100] <= 12
    assert first_views[100] <= counts[100] + 10


def test_it_shows_patients_a_page_at_a_time(clinician_client, clinician):
    sharing_patients(clinician, 30)

    first = clinician_client.get(LIST_URL)
    second = clinician_client.get(LIST_URL, {"page": 2})
    beyond = clinician_client.get(LIST_URL, {"page": "99"})
    nonsense = clinician_client.get(LIST_URL, {"page": "x'; drop"})

    assert len(first.context["patients"]) == 25
    assert len(second.context["patients"]) == 5
    names = {row["patient"].email for row in first.context["patients"]}
    assert names.isdisjoint(row["patient"].email for row in second.context["patients"])
    assert "Page 1 of 2" in first.content.decode()
    assert f'href="{LIST_URL}?page=2"' in first.content.decode()
    assert beyond.context["page"].number == 2
    assert nonsense.status_code == 200
    assert nonsense.context["page"].number == 1


def test_it_finds_patients_by_name(clinician_client, clinician):
    sharing_patients(clinician, 3)
    ruth = make_patient("ruth@example.com", display_name="Ruth Okafor")
    make_share(ruth, clinician)

    by_name = clinician_client.get(LIST_URL, {"q": "okaf"})
    by_email = clinician_client.get(LIST_URL, {"q": "RUTH@"})
    nobody = clinician_client.get(LIST_URL, {"q": "Zebedee"})

    assert [row["patient"] for row in by_name.context["patients"]] == [ruth]
    assert [row["patient"] for row in by_email.context["patients"]] == [ruth]
    assert nobody.context["patients"] == []
    assert "No patient matches “Zebedee”" in nobody.content.decode()
    assert "No patients yet" not in nobody.content.decode()


def test_it_keeps_the_search_on_every_page(clinician_client, clinician):
    sharing_patients(clinician, 27, prefix="dora")
    sharing_patients(clinician, 2, prefix="ed")

    response = clinician_client.get(LIST_URL, {"q": "dora"})

    assert response.context["page"].paginator.count == 27
    assert f'href="{LIST_URL}?q=dora&amp;page=2"' in response.content.decode()


def test_it_says_what_is_wrong_with_a_search_too_long(clinician_client, clinician):
    sharing_patients(clinician, 2)

    response = clinician_client.get(LIST_URL, {"q": "x" * 101})

    assert response.status_code == 200
    assert "Search for at most 100 characters of a name." in response.content.decode()
    assert len(response.context["patients"]) == 2


def test_it_lists_who_needs_attention_first(clinician_client, clinician, lupus):
    calm, quiet, flaring, rising, new = (
        make_patient(f"{name}@example.com", display_name=name.title())
        for name in ("amy", "ben", "cal", "dee", "eve")
    )
    for patient in (calm, quiet, flaring, rising, new):
        make_share(patient, clinician)
    log_quiet_days(calm, list(range(0, 70)))
    log_quiet_days(quiet, [20, 21, 70])
    log_quiet_days(flaring, list(range(0, 70)))
    Flare.objects.create(owner=flaring, condition=lupus, started_on=local_day(flaring, 4))
    log_quiet_days(rising, list(range(0, 70)))
    log_migraines(rising, [1, 3, 5, 7, 40])

    response = clinician_client.get(LIST_URL)

    rows = response.context["patients"]
    assert [row["patient"] for row in rows] == [rising, flaring, quiet, new, calm]
    assert rows[0]["reasons"] == [
        "Migraine days rising: 4 days in the last 30 days against 1 day in the 30 days before."
    ]
    assert rows[1]["reasons"] == [f"Ongoing flare: {lupus.name}."]
    assert rows[2]["reasons"] == [
        f"No entry for 20 days: Ben logged last on {format_day(local_day(quiet, 20))}."
    ]
    assert rows[3]["reasons"] == ["Nothing logged yet."]
    assert rows[4]["reasons"] == []
    body = response.content.decode()
    assert body.index("Dee") < body.index("Cal") < body.index("Amy")


def test_a_patient_who_says_no_headache_each_day_is_not_quiet(clinician_client, clinician):
    patient = make_patient("fay@example.com", display_name="Fay")
    make_share(patient, clinician)
    log_quiet_days(patient, [40])
    HeadacheFreeDay.objects.bulk_create(
        HeadacheFreeDay(owner=patient, day=local_day(patient, ago)) for ago in range(0, 30)
    )

    response = clinician_client.get(LIST_URL)

    (row,) = response.context["patients"]
    assert row["reasons"] == []
    assert row["last_entry"] == local_day(patient, 0)


def test_it_puts_a_patient_with_an_alert_before_everyone(clinician_client, clinician, alice):
    make_share(alice, clinician)
    flaring_and_rising = make_patient("zed@example.com", display_name="Zed")
    make_share(flaring_and_rising, clinician)
    log_quiet_days(flaring_and_rising, list(range(0, 70)))
    log_migraines(flaring_and_rising, [1, 3, 5, 7, 40])
    # Alice has lupus, whose vessels a triptan may not suit: one triptan is an alert.
    triptan = Medication.objects.create(
        owner=alice, name="Sumatriptan", category="triptan", purpose="acute"
    )
    MedicationDose.objects.create(medication=triptan, taken_at=at_ten(alice, 10))

    rows = clinician_client.get(LIST_URL).context["patients"]

    assert [row["patient"] for row in rows] == [alice, flaring_and_rising]
    assert rows[0]["alerts"] == ["A note about triptans and ergots"]
    assert rows[0]["reasons"] == ["Alert: A note about triptans and ergots."]


def test_it_records_one_summary_view_per_patient_and_day(clinician_client, clinician):
    patients = sharing_patients(clinician, 3)

    for _ in range(4):
        clinician_client.get(LIST_URL)
    clinician_client.get("/")

    events = AccessEvent.objects.filter(actor=clinician, what="summary")
    assert sorted(event.patient_id for event in events) == sorted(p.pk for p in patients)


def test_it_records_a_new_summary_view_the_next_day(clinician_client, clinician):
    (patient,) = sharing_patients(clinician, 1)
    yesterday = timezone.now() - datetime.timedelta(days=1)
    clinician_client.get(LIST_URL)
    AccessEvent.objects.update(at=yesterday)

    clinician_client.get(LIST_URL)
    clinician_client.get(LIST_URL)

    assert AccessEvent.objects.filter(patient=patient, what="summary").count() == 2


def test_it_records_views_only_of_the_patients_on_the_page(clinician_client, clinician):
    sharing_patients(clinician, 30)

    response = clinician_client.get(LIST_URL, {"page": 2})

    shown = {row["patient"].pk for row in response.context["patients"]}
    recorded = set(AccessEvent.objects.values_list("patient_id", flat=True))
    assert recorded == shown
    assert len(recorded) == 5


def test_other_clinicians_see_nothing_of_patients_who_do_not_share_with_them(
    client, clinician, alice, alice_shares_with_bob, unshared_clinician
):
    sharing_patients(clinician, 2)
    client.force_login(unshared_clinician)

    mine = client.get(LIST_URL)
    searched = client.get(LIST_URL, {"q": "Alice"})

    assert mine.context["patients"] == []
    assert searched.context["patients"] == []
    for response in (mine, searched):
        assert "alice@example.com" not in response.content.decode()
        assert str(alice.uuid) not in response.content.decode()
        assert "patient0" not in response.content.decode()
    assert client.get(reverse("clinic:timeline", args=[alice.uuid])).status_code == 404
    assert not AccessEvent.objects.filter(actor=unshared_clinician).exists()


def test_each_patient_is_a_card_whose_name_opens_them(clinician_client, clinician):
    (patient,) = sharing_patients(clinician, 1)

    body = clinician_client.get(LIST_URL).content.decode()

    timeline = reverse("clinic:timeline", args=[patient.uuid])
    report = reverse("clinic:report", args=[patient.uuid])
    assert f'<a href="{timeline}">{patient.display_name}</a>' in body
    assert f'href="{report}"' in body
    assert "<table" not in body


def test_in_order_of_name_it_reads_only_the_page_in_the_same_number_of_queries(
    clinician_client, clinician
):
    counts = {}
    shown = 0
    clinician_client.get(LIST_URL)
    for size in (1, 10, 100):
        sharing_patients(clinician, size - shown, prefix=f"n{size}x")
        shown = size
        list_queries(clinician_client, order="name", page="last")  # today's access events
        counts[size] = list_queries(clinician_client, order="name", page="last")

    assert len(set(counts.values())) == 1, counts
    assert counts[100] <= 12


def test_it_lists_patients_by_name_a_page_at_a_time(clinician_client, clinician):
    sharing_patients(clinician, 26, prefix="zed")
    anna = make_patient("anna@example.com", display_name="anna Berg")
    unnamed = make_patient("bert@example.com")
    for patient in (anna, unnamed):
        make_share(patient, clinician)
    make_share(anna, clinician)  # shared twice: listed once

    first = clinician_client.get(LIST_URL, {"order": "name"})
    second = clinician_client.get(LIST_URL, {"order": "name", "page": 2})

    names = [str(row["patient"]) for row in first.context["patients"]]
    assert names[:3] == ["anna Berg", "bert@example.com", "Zed 000"]
    assert len(names) == 25
    assert [str(row["patient"]) for row in second.context["patients"]] == [
        "Zed 023",
        "Zed 024",
        "Zed 025",
    ]
    assert f'href="{LIST_URL}?order=name&amp;page=2"' in first.content.decode()
    assert '<option value="name" selected>By name</option>' in first.content.decode()
    assert set(AccessEvent.objects.values_list("patient_id", flat=True)) == {
        row["patient"].pk for row in [*first.context["patients"], *second.context["patients"]]
    }


def test_it_finds_patients_by_name_in_order_of_name(clinician_client, clinician):
    sharing_patients(clinician, 3, prefix="ivy")
    sharing_patients(clinician, 3, prefix="ola")

    response = clinician_client.get(LIST_URL, {"order": "name", "q": "OLA"})

    assert [str(row["patient"]) for row in response.context["patients"]] == [
        "Ola 000",
        "Ola 001",
        "Ola 002",
    ]
    assert "3 patients match “OLA”" in response.content.decode()


def test_other_clinicians_see_no_one_in_order_of_name(
    client, alice, alice_shares_with_bob, unshared_clinician
):
    client.force_login(unshared_clinician)

    response = client.get(LIST_URL, {"order": "name", "q": "alice"})

    assert response.context["patients"] == []
    assert "alice@example.com" not in response.content.decode()


def test_a_later_view_of_the_day_looks_for_no_access_rows(
    clinician_client, clinician, django_capture_on_commit_callbacks
):
    """Once today's rows are written, a note in the cache says so (accounts.services.
    access_record_daily); without the note the rows are looked for again, never doubled."""
    sharing_patients(clinician, 3)
    clinician_client.get(LIST_URL)  # the session's first request saves it

    def access_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            with django_capture_on_commit_callbacks(execute=True):
                assert clinician_client.get(LIST_URL).status_code == 200
        return sum("accounts_accessevent" in query["sql"] for query in queries)

    assert access_queries() > 0  # looked for, then written
    assert AccessEvent.objects.filter(actor=clinician, what="summary").count() == 3
    assert access_queries() == 0
    cache.clear()
    assert access_queries() == 1  # looked for, all there
    assert access_queries() == 0
    assert AccessEvent.objects.filter(actor=clinician, what="summary").count() == 3


def test_the_note_of_a_day_does_not_stand_for_the_next(
    clinician_client, clinician, django_capture_on_commit_callbacks
):
    (patient,) = sharing_patients(clinician, 1)
    noon = datetime.datetime.combine(local_day(patient, 0), datetime.time(12), patient.tzinfo)
    with time_machine.travel(noon, tick=False) as clock:
        for _ in range(2):  # written, then noted
            with django_capture_on_commit_callbacks(execute=True):
                assert clinician_client.get(LIST_URL).status_code == 200
        clock.shift(datetime.timedelta(days=1))
        clinician_client.force_login(clinician)  # the idle timeout ended the session
        with django_capture_on_commit_callbacks(execute=True):
            assert clinician_client.get(LIST_URL).status_code == 200
    days = AccessEvent.objects.filter(patient=patient, what="summary").values_list("at", flat=True)
    assert sorted(timezone.localdate(at, patient.tzinfo) for at in days) == [
        noon.date(),
        noon.date() + datetime.timedelta(days=1),
    ]
