"""Everything a dashboard shows for one period, from one pass over the diary: the
timeline's data, the report's figures and the home page's reading all start here.
"""

from dataclasses import dataclass
from datetime import date, datetime

from diary.insights.alerts import ALERT_DAYS, Alert, _current_alerts
from diary.insights.completeness import PATIENT, Audience, Completeness
from diary.insights.days import _index
from diary.insights.factors import ASSOCIATION_MIN_DAYS, FactorAssociations, _factor_associations
from diary.insights.linkage import (
    LAG_SPAN_DAYS,
    LINKAGE_MIN_DAYS,
    LINKAGE_WINDOW_DAYS,
    LagProfile,
    Linkage,
    _flare_linkage,
    _lag_profile,
)
from diary.insights.records import Diary
from diary.insights.series import (
    DayPoint,
    MonthRow,
    WeekPoint,
    _daily_points,
    _monthly_rows,
    _period,
    _period_completeness,
    _weekly_points,
)
from diary.insights.text import _medication_days_flags, _period_summary


@dataclass(frozen=True)
class Overview:
    """Everything a dashboard shows for one period, computed from one pass over the diary."""

    start: date
    end: date
    diary_start: date | None  # the diary's first day, as `diary_start` returns
    covered_days: int
    completeness: Completeness
    days: list[DayPoint]
    weeks: list[WeekPoint]
    months: list[MonthRow]
    linkage: Linkage
    lag: LagProfile
    factors: FactorAssociations
    alerts: list[Alert]
    summary: str
    # An alert or the summary says why an NSAID taken for the joints counts towards overuse
    # (text.joints_sentence): other words on the same page leave it out.
    joints_explained: bool


def diary_overview(
    diary: Diary,
    *,
    start: date,
    end: date,
    today: date,
    now: datetime,
    window_days: int = LINKAGE_WINDOW_DAYS,
    audience: Audience = PATIENT,
    name: str = "",
) -> Overview:
    """Return daily, weekly and monthly figures, flare linkage, lag profile, factor
    associations, current alerts and a summary for start..end, reading the diary once.

    Each part equals what its own function returns for the same arguments (the lag profile
    and alerts always cover the whole diary up to today). The words are for `audience`: the
    patient, or a clinician reading about the patient by `name`.
    """
    days = _index(diary, today=today, now=now, recent_days=ALERT_DAYS)
    period = _period(days, start=start, end=end)
    alerts = _current_alerts(days, audience=audience, name=name)
    alerts_explain_joints = any(alert.explains_joints for alert in alerts)
    overuse_not_acute, _ = _medication_days_flags(
        period.acute_medication, period.overuse_medication
    )
    return Overview(
        start=start,
        end=end,
        diary_start=days.first_day,
        covered_days=period.covered.count(True),
        completeness=_period_completeness(period),
        days=_daily_points(period),
        weeks=_weekly_points(period),
        months=_monthly_rows(period),
        linkage=_flare_linkage(
            days, start=start, end=end, window_days=window_days, min_days=LINKAGE_MIN_DAYS
        ),
        lag=_lag_profile(days, span=LAG_SPAN_DAYS),
        factors=_factor_associations(days, start=start, end=end, min_days=ASSOCIATION_MIN_DAYS),
        alerts=alerts,
        summary=_period_summary(
            period,
            start=start,
            end=end,
            audience=audience,
            name=name,
            joints_explained=alerts_explain_joints,
        ),
        joints_explained=alerts_explain_joints or overuse_not_acute,
    )
