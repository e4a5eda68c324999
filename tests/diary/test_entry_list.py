import datetime
import zoneinfo

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from diary.forms import EntryFilterForm
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack
from education.models import Condition


def make_entries(owner, count: int) -> None:
    now = timezone.now()
    lupus = Condition.objects.get(slug="lupus")
    MigraineAttack.objects.bulk_create(
        MigraineAttack(
            owner=owner,
            started_at=now - datetime.timedelta(days=day, hours=3),
            ended_at=now - datetime.timedelta(days=day),
        )
        for day in range(1, count + 1)
    )
    Flare.objects.bulk_create(
        Flare(
            owner=owner,
            condition=lupus,
            started_on=timezone.localdate() - datetime.timedelta(days=day * 10 + 5),
            ended_on=timezone.localdate() - datetime.timedelta(days=day * 10),
        )
        for day in range(1, count + 1)
    )


def test_it_lists_attacks_and_flares_newest_first(alice_client, attack, flare):
    response = alice_client.get("/diary/")

    entries = [entry["object"] for entry in response.context["page"].object_list]
    assert entries == [attack, flare]


def test_it_does_not_list_other_patients_entries(charlie_client, attack, flare):
    response = charlie_client.get("/diary/")

    assert list(response.context["page"].object_list) == []
    assert b"private" not in response.content


def test_it_filters_by_kind(alice_client, attack, flare, dose, checkin):
    def kinds(query: str) -> list[str]:
        page = alice_client.get("/diary/?" + query).context["page"]
        return [entry["kind"] for entry in page.object_list]

    assert kinds("kind=attack") == ["attack"]
    assert kinds("kind=flare") == ["flare"]
    assert kinds("kind=dose") == ["dose"]
    assert kinds("kind=checkin") == ["checkin"]


def test_it_filters_by_condition(alice_client, alice, attack, flare):
    ra = Condition.objects.get(slug="rheumatoid-arthritis")
    Flare.objects.create(owner=alice, condition=ra, started_on=flare.started_on)

    page = alice_client.get(f"/diary/?condition={flare.condition.pk}").context["page"]

    assert [entry["object"] for entry in page.object_list] == [flare]


def test_it_filters_by_date_range(alice_client, alice, attack, flare):
    start = timezone.localtime(attack.started_at).date()

    page = alice_client.get(f"/diary/?start={start.isoformat()}").context["page"]

    assert [entry["object"] for entry in page.object_list] == [attack]


@pytest.mark.parametrize(
    "query", ["kind=nonsense", "condition=abc", "start=2025-02-30", "end=x", "page=-1", "page=zz"]
)
def test_bad_filters_do_not_break_the_list(alice_client, attack, query):
    assert alice_client.get("/diary/?" + query).status_code == 200


def test_it_paginates(alice_client, alice):
    make_entries(alice, 20)

    first = alice_client.get("/diary/").context["page"]
    second = alice_client.get("/diary/?page=2").context["page"]

    assert len(first.object_list) == 25
    assert len(second.object_list) == 15


def sorted_as_in_python(owner, zone: zoneinfo.ZoneInfo) -> list[tuple[str, int]]:
    """The attacks and flares of `owner` in the order the list had when it merged them in
    Python: by the attack's moment or the start of the flare's first local day, then id."""
    entries = [
        ("attack", attack.pk, attack.started_at)
        for attack in MigraineAttack.objects.filter(owner=owner)
    ] + [
        ("flare", flare.pk, datetime.datetime.combine(flare.started_on, MIDNIGHT, tzinfo=zone))
        for flare in Flare.objects.filter(owner=owner)
    ]
    entries.sort(key=lambda entry: (entry[2], entry[1]), reverse=True)
    return [(kind, pk) for kind, pk, _ in entries]


def every_page(client, query: str = "") -> list[tuple[str, int]]:
    """(kind, id) of every entry the list shows, page after page."""
    shown: list[tuple[str, int]] = []
    number = 1
    while True:
        page = client.get(f"/diary/?{query}&page={number}").context["page"]
        shown += [(entry["kind"], entry["object"].pk) for entry in page.object_list]
        if not page.has_next():
            return shown
        number += 1


MIDNIGHT = datetime.time(0)


