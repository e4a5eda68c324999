"""Reading a patient's diary fast for the statistics: `load_diary` turns database rows into
the plain records of diary.insights, one query per model, without the ORM's per-value work.

The records must be exactly those the models' own `to_record()` make (tests/diary/
test_loading.py checks it on each database the suite runs on).
"""

import dataclasses
import datetime
import json
import zoneinfo
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import groupby, repeat
from operator import itemgetter
from typing import Any, NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models.expressions import Combinable
from django.db.models.functions import Cast

from accounts.models import ALL_SECTIONS, PatientProfile, Section, User, VesselRisk
from diary import insights
from diary.models import DailyCheckIn, Flare, HeadacheFreeDay, MedicationDose, MigraineAttack
from education.condition_names import condition_name


def load_diary(
    user: User, *, tz: zoneinfo.ZoneInfo, sections: frozenset[str] = ALL_SECTIONS
) -> tuple[insights.Diary, dict[str, str]]:
    """The user's whole diary as insights records, and the names of the conditions its flares
    are of by slug; in one query (load_diary_and_profile), only the columns insights reads.

    Only the records of `sections` (accounts.models.Section values, what a clinician's share
    shows) are read at all: attacks and headache-free days with migraine, flares with
    flares, doses with medicines, check-ins with check-ins; the others are left empty.

    The whole diary, not just the period shown: coverage starts at the first record, flare
    windows reach across the period's edges, and the lag profile and alerts look at it all.
    Records are built positionally from the rows: a ten-year diary has about 8,000 of them.
    """
    diary, condition_names, _ = load_diary_and_profile(user, tz=tz, sections=sections)
    return diary, condition_names


class ProfileCondition(NamedTuple):
    """One condition on the patient's profile."""

    slug: str
    kind: str
    name: str
    involves_blood_vessels: bool


class Profile(NamedTuple):
    """What load_diary_and_profile reads of the patient's profile: their conditions and the
    heart and vessel facts they recorded."""

    conditions: tuple[ProfileCondition, ...]
    vessel_risks: tuple[str, ...]

    def vessel_reasons(self, *, flared: Iterable[str] = ()) -> tuple[str, ...]:
        """As vessel_reasons(), from what was read: the vessel-involving conditions on the
        profile or among `flared`, then the heart and vessel facts."""
        conditions = set(flared)
        conditions.update(
            condition_name(each.name) for each in self.conditions if each.involves_blood_vessels
        )
        labels = [risk.label for risk in VesselRisk if risk.value in self.vessel_risks]
        return (*sorted(conditions), *labels)


NO_PROFILE = Profile((), ())


def load_diary_and_profile(
    user: User,
    *,
    tz: zoneinfo.ZoneInfo,
    sections: frozenset[str] = ALL_SECTIONS,
    profile: bool = False,
) -> tuple[insights.Diary, dict[str, str], Profile]:
    """load_diary's diary and condition names, and the patient's Profile: all in one query
    (a UNION ALL of one SELECT per kind of record, _LEGS), whatever the diary's length.

    The profile is read with medicines (its conditions and facts give the triptan caution's
    reasons), or when `profile` asks for it; otherwise it is NO_PROFILE.
    """
    read = _DriverValues(MigraineAttack.objects.db)
    kinds = _read_kinds(sections, profile=profile)
    rows = _rows_by_kind(_union_rows(user, read, kinds) if kinds else [])
    return _built(rows, read, tz=tz, medicines=Section.MEDICINES in sections)


# Local days to read, each span from its first day to its last (None: to today and after).
DaySpan = tuple[datetime.date, datetime.date | None]


