"""The timeline page and its JSON endpoint: worked examples, bad input, access."""

import gzip
import json
from datetime import UTC, date, datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from diary import insights
from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack, Trigger
from education.models import Condition
from tests.conftest import make_patient

BERLIN = ZoneInfo("Europe/Berlin")
# 18:00 in Berlin on 30 June 2025: the patient's "today" is 30 June.
NOW = datetime(2025, 6, 30, 16, 0, tzinfo=UTC)
TODAY = date(2025, 6, 30)
DATA_URL = "/timeline/data.json"


@pytest.fixture(autouse=True)
def frozen_now():
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        yield


def at(day: date, hour: int, minute: int = 0, tz=BERLIN) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


def attack(owner, start: datetime, end: datetime | None, *, peak=6, kind="migraine"):
    return MigraineAttack.objects.create(
        owner=owner, started_at=start, ended_at=end, peak_intensity=peak, attack_type=kind
    )


def flare(owner, started_on: date, ended_on: date | None, slug: str = "lupus") -> Flare:
    return Flare.objects.create(
        owner=owner,
        condition=Condition.objects.get(slug=slug),
        started_on=started_on,
        ended_on=ended_on,
    )


def dose(owner, taken_at: datetime, category: str = "triptan", purpose: str = "acute"):
    medication, _ = Medication.objects.get_or_create(
        owner=owner, name=category, defaults={"category": category, "purpose": purpose}
    )
    return MedicationDose.objects.create(medication=medication, taken_at=taken_at)


def get_data(client, **params) -> dict:
    response = client.get(DATA_URL, params)
    assert response.status_code == 200, response.content
    return response.json()


def series_by_date(data: dict, column: str) -> dict[str, object]:
    return dict(zip(data["series"]["dates"], data["series"][column], strict=True))


# --- Worked examples -----------------------------------------------------------------


def test_an_attack_across_midnight_in_berlin_gives_two_migraine_days(alice_client, alice):
    attack(alice, at(date(2025, 6, 10), 22), at(date(2025, 6, 11), 3), peak=7)

    data = get_data(alice_client, start="2025-06-09", end="2025-06-12")

    migraine = series_by_date(data, "migraine")
    assert migraine == {"2025-06-09": None, "2025-06-10": 1, "2025-06-11": 1, "2025-06-12": 0}
    assert series_by_date(data, "peak")["2025-06-11"] == 7
    assert data["resolution"] == "day"


def test_days_are_read_in_the_patients_own_time_zone(db, client):
    patient = make_patient("ny@example.com", timezone="America/New_York")
    client.force_login(patient)
    # 02:00 to 06:00 UTC is 22:00 to 02:00 in New York: two local days.
    attack(patient, datetime(2025, 6, 11, 2, tzinfo=UTC), datetime(2025, 6, 11, 6, tzinfo=UTC))

    data = get_data(client, start="2025-06-10", end="2025-06-11")

    assert data["series"]["migraine"] == [1, 1]


def test_days_before_the_diary_began_are_not_counted(alice_client, alice):
    attack(alice, at(date(2025, 6, 20), 9), at(date(2025, 6, 20), 11))

    data = get_data(alice_client, start="2025-06-01", end="2025-06-30")

    assert data["diary_start"] == "2025-06-20"
    assert data["covered_days"] == 11
    assert data["months"][0]["covered_days"] == 11
    assert series_by_date(data, "migraine")["2025-06-19"] is None


def test_an_ongoing_attack_and_an_ongoing_flare_run_to_today(alice_client, alice):
    attack(alice, at(date(2025, 6, 28), 8), None, peak=None)
    flare(alice, date(2025, 6, 25), None)

    data = get_data(alice_client, start="2025-06-20", end="2025-06-30")

    migraine = series_by_date(data, "migraine")
    assert [migraine[f"2025-06-{day}"] for day in (27, 28, 29, 30)] == [0, 1, 1, 1]
    assert data["flares"] == [
        {
            "condition": "lupus",
            "label": Condition.objects.get(slug="lupus").name,
            "start": "2025-06-25",
            "end": "2025-06-30",
        }
    ]


def test_a_headache_that_is_not_migraine_counts_as_a_headache_day_only(alice_client, alice):
    attack(alice, at(date(2025, 6, 10), 9), at(date(2025, 6, 10), 12), kind="headache")

    data = get_data(alice_client, start="2025-06-10", end="2025-06-10")

    assert data["series"]["migraine"] == [0]
    assert data["series"]["headache"] == [1]
    assert data["months"][0]["headache_days"] == 1


def test_acute_medication_days_count_but_preventive_doses_do_not(alice_client, alice):
    dose(alice, at(date(2025, 6, 10), 8), "nsaid", "acute")
    dose(alice, at(date(2025, 6, 11), 8), "cgrp_antibody", "preventive")

    data = get_data(alice_client, start="2025-06-10", end="2025-06-11")

    assert data["series"]["acute_medication"] == [1, 0]