def test_every_page_matches_sorting_the_whole_diary(alice_client, alice):
    # Attacks and flares interleaved, some on the same day, over four pages.
    make_entries(alice, 40)
    lupus = Condition.objects.get(slug="lupus")
    for day in range(1, 40, 3):
        Flare.objects.create(
            owner=alice,
            condition=lupus,
            started_on=timezone.localdate() - datetime.timedelta(days=day),
            ended_on=timezone.localdate() - datetime.timedelta(days=day),
        )
    everything = sorted_as_in_python(alice, zoneinfo.ZoneInfo(alice.timezone))

    assert len(everything) == 93
    assert every_page(alice_client) == everything


# Two DST changes in each zone, as UTC instants: Paris moves its clocks at 02:00 and 03:00;
# Sao Paulo (until 2019) at midnight, so 4 November 2018 had no midnight and 16 February
# 2019 had two hours from 23:00.
DST_CHANGES = {
    "Europe/Paris": ("2025-10-26T01:00:00+00:00", "2026-03-29T01:00:00+00:00"),
    "America/Sao_Paulo": ("2018-11-04T03:00:00+00:00", "2019-02-17T02:00:00+00:00"),
}


@pytest.mark.parametrize("zone_name", DST_CHANGES)
def test_the_order_holds_across_dst_changes(alice_client, alice, zone_name):
    zone = zoneinfo.ZoneInfo(zone_name)
    alice.timezone = zone_name
    alice.save(update_fields=["timezone"])
    lupus = Condition.objects.get(slug="lupus")
    flare_count = 0
    for change in DST_CHANGES[zone_name]:
        # An attack every 90 minutes from two days before the change to two days after,
        # never on a local midnight, and a one-day flare on each local day of the stretch.
        first = datetime.datetime.fromisoformat(change) - datetime.timedelta(days=2, minutes=-20)
        starts = [first + datetime.timedelta(minutes=90 * step) for step in range(64)]
        MigraineAttack.objects.bulk_create(
            MigraineAttack(
                owner=alice, started_at=start, ended_at=start + datetime.timedelta(minutes=30)
            )
            for start in starts
        )
        days = sorted({start.astimezone(zone).date() for start in starts})
        Flare.objects.bulk_create(
            Flare(owner=alice, condition=lupus, started_on=day, ended_on=day) for day in days
        )
        flare_count += len(days)

    shown = every_page(alice_client)

    assert len(shown) == 128 + flare_count
    assert shown == sorted_as_in_python(alice, zone)


def test_a_flare_comes_after_every_attack_of_its_first_day(alice_client, alice, lupus):
    zone = zoneinfo.ZoneInfo(alice.timezone)
    day = timezone.localdate(timezone=zone) - datetime.timedelta(days=5)
    midnight = datetime.datetime.combine(day, MIDNIGHT, tzinfo=zone)
    before_midnight = MigraineAttack.objects.create(
        owner=alice, started_at=midnight - datetime.timedelta(minutes=1), ended_at=midnight
    )
    at_midnight = MigraineAttack.objects.create(
        owner=alice, started_at=midnight, ended_at=midnight + datetime.timedelta(hours=2)
    )
    # Made last, so the highest ids: the day still puts them after the midnight attack.
    flare = Flare.objects.create(owner=alice, condition=lupus, started_on=day, ended_on=day)
    same_day = Flare.objects.create(owner=alice, condition=lupus, started_on=day, ended_on=day)

    assert every_page(alice_client) == [
        ("attack", at_midnight.pk),
        ("flare", same_day.pk),
        ("flare", flare.pk),
        ("attack", before_midnight.pk),
    ]


def test_a_deep_page_shows_exactly_its_entries(alice_client, alice):
    make_entries(alice, 40)
    everything = sorted_as_in_python(alice, zoneinfo.ZoneInfo(alice.timezone))

    page = alice_client.get("/diary/?page=3").context["page"]

    assert len(everything) == 80
    assert page.paginator.count == 80
    assert page.paginator.num_pages == 4
    shown = [(entry["kind"], entry["object"].pk) for entry in page.object_list]
    assert shown == everything[50:75]