def load_bounded_diary(
    user: User,
    *,
    tz: zoneinfo.ZoneInfo,
    spans: Sequence[DaySpan],
    sections: frozenset[str] = ALL_SECTIONS,
    profile: bool = False,
    whole_attacks: bool = False,
) -> tuple[insights.Diary, dict[str, str], Profile]:
    """As load_diary_and_profile, reading only the records that touch the local days of
    `spans` (an attack or a flare running into them included): two queries whatever the
    diary's length, the UNION ALL of load_diary_and_profile with each leg bounded, and
    _diary_bounds for where the diary begins.

    Figures over days inside the spans equal those of the whole diary: every record that
    touches them is read, and covered_from says where coverage starts (the diary's first
    day, or the earliest span's when the diary began before it), as load_recent_diaries
    does. Days between spans are covered but not filled in; nothing may be counted there.

    Flares are read whole: they are few (a few a year), and the triptan caution names every
    vessel-involving condition the patient ever had a flare of. With `whole_attacks` the
    attacks are read whole too and coverage starts at the diary's first day, so the lag
    profile (diary.insights.linkage), which counts migraine days around every flare and
    over the whole diary, equals the whole diary's: attacks are a small share of a diary's
    rows (check-ins are daily, doses several a week).
    """
    read = _DriverValues(MigraineAttack.objects.db)
    kinds = _read_kinds(sections, profile=profile)
    first = min((span[0] for span in spans), default=None)
    bounds = _diary_bounds([user.pk]).get(user.pk) if user.is_authenticated else None
    # Coverage from the records of the sections read, as the whole diary's would start.
    bound_kinds = tuple(kind for kind in _BOUND_FIELDS if kind in kinds)
    first_day = _bound_day(bounds, "first", tz, bound_kinds) if bounds and bound_kinds else None
    if not kinds or first_day is None:
        # Nothing of the sections was ever recorded: only the profile can be there.
        rows = _rows_by_kind(_union_rows(user, read, kinds) if kinds else [])
        return _built(rows, read, tz=tz, medicines=Section.MEDICINES in sections)
    whole = {"flare", "profile", *(["attack"] if whole_attacks else [])}
    bounded = tuple(kind for kind in kinds if kind not in whole)
    rows = _rows_by_kind(_union_rows(user, read, kinds, spans=spans, bounded=bounded))
    diary, condition_names, found = _built(
        rows, read, tz=tz, medicines=Section.MEDICINES in sections
    )
    covered_from = first_day if whole_attacks or first is None else max(first_day, first)
    return dataclasses.replace(diary, covered_from=covered_from), condition_names, found


def _touching(kind: str, spans: Sequence[DaySpan]) -> models.Q:
    """The rows of the leg `kind` (of _LEGS) that touch any local day of `spans`, in any
    time zone: timestamps are compared with a day's margin either side of the UTC days."""
    found = models.Q(pk__in=[])
    for span in spans:
        bounds = _span_bounds(span)
        first, last, lower, upper = (bounds[name] for name in _SPAN_VALUES)
        if kind == "attack":
            touching = models.Q(ended_at__isnull=True) | models.Q(ended_at__gte=lower)
            if upper is not None:
                touching &= models.Q(started_at__lt=upper)
        elif kind == "dose":
            touching = models.Q(taken_at__gte=lower)
            if upper is not None:
                touching &= models.Q(taken_at__lt=upper)
        else:
            field = "dailycheckin__day" if kind == "trigger" else "day"
            touching = models.Q(**{f"{field}__gte": first})
            if last is not None:
                touching &= models.Q(**{f"{field}__lte": last})
        found |= touching
    return found


# The values _touching compares with for a span: its first and last local days, and the
# UTC moments a day before the first begins and two days after the last.
_SPAN_VALUES = ("first", "last", "lower", "upper")


def _span_bounds(span: DaySpan) -> dict[str, Any]:
    first, last = span
    return {
        "first": first,
        "last": last,
        "lower": datetime.datetime.combine(
            first - datetime.timedelta(days=1), datetime.time(), datetime.UTC
        ),
        "upper": None
        if last is None
        else datetime.datetime.combine(
            last + datetime.timedelta(days=2), datetime.time(), datetime.UTC
        ),
    }


def _read_kinds(sections: frozenset[str], *, profile: bool) -> tuple[str, ...]:
    """The legs (of _LEGS) the records of `sections` come from, with the profile's when
    medicines are shown or `profile` asks for it."""
    migraine = Section.MIGRAINE in sections
    medicines = Section.MEDICINES in sections
    return tuple(
        kind
        for kind, wanted in (
            ("attack", migraine),
            ("flare", Section.FLARES in sections),
            ("dose", medicines),
            ("checkin", Section.CHECKINS in sections),
            ("trigger", Section.CHECKINS in sections),
            ("headache_free", migraine),
            ("profile", medicines or profile),
        )
        if wanted
    )


def _rows_by_kind(union: Iterable[tuple]) -> dict[str, list[tuple]]:
    """The UNION ALL's rows by their kind (the first column)."""
    rows: dict[str, list[tuple]] = {kind: [] for kind in _LEGS}
    for row in union:
        rows[row[0]].append(row)
    return rows


