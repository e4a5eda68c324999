"""Who needs attention: a worked example at each rule's edge, and its sentences for each
audience."""

from datetime import date

from diary.insights import Diary, FlareRecord
from diary.insights.attention import REASONS, attention, attention_reasons
from tests.diary.insights.builders import NOW, ONE_DAY, TODAY, UTC_ZONE, checkin, migraine_on


def diary(*, attacks=(), flares=(), days_logged: int = 70, covered_from: date | None = None):
    checkins = tuple(checkin(TODAY - ONE_DAY * ago) for ago in range(days_logged))
    return Diary(
        tz=UTC_ZONE,
        attacks=tuple(attacks),
        flares=tuple(flares),
        doses=(),
        checkins=checkins,
        covered_from=covered_from,
    )


def migraines(days_ago) -> list:
    return [migraine_on(TODAY - ONE_DAY * ago) for ago in days_ago]


def seen(the_diary, last_entry: date | None = TODAY):
    return attention(the_diary, today=TODAY, now=NOW, last_entry=last_entry)


def test_migraine_days_rise_from_three_more_than_the_30_days_before():
    # Last 30 days: days 0-29; the 30 before: days 30-59.
    rising = seen(diary(attacks=migraines([1, 2, 3, 4, 35])))
    level = seen(diary(attacks=migraines([1, 2, 3, 35])))

    assert (rising.migraine_days, rising.previous_migraine_days) == (4, 1)
    assert rising.reasons == ("rising",)
    assert (level.migraine_days, level.previous_migraine_days) == (3, 1)
    assert level.reasons == ()


def test_migraine_days_do_not_rise_from_days_the_diary_does_not_cover():
    short = seen(diary(attacks=migraines([1, 2, 3, 4, 5]), days_logged=40))
    # A diary loaded in part says where it began: then the 30 days before are covered.
    begun_earlier = seen(
        diary(attacks=migraines([1, 2, 3, 4, 5]), days_logged=40, covered_from=TODAY - 89 * ONE_DAY)
    )

    assert short.previous_migraine_days is None
    assert short.reasons == ()
    assert begun_earlier.previous_migraine_days == 0
    assert begun_earlier.reasons == ("rising",)


def test_an_ongoing_flare_needs_attention_and_one_that_ended_does_not():
    ongoing = seen(diary(flares=[FlareRecord("lupus", TODAY - ONE_DAY * 3, None)]))
    ended = seen(diary(flares=[FlareRecord("lupus", TODAY - ONE_DAY * 9, TODAY - ONE_DAY)]))

    assert ongoing.reasons == ("flare",)
    assert ongoing.ongoing_flares == ("lupus",)
    assert ended.reasons == ()


def test_fourteen_days_without_an_entry_need_attention_and_thirteen_do_not():
    assert seen(diary(), last_entry=TODAY - 14 * ONE_DAY).reasons == ("quiet",)
    assert seen(diary(), last_entry=TODAY - 13 * ONE_DAY).reasons == ()
    assert seen(diary(days_logged=0), last_entry=None).reasons == ("quiet",)


def test_the_most_pressing_reasons_rank_first():
    flaring = seen(diary(flares=[FlareRecord("lupus", TODAY, None)]))
    rising_and_quiet = seen(diary(attacks=migraines([15, 16, 17])), last_entry=TODAY - 15 * ONE_DAY)
    calm = seen(diary())

    assert rising_and_quiet.reasons == ("rising", "quiet")
    assert sorted([calm, flaring, rising_and_quiet], key=lambda a: a.rank) == [
        rising_and_quiet,
        flaring,
        calm,
    ]
    assert REASONS == ("alert", "rising", "flare", "quiet")


def test_it_words_the_reasons_in_the_third_person_for_a_clinician_and_second_for_the_patient():
    quiet = seen(diary(attacks=migraines([15, 16, 17])), last_entry=date(2025, 6, 10))

    clinician = attention_reasons(quiet, audience="clinician", name="Alice")
    patient = attention_reasons(quiet, audience="patient")

    assert clinician == [
        "Migraine days rising: 3 days in the last 30 days against 0 days in the 30 days before.",
        "No entry for 20 days: Alice logged last on 10 June 2025.",
    ]
    assert patient[1] == "No entry for 20 days: you logged last on 10 June 2025."
    assert "you" not in " ".join(clinician).lower().split()


def test_it_names_the_conditions_flaring():
    flaring = seen(diary(flares=[FlareRecord("lupus", TODAY, None)]))

    assert attention_reasons(
        flaring, audience="clinician", name="Alice", condition_names={"lupus": "Lupus"}
    ) == ["Ongoing flare: Lupus."]
