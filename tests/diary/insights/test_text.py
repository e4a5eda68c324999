"""The plain-words summaries of diary.insights.text."""

from diary.insights import (
    CLINICIAN,
    period_summary,
)
from tests.diary.insights.builders import (
    NOW,
    ONE_DAY,
    TODAY,
    days_from,
    doses_on,
    headache_on,
    make_diary,
    migraine_on,
)

JOINTS_SENTENCE = (
    "Medication overuse is counted by the kind of medicine, not by why it was taken, so an "
    "anti-inflammatory (NSAID) such as naproxen taken for {whose} joints counts towards "
    "overuse just as one taken for a headache: what matters is how often it is taken."
)
GEPANT_SENTENCE = (
    "Gepants, anti-sickness medicines, steroids and other medicines outside those kinds "
    "count as acute-medication days when taken for an attack, but not towards medication "
    "overuse."
)


def test_it_sums_up_a_period_in_plain_words():
    diary = make_diary(
        attacks=[migraine_on(TODAY - 5 * ONE_DAY), headache_on(TODAY - 3 * ONE_DAY)],
        starts_on=TODAY - 89 * ONE_DAY,
    )

    text = period_summary(diary, start=TODAY - 89 * ONE_DAY, end=TODAY, today=TODAY, now=NOW)

    assert text == (
        "From 2 April 2025 to 30 June 2025, you logged 1 migraine day (0.3 per 30 days), "
        "2 headache days in all (0.7 per 30 days), 0 days with acute medication (taken to "
        "treat an attack) and 0 overuse-relevant days (a triptan, ergot, opioid, painkiller "
        "or ditan, whatever the reason)."
    )


def _last_30_days_with(doses):
    diary = make_diary(doses=doses, starts_on=TODAY - 29 * ONE_DAY)
    return diary, TODAY - 29 * ONE_DAY


def test_naproxen_for_the_joints_gives_both_figures_and_says_why_it_counts():
    first = TODAY - 29 * ONE_DAY
    diary, start = _last_30_days_with(doses_on(days_from(first, 15), "nsaid", "disease_modifying"))

    text = period_summary(diary, start=start, end=TODAY, today=TODAY, now=NOW)
    clinician = period_summary(
        diary,
        start=start,
        end=TODAY,
        today=TODAY,
        now=NOW,
        audience=CLINICIAN,
        name="Alice",
    )

    assert (
        "0 days with acute medication (taken to treat an attack) and 15 overuse-relevant " in text
    )
    assert JOINTS_SENTENCE.format(whose="your") in text
    assert GEPANT_SENTENCE not in text
    assert "Alice logged 0 migraine days" in clinician
    assert JOINTS_SENTENCE.format(whose="Alice's") in clinician
    assert " you " not in clinician and "your" not in clinician


def test_a_triptan_for_attacks_gives_equal_figures_and_no_sentence_on_them():
    first = TODAY - 29 * ONE_DAY
    diary, start = _last_30_days_with(doses_on(days_from(first, 10), "triptan"))

    text = period_summary(diary, start=start, end=TODAY, today=TODAY, now=NOW)

    assert (
        "10 days with acute medication (taken to treat an attack) and 10 overuse-relevant " in text
    )
    assert "naproxen" not in text and "Gepants" not in text


def test_a_gepant_for_attacks_is_acute_and_never_overuse_relevant():
    first = TODAY - 29 * ONE_DAY
    diary, start = _last_30_days_with(doses_on(days_from(first, 15), "gepant"))

    text = period_summary(diary, start=start, end=TODAY, today=TODAY, now=NOW)

    assert (
        "15 days with acute medication (taken to treat an attack) and 0 overuse-relevant " in text
    )
    assert GEPANT_SENTENCE in text and "naproxen" not in text


def test_lasmiditan_is_overuse_relevant():
    first = TODAY - 29 * ONE_DAY
    diary, start = _last_30_days_with(doses_on(days_from(first, 10), "ditan"))

    text = period_summary(diary, start=start, end=TODAY, today=TODAY, now=NOW)

    assert (
        "10 days with acute medication (taken to treat an attack) and 10 overuse-relevant " in text
    )


def test_it_says_when_a_period_is_not_covered_yet():
    diary = make_diary(starts_on=TODAY)

    text = period_summary(
        diary, start=TODAY - 9 * ONE_DAY, end=TODAY - ONE_DAY, today=TODAY, now=NOW
    )

    assert "does not cover" in text