def _built(
    rows: dict[str, list[tuple]], read: "_DriverValues", *, tz: zoneinfo.ZoneInfo, medicines: bool
) -> tuple[insights.Diary, dict[str, str], Profile]:
    """The diary, condition names and Profile made from the UNION ALL's rows by kind: the
    one place its rows become records, for the whole diary and a bounded part alike."""
    attacks = _records(
        insights.AttackRecord,
        _columns(rows["attack"], 1, 2, 5, 8),
        {0: read.aware, 1: read.aware_or_none, 2: MigraineAttack.AttackType.MIGRAINE.__eq__},
    )
    condition_names: dict[str, str] = {}
    vessel_flares: set[str] = set()
    flares = []
    for _, _, _, started_on, ended_on, slug, english_name, *_, vessels, _, _ in rows["flare"]:
        # Names in the reader's language: these are the words the pages show.
        name = condition_name(english_name)
        condition_names[slug] = name
        if vessels:
            vessel_flares.add(name)
        flares.append(
            insights.FlareRecord(slug, read.as_date(started_on), read.as_date_or_none(ended_on))
        )
    doses = _records(insights.DoseRecord, _columns(rows["dose"], 1, 5, 6, 12), {0: read.aware})
    triggers: dict[int, list[str]] = defaultdict(list)
    for row in rows["trigger"]:
        triggers[row[12]].append(row[5])
    # A defaultdict so a check-in without triggers maps to () in C, with no lookup per row.
    trigger_names = defaultdict(tuple, {pk: tuple(names) for pk, names in triggers.items()})
    checkins = _records(
        insights.CheckInRecord,
        # The id last, where the record has its triggers: _records swaps one for the other.
        _columns(rows["checkin"], 3, 13, 8, 9, 14, 15, 10, 11, 12),
        {
            0: read.as_date,
            4: read.boolean_or_none,
            5: read.boolean_or_none,
            8: trigger_names.__getitem__,
        },
    )
    headache_free_days = tuple(read.as_date(row[3]) for row in rows["headache_free"])
    found = NO_PROFILE
    if rows["profile"]:
        risks = rows["profile"][0][16]
        if isinstance(risks, str):  # SQLite keeps JSON as text
            risks = json.loads(risks)
        found = Profile(
            conditions=tuple(
                ProfileCondition(row[5], row[7], row[6], bool(row[14]))
                for row in rows["profile"]
                if row[5] is not None
            ),
            vessel_risks=tuple(risks or ()),
        )
    diary = insights.Diary(
        tz=tz,
        attacks=attacks,
        flares=tuple(flares),
        doses=doses,
        checkins=checkins,
        vessel_reasons=found.vessel_reasons(flared=vessel_flares) if medicines else (),
        headache_free_days=headache_free_days,
    )
    return diary, condition_names, found


def _columns(rows: list[tuple], *positions: int) -> list[tuple]:
    """The rows' values at `positions`, in that order."""
    if not rows:
        return []
    pick = itemgetter(*positions)
    return list(map(pick, rows))


# The columns of load_diary_and_profile's UNION ALL, in order, each of one type in every
# SELECT (PostgreSQL matches them by position): the kind of record, two moments, two days,
# three texts, five integers (the last an id), a float, two booleans and a JSON value.
_SLOTS: dict[str, models.Field] = {
    "u_kind": models.CharField(),
    "u_moment1": models.DateTimeField(),
    "u_moment2": models.DateTimeField(),
    "u_day1": models.DateField(),
    "u_day2": models.DateField(),
    "u_text1": models.TextField(),
    "u_text2": models.TextField(),
    "u_text3": models.TextField(),
    "u_int1": models.IntegerField(),
    "u_int2": models.IntegerField(),
    "u_int3": models.IntegerField(),
    "u_int4": models.IntegerField(),
    "u_id": models.BigIntegerField(),
    "u_float": models.FloatField(),
    "u_bool1": models.BooleanField(),
    "u_bool2": models.BooleanField(),
    "u_json": models.JSONField(),
}


def _leg(queryset: models.QuerySet, kind: str, **columns) -> models.QuerySet:
    """One SELECT of the UNION ALL: `columns` by slot name (without "u_"), NULL elsewhere."""
    values = {f"u_{name}": expression for name, expression in columns.items()}
    unknown = set(values) - set(_SLOTS)
    if unknown:
        raise ValueError(f"No such columns: {sorted(unknown)}")
    annotations = {
        # Typed: PostgreSQL matches a UNION's columns two SELECTs at a time, and two bare
        # NULLs would make a text column that the next SELECT's numbers cannot join.
        slot: values.get(slot, Cast(models.Value(None), output_field=field))
        for slot, field in _SLOTS.items()
        if slot != "u_kind"
    }
    return (
        queryset.order_by().annotate(u_kind=models.Value(kind), **annotations).values_list(*_SLOTS)
    )


