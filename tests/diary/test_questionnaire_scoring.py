"""Scoring every instrument from hand-worked cases: each band boundary at and just above it,
missing answers refused, answers out of range refused, the change against the minimal
important difference, and the words. Pure functions: no database."""

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.instruments import instruments
from diary.instruments.scoring import (
    AnswersInvalid,
    band,
    change,
    change_summary,
    parse_answers,
    rapid3_function,
    score,
    score_summary,
)

INSTRUMENTS = instruments()
DAY = datetime.date(2026, 11, 3)


def answers_summing_to(slug: str, total: int) -> dict[str, str]:
    """Answers whose raw item values add up to `total`: the highest value first, item by
    item, then the lowest."""
    known = INSTRUMENTS[slug]
    answers = {}
    left = Decimal(total) - sum(min(item.values) for item in known.items)
    for item in known.items:
        lowest = min(item.values)
        chosen = max((value for value in item.values if value - lowest <= left), default=lowest)
        answers[item.id] = str(chosen)
        left -= chosen - lowest
    assert left == 0, f"{slug} cannot sum to {total}"
    return answers


def total_and_band(slug: str, raw: dict) -> tuple[Decimal, str]:
    known = INSTRUMENTS[slug]
    result = score(known, parse_answers(known, raw, complete=True))
    return result.total, result.band


def test_every_instrument_has_a_licence_with_what_was_found():
    for known in INSTRUMENTS.values():
        assert known.licence.statement and known.licence.found and known.licence.checked
        assert known.version and known.bands_source
        if not known.scoring_only:
            # Overlap ships the wording only where a source says it may.
            assert known.licence.sources
            assert all(item.text for item in known.items)
            assert all(option.text for item in known.items for option in item.options)
        else:
            assert not any(item.text for item in known.items)


def test_scoring_only_instruments_are_the_ones_whose_terms_are_unclear():
    scoring_only = {slug for slug, known in INSTRUMENTS.items() if known.scoring_only}
    assert scoring_only == {"midas", "halt90", "hit6", "esspri", "rapid3"}


