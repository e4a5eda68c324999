"""Questionnaires for one patient: which instruments are offered to them (their conditions,
and the licence gate), the ones they keep and when each is due, pausing and submitting
answers, and a completed response's score with the change since the one before.

The licence gate: a scoring-only instrument is offered only once the site operator has
loaded its wording (InstrumentWording); until then it is offered nowhere.
"""

import datetime
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, ngettext

from accounts.models import User
from config.prepared import Prepared, read_moment
from diary.insights.text import urgent_answer_words
from diary.instruments import Instrument, instruments, with_wording
from diary.instruments.scoring import (
    AnswersInvalid,
    Change,
    Score,
    change,
    change_summary,
    parse_answers,
    score,
    score_summary,
)
from diary.models import InstrumentWording, KeptInstrument, QuestionnaireResponse
from diary.tables import number_words, short_day_words
from education.models import Condition


class NotOffered(Exception):
    """The instrument is not offered to this patient; `reason` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AlreadySubmitted(Exception):
    """The same form was submitted before; `response` is what the first submission saved."""

    def __init__(self, response: QuestionnaireResponse) -> None:
        super().__init__("Already submitted.")
        self.response = response


def _usable(known: Instrument, wordings: dict[str, dict]) -> Instrument | None:
    """The instrument as patients see it: with the operator's wording if it is scoring-only,
    None when it is scoring-only and no wording was loaded."""
    if not known.scoring_only:
        return known
    if known.slug not in wordings:
        return None
    return with_wording(known, wordings[known.slug])


def _wordings() -> dict[str, dict]:
    return dict(InstrumentWording.objects.values_list("slug", "wording"))


def site_instruments() -> list[Instrument]:
    """Every instrument this site can show: the licence gate applied, conditions not."""
    wordings = _wordings()
    usable = (_usable(known, wordings) for known in instruments().values())
    return [each for each in usable if each is not None]


def offered_instruments(
    user: User, *, conditions: Iterable[tuple[str, str]] | None = None
) -> list[Instrument]:
    """The instruments offered to `user`: those that fit their conditions, of those this site
    can show. `conditions`: the (slug, kind) of each condition on their profile, when the
    caller has read them (diary.loading.Profile); otherwise they are read."""
    if conditions is None:
        conditions = list(
            Condition.objects.filter(patientprofile__user=user).values_list("slug", "kind")
        )
    conditions = list(conditions)
    slugs = {slug for slug, _ in conditions}
    kinds = {kind for _, kind in conditions}
    return [each for each in site_instruments() if each.fits_conditions(slugs, kinds)]


def offered_instrument(user: User, slug: str) -> Instrument:
    """The instrument `slug` as `user` answers it; NotOffered, with the reason, otherwise."""
    known = instruments().get(slug)
    if known is None:
        raise NotOffered(gettext("Overlap has no questionnaire of that name."))
    for each in offered_instruments(user):
        if each.slug == slug:
            return each
    if _usable(known, _wordings()) is None:
        raise NotOffered(
            gettext(
                "The %(name)s is not available on this site: its wording may only be used "
                "under a licence, and this site has not loaded one."
            )
            % {"name": known.name}
        )
    raise NotOffered(
        gettext(
            "The %(name)s is not offered to you: it is meant for people with other "
            "conditions than the ones in your profile. You can change your conditions in your "
            "profile."
        )
        % {"name": known.name}
    )


# How often a kept questionnaire may come due, in days. An instrument offers those from its
# recall period up: answered more often, its answers would cover the same days twice.
INTERVALS = [
    (7, gettext_lazy("every week")),
    (14, gettext_lazy("every 2 weeks")),
    (28, gettext_lazy("every 4 weeks")),
    (91, gettext_lazy("every 3 months")),
    (182, gettext_lazy("every 6 months")),
]


class IntervalInvalid(ValueError):
    """An interval the instrument does not offer; `reason` says so in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def interval_choices(known: Instrument) -> list[tuple[int, str]]:
    """The intervals `known` may be kept on: its recall period and longer (its default, the
    recall period, among them)."""
    lowest = min(known.recall_days, known.interval_days)
    choices = [(days, str(label)) for days, label in INTERVALS if days >= lowest]
    if known.interval_days not in dict(choices):
        choices.append((known.interval_days, _every_days(known.interval_days)))
        choices.sort()
    return choices


