"""Alerts: calm, plain-words notes about patterns in the diary, each rule whole in its own
section (its constants, its computation and its sentences):

- medication overuse (ICHD-3 8.2) and its early warning,
- a chronic migraine pattern (ICHD-3 1.3),
- a caution about triptans and ergots for conditions and heart or vessel facts that can
  involve the blood vessels, and a note on a triptan within 24 hours of an ergot or of a
  different triptan.

ICHD-3 is the International Classification of Headache Disorders, 3rd edition. The alerts
inform; they never diagnose. Their messages speak to the patient ("you", with the advice
to discuss them with a clinician) or, for a clinician, about the patient by name, with no
advice meant for the patient.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from django.utils.translation import gettext, gettext_noop, ngettext

from diary.insights.completeness import PATIENT, Audience, join_or, patient_name, sentence_start
from diary.insights.days import (
    DAYS_PER_MONTH,
    OVERUSE_CLASS_BY_CATEGORY,
    _days_from_to,
    _DiaryDays,
    _doses_by_day,
    _index,
)
from diary.insights.records import Diary, DoseRecord
from diary.insights.text import (
    _format_day_range,
    _join_numbers,
    _join_words,
    format_day,
)

# ICHD-3 asks for overuse or headache "for more than 3 months". Overlap reads that as three
# consecutive 30-day windows ending today (90 days), each one meeting the threshold, and
# only when the diary covers all 90 days.
ALERT_WINDOWS = 3


@dataclass(frozen=True)
class AlertWindow:
    """One period an alert looked at, the day counts in it, and which thresholds it met."""

    start: date
    end: date
    counts: dict[str, int]
    reasons: tuple[str, ...]  # thresholds met in this window; empty when none


@dataclass(frozen=True)
class Alert:
    """A calm, plain-words note about a pattern in the diary. Never a diagnosis."""

    kind: str  # medication_overuse | medication_overuse_warning | chronic_migraine |
    #            triptan_caution
    title: str
    message: str
    period_start: date
    period_end: date
    education_slug: str
    windows: tuple[AlertWindow, ...]  # oldest first
    # The message says why an NSAID taken for the joints counts towards overuse, so the
    # page's summaries leave their joints sentence out (text.joints_sentence).
    explains_joints: bool = False


def _alert_window_bounds(today: date) -> list[tuple[date, date]]:
    """Return the three 30-day windows ending today, oldest first."""
    return [
        (
            today - timedelta(days=DAYS_PER_MONTH * (index + 1) - 1),
            today - timedelta(days=DAYS_PER_MONTH * index),
        )
        for index in reversed(range(ALERT_WINDOWS))
    ]


# --- Medication overuse (ICHD-3 8.2) and its early warning ---------------------------


# The overuse class of each kind of medicine is OVERUSE_CLASS_BY_CATEGORY, in
# diary.insights.days: the days lay out overuse-relevant days beside acute-medication days.
OVERUSE_THRESHOLD_DAYS: dict[str, int] = {
    "triptan": 10,
    "ergot": 10,
    "opioid": 10,
    "combination_analgesic": 10,
    "simple_analgesic": 15,
    "other_acute": 10,
}
MULTIPLE_CLASSES_THRESHOLD_DAYS = 10
# ICHD-3 8.2 also needs headache on >= 15 days a month; the alert shows both.
OVERUSE_HEADACHE_DAYS = 15
# The early warning looks at the last 30 days alone, a little below each threshold,
# because autoimmune patients often take NSAIDs daily for their joints.
OVERUSE_WARNING_DAYS: dict[str, int] = {
    "triptan": 8,
    "ergot": 8,
    "opioid": 8,
    "combination_analgesic": 8,
    "simple_analgesic": 12,
    "other_acute": 8,
}
MULTIPLE_CLASSES_WARNING_DAYS = 8
OVERUSE_CLASS_NAMES: dict[str, str] = {
    "triptan": gettext_noop("triptans"),
    "ergot": gettext_noop("ergots"),
    "opioid": gettext_noop("opioids"),
    "combination_analgesic": gettext_noop("combination painkillers"),
    "simple_analgesic": gettext_noop("simple painkillers (paracetamol, aspirin or other NSAIDs)"),
    "other_acute": gettext_noop("other acute medicines (ditans such as lasmiditan)"),
}

# Education pages the alerts link to, by slug. diary.insights stays free of Django, so these
# are plain strings; a test checks that education.seed_pages has a page for each.
MEDICATION_EDUCATION_SLUG = "medication-caution"  # the triptan caution
OVERUSE_EDUCATION_SLUG = "medication-overuse-headache"  # the overuse alert and warning

GEPANTS_NOT_COUNTED = gettext_noop(
    "Gepants (such as rimegepant) count as acute-medication days but not towards medication "
    "overuse: studies have not shown that gepants cause medication-overuse headache, and "
    "the classification was written before them."
)


def _overuse_definition() -> str:
    return " ".join(
        [
            gettext(
                "Headache specialists (ICHD-3, the International Classification of Headache "
                "Disorders) describe medication overuse as taking triptans, ergots, opioids or "
                "combination painkillers on 10 or more days a month, simple painkillers "
                "(paracetamol, aspirin or other NSAIDs) on 15 or more days a month, any other "
                "acute medicine such as a ditan (lasmiditan) on 10 or more days a month, or "
                "several of these together on 10 or more days a month, for more than 3 "
                "months; Overlap counts a month as 30 days."
            ),
            gettext(GEPANTS_NOT_COUNTED),
        ]
    )


def medication_overuse_alert(
    diary: Diary,
    *,
    today: date,
    now: datetime | None = None,
    audience: Audience = PATIENT,
    name: str = "",
) -> Alert | None:
    """Return the ICHD-3 8.2 medication-overuse alert, or None.

    It applies when each of the last three 30-day windows ending today has triptans,
    ergots, opioids, combination analgesics or other acute medicines (ditans, ICHD-3 8.2.8)
    on >= 10 days (each class on its own), simple analgesics including NSAIDs on >= 15
    days, or, when no class reaches its own threshold, two or more classes together on
    >= 10 days; and only when the diary covers all three windows. Gepants never count.

    The alert also gives the headache days of each window (ongoing attacks run to `now`,
    by default the end of today): ICHD-3 8.2 needs headache on >= 15 days a month too, and
    its wording says whether both criteria or the medicine days alone are met. The words
    are for `audience`: the patient, or a clinician reading about `name`.
    """
    days = _index(diary, today=today, now=_end_of(today, diary) if now is None else now)
    return _medication_overuse_alert(
        days, _overuse_medication_days(_doses_by_day(diary)), audience=audience, name=name
    )


def medication_overuse_warning(
    diary: Diary, *, today: date, audience: Audience = PATIENT, name: str = ""
) -> Alert | None:
    """Return an early warning about acute medication in the last 30 days, or None.

    It applies when the full alert does not, and the last 30 days ending today have a
    10-day class on >= 8 days, simple analgesics including NSAIDs on >= 12 days, or (when
    no class reaches its own level) two or more classes together on >= 8 days.
    """
    overuse_days = _overuse_medication_days(_doses_by_day(diary))
    days = _index(diary, today=today, now=_end_of(today, diary))
    if _medication_overuse_alert(days, overuse_days):
        return None
    return _medication_overuse_warning(overuse_days, today=today, audience=audience, name=name)


def _end_of(today: date, diary: Diary) -> datetime:
    """Return the diary's local midnight at the end of today: an ongoing attack runs on
    through today when no `now` is given."""
    return datetime.combine(today + timedelta(days=1), time(0), tzinfo=diary.tz)


def overuse_medication_days(diary: Diary) -> dict[date, set[str]]:
    """Return, for each local day, the ICHD-3 8.2 overuse classes taken, whatever the purpose.

    Classes are the keys of OVERUSE_THRESHOLD_DAYS; NSAIDs count as simple analgesics and
    ditans as other acute medicines (ICHD-3 8.2.8); gepants are not counted.
    """
    return _overuse_medication_days(_doses_by_day(diary))


def _overuse_medication_days(doses: dict[date, list[DoseRecord]]) -> dict[date, set[str]]:
    days = {
        day: {
            OVERUSE_CLASS_BY_CATEGORY[dose.category]
            for dose in day_doses
            if dose.category in OVERUSE_CLASS_BY_CATEGORY
        }
        for day, day_doses in doses.items()
    }
    return {day: classes for day, classes in days.items() if classes}


def _medication_overuse_alert(
    days: _DiaryDays,
    overuse_days: dict[date, set[str]],
    *,
    audience: Audience = PATIENT,
    name: str = "",
) -> Alert | None:
    bounds = _alert_window_bounds(days.today)
    if days.first_day is None or days.first_day > bounds[0][0]:
        return None
    windows = []
    for window_start, window_end in bounds:
        window = _overuse_window(
            overuse_days,
            start=window_start,
            end=window_end,
            class_thresholds=OVERUSE_THRESHOLD_DAYS,
            multiple_threshold=MULTIPLE_CLASSES_THRESHOLD_DAYS,
        )
        # The diary covers every window (checked above).
        first, stop = days.positions(window_start, window_end)
        headache = days.headache[first:stop].count(True)
        windows.append(replace(window, counts={**window.counts, "headache_days": headache}))
    if not all(window.reasons for window in windows):
        return None
    period_start, period_end = windows[0].start, windows[-1].end
    details = "; ".join(
        gettext("%(period)s: %(medicines)s")
        % {
            "period": _format_day_range(window.start, window.end),
            "medicines": _overuse_reason_text(window),
        }
        for window in windows
    )
    headache_counts = [window.counts["headache_days"] for window in windows]
    values = {
        "start": format_day(period_start),
        "end": format_day(period_end),
        "details": details,
        "counts": _join_numbers(headache_counts),
        "name": patient_name(name),
    }
    if audience == PATIENT:
        sentences = [
            gettext(
                "In each of the three 30-day periods from %(start)s to %(end)s, you logged "
                "these medicines often enough to reach the level headache specialists call "
                "medication overuse (%(details)s)."
            ),
            gettext("In the same periods you logged headache on %(counts)s days."),
        ]
        closing = gettext(
            "This is information from your diary, not a diagnosis: discuss this with your "
            "clinician, and don't stop or change a medicine without their advice."
        )
    else:
        sentences = [
            gettext(
                "In each of the three 30-day periods from %(start)s to %(end)s, %(name)s "
                "logged these medicines often enough to reach the level headache specialists "
                "call medication overuse (%(details)s)."
            ),
            gettext("In the same periods %(name)s logged headache on %(counts)s days."),
        ]
        closing = gettext("This is information from %(name)s's diary, not a diagnosis.")
    return Alert(
        kind="medication_overuse",
        title=gettext("Acute medication on many days"),
        message=" ".join(
            [
                *(sentence % values for sentence in sentences),
                _overuse_headache_text(headache_counts, audience=audience, name=name),
                _overuse_definition(),
                closing % values,
            ]
        ),
        period_start=period_start,
        period_end=period_end,
        education_slug=OVERUSE_EDUCATION_SLUG,
        windows=tuple(windows),
    )


def _overuse_headache_text(
    headache_counts: list[int], *, audience: Audience = PATIENT, name: str = ""
) -> str:
    """The sentence on ICHD-3 8.2's second criterion, headache on >= 15 days a month."""
    patient = audience == PATIENT
    values = {"name": patient_name(name)}
    if all(count >= OVERUSE_HEADACHE_DAYS for count in headache_counts):
        if patient:
            return gettext(
                "With headache on 15 or more days in every one of these periods as well, the "
                "pattern in your diary matches what ICHD-3 calls medication-overuse headache: "
                "headache on 15 or more days a month with regular overuse of acute medicine "
                "for more than 3 months. Only your clinician can say whether that is what is "
                "happening."
            )
        return (
            gettext(
                "With headache on 15 or more days in every one of these periods as well, the "
                "pattern in %(name)s's diary matches what ICHD-3 calls medication-overuse "
                "headache: headache on 15 or more days a month with regular overuse of acute "
                "medicine for more than 3 months. Whether that is what is happening is a clinical "
                "judgement."
            )
            % values
        )
    if patient:
        return gettext(
            "Your headache days were below 15 in at least one of these periods, so this is "
            "about the medicine days alone: they are at the threshold, and that matters "
            "because taking these medicines this often can itself make headaches more "
            "frequent over time, so it is worth raising before that happens."
        )
    return sentence_start(
        gettext(
            "%(name)s's headache days were below 15 in at least one of these periods, so this "
            "is about the medicine days alone: they are at the threshold, and that matters "
            "because taking these medicines this often can itself make headaches more "
            "frequent over time."
        )
        % values
    )


