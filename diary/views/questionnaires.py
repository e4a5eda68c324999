"""Questionnaires (/diary/questionnaires/): the ones offered to the patient, which they keep
and which are due; answering one (pause and resume, or submit); a completed response's page
with its score, band, date and change since the last time.

Wherever a response's PHQ-9 item 9 is above zero, the urgent-help information shows first,
before any score: on the answering page at once (static/js/questionnaire.js, and from the
server for paused answers), and on every later view of the response.
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, gettext_lazy
from django.views.decorators.http import require_http_methods

from accounts.decorators import AuthenticatedRequest, patient_required
from diary.instruments import Instrument
from diary.instruments.scoring import Score, change_summary, mid_words, score_summary
from diary.models import KeptInstrument, QuestionnaireResponse
from diary.questionnaires import (
    AlreadySubmitted,
    AnswersInvalid,
    IntervalInvalid,
    NotOffered,
    interval_choices,
    interval_words,
    kept_update,
    offered_instrument,
    offered_instruments,
    questionnaires_due,
    response_pause,
    response_result,
    response_submit,
    site_instruments,
)

# Shown when the operator has not set OVERLAP_URGENT_HELP_LINES.
DEFAULT_URGENT_HELP_LINES = [
    gettext_lazy(
        "In an emergency, or if you might act on these thoughts: your local emergency number "
        "(112 from any mobile phone in Europe and many other countries, 911 in North America, "
        "999 in the UK)"
    ),
    gettext_lazy(
        "To talk to someone now, free and in confidence: a crisis line in your country, listed "
        "at findahelpline.com"
    ),
]


def urgent_help_lines() -> list[str]:
    return [str(line) for line in settings.URGENT_HELP_LINES or DEFAULT_URGENT_HELP_LINES]


@patient_required
@require_http_methods(["GET", "POST"])
def questionnaire_list(request: AuthenticatedRequest) -> HttpResponse:
    """The questionnaires offered to the patient: which to keep, which are due, what they
    answered before."""
    user = request.user
    offered = offered_instruments(user)
    if request.method == "POST":
        intervals = {
            each.slug: request.POST[f"interval-{each.slug}"]
            for each in offered
            if f"interval-{each.slug}" in request.POST
        }
        try:
            kept_update(owner=user, slugs=request.POST.getlist("keep"), intervals=intervals)
        except (NotOffered, IntervalInvalid) as refused:
            messages.error(request, refused.reason)
        else:
            messages.success(request, gettext("Your choice of questionnaires is saved."))
            return redirect("diary:questionnaire-list")
    today = timezone.localdate(timezone.now(), user.tzinfo)
    kept = dict(KeptInstrument.objects.for_owner(user).values_list("slug", "interval_days"))
    drafts = set(
        QuestionnaireResponse.objects.for_owner(user).drafts().values_list("slug", flat=True)
    )
    return render(
        request,
        "diary/questionnaires/list.html",
        {
            "rows": [
                {
                    "instrument": each,
                    "kept": each.slug in kept,
                    "paused": each.slug in drafts,
                    "interval": kept.get(each.slug, each.interval_days),
                    "interval_words": interval_words(kept.get(each.slug, each.interval_days)),
                    "intervals": interval_choices(each),
                }
                for each in offered
            ],
            "due": questionnaires_due(user, today),
            "completed": QuestionnaireResponse.objects.for_owner(user).completed()[:50],
            "names": {each.slug: each.name for each in offered},
        },
    )


def _rows(known: Instrument, answers: dict, errors: dict[str, str]) -> list[dict]:
    """Each item with its choices and the answer given so far, for the template."""
    rows = []
    for position, item in enumerate(known.items, start=1):
        given = answers.get(item.id)
        given_text = "" if given is None else str(given).strip()
        if item.type == "choice":
            choices = [(_text(option.value), option.text) for option in item.options]
        elif item.high - item.low <= 10 and item.step == 1:
            # A 0-10 scale: a row of tap targets, not a number box.
            choices = [(_text(value), _text(value)) for value in item.values]
        else:
            choices = []
        rows.append(
            {
                "item": item,
                "position": position,
                "choices": choices,
                "given": _normal(given_text),
                "error": errors.get(item.id, ""),
                "safety": item.id == known.safety_item,
            }
        )
    return rows


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _normal(text: str) -> str:
    """An answer as the choices spell it ("2.0" -> "2"), or as given when not a number."""
    try:
        return _text(Decimal(text))
    except ArithmeticError:
        return text


@patient_required
@require_http_methods(["GET", "POST"])
def questionnaire_answer(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    """Answer one questionnaire: "pause" saves the answers given so far, "submit" scores a
    complete form. Bad answers show the form again with each problem; nothing is saved."""
    user = request.user
    try:
        known = offered_instrument(user, slug)
    except NotOffered as refused:
        return render(
            request, "diary/questionnaires/not_offered.html", {"reason": refused.reason}, status=404
        )
    draft = QuestionnaireResponse.objects.for_owner(user).drafts().filter(slug=slug).first()
    answers: dict = dict(draft.answers) if draft else {}
    errors: dict[str, str] = {}
    token = str(uuid.uuid4())
    if request.method == "POST":
        raw = {item.id: request.POST.get(f"item-{item.id}", "") for item in known.items}
        token = request.POST.get("form_token", "")
        try:
            if request.POST.get("action") == "pause":
                response_pause(owner=user, known=known, raw=raw)
                messages.success(
                    request,
                    gettext("Your answers to the %(name)s are saved. Carry on whenever you like.")
                    % {"name": known.name},
                )
                return redirect("diary:questionnaire-list")
            response = response_submit(owner=user, known=known, raw=raw, token=_uuid(token))
        except AnswersInvalid as invalid:
            answers, errors = raw, invalid.errors
        except AlreadySubmitted as repeated:
            messages.info(
                request,
                gettext(
                    "This %(name)s was already submitted; nothing new was saved. Here is what "
                    "you sent."
                )
                % {"name": known.name},
            )
            return redirect(repeated.response)
        else:
            messages.success(request, gettext("Your %(name)s is saved.") % {"name": known.name})
            return redirect(response)
    rows = _rows(known, answers, errors)
    safety_row = next((row for row in rows if row["safety"]), None)
    return render(
        request,
        "diary/questionnaires/answer.html",
        {
            "instrument": known,
            "rows": rows,
            "errors": errors,
            "form_token": token,
            "resumed": draft is not None and request.method == "GET",
            "show_urgent_help": bool(safety_row and safety_row["given"] not in ("", "0")),
            "urgent_help_lines": urgent_help_lines(),
        },
    )


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


@patient_required
@require_http_methods(["GET"])
def questionnaire_response(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A completed response: the urgent-help information first where it applies, then the
    score, its band, the date and the change since the completion before."""
    user = request.user
    response = get_object_or_404(QuestionnaireResponse.objects.for_owner(user).completed(), pk=pk)
    result = response_result(response, user.tzinfo)
    known = result.instrument
    completed_on = timezone.localdate(response.completed_at, user.tzinfo)
    scored = Score(total=response.total.normalize(), band=response.band)
    return render(
        request,
        "diary/questionnaires/response.html",
        {
            "response": response,
            "instrument": known,
            "completed_on": completed_on,
            "score_text": _with_english_words(
                lambda keep: score_summary(known, scored, completed_on, keep=keep)
            ),
            "change_text": change_summary(known, result.change),
            "mid_text": mid_words(known),
            "subscales": {
                name: Decimal(value).normalize() for name, value in response.subscales.items()
            },
            "answered": _answered(response),
            "show_urgent_help": response.needs_urgent_help,
            "urgent_help_lines": urgent_help_lines(),
        },
    )


