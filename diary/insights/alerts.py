"""Alerts: calm, plain-words notes about patterns in the diary, each rule whole in its own
section (its constants, its computation and its sentences):

- medication overuse (ICHD-3 8.2) and its early warning,
- a chronic migraine pattern (ICHD-3 1.3),
- a caution about triptans for conditions that can involve the blood vessels.

ICHD-3 is the International Classification of Headache Disorders, 3rd edition. The alerts
inform; they never diagnose.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from diary.insights.days import (
    DAYS_PER_MONTH,
    _days_from_to,
    _DiaryDays,
    _doses_by_day,
    _index,
)
from diary.insights.records import Diary, DoseRecord
from diary.insights.text import (
    _count_days,
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


# ICHD-3 8.2 names these classes: ergotamine, triptans, simple analgesics (paracetamol,
# aspirin and other NSAIDs), opioids, combination analgesics, and several classes
# together; 8.2.8 adds any other acute medicine at >= 10 days a month, which is where the
# ditans (lasmiditan, whose product information warns about overuse) belong. Every dose
# counts, whatever it was taken for: an NSAID taken for joint pain is an overuse day just
# like one taken for a headache. Gepants count as acute-medication days but not towards
# overuse: trials have not shown them to cause medication-overuse headache and ICHD-3
# predates them (GEPANTS_NOT_COUNTED says so wherever overuse is described). Antiemetics,
# steroids and disease-modifying drugs are not overuse classes.
OVERUSE_CLASS_BY_CATEGORY: dict[str, str] = {
    "triptan": "triptan",
    "ergot": "ergot",
    "opioid": "opioid",
    "combination_analgesic": "combination_analgesic",
    "simple_analgesic": "simple_analgesic",
    "nsaid": "simple_analgesic",
    "ditan": "other_acute",
}
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
    "triptan": "triptans",
    "ergot": "ergots",
    "opioid": "opioids",
    "combination_analgesic": "combination painkillers",
    "simple_analgesic": "simple painkillers (paracetamol, aspirin or other NSAIDs)",
    "other_acute": "other acute medicines (ditans such as lasmiditan)",
}

# Education pages the alerts link to, by slug. diary.insights stays free of Django, so these
# are plain strings; a test checks that education.seed_pages has a page for each.
MEDICATION_EDUCATION_SLUG = "medication-caution"  # the triptan caution
OVERUSE_EDUCATION_SLUG = "medication-overuse-headache"  # the overuse alert and warning

GEPANTS_NOT_COUNTED = (
    "Gepants (such as rimegepant) count as acute-medication days but not towards medication "
    "overuse: studies have not shown that gepants cause medication-overuse headache, and "
    "the classification was written before them."
)

_OVERUSE_DEFINITION = (
    "Headache specialists (ICHD-3, the International Classification of Headache Disorders) "
    "describe medication overuse as taking triptans, ergots, opioids or combination "
    "painkillers on 10 or more days a month, simple painkillers (paracetamol, aspirin or "
    "other NSAIDs) on 15 or more days a month, any other acute medicine such as a ditan "
    "(lasmiditan) on 10 or more days a month, or several of these together on 10 or more "
    "days a month, for more than 3 months; Overlap counts a month as 30 days. "
    f"{GEPANTS_NOT_COUNTED}"
)


def medication_overuse_alert(
    diary: Diary, *, today: date, now: datetime | None = None
) -> Alert | None:
    """Return the ICHD-3 8.2 medication-overuse alert, or None.

    It applies when each of the last three 30-day windows ending today has triptans,
    ergots, opioids, combination analgesics or other acute medicines (ditans, ICHD-3 8.2.8)
    on >= 10 days (each class on its own), simple analgesics including NSAIDs on >= 15
    days, or, when no class reaches its own threshold, two or more classes together on
    >= 10 days; and only when the diary covers all three windows. Gepants never count.

    The alert also gives the headache days of each window (ongoing attacks run to `now`,
    by default the end of today): ICHD-3 8.2 needs headache on >= 15 days a month too, and
    its wording says whether both criteria or the medicine days alone are met.
    """
    days = _index(diary, today=today, now=_end_of(today, diary) if now is None else now)
    return _medication_overuse_alert(days, _overuse_medication_days(_doses_by_day(diary)))


def medication_overuse_warning(diary: Diary, *, today: date) -> Alert | None:
    """Return an early warning about acute medication in the last 30 days, or None.

    It applies when the full alert does not, and the last 30 days ending today have a
    10-day class on >= 8 days, simple analgesics including NSAIDs on >= 12 days, or (when
    no class reaches its own level) two or more classes together on >= 8 days.
    """
    overuse_days = _overuse_medication_days(_doses_by_day(diary))
    days = _index(diary, today=today, now=_end_of(today, diary))
    if _medication_overuse_alert(days, overuse_days):
        return None
    return _medication_overuse_warning(overuse_days, today=today)


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


def _medication_overuse_alert(days: _DiaryDays, overuse_days: dict[date, set[str]]) -> Alert | None:
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
        f"{_format_day_range(window.start, window.end)}: {_overuse_reason_text(window)}"
        for window in windows
    )
    headache_counts = [window.counts["headache_days"] for window in windows]
    return Alert(
        kind="medication_overuse",
        title="Acute medication on many days",
        message=(
            f"In each of the three 30-day periods from {format_day(period_start)} to "
            f"{format_day(period_end)}, you logged these medicines often enough to reach "
            f"the level headache specialists call medication overuse ({details}). "
            f"In the same periods you logged headache on {_join_numbers(headache_counts)} "
            f"days. {_overuse_headache_text(headache_counts)} {_OVERUSE_DEFINITION} This is "
            "information from your diary, not a diagnosis: discuss this with your clinician, "
            "and don't stop or change a medicine without their advice."
        ),
        period_start=period_start,
        period_end=period_end,
        education_slug=OVERUSE_EDUCATION_SLUG,
        windows=tuple(windows),
    )


def _overuse_headache_text(headache_counts: list[int]) -> str:
    """The sentence on ICHD-3 8.2's second criterion, headache on >= 15 days a month."""
    if all(count >= OVERUSE_HEADACHE_DAYS for count in headache_counts):
        return (
            "With headache on 15 or more days in every one of these periods as well, the "
            "pattern in your diary matches what ICHD-3 calls medication-overuse headache: "
            "headache on 15 or more days a month with regular overuse of acute medicine for "
            "more than 3 months. Only your clinician can say whether that is what is "
            "happening."
        )
    return (
        "Your headache days were below 15 in at least one of these periods, so this is about "
        "the medicine days alone: they are at the threshold, and that matters because taking "
        "these medicines this often can itself make headaches more frequent over time, so it "
        "is worth raising before that happens."
    )