def _medication_overuse_warning(
    overuse_days: dict[date, set[str]],
    *,
    today: date,
    audience: Audience = PATIENT,
    name: str = "",
) -> Alert | None:
    window_start, window_end = _alert_window_bounds(today)[-1]
    window = _overuse_window(
        overuse_days,
        start=window_start,
        end=window_end,
        class_thresholds=OVERUSE_WARNING_DAYS,
        multiple_threshold=MULTIPLE_CLASSES_WARNING_DAYS,
    )
    if not window.reasons:
        return None
    values = {
        "period": _format_day_range(window_start, window_end),
        "medicines": _overuse_reason_text(window),
        "name": patient_name(name),
    }
    if audience == PATIENT:
        opening = gettext(
            "In the last 30 days (%(period)s) you logged %(medicines)s. Every day with "
            "paracetamol, aspirin or an NSAID such as ibuprofen or naproxen counts, whatever "
            "it was taken for, so NSAIDs taken for your joints count too; with an autoimmune "
            "condition these days can add up quickly."
        )
        closing = gettext(
            "This is an early note, not a diagnosis: discuss this with your clinician, and "
            "don't stop or change a medicine without their advice."
        )
    else:
        opening = gettext(
            "In the last 30 days (%(period)s) %(name)s logged %(medicines)s. Every day with "
            "paracetamol, aspirin or an NSAID such as ibuprofen or naproxen counts, whatever "
            "it was taken for, so NSAIDs taken for the joints count too; with an autoimmune "
            "condition these days can add up quickly."
        )
        closing = gettext("This is an early note, not a diagnosis.")
    return Alert(
        kind="medication_overuse_warning",
        title=gettext("Acute medication is adding up"),
        message=" ".join([opening % values, _overuse_definition(), closing]),
        period_start=window_start,
        period_end=window_end,
        education_slug=OVERUSE_EDUCATION_SLUG,
        windows=(window,),
        explains_joints=True,
    )


