"""The printable report for a period: key numbers, the chart and its data table, flares,
medicines and each preventive's treatment response, alerts and (when included) notes.
`render_report` serves both the patient's own copy and the clinic's read-only one
(clinic/views.py); `report_notes` also gives the clinic's timeline its notes."""

import datetime
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Min
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, pgettext
from django.views.decorators.http import require_GET

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import ALL_SECTIONS, CareShare, Section, User
from config.prepared import Prepared, read_day, read_moment, stand_in_day, stand_in_moment
from diary import charts, insights
from diary.insights import response
from diary.insights.alerts import ALERT_DAYS
from diary.kept_figures import diary_state, figures_key, kept_or_made
from diary.loading import DaySpan, load_bounded_diary
from diary.models import (
    DailyCheckIn,
    Flare,
    Medication,
    MigraineAttack,
    QuestionnaireResponse,
)
from diary.models.base import as_utc_bounds
from diary.period import Period, PeriodForm
from diary.questionnaires import completed_responses
from diary.sections import shown
from diary.views.timeline import timeline_overview
from education.condition_names import condition_name

if TYPE_CHECKING:  # a type of the stubs only: not installed where Overlap runs
    from django_stubs_ext import StrOrPromise

REPORT_NOTES_SHOWN = 30
REPORT_NOTE_CHARS = 600
REPORT_PURPOSES: dict[str, "StrOrPromise"] = {
    Medication.Purpose.ACUTE: gettext_lazy("Acute"),
    Medication.Purpose.PREVENTIVE: gettext_lazy("Preventive"),
    Medication.Purpose.DISEASE_MODIFYING: gettext_lazy("Disease-modifying"),
}


@patient_required
@require_GET
def report(request: AuthenticatedRequest) -> HttpResponse:
    """The patient's printable report for a period: ?start=&end= (default the last 90 days),
    ?window= (flare window) and ?hide_notes=1 to leave their notes out."""
    return render_report(
        request, patient=request.user, include_notes=not request.GET.get("hide_notes")
    )


def render_report(
    request: HttpRequest,
    *,
    patient: User,
    include_notes: bool,
    clinic_share: CareShare | None = None,
    form_action: str | None = None,
    sections: frozenset[str] = ALL_SECTIONS,
) -> HttpResponse:
    """Render `patient`'s report for the period the query string asks for.

    The caller has decided who may read it. With `clinic_share` (the accounts.CareShare a
    clinician reads through) the page names the patient, offers nothing that edits and
    keeps its period form on `form_action` (default: the URL asked for). Notes appear only
    when `include_notes`; otherwise they are not read at all. Only `sections` of the diary
    are read and shown (diary.sections: a clinician's share may show fewer).
    """
    now = timezone.now()
    today = timezone.localdate(now, patient.tzinfo)
    form = PeriodForm(request.GET, today=today)
    audience = insights.PATIENT if clinic_share is None else insights.CLINICIAN
    # What a miss read of the questionnaires, for the results section too; on a hit, the
    # results read them themselves (diary/templatetags/questionnaires.py).
    read: dict[str, list[QuestionnaireResponse] | None] = {}

    def figures() -> dict:
        made, read["responses"] = report_figures(
            patient, form.period, now=now, audience=audience, sections=sections
        )
        return made

    key = figures_key(
        "report",
        patient,
        diary_state(patient),
        now=now,
        period=form.period,
        audience=audience,
        name=str(patient),
        sections=sections,
    )
    kept = kept_or_made(key, figures)
    period = kept["period"]
    context = {
        "patient": patient,
        "clinic_share": clinic_share,
        "form_action": form_action or request.path,
        "timeline_url": _report_timeline_url(patient, clinic_share=clinic_share),
        "error": form.error,
        "shown": shown(sections),
        **_report_period(period, today=today),
        **kept,
        "questionnaire_responses": read.get("responses"),
        **_report_notes(patient, period, include_notes=include_notes, clinic_share=clinic_share),
    }
    return render(request, "diary/report.html", context)


