"""Questionnaires on pages other views own, so those views need no change: the due ones
on the home page (templates/diary/questionnaires/home_due.html) and the results in the
report (report_results.html). The rules live in diary.questionnaires."""

from django import template
from django.utils import timezone

from diary.questionnaires import Due, ReportLine, questionnaires_due, report_lines

register = template.Library()


@register.simple_tag(takes_context=True)
def questionnaires_due_now(context: template.Context) -> list[Due]:
    user = context["request"].user
    if not (user.is_authenticated and user.is_patient):
        return []
    # The conditions on the profile, when the view read them with the diary.
    return questionnaires_due(
        user,
        timezone.localdate(timezone.now(), user.tzinfo),
        conditions=context.get("profile_conditions"),
    )


@register.simple_tag(takes_context=True)
def questionnaire_report_lines(context: template.Context) -> list[ReportLine]:
    """The report's patient and period (its own context): in the third person when a
    clinician reads it through a share. From the completed responses the view read
    (`questionnaire_responses`), when it did."""
    patient = context["patient"]
    name = str(patient) if context.get("clinic_share") else None
    return report_lines(
        patient,
        context["start"],
        context["end"],
        patient_name=name,
        completed=context.get("questionnaire_responses"),
    )


@register.simple_tag
def urgent_help_contacts() -> list[str]:
    """Where to get urgent help: the operator's numbers, or the international default."""
    from diary.views.questionnaires import urgent_help_lines

    return urgent_help_lines()