# PHQ-9 (Kroenke 2001): 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe,
# 20-27 severe.
@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately severe"),
        (19, "moderately severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_phq9_bands_at_each_boundary(total, expected):
    assert total_and_band("phq9", answers_summing_to("phq9", total)) == (total, expected)


def test_phq9_hand_worked_example():
    # 1+2+0+3+1+0+2+1+0 = 10: moderate.
    raw = dict(zip([str(n) for n in range(1, 10)], "120310210", strict=True))
    assert total_and_band("phq9", raw) == (10, "moderate")


# GAD-7 (Spitzer 2006): 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_gad7_bands_at_each_boundary(total, expected):
    assert total_and_band("gad7", answers_summing_to("gad7", total)) == (total, expected)


def test_gad7_hand_worked_example():
    # 2+1+1+0+3+1+2 = 10: moderate.
    raw = dict(zip([str(n) for n in range(1, 8)], "2110312", strict=True))
    assert total_and_band("gad7", raw) == (10, "moderate")


def test_halt90_hand_worked_example():
    # 0 days missed at work or school, 7 at half productivity, 2 without housework, 3 with
    # it halved, 0 missed family or social days: 12, grade III.
    raw = {"1": "0", "2": "7", "3": "2", "4": "3", "5": "0"}
    assert total_and_band("halt90", raw) == (12, "grade III, moderate disability")


# MIDAS and HALT-90 (same scoring): 0-5 grade I, 6-10 II, 11-20 III, 21 or more IV.
@pytest.mark.parametrize("slug", ["midas", "halt90"])
@pytest.mark.parametrize(
    ("total", "grade"),
    [(0, "grade I"), (5, "grade I"), (6, "grade II"), (10, "grade II"), (11, "grade III")]
    + [(20, "grade III"), (21, "grade IV"), (460, "grade IV")],
)
def test_midas_grades_at_each_boundary(slug, total, grade):
    result, label = total_and_band(slug, answers_summing_to(slug, total))
    assert result == total
    assert label.startswith(grade + ",")


def test_midas_hand_worked_example():
    # 2 days missed at work, 4 at half productivity, 3 without housework, 5 reduced, 1
    # missed social day: 15, grade III.
    raw = {"1": "2", "2": "4", "3": "3", "4": "5", "5": "1"}
    assert total_and_band("midas", raw) == (15, "grade III, moderate disability")


def test_midas_refuses_more_days_than_three_months_hold():
    with pytest.raises(AnswersInvalid) as refused:
        parse_answers(INSTRUMENTS["midas"], {"1": "93"}, complete=False)
    assert refused.value.errors == {"1": "Question 1: give a number from 0 to 92."}


# HIT-6: items worth 6, 8, 10, 11, 13; 36-49 little or no impact, 50-55 some, 56-59
# substantial, 60-78 severe.
@pytest.mark.parametrize(
    ("values", "total", "expected"),
    [
        ((6, 6, 6, 6, 6, 6), 36, "little or no impact"),
        ((13, 6, 6, 6, 8, 10), 49, "little or no impact"),
        ((10, 8, 8, 8, 8, 8), 50, "some impact"),
        ((13, 10, 8, 8, 8, 8), 55, "some impact"),
        ((13, 11, 8, 8, 8, 8), 56, "substantial impact"),
        ((13, 13, 10, 8, 8, 8), 60, "severe impact"),
        ((13, 11, 11, 8, 8, 8), 59, "substantial impact"),
        ((13, 13, 13, 13, 13, 13), 78, "severe impact"),
    ],
)
def test_hit6_bands_at_each_boundary(values, total, expected):
    raw = {str(n): str(value) for n, value in enumerate(values, start=1)}
    assert total_and_band("hit6", raw) == (total, expected)


def test_hit6_refuses_a_value_that_is_not_one_of_its_answers():
    with pytest.raises(AnswersInvalid) as refused:
        parse_answers(INSTRUMENTS["hit6"], {"1": "7"}, complete=False)
    assert refused.value.errors == {"1": "Question 1: choose one of the answers."}


# MFIS: 0-84; the cut-off of 38; subscales physical 0-36, cognitive 0-40, psychosocial 0-8.
@pytest.mark.parametrize(
    ("total", "at_or_above"), [(0, False), (37, False), (38, True), (84, True)]
)
def test_mfis_cut_off(total, at_or_above):
    result, label = total_and_band("mfis", answers_summing_to("mfis", total))
    assert result == total
    assert label.startswith("at or above") is at_or_above


def test_mfis_subscales_hand_worked():
    known = INSTRUMENTS["mfis"]
    raw = {str(n): "0" for n in range(1, 22)}
    raw.update({"4": "4", "21": "3", "1": "2", "19": "1", "8": "4", "9": "4"})
    result = score(known, parse_answers(known, raw, complete=True))
    assert result.total == 18
    assert result.subscales == {"physical": 7, "cognitive": 3, "psychosocial": 8}
    everything = score(known, parse_answers(known, answers_summing_to("mfis", 84), complete=True))
    assert everything.subscales == {"physical": 36, "cognitive": 40, "psychosocial": 8}


# ESSPRI: the mean of dryness, fatigue and pain (0-10); below 5 an acceptable state.
@pytest.mark.parametrize(
    ("dryness", "fatigue", "pain", "total", "acceptable"),
    [
        (0, 0, 0, Decimal("0"), True),
        (5, 5, 4, Decimal("4.67"), True),
        (5, 5, 5, Decimal("5"), False),
        (6, 5, 5, Decimal("5.33"), False),
        (10, 10, 10, Decimal("10"), False),
    ],
)
def test_esspri_mean_and_acceptable_state(dryness, fatigue, pain, total, acceptable):
    raw = {"dryness": dryness, "fatigue": fatigue, "pain": pain}
    result, label = total_and_band("esspri", raw)
    assert result == total
    assert label.startswith("an acceptable") is acceptable


def test_esspri_refuses_eleven():
    with pytest.raises(AnswersInvalid):
        parse_answers(INSTRUMENTS["esspri"], {"dryness": "11"}, complete=False)


# RAPID3: function raw 0-30 scored 0-10 (raw / 3 to one decimal), plus pain and global
# (0-10 by halves): 0-3 near remission, 3.1-6 low, 6.1-12 moderate, 12.1-30 high.
@pytest.mark.parametrize(
    ("raw", "scored"),
    [(0, "0"), (1, "0.3"), (2, "0.7"), (3, "1.0"), (10, "3.3"), (29, "9.7"), (30, "10.0")],
)
def test_rapid3_function_table(raw, scored):
    answers = {}
    left = raw
    for letter in "abcdefghij":
        answers[f"function_{letter}"] = Decimal(min(3, left))
        left -= min(3, left)
    assert rapid3_function(answers) == Decimal(scored)


def _rapid3(function_raw: int, pain: str, patient_global: str) -> dict[str, str]:
    answers = {}
    left = function_raw
    for letter in "abcdefghij":
        answers[f"function_{letter}"] = str(min(3, left))
        left -= min(3, left)
    return {**answers, "pain": pain, "global": patient_global}


@pytest.mark.parametrize(
    ("function_raw", "pain", "patient_global", "total", "expected"),
    [
        (0, "0", "0", Decimal("0"), "near remission"),
        (3, "1", "1", Decimal("3.0"), "near remission"),
        (3, "1", "1.5", Decimal("3.5"), "low severity"),
        (1, "1.5", "1.5", Decimal("3.3"), "low severity"),
        (6, "2", "2", Decimal("6.0"), "low severity"),
        (6, "2", "2.5", Decimal("6.5"), "moderate severity"),
        (1, "3", "3", Decimal("6.3"), "moderate severity"),
        (6, "5", "5", Decimal("12.0"), "moderate severity"),
        (1, "6", "6", Decimal("12.3"), "high severity"),
        (30, "10", "10", Decimal("30.0"), "high severity"),
    ],
)
def test_rapid3_categories_at_each_boundary(function_raw, pain, patient_global, total, expected):
    assert total_and_band("rapid3", _rapid3(function_raw, pain, patient_global)) == (
        total,
        expected,
    )


def test_rapid3_pain_in_halves_only():
    with pytest.raises(AnswersInvalid) as refused:
        parse_answers(INSTRUMENTS["rapid3"], {"pain": "2.25"}, complete=False)
    assert refused.value.errors == {
        "pain": "Question 11: give a number from 0 to 10 in steps of 0.5."
    }


@pytest.mark.parametrize("slug", list(INSTRUMENTS))
def test_every_instrument_refuses_to_score_missing_answers(slug):
    known = INSTRUMENTS[slug]
    raw = answers_summing_to(slug, int(sum(min(item.values) for item in known.items)))
    raw.pop(known.items[-1].id)
    with pytest.raises(AnswersInvalid) as refused:
        parse_answers(known, raw, complete=True)
    assert refused.value.errors == {
        known.items[-1].id: f"Question {len(known.items)} needs an answer."
    }
    # Paused, the same answers are fine.
    assert len(parse_answers(known, raw, complete=False)) == len(known.items) - 1
    with pytest.raises(AnswersInvalid):
        score(known, parse_answers(known, raw, complete=False))


@pytest.mark.parametrize("bad", ["-1", "4", "1.5", "abc", "NaN", "Infinity", "1e400"])
def test_phq9_refuses_answers_out_of_range(bad):
    with pytest.raises(AnswersInvalid) as refused:
        parse_answers(INSTRUMENTS["phq9"], {"1": bad}, complete=False)
    assert refused.value.errors == {"1": "Question 1: choose one of the answers."}


def test_band_above_the_last_bound_is_the_last_band():
    assert band(INSTRUMENTS["phq9"], Decimal(99)) == "severe"


# Change against the minimal important difference.
@pytest.mark.parametrize(
    ("slug", "earlier", "now", "meaningful"),
    [
        ("phq9", 15, 10, True),  # 5 points
        ("phq9", 15, 11, False),  # 4 points
        ("phq9", 10, 15, True),  # worse by 5
        ("hit6", 62, 57, True),
        ("hit6", 62, 58, False),
        # MIDAS, baseline 11-20: 5 points.
        ("midas", 20, 15, True),
        ("midas", 20, 16, False),
        ("midas", 11, 6, True),
        # MIDAS, baseline above 20: 30 %.
        ("midas", 30, 21, True),
        ("midas", 30, 22, False),
        ("midas", 21, 15, False),  # 28.6 %, though 6 points
        # MIDAS, baseline 10 or less: no published rule.
        ("midas", 10, 0, None),
        # ESSPRI: 1 point or 15 %.
        ("esspri", Decimal("5"), Decimal("4"), True),
        ("esspri", Decimal("5"), Decimal("4.33"), False),
        ("esspri", Decimal("8"), Decimal("6.8"), True),  # exactly 15 %, 1.2 points
        ("esspri", Decimal("8"), Decimal("7.33"), False),
        # GAD-7, MFIS and RAPID3: none published here.
        ("gad7", 15, 5, None),
        ("mfis", 50, 20, None),
        ("rapid3", Decimal("12"), Decimal("3"), None),
    ],
)
def test_change_against_the_minimal_important_difference(slug, earlier, now, meaningful):
    moved = change(INSTRUMENTS[slug], earlier=Decimal(earlier), earlier_on=DAY, now=Decimal(now))
    assert moved.difference == Decimal(now) - Decimal(earlier)
    assert moved.meaningful is meaningful


def test_words_for_the_patient_and_for_a_clinician():
    known = INSTRUMENTS["phq9"]
    result = score(known, parse_answers(known, answers_summing_to("phq9", 10), complete=True))
    assert score_summary(known, result, DAY) == (
        "Your PHQ-9 score on 3 November 2026 was 10 (possible range 0 to 27, higher meaning "
        "more depression): moderate."
    )
    assert score_summary(known, result, DAY, patient_name="Alice").startswith(
        "Alice's PHQ-9 score on 3 November 2026 was 10"
    )
    moved = change(known, earlier=Decimal(15), earlier_on=DAY, now=Decimal(10))
    assert change_summary(known, moved) == (
        "5 lower (better) than on 3 November 2026, when it was 15. That reaches the change "
        "counted as meaningful (5 points). Discuss it with your clinician."
    )
    assert change_summary(known, moved, patient_name="Alice") == (
        "5 lower (better) than on 3 November 2026, when it was 15. That reaches the change "
        "counted as meaningful (5 points)."
    )
    assert change_summary(known, None) == (
        "This is the first PHQ-9 you completed in Overlap: nothing to compare with yet."
    )
    small = change(known, earlier=Decimal(10), earlier_on=DAY, now=Decimal(12))
    assert "2 higher (worse)" in change_summary(known, small)
    assert "less than the change counted as meaningful" in change_summary(known, small)
    gad7 = INSTRUMENTS["gad7"]
    none = change(gad7, earlier=Decimal(10), earlier_on=DAY, now=Decimal(10))
    assert change_summary(gad7, none).startswith(
        "The same score as on 3 November 2026 (10). No minimal important difference"
    )
    midas = change(INSTRUMENTS["midas"], earlier=Decimal(8), earlier_on=DAY, now=Decimal(2))
    assert "does not cover an earlier score this low" in change_summary(INSTRUMENTS["midas"], midas)


@given(
    slug=st.sampled_from(sorted(INSTRUMENTS)),
    raw=st.dictionaries(
        st.sampled_from(["1", "2", "9", "pain", "dryness", "function_a", "x"]),
        st.text(max_size=12) | st.integers().map(str) | st.floats().map(str),
        max_size=8,
    ),
    complete=st.booleans(),
)
def test_any_input_is_scored_or_refused_with_reasons_never_an_error(slug, raw, complete):
    known = INSTRUMENTS[slug]
    try:
        answers = parse_answers(known, raw, complete=complete)
    except AnswersInvalid as refused:
        assert refused.errors
        assert set(refused.errors) <= {item.id for item in known.items}
        return
    for item_id, value in answers.items():
        assert known.item(item_id).allowed(value)
    if complete:
        result = score(known, answers)
        low, high = known.score_range
        assert low <= result.total <= high
