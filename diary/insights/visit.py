"""The visit pack: what each specialist asks first about the period since the previous
appointment, and the questions the patient may want to bring, drafted by rules from the
diary (the patient edits, reorders or removes them before printing).

Every figure is a count over the pack's period, with the per-30-day rates only from 14
covered days (CLINICAL.md, "Completeness") and shares only from 3 events; the words are
made here, for the patient ("you") or for a clinician (the patient's name).
"""

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import NamedTuple

from django.utils.translation import gettext, ngettext

from diary.insights.alerts import (
    OVERUSE_CLASS_NAMES,
    OVERUSE_THRESHOLD_DAYS,
    Alert,
    overuse_medication_days,
)
from diary.insights.completeness import CLINICIAN, PATIENT, format_decimal
from diary.insights.days import (
    DAYS_PER_MONTH,
    acute_medication_days,
    covered_days,
    migraine_days,
)
from diary.insights.records import Diary
from diary.insights.text import (
    _count_days,
    _join_words,
    format_day,
    format_percent,
    medication_days_note,
    urgent_answer_words,
)
from diary.instruments import Instrument, instruments
from diary.instruments.scoring import Score, change, change_summary, score_summary

# Rates need this many covered days, shares this many events (CLINICAL.md).
RATE_MIN_COVERED_DAYS = 14
SHARE_MIN_EVENTS = 3
# The period when no earlier appointment was recorded.
DEFAULT_PERIOD_DAYS = 90
# A preventive is judged after about three months: the question comes between these days.
PREVENTIVE_REVIEW_DAYS = (70, 120)
# Migraine days "rising": the last 30 days at least this many more than the 30 before,
# and at least half as many again.
RISE_MIN_DAYS = 3


class AttackFacts(NamedTuple):
    """An attack that began in the pack's period, with what a neurologist asks about it."""

    started_at: datetime
    ended_at: datetime | None
    is_migraine: bool
    aura: bool
    disability: int | None  # 0 none ... 3 bed rest (MigraineAttack.Disability)


class FlareFacts(NamedTuple):
    condition: str  # the condition's name
    started_on: date
    ended_on: date | None
    severity: int  # 1 mild, 2 moderate, 3 severe


class DoseFacts(NamedTuple):
    medication: str  # the medicine's name
    category: str
    purpose: str
    taken_at: datetime
    relief: str  # "" unanswered, or a DoseRelief value


@dataclass(frozen=True)
class AttackFigures:
    count: int
    migraines: int
    median_hours: float | None  # of the attacks that have ended
    with_aura: int
    disability: dict[int, int]  # level -> attacks


@dataclass(frozen=True)
class ClassDays:
    """Days with one ICHD-3 overuse class over the period, against its threshold."""

    name: str
    days: int
    per_30_days: float | None
    threshold: int

    @property
    def at_threshold(self) -> bool:
        return self.per_30_days is not None and self.per_30_days >= self.threshold


@dataclass(frozen=True)
class ReliefRow:
    medication: str
    doses: int
    answered: int
    helped: int  # "a little", "a lot" or "fully" (or the earlier "some relief", "pain gone")


@dataclass(frozen=True)
class FlareFigures:
    count: int
    days: int
    by_severity: dict[int, int]
    conditions: tuple[str, ...]


def pack_period(day: date, previous: date | None, *, today: date) -> tuple[date, date]:
    """The pack's days: from the day after the previous appointment (or 90 days back) to
    the appointment, or to today when the appointment is still to come."""
    end = min(day, today)
    start = previous + timedelta(days=1) if previous else end - timedelta(DEFAULT_PERIOD_DAYS - 1)
    return min(start, end), end


def attack_figures(attacks: list[AttackFacts], *, now: datetime) -> AttackFigures:
    ended = [
        (attack.ended_at - attack.started_at).total_seconds() / 3600
        for attack in attacks
        if attack.ended_at is not None
    ]
    return AttackFigures(
        count=len(attacks),
        migraines=sum(attack.is_migraine for attack in attacks),
        median_hours=statistics.median(ended) if ended else None,
        with_aura=sum(attack.aura for attack in attacks),
        disability=dict(
            Counter(attack.disability for attack in attacks if attack.disability is not None)
        ),
    )


