"""Treatment response (CLINICAL.md, "Treatment response"): for each preventive medicine, the
28 days before its start as a baseline against each complete 28-day window after it, in
monthly (per 28 days) migraine days, headache days and acute-medication days.

Only recorded days count (a day the patient logged anything for, as
diary.insights.completeness defines it): each window's figures are per 28 recorded days, so
a window with gaps is neither flattered nor blamed for them, and a window with fewer than 14
recorded days gives no figures and no verdict. The baseline must lie wholly inside the
diary: a preventive started less than 28 days after the diary began has an incomplete
baseline, and no window of it gets a verdict.

A window reaches the responder threshold when its migraine days per 28 recorded days are at
most half the baseline's: the 50 % responder rate of the International Headache Society's
guidelines for controlled trials of preventive treatment of episodic migraine (Diener HC,
Tassorelli C et al., Cephalalgia 2020;40(10):1026-1044). The American Headache Society's
consensus statement (Ailani J, Burch RC, Robbins MS, Headache 2021;61(7):1021-1039) asks
for the same 50 % reduction, in monthly headache days, after at least three months, before
a CGRP antibody is continued. Whether to continue a medicine is the clinician's judgement,
never Overlap's.
"""

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from fractions import Fraction
from typing import NamedTuple

from django.utils.translation import gettext, gettext_noop, ngettext

from diary.insights.completeness import PATIENT, Audience, format_decimal, patient_name
from diary.insights.days import _DiaryDays, _index
from diary.insights.records import Diary
from diary.insights.text import _count_days, _join_words, format_day

WINDOW_DAYS = 28
# The fewest recorded days a baseline or a window needs to give figures (CLINICAL.md).
MIN_RECORDED_DAYS = 14
# A window reaches the responder threshold at a reduction in migraine days of this share.
RESPONDER_REDUCTION = 0.5
# In English; the pages give them with gettext.
RESPONDER_SOURCE = gettext_noop(
    # Translators: xgettext:no-python-format
    "the 50 % responder threshold of the International Headache Society's guidelines for "
    "trials of preventive treatment of episodic migraine (Diener, Tassorelli et al., "
    "Cephalalgia 2020;40(10):1026-1044); the American Headache Society's consensus statement "
    "(Ailani, Burch, Robbins, Headache 2021;61(7):1021-1039) asks for the same 50 % "
    "reduction, in monthly headache days after at least three months, before a CGRP antibody "
    "is continued"
)
RESPONDER_CRITERION = gettext_noop(
    "A window reaches the threshold when its migraine days per 28 recorded days are at most "
    "half those of the 28 days before the start."
)


class Preventive(NamedTuple):
    """A preventive medicine's name and the day it was started."""

    name: str
    started_on: date
    # No start day was given: started_on is the day of its first logged dose.
    from_first_dose: bool = False


@dataclass(frozen=True)
class ResponseWindow:
    """One 28-day window: its counts over its recorded days, per 28 recorded days."""

    start: date
    end: date
    recorded_days: int
    migraine_days: int
    headache_days: int
    acute_medication_days: int
    # Days of the window on or after the diary's first day and not after today.
    covered_days: int = WINDOW_DAYS

    @property
    def enough_data(self) -> bool:
        return self.recorded_days >= MIN_RECORDED_DAYS

    @property
    def complete(self) -> bool:
        """Whether the diary covers every day of the window."""
        return self.covered_days == WINDOW_DAYS

    def per_window(self, count: int) -> float:
        """A count per 28 recorded days."""
        return count * WINDOW_DAYS / self.recorded_days


@dataclass(frozen=True)
class WindowChange:
    """A window after the start, compared with the baseline."""

    window: ResponseWindow
    # Change in migraine days per 28 recorded days, in per cent of the baseline's; None
    # when there is no verdict (no baseline, too few recorded days) or the baseline had
    # no migraine day.
    migraine_change: float | None
    responder: bool  # at least a 50 % reduction in migraine days
    headache_change: float | None = None
    acute_medication_change: float | None = None
    # Other preventives started on or before the window's last day, since the baseline
    # began: a change in this window cannot be put down to one medicine alone.
    overlapping: tuple[str, ...] = ()

    @property
    def verdict(self) -> bool:
        """Whether the window is compared with the baseline at all."""
        return self.migraine_change is not None