def _attack_leg(user: User, read: "_DriverValues") -> models.QuerySet:
    return _leg(
        MigraineAttack.objects.for_owner(user),
        "attack",
        moment1=read.moment("started_at"),
        moment2=read.moment("ended_at"),
        text1=models.F("attack_type"),
        int1=models.F("peak_intensity"),
    )


def _flare_leg(user: User, read: "_DriverValues") -> models.QuerySet:
    return _leg(
        Flare.objects.for_owner(user),
        "flare",
        day1=read.day("started_on"),
        day2=read.day("ended_on"),
        text1=models.F("condition__slug"),
        text2=models.F("condition__name"),
        bool1=models.F("condition__involves_blood_vessels"),
    )


def _dose_leg(user: User, read: "_DriverValues") -> models.QuerySet:
    return _leg(
        MedicationDose.objects.for_owner(user),
        "dose",
        moment1=read.moment("taken_at"),
        text1=models.F("medication__category"),
        text2=models.F("medication__purpose"),
        id=models.F("medication_id"),
    )


def _checkin_leg(user: User, read: "_DriverValues") -> models.QuerySet:
    return _leg(
        DailyCheckIn.objects.for_owner(user),
        "checkin",
        day1=read.day("day"),
        # As a float straight from the database: the model's Decimal costs more to make.
        float=Cast("sleep_hours", models.FloatField()),
        int1=models.F("stress"),
        int2=models.F("water_glasses"),
        bool1=models.F("gluten"),
        bool2=models.F("menstruation"),
        int3=models.F("fatigue"),
        int4=models.F("joint_pain"),
        id=models.F("pk"),
    )


def _trigger_leg(user: User, read: "_DriverValues") -> models.QuerySet:
    """The names of the check-ins' triggers, by check-in id (so the day is not read twice)."""
    return _leg(
        DailyCheckIn.triggers.through.objects.filter(dailycheckin__owner=user),
        "trigger",
        text1=models.F("trigger__name"),
        id=models.F("dailycheckin_id"),
    )


def _headache_free_leg(user: User, read: "_DriverValues") -> models.QuerySet:
    """The days the patient said passed without a headache."""
    return _leg(HeadacheFreeDay.objects.for_owner(user), "headache_free", day1=read.day("day"))


def _profile_leg(user: User, read: "_DriverValues") -> models.QuerySet:
    """A row per condition on the profile (one with NULLs when there are none), each with
    the heart and vessel facts."""
    return _leg(
        PatientProfile.objects.filter(user=user),
        "profile",
        text1=models.F("conditions__slug"),
        text2=models.F("conditions__name"),
        text3=models.F("conditions__kind"),
        bool1=models.F("conditions__involves_blood_vessels"),
        json=models.F("vessel_risks"),
    )


_LEGS: dict[str, Callable[[User, "_DriverValues"], models.QuerySet]] = {
    "attack": _attack_leg,
    "flare": _flare_leg,
    "dose": _dose_leg,
    "checkin": _checkin_leg,
    "trigger": _trigger_leg,
    "headache_free": _headache_free_leg,
    "profile": _profile_leg,
}


def vessel_reasons(user: User, *, flared: Iterable[str] = ()) -> tuple[str, ...]:
    """Why a triptan or an ergot calls for a conversation, in one query: the names of the
    vessel-involving conditions on the patient's profile or among `flared` (the names of
    those their flares are of), then the heart and vessel facts they recorded."""
    conditions = set(flared)
    risks: list[str] = []
    for risk_values, name, vessels in PatientProfile.objects.filter(user=user).values_list(
        "vessel_risks", "conditions__name", "conditions__involves_blood_vessels"
    ):
        risks = risk_values or []
        if vessels:
            conditions.add(condition_name(name))
    labels = [risk.label for risk in VesselRisk if risk.value in risks]
    return (*sorted(conditions), *labels)


class RecentDiary(NamedTuple):
    """The recent part of one patient's diary (load_recent_diaries)."""

    diary: insights.Diary  # covered_from: where the diary's coverage of the part begins
    condition_names: dict[str, str]  # of the flares loaded, by slug
    last_entry: datetime.date | None  # the day of the latest record, however old