def class_days(diary: Diary, *, start: date, end: date, today: date) -> list[ClassDays]:
    """Days with each ICHD-3 overuse class taken in the period (whatever the reason, NSAIDs
    for the joints included), per 30 covered days against the class's threshold."""
    covered = covered_days(diary, start=start, end=end, today=today)
    counts: Counter[str] = Counter()
    for day, classes in overuse_medication_days(diary).items():
        if start <= day <= end:
            counts.update(classes)
    return [
        ClassDays(
            name=gettext(OVERUSE_CLASS_NAMES[overuse_class]),
            days=counts[overuse_class],
            per_30_days=(
                counts[overuse_class] / covered * DAYS_PER_MONTH
                if covered >= RATE_MIN_COVERED_DAYS
                else None
            ),
            threshold=OVERUSE_THRESHOLD_DAYS[overuse_class],
        )
        for overuse_class in OVERUSE_THRESHOLD_DAYS
        if counts[overuse_class]
    ]


@dataclass(frozen=True)
class MedicineDays:
    """The pack's two medicine-day figures side by side, and why they differ."""

    acute: int  # days with a dose taken to treat an attack
    overuse: int  # days with a dose of an ICHD-3 overuse class, whatever the reason
    note: str  # medication_days_note; empty when the two agree day by day
    says_joints: bool  # the note holds text.joints_sentence


def medicine_day_figures(
    diary: Diary,
    *,
    start: date,
    end: date,
    patient_name: str | None = None,
    joints_explained: bool = False,
) -> MedicineDays:
    """Acute-medication days and overuse-relevant days in the period, with the sentence on
    why they differ: for the patient, or (given the name) for a clinician; without the
    joints sentence when an alert on the pack already says it (`joints_explained`)."""
    acute = {day for day in acute_medication_days(diary) if start <= day <= end}
    overuse = {day for day in overuse_medication_days(diary) if start <= day <= end}
    return MedicineDays(
        acute=len(acute),
        overuse=len(overuse),
        note=medication_days_note(
            overuse_not_acute=bool(overuse - acute),
            acute_not_overuse=bool(acute - overuse),
            audience=PATIENT if patient_name is None else CLINICIAN,
            name=patient_name or "",
            joints_explained=joints_explained,
        ),
        says_joints=bool(overuse - acute) and not joints_explained,
    )


def relief_rows(doses: list[DoseFacts]) -> list[ReliefRow]:
    """For each medicine taken for attacks, how often the patient said it helped."""
    rows: dict[str, list[DoseFacts]] = {}
    for dose in doses:
        if dose.purpose == "acute":
            rows.setdefault(dose.medication, []).append(dose)
    return [
        ReliefRow(
            medication=name,
            doses=len(taken),
            answered=sum(bool(dose.relief) for dose in taken),
            helped=sum(dose.relief not in ("", "none") for dose in taken),
        )
        for name, taken in sorted(rows.items(), key=lambda item: (-len(item[1]), item[0]))
    ]


def flare_figures(flares: list[FlareFacts], *, start: date, end: date) -> FlareFigures:
    """The flares present in the period, and their days inside it (to today when ongoing)."""
    inside = [
        flare
        for flare in flares
        if flare.started_on <= end and (flare.ended_on is None or flare.ended_on >= start)
    ]
    days: set[date] = set()
    for flare in inside:
        first = max(flare.started_on, start)
        last = min(flare.ended_on or end, end)
        days.update(first + timedelta(days=offset) for offset in range((last - first).days + 1))
    return FlareFigures(
        count=len(inside),
        days=len(days),
        by_severity=dict(Counter(flare.severity for flare in inside)),
        conditions=tuple(sorted({flare.condition for flare in inside})),
    )


def medicine_days(doses: list[DoseFacts], categories: set[str], *, tz, start, end) -> int:
    """Local days in the period with a dose of any of these categories, whatever the
    reason."""
    return len(
        {
            dose.taken_at.astimezone(tz).date()
            for dose in doses
            if dose.category in categories and start <= dose.taken_at.astimezone(tz).date() <= end
        }
    )


# --- Questions to ask ------------------------------------------------------------------


