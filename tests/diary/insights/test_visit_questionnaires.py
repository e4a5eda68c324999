"""The visit pack's questionnaire lines (diary/insights/visit.py): pure, no database. The
latest score of each kept instrument in the period with its band and date, and the change
since the one before; the neurologist sees the headache instruments, the rheumatologist the
autoimmune ones, both PHQ-9 and GAD-7 as scores."""

from datetime import date
from decimal import Decimal

import pytest

from diary.insights.visit import ScoreFacts, questionnaire_group, questionnaire_lines
from diary.instruments import instruments

START = date(2026, 9, 1)
END = date(2026, 11, 30)


def facts(slug: str, total: int | str, band: str, day: date) -> ScoreFacts:
    return ScoreFacts(slug, Decimal(total), band, day)


EVERYTHING = [
    facts("hit6", 64, "severe impact", date(2026, 8, 1)),  # before the period
    facts("phq9", 11, "moderate", date(2026, 8, 20)),
    facts("hit6", 60, "severe impact", date(2026, 9, 29)),
    facts("mfis", 40, "at or above the cut-off of 38 often used for significant fatigue",
          date(2026, 10, 2)),
    facts("phq9", 6, "mild", date(2026, 10, 5)),
    facts("hit6", 58, "substantial impact", date(2026, 10, 27)),
    facts("rapid3", "4.3", "low severity", date(2026, 11, 3)),
    facts("hit6", 40, "little or no impact", date(2026, 12, 3)),  # after the period
]  # fmt: skip
KEPT = ["hit6", "phq9", "gad7", "mfis", "rapid3"]


def by_slug(lines) -> dict:
    return {line.slug: line for line in lines}


def test_each_instrument_has_its_group():
    groups = {slug: questionnaire_group(known) for slug, known in instruments().items()}

    assert groups == {
        "phq9": "mood",
        "gad7": "mood",
        "midas": "headache",
        "halt90": "headache",
        "hit6": "headache",
        "mfis": "autoimmune",
        "esspri": "autoimmune",
        "rapid3": "autoimmune",
    }


def test_the_neurology_pack_shows_headache_instruments_and_mood_scores():
    lines = questionnaire_lines(KEPT, EVERYTHING, start=START, end=END, specialty="neurology")

    assert [line.slug for line in lines] == ["phq9", "gad7", "hit6"]
    hit6 = by_slug(lines)["hit6"]
    # The latest in the period, not the one after it; the change from the one before it.
    assert (hit6.total, hit6.band, hit6.completed_on) == (
        Decimal(58),
        "substantial impact",
        date(2026, 10, 27),
    )
    assert hit6.latest == (
        "Your HIT-6 score on 27 October 2026 was 58 (possible range 36 to 78, higher meaning "
        "more headache impact): substantial impact."
    )
    assert hit6.change.startswith("2 lower (better) than on 29 September 2026, when it was 60.")
    assert "less than the change counted as meaningful (5 points)" in hit6.change


def test_the_change_may_reach_back_before_the_period():
    lines = questionnaire_lines(KEPT, EVERYTHING, start=START, end=END, specialty="neurology")

    phq9 = by_slug(lines)["phq9"]
    assert phq9.change.startswith("5 lower (better) than on 20 August 2026, when it was 11.")
    assert "That reaches the change counted as meaningful" in phq9.change


def test_the_rheumatology_pack_shows_autoimmune_instruments_and_mood_scores():
    lines = questionnaire_lines(KEPT, EVERYTHING, start=START, end=END, specialty="rheumatology")

    assert [line.slug for line in lines] == ["phq9", "gad7", "mfis", "rapid3"]
    rapid3 = by_slug(lines)["rapid3"]
    assert "was 4.3" in rapid3.latest
    assert rapid3.latest.endswith(": low severity.")
    assert rapid3.change.startswith("This is the first RAPID3 you completed in Overlap")


def test_another_specialty_sees_every_group():
    lines = questionnaire_lines(KEPT, EVERYTHING, start=START, end=END, specialty="other")

    assert [line.slug for line in lines] == ["phq9", "gad7", "hit6", "mfis", "rapid3"]


def test_a_kept_instrument_not_completed_in_the_period_says_so():
    lines = questionnaire_lines(KEPT, EVERYTHING, start=START, end=END, specialty="neurology")

    gad7 = by_slug(lines)["gad7"]
    assert gad7.latest == "You did not complete the GAD-7 in this period."
    assert (gad7.total, gad7.change) == (None, "")


def test_an_instrument_neither_kept_nor_completed_in_the_period_is_left_out():
    lines = questionnaire_lines(
        ["phq9"], EVERYTHING, start=date(2026, 11, 10), end=END, specialty="neurology"
    )

    assert [line.slug for line in lines] == ["phq9"]
    assert lines[0].latest == "You did not complete the PHQ-9 in this period."


def test_one_completed_in_the_period_shows_even_when_no_longer_kept():
    lines = questionnaire_lines([], EVERYTHING, start=START, end=END, specialty="neurology")

    assert [line.slug for line in lines] == ["phq9", "hit6"]


@pytest.mark.parametrize("specialty", ["neurology", "rheumatology"])
def test_a_clinician_reads_the_lines_in_the_third_person(specialty):
    lines = questionnaire_lines(
        KEPT, EVERYTHING, start=START, end=END, specialty=specialty, patient_name="Alice"
    )

    phq9, gad7 = lines[0], lines[1]
    assert phq9.latest.startswith("Alice's PHQ-9 score on 5 October 2026 was 6")
    assert gad7.latest == "Alice did not complete the GAD-7 in this period."
    assert not any("You" in line.latest or "your" in line.latest for line in lines)


def test_no_kept_instrument_and_nothing_completed_makes_no_lines():
    assert questionnaire_lines([], [], start=START, end=END, specialty="other") == []