def interval_words(days: int) -> str:
    """ "every 4 weeks", or "every 10 days" for an interval not in the list."""
    return str(dict(INTERVALS).get(days) or _every_days(days))


def _every_days(days: int) -> str:
    return ngettext("every %(days)s day", "every %(days)s days", days) % {"days": days}


def kept_update(*, owner: User, slugs: list[str], intervals: dict[str, str] | None = None) -> None:
    """Keep exactly the instruments `slugs` (each must be offered to `owner`), each due every
    `intervals[slug]` days (given as text, from the form) or, when not given, on the interval
    it has or its default. Instruments no longer kept lose their schedule, not their answers.
    NotOffered or IntervalInvalid save nothing."""
    offered = {each.slug: each for each in offered_instruments(owner)}
    unknown = [slug for slug in slugs if slug not in offered]
    if unknown:
        raise NotOffered(gettext("Choose among the questionnaires listed."))
    chosen: dict[str, int] = {}
    for slug, text in (intervals or {}).items():
        if slug not in slugs:
            continue
        allowed = dict(interval_choices(offered[slug]))
        try:
            days: int | None = int(text)
        except ValueError:
            days = None
        if days not in allowed:
            words = ", ".join(allowed.values())
            raise IntervalInvalid(
                gettext("Choose how often the %(name)s comes due from the list: %(choices)s.")
                % {"name": offered[slug].name, "choices": words}
            )
        chosen[slug] = days
    with transaction.atomic():
        KeptInstrument.objects.for_owner(owner).exclude(slug__in=slugs).delete()
        for slug in dict.fromkeys(slugs):
            kept, created = KeptInstrument.objects.get_or_create(
                owner=owner,
                slug=slug,
                defaults={"interval_days": chosen.get(slug, offered[slug].interval_days)},
            )
            if not created and slug in chosen and kept.interval_days != chosen[slug]:
                kept.interval_days = chosen[slug]
                kept.save(update_fields=["interval_days"])


def _as_text(answers: dict[str, Decimal]) -> dict[str, str]:
    return {key: format(value.normalize(), "f") for key, value in answers.items()}


def response_pause(*, owner: User, known: Instrument, raw: dict) -> QuestionnaireResponse:
    """Save the answers given so far as the instrument's one paused draft (each one checked;
    AnswersInvalid saves nothing)."""
    answers = parse_answers(known, raw, complete=False)
    draft = QuestionnaireResponse.objects.for_owner(owner).drafts().filter(slug=known.slug)
    for _attempt in range(2):
        try:
            with transaction.atomic():
                response = draft.select_for_update().first() or QuestionnaireResponse(
                    owner=owner, slug=known.slug
                )
                response.version = known.version
                response.answers = _as_text(answers)
                response.save()
            return response
        except IntegrityError:
            # A request running beside this one made the draft first: update that one.
            continue
    raise RuntimeError("The paused answers could not be saved.")


def response_submit(
    *, owner: User, known: Instrument, raw: dict, token: uuid.UUID | None
) -> QuestionnaireResponse:
    """Score complete answers and save them as a completed response (the paused draft, if
    any, becomes it). AnswersInvalid or AlreadySubmitted (the same token seen before) save
    nothing."""
    responses = QuestionnaireResponse.objects.for_owner(owner)
    if token is not None:
        earlier = responses.filter(idempotency_key=token).first()
        if earlier is not None:
            raise AlreadySubmitted(earlier)
    answers = parse_answers(known, raw, complete=True)
    result = score(known, answers)
    try:
        with transaction.atomic():
            draft = responses.drafts().filter(slug=known.slug).select_for_update().first()
            response = draft or QuestionnaireResponse(owner=owner, slug=known.slug)
            response.version = known.version
            response.status = QuestionnaireResponse.Status.COMPLETED
            response.answers = _as_text(answers)
            response.total = result.total
            response.band = result.band
            response.subscales = _as_text(result.subscales)
            response.completed_at = timezone.now()
            response.idempotency_key = token
            response.save()
    except IntegrityError:
        # The same token saved a moment ago by a request running beside this one.
        earlier = responses.filter(idempotency_key=token).first() if token else None
        if earlier is None:
            raise
        raise AlreadySubmitted(earlier) from None
    return response