@dataclass(frozen=True)
class TreatmentResponse:
    """A preventive's baseline and the windows after its start, oldest first."""

    preventive: Preventive
    baseline: ResponseWindow
    windows: tuple[WindowChange, ...]
    # Other preventives started between the baseline's first day and the last window's
    # last day: changes after that cannot be put down to one medicine alone.
    overlapping: tuple[Preventive, ...]
    # Windows before the period shown, left out by `within`.
    earlier_windows: int = 0

    @property
    def baseline_complete(self) -> bool:
        """Whether the diary covers all 28 days before the start."""
        return self.baseline.complete

    @property
    def has_baseline(self) -> bool:
        return self.baseline.complete and self.baseline.enough_data


def preventives_from(
    rows: Iterable[tuple[str, date | None, datetime | None]], *, tz: tzinfo
) -> list[tuple[str, Preventive | None]]:
    """From (name, start day given, first dose's moment) of each preventive on the list,
    (name, Preventive) by name: started on the day the patient gave, or else on the local
    day of its first logged dose (and saying so); None when it has neither."""
    preventives: list[tuple[str, Preventive | None]] = []
    for name, started_on, first_dose in sorted(rows, key=lambda row: row[0].casefold()):
        if started_on is not None:
            preventives.append((name, Preventive(name, started_on)))
        elif first_dose is not None:
            day = first_dose.astimezone(tz).date()
            preventives.append((name, Preventive(name, day, from_first_dose=True)))
        else:
            preventives.append((name, None))
    return preventives


def treatment_responses(
    diary: Diary,
    preventives: Sequence[Preventive],
    *,
    recorded: Collection[date] | None = None,
    today: date,
    now: datetime,
) -> list[TreatmentResponse]:
    """Each preventive's response, by start date. `recorded` holds the diary's recorded days
    (diary.insights.completeness; by default the diary's own); a window counts only those,
    up to today."""
    if not preventives:
        return []
    days = _index(diary, today=today, now=now)
    if recorded is None:
        recorded = {
            date.fromordinal(days.origin + position)
            for position, flag in enumerate(days.recorded)
            if flag
        }
    responses = []
    for preventive in sorted(preventives, key=lambda item: (item.started_on, item.name)):
        start = preventive.started_on
        baseline = _window(days, recorded, start - timedelta(days=WINDOW_DAYS), start)
        has_baseline = baseline.complete and baseline.enough_data
        windows = []
        window_start = start
        while window_start + timedelta(days=WINDOW_DAYS - 1) <= today:
            window = _window(days, recorded, window_start, window_start + timedelta(WINDOW_DAYS))
            others = tuple(
                other.name
                for other in preventives
                if other != preventive and baseline.start <= other.started_on <= window.end
            )
            change = _compare(baseline, window, has_baseline=has_baseline)
            windows.append(replace(change, overlapping=others))
            window_start += timedelta(days=WINDOW_DAYS)
        last_day = windows[-1].window.end if windows else today
        overlapping = tuple(
            other
            for other in preventives
            if other != preventive and baseline.start <= other.started_on <= last_day
        )
        responses.append(TreatmentResponse(preventive, baseline, tuple(windows), overlapping))
    return responses


def within(response: TreatmentResponse, *, start: date, end: date) -> TreatmentResponse:
    """The response with only the windows that reach into start..end (the baseline stays,
    whatever its days), counting the earlier windows left out."""
    shown = tuple(
        change
        for change in response.windows
        if change.window.end >= start and change.window.start <= end
    )
    earlier = sum(change.window.end < start for change in response.windows)
    return replace(response, windows=shown, earlier_windows=earlier)