def load_recent_diaries(
    patients: Sequence[User],
    *,
    days: int,
    now: datetime.datetime,
    checkins: bool = True,
    sections: dict[int, frozenset[str]] | None = None,
) -> dict[int, RecentDiary]:
    """The last `days` local days of each patient's diary, by user id, for a list of many
    patients: six queries whatever their number (five without check-ins), each reading
    only recent rows.

    Each diary holds the records that touch those days (an attack or flare that began
    earlier and runs into them included); its covered_from says where coverage starts, so
    counts and alerts over those days equal those of the whole diary. Check-ins come
    without their triggers, or not at all with checkins=False (coverage does not need
    them). last_entry is the local day of the latest attack, dose, flare start, check-in or
    "no headache" day, as far back as it is.

    `sections`, by user id: the sections (accounts.models.Section values) a clinician's
    share shows of each patient (default all). Only their records are read, and coverage
    and last_entry come from them alone.
    """
    if not patients:
        return {}
    ids = [patient.pk for patient in patients]
    shown = sections or {}

    def ids_for(section: str) -> list[int]:
        return [pk for pk in ids if section in shown.get(pk, ALL_SECTIONS)]

    # A day's margin before the earliest local day any time zone can be at: records a
    # little older only start coverage where the diary really had it.
    since = now - datetime.timedelta(days=days + 1)
    since_day = since.date()
    read = _DriverValues(MigraineAttack.objects.db)
    migraine = MigraineAttack.AttackType.MIGRAINE
    # Each query is ordered by owner, its first column, for _records_by_owner.
    attacks = _records_by_owner(
        insights.AttackRecord,
        _driver_rows(
            MigraineAttack.objects.filter(owner_id__in=ids_for(Section.MIGRAINE))
            .filter(
                models.Q(started_at__gte=since)
                | models.Q(ended_at__isnull=True)
                | models.Q(ended_at__gte=since)
            )
            .order_by("owner_id")
            .annotate(started=read.moment("started_at"), ended=read.moment("ended_at"))
            .values_list("owner_id", "started", "ended", "attack_type", "peak_intensity")
        ),
        {0: read.aware, 1: read.aware_or_none, 2: migraine.__eq__},
    )
    # The recent flares, and every flare of a condition that involves the blood vessels:
    # however old, it is a reason for the triptan caution.
    flare_rows = _driver_rows(
        Flare.objects.filter(owner_id__in=ids_for(Section.FLARES))
        .filter(
            models.Q(ended_on__isnull=True)
            | models.Q(ended_on__gte=since_day)
            | models.Q(condition__involves_blood_vessels=True)
        )
        .order_by("owner_id")
        .annotate(started=read.day("started_on"), ended=read.day("ended_on"))
        .values_list(
            "owner_id",
            "condition__slug",
            "started",
            "ended",
            "condition__name",
            "condition__involves_blood_vessels",
        )
    )
    recent_flares = []
    condition_names: dict[int, dict[str, str]] = defaultdict(dict)
    vessel_flares: dict[int, set[str]] = defaultdict(set)
    for owner, slug, started, ended, english_name, vessels in flare_rows:
        name = condition_name(english_name)  # in the reader's language, as shown
        if vessels:
            vessel_flares[owner].add(name)
        if ended is None or read.as_date(ended) >= since_day:
            recent_flares.append((owner, slug, started, ended))
            condition_names[owner][slug] = name
    flares = _records_by_owner(
        insights.FlareRecord, recent_flares, {1: read.as_date, 2: read.as_date_or_none}
    )
    doses = _records_by_owner(
        insights.DoseRecord,
        _driver_rows(
            MedicationDose.objects.filter(
                medication__owner_id__in=ids_for(Section.MEDICINES), taken_at__gte=since
            )
            .order_by("medication__owner_id")
            .annotate(
                taken=read.moment("taken_at"),
                category=models.F("medication__category"),
                purpose=models.F("medication__purpose"),
            )
            .values_list("medication__owner_id", "taken", "category", "purpose", "medication_id")
        ),
        {0: read.aware},
    )
    checkin_records = {}
    if checkins:
        checkin_records = _records_by_owner(
            insights.CheckInRecord,
            _driver_rows(
                DailyCheckIn.objects.filter(
                    owner_id__in=ids_for(Section.CHECKINS), day__gte=since_day
                )
                .order_by("owner_id")
                .annotate(sleep=Cast("sleep_hours", models.FloatField()), date=read.day("day"))
                .values_list(
                    "owner_id",
                    "date",
                    "sleep",
                    "stress",
                    "water_glasses",
                    "gluten",
                    "menstruation",
                    "fatigue",
                    "joint_pain",
                )
            ),
            {0: read.as_date},
            triggers=True,
        )
    bounds = _diary_bounds(ids)
    reasons = _vessel_reasons_by_user(ids, flared=vessel_flares)
    recent = {}
    for patient in patients:
        tz = patient.tzinfo
        row = bounds[patient.pk]
        kinds = _bound_kinds(shown.get(patient.pk, ALL_SECTIONS))
        first_day = _bound_day(row, "first", tz, kinds)
        today = now.astimezone(tz).date()
        window_start = today - datetime.timedelta(days=days - 1)
        diary = insights.Diary(
            tz=tz,
            attacks=attacks.get(patient.pk, ()),
            flares=flares.get(patient.pk, ()),
            doses=doses.get(patient.pk, ()),
            checkins=checkin_records.get(patient.pk, ()),
            vessel_reasons=reasons[patient.pk] if "dose" in kinds else (),
            covered_from=None if first_day is None else max(first_day, window_start),
        )
        recent[patient.pk] = RecentDiary(
            diary, condition_names.get(patient.pk, {}), _bound_day(row, "last", tz, kinds)
        )
    return recent