def test_a_preventive_only_kind_saved_as_acute_is_not_an_acute_medication_day(alice_client, alice):
    dose(alice, at(date(2025, 6, 10), 8), "cgrp_antibody", "acute")
    dose(alice, at(date(2025, 6, 11), 8), "biologic", "acute")
    dose(alice, at(date(2025, 6, 12), 8), "triptan", "acute")

    data = get_data(alice_client, start="2025-06-10", end="2025-06-12")

    assert data["series"]["acute_medication"] == [0, 0, 1]
    assert data["months"][0]["acute_medication_days"] == 1


def test_every_preventive_only_kind_is_a_medication_category():
    assert insights.PREVENTIVE_ONLY_CATEGORIES <= set(Medication.Category.values)
    assert Medication.Category.CGRP_ANTIBODY in insights.PREVENTIVE_ONLY_CATEGORIES


def test_check_in_factors_and_triggers_reach_the_chart_and_the_associations(alice_client, alice):
    wine = Trigger.objects.create(owner=alice, name="Red wine")
    for offset in range(20):
        day = date(2025, 6, 1) + timedelta(days=offset)
        checkin = DailyCheckIn.objects.create(
            owner=alice, day=day, sleep_hours=5 if offset % 2 else 8, stress=offset % 11
        )
        if offset % 4 == 0:
            checkin.triggers.add(wine)
        if offset % 2:
            attack(alice, at(day, 9), at(day, 10))

    data = get_data(alice_client, start="2025-06-01", end="2025-06-20")

    assert series_by_date(data, "sleep")["2025-06-02"] == 5.0
    assert series_by_date(data, "stress")["2025-06-04"] == 3
    factors = {item["factor"] for item in data["factors"]["associations"]}
    assert {"short_sleep", "trigger:Red wine"} <= factors


def test_long_ranges_are_weekly_and_say_so(alice_client, alice):
    attack(alice, at(date(2024, 1, 3), 9), at(date(2024, 1, 3), 10))

    data = get_data(alice_client, start="2024-01-01", end="2025-06-30")

    assert data["resolution"] == "week"
    assert data["series"]["dates"][0] == "2024-01-01"
    assert data["series"]["migraine"][0] == 1


def test_a_week_before_the_diary_began_says_not_covered_in_its_table_row(alice_client, alice):
    attack(alice, at(date(2025, 3, 5), 9), at(date(2025, 3, 5), 10), peak=7)

    data = get_data(alice_client, start="2024-06-03", end="2025-06-30")

    assert data["table"]["columns"][:4] == [
        "Week starting",
        "Days covered",
        "Migraine days",
        "Highest peak pain",
    ]
    assert data["table"]["rows"][0][:6] == [
        "3 Jun 2024",
        "0 of 7",
        "not covered",
        "none",
        "not covered",
        "not covered",
    ]
    # The diary begins on Wednesday 5 March: its week covers five days.
    week = data["series"]["dates"].index("2025-03-03")
    assert data["table"]["rows"][week][:4] == ["3 Mar 2025", "5 of 7", "1", "7"]
    assert data["labels"]["migraine"] == "Migraine days in the week"
    assert data["resolution_note"].startswith("This period is longer than 180 days")


def test_the_data_carries_its_sentences_and_the_quick_periods(alice_client, alice):
    flare(alice, date(2025, 6, 10), date(2025, 6, 12))

    data = get_data(alice_client)

    lupus = Condition.objects.get(slug="lupus").name
    assert data["flare_list"] == f"Flares in this period: {lupus} (10 Jun 2025 to 12 Jun 2025)."
    assert data["linkage"]["cells"]["ratio"] == "too little data for a ratio"
    assert data["months_table"][0] == ["April 2025", "0 of 29"] + ["not covered"] * 5
    assert data["status"] == "Showing 2 Apr 2025 to 30 Jun 2025."
    assert data["quick_starts"] == {
        "30": "2025-06-01",
        "90": "2025-04-02",
        "365": "2024-07-01",
        "all": "2025-06-10",
    }


def test_the_flare_window_changes_the_linkage(alice_client, alice):
    flare(alice, date(2025, 6, 10), date(2025, 6, 12))
    attack(alice, at(date(2025, 1, 1), 9), at(date(2025, 1, 1), 10))

    narrow = get_data(alice_client, start="2025-01-01", end="2025-06-30", window=0)
    wide = get_data(alice_client, start="2025-01-01", end="2025-06-30", window=14)

    assert narrow["linkage"]["window_days"] == 0
    assert narrow["linkage"]["inside_days"] == 3
    assert wide["linkage"]["inside_days"] == 3 + 28