def _window(
    days: _DiaryDays, recorded: Collection[date], start: date, stop: date
) -> ResponseWindow:
    """The window from start to the day before stop, counting its recorded days only."""
    first, last = days.positions(start, stop - timedelta(days=1))
    recorded_positions = [
        position
        for position in range(first, last)
        if date.fromordinal(days.origin + position) in recorded
    ]
    return ResponseWindow(
        start=start,
        end=stop - timedelta(days=1),
        recorded_days=len(recorded_positions),
        migraine_days=sum(days.migraine[position] for position in recorded_positions),
        headache_days=sum(days.headache[position] for position in recorded_positions),
        acute_medication_days=sum(
            days.acute_medication[position] for position in recorded_positions
        ),
        covered_days=last - first,
    )


def _change(
    baseline: ResponseWindow, window: ResponseWindow, before: int, after: int
) -> float | None:
    """The change of a count per 28 recorded days, in per cent of the baseline's; worked
    out exactly, so that a 50 % reduction is never read as 49.999... %."""
    if not before:
        return None
    rate_before = Fraction(before, baseline.recorded_days)
    rate_after = Fraction(after, window.recorded_days)
    return float((rate_after - rate_before) / rate_before * 100)


def _compare(
    baseline: ResponseWindow, window: ResponseWindow, *, has_baseline: bool
) -> WindowChange:
    if not (has_baseline and window.enough_data) or not baseline.migraine_days:
        return WindowChange(window, migraine_change=None, responder=False)
    # Compared in whole numbers: after <= before / 2, with each rate a count over its days.
    responder = (
        window.migraine_days * baseline.recorded_days
        <= RESPONDER_REDUCTION * baseline.migraine_days * window.recorded_days
    )
    return WindowChange(
        window,
        migraine_change=_change(baseline, window, baseline.migraine_days, window.migraine_days),
        responder=responder,
        headache_change=_change(baseline, window, baseline.headache_days, window.headache_days),
        acute_medication_change=_change(
            baseline, window, baseline.acute_medication_days, window.acute_medication_days
        ),
    )


# --- Words ---------------------------------------------------------------------------


def started_words(preventive: Preventive, *, audience: Audience = PATIENT) -> str:
    """When the preventive was started, saying when the day is its first dose's."""
    values = {"day": format_day(preventive.started_on)}
    if not preventive.from_first_dose:
        return gettext("started on %(day)s") % values
    if audience == PATIENT:
        return (
            gettext("first dose logged on %(day)s (you gave no start date, so that day is used)")
            % values
        )
    return (
        gettext("first dose logged on %(day)s (no start date was given, so that day is used)")
        % values
    )