def report_figures(
    patient: User,
    asked: Period,
    *,
    now: datetime.datetime,
    audience: insights.Audience,
    sections: frozenset[str],
) -> tuple[dict, list[QuestionnaireResponse] | None]:
    """What the report works out of the diary for the period `asked` (diary.kept_figures
    keeps it): the period shown (from the diary's first day when that falls inside it), its
    numbers, chart and tables, each preventive's treatment response and the medicines
    table, in words for `audience`, of `sections` only; and the completed questionnaires
    read for the chart's markers (None when the check-ins are not shown)."""
    today = timezone.localdate(now, patient.tzinfo)
    rows = _medication_rows(patient) if Section.MEDICINES in sections else []
    preventives = response.preventives_from(
        [
            (name, started_on, first_dose)
            for _, name, _, purpose, started_on, first_dose in rows
            if purpose == Medication.Purpose.PREVENTIVE
        ],
        tz=patient.tzinfo,
    )
    diary, condition_names, _ = load_bounded_diary(
        patient,
        tz=patient.tzinfo,
        spans=report_days(asked, today=today, preventives=preventives),
        sections=sections,
        whole_attacks=True,
    )
    loaded = (diary, condition_names)
    period = _from_diary_start(asked, insights.diary_start(diary))
    medications = (
        _report_medications(patient, diary, rows, start=period.start, end=period.end)
        if Section.MEDICINES in sections
        else []
    )
    # Read once for the chart's markers and the results section, both with the check-ins.
    responses = completed_responses(patient) if Section.CHECKINS in sections else None
    figures = {
        "period": period,
        "period_note": (
            gettext("The diary began on %(day)s, so the report starts then.")
            % {"day": insights.format_day(period.start)}
            if period.start != asked.start
            else ""
        ),
        **_report_numbers(
            patient,
            period,
            audience=audience,
            loaded=loaded,
            sections=sections,
            responses=responses,
            now=now,
        ),
        **report_responses(
            diary,
            preventives,
            start=period.start,
            end=period.end,
            today=today,
            now=now,
            audience=audience,
            name=str(patient),
        ),
        "medications": medications,
        # Gepant days are shown in the medicines table: say why they are not overuse days.
        "gepant_note": gettext(insights.GEPANTS_NOT_COUNTED)
        if any(row["is_gepant"] for row in medications)
        else "",
    }
    return figures, responses


def _report_period(period: Period, *, today: datetime.date) -> dict:
    """The period and flare window shown, in words, and the quick choices of period."""
    return {
        "start": period.start,
        "end": period.end,
        "today": today,
        "window": period.window,
        "window_max": insights.LAG_SPAN_DAYS,
        "period_label": gettext("%(start)s to %(end)s")
        % {"start": insights.format_day(period.start), "end": insights.format_day(period.end)},
        "today_label": insights.format_day(today),
        "quick_periods": _report_quick_periods(today, window=period.window),
    }


def _report_notes(
    patient: User, period: Period, *, include_notes: bool, clinic_share: CareShare | None
) -> dict:
    """The period's notes when they are included; otherwise they are not read at all."""
    notes, more_notes = (
        report_notes(patient, start=period.start, end=period.end) if include_notes else ([], False)
    )
    return {
        "include_notes": include_notes,
        "hide_notes": not include_notes and clinic_share is None,
        "notes": notes,
        "more_notes": more_notes,
        "notes_shown": REPORT_NOTES_SHOWN,
        "note_chars": REPORT_NOTE_CHARS,
    }


def _from_diary_start(period: Period, first_day: datetime.date | None) -> Period:
    """The period, starting no earlier than the diary's first day when that falls inside it:
    a new diary's report does not spend pages on the weeks before it began."""
    if first_day is not None and period.start < first_day <= period.end:
        return period._replace(start=first_day)
    return period


def _report_numbers(
    patient: User,
    period: Period,
    *,
    audience: insights.Audience,
    loaded: tuple[insights.Diary, dict[str, str]],
    sections: frozenset[str] = ALL_SECTIONS,
    responses: list[QuestionnaireResponse] | None = None,
    now: datetime.datetime,
) -> dict:
    """The period's key numbers, chart (by day, or by week for long periods), its data table
    and flare list, and the timeline payload they come from, in words for `audience`, of
    `sections` only."""
    overview, data = timeline_overview(
        patient,
        period,
        audience=audience,
        loaded=loaded,
        sections=sections,
        responses=responses,
        now=now,
    )
    return {"data": data, **charts.report_payload(overview, data, sections=sections)}


def _report_timeline_url(patient: User, *, clinic_share: CareShare | None) -> str:
    """The timeline this report sums up: the patient's own, or the clinic's read-only copy."""
    if clinic_share is None:
        return reverse("diary:timeline")
    # A URL name, not an import: diary never imports clinic (README, "Imports go one way").
    return reverse("clinic:timeline", args=[patient.uuid])


def _report_quick_periods(today: datetime.date, *, window: int) -> list[tuple[str, str]]:
    """Query strings for the last 30 days, 90 days and year, ending today."""
    periods = []
    for label, days in (
        (gettext("Last 30 days"), 30),
        (gettext("Last 90 days"), 90),
        (gettext("Last year"), 365),
    ):
        start = today - datetime.timedelta(days=days - 1)
        periods.append(
            (label, f"?start={start.isoformat()}&end={today.isoformat()}&window={window}")
        )
    return periods