def test_alerts_arrive_with_triptan_caution_for_a_vessel_condition(alice_client, alice):
    dose(alice, at(date(2025, 6, 10), 8), "triptan")

    data = get_data(alice_client)

    assert [alert["kind"] for alert in data["alerts"]] == ["triptan_caution"]
    assert data["alerts"][0]["learn_url"] == "/learn/medication-caution/"


def test_without_dates_the_endpoint_shows_the_last_90_days(alice_client):
    data = get_data(alice_client)

    assert data["end"] == "2025-06-30"
    assert data["start"] == "2025-04-02"
    assert data["linkage"]["window_days"] == 3


# --- Bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"start": "yesterday"},
        {"start": "2025-02-30"},
        {"end": "2025-13-01"},
        {"start": "2025-06-10", "end": "2025-06-01"},
        {"start": "1899-12-31", "end": "1900-01-10"},
        {"start": "1990-01-01", "end": "2025-06-30"},
        {"start": "2025-06-01", "end": "2025-07-02"},
        {"start": "2025-06-01", "end": "9999-12-31"},
        {"window": "-1"},
        {"window": "15"},
        {"window": "three"},
        {"start": "\x00"},
    ],
)
def test_bad_reversed_or_absurd_ranges_answer_400_with_an_error(alice_client, params):
    response = alice_client.get(DATA_URL, params)

    assert response.status_code == 400
    assert response.json()["error"]


def test_tomorrow_is_allowed_as_an_end_for_patients_ahead_of_the_server(alice_client):
    data = get_data(alice_client, start="2025-06-01", end="2025-07-01")

    assert data["series"]["covered"][-1] == 0


def test_thirty_years_is_allowed(alice_client):
    data = get_data(alice_client, start="1995-07-10", end="2025-06-30")

    assert data["resolution"] == "week"


# --- Access --------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/timeline/", DATA_URL])
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("url", ["/timeline/", DATA_URL])
def test_clinicians_and_curators_get_404(bob_client, carol, client, url):
    assert bob_client.get(url).status_code == 404
    client.force_login(carol)
    assert client.get(url).status_code == 404


def test_a_patient_sees_only_their_own_diary(charlie_client, alice):
    attack(alice, at(date(2025, 6, 10), 9), at(date(2025, 6, 10), 10))
    flare(alice, date(2025, 6, 1), None)

    data = get_data(charlie_client, start="2025-06-01", end="2025-06-30")

    assert data["diary_start"] is None
    assert data["flares"] == []
    assert not any(data["series"]["migraine"])


def test_the_data_is_not_cached(alice_client):
    response = alice_client.get(DATA_URL)

    assert "no-store" in response["Cache-Control"]


# --- The page ------------------------------------------------------------------------


def test_the_page_carries_its_data_and_loads_only_its_own_script(alice_client, alice):
    attack(alice, at(date(2025, 6, 10), 9), at(date(2025, 6, 10), 10))

    response = alice_client.get("/timeline/")

    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="timeline-data"' in content
    assert "js/timeline.js" in content
    assert "<script>" not in content and " style=" not in content
    assert "/learn/how-migraine-and-autoimmune-disease-connect/" in content
    assert "association, not cause" in content
    start = content.index('id="timeline-data" type="application/json">') + len(
        'id="timeline-data" type="application/json">'
    )
    data = json.loads(content[start : content.index("</script>", start)])
    assert data["end"] == "2025-06-30"


def inline_data(content: str) -> tuple[int, dict]:
    """The bytes and the data of the page's json_script."""
    opening = 'id="timeline-data" type="application/json">'
    start = content.index(opening) + len(opening)
    text = content[start : content.index("</script>", start)]
    return len(text.encode()), json.loads(text)


def test_a_ten_year_page_carries_only_its_period_and_data_json_the_rest(alice_client, alice):
    first = TODAY - timedelta(days=3649)
    MigraineAttack.objects.bulk_create(
        MigraineAttack(
            owner=alice,
            started_at=at(first + timedelta(days=days), 9),
            ended_at=at(first + timedelta(days=days), 15),
            peak_intensity=1 + days % 10,
            attack_type="migraine",
        )
        for days in range(0, 3650, 5)
    )
    flare(alice, TODAY - timedelta(days=40), TODAY - timedelta(days=30))

    response = alice_client.get("/timeline/", {"start": first.isoformat()})

    content = response.content.decode()
    size, data = inline_data(content)
    # Ten years by week: the page carries its period, not its 522 weeks.
    assert size < 1024, size
    assert data["deferred"] is True
    assert (data["start"], data["end"], data["resolution"]) == (
        first.isoformat(),
        "2025-06-30",
        "week",
    )
    assert "series" not in data and "table" not in data
    # The words of the first screen are in the page itself.
    full = response.context["data"]
    assert 'id="key-bar">migraine days in the week<' in content
    assert "each bar is one week" in content
    assert full["summary"] and full["linkage"]["summary"].split(".")[0] in content
    # data.json gives the numbers, every week of them.
    fetched = get_data(alice_client, start=data["start"], end=data["end"], window=data["window"])
    assert len(fetched["table"]["rows"]) == len(fetched["series"]["dates"]) >= 520
    assert len(json.dumps(fetched)) > 50 * size
    assert fetched["summary"] == full["summary"]


