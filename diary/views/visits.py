"""Appointments and their visit packs: the patient records an appointment (date and
specialty) and gets a printable pack for the period since the previous one, with questions
drafted from the diary that they edit, reorder or remove. `visit_pack_context` also serves
the clinic's read-only copy (clinic/views.py)."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, ngettext, pgettext_lazy

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import ALL_SECTIONS, Section, User
from diary import insights
from diary.insights import response, visit
from diary.loading import load_diary_and_profile
from diary.models import (
    Appointment,
    Flare,
    KeptInstrument,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Specialty,
)
from diary.models.appointments import QUESTION_MAX_CHARS, QUESTIONS_MAX
from diary.models.base import as_utc_bounds, validate_no_control_characters
from diary.sections import alert_shown, shown
from diary.views.entries import posted
from diary.views.questionnaires import urgent_help_lines
from education.condition_names import condition_name

FAR_AHEAD_DAYS = 730


class AppointmentForm(forms.ModelForm):
    class Meta:
        model = Appointment
        fields = ["day", "specialty"]
        widgets = {
            "day": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "specialty": forms.RadioSelect,
        }
        labels = {"specialty": pgettext_lazy("who an appointment is with", "Specialty")}
        error_messages = {
            "day": {
                "invalid": gettext_lazy(
                    "Enter the date of the appointment, for example 2026-12-24."
                ),
                "required": gettext_lazy("Enter the date of the appointment."),
            },
            "specialty": {"required": gettext_lazy("Choose who the appointment is with.")},
        }

    def __init__(self, *args, today: datetime.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_day(self) -> datetime.date:
        day = self.cleaned_data["day"]
        if (
            not self.today - datetime.timedelta(FAR_AHEAD_DAYS)
            <= day
            <= self.today + (datetime.timedelta(FAR_AHEAD_DAYS))
        ):
            raise forms.ValidationError(gettext("Enter a date within two years of today."))
        return day


@patient_required
def appointment_list(request: AuthenticatedRequest) -> HttpResponse:
    """The patient's appointments, newest first, and a form to add one."""
    today = timezone.localdate(timezone.now(), request.user.tzinfo)
    form = AppointmentForm(posted(request), today=today)
    if form.is_valid():
        form.instance.owner = request.user
        appointment = form.save()
        messages.success(request, gettext("The appointment is saved. Here is its visit pack."))
        return redirect("diary:appointment-pack", pk=appointment.pk)
    appointments = Appointment.objects.for_owner(request.user)
    return render(
        request, "diary/appointment_list.html", {"form": form, "appointments": appointments}
    )