def make_alternating_entries(owner, count: int) -> None:
    """`count` attacks and `count` flares, a day apart in turn, so every page has both."""
    zone = zoneinfo.ZoneInfo(owner.timezone)
    today = timezone.localdate(timezone=zone)
    lupus = Condition.objects.get(slug="lupus")
    attack_days = [today - datetime.timedelta(days=2 * number + 1) for number in range(count)]
    MigraineAttack.objects.bulk_create(
        MigraineAttack(
            owner=owner,
            started_at=datetime.datetime.combine(day, datetime.time(12), tzinfo=zone),
            ended_at=datetime.datetime.combine(day, datetime.time(15), tzinfo=zone),
        )
        for day in attack_days
    )
    Flare.objects.bulk_create(
        Flare(
            owner=owner,
            condition=lupus,
            started_on=day - datetime.timedelta(days=1),
            ended_on=day - datetime.timedelta(days=1),
        )
        for day in attack_days
    )


def diary_reads(queries: list[dict]) -> list[str]:
    return [
        query["sql"]
        for query in queries
        if 'FROM "diary_migraineattack"' in query["sql"] or 'FROM "diary_flare"' in query["sql"]
    ]


def test_a_page_makes_the_same_queries_whatever_its_number_and_the_diary_length(
    alice_client, alice, django_assert_num_queries
):
    make_alternating_entries(alice, 10)
    alice_client.get("/diary/")
    with CaptureQueriesContext(connection) as short:
        alice_client.get("/diary/")
    make_alternating_entries(alice, 90)

    for number in (1, 3, 8):
        with django_assert_num_queries(len(short.captured_queries)):
            alice_client.get(f"/diary/?page={number}")
    assert len(short.captured_queries) <= 12


def test_a_page_reads_only_its_rows(alice_client, alice):
    make_alternating_entries(alice, 100)

    with CaptureQueriesContext(connection) as queries:
        response = alice_client.get("/diary/?page=3")

    assert len(response.context["page"].object_list) == 25
    count, keys, *rows = diary_reads(connection.queries[queries.initial_queries :])
    assert "COUNT(" in count
    assert "UNION ALL" in keys and "COUNT(" not in keys
    assert "LIMIT 25 OFFSET 50" in keys
    # Then the page's attacks and its flares, each by id.
    assert len(rows) == 2
    assert all(" IN (" in read and "UNION" not in read for read in rows)


def test_the_dose_and_checkin_lists_are_newest_first_over_pages(alice_client, alice, sumatriptan):
    now = timezone.now()
    doses = [
        MedicationDose.objects.create(
            medication=sumatriptan, taken_at=now - datetime.timedelta(hours=7 * number)
        )
        for number in range(30)
    ]
    checkins = [
        DailyCheckIn.objects.create(
            owner=alice, day=timezone.localdate() - datetime.timedelta(days=number)
        )
        for number in range(30)
    ]

    assert every_page(alice_client, "kind=dose") == [("dose", dose.pk) for dose in doses]
    assert every_page(alice_client, "kind=checkin") == [
        ("checkin", checkin.pk) for checkin in checkins
    ]


def test_the_date_filters_keep_the_order_and_the_count(alice_client, alice):
    make_alternating_entries(alice, 40)
    zone = zoneinfo.ZoneInfo(alice.timezone)
    today = timezone.localdate(timezone=zone)
    start, end = today - datetime.timedelta(days=60), today - datetime.timedelta(days=11)
    in_range = {
        ("attack", attack.pk)
        for attack in MigraineAttack.objects.filter(owner=alice)
        if start <= timezone.localtime(attack.started_at, zone).date() <= end
    } | {
        ("flare", flare.pk)
        for flare in Flare.objects.filter(owner=alice, started_on__range=(start, end))
    }
    expected = [entry for entry in sorted_as_in_python(alice, zone) if entry in in_range]
    query = f"start={start.isoformat()}&end={end.isoformat()}"

    page = alice_client.get(f"/diary/?{query}").context["page"]

    assert len(expected) == 50
    assert page.paginator.count == 50
    assert every_page(alice_client, query) == expected


def test_a_condition_leaves_out_attacks_and_other_conditions_flares(alice_client, alice, lupus):
    make_alternating_entries(alice, 30)
    ra = Condition.objects.get(slug="rheumatoid-arthritis")
    Flare.objects.create(owner=alice, condition=ra, started_on=timezone.localdate())
    lupus_flares = Flare.objects.filter(condition=lupus).order_by("-started_on")

    assert every_page(alice_client, f"condition={lupus.pk}") == [
        ("flare", flare.pk) for flare in lupus_flares
    ]
    assert every_page(alice_client, f"kind=attack&condition={lupus.pk}") == []