def test_a_period_drawn_day_by_day_carries_all_its_data_in_the_page(alice_client, alice):
    attack(alice, at(date(2025, 6, 10), 9), at(date(2025, 6, 10), 10))

    _, data = inline_data(alice_client.get("/timeline/").content.decode())

    assert "deferred" not in data
    assert len(data["table"]["rows"]) == 90
    assert data == get_data(alice_client, start=data["start"], end=data["end"])


def test_the_page_shows_alerts_in_plain_words_with_a_link(alice_client, alice):
    dose(alice, at(date(2025, 6, 10), 8), "triptan")

    content = alice_client.get("/timeline/").content.decode()

    assert "A note about triptans" in content
    assert "discuss this with your clinician" in content
    assert 'href="/learn/medication-caution/"' in content


def test_the_page_keeps_a_period_from_its_address(alice_client):
    response = alice_client.get("/timeline/", {"start": "2025-01-01", "end": "2025-03-31"})

    assert response.context["data"]["start"] == "2025-01-01"
    assert response.context["data"]["resolution"] == "day"


def test_the_page_falls_back_to_90_days_for_a_bad_address(alice_client):
    response = alice_client.get("/timeline/", {"start": "nonsense"})

    assert response.status_code == 200
    assert response.context["data"]["start"] == "2025-04-02"


# --- Properties ----------------------------------------------------------------------


class TestCountsAgree(HypothesisTestCase):
    """Whatever the attacks, the daily series and the monthly table count the same days."""

    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        starts=st.lists(
            st.tuples(st.integers(0, 170), st.integers(0, 23), st.integers(1, 60)),
            max_size=12,
        ),
        span=st.integers(1, 180),
    )
    def test_daily_and_monthly_counts_agree(self, starts, span):
        patient = make_patient(f"p{abs(hash((tuple(starts), span)))}@example.com")
        patient.timezone = "Europe/Berlin"
        patient.save()
        self.client.force_login(patient)
        cursor = at(date(2025, 1, 1), 0)
        for offset, hour, hours in sorted(starts):
            begin = max(at(date(2025, 1, 1) + timedelta(days=offset), hour), cursor)
            end = begin + timedelta(hours=hours)
            attack(patient, begin, end)
            cursor = end + timedelta(minutes=1)
        with mock.patch("django.utils.timezone.now", return_value=NOW):
            response = self.client.get(
                DATA_URL, {"start": str(TODAY - timedelta(days=span - 1)), "end": str(TODAY)}
            )
        data = response.json()
        daily = sum(value or 0 for value in data["series"]["migraine"])
        assert daily == sum(row["migraine_days"] for row in data["months"])
        assert sum(data["series"]["covered"]) == data["covered_days"]


def test_data_json_is_sent_compressed_to_browsers_that_accept_it(alice_client, alice):
    attack(alice, at(date(2025, 6, 10), 9), at(date(2025, 6, 10), 20))
    plain = alice_client.get(DATA_URL, {"start": "2015-06-30", "end": "2025-06-30"})
    compressed = alice_client.get(
        DATA_URL, {"start": "2015-06-30", "end": "2025-06-30"}, HTTP_ACCEPT_ENCODING="gzip, br"
    )

    assert plain.status_code == 200, plain.content[:200]
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert len(compressed.content) * 4 < len(plain.content)
    assert json.loads(gzip.decompress(compressed.content)) == plain.json()


def test_the_page_is_kept_as_html_until_the_diary_changes(alice_client, alice):
    content = "diary/includes/timeline_content.html"
    attack(alice, at(date(2025, 6, 27), 8), at(date(2025, 6, 27), 12))
    first = alice_client.get("/timeline/")
    again = alice_client.get("/timeline/")

    assert content in [template.name for template in first.templates]
    assert content not in [template.name for template in again.templates]

    def main(response) -> str:
        page = response.content.decode()
        return page[page.index("<main") : page.index("</main>")]

    assert main(again) == main(first)
    assert 'id="timeline"' in main(again)
    # Another period is a page of its own; a write shows at once.
    other = alice_client.get("/timeline/?start=2025-05-01&end=2025-05-31")
    assert content in [template.name for template in other.templates]
    attack(alice, at(date(2025, 6, 29), 8), at(date(2025, 6, 29), 12))
    after = alice_client.get("/timeline/")
    assert content in [template.name for template in after.templates]
    assert main(after) != main(first)