def _overuse_window(
    overuse_days: dict[date, set[str]],
    *,
    start: date,
    end: date,
    class_thresholds: dict[str, int],
    multiple_threshold: int,
) -> AlertWindow:
    counts = dict.fromkeys(class_thresholds, 0)
    combined = 0
    for day in _days_from_to(start, end):
        classes = overuse_days.get(day)
        if classes:
            combined += 1
            for overuse_class in classes:
                counts[overuse_class] += 1
    reasons = tuple(
        overuse_class
        for overuse_class, threshold in class_thresholds.items()
        if counts[overuse_class] >= threshold
    )
    classes_used = sum(1 for count in counts.values() if count)
    # "Several classes" needs at least two; one class below its own threshold is not overuse.
    if not reasons and classes_used >= 2 and combined >= multiple_threshold:
        reasons = ("multiple_classes",)
    return AlertWindow(
        start=start, end=end, counts={**counts, "combined": combined}, reasons=reasons
    )


def _overuse_reason_text(window: AlertWindow) -> str:
    if window.reasons == ("multiple_classes",):
        used = [
            name for name, count in window.counts.items() if count and name in OVERUSE_CLASS_NAMES
        ]
        combined = window.counts["combined"]
        return ngettext(
            "%(medicines)s together on %(count)s day",
            "%(medicines)s together on %(count)s days",
            combined,
        ) % {
            "medicines": _join_words([gettext(OVERUSE_CLASS_NAMES[name]) for name in used]),
            "count": combined,
        }
    return _join_words(
        [
            ngettext("%(medicines)s on %(count)s day", "%(medicines)s on %(count)s days", count)
            % {"medicines": gettext(OVERUSE_CLASS_NAMES[name]), "count": count}
            for name in window.reasons
            for count in [window.counts[name]]
        ]
    )


