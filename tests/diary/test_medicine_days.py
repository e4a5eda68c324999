"""Acute-medication days and overuse-relevant days, side by side on every page that shows
either (issue: joint NSAIDs contradicted themselves on the page).

Acute-medication days follow the purpose the patient gave (taken to treat an attack);
overuse-relevant days follow the kind of medicine (an ICHD-3 overuse class, whatever the
reason). Worked examples through the pages: naproxen for the joints, a triptan for attacks,
a gepant, lasmiditan."""

import datetime
import html
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from diary.insights import ACUTE_DAYS_LABEL, OVERUSE_DAYS_LABEL, format_day
from diary.models import Appointment, Medication, MedicationDose

PATIENT_SENTENCE = (
    "Medication overuse is counted by the kind of medicine, not by why it was taken, so an "
    "anti-inflammatory (NSAID) such as naproxen taken for your joints counts towards "
    "overuse just as one taken for a headache: what matters is how often it is taken."
)
CLINICIAN_SENTENCE = PATIENT_SENTENCE.replace("taken for your joints", "taken for Alice's joints")
GEPANT_SENTENCE = "Gepants, anti-sickness medicines, steroids and other medicines outside"


def today_of(patient) -> datetime.date:
    return timezone.localdate(timezone.now(), patient.tzinfo)


def log_doses(patient, *, name: str, category: str, purpose: str, days_ago) -> Medication:
    """A medicine and one dose at ten in the morning, local, on each of these past days."""
    medication = Medication.objects.create(
        owner=patient, name=name, category=category, purpose=purpose
    )
    today = today_of(patient)
    for ago in days_ago:
        MedicationDose.objects.create(
            medication=medication,
            taken_at=datetime.datetime.combine(
                today - datetime.timedelta(days=ago), datetime.time(10), tzinfo=patient.tzinfo
            ),
        )
    return medication


def last_30_days(patient) -> dict[str, str]:
    today = today_of(patient)
    return {
        "start": (today - datetime.timedelta(days=29)).isoformat(),
        "end": today.isoformat(),
    }


def page(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def text_of(content: str) -> str:
    """The page's words with tags dropped and spaces collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", content))


def home_figures(content: str) -> tuple[str, str]:
    acute = re.search(r'id="summary-acute-days">(\d+)<', content)
    overuse = re.search(r'id="summary-overuse-days">(\d+)<', content)
    assert acute and overuse
    return acute.group(1), overuse.group(1)


def key_number(content: str, label: str) -> str:
    """The Days cell of the report's key-numbers row with this label."""
    table = content.split('id="numbers-table"', 1)[1].split("</table>", 1)[0]
    for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S):
        cells = [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, flags=re.S)
        ]
        if cells and cells[0] == label:
            return cells[1]
    raise AssertionError(f"No key number {label!r}")


def data_json(client, patient, url: str = "/timeline/data.json") -> dict:
    response = client.get(url, last_30_days(patient))
    assert response.status_code == 200
    return json.loads(response.content)


def series_total(data: dict, key: str) -> int:
    return sum(value or 0 for value in data["series"][key])


def month_total(data: dict, key: str) -> int:
    return sum(row[key] for row in data["months"])


# --- Naproxen for the joints -----------------------------------------------------------


@pytest.fixture
def joint_naproxen(alice):
    """Naproxen "for my autoimmune disease" on every other day of the last 90 (15 days in
    each 30-day window): the overuse alert applies, and not one acute-medication day."""
    return log_doses(
        alice,
        name="Naproxen",
        category="nsaid",
        purpose="disease_modifying",
        days_ago=range(1, 90, 2),
    )


def test_joint_naproxen_on_the_home_page_shows_both_figures_the_alert_and_why(
    alice_client, joint_naproxen
):
    content = page(alice_client.get("/"))

    assert ACUTE_DAYS_LABEL in content and OVERUSE_DAYS_LABEL in content
    assert home_figures(content) == ("0", "15")
    assert 'data-kind="medication_overuse"' in content
    assert PATIENT_SENTENCE in text_of(content)
    assert GEPANT_SENTENCE not in content