def draft_questions(
    diary: Diary,
    *,
    specialty: str,
    alerts: list[Alert],
    preventives: list[tuple[str, date]],
    joint_nsaid_days: int,
    flares: FlareFigures,
    vessel_reasons: tuple[str, ...],
    today: date,
    now: datetime,
) -> list[str]:
    """Questions the patient may want to ask, in their own voice, drafted from the diary
    by plain rules: each alert, a preventive started about three months ago, migraine
    days rising, NSAIDs for the joints, flares since the last visit. The patient edits,
    reorders or removes them; Overlap never sends them anywhere by itself."""
    questions = []
    kinds = {alert.kind for alert in alerts}
    if kinds & {"medication_overuse", "medication_overuse_warning"}:
        questions.append(
            gettext(
                "My days with painkillers or migraine medicines are at or near the level where "
                "they can cause more headaches: should we plan how to bring them down?"
            )
        )
    if "chronic_migraine" in kinds:
        questions.append(
            gettext(
                "My diary shows headache on 15 or more days a month for three months: what "
                "does that mean for my treatment?"
            )
        )
    if "triptan_caution" in kinds and vessel_reasons:
        questions.append(
            gettext("Are triptans right for me, given %(conditions)s?")
            % {"conditions": _join_words(list(vessel_reasons))}
        )
    if "triptan_gap" in kinds:
        questions.append(
            gettext("How long should I leave between a triptan and an ergot, or two triptans?")
        )
    low, high = PREVENTIVE_REVIEW_DAYS
    for name, started in preventives:
        if low <= (today - started).days <= high:
            questions.append(
                gettext(
                    "I started %(medicine)s about three months ago: is it working well enough "
                    "to go on?"
                )
                % {"medicine": name}
            )
    rise = _migraine_rise(diary, today=today, now=now)
    if rise:
        before, after = rise
        questions.append(
            gettext(
                "My migraine days went up from %(before)s to %(after)s in the last 30 days: "
                "what could be behind it?"
            )
            % {"before": before, "after": after}
        )
    if joint_nsaid_days:
        questions.append(
            ngettext(
                "I took an anti-inflammatory for my joints on %(count)s day: does that count "
                "towards medication overuse for me?",
                "I took an anti-inflammatory for my joints on %(count)s days: does that count "
                "towards medication overuse for me?",
                joint_nsaid_days,
            )
            % {"count": joint_nsaid_days}
        )
    if specialty == "rheumatology" and flares.count >= 2:
        questions.append(
            ngettext(
                "I had %(count)s flare since my last visit: should my treatment change?",
                "I had %(count)s flares since my last visit: should my treatment change?",
                flares.count,
            )
            % {"count": flares.count}
        )
    if flares.count and migraine_days(diary, now=now):
        questions.append(
            gettext(
                "Could my flares and my migraines be linked, and does that change my treatment?"
            )
        )
    return questions


def _migraine_rise(diary: Diary, *, today: date, now: datetime) -> tuple[int, int] | None:
    """(before, after): migraine days in the 30 days before the last 30 and in the last 30,
    when both are fully covered and the rise is clear; else None."""
    last_start = today - timedelta(days=DAYS_PER_MONTH - 1)
    before_start = last_start - timedelta(days=DAYS_PER_MONTH)
    if covered_days(diary, start=before_start, end=today, today=today) < 2 * DAYS_PER_MONTH:
        return None
    days = migraine_days(diary, now=now)
    after = sum(last_start <= day <= today for day in days)
    before = sum(before_start <= day < last_start for day in days)
    if after >= before + RISE_MIN_DAYS and after * 2 >= before * 3:
        return before, after
    return None


# --- Words -----------------------------------------------------------------------------


def attack_sentence(figures: AttackFigures, *, patient_name: str | None = None) -> str:
    """The attacks in plain words: for the patient, or a clinician given the name."""
    values = {
        "name": patient_name,
        "count": figures.count,
        "migraines": figures.migraines,
        "aura": figures.with_aura,
    }
    if not figures.count:
        if patient_name:
            return gettext("%(name)s logged no attack in this period.") % values
        return gettext("You logged no attack in this period.")
    parts = [
        (
            ngettext(
                "%(name)s logged %(count)s attack, %(migraines)s of them migraine.",
                "%(name)s logged %(count)s attacks, %(migraines)s of them migraine.",
                figures.count,
            )
            if patient_name
            else ngettext(
                "You logged %(count)s attack, %(migraines)s of them migraine.",
                "You logged %(count)s attacks, %(migraines)s of them migraine.",
                figures.count,
            )
        )
        % values
    ]
    if figures.median_hours is not None:
        parts.append(
            gettext("The attacks that ended lasted %(hours)s hours (median).")
            % {"hours": format_decimal(figures.median_hours)}
        )
    if figures.count >= SHARE_MIN_EVENTS:
        parts.append(
            gettext("%(aura)s of %(count)s (%(share)s) came with aura.")
            % {**values, "share": format_percent(figures.with_aura / figures.count)}
        )
    else:
        parts.append(gettext("%(aura)s of %(count)s came with aura.") % values)
    return " ".join(parts)


def class_days_sentence(row: ClassDays) -> str:
    values = {
        "medicines": row.name,
        "days": _count_days(row.days),
        "threshold": row.threshold,
    }
    if row.per_30_days is None:
        return gettext("%(medicines)s: %(days)s (too early for a rate).") % values
    values["rate"] = format_decimal(row.per_30_days)
    return (
        ngettext(
            "%(medicines)s: %(days)s, %(rate)s per 30 days, at or over the threshold of "
            "%(threshold)s day a month.",
            "%(medicines)s: %(days)s, %(rate)s per 30 days, at or over the threshold of "
            "%(threshold)s days a month.",
            row.threshold,
        )
        if row.at_threshold
        else ngettext(
            "%(medicines)s: %(days)s, %(rate)s per 30 days, under the threshold of "
            "%(threshold)s day a month.",
            "%(medicines)s: %(days)s, %(rate)s per 30 days, under the threshold of "
            "%(threshold)s days a month.",
            row.threshold,
        )
    ) % values


