"""The patient's combined timeline of attacks, flares, medicines and check-ins with its
insights, and its chart data as JSON. `timeline_overview` and `timeline_context` are what
the clinic's read-only copy (clinic/views.py) shares with it."""

import datetime

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_GET

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import ALL_SECTIONS, Section, User
from diary import charts, insights
from diary.insights.alerts import ALERT_DAYS
from diary.kept_figures import DiaryState, diary_state, figures_key, kept_or_made
from diary.loading import DaySpan, load_bounded_diary
from diary.models import QuestionnaireResponse
from diary.period import Period, PeriodForm
from diary.questionnaires import timeline_markers, timeline_markers_summary
from diary.sections import shown


@patient_required
def timeline(request: AuthenticatedRequest) -> HttpResponse:
    """The combined timeline and insights of the logged-in patient: the page's content kept
    as HTML with the figures it shows (diary.kept_figures), under the same key and the
    templates' digest, so a view that finds it renders only the page around it."""
    patient = request.user
    now = timezone.now()
    today = timezone.localdate(now, patient.tzinfo)
    period = PeriodForm(request.GET, today=today).period
    state = diary_state(patient)

    def content() -> str:
        context = timeline_context(
            patient,
            period,
            today=today,
            now=now,
            data_url=reverse("diary:timeline-data"),
            state=state,
        )
        return render_to_string("diary/includes/timeline_content.html", context)

    kept = kept_or_made(
        figures_key("timeline-page", patient, state, now=now, period=period),
        content,
        what="the timeline pages",
    )
    return render(request, "diary/timeline.html", {"content_html": kept})


# data.json is compressed (a ten-year period: 144 KB, about 17 KB in gzip). It reflects no
# text a page can choose, and the session cookie is SameSite=Lax, so another site cannot
# make the browser fetch it with the patient's session: nothing for a BREACH-style guess.
@gzip_page
@patient_required
@require_GET
def timeline_data(request: AuthenticatedRequest) -> JsonResponse:
    """The timeline's chart data as JSON: ?start=&end= (ISO dates) and ?window= (days)."""
    now = timezone.now()
    today = timezone.localdate(now, request.user.tzinfo)
    form = PeriodForm(request.GET, today=today)
    if not form.is_valid():
        return JsonResponse({"error": form.error}, status=400)
    return JsonResponse(kept_timeline_data(request.user, form.period, now=now))


def timeline_context(
    patient: User,
    period: Period,
    *,
    today: datetime.date,
    data_url: str,
    audience: insights.Audience = insights.PATIENT,
    sections: frozenset[str] = ALL_SECTIONS,
    now: datetime.datetime | None = None,
    state: DiaryState | None = None,
) -> dict:
    """What diary/timeline.html shows of `patient`'s diary for `period`, its words for
    `audience` (the patient or a clinician), only `sections` of it (a clinician's share);
    its script fetches other periods from `data_url`, and a long period's data too
    (`first_paint_payload`). The chart data is kept (kept_timeline_data; `state` the
    patient's diary_state when the caller has read it)."""
    data = kept_timeline_data(
        patient,
        period,
        now=timezone.now() if now is None else now,
        audience=audience,
        sections=sections,
        state=state,
    )
    linkage = data.get("linkage")
    return {
        "data": data,
        # Pieces of the page's sentences that its script rewrites for another period.
        "key_bar_html": format_html('<span id="key-bar">{}</span>', data["labels"]["key_bar"]),
        "window_html": format_html(
            '<span class="window-days">{}</span>', linkage["window_words"] if linkage else ""
        ),
        # The axis' weekly ticks fall on the language's first day of the week.
        "first_weekday": formats.get_format("FIRST_DAY_OF_WEEK"),
        "page_data": first_paint_payload(data),
        "shown": shown(sections),
        "today": today,
        "window_max": insights.LAG_SPAN_DAYS,
        "data_url": data_url,
    }


def timeline_days(period: Period, *, today: datetime.date) -> list[DaySpan]:
    """The local days the timeline's figures look at (load_bounded_diary's spans), so that
    a period reads those and not the whole diary: the period, and before it a flare
    window's reach (at most LAG_SPAN_DAYS: flare linkage counts the days around flares that
    cross its start); the alerts' ALERT_DAYS up to today, whatever the period. Everything
    after the earliest is read to today. The lag profile counts migraine days over the
    whole diary, so every attack is read for it (whole_attacks), not every check-in and
    dose. tests/diary/test_bounded_pages.py checks the figures equal the whole diary's."""
    since = min(
        period.start - datetime.timedelta(days=insights.LAG_SPAN_DAYS),
        today - datetime.timedelta(days=ALERT_DAYS - 1),
    )
    return [(since, None)]