def test_other_patients_entries_never_appear_or_count(alice_client, alice, charlie):
    make_alternating_entries(alice, 20)
    make_alternating_entries(charlie, 30)
    medication = Medication.objects.create(
        owner=charlie, name="Ibuprofen", category="nsaid", purpose="acute"
    )
    MedicationDose.objects.create(medication=medication, taken_at=timezone.now())
    DailyCheckIn.objects.create(owner=charlie, day=timezone.localdate())

    page = alice_client.get("/diary/").context["page"]

    assert page.paginator.count == 40
    everything = sorted_as_in_python(alice, zoneinfo.ZoneInfo(alice.timezone))
    assert every_page(alice_client) == everything
    for kind in ("dose", "checkin"):
        assert every_page(alice_client, f"kind={kind}") == []


def test_the_list_uses_a_constant_number_of_queries(
    alice_client, alice, django_assert_max_num_queries
):
    make_entries(alice, 3)
    alice_client.get("/diary/")
    with django_assert_max_num_queries(12) as few:
        alice_client.get("/diary/")
    make_entries(alice, 30)

    with django_assert_max_num_queries(len(few.captured_queries)):
        alice_client.get("/diary/")


@pytest.mark.parametrize("kind", ["dose", "checkin"])
def test_dose_and_checkin_lists_use_a_constant_number_of_queries(
    alice_client, alice, kind, django_assert_max_num_queries
):
    medication = Medication.objects.create(
        owner=alice, name="Ibuprofen", category="nsaid", purpose="acute"
    )
    MedicationDose.objects.create(medication=medication, taken_at=timezone.now())
    DailyCheckIn.objects.create(owner=alice, day=timezone.localdate())
    with django_assert_max_num_queries(12) as few:
        alice_client.get(f"/diary/?kind={kind}")
    for day in range(1, 20):
        MedicationDose.objects.create(
            medication=medication, taken_at=timezone.now() - datetime.timedelta(days=day)
        )
        DailyCheckIn.objects.create(
            owner=alice, day=timezone.localdate() - datetime.timedelta(days=day)
        )

    with django_assert_max_num_queries(len(few.captured_queries)):
        alice_client.get(f"/diary/?kind={kind}")


# --- Home ----------------------------------------------------------------------------


def test_home_offers_one_tap_start_buttons(alice_client):
    response = alice_client.get("/")

    for minutes in (b'value="0"', b'value="15"', b'value="30"', b'value="60"'):
        assert minutes in response.content
    assert b"btn-big" in response.content


def test_home_shows_the_ongoing_attack_with_end_and_dose_buttons(
    alice_client, ongoing_attack, sumatriptan
):
    response = alice_client.get("/")

    assert f"/diary/migraines/{ongoing_attack.pk}/end/".encode() in response.content
    assert b"Took Sumatriptan" in response.content


def test_home_shows_todays_checkin_state_and_counts(alice_client, alice, attack, flare):
    before = alice_client.get("/")
    assert b"Fill in today" in before.content
    DailyCheckIn.objects.create(owner=alice, day=timezone.localdate())

    response = alice_client.get("/")

    assert b"Edit today" in response.content
    summary = response.context["summary"]
    assert summary["migraine_days"] >= 1
    assert summary["flare_days"] == 8


def test_home_uses_a_constant_number_of_queries(alice_client, alice, django_assert_max_num_queries):
    alice_client.get("/")
    # 22 since the relief questions, "no headache" buttons and due questionnaires came to
    # the home page: constant, but over the 12 issue 15 aims for (the questionnaires' four
    # reads are the first to fold into one).
    with django_assert_max_num_queries(22) as few:
        alice_client.get("/")
    make_entries(alice, 10)

    with django_assert_max_num_queries(len(few.captured_queries)):
        alice_client.get("/")