# --- Chronic migraine pattern (ICHD-3 1.3) -------------------------------------------


CHRONIC_HEADACHE_DAYS = 15  # ICHD-3 1.3: headache on >= 15 days a month ...
CHRONIC_MIGRAINE_DAYS = 8  # ... with migraine features on >= 8 of them

CHRONIC_EDUCATION_SLUG = "chronic-migraine"


def chronic_migraine_alert(
    diary: Diary, *, today: date, now: datetime, audience: Audience = PATIENT, name: str = ""
) -> Alert | None:
    """Return the ICHD-3 1.3 chronic-migraine-pattern alert, or None, its words for
    `audience` (the patient, or a clinician reading about `name`).

    It applies when each of the last three 30-day windows ending today has headache on
    >= 15 days and migraine on >= 8 days, and the diary covers all three windows.
    """
    return _chronic_migraine_alert(
        _index(diary, today=today, now=now), audience=audience, name=name
    )


def _chronic_migraine_alert(
    days: _DiaryDays, *, audience: Audience = PATIENT, name: str = ""
) -> Alert | None:
    bounds = _alert_window_bounds(days.today)
    if days.first_day is None or days.first_day > bounds[0][0]:
        return None
    windows = []
    for window_start, window_end in bounds:
        # The diary covers every window (checked above).
        first, stop = days.positions(window_start, window_end)
        headache = days.headache[first:stop].count(True)
        migraine = days.migraine[first:stop].count(True)
        met = headache >= CHRONIC_HEADACHE_DAYS and migraine >= CHRONIC_MIGRAINE_DAYS
        windows.append(
            AlertWindow(
                start=window_start,
                end=window_end,
                counts={"headache_days": headache, "migraine_days": migraine},
                reasons=("chronic_migraine",) if met else (),
            )
        )
    if not all(window.reasons for window in windows):
        return None
    period_start, period_end = windows[0].start, windows[-1].end
    values = {
        "start": format_day(period_start),
        "end": format_day(period_end),
        "headache": _join_numbers([window.counts["headache_days"] for window in windows]),
        "migraine": _join_numbers([window.counts["migraine_days"] for window in windows]),
        "name": patient_name(name),
    }
    if audience == PATIENT:
        opening = gettext(
            "In the three 30-day periods from %(start)s to %(end)s, you logged headache on "
            "%(headache)s days, with migraine on %(migraine)s of them."
        )
        closing = gettext(
            "This is a pattern in your diary, not a diagnosis: discuss this with your clinician."
        )
    else:
        opening = gettext(
            "In the three 30-day periods from %(start)s to %(end)s, %(name)s logged headache "
            "on %(headache)s days, with migraine on %(migraine)s of them."
        )
        closing = gettext("This is a pattern in %(name)s's diary, not a diagnosis.")
    definition = gettext(
        "Headache specialists (ICHD-3, the International Classification of Headache "
        "Disorders) describe a chronic migraine pattern as headache on 15 or more days a "
        "month for more than 3 months, with migraine on at least 8 of those days a month; "
        "Overlap counts a month as 30 days."
    )
    return Alert(
        kind="chronic_migraine",
        title=gettext("Headache on most days"),
        message=" ".join([opening % values, definition, closing % values]),
        period_start=period_start,
        period_end=period_end,
        education_slug=CHRONIC_EDUCATION_SLUG,
        windows=tuple(windows),
    )