# Around the instrument's own words inside a sentence, while the sentence is built.
_EN_START, _EN_END = "\x02", "\x03"


def _with_english_words(write) -> str:
    """A sentence `write(keep)` makes, where the instrument's own words (passed through
    keep) stay English: in a page in another language they are marked lang="en", for
    screen readers to say them in English."""
    if get_language() == "en":
        return write(lambda text: text)
    text = escape(write(lambda text: f"{_EN_START}{text}{_EN_END}"))
    # Escaped just above: only the two control characters become markup.
    return mark_safe(text.replace(_EN_START, '<span lang="en">').replace(_EN_END, "</span>"))  # noqa: S308


def _answered(response: QuestionnaireResponse) -> list[tuple[int, str, str]]:
    """Each answer with its question's and its answer's words where this site may show
    them (a scoring-only instrument without the operator's wording shows numbers only)."""
    shown = {each.slug: each for each in site_instruments()}.get(response.slug)
    known = shown or response.instrument
    rows = []
    for position, item in enumerate(known.items if known else [], start=1):
        value = response.answers.get(item.id, "")
        words = next((option.text for option in item.options if _text(option.value) == value), "")
        answer = f"{words} ({value})" if words else f"{value} {item.unit}".strip()
        rows.append((position, item.text if shown else "", answer))
    return rows