def report_days(
    period: Period,
    *,
    today: datetime.date,
    preventives: list[tuple[str, response.Preventive | None]],
) -> list[DaySpan]:
    """The local days the report's figures look at (load_bounded_diary's spans), so that
    it reads those and not the whole diary:

    - the period, and before it a flare window's reach (at most LAG_SPAN_DAYS: flare
      linkage counts the days around flares that cross its start) and the 28 days of a
      treatment-response window that ends inside it (response.WINDOW_DAYS);
    - the alerts' days up to today (ALERT_DAYS), whatever the period;
    - each preventive's baseline, the WINDOW_DAYS before its start, however long ago.

    Everything after the earliest of these is read to today. The lag profile counts
    migraine days over the whole diary: load_bounded_diary reads every attack for it
    (whole_attacks), not every check-in and dose. It stays on the report rather than only
    on the timeline because the printed report is often all a clinician gets.
    """
    reach = max(insights.LAG_SPAN_DAYS, response.WINDOW_DAYS)
    since = min(
        period.start - datetime.timedelta(days=reach),
        today - datetime.timedelta(days=ALERT_DAYS - 1),
    )
    baselines = [
        (
            preventive.started_on - datetime.timedelta(days=response.WINDOW_DAYS),
            preventive.started_on - datetime.timedelta(days=1),
        )
        for _, preventive in preventives
        # Each baseline, even one that only begins before `since`: it is read whole.
        if preventive is not None
        and preventive.started_on - datetime.timedelta(days=response.WINDOW_DAYS) < since
    ]
    return [(since, None), *baselines]


def _medication_rows(patient: User) -> list[tuple]:
    """Each medicine on the patient's list: id, name, category, purpose, the start day
    given and its first dose's moment (one query)."""
    return list(
        Medication.objects.for_owner(patient)
        .annotate(first_dose=Min("doses__taken_at"))
        .values_list("pk", "name", "category", "purpose", "started_on", "first_dose")
    )


def _report_medications(
    patient: User,
    diary: insights.Diary,
    rows: list[tuple],
    *,
    start: datetime.date,
    end: datetime.date,
) -> list[dict]:
    """The patient's medicines (`rows`, from _medication_rows) with the days each was
    taken in the period, its doses from the loaded `diary`."""
    tz = patient.tzinfo
    medications = [
        insights.MedicationRecord(pk, name, category, purpose)
        for pk, name, category, purpose, _, _ in rows
    ]
    # The doses MedicationDose.objects.between(start, end, tz=tz) gives.
    lower, upper = as_utc_bounds(start, end, tz)
    doses = [
        insights.MedicationDoseRecord(dose.medication, dose.taken_at)
        for dose in diary.doses
        if dose.medication is not None and lower <= dose.taken_at < upper
    ]
    categories = dict(Medication.Category.choices)
    return [
        {
            "name": use.name,
            # As words, not lazy ones: the report's figures are kept (diary.kept_figures).
            "category": str(categories.get(use.category, use.category)),
            "purpose": str(REPORT_PURPOSES.get(use.purpose, use.purpose)),
            "is_gepant": use.category == Medication.Category.GEPANT,
            "days_used": use.days_used,
            "doses": use.doses,
            "first_day": insights.format_day(use.first_day) if use.first_day else "",
            "last_day": insights.format_day(use.last_day) if use.last_day else "",
        }
        for use in insights.medication_use(medications, doses, tz=tz, start=start, end=end)
    ]


def report_responses(
    diary: insights.Diary,
    preventives: list[tuple[str, response.Preventive | None]],
    *,
    start: datetime.date,
    end: datetime.date,
    today: datetime.date,
    now: datetime.datetime,
    audience: insights.Audience,
    name: str,
) -> dict:
    """Each preventive's treatment response (diary.insights.response) with the windows that
    reach into the period, in words for `audience`; and the preventives with no day to
    start from."""
    known = [preventive for _, preventive in preventives if preventive is not None]
    responses = response.treatment_responses(diary, known, today=today, now=now)
    undated = [medicine for medicine, preventive in preventives if preventive is None]
    return {
        "responses": [
            {
                "name": shown.preventive.name,
                "summary": response.response_summary(shown, audience=audience, name=name),
                "rows": response.response_rows(shown),
            }
            for shown in (
                response.within(result, start=start, end=end)
                for result in responses
                if result.preventive.started_on <= end
            )
        ],
        "responses_undated": response.undated_words(undated, audience=audience, name=name),
        "response_criterion": gettext(response.RESPONDER_CRITERION),
        "response_source": gettext(response.RESPONDER_SOURCE),
    }