# --- Triptan caution and the 24-hour note ---------------------------------------------


TRIPTAN_CAUTION_DAYS = 90
# Triptans and ergots both narrow blood vessels (CLINICAL.md, triptan caution).
VESSEL_NARROWING_CATEGORIES = ("triptan", "ergot")
# Product information for triptans: not within 24 hours of an ergot or of another triptan.
TRIPTAN_GAP = timedelta(hours=24)


def triptan_caution(
    diary: Diary, *, today: date, audience: Audience = PATIENT, name: str = ""
) -> Alert | None:
    """Return a calm note when a patient with a vessel-involving condition or a heart or
    vessel fact logged a triptan or an ergot in the last 90 days, or None. It names the
    reasons and never blocks anything; its words are for `audience` (the patient, or a
    clinician reading about `name`).
    """
    if not diary.vessel_reasons:
        return None
    return _triptan_caution(
        _doses_by_day(diary), diary.vessel_reasons, today=today, audience=audience, name=name
    )


def vessel_caution_text(
    reasons: tuple[str, ...], *, audience: Audience = PATIENT, name: str = ""
) -> str:
    """The caution's reason, shown with the alert and when such a dose is logged: to the
    patient with the advice to discuss it, to a clinician (about `name`) without."""
    values = {"conditions": _join_words(list(reasons)), "name": patient_name(name)}
    if audience != PATIENT:
        return (
            gettext(
                "Triptans and ergots act on blood vessels, and they may not suit everyone with "
                "%(conditions)s, which %(name)s has told Overlap about."
            )
            % values
        )
    return (
        gettext(
            "Triptans and ergots act on blood vessels, and they may not suit everyone with "
            "%(conditions)s, which you have told Overlap about. Many people use them safely; "
            "this is not a reason to stop on your own. If you haven't already, discuss this with "
            "your clinician."
        )
        % values
    )