def _records_by_owner(
    record: type, rows: list[tuple], parse: dict[int, Callable], *, triggers: bool = False
) -> dict[int, tuple]:
    """As _records, for rows of many owners: each row's first column is its owner's id
    (the rows ordered by it) and `parse` counts positions after it; the records by owner.
    With triggers, each record ends with an empty tuple of trigger names."""
    if not rows:
        return {}
    columns: list[Iterable[object]] = list(zip(*rows, strict=True))
    owners = columns.pop(0)
    for position, function in parse.items():
        if function is not _unchanged:
            columns[position] = map(function, columns[position])
    if triggers:
        columns.append(repeat((), len(rows)))
    records = map(partial(tuple.__new__, record), zip(*columns, strict=True))
    return {
        owner: tuple(map(itemgetter(1), group))
        for owner, group in groupby(zip(owners, records, strict=True), key=itemgetter(0))
    }


# What _diary_bounds reads of each model: its day or moment field and its owner.
_BOUND_FIELDS = {
    "attack": (MigraineAttack, "started_at", "owner"),
    "dose": (MedicationDose, "taken_at", "medication__owner"),
    "flare": (Flare, "started_on", "owner"),
    "checkin": (DailyCheckIn, "day", "owner"),
    "headache_free": (HeadacheFreeDay, "day", "owner"),
}


def _diary_bounds(ids: list[int]) -> dict[int, dict]:
    """For load_recent_diaries, in one query: each user's earliest and latest attack start,
    dose, flare start, check-in and "no headache" day; by user id."""

    def bound(model: type[models.Model], field: str, owner: str, order: str):
        # The first row by the field rather than MIN or MAX: the index on (owner, field)
        # gives it without reading the owner's other rows.
        return models.Subquery(
            model._default_manager.filter(**{owner: models.OuterRef("pk")})
            .order_by(f"{order}{field}")
            .values(field)[:1]
        )

    annotations = {
        f"{end}_{name}": bound(model, field, owner, order)
        for name, (model, field, owner) in _BOUND_FIELDS.items()
        for end, order in (("first", ""), ("last", "-"))
    }
    rows = User.objects.filter(pk__in=ids).annotate(**annotations).values("pk", *annotations)
    return {row["pk"]: row for row in rows}


def _vessel_reasons_by_user(
    ids: list[int], *, flared: dict[int, set[str]]
) -> dict[int, tuple[str, ...]]:
    """vessel_reasons for each user, by id, in one query for all: `flared` holds the names
    of the vessel-involving conditions each one's flares are of."""
    conditions: dict[int, set[str]] = {pk: set(flared.get(pk, ())) for pk in ids}
    risks: dict[int, list[str]] = {}
    profiles = PatientProfile.objects.filter(user_id__in=ids).values_list(
        "user_id", "vessel_risks", "conditions__name", "conditions__involves_blood_vessels"
    )
    for user_id, risk_values, name, vessels in profiles:
        risks[user_id] = risk_values or []
        if vessels:
            conditions[user_id].add(name)
    return {
        pk: (
            *sorted(conditions[pk]),
            *(risk.label for risk in VesselRisk if risk.value in risks.get(pk, [])),
        )
        for pk in ids
    }


# The section each kind of record of _BOUND_FIELDS is in.
_BOUND_SECTIONS = {
    "attack": Section.MIGRAINE,
    "dose": Section.MEDICINES,
    "flare": Section.FLARES,
    "checkin": Section.CHECKINS,
    "headache_free": Section.MIGRAINE,
}


def _bound_kinds(sections: frozenset[str]) -> tuple[str, ...]:
    """The kinds of record (of _BOUND_FIELDS) whose days a share of `sections` shows; all
    of them for a share of notes alone, whose notes are those records'."""
    kinds = tuple(kind for kind, section in _BOUND_SECTIONS.items() if section in sections)
    return kinds or tuple(_BOUND_FIELDS)


