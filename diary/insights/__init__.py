"""Numbers from a patient's diary: days, rates, migraine-flare links and alerts.

Pure functions over plain values: no models, no database, no clock; only the words come
from Django, through its translation functions, in the active language (each sentence
whole, for the patient or for a clinician, counts with ngettext). The loader turns model
rows into the records of `records`, callers pass `today` (the patient's local date) and
`now` (an aware datetime), and get back plain values and dataclasses that `diary.charts`
turns into JSON for charts or hands to templates. The definitions follow
shared/CLINICAL.md. One module per clinical topic:

- `records`: the diary as it comes in (attacks, flares, doses, check-ins, medicines).
- `completeness`: which days are recorded, when rates and shares may be shown, and the
  words saying how complete a period is.
- `days`: which local days count as migraine, headache, acute-medication, overuse-relevant
  and flare days,
  which days the diary covers, and rates per 30 covered days.
- `series`: the days, ISO weeks and calendar months of a period, for charts and tables.
- `linkage`: migraine inside flare windows against outside them, and the lag profile.
- `factors`: migraine after sleep, stress, gluten, menstruation, water and triggers.
- `alerts`: medication overuse (ICHD-3 8.2), chronic migraine (ICHD-3 1.3), triptans;
  each rule with its constants, its computation and its sentences.
- `text`: how numbers are written, and the summaries beside the charts.
- `medicines`: how each medicine on the list was taken, for the report.
- `overview`: all of the above for one period from one pass over the diary.

Everything public is importable from `diary.insights` itself.
"""

from diary.insights.alerts import (
    ALERT_WINDOWS,
    CHRONIC_EDUCATION_SLUG,
    CHRONIC_HEADACHE_DAYS,
    CHRONIC_MIGRAINE_DAYS,
    GEPANTS_NOT_COUNTED,
    MEDICATION_EDUCATION_SLUG,
    MULTIPLE_CLASSES_THRESHOLD_DAYS,
    MULTIPLE_CLASSES_WARNING_DAYS,
    OVERUSE_CLASS_BY_CATEGORY,
    OVERUSE_CLASS_NAMES,
    OVERUSE_EDUCATION_SLUG,
    OVERUSE_HEADACHE_DAYS,
    OVERUSE_THRESHOLD_DAYS,
    OVERUSE_WARNING_DAYS,
    TRIPTAN_CAUTION_DAYS,
    TRIPTAN_GAP,
    VESSEL_NARROWING_CATEGORIES,
    Alert,
    AlertWindow,
    chronic_migraine_alert,
    current_alerts,
    medication_overuse_alert,
    medication_overuse_warning,
    overuse_medication_days,
    triptan_caution,
    triptan_gap_note,
    vessel_caution_text,
)
from diary.insights.completeness import (
    CLINICIAN,
    LAG_MIN_FLARES,
    PATIENT,
    RATE_MIN_COVERED_DAYS,
    RECORDED_SHARE_WARNING,
    SHARE_MIN_EVENTS,
    Audience,
    Completeness,
    completeness_json,
    completeness_text,
)
from diary.insights.days import (
    DAYS_PER_MONTH,
    ONE_DAY,
    PREVENTIVE_ONLY_CATEGORIES,
    acute_medication_days,
    attack_days,
    covered_days,
    diary_start,
    flare_days,
    headache_days,
    is_acute_dose,
    is_overuse_dose,
    migraine_days,
    per_30_days,
    recorded_days,
)
from diary.insights.factors import (
    ASSOCIATION_MIN_DAYS,
    DEHYDRATION_GLASSES,
    FACTORS,
    HIGH_STRESS,
    SHORT_SLEEP_HOURS,
    Association,
    FactorAssociations,
    factor_associations,
)
from diary.insights.intervals import INTERVAL_NOTE, Z_95, clustered_ratio_interval, episodes
from diary.insights.linkage import (
    LAG_SPAN_DAYS,
    LINKAGE_MIN_DAYS,
    LINKAGE_WINDOW_DAYS,
    LagPoint,
    LagProfile,
    Linkage,
    flare_linkage,
    lag_profile,
)
from diary.insights.medicines import MedicationUse, medication_use
from diary.insights.overview import Overview, diary_overview
from diary.insights.records import (
    AttackRecord,
    CheckInRecord,
    Diary,
    DoseRecord,
    FlareRecord,
    MedicationDoseRecord,
    MedicationRecord,
)
from diary.insights.series import (
    DayPoint,
    MonthRow,
    PeriodCounts,
    WeekPoint,
    daily_series,
    monthly_table,
    period_counts,
    points_completeness,
    weekly_series,
)
from diary.insights.text import (
    ACUTE_DAYS_LABEL,
    MONTH_NAMES,
    OVERUSE_DAYS_LABEL,
    association_summary,
    format_day,
    joints_sentence,
    linkage_summary,
    medication_days_note,
    medication_days_text,
    period_summary,
    points_medication_note,
)