def test_joint_naproxen_in_the_report_shows_both_key_numbers_the_alert_and_why(
    alice_client, alice, joint_naproxen
):
    content = page(alice_client.get("/report/", last_30_days(alice)))

    assert key_number(content, ACUTE_DAYS_LABEL) == "0"
    assert key_number(content, OVERUSE_DAYS_LABEL) == "15"
    assert 'data-kind="medication_overuse"' in content
    assert PATIENT_SENTENCE in text_of(content)
    # The month-by-month table has both columns too.
    months = content.split('id="months-table"', 1)[1].split("</table>", 1)[0]
    assert (
        '<th scope="col">Acute-medication days</th><th scope="col">Overuse-relevant days</th>'
        in months
    )
    # And the chart's table, day by day: yesterday had naproxen, not for an attack.
    chart = content.split('id="chart-table"', 1)[1].split("</table>", 1)[0]
    headings = re.findall(r'<th scope="col">(.*?)</th>', chart)
    acute, overuse = headings.index("Acute medication"), headings.index("Overuse-relevant medicine")
    yesterday = format_day(today_of(alice) - datetime.timedelta(days=1))
    row = next(
        row
        for row in re.findall(r"<tr>(.*?)</tr>", chart, flags=re.S)
        if f'<th scope="row">{yesterday}</th>' in row
    )
    cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)
    assert (cells[acute], cells[overuse]) == ("no", "yes")


def test_joint_naproxen_in_the_timeline_data_gives_both_series_tables_and_why(
    alice_client, alice, joint_naproxen
):
    data = data_json(alice_client, alice)

    assert series_total(data, "acute_medication") == 0
    assert series_total(data, "overuse_medication") == 15
    assert month_total(data, "acute_medication_days") == 0
    assert month_total(data, "overuse_medication_days") == 15
    columns = data["table"]["columns"]
    acute, overuse = columns.index("Acute medication"), columns.index("Overuse-relevant medicine")
    assert overuse == acute + 1
    yesterday = data["table"]["rows"][-2]
    assert (yesterday[acute], yesterday[overuse]) == ("no", "yes")
    assert [alert["kind"] for alert in data["alerts"]][0] == "medication_overuse"
    assert (
        "0 days with acute medication (taken to treat an attack) and 15 overuse-relevant days"
        in data["summary"]
    )
    assert PATIENT_SENTENCE in data["summary"]


def test_joint_naproxen_in_the_clinic_report_is_told_to_the_clinician(
    client, alice, bob, alice_shares_with_bob, joint_naproxen
):
    client.force_login(bob)

    content = page(client.get(reverse("clinic:report", args=[alice.uuid]), last_30_days(alice)))

    assert key_number(content, ACUTE_DAYS_LABEL) == "0"
    assert key_number(content, OVERUSE_DAYS_LABEL) == "15"
    assert 'data-kind="medication_overuse"' in content
    assert CLINICIAN_SENTENCE in text_of(content)
    assert PATIENT_SENTENCE not in text_of(content)
    data = data_json(client, alice, reverse("clinic:timeline-data", args=[alice.uuid]))
    assert series_total(data, "overuse_medication") == 15
    assert CLINICIAN_SENTENCE in data["summary"]


def test_joint_naproxen_in_the_visit_pack_gives_both_figures_and_why(
    alice_client, alice, joint_naproxen
):
    appointment = Appointment.objects.create(
        owner=alice, day=today_of(alice), specialty="neurology"
    )

    content = page(alice_client.get(f"/diary/appointments/{appointment.pk}/"))

    # The pack covers the last 90 days: 45 days of naproxen, none of them for an attack.
    assert re.search(r'id="pack-acute-days">0<', content)
    assert re.search(r'id="pack-overuse-days">45<', content)
    assert PATIENT_SENTENCE in text_of(content)


# --- A triptan for attacks, a gepant, lasmiditan -------------------------------------


def test_a_triptan_for_attacks_gives_the_same_figure_twice_and_no_nsaid_sentence(
    alice_client, alice
):
    log_doses(
        alice, name="Sumatriptan", category="triptan", purpose="acute", days_ago=range(1, 20, 2)
    )

    home = page(alice_client.get("/"))
    report = page(alice_client.get("/report/", last_30_days(alice)))
    data = data_json(alice_client, alice)

    assert home_figures(home) == ("10", "10")
    assert key_number(report, ACUTE_DAYS_LABEL) == "10"
    assert key_number(report, OVERUSE_DAYS_LABEL) == "10"
    assert series_total(data, "acute_medication") == series_total(data, "overuse_medication") == 10
    for content in (text_of(home), text_of(report), data["summary"]):
        assert PATIENT_SENTENCE not in content and GEPANT_SENTENCE not in content
    assert 'id="summary-medication-note"' not in home


