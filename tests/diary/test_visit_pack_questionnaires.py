"""Questionnaires in the visit pack, through the pack's page: the latest score of each kept
instrument in the period with its band, date and change since the one before; the
neurology pack shows the headache instruments, the rheumatology pack the autoimmune ones,
both PHQ-9 and GAD-7 as scores and never an answer."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from diary.instruments import instruments
from diary.models import Appointment, KeptInstrument, QuestionnaireResponse
from diary.questionnaires import response_submit
from diary.views.visits import visit_pack_context


def complete(owner, slug: str, answers: dict[str, str], days_ago: int) -> QuestionnaireResponse:
    """A completed response, scored by the instrument, `days_ago` days back."""
    response = response_submit(owner=owner, known=instruments()[slug], raw=answers, token=None)
    response.completed_at = timezone.now() - datetime.timedelta(days=days_ago)
    response.save()
    return response


def phq9(*values: int) -> dict[str, str]:
    return {str(n): str(value) for n, value in enumerate(values, start=1)}


HIT6_60 = {"1": "10", "2": "10", "3": "10", "4": "10", "5": "10", "6": "10"}
HIT6_54 = {"1": "10", "2": "10", "3": "8", "4": "8", "5": "10", "6": "8"}
MFIS_40 = {str(n): ("2" if n <= 20 else "0") for n in range(1, 22)}


@pytest.fixture
def history(alice):
    for slug, days in [("phq9", 14), ("gad7", 14), ("hit6", 28), ("mfis", 28)]:
        KeptInstrument.objects.create(owner=alice, slug=slug, interval_days=days)
    complete(alice, "phq9", phq9(2, 2, 1, 1, 1, 1, 1, 1, 1), days_ago=40)
    # Item 9 (thoughts of self-harm) above zero: flagged in the pack, never as the answer.
    complete(alice, "phq9", phq9(1, 1, 0, 0, 1, 0, 0, 0, 1), days_ago=10)
    complete(alice, "hit6", HIT6_60, days_ago=60)
    complete(alice, "hit6", HIT6_54, days_ago=5)
    complete(alice, "mfis", MFIS_40, days_ago=20)


def pack(client, owner, specialty: str) -> str:
    appointment = Appointment.objects.create(
        owner=owner, day=timezone.localdate(timezone.now(), owner.tzinfo), specialty=specialty
    )
    page = client.get(f"/diary/appointments/{appointment.pk}/").content.decode()
    found = re.search(r'<section[^>]*id="pack-questionnaires".*?</section>', page, re.S)
    return found.group(0) if found else ""


def day_words(days_ago: int, owner) -> str:
    day = timezone.localdate(timezone.now() - datetime.timedelta(days=days_ago), owner.tzinfo)
    return f"{day.day} {day:%B %Y}"


def test_the_neurology_pack_shows_headache_scores_and_mood_scores(alice_client, alice, history):
    section = pack(alice_client, alice, "neurology")

    assert f"Your HIT-6 score on {day_words(5, alice)} was 54" in section
    assert ": some impact." in section
    assert f"6 lower (better) than on {day_words(60, alice)}, when it was 60." in section
    assert "That reaches the change counted as meaningful (5 points)." in section
    assert f"Your PHQ-9 score on {day_words(10, alice)} was 4" in section
    assert "You did not complete the GAD-7 in this period." in section
    assert "MFIS" not in section


def test_the_rheumatology_pack_shows_autoimmune_scores_and_mood_scores(
    alice_client, alice, history
):
    section = pack(alice_client, alice, "rheumatology")

    assert f"Your MFIS score on {day_words(20, alice)} was 40" in section
    assert "at or above the cut-off of 38" in section
    assert "Your PHQ-9 score on" in section
    assert "HIT-6" not in section


@pytest.mark.parametrize("specialty", ["neurology", "rheumatology", "other"])
def test_phq9_and_gad7_appear_as_scores_never_as_answers(alice_client, alice, history, specialty):
    section = pack(alice_client, alice, specialty)

    assert "PHQ-9" in section
    for known in (instruments()["phq9"], instruments()["gad7"]):
        for item in known.items:
            assert item.text not in section
    for option in ("Not at all", "Several days", "Nearly every day"):
        assert option not in section


def test_an_answer_on_thoughts_of_self_harm_is_flagged_never_hidden_behind_the_score(
    alice_client, alice, history
):
    section = pack(alice_client, alice, "rheumatology")

    flag = section.index("pack-safety")
    assert flag < section.index("Your PHQ-9 score on")
    assert (
        "You answered above zero on the item about thoughts of being better off dead or "
        f"of hurting yourself on {day_words(40, alice)} and {day_words(10, alice)}." in section
    )
    assert 'id="urgent-help"' in section
    assert "hidden" not in section[section.index('id="urgent-help"') - 80 :][:200]


def test_the_clinician_reads_the_flag_in_the_third_person_without_the_patients_help_box(
    alice, history
):
    appointment = Appointment.objects.create(
        owner=alice, day=timezone.localdate(timezone.now(), alice.tzinfo), specialty="neurology"
    )

    context = visit_pack_context(alice, appointment, for_clinician=True)

    assert context["questionnaires"][0].safety == (
        "Alice answered above zero on the item about thoughts of being better off dead or "
        f"of self-harm on {day_words(40, alice)} and {day_words(10, alice)}. Overlap showed "
        "them where to get urgent help."
    )
    assert context["urgent_help_lines"] == []


def test_no_flag_when_every_answer_on_thoughts_of_self_harm_was_zero(alice_client, alice):
    KeptInstrument.objects.create(owner=alice, slug="phq9", interval_days=14)
    complete(alice, "phq9", phq9(3, 3, 3, 3, 3, 3, 3, 3, 0), days_ago=3)

    section = pack(alice_client, alice, "neurology")

    assert "was 24" in section
    assert "pack-safety" not in section
    assert "urgent-help" not in section


def test_a_score_after_the_period_is_left_for_the_next_pack(alice_client, alice, history):
    earlier = Appointment.objects.create(
        owner=alice,
        day=timezone.localdate(timezone.now(), alice.tzinfo) - datetime.timedelta(days=30),
        specialty="neurology",
    )

    page = alice_client.get(f"/diary/appointments/{earlier.pk}/").content.decode()

    assert f"Your PHQ-9 score on {day_words(40, alice)} was 11" in page
    assert "This is the first PHQ-9 you completed in Overlap" in page
    assert f"Your HIT-6 score on {day_words(60, alice)} was 60" in page
    assert "was 54" not in page


def test_a_pack_without_questionnaires_has_no_section(alice_client, alice):
    assert pack(alice_client, alice, "neurology") == ""


def test_a_clinician_reads_the_scores_in_the_third_person(alice, history):
    appointment = Appointment.objects.create(
        owner=alice, day=timezone.localdate(timezone.now(), alice.tzinfo), specialty="neurology"
    )

    lines = visit_pack_context(alice, appointment, for_clinician=True)["questionnaires"]

    assert [line.name for line in lines] == ["PHQ-9", "GAD-7", "HIT-6"]
    assert lines[0].latest.startswith("Alice's PHQ-9 score on")
    assert lines[1].latest == "Alice did not complete the GAD-7 in this period."


def test_the_pack_reads_questionnaires_in_the_same_number_of_queries_however_many(
    alice_client, alice
):
    KeptInstrument.objects.create(owner=alice, slug="phq9", interval_days=14)
    complete(alice, "phq9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), days_ago=3)
    few = Appointment.objects.create(owner=alice, day=timezone.localdate(), specialty="other")
    # The first opening saves the drafted questions; measure the openings after it.
    alice_client.get(f"/diary/appointments/{few.pk}/")
    with CaptureQueriesContext(connection) as one:
        assert alice_client.get(f"/diary/appointments/{few.pk}/").status_code == 200

    for days_ago in range(4, 30, 2):
        complete(alice, "phq9", phq9(1, 0, 0, 0, 0, 0, 0, 0, 0), days_ago=days_ago)
        complete(alice, "gad7", {str(n): "1" for n in range(1, 8)}, days_ago=days_ago)
    with CaptureQueriesContext(connection) as many:
        assert alice_client.get(f"/diary/appointments/{few.pk}/").status_code == 200

    assert len(many.captured_queries) == len(one.captured_queries)
    assert "was 1" in alice_client.get(f"/diary/appointments/{few.pk}/").content.decode()