def _triptan_caution(
    doses: dict[date, list[DoseRecord]],
    reasons: tuple[str, ...],
    *,
    today: date,
    audience: Audience = PATIENT,
    name: str = "",
) -> Alert | None:
    period_start = today - timedelta(days=TRIPTAN_CAUTION_DAYS - 1)
    dose_days = [
        day
        for day, day_doses in doses.items()
        if period_start <= day <= today
        and any(dose.category in VESSEL_NARROWING_CATEGORIES for dose in day_doses)
    ]
    if not dose_days:
        return None
    values = {
        "count": len(dose_days),
        "period": _format_day_range(period_start, today),
        "name": patient_name(name),
    }
    if audience == PATIENT:
        opening = ngettext(
            "You logged a triptan or an ergot on %(count)s day in the last 90 days (%(period)s).",
            "You logged a triptan or an ergot on %(count)s days in the last 90 days (%(period)s).",
            len(dose_days),
        )
    else:
        opening = ngettext(
            "%(name)s logged a triptan or an ergot on %(count)s day in the last 90 days "
            "(%(period)s).",
            "%(name)s logged a triptan or an ergot on %(count)s days in the last 90 days "
            "(%(period)s).",
            len(dose_days),
        )
    return Alert(
        kind="triptan_caution",
        title=gettext("A note about triptans and ergots"),
        message=sentence_start(opening % values)
        + " "
        + vessel_caution_text(reasons, audience=audience, name=name),
        period_start=period_start,
        period_end=today,
        education_slug=MEDICATION_EDUCATION_SLUG,
        windows=(
            AlertWindow(
                start=period_start,
                end=today,
                counts={"triptan_days": len(dose_days)},
                reasons=("triptan_logged",),
            ),
        ),
    )


def triptan_gap_note(
    diary: Diary, *, today: date, audience: Audience = PATIENT, name: str = ""
) -> Alert | None:
    """Return a calm note when, in the last 90 days, a triptan was taken within 24 hours
    after an ergot or a different triptan (or an ergot within 24 hours after a triptan),
    or None. For every patient, whatever their conditions; its words for `audience` (the
    patient, or a clinician reading about `name`)."""
    return _triptan_gap_note(_doses_by_day(diary), today=today, audience=audience, name=name)


