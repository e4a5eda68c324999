"""The home page, the report and the timeline read only the days their figures look at
(diary.loading.load_bounded_diary): whatever the diary, every figure they show equals the
one the whole diary gives (diary.loading.load_diary_and_profile)."""

import datetime
from decimal import Decimal
from unittest import mock

from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from accounts.models import ALL_SECTIONS, Section
from diary.loading import load_diary_and_profile
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
)
from education.models import Condition
from tests.conftest import give_totp, make_clinician, make_patient, make_share

# Zones with and without clock changes, far east and far west, one by half an hour.
ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "America/Adak",
    "UTC",
]
# Moments to render at: ordinary, on the night clocks go forward in Europe, and the day
# they go back in the United States.
NOWS = [
    datetime.datetime(2026, 6, 10, 11, 0, tzinfo=datetime.UTC),
    datetime.datetime(2026, 3, 29, 1, 30, tzinfo=datetime.UTC),
    datetime.datetime(2026, 11, 1, 6, 30, tzinfo=datetime.UTC),
]
# The diary reaches this many days back: well before the alerts' and the period's days.
REACH = 700
# (category, purpose) of the medicines on the list: acute, overuse-relevant for the
# joints, a gepant, a preventive and a disease-modifying drug.
MEDICINES = [
    ("triptan", "acute"),
    ("nsaid", "disease_modifying"),
    ("gepant", "acute"),
    ("anti_seizure", "preventive"),
    ("cgrp_antibody", "preventive"),
    ("dmard", "disease_modifying"),
]

# The home page's figures: what its template shows of the diary.
HOME_KEYS = [
    "no_headache_days",
    "today_checkin",
    "profile_conditions",
    "summary",
    "summary_medication_note",
    "summary_completeness",
    "home_timeline",
]
# The report's: the whole timeline payload and every figure and sentence made from it.
REPORT_KEYS = [
    "start",
    "end",
    "period_label",
    "period_note",
    "data",
    "counts",
    "numbers_caption",
    "key_numbers",
    "chart",
    "chart_rows",
    "flare_list",
    "linkage_cells",
    "factor_rows",
    "no_alerts",
    "responses",
    "responses_undated",
    "medications",
    "gepant_note",
]

# The timeline's: its payload (the period's numbers, words, tables and the lag profile).
TIMELINE_KEYS = ["data", "page_data"]

# Days ago, often near the home page's first day (ALERT_DAYS and its 90 days: 89 days
# ago), where a record that began before it and runs into it is easily missed.
days_ago = st.one_of(st.integers(0, REACH), st.integers(86, 96))
attacks = st.lists(
    st.tuples(
        days_ago,  # it started
        st.integers(0, 23),  # hour
        st.integers(1, 80),  # hours
        st.booleans(),  # migraine, or another headache
        st.one_of(st.none(), st.integers(0, 10)),  # peak
    ),
    max_size=25,
)
flares = st.lists(
    st.tuples(
        st.booleans(),  # of the vessel-involving condition, or of another
        days_ago,  # it started
        st.one_of(st.none(), st.integers(0, 40)),  # days it lasted, None: ongoing
    ),
    max_size=6,
)
doses = st.lists(
    st.tuples(st.integers(0, len(MEDICINES) - 1), st.integers(0, REACH), st.integers(0, 23 * 60)),
    max_size=40,
)
checkins = st.lists(
    st.tuples(
        days_ago,
        st.one_of(st.none(), st.integers(3, 10)),  # sleep hours
        st.one_of(st.none(), st.integers(0, 10)),  # stress
        st.one_of(st.none(), st.booleans()),  # gluten
        st.booleans(),  # with a trigger
    ),
    max_size=40,
    unique_by=lambda checkin: checkin[0],
)
periods = st.tuples(
    st.integers(0, REACH),  # days ago the report's period starts
    st.integers(0, 200),  # days it lasts
    st.integers(0, 14),  # flare window
)
section_sets = st.sets(st.sampled_from(list(Section)), min_size=1).map(
    lambda sections: frozenset(section.value for section in sections)
)