def response_summary(
    response: TreatmentResponse, *, audience: Audience = PATIENT, name: str = ""
) -> str:
    """Plain sentences on one preventive's response: to the patient in the second person,
    or to a clinician in the third, with the patient's `name`."""
    patient = audience == PATIENT
    medicine = response.preventive.name
    base = response.baseline
    values: dict[str, object] = {
        "medicine": medicine,
        "started": started_words(response.preventive, audience=audience),
        "name": patient_name(name),
        "min": MIN_RECORDED_DAYS,
    }
    if not response.baseline_complete:
        values["day"] = format_day(response.baseline.end - timedelta(days=base.covered_days - 1))
        values["before"] = _count_days(base.covered_days)
        return (
            gettext(
                "%(medicine)s, %(started)s: the baseline is incomplete, because your diary "
                "began on %(day)s, only %(before)s before it (all 28 days before the start "
                "are needed), so no window is compared with it and there is no verdict."
            )
            if patient
            else gettext(
                "%(medicine)s, %(started)s: the baseline is incomplete, because the diary "
                "began on %(day)s, only %(before)s before it (all 28 days before the start "
                "are needed), so no window is compared with it and there is no verdict."
            )
        ) % values
    if not base.enough_data:
        values["recorded"] = _count_days(base.recorded_days)
        return (
            gettext(
                "%(medicine)s, %(started)s: there is no baseline to compare with, because you "
                "recorded only %(recorded)s of the 28 days before it (at least %(min)s are "
                "needed), so there is no verdict."
            )
            if patient
            else gettext(
                "%(medicine)s, %(started)s: there is no baseline to compare with, because "
                "%(name)s recorded only %(recorded)s of the 28 days before it (at least "
                "%(min)s are needed), so there is no verdict."
            )
        ) % values
    values.update(
        recorded=_count_days(base.recorded_days),
        migraine=_count_days(base.migraine_days, "migraine"),
        headache=_count_days(base.headache_days, "headache"),
        acute=_count_days(base.acute_medication_days),
    )
    sentences = [
        (
            gettext(
                "%(medicine)s, %(started)s. In the 28 days before it, you recorded "
                "%(recorded)s, with %(migraine)s, %(headache)s in all and %(acute)s with "
                "acute medication."
            )
            if patient
            else gettext(
                "%(medicine)s, %(started)s. In the 28 days before it, %(name)s recorded "
                "%(recorded)s, with %(migraine)s, %(headache)s in all and %(acute)s with "
                "acute medication."
            )
        )
        % values
    ]
    if response.earlier_windows:
        sentences.append(
            ngettext(
                "%(count)s earlier 28-day window falls before this period and are not shown.",
                "%(count)s earlier 28-day windows fall before this period and are not shown.",
                response.earlier_windows,
            )
            % {"count": response.earlier_windows}
        )
    if not response.windows:
        sentences.append(
            gettext("No complete 28-day window after the start falls in this period yet.")
        )
    if not base.migraine_days:
        sentences.append(
            gettext("The baseline had no migraine day, so there is no reduction to measure.")
        )
    for change in response.windows:
        window = change.window
        where = {"start": format_day(window.start), "end": format_day(window.end)}
        if not window.enough_data:
            sentences.append(
                ngettext(
                    "From %(start)s to %(end)s, %(count)s day recorded: too few to compare "
                    "(at least %(min)s are needed), so no verdict.",
                    "From %(start)s to %(end)s, %(count)s days recorded: too few to compare "
                    "(at least %(min)s are needed), so no verdict.",
                    window.recorded_days,
                )
                % {**where, "count": window.recorded_days, "min": MIN_RECORDED_DAYS}
            )
        elif change.migraine_change is not None:
            sentences.append(
                (
                    gettext(
                        "From %(start)s to %(end)s: %(rate)s migraine days per 28 recorded "
                        "days, %(change)s against the baseline, reaching the 50 %% reduction."
                    )
                    if change.responder
                    else gettext(
                        "From %(start)s to %(end)s: %(rate)s migraine days per 28 recorded "
                        "days, %(change)s against the baseline, short of a 50 %% reduction."
                    )
                )
                % {
                    **where,
                    "rate": _per_28(window, window.migraine_days),
                    "change": signed_percent(change.migraine_change),
                }
            )
    for other in response.overlapping:
        sentences.append(
            gettext(
                "%(other)s was also started, on %(day)s, so the windows of the two medicines "
                "overlap: a change after that cannot be attributed to %(medicine)s alone."
            )
            % {"other": other.name, "day": format_day(other.started_on), "medicine": medicine}
        )
    sentences.append(
        gettext("The threshold is %(source)s.") % {"source": gettext(RESPONDER_SOURCE)}
    )
    sentences.append(
        (
            gettext(
                "Whether to continue %(medicine)s is the clinician's judgement; these figures "
                "do not make it."
            )
            if not patient
            else gettext(
                "Whether to continue %(medicine)s is for you and your clinician to decide."
            )
        )
        % values
    )
    return " ".join(sentences)