__all__ = [
    # records
    "AttackRecord",
    "CheckInRecord",
    "Diary",
    "DoseRecord",
    "FlareRecord",
    "MedicationDoseRecord",
    "MedicationRecord",
    # completeness
    "CLINICIAN",
    "LAG_MIN_FLARES",
    "PATIENT",
    "RATE_MIN_COVERED_DAYS",
    "RECORDED_SHARE_WARNING",
    "SHARE_MIN_EVENTS",
    "Audience",
    "Completeness",
    "completeness_json",
    "completeness_text",
    # days
    "DAYS_PER_MONTH",
    "ONE_DAY",
    "PREVENTIVE_ONLY_CATEGORIES",
    "Z_95",
    "INTERVAL_NOTE",
    "clustered_ratio_interval",
    "episodes",
    "acute_medication_days",
    "attack_days",
    "covered_days",
    "diary_start",
    "flare_days",
    "is_acute_dose",
    "is_overuse_dose",
    "headache_days",
    "migraine_days",
    "per_30_days",
    "recorded_days",
    # series
    "DayPoint",
    "MonthRow",
    "PeriodCounts",
    "WeekPoint",
    "daily_series",
    "monthly_table",
    "period_counts",
    "points_completeness",
    "weekly_series",
    # linkage
    "LAG_SPAN_DAYS",
    "LINKAGE_MIN_DAYS",
    "LINKAGE_WINDOW_DAYS",
    "LagPoint",
    "LagProfile",
    "Linkage",
    "flare_linkage",
    "lag_profile",
    # factors
    "ASSOCIATION_MIN_DAYS",
    "DEHYDRATION_GLASSES",
    "FACTORS",
    "HIGH_STRESS",
    "SHORT_SLEEP_HOURS",
    "Association",
    "FactorAssociations",
    "factor_associations",
    # alerts
    "ALERT_WINDOWS",
    "CHRONIC_EDUCATION_SLUG",
    "CHRONIC_HEADACHE_DAYS",
    "CHRONIC_MIGRAINE_DAYS",
    "GEPANTS_NOT_COUNTED",
    "MEDICATION_EDUCATION_SLUG",
    "MULTIPLE_CLASSES_THRESHOLD_DAYS",
    "MULTIPLE_CLASSES_WARNING_DAYS",
    "OVERUSE_CLASS_BY_CATEGORY",
    "OVERUSE_CLASS_NAMES",
    "OVERUSE_EDUCATION_SLUG",
    "OVERUSE_HEADACHE_DAYS",
    "OVERUSE_THRESHOLD_DAYS",
    "OVERUSE_WARNING_DAYS",
    "TRIPTAN_CAUTION_DAYS",
    "TRIPTAN_GAP",
    "VESSEL_NARROWING_CATEGORIES",
    "Alert",
    "AlertWindow",
    "chronic_migraine_alert",
    "current_alerts",
    "medication_overuse_alert",
    "medication_overuse_warning",
    "overuse_medication_days",
    "triptan_caution",
    "triptan_gap_note",
    "vessel_caution_text",
    # text
    "ACUTE_DAYS_LABEL",
    "MONTH_NAMES",
    "OVERUSE_DAYS_LABEL",
    "association_summary",
    "format_day",
    "linkage_summary",
    "joints_sentence",
    "medication_days_note",
    "medication_days_text",
    "period_summary",
    "points_medication_note",
    # medicines
    "MedicationUse",
    "medication_use",
    # overview
    "Overview",
    "diary_overview",
]