def whole_diary(user, *, tz, spans, sections=ALL_SECTIONS, profile=False, whole_attacks=False):
    """load_bounded_diary's stand-in: the whole diary, whatever the spans."""
    return load_diary_and_profile(user, tz=tz, sections=sections, profile=profile)


def figures(client: Client, url: str, keys: list[str], *, whole: bool) -> dict:
    """The figures `keys` of the page at `url`, read as the page reads the diary, or with
    the whole diary: worked out afresh either way, not taken from the cache
    (diary.kept_figures), which would give the first one's figures to the second."""
    cache.clear()
    if whole:
        with (
            mock.patch("diary.views.home.load_bounded_diary", whole_diary),
            mock.patch("diary.views.report.load_bounded_diary", whole_diary),
            mock.patch("diary.views.timeline.load_bounded_diary", whole_diary),
        ):
            response = client.get(url)
    else:
        response = client.get(url)
    assert response.status_code == 200, url
    if url.split("?")[0].endswith("data.json"):
        return {"data.json": response.json()}
    return {key: response.context.get(key) for key in keys}


def conditions() -> tuple[Condition, Condition]:
    """An autoimmune condition that does not involve the blood vessels, and one that does."""
    autoimmune = Condition.objects.filter(kind=Condition.Kind.AUTOIMMUNE).order_by("pk")
    plain = autoimmune.filter(involves_blood_vessels=False).first()
    vessels = autoimmune.filter(involves_blood_vessels=True).first()
    assert plain is not None and vessels is not None
    return plain, vessels


def build(patient, now, *, attack_rows, ongoing, flare_rows, dose_rows, checkin_rows, free_days):
    tz = patient.tzinfo
    today = now.astimezone(tz).date()

    def at(days_ago: int, minutes: int) -> datetime.datetime:
        day = today - datetime.timedelta(days=days_ago)
        local = datetime.datetime.combine(day, datetime.time(), tzinfo=tz)
        # Minutes counted on the wall clock, then made UTC: a DST night is crossed as it is.
        return (local + datetime.timedelta(minutes=minutes)).astimezone(datetime.UTC)

    made = []
    if ongoing is not None:
        # The home page shows no figures during an attack: only the report is compared.
        attack_rows = [*attack_rows, (ongoing, 8, None, True, 7)]
    for days_ago, hour, hours, migraine, peak in attack_rows:
        started = min(at(days_ago, hour * 60), now - datetime.timedelta(minutes=5))
        ended = None if hours is None else min(started + datetime.timedelta(hours=hours), now)
        made.append(
            MigraineAttack(
                owner=patient,
                started_at=started,
                ended_at=ended,
                attack_type="migraine" if migraine else "headache",
                peak_intensity=peak,
            )
        )
    MigraineAttack.objects.bulk_create(made)
    plain, vessels = conditions()
    made_flares = []
    ongoing_flares = set()
    for vessel, days_ago, lasted in flare_rows:
        if lasted is None and vessel in ongoing_flares:
            lasted = 1  # one ongoing flare of each condition at a time
        if lasted is None:
            ongoing_flares.add(vessel)
        made_flares.append(
            Flare(
                owner=patient,
                condition=vessels if vessel else plain,
                started_on=today - datetime.timedelta(days=days_ago),
                ended_on=None
                if lasted is None
                else min(today, today - datetime.timedelta(days=days_ago - lasted)),
            )
        )
    Flare.objects.bulk_create(made_flares)
    medications = Medication.objects.bulk_create(
        Medication(
            owner=patient,
            name=f"{category} {number}",
            category=category,
            purpose=purpose,
            # One preventive with a start day given, long ago; the other dated by its
            # first dose.
            started_on=today - datetime.timedelta(days=400) if category == "anti_seizure" else None,
        )
        for number, (category, purpose) in enumerate(MEDICINES)
    )
    MedicationDose.objects.bulk_create(
        MedicationDose(
            medication=medications[index],
            taken_at=min(at(days_ago, minutes), now - datetime.timedelta(minutes=1)),
        )
        for index, days_ago, minutes in dose_rows
    )
    trigger = Trigger.objects.create(owner=patient, name="Red wine")
    for days_ago, sleep, stress, gluten, triggered in checkin_rows:
        checkin = DailyCheckIn.objects.create(
            owner=patient,
            day=today - datetime.timedelta(days=days_ago),
            sleep_hours=None if sleep is None else Decimal(sleep),
            stress=stress,
            gluten=gluten,
        )
        if triggered:
            checkin.triggers.add(trigger)
    HeadacheFreeDay.objects.bulk_create(
        HeadacheFreeDay(owner=patient, day=today - datetime.timedelta(days=days_ago))
        for days_ago in free_days
    )
    return today