def response_rows(response: TreatmentResponse) -> list[dict]:
    """The baseline and each window as a table's rows: the days, the recorded days, the
    monthly (per 28 recorded days) counts, the change in migraine days and the verdict."""
    base = response.baseline
    rows = [
        _row(
            gettext("28 days before"),
            base,
            verdict=gettext("Baseline") if response.has_baseline else "",
        )
    ]
    if not response.has_baseline:
        rows[0]["verdict"] = (
            gettext("Incomplete: the diary began inside it")
            if not response.baseline_complete
            else gettext("Too few recorded days")
        )
    for change in response.windows:
        window = change.window
        first = (window.start - response.preventive.started_on).days + 1
        row = _row(
            gettext("Days %(first)s to %(last)s")
            % {"first": first, "last": first + WINDOW_DAYS - 1},
            window,
            verdict="",
        )
        row["migraine_change"] = (
            "" if change.migraine_change is None else signed_percent(change.migraine_change)
        )
        row["headache_change"] = (
            "" if change.headache_change is None else signed_percent(change.headache_change)
        )
        row["acute_change"] = (
            ""
            if change.acute_medication_change is None
            else signed_percent(change.acute_medication_change)
        )
        if not response.has_baseline:
            row["verdict"] = gettext("No verdict: no complete baseline")
        elif not window.enough_data:
            row["verdict"] = gettext("No verdict: too few recorded days")
        elif change.migraine_change is None:
            row["verdict"] = gettext("No verdict: no migraine day in the baseline")
        else:
            row["verdict"] = gettext("Reached") if change.responder else gettext("Not reached")
        if change.overlapping:
            row["verdict"] += gettext(" (with %(medicines)s also started)") % {
                "medicines": _join_words(list(change.overlapping))
            }
        rows.append(row)
    return rows


def _row(label: str, window: ResponseWindow, *, verdict: str) -> dict:
    shown = window.enough_data
    return {
        "label": label,
        "days": gettext("%(start)s to %(end)s")
        % {"start": format_day(window.start), "end": format_day(window.end)},
        "recorded": gettext("%(recorded)s of %(days)s")
        % {"recorded": window.recorded_days, "days": WINDOW_DAYS},
        "migraine": _count_cell(window, window.migraine_days) if shown else "",
        "headache": _count_cell(window, window.headache_days) if shown else "",
        "acute": _count_cell(window, window.acute_medication_days) if shown else "",
        "migraine_change": "",
        "headache_change": "",
        "acute_change": "",
        "verdict": verdict,
    }


def _count_cell(window: ResponseWindow, count: int) -> str:
    """A count per 28 recorded days; with the count itself when days are missing."""
    if window.recorded_days == WINDOW_DAYS:
        return str(count)
    return gettext("%(rate)s (%(count)s in %(recorded)s)") % {
        "rate": _per_28(window, count),
        "count": count,
        "recorded": window.recorded_days,
    }


def _per_28(window: ResponseWindow, count: int) -> str:
    return format_decimal(window.per_window(count))


def signed_percent(change: float) -> str:
    """The change in whole per cent, cut towards zero: a 49.6 % reduction, short of the
    threshold, reads "down 49 %", never "down 50 %"."""
    rounded = math.trunc(change)
    if rounded == 0:
        return gettext("no change")
    if rounded < 0:
        return gettext("down %(number)s %%") % {"number": abs(rounded)}
    return gettext("up %(number)s %%") % {"number": rounded}


def undated_words(names: list[str], *, audience: Audience = PATIENT, name: str = "") -> str:
    """The preventives on the list with neither a start date nor a logged dose: nothing to
    count from."""
    if not names:
        return ""
    values = {"medicines": _join_words(names), "name": patient_name(name)}
    if audience == PATIENT:
        return (
            ngettext(
                "%(medicines)s has no start date and no dose logged, so there is nothing to "
                "compare yet: add the day you started it on your medication list.",
                "%(medicines)s have no start date and no dose logged, so there is nothing to "
                "compare yet: add the day you started it on your medication list.",
                len(names),
            )
            % values
        )
    return (
        ngettext(
            "%(medicines)s has no start date and no dose logged in %(name)s's diary, so there is "
            "nothing to compare.",
            "%(medicines)s have no start date and no dose logged in %(name)s's diary, so there "
            "is nothing to compare.",
            len(names),
        )
        % values
    )