@dataclass(frozen=True)
class Result:
    response: QuestionnaireResponse
    instrument: Instrument
    change: Change | None


def response_result(
    response: QuestionnaireResponse,
    tz: datetime.tzinfo,
    *,
    completed: list[QuestionnaireResponse] | None = None,
) -> Result:
    """A completed response with the change since the owner's completion before it: found
    in `completed` (all the owner's completed responses, completed_responses()) when given,
    otherwise read."""
    known = instruments()[response.slug]
    if completed is None:
        earlier = (
            QuestionnaireResponse.objects.filter(owner_id=response.owner_id, slug=response.slug)
            .completed()
            .filter(completed_at__lt=response.completed_at)
            .first()
        )
    else:
        earlier = _latest_before(completed, response)
    moved = None
    if earlier is not None and earlier.total is not None and response.total is not None:
        moved = change(
            known,
            earlier=earlier.total.normalize(),
            earlier_on=timezone.localdate(earlier.completed_at, tz),
            now=response.total.normalize(),
        )
    return Result(response=response, instrument=known, change=moved)


def _latest_before(
    completed: list[QuestionnaireResponse], response: QuestionnaireResponse
) -> QuestionnaireResponse | None:
    """The newest of `completed` of the same instrument completed before `response`, as
    QuestionnaireResponseQuerySet.completed() orders them (the highest id among equals)."""
    assert response.completed_at is not None
    earlier = [
        each
        for each in completed
        if each.slug == response.slug
        and each.completed_at is not None
        and each.completed_at < response.completed_at
    ]
    return max(earlier, key=lambda each: (each.completed_at, each.pk), default=None)


def completed_responses(patient: User) -> list[QuestionnaireResponse]:
    """All the patient's completed responses, oldest first (one query): what
    timeline_markers and report_lines read, so a page that shows both reads them once."""
    return list(
        QuestionnaireResponse.objects.for_owner(patient).completed().order_by("completed_at", "pk")
    )


@dataclass(frozen=True)
class Due:
    instrument: Instrument
    due_on: datetime.date
    last_completed: datetime.datetime | None

    @property
    def never_done(self) -> bool:
        return self.last_completed is None


def questionnaires_due(
    user: User, today: datetime.date, *, conditions: Iterable[tuple[str, str]] | None = None
) -> list[Due]:
    """The kept, still-offered instruments due on or before `today`: never completed, or
    last completed at least their interval ago (in `user`'s time zone). The kept ones with
    their last completions in one query; `conditions` as offered_instruments takes them."""
    offered = {each.slug: each for each in offered_instruments(user, conditions=conditions)}
    if not getattr(user, "is_authenticated", False):
        return []
    due = []
    for slug, interval_days, last_completed in _KEPT_INSTRUMENTS.rows(owner_id=user.pk):
        if slug not in offered:
            continue
        last = read_moment(last_completed)
        if last is None:
            due.append(Due(offered[slug], today, None))
            continue
        due_on = timezone.localdate(last, user.tzinfo) + datetime.timedelta(days=interval_days)
        if due_on <= today:
            due.append(Due(offered[slug], due_on, last))
    return due


def _kept_instrument_rows(*, owner_id: int) -> models.QuerySet:
    """The patient's kept instruments (slug, interval in days) each with its last completion."""
    last_completed = (
        QuestionnaireResponse.objects.filter(owner_id=owner_id)
        .completed()
        .filter(slug=models.OuterRef("slug"))
        .values("completed_at")[:1]
    )
    return (
        KeptInstrument.objects.filter(owner_id=owner_id)
        .annotate(last_completed=models.Subquery(last_completed))
        .values_list("slug", "interval_days", "last_completed")
    )


# Read on every view of the home page: its SQL made once (config/prepared.py).
_KEPT_INSTRUMENTS = Prepared(_kept_instrument_rows, owner_id=-7301)