class TestBoundedPagesShowTheWholeDiarysFigures(HypothesisTestCase):
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        zone=st.sampled_from(ZONES),
        now=st.sampled_from(NOWS),
        attack_rows=attacks,
        ongoing=st.one_of(st.none(), days_ago),  # days ago an attack still going on began
        flare_rows=flares,
        dose_rows=doses,
        checkin_rows=checkins,
        free_days=st.sets(days_ago, max_size=10),
        period=periods,
        sections=section_sets,
    )
    # An attack that began before the home page's first day (89 days ago) and runs into it.
    @example(
        zone="America/Adak",
        now=NOWS[1],
        attack_rows=[(91, 10, 60, True, 5)],
        ongoing=None,
        flare_rows=[],
        dose_rows=[],
        checkin_rows=[],
        free_days=set(),
        period=(0, 0, 3),
        sections=ALL_SECTIONS,
    )
    # A preventive whose baseline begins before the report's days and ends among them: a
    # dose early in the baseline must still be read.
    @example(
        zone="Europe/Berlin",
        now=NOWS[0],
        attack_rows=[],
        ongoing=None,
        flare_rows=[(True, 409, 1)],
        dose_rows=[(0, 412, 149)],
        checkin_rows=[],
        free_days=set(),
        period=(382, 0, 0),
        sections=ALL_SECTIONS,
    )
    # A triptan on 15 of the last 30 days and a period of the last two days: the overuse
    # alert needs doses from before the period.
    @example(
        zone="Europe/Berlin",
        now=NOWS[0],
        attack_rows=[],
        ongoing=None,
        flare_rows=[],
        dose_rows=[(0, days, 600) for days in range(3, 18)],
        checkin_rows=[],
        free_days=set(),
        period=(2, 2, 0),
        sections=ALL_SECTIONS,
    )
    def test_home_report_and_timeline_figures_equal_the_whole_diarys(
        self,
        zone,
        now,
        attack_rows,
        ongoing,
        flare_rows,
        dose_rows,
        checkin_rows,
        free_days,
        period,
        sections,
    ):
        with mock.patch("django.utils.timezone.now", return_value=now):
            patient = make_patient("bounded@example.com", timezone=zone)
            patient.profile.conditions.set([conditions()[0]])
            today = build(
                patient,
                now,
                attack_rows=attack_rows,
                ongoing=ongoing,
                flare_rows=flare_rows,
                dose_rows=dose_rows,
                checkin_rows=checkin_rows,
                free_days=free_days,
            )
            clinician = make_clinician("clinic@example.com", "Dr Bounded")
            give_totp(clinician)
            share = make_share(patient, clinician)
            share.set_sections(sections)
            share.save()
            starts, lasts, window = period
            start = today - datetime.timedelta(days=starts)
            end = min(today, start + datetime.timedelta(days=lasts))
            query = f"?start={start}&end={end}&window={window}"
            own = Client()
            own.force_login(patient)
            clinic = Client()
            clinic.force_login(clinician)
            pages = [
                (own, "/", HOME_KEYS),
                (own, "/report/", REPORT_KEYS),
                (own, f"/report/{query}", REPORT_KEYS),
                (clinic, f"/clinic/{patient.uuid}/report/{query}", REPORT_KEYS),
                (own, f"/timeline/{query}", TIMELINE_KEYS),
                (own, f"/timeline/data.json{query}", ["data.json"]),
                (clinic, f"/clinic/{patient.uuid}/timeline/data.json{query}", ["data.json"]),
            ]
            for client, url, keys in pages:
                bounded = figures(client, url, keys, whole=False)
                whole = figures(client, url, keys, whole=True)
                for key in keys:
                    assert bounded[key] == whole[key], (url, key)