def sorted_by_local_day(entries: list[tuple[str, int, object]], zone) -> list[tuple[str, int]]:
    """(kind, id) of `entries` (kind, id, moment or day) in the list's order, worked out over
    the whole diary: local day newest first, then the moment (the kinds kept in days after
    every moment of their day), then the id."""

    def key(entry):
        kind, pk, when = entry
        if isinstance(when, datetime.datetime):
            return (when.astimezone(zone).date(), 1, when, pk)
        return (when, 0, None, pk)

    def order(entry):
        day, timed, moment, pk = key(entry)
        # Moments compare only with moments: a day's untimed entries share one place.
        return (day, timed, moment or datetime.datetime.min.replace(tzinfo=datetime.UTC), pk)

    return [(kind, pk) for kind, pk, _ in sorted(entries, key=order, reverse=True)]


@pytest.mark.parametrize("zone_name", DST_CHANGES)
def test_every_kind_pages_as_sorting_the_whole_diary_by_local_day(
    alice_client, alice, sumatriptan, zone_name
):
    # Entries of every kind over four days around each clock change, each page's picks
    # made from each kind's newest rows before the local days are worked out: attacks and
    # doses every five hours, some at the very same instant, a flare and a check-in a day.
    zone = zoneinfo.ZoneInfo(zone_name)
    alice.timezone = zone_name
    alice.save(update_fields=["timezone"])
    lupus = Condition.objects.get(slug="lupus")
    for change in DST_CHANGES[zone_name]:
        first = datetime.datetime.fromisoformat(change) - datetime.timedelta(days=2)
        starts = [first + datetime.timedelta(hours=5 * step) for step in range(20)]
        starts += starts[::4]
        MigraineAttack.objects.bulk_create(
            MigraineAttack(
                owner=alice, started_at=start, ended_at=start + datetime.timedelta(minutes=30)
            )
            for start in starts
        )
        MedicationDose.objects.bulk_create(
            MedicationDose(medication=sumatriptan, taken_at=start) for start in starts
        )
        days = sorted({start.astimezone(zone).date() for start in starts})
        Flare.objects.bulk_create(
            Flare(owner=alice, condition=lupus, started_on=day, ended_on=day) for day in days
        )
        DailyCheckIn.objects.bulk_create(DailyCheckIn(owner=alice, day=day) for day in days)
    attacks = [("attack", a.pk, a.started_at) for a in MigraineAttack.objects.filter(owner=alice)]
    flares = [("flare", f.pk, f.started_on) for f in Flare.objects.filter(owner=alice)]
    doses = [("dose", d.pk, d.taken_at) for d in MedicationDose.objects.all()]
    checkins = [("checkin", c.pk, c.day) for c in DailyCheckIn.objects.filter(owner=alice)]

    for query, entries in (
        ("", attacks + flares),
        ("kind=dose", doses),
        ("kind=checkin", checkins),
    ):
        count = alice_client.get(f"/diary/?{query}").context["page"].paginator.count
        assert count == len(entries)
        assert every_page(alice_client, query) == sorted_by_local_day(entries, zone)


def shown_filters(page: str) -> str:
    start = page.index('<form method="get"')
    return page[start : page.index("</form>", start) + len("</form>")]


def test_the_kept_blank_filters_are_the_filters_rendered_afresh_in_every_language(
    alice_client, alice
):
    filters = "diary/includes/entry_filters.html"
    renders = []
    for language in ["en", "es", "pt-br", "de", "en"]:
        alice.language = language
        alice.save(update_fields=["language"])
        with translation.override(language):
            fresh = render_to_string(filters, {"form": EntryFilterForm()})

        for _ in range(2):
            response = alice_client.get("/diary/")
            assert shown_filters(response.content.decode()) == fresh.strip()
            renders.append(filters in [template.name for template in response.templates])

    # Each language rendered once, on its first view; English's kept on its return.
    assert renders == [True, False, True, False, True, False, True, False, False, False]
    # Filled in, the form shows what was asked, never the kept blank one.
    filled = shown_filters(alice_client.get("/diary/?kind=flare").content.decode())
    assert '<option value="flare" selected>' in filled


def test_a_renamed_condition_shows_in_the_filters_at_once(alice_client, lupus):
    before = shown_filters(alice_client.get("/diary/").content.decode())
    lupus.name = "Systemic lupus erythematosus, renamed"
    lupus.save()

    after = shown_filters(alice_client.get("/diary/").content.decode())

    assert "Systemic lupus erythematosus, renamed" not in before
    assert "Systemic lupus erythematosus, renamed" in after