def _bound_day(
    row: dict, end: str, tz: zoneinfo.ZoneInfo, kinds: tuple[str, ...] = tuple(_BOUND_FIELDS)
) -> datetime.date | None:
    """The earliest or latest ("first" or "last") local day of a _diary_bounds row, of
    the records of `kinds` (default all)."""
    days = []
    for name in kinds:
        value = row[f"{end}_{name}"]
        if isinstance(value, datetime.datetime):
            value = value.astimezone(tz).date()
        if value is not None:
            days.append(value)
    if not days:
        return None
    return min(days) if end == "first" else max(days)


def _records(record: type, rows: list[tuple], parse: dict[int, Callable]) -> tuple:
    """The rows as records of the named tuple type `record`, each column at a position of
    `parse` first mapped through its function (_unchanged ones are skipped).

    Column by column rather than row by row, for speed: map, zip and tuple.__new__ run in
    C, where a record made by its Python-level __new__ costs a call per row (8,000 rows).
    """
    if not rows:
        return ()
    columns: list[Iterable[object]] = list(zip(*rows, strict=True))
    for position, function in parse.items():
        if function is not _unchanged:
            columns[position] = map(function, columns[position])
    return tuple(map(partial(tuple.__new__, record), zip(*columns, strict=True)))


# The SQL of load_diary_and_profile's UNION ALL for each database, time zone, choice of
# legs and of bounded legs and shape of spans (_union_rows), with the places of the owner's
# id (None) and of each span's days among its parameters: made once, since building and
# compiling seven querysets of seventeen columns costs more than running them.
_UNION_SQL: dict[tuple, tuple[str, tuple, tuple[tuple[int, tuple[int, str] | None], ...]]] = {}


def _union_rows(
    user: User,
    read: "_DriverValues",
    kinds: tuple[str, ...],
    *,
    spans: Sequence[DaySpan] = (),
    bounded: tuple[str, ...] = (),
) -> list[tuple]:
    """The rows of the UNION ALL of the legs `kinds` (of _LEGS) for `user`, as the driver
    returns them (_driver_rows); the legs of `bounded` only with the rows that touch the
    days of `spans` (_touching).

    The SQL is made once per database, time zone, choice of legs and shape of spans, with
    stand-in days whose places among the parameters are noted; each call puts the owner's
    id and the spans' days, adapted as Django adapts them, in those places.
    """
    alias = MigraineAttack.objects.db
    connection = connections[alias]
    shape = tuple(last is None for _, last in spans) if bounded else ()
    key = (alias, connection.vendor, connection.timezone_name, kinds, bounded, shape)
    made = _UNION_SQL.get(key)
    if made is None:
        if not user.is_authenticated:  # every leg is empty (OwnedQuerySet.for_owner)
            return _driver_rows(_union(user, read, kinds, spans=spans, bounded=bounded))
        # Stand-in days, years apart and far from any diary's, each span's its own.
        stand_ins = [
            (
                datetime.date(1001 + 2 * index, 1, 10),
                None if open_ended else datetime.date(1002 + 2 * index, 1, 10),
            )
            for index, open_ended in enumerate(shape)
        ]
        places: dict[object, tuple[int, str]] = {}
        for index, span in enumerate(stand_ins):
            for name, value in _span_bounds(span).items():
                if value is not None:
                    places[_adapted(connection, name, value)] = (index, name)
        union = _union(user, read, kinds, spans=stand_ins, bounded=bounded)
        sql, params = union.query.get_compiler(alias).as_sql()
        slots: list[tuple[int, tuple[int, str] | None]] = []
        for position, value in enumerate(params):
            if isinstance(value, int) and not isinstance(value, bool) and value == user.pk:
                slots.append((position, None))
            elif value in places:
                slots.append((position, places[value]))
            elif not isinstance(value, str):
                # Besides the owner's id and the days, only the legs' names (text) may be
                # parameters; anything else is not cached.
                return _driver_rows(_union(user, read, kinds, spans=spans, bounded=bounded))
        made = _UNION_SQL[key] = (sql, tuple(params), tuple(slots))
    sql, template, filled = made
    params = list(template)
    bounds = [_span_bounds(span) for span in spans]
    for position, place in filled:
        if place is None:
            params[position] = user.pk
        else:
            index, name = place
            params[position] = _adapted(connection, name, bounds[index][name])
    return _execute(alias, sql, params)


def _union(
    user: User,
    read: "_DriverValues",
    kinds: tuple[str, ...],
    *,
    spans: Sequence[DaySpan],
    bounded: tuple[str, ...],
) -> models.QuerySet:
    """The UNION ALL of the legs `kinds`, those of `bounded` filtered by _touching."""
    legs = [
        _LEGS[kind](user, read).filter(_touching(kind, spans))
        if kind in bounded
        else _LEGS[kind](user, read)
        for kind in kinds
    ]
    return legs[0].union(*legs[1:], all=True)


