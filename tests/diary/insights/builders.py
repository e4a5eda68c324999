"""Builders of diaries for the diary.insights tests (and the charts' tests): worked-example
diaries, random diaries for the properties, and a ten-year diary."""

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from diary.insights import AttackRecord, CheckInRecord, Diary, DoseRecord, FlareRecord

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
UTC_ZONE = ZoneInfo("UTC")
TODAY = date(2025, 6, 30)
NOW = datetime(2025, 6, 30, 18, 0, tzinfo=UTC)
ONE_DAY = timedelta(days=1)


# --- Builders ------------------------------------------------------------------------


def local(day: date, hour: int, minute: int = 0, *, tz: tzinfo = UTC) -> datetime:
    """An instant given in local time, stored in UTC as the database would."""
    return datetime.combine(day, time(hour, minute), tzinfo=tz).astimezone(UTC)


def checkin(day: date, **values) -> CheckInRecord:
    fields = {
        "sleep_hours": None,
        "stress": None,
        "water_glasses": None,
        "gluten": None,
        "menstruation": None,
        "fatigue": None,
        "joint_pain": None,
    }
    return CheckInRecord(day=day, **{**fields, **values})


def migraine_on(day: date, *, tz: tzinfo = UTC, peak: int | None = 6) -> AttackRecord:
    return AttackRecord(
        started_at=local(day, 12, tz=tz),
        ended_at=local(day, 14, tz=tz),
        is_migraine=True,
        peak_intensity=peak,
    )


def headache_on(day: date, *, tz: tzinfo = UTC) -> AttackRecord:
    return AttackRecord(
        started_at=local(day, 9, tz=tz),
        ended_at=local(day, 10, tz=tz),
        is_migraine=False,
        peak_intensity=3,
    )


def doses_on(days, category: str, purpose: str = "acute") -> list[DoseRecord]:
    return [DoseRecord(taken_at=local(day, 8), category=category, purpose=purpose) for day in days]


LUPUS = "Systemic lupus erythematosus"


def make_diary(
    *,
    attacks=(),
    flares=(),
    doses=(),
    checkins=(),
    starts_on: date | None = None,
    tz: ZoneInfo = UTC_ZONE,
    vessel_condition: bool = False,
    vessel_reasons: tuple[str, ...] = (),
    headache_free_days=(),
) -> Diary:
    """A diary; `starts_on` adds an empty check-in so the diary covers days from then;
    `vessel_condition` stands for lupus among the vessel reasons."""
    checkins = list(checkins)
    if starts_on is not None:
        checkins.append(checkin(starts_on))
    return Diary(
        tz=tz,
        attacks=tuple(attacks),
        flares=tuple(flares),
        doses=tuple(doses),
        checkins=tuple(checkins),
        vessel_reasons=vessel_reasons or (LUPUS,) * vessel_condition,
        headache_free_days=tuple(headache_free_days),
    )


def days_from(first: date, count: int, *, step: int = 1) -> list[date]:
    return [first + timedelta(days=offset * step) for offset in range(count)]


# The three 30-day alert windows ending TODAY, oldest first.
WINDOW_STARTS = [TODAY - timedelta(days=89), TODAY - timedelta(days=59), TODAY - ONE_DAY * 29]
DIARY_BEGAN = TODAY - timedelta(days=120)


def first_days_of_each_window(count: int, *, skip: int = 0) -> list[date]:
    return [day for start in WINDOW_STARTS for day in days_from(start + ONE_DAY * skip, count)]


# --- Random diaries, for the properties ----------------------------------------------

BASE = date(2025, 1, 1)
PROPERTY_TODAY = BASE + timedelta(days=120)
ZONES = [UTC, BERLIN, NEW_YORK, ZoneInfo("Asia/Kolkata"), ZoneInfo("Pacific/Auckland")]
CATEGORIES = ["triptan", "nsaid", "simple_analgesic", "gepant", "opioid", "biologic"]