def report_notes(
    patient: User, *, start: datetime.date, end: datetime.date
) -> tuple[list[dict], bool]:
    """The newest REPORT_NOTES_SHOWN notes of attacks, flares and check-ins present in the
    period, newest first, and whether there are more (one query, however long the diary:
    a UNION ALL of each kind's newest REPORT_NOTES_SHOWN + 1 notes)."""
    tz = patient.tzinfo
    attack_words = dict(MigraineAttack.AttackType.choices)
    start_at, end_at = as_utc_bounds(start, end, tz)
    rows: dict[str, list[tuple]] = {"attack": [], "flare": [], "checkin": []}
    for kind, moment, day, word, text, pk in _REPORT_NOTES.rows(
        owner_id=patient.pk, start_at=start_at, end_at=end_at, start_day=start, end_day=end
    ):
        rows[kind].append((kind, read_moment(moment), read_day(day), word, text, pk))
    # Each kind newest first as its own query ordered it, attacks, flares then check-ins, so
    # the sort below keeps notes of the same day and order as they always were.
    rows["attack"].sort(key=lambda row: row[1], reverse=True)
    rows["flare"].sort(key=lambda row: (row[2], row[5]), reverse=True)
    rows["checkin"].sort(key=lambda row: row[2], reverse=True)
    notes = []
    for _, moment, _, word, text, _ in rows["attack"]:
        local = timezone.localtime(moment, tz)
        notes.append(
            {
                "day": local.date(),
                "order": local.time(),
                "kind": attack_words.get(word, gettext("Attack")),
                "text": text,
            }
        )
    notes += [
        {
            "day": day,
            "order": datetime.time.max,
            "kind": pgettext("a note's kind", "%(condition)s flare")
            % {"condition": condition_name(word)},
            "text": text,
        }
        for _, _, day, word, text, _ in rows["flare"]
    ]
    notes += [
        {"day": day, "order": datetime.time.min, "kind": gettext("Check-in"), "text": text}
        for _, _, day, _, text, _ in rows["checkin"]
    ]
    notes.sort(key=lambda note: (note["day"], note["order"]), reverse=True)
    for note in notes:
        note["day_label"] = insights.format_day(note["day"])
    return notes[:REPORT_NOTES_SHOWN], len(notes) > REPORT_NOTES_SHOWN


def _report_note_rows(
    *,
    owner_id: int,
    start_at: datetime.datetime,
    end_at: datetime.datetime,
    start_day: datetime.date,
    end_day: datetime.date,
) -> models.QuerySet:
    """The notes report_notes reads: each kind's newest REPORT_NOTES_SHOWN + 1 notes present
    in the period (attacks in start_at..end_at, the local days' bounds), in a UNION ALL of
    (kind, moment, day, word, text, id) rows."""
    limit = REPORT_NOTES_SHOWN + 1

    def newest(rows: models.QuerySet, *order: str) -> models.QuerySet:
        # Each kind's newest notes, picked in a subquery: a compound SELECT's parts may not
        # be ordered or sliced themselves (SQLite).
        picked = rows.exclude(notes="").order_by(*order).values("pk")[:limit]
        return rows.model._default_manager.filter(pk__in=models.Subquery(picked)).order_by()

    def columns(rows: models.QuerySet, kind: str, **values) -> models.QuerySet:
        fields = {
            "n_moment": models.Value(None, output_field=models.DateTimeField()),
            "n_day": models.Value(None, output_field=models.DateField()),
            "n_word": models.Value(None, output_field=models.TextField()),
        }
        fields.update(values)
        return rows.annotate(
            n_kind=models.Value(kind), n_text=models.F("notes"), n_pk=models.F("pk"), **fields
        ).values_list("n_kind", "n_moment", "n_day", "n_word", "n_text", "n_pk")

    attacks = columns(
        newest(
            MigraineAttack.objects.filter(owner_id=owner_id).between(start_at, end_at),
            "-started_at",
        ),
        "attack",
        n_moment=models.F("started_at"),
        n_word=models.F("attack_type"),
    )
    flares = columns(
        newest(
            Flare.objects.filter(owner_id=owner_id).between(start_day, end_day),
            "-started_on",
            "-pk",
        ),
        "flare",
        n_day=models.F("started_on"),
        n_word=models.F("condition__name"),
    )
    checkins = columns(
        newest(DailyCheckIn.objects.filter(owner_id=owner_id).between(start_day, end_day), "-day"),
        "checkin",
        n_day=models.F("day"),
    )
    return attacks.union(flares, checkins, all=True)


# Read on every view of a report with notes: its SQL made once (config/prepared.py).
_REPORT_NOTES = Prepared(
    _report_note_rows,
    owner_id=-7306,
    start_at=stand_in_moment(),
    end_at=stand_in_moment() + datetime.timedelta(days=1),
    start_day=stand_in_day(),
    end_day=stand_in_day() + datetime.timedelta(days=1),
)