def _adapted(connection, name: str, value: Any) -> Any:
    """A span's day ("first", "last") or moment ("lower", "upper") as Django passes it
    to the database driver for a date or timestamp column."""
    if name in ("first", "last"):
        return connection.ops.adapt_datefield_value(value)
    return connection.ops.adapt_datetimefield_value(value)


def _driver_rows(queryset: models.QuerySet) -> list[tuple]:
    """The rows of a values_list() queryset as the database driver returns them.

    The same SQL, scoping and single query as iterating the queryset, without Django's
    per-value converters: for ten years of records they cost more than the queries. The
    drivers already give booleans, numbers and text as Python values on SQLite (by the
    converters Django registers for declared column types) and PostgreSQL alike; dates and
    timestamps are read as _DriverValues says. The columns come in the order of the SQL:
    the model's fields first, then annotations.
    """
    try:
        sql, params = queryset.query.get_compiler(queryset.db).as_sql()
    except EmptyResultSet:
        # Nothing can match (an empty list of owners: no share shows this section).
        return []
    return _execute(queryset.db, sql, params)


def _execute(alias: str, sql: str, params: Sequence[Any]) -> list[tuple]:
    """The rows of `sql` as the database driver returns them (see _driver_rows)."""
    with connections[alias].cursor() as cursor:
        if connections[alias].vendor == "postgresql":
            # psycopg's own timestamp loader, in C, rather than Django's Python subclass
            # of it: the values come aware in the session's time zone, which Django sets to
            # the connection's, so only the step of setting that zone again is saved.
            from psycopg.types.datetime import TimestamptzLoader

            cursor.cursor.adapters.register_loader("timestamptz", TimestamptzLoader)
        cursor.execute(sql, params)
        return cursor.fetchall()


class _UTCText(models.Func):
    """A timestamp as SQLite stores it (naive UTC text) with "+00:00" appended; NULL stays
    NULL. datetime.fromisoformat turns that text into an aware datetime in one C call."""

    template = "(%(expressions)s || '+00:00')"
    output_field = models.CharField()


class _DriverValues:
    """How load_diary selects dates and timestamps for _driver_rows, and turns what the
    driver returns for them into dates and aware datetimes.

    SQLite keeps both as text, which Django's converters parse in Python: read as text and
    parsed by date.fromisoformat and datetime.fromisoformat, one C call each, they cost
    several times less. Its timestamps are naive, in the connection's time zone; in UTC
    (Overlap's setting) "+00:00" is appended in the SQL so they come out aware.
    PostgreSQL's driver returns dates and aware datetimes already (see _driver_rows for the
    latter), so nothing is parsed. Other databases, and SQLite in another zone, are read as
    before.
    """

    # The expressions that select a timestamp and a date field, given its name.
    moment: Callable[[str], Combinable]
    day: Callable[[str], Combinable]
    boolean_or_none: Callable[[object], bool | None]

    def __init__(self, alias: str) -> None:
        connection = connections[alias]
        if connection.vendor == "sqlite" and connection.timezone_name == "UTC":
            self.moment = _UTCText
            self.day = partial(Cast, output_field=models.TextField())
            # For NOT NULL columns the parsers themselves, without a step for None.
            self.aware = datetime.datetime.fromisoformat
            self.aware_or_none = _parse_utc_text
            self.as_date = datetime.date.fromisoformat
            self.as_date_or_none = _parse_date_text
            # A UNION's columns have no declared type, so SQLite gives booleans as 0 and 1.
            self.boolean_or_none = _boolean_or_none
            return
        if connection.vendor == "postgresql":
            # psycopg returns dates, and timestamps aware (see _driver_rows): nothing to do.
            self.moment = self.day = models.F
            self.aware = self.aware_or_none = self.as_date = self.as_date_or_none = _unchanged
            self.boolean_or_none = _unchanged
            return
        tz = connection.timezone

        def aware(value):
            if value is None or value.tzinfo is not None:
                return value
            return value.replace(tzinfo=tz)

        self.moment = self.day = models.F
        self.aware = self.aware_or_none = aware
        self.as_date = self.as_date_or_none = _unchanged
        self.boolean_or_none = _boolean_or_none


def _parse_utc_text(value: str | None) -> datetime.datetime | None:
    return None if value is None else datetime.datetime.fromisoformat(value)


def _parse_date_text(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def _boolean_or_none(value: object) -> bool | None:
    return None if value is None else bool(value)


def _unchanged(value):
    return value