def period_words(start: date, end: date) -> str:
    return gettext("%(start)s to %(end)s") % {"start": format_day(start), "end": format_day(end)}


# --- Questionnaires --------------------------------------------------------------------


class ScoreFacts(NamedTuple):
    """A completed questionnaire: its score and band only, never the answers."""

    slug: str
    total: Decimal
    band: str
    completed_on: date  # the local day
    urgent: bool = False  # an answer above zero on the safety item (PHQ-9 item 9)


@dataclass(frozen=True)
class QuestionnaireLine:
    """One instrument in the pack: its latest score in the period (with band and date) in
    words, the change since the completion before it, and, never hidden behind the score,
    the days in the period an answer on thoughts of self-harm was above zero."""

    slug: str
    name: str
    group: str  # "headache", "autoimmune" or "mood"
    latest: str
    change: str
    total: Decimal | None
    band: str
    completed_on: date | None
    safety: str = ""


# Which instruments each specialist's pack shows: the neurologist the headache ones, the
# rheumatologist the autoimmune ones, both (and any other specialist) mood as scores.
QUESTIONNAIRE_GROUPS = {
    "neurology": ("headache", "mood"),
    "rheumatology": ("autoimmune", "mood"),
}
ALL_QUESTIONNAIRE_GROUPS = ("headache", "autoimmune", "mood")


def questionnaire_group(known: Instrument) -> str:
    """Mood for the instruments offered to everyone (PHQ-9, GAD-7), headache for those
    meant for migraine (MIDAS, HALT-90, HIT-6), autoimmune for the rest (MFIS, ESSPRI,
    RAPID3)."""
    if known.fits.get("all"):
        return "mood"
    if "migraine" in known.fits.get("kinds", []):
        return "headache"
    return "autoimmune"


def questionnaire_lines(
    kept: list[str],
    scores: list[ScoreFacts],
    *,
    start: date,
    end: date,
    specialty: str,
    patient_name: str | None = None,
) -> list[QuestionnaireLine]:
    """For each instrument the patient keeps, or completed in start..end, that this
    specialty's pack shows: the latest score in the period with its band and date, and the
    change since the completion before it (judged against the published minimal important
    difference); a kept one not completed in the period says so. `scores` are oldest
    first; the answers are never in them, so PHQ-9 and GAD-7 appear as scores only."""
    groups = QUESTIONNAIRE_GROUPS.get(specialty, ALL_QUESTIONNAIRE_GROUPS)
    by_slug: dict[str, list[ScoreFacts]] = {}
    for facts in scores:
        by_slug.setdefault(facts.slug, []).append(facts)
    lines = []
    for slug, known in instruments().items():
        if questionnaire_group(known) not in groups:
            continue
        history = [facts for facts in by_slug.get(slug, []) if facts.completed_on <= end]
        inside = [facts for facts in history if facts.completed_on >= start]
        if not inside:
            if slug in kept:
                lines.append(
                    QuestionnaireLine(
                        slug=slug,
                        name=known.name,
                        group=questionnaire_group(known),
                        latest=(
                            gettext("%(name)s did not complete the %(instrument)s in this period.")
                            if patient_name
                            else gettext("You did not complete the %(instrument)s in this period.")
                        )
                        % {"name": patient_name, "instrument": known.name},
                        change="",
                        total=None,
                        band="",
                        completed_on=None,
                    )
                )
            continue
        latest = inside[-1]
        safety = urgent_answer_words(
            [facts.completed_on for facts in inside if facts.urgent], patient_name=patient_name
        )
        earlier = history[history.index(latest) - 1] if history.index(latest) else None
        moved = (
            change(known, earlier=earlier.total, earlier_on=earlier.completed_on, now=latest.total)
            if earlier
            else None
        )
        lines.append(
            QuestionnaireLine(
                slug=slug,
                name=known.name,
                group=questionnaire_group(known),
                latest=score_summary(
                    known,
                    Score(total=latest.total, band=latest.band),
                    latest.completed_on,
                    patient_name=patient_name,
                ),
                change=change_summary(known, moved, patient_name=patient_name),
                total=latest.total,
                band=latest.band,
                completed_on=latest.completed_on,
                safety=safety,
            )
        )
    return lines