def timeline_markers(
    patient: User,
    start: datetime.date,
    end: datetime.date,
    tz: datetime.tzinfo,
    *,
    completed: list[QuestionnaireResponse] | None = None,
) -> list[dict]:
    """One marker line per instrument with completions in start..end (local days, both
    included): each completion's day, score, band and words, oldest first. JSON-ready.
    `completed`: completed_responses(patient), when the caller has read it."""
    lines: dict[str, dict] = {}
    if completed is None:
        completed = completed_responses(patient)
    for response in completed:
        day = timezone.localdate(response.completed_at, tz)
        known = instruments().get(response.slug)
        if not (start <= day <= end) or known is None or response.total is None:
            continue
        total = response.total.normalize()
        line = lines.setdefault(known.slug, {"slug": known.slug, "name": known.name, "points": []})
        line["points"].append(
            {
                "day": day.isoformat(),
                "score": float(total),
                "band": response.band,
                "text": gettext("%(name)s on %(day)s: %(score)s, %(band)s")
                % {
                    "name": known.name,
                    "day": short_day_words(day),
                    "score": number_words(float(total)),
                    "band": response.band,
                },
            }
        )
    order = list(instruments())
    return sorted(lines.values(), key=lambda line: order.index(line["slug"]))


def timeline_markers_summary(lines: list[dict]) -> str:
    """The marker lines in words, the chart's text twin: "" when there are none."""
    texts = [point["text"] for line in lines for point in line["points"]]
    if not texts:
        return ""
    return gettext(
        "Questionnaires in this period (diamonds at the top of the chart): %(questionnaires)s."
    ) % {"questionnaires": "; ".join(texts)}


@dataclass(frozen=True)
class ReportLine:
    """One instrument in the report: its latest completion in the period in words, the change
    since the completion before it, how many completions the period holds, and the days a
    PHQ-9 answer on thoughts of self-harm was above zero."""

    name: str
    completions: int
    latest: str
    change: str
    safety_days: list[datetime.date]
    safety: str  # the days above in words, for a clinician reading the report


def report_lines(
    patient: User,
    start: datetime.date,
    end: datetime.date,
    *,
    patient_name: str | None = None,
    completed: list[QuestionnaireResponse] | None = None,
) -> list[ReportLine]:
    """The report's questionnaire results for start..end (local days, both included), in the
    second person for the patient or, given their name, the third for a clinician; from
    `completed` (completed_responses(patient)) when the caller has read it, in one query
    otherwise."""
    tz = patient.tzinfo
    by_slug: dict[str, list[QuestionnaireResponse]] = {}
    if completed is None:
        completed = completed_responses(patient)
    for response in completed:
        if start <= timezone.localdate(response.completed_at, tz) <= end:
            by_slug.setdefault(response.slug, []).append(response)
    lines = []
    for slug, known in instruments().items():
        responses = by_slug.get(slug)
        if not responses:
            continue
        latest = responses[-1]
        safety_days = [
            timezone.localdate(response.completed_at, tz)
            for response in responses
            if response.needs_urgent_help and response.completed_at
        ]
        result = response_result(latest, tz, completed=completed)
        assert latest.total is not None and latest.completed_at is not None
        lines.append(
            ReportLine(
                name=known.name,
                completions=len(responses),
                latest=score_summary(
                    known,
                    Score(total=latest.total.normalize(), band=latest.band),
                    timezone.localdate(latest.completed_at, tz),
                    patient_name=patient_name,
                ),
                change=change_summary(known, result.change, patient_name=patient_name),
                safety_days=safety_days,
                safety=urgent_answer_words(safety_days, patient_name=patient_name),
            )
        )
    return lines


__all__ = [
    "INTERVALS",
    "AlreadySubmitted",
    "AnswersInvalid",
    "completed_responses",
    "IntervalInvalid",
    "NotOffered",
    "interval_choices",
    "interval_words",
    "kept_update",
    "offered_instrument",
    "offered_instruments",
    "questionnaires_due",
    "report_lines",
    "response_pause",
    "response_result",
    "response_submit",
    "site_instruments",
    "timeline_markers",
    "timeline_markers_summary",
]