def _medication_overuse_warning(overuse_days: dict[date, set[str]], *, today: date) -> Alert | None:
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
    return Alert(
        kind="medication_overuse_warning",
        title="Acute medication is adding up",
        message=(
            f"In the last 30 days ({_format_day_range(window_start, window_end)}) you logged "
            f"{_overuse_reason_text(window)}. Every day with paracetamol, aspirin or an NSAID "
            "such as ibuprofen or naproxen counts, whatever it was taken for, so NSAIDs taken "
            "for your joints count too; with an autoimmune condition these days can add up "
            f"quickly. {_OVERUSE_DEFINITION} This is an early note, not a diagnosis: discuss "
            "this with your clinician, and don't stop or change a medicine without their "
            "advice."
        ),
        period_start=window_start,
        period_end=window_end,
        education_slug=OVERUSE_EDUCATION_SLUG,
        windows=(window,),
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
        return (
            f"{_join_words([OVERUSE_CLASS_NAMES[name] for name in used])} together on "
            f"{_count_days(window.counts['combined'])}"
        )
    return _join_words(
        [
            f"{OVERUSE_CLASS_NAMES[name]} on {_count_days(window.counts[name])}"
            for name in window.reasons
        ]
    )


# --- Chronic migraine pattern (ICHD-3 1.3) -------------------------------------------


CHRONIC_HEADACHE_DAYS = 15  # ICHD-3 1.3: headache on >= 15 days a month ...
CHRONIC_MIGRAINE_DAYS = 8  # ... with migraine features on >= 8 of them

CHRONIC_EDUCATION_SLUG = "chronic-migraine"


def chronic_migraine_alert(diary: Diary, *, today: date, now: datetime) -> Alert | None:
    """Return the ICHD-3 1.3 chronic-migraine-pattern alert, or None.

    It applies when each of the last three 30-day windows ending today has headache on
    >= 15 days and migraine on >= 8 days, and the diary covers all three windows.
    """
    return _chronic_migraine_alert(_index(diary, today=today, now=now))


def _chronic_migraine_alert(days: _DiaryDays) -> Alert | None:
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
    headache_counts = _join_numbers([window.counts["headache_days"] for window in windows])
    migraine_counts = _join_numbers([window.counts["migraine_days"] for window in windows])
    return Alert(
        kind="chronic_migraine",
        title="Headache on most days",
        message=(
            f"In the three 30-day periods from {format_day(period_start)} to "
            f"{format_day(period_end)}, you logged headache on {headache_counts} days, "
            f"with migraine on {migraine_counts} of them. Headache specialists (ICHD-3, the "
            "International Classification of Headache Disorders) describe a chronic "
            "migraine pattern as headache on 15 or more days a month for more than 3 "
            "months, with migraine on at least 8 of those days a month; Overlap counts a "
            "month as 30 days. This is a pattern in your diary, not a diagnosis: discuss "
            "this with your clinician."
        ),
        period_start=period_start,
        period_end=period_end,
        education_slug=CHRONIC_EDUCATION_SLUG,
        windows=tuple(windows),
    )


# --- Triptan caution -----------------------------------------------------------------


TRIPTAN_CAUTION_DAYS = 90


def triptan_caution(diary: Diary, *, today: date) -> Alert | None:
    """Return a calm note when a patient with a vessel-involving condition logged a triptan
    in the last 90 days, or None. It never blocks anything.
    """
    if not diary.vessel_condition:
        return None
    return _triptan_caution(_doses_by_day(diary), today=today)


def _triptan_caution(doses: dict[date, list[DoseRecord]], *, today: date) -> Alert | None:
    period_start = today - timedelta(days=TRIPTAN_CAUTION_DAYS - 1)
    triptan_days = [
        day
        for day, day_doses in doses.items()
        if period_start <= day <= today and any(dose.category == "triptan" for dose in day_doses)
    ]
    if not triptan_days:
        return None
    return Alert(
        kind="triptan_caution",
        title="A note about triptans",
        message=(
            f"You logged a triptan on {_count_days(len(triptan_days))} in the last 90 days "
            f"({_format_day_range(period_start, today)}). Triptans act on blood vessels, and "
            "they may not suit everyone whose autoimmune condition can involve the vessels, "
            "as lupus, rheumatoid arthritis, vasculitis and Raynaud's can. Many people use "
            "them safely; if you haven't already, discuss this with your clinician."
        ),
        period_start=period_start,
        period_end=today,
        education_slug=MEDICATION_EDUCATION_SLUG,
        windows=(
            AlertWindow(
                start=period_start,
                end=today,
                counts={"triptan_days": len(triptan_days)},
                reasons=("triptan_logged",),
            ),
        ),
    )


# --- Every alert that applies today --------------------------------------------------


# The alerts look back over this many days, today included.
ALERT_DAYS = max(ALERT_WINDOWS * DAYS_PER_MONTH, TRIPTAN_CAUTION_DAYS)


def current_alerts(diary: Diary, *, today: date, now: datetime) -> list[Alert]:
    """Return the alerts that apply today: medication overuse (or else its early warning),
    chronic-migraine pattern, triptan caution, in that order.
    """
    return _current_alerts(_index(diary, today=today, now=now, recent_days=ALERT_DAYS))


def _current_alerts(days: _DiaryDays) -> list[Alert]:
    recent_overuse = _overuse_medication_days(days.recent_doses)
    overuse = _medication_overuse_alert(days, recent_overuse) or _medication_overuse_warning(
        recent_overuse, today=days.today
    )
    alerts = [
        overuse,
        _chronic_migraine_alert(days),
        _triptan_caution(days.recent_doses, today=days.today) if days.vessel_condition else None,
    ]
    return [alert for alert in alerts if alert is not None]