@patient_required
def appointment_pack(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The visit pack; POST saves the patient's questions (edited, moved or removed)."""
    appointment = get_object_or_404(
        with_previous_day(Appointment.objects.for_owner(request.user)), pk=pk
    )
    context = visit_pack_context(request.user, appointment)
    if appointment.questions is None:
        # Drafted once, on the first look: from then on the list is the patient's.
        drafted = Appointment.objects.filter(pk=appointment.pk, questions__isnull=True).update(
            questions=context["drafted"]
        )
        if drafted:
            appointment.questions = list(context["drafted"])
        else:  # another request drafted them first: show what it saved
            appointment.refresh_from_db(fields=["questions"])
    if request.method == "POST":
        questions, error = _questions_from(request.POST)
        if error:
            messages.error(request, error)
        else:
            Appointment.objects.filter(pk=appointment.pk).update(questions=questions)
            messages.success(request, gettext("Your questions are saved."))
            return redirect("diary:appointment-pack", pk=appointment.pk)
    return render(
        request,
        "diary/visit_pack.html",
        {**context, "appointment": appointment, "questions": appointment.questions or []},
    )


@patient_required
def appointment_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    appointment = get_object_or_404(Appointment.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        appointment.delete()
        messages.success(request, gettext("The appointment is deleted."))
        return redirect("diary:appointment-list")
    return render(
        request,
        "diary/confirm_delete.html",
        {
            "entry": appointment,
            "consequence": gettext(
                "Its visit pack and your questions for it go with it; your diary stays as it is."
            ),
            "cancel_url": reverse("diary:appointment-pack", args=[appointment.pk]),
        },
    )


def _questions_from(data) -> tuple[list[str], str]:
    """The questions as posted, in order: blanks dropped, one moved up or down when a
    "move" button was pressed. An error message instead when they are too many or long."""
    questions = [" ".join(text.split()) for text in data.getlist("question")]
    questions = [text for text in questions if text]
    if len(questions) > QUESTIONS_MAX:
        return [], ngettext(
            "Keep it to %(count)s question; nothing was saved.",
            "Keep it to %(count)s questions; nothing was saved.",
            QUESTIONS_MAX,
        ) % {"count": QUESTIONS_MAX}
    if any(len(text) > QUESTION_MAX_CHARS for text in questions):
        return [], ngettext(
            "Keep each question under %(count)s character; nothing was saved.",
            "Keep each question under %(count)s characters; nothing was saved.",
            QUESTION_MAX_CHARS,
        ) % {"count": QUESTION_MAX_CHARS}
    for text in questions:
        try:
            validate_no_control_characters(text)
        except ValidationError as error:
            return [], gettext("%(error)s Nothing was saved.") % {"error": error.messages[0]}
    move = data.get("move", "")
    position, _, direction = move.partition(":")
    if position.isdigit() and direction in ("up", "down"):
        index = int(position)
        other = index - 1 if direction == "up" else index + 1
        if 0 <= index < len(questions) and 0 <= other < len(questions):
            questions[index], questions[other] = questions[other], questions[index]
    return questions, ""


def visit_pack_context(
    patient: User,
    appointment: Appointment,
    *,
    for_clinician: bool = False,
    sections: frozenset[str] = ALL_SECTIONS,
) -> dict:
    """Everything the pack shows, for the patient or (for_clinician) a clinician, of
    `sections` only: the records of the others are not read (diary.sections)."""
    tz = patient.tzinfo
    now = timezone.now()
    today = timezone.localdate(now, tz)
    migraine = Section.MIGRAINE in sections
    medicines = Section.MEDICINES in sections
    previous: datetime.date | None
    if hasattr(appointment, "previous_day"):  # read with it (with_previous_day)
        previous = appointment.previous_day
    else:
        previous = (
            _previous_appointments(Appointment.objects.for_owner(patient), appointment.day)
            .values_list("day", flat=True)
            .first()
        )
    start, end = visit.pack_period(appointment.day, previous, today=today)
    lower, upper = as_utc_bounds(start, end, tz)
    # The profile for the triptan caution's reasons in the patient's drafted questions.
    diary, _, profile = load_diary_and_profile(
        patient, tz=tz, sections=sections, profile=not for_clinician
    )
    attacks = (
        [
            visit.AttackFacts(*row)
            for row in MigraineAttack.objects.for_owner(patient)
            .filter(started_at__gte=lower, started_at__lt=upper)
            .values_list("started_at", "ended_at", "attack_type", "aura", "disability")
        ]
        if migraine
        else []
    )
    attacks = [attack._replace(is_migraine=attack.is_migraine == "migraine") for attack in attacks]
    doses = (
        [
            visit.DoseFacts(*row)
            for row in MedicationDose.objects.for_owner(patient)
            .filter(taken_at__gte=lower, taken_at__lt=upper)
            .values_list(
                "medication__name",
                "medication__category",
                "medication__purpose",
                "taken_at",
                "relief",
            )
        ]
        if medicines
        else []
    )
    flares = (
        [
            visit.FlareFacts(condition_name(name), *rest)
            for name, *rest in Flare.objects.for_owner(patient)
            .filter(started_on__lte=end)
            .exclude(ended_on__lt=start)
            .values_list("condition__name", "started_on", "ended_on", "severity")
        ]
        if Section.FLARES in sections
        else []
    )
    medicine_list = (
        list(
            Medication.objects.for_owner(patient)
            .annotate(first_dose=Min("doses__taken_at"))
            .order_by("name")
            .values_list("name", "purpose", "started_on", "first_dose")
        )
        if medicines
        else []
    )
    # Started on the day the patient gave, or else on the day of the first logged dose.
    started = response.preventives_from(
        [
            (medicine, started_on, first)
            for medicine, purpose, started_on, first in medicine_list
            if purpose == Medication.Purpose.PREVENTIVE
        ],
        tz=tz,
    )
    known = [preventive for _, preventive in started if preventive is not None]
    preventives = [(preventive.name, preventive.started_on) for preventive in known]
    audience = insights.CLINICIAN if for_clinician else insights.PATIENT
    # A clinician reads about the patient by name, or by address when they gave none, as
    # the clinic's list and report name them: words every language can put in a sentence.
    name = str(patient)
    alerts = [
        alert
        for alert in insights.current_alerts(
            diary, today=today, now=now, audience=audience, name=name
        )
        if alert_shown(alert.kind, sections)
    ]
    flare_figures = visit.flare_figures(flares, start=start, end=end)
    joint_nsaid_days = visit.medicine_days(
        [dose for dose in doses if dose.purpose != Medication.Purpose.ACUTE],
        {"nsaid"},
        tz=tz,
        start=start,
        end=end,
    )
    patient_name = name if for_clinician else None
    questionnaires = _questionnaire_lines(
        patient, appointment, start=start, end=end, patient_name=patient_name
    )
    linkage = insights.flare_linkage(diary, start=start, end=end, today=today, now=now)
    covered = insights.covered_days(diary, start=start, end=end, today=today)
    neurology = appointment.specialty != Specialty.RHEUMATOLOGY
    # Why an NSAID for the joints counts towards overuse, said once on the pack: in an alert,
    # else in the note under the medicine days (where the pack shows it), else beside the
    # NSAID days that were not for an attack.
    joints_in_alerts = any(alert.explains_joints for alert in alerts)
    medicine_days = visit.medicine_day_figures(
        diary, start=start, end=end, patient_name=patient_name, joints_explained=joints_in_alerts
    )
    joints_said = joints_in_alerts or (
        medicine_days.says_joints and neurology and Section.MEDICINES in sections
    )
    return {
        "patient": patient,
        "for_clinician": for_clinician,
        "shown": shown(sections),
        "start": start,
        "end": end,
        "period_words": visit.period_words(start, end),
        "covered_days": covered,
        "period_days": (end - start).days + 1,
        "attacks": visit.attack_figures(attacks, now=now),
        "attack_sentence": visit.attack_sentence(
            visit.attack_figures(attacks, now=now), patient_name=patient_name
        ),
        "class_days": [
            visit.class_days_sentence(row)
            for row in visit.class_days(diary, start=start, end=end, today=today)
        ],
        "medicine_days": medicine_days,
        "relief": visit.relief_rows(doses),
        "preventives": [
            (preventive.name, response.started_words(preventive, audience=audience))
            for preventive in known
        ],
        "responses": [
            response.response_summary(
                response.within(result, start=start, end=end), audience=audience, name=name
            )
            for result in response.treatment_responses(diary, known, today=today, now=now)
            if result.preventive.started_on <= end
        ],
        "responses_undated": response.undated_words(
            [medicine for medicine, preventive in started if preventive is None],
            audience=audience,
            name=name,
        ),
        "flares": flare_figures,
        "nsaid_days": visit.medicine_days(doses, {"nsaid"}, tz=tz, start=start, end=end),
        "steroid_days": visit.medicine_days(doses, {"corticosteroid"}, tz=tz, start=start, end=end),
        "joint_nsaid_days": joint_nsaid_days,
        "joint_nsaid_note": ""
        if joints_said
        else insights.joints_sentence(audience=audience, name=patient_name or ""),
        "autoimmune_medicines": [
            (
                medicine,
                started_on,
                first and timezone.localtime(first, tz).date() if started_on is None else None,
            )
            for medicine, purpose, started_on, first in medicine_list
            if purpose == Medication.Purpose.DISEASE_MODIFYING
        ],
        "alerts": alerts,
        "linkage": insights.linkage_summary(linkage, audience=audience, name=name),
        # Drafted for the patient only: a clinician reads the questions the patient kept.
        "drafted": []
        if for_clinician
        else visit.draft_questions(
            diary,
            specialty=appointment.specialty,
            alerts=alerts,
            preventives=preventives,
            joint_nsaid_days=joint_nsaid_days,
            flares=flare_figures,
            vessel_reasons=profile.vessel_reasons(),
            today=today,
            now=now,
        ),
        "neurology": neurology,
        "rheumatology": appointment.specialty != Specialty.NEUROLOGY,
        "questionnaires": questionnaires,
        # Where to get urgent help, beside the patient's own flagged answers.
        "urgent_help_lines": (
            urgent_help_lines()
            if not for_clinician and any(line.safety for line in questionnaires)
            else []
        ),
    }


def _questionnaire_lines(patient: User, appointment: Appointment, *, start, end, patient_name):
    """The pack's questionnaire scores (one query: the scores, and the instruments kept):
    scores and bands only, never answers; the answers are read only to flag an answer above
    zero on thoughts of self-harm."""
    tz = patient.tzinfo
    upper = as_utc_bounds(start, end, tz)[1]
    scores = (
        QuestionnaireResponse.objects.for_owner(patient)
        .completed()
        .filter(completed_at__lt=upper)
        .order_by()
        .annotate(kept=models.Value(False))
        .values_list("kept", "slug", "total", "band", "completed_at", "pk", "answers")
    )
    kept = (
        KeptInstrument.objects.for_owner(patient)
        .order_by()
        .annotate(
            kept=models.Value(True),
            total=models.Value(None, output_field=models.DecimalField()),
            band=models.Value(None, output_field=models.CharField()),
            completed_at=models.Value(None, output_field=models.DateTimeField()),
            answers=models.Value(None, output_field=models.JSONField()),
        )
        .values_list("kept", "slug", "total", "band", "completed_at", "pk", "answers")
    )
    rows = list(scores.union(kept, all=True))
    # As their own queries ordered them: scores oldest first, the kept by slug.
    completed = sorted((row for row in rows if not row[0]), key=lambda row: (row[4], row[5]))
    return visit.questionnaire_lines(
        sorted(slug for is_kept, slug, *_ in rows if is_kept),
        [
            visit.ScoreFacts(
                slug,
                total.normalize(),
                band,
                timezone.localdate(completed_at, tz),
                urgent=QuestionnaireResponse(slug=slug, answers=answers).needs_urgent_help,
            )
            for _, slug, total, band, completed_at, _, answers in completed
        ],
        start=start,
        end=end,
        specialty=appointment.specialty,
        patient_name=patient_name,
    )


def _previous_appointments(appointments: models.QuerySet, day) -> models.QuerySet:
    return appointments.filter(day__lt=day).order_by("-day")


def with_previous_day(appointments: models.QuerySet) -> models.QuerySet:
    """The appointments, each with the day of the patient's appointment before it (None for
    the first) as `previous_day`: the start of its visit pack's period, in the same query."""
    earlier = _previous_appointments(
        Appointment.objects.filter(owner=models.OuterRef("owner")), models.OuterRef("day")
    )
    return appointments.annotate(previous_day=models.Subquery(earlier.values("day")[:1]))