@st.composite
def diaries(draw) -> tuple[Diary, datetime]:
    tz = draw(st.sampled_from(ZONES))
    now = datetime.combine(PROPERTY_TODAY, time(draw(st.integers(0, 23))), tzinfo=tz)
    base = datetime.combine(BASE, time(0), tzinfo=tz)
    minutes = st.integers(-10 * 24 * 60, 125 * 24 * 60)

    attacks = []
    for start_minute, length, is_migraine in draw(
        st.lists(
            st.tuples(minutes, st.none() | st.integers(0, 4 * 24 * 60), st.booleans()),
            max_size=25,
        )
    ):
        started_at = (base + timedelta(minutes=start_minute)).astimezone(UTC)
        ended_at = None if length is None else started_at + timedelta(minutes=length)
        attacks.append(
            AttackRecord(
                started_at=started_at,
                ended_at=ended_at,
                is_migraine=is_migraine,
                peak_intensity=draw(st.none() | st.integers(0, 10)),
            )
        )
    flares = [
        FlareRecord(
            condition=condition,
            started_on=BASE + timedelta(days=start),
            ended_on=None if length is None else BASE + timedelta(days=start + length),
        )
        for condition, start, length in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(["lupus", "ra"]),
                    st.integers(-5, 125),
                    st.none() | st.integers(0, 20),
                ),
                max_size=5,
            )
        )
    ]
    doses = [
        DoseRecord(
            taken_at=(base + timedelta(minutes=minute)).astimezone(UTC),
            category=category,
            purpose=purpose,
        )
        for minute, category, purpose in draw(
            st.lists(
                st.tuples(
                    minutes,
                    st.sampled_from(CATEGORIES),
                    st.sampled_from(["acute", "preventive", "disease_modifying"]),
                ),
                max_size=20,
            )
        )
    ]
    checkins = [
        checkin(
            BASE + timedelta(days=offset),
            sleep_hours=draw(st.none() | st.floats(3, 10)),
            stress=draw(st.none() | st.integers(0, 10)),
            gluten=draw(st.none() | st.booleans()),
        )
        for offset in draw(st.sets(st.integers(-5, 125), max_size=30))
    ]
    headache_free_days = [
        BASE + timedelta(days=offset) for offset in draw(st.sets(st.integers(-5, 125), max_size=10))
    ]
    diary = Diary(
        tz=tz,
        attacks=tuple(attacks),
        flares=tuple(flares),
        doses=tuple(doses),
        checkins=tuple(checkins),
        headache_free_days=tuple(headache_free_days),
    )
    return diary, now


ranges = st.tuples(st.integers(-20, 150), st.integers(0, 120)).map(
    lambda pair: (BASE + timedelta(days=pair[0]), BASE + timedelta(days=pair[0] + pair[1]))
)


# --- A large diary -------------------------------------------------------------------


def ten_year_diary() -> tuple[Diary, dict]:
    tz = BERLIN
    today = date(2025, 12, 31)
    now = datetime.combine(today, time(21), tzinfo=tz)
    began = today - timedelta(days=3649)
    attacks = [
        AttackRecord(
            started_at=local(began + timedelta(days=index * 3), 20, tz=tz),
            ended_at=local(began + timedelta(days=index * 3 + 1), 2, tz=tz),
            is_migraine=index % 4 != 0,
            peak_intensity=index % 11,
        )
        for index in range(1200)
    ]
    checkins = [
        checkin(
            began + timedelta(days=index),
            sleep_hours=4 + index % 5,
            stress=index % 11,
            water_glasses=index % 9,
            gluten=index % 3 == 0,
            menstruation=index % 28 < 5,
            triggers=("red wine",) if index % 7 == 0 else (),
        )
        for index in range(3650)
    ]
    flares = [
        FlareRecord(
            condition="lupus",
            started_on=began + timedelta(days=index * 90),
            ended_on=began + timedelta(days=index * 90 + 10),
        )
        for index in range(40)
    ]
    doses = doses_on([began + timedelta(days=index * 2) for index in range(1825)], "nsaid")
    diary = make_diary(attacks=attacks, flares=flares, doses=doses, checkins=checkins, tz=tz)
    return diary, {"start": began, "end": today, "today": today, "now": now}