def test_a_gepant_on_fifteen_days_is_fifteen_acute_days_and_no_overuse_relevant_day(
    alice_client, alice
):
    log_doses(
        alice, name="Rimegepant", category="gepant", purpose="acute", days_ago=range(1, 30, 2)
    )

    home = page(alice_client.get("/"))
    data = data_json(alice_client, alice)
    report = page(alice_client.get("/report/", last_30_days(alice)))

    assert home_figures(home) == ("15", "0")
    assert key_number(report, ACUTE_DAYS_LABEL) == "15"
    assert key_number(report, OVERUSE_DAYS_LABEL) == "0"
    assert series_total(data, "acute_medication") == 15
    assert series_total(data, "overuse_medication") == 0
    assert GEPANT_SENTENCE in text_of(home) and GEPANT_SENTENCE in data["summary"]
    assert PATIENT_SENTENCE not in data["summary"]
    assert not [alert for alert in data["alerts"] if alert["kind"].startswith("medication_overuse")]


def test_lasmiditan_counts_as_overuse_relevant(alice_client, alice):
    log_doses(alice, name="Lasmiditan", category="ditan", purpose="acute", days_ago=range(1, 12))

    data = data_json(alice_client, alice)
    report = page(alice_client.get("/report/", last_30_days(alice)))

    assert series_total(data, "acute_medication") == series_total(data, "overuse_medication") == 11
    assert key_number(report, OVERUSE_DAYS_LABEL) == "11"


def test_the_home_page_keeps_its_query_count_with_both_figures(
    alice_client, alice, joint_naproxen, django_assert_max_num_queries
):
    log_doses(alice, name="Rimegepant", category="gepant", purpose="acute", days_ago=[2, 4])
    alice_client.get("/")

    # The ceiling of tests/diary/test_entry_list.py: both figures come from the doses the
    # page reads already.
    with django_assert_max_num_queries(22):
        content = page(alice_client.get("/"))

    assert home_figures(content) == ("2", "15")


# --- Why NSAIDs for the joints count: once on each page ---------------------------------

# Every wording that says an NSAID taken for the joints counts towards overuse: the summary
# note's sentence (insights.joints_sentence) and the early warning's.
JOINTS_WORDS = re.compile(r"taken for (?:your|the|Alice's) joints counts? ")


def words_shown(content: str) -> str:
    """The page's words without its scripts' data (json_script), which only feed charts."""
    return text_of(re.sub(r"<script\b.*?</script>", " ", content, flags=re.S))


@pytest.fixture
def joint_naproxen_lately(alice):
    """Naproxen for the joints on 15 of the last 30 days and none before: the early warning
    applies (it says why these days count) and the two medicine-day figures differ."""
    return log_doses(
        alice,
        name="Naproxen",
        category="nsaid",
        purpose="disease_modifying",
        days_ago=range(1, 30, 2),
    )


def test_the_joints_sentence_is_said_once_on_each_patient_page(
    alice_client, alice, joint_naproxen_lately
):
    appointment = Appointment.objects.create(
        owner=alice, day=today_of(alice), specialty="neurology"
    )
    for url, query in [
        ("/", {}),
        ("/report/", last_30_days(alice)),
        ("/timeline/", last_30_days(alice)),
        (f"/diary/appointments/{appointment.pk}/", {}),
    ]:
        content = words_shown(page(alice_client.get(url, query)))
        assert "Acute medication is adding up" in content, url
        assert len(JOINTS_WORDS.findall(content)) == 1, url


def test_the_joints_sentence_is_said_once_on_each_clinician_page(
    client, alice, bob, alice_shares_with_bob, joint_naproxen_lately
):
    appointment = Appointment.objects.create(
        owner=alice, day=today_of(alice), specialty="neurology"
    )
    client.force_login(bob)
    for url, query in [
        (reverse("clinic:report", args=[alice.uuid]), last_30_days(alice)),
        (reverse("clinic:timeline", args=[alice.uuid]), last_30_days(alice)),
        (reverse("clinic:visit-pack", args=[alice.uuid, appointment.pk]), {}),
    ]:
        content = words_shown(page(client.get(url, query)))
        assert "Acute medication is adding up" in content, url
        assert len(JOINTS_WORDS.findall(content)) == 1, url


def test_without_an_alert_the_visit_pack_says_it_once_beside_the_medicine_days(
    alice_client, alice, joint_naproxen
):
    # 45 days of naproxen in 90: the overuse alert, which does not speak of the joints.
    for specialty in ["neurology", "rheumatology", "other"]:
        appointment = Appointment.objects.create(
            owner=alice, day=today_of(alice), specialty=specialty
        )
        content = words_shown(page(alice_client.get(f"/diary/appointments/{appointment.pk}/")))
        assert len(JOINTS_WORDS.findall(content)) == 1, specialty
        assert PATIENT_SENTENCE in content, specialty
        appointment.delete()


def test_without_an_alert_the_home_page_says_it_once(alice_client, joint_naproxen):
    content = words_shown(page(alice_client.get("/")))

    assert len(JOINTS_WORDS.findall(content)) == 1
    assert PATIENT_SENTENCE in content