# What the page's script needs before a long period's data arrives: the period (its form
# and quick buttons) and the words of the status line.
FIRST_PAINT_KEYS = ("start", "end", "today", "window", "resolution", "quick_starts", "status")


def first_paint_payload(data: dict) -> dict:
    """The chart data the page carries inline (json_script): all of it for a period drawn
    day by day (at most charts.WEEKLY_AFTER_DAYS days, about 30 KB), else only
    FIRST_PAINT_KEYS and `"deferred": true`, and the script fetches the rest from data.json
    after the first paint. Ten years by week are about 144 KB of JSON, which a phone would
    otherwise parse before drawing anything (docs/performance.md). The page's words (summary,
    completeness, alerts, linkage and lag sentences) are in its HTML either way."""
    if data["resolution"] == "day":
        return data
    return {**{key: data[key] for key in FIRST_PAINT_KEYS}, "deferred": True}


def kept_timeline_data(
    patient: User,
    period: Period,
    *,
    now: datetime.datetime,
    audience: insights.Audience = insights.PATIENT,
    sections: frozenset[str] = ALL_SECTIONS,
    state: DiaryState | None = None,
) -> dict:
    """The timeline's chart payload (timeline_overview's) of the patient's diary for
    `period` at `now`, kept in the cache until anything it is worked out from changes
    (diary.kept_figures; `state` the patient's diary_state when the caller has read it)."""
    key = figures_key(
        "timeline",
        patient,
        diary_state(patient) if state is None else state,
        now=now,
        period=period,
        audience=audience,
        name=_named(patient, audience),
        sections=sections,
    )

    def payload() -> dict:
        _, data = timeline_overview(patient, period, audience=audience, sections=sections, now=now)
        return data

    return kept_or_made(key, payload)


def _named(patient: User, audience: insights.Audience) -> str:
    """How the words name the patient: by name, or by address when the patient gave none
    (as the clinic names them), for a clinician; not at all for the patient."""
    return str(patient) if audience == insights.CLINICIAN else ""


def timeline_overview(
    patient: User,
    period: Period,
    *,
    audience: insights.Audience = insights.PATIENT,
    loaded: tuple[insights.Diary, dict[str, str]] | None = None,
    sections: frozenset[str] = ALL_SECTIONS,
    responses: list[QuestionnaireResponse] | None = None,
    markers: bool = True,
    now: datetime.datetime | None = None,
) -> tuple[insights.Overview, dict]:
    """The overview of the patient's diary for a period at `now` (default: this moment),
    and its chart payload, their words for `audience` (a clinician reads about the patient
    by name), of `sections` only (diary.sections). The diary is read for timeline_days
    only, unless `loaded` gives what the caller read (for at least those days and
    sections); `responses` the patient's completed questionnaires (diary.questionnaires.
    completed_responses), likewise. Without `markers` the payload has no questionnaire
    markers, and they are not read (the home page's small chart draws none)."""
    name = _named(patient, audience)
    tz = patient.tzinfo
    if now is None:
        now = timezone.now()
    today = timezone.localdate(now, tz)
    if loaded is None:
        diary, condition_names, _ = load_bounded_diary(
            patient,
            tz=tz,
            spans=timeline_days(period, today=today),
            sections=sections,
            whole_attacks=True,
        )
    else:
        diary, condition_names = loaded
    overview = insights.diary_overview(
        diary,
        start=period.start,
        end=period.end,
        today=today,
        now=now,
        window_days=period.window,
        audience=audience,
        name=name,
    )
    payload = charts.timeline_payload(
        overview,
        today=today,
        diary_start=overview.diary_start,
        condition_names=condition_names,
        audience=audience,
        name=name,
        sections=sections,
    )
    # A marker line per questionnaire completed in the period (with the check-ins).
    if markers and Section.CHECKINS in sections:
        payload["questionnaires"] = timeline_markers(
            patient, overview.start, overview.end, tz, completed=responses
        )
        payload["questionnaire_list"] = timeline_markers_summary(payload["questionnaires"])
    return overview, payload
