"""The plain-words summaries of diary.insights.text."""

from diary.insights import (
    period_summary,
)
from tests.diary.insights.builders import (
    NOW,
    ONE_DAY,
    TODAY,
    headache_on,
    make_diary,
    migraine_on,
)


def test_it_sums_up_a_period_in_plain_words():
    diary = make_diary(
        attacks=[migraine_on(TODAY - 5 * ONE_DAY), headache_on(TODAY - 3 * ONE_DAY)],
        starts_on=TODAY - 89 * ONE_DAY,
    )

    text = period_summary(diary, start=TODAY - 89 * ONE_DAY, end=TODAY, today=TODAY, now=NOW)

    assert text == (
        "From 2 April 2025 to 30 June 2025, you logged 1 migraine day (0.3 per 30 days), "
        "2 headache days in all (0.7 per 30 days) and 0 days with acute medication."
    )


def test_it_says_when_a_period_is_not_covered_yet():
    diary = make_diary(starts_on=TODAY)

    text = period_summary(
        diary, start=TODAY - 9 * ONE_DAY, end=TODAY - ONE_DAY, today=TODAY, now=NOW
    )

    assert "does not cover" in text