def _close_pair(earlier: DoseRecord, later: DoseRecord) -> str | None:
    """What two doses less than 24 hours apart are, when product information advises
    against taking them so close: a triptan and an ergot, or two different triptans (the
    same triptan again is its own second dose, and two ergot doses are the ergot's own
    dosing). None otherwise."""
    if later.taken_at - earlier.taken_at >= TRIPTAN_GAP:
        return None
    categories = {earlier.category, later.category}
    if categories == {"triptan", "ergot"}:
        return "a triptan and an ergot"
    if categories == {"triptan"} and earlier.medication != later.medication:
        return "two different triptans"
    return None


def _triptan_gap_note(
    doses: dict[date, list[DoseRecord]],
    *,
    today: date,
    audience: Audience = PATIENT,
    name: str = "",
) -> Alert | None:
    period_start = today - timedelta(days=TRIPTAN_CAUTION_DAYS - 1)
    dated = sorted(
        (
            (day, dose)
            for day, day_doses in doses.items()
            if day <= today
            for dose in day_doses
            if dose.category in VESSEL_NARROWING_CATEGORIES
        ),
        key=lambda day_dose: day_dose[1].taken_at,
    )
    days: set[date] = set()
    pairs: set[str] = set()
    for index, (day, later) in enumerate(dated):
        if day < period_start:
            continue
        for _, earlier in dated[:index]:
            pair = _close_pair(earlier, later)
            if pair:
                days.add(day)
                pairs.add(pair)
    if not days:
        return None
    pair_words = {
        "a triptan and an ergot": gettext("a triptan and an ergot"),
        "two different triptans": gettext("two different triptans"),
    }
    values = {
        "days": _join_words([format_day(day) for day in sorted(days)]),
        "pairs": join_or([pair_words[pair] for pair in sorted(pairs)]),
        "name": patient_name(name),
    }
    sentences = [
        (
            gettext("On %(days)s you logged %(pairs)s less than 24 hours apart.")
            if audience == PATIENT
            else gettext("On %(days)s %(name)s logged %(pairs)s less than 24 hours apart.")
        )
        % values,
        gettext(
            "Product information for triptans advises leaving 24 hours between a triptan and "
            "an ergot, or between two different triptans, because together they can narrow "
            "blood vessels more."
        ),
    ]
    if audience == PATIENT:
        sentences.append(gettext("If it happens often, ask your clinician how to space them."))
    return Alert(
        kind="triptan_gap",
        title=gettext("A note about the time between doses"),
        message=" ".join(sentences),
        period_start=period_start,
        period_end=today,
        education_slug=MEDICATION_EDUCATION_SLUG,
        windows=(
            AlertWindow(
                start=period_start,
                end=today,
                counts={"days": len(days)},
                reasons=tuple(sorted(pairs)),
            ),
        ),
    )


# --- Every alert that applies today --------------------------------------------------


# The alerts look back over this many days, today included.
ALERT_DAYS = max(ALERT_WINDOWS * DAYS_PER_MONTH, TRIPTAN_CAUTION_DAYS)


def current_alerts(
    diary: Diary, *, today: date, now: datetime, audience: Audience = PATIENT, name: str = ""
) -> list[Alert]:
    """Return the alerts that apply today: medication overuse (or else its early warning),
    chronic-migraine pattern, triptan caution, triptan gap note, in that order; their words
    for `audience` (the patient, or a clinician reading about `name`).
    """
    return _current_alerts(
        _index(diary, today=today, now=now, recent_days=ALERT_DAYS), audience=audience, name=name
    )


def _current_alerts(
    days: _DiaryDays, *, audience: Audience = PATIENT, name: str = ""
) -> list[Alert]:
    recent_overuse = _overuse_medication_days(days.recent_doses)
    overuse = _medication_overuse_alert(
        days, recent_overuse, audience=audience, name=name
    ) or _medication_overuse_warning(recent_overuse, today=days.today, audience=audience, name=name)
    alerts = [
        overuse,
        _chronic_migraine_alert(days, audience=audience, name=name),
        _triptan_caution(
            days.recent_doses, days.vessel_reasons, today=days.today, audience=audience, name=name
        )
        if days.vessel_reasons
        else None,
        _triptan_gap_note(days.recent_doses, today=days.today, audience=audience, name=name),
    ]
    return [alert for alert in alerts if alert is not None]
