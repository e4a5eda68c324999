"""The patient's medication list and the doses they log, one by one or with one tap
during an attack."""

from django.contrib import messages
from django.db import IntegrityError, models
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.decorators import AuthenticatedRequest, patient_required
from diary import insights, services
from diary.forms import DoseForm, MedicationForm
from diary.loading import vessel_reasons
from diary.models import RELIEF_ANSWERS, Medication, MedicationDose, MigraineAttack
from diary.views.entries import confirm_delete, posted


@patient_required
def medication_list(request: AuthenticatedRequest) -> HttpResponse:
    medications = Medication.objects.for_owner(request.user).annotate(
        dose_count=models.Count("doses"), first_dose=models.Min("doses__taken_at")
    )
    # From the one-tap prompt on the home page, the new medicine is meant for attacks.
    one_tap = request.GET.get("one_tap") == "1"
    form = MedicationForm(
        posted(request), owner=request.user, initial={"usual_for_attacks": True} if one_tap else {}
    )
    if form.is_valid():
        try:
            medication, created = services.entry_save_once(
                form=form, owner=request.user, token=form.cleaned_data["form_token"]
            )
        except IntegrityError:
            form.add_error("name", _("You already have a medication with this name."))
        else:
            if created:
                messages.success(
                    request,
                    _("%(medicine)s is added to your list.") % {"medicine": medication.name},
                )
                _catalogue_notes(request, form, medication)
            return redirect("diary:medication-list")
    recent_doses = (
        MedicationDose.objects.for_owner(request.user)
        .select_related("medication", "attack")
        .order_by("-taken_at")[:10]
    )
    return render(
        request,
        "diary/medication_list.html",
        {"medications": medications, "form": form, "recent_doses": recent_doses},
    )


@patient_required
def medication_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    medication = get_object_or_404(Medication.objects.for_owner(request.user), pk=pk)
    form = MedicationForm(posted(request), instance=medication, owner=request.user)
    if form.is_valid():
        try:
            services.entry_update(form=form)
        except IntegrityError:
            form.add_error("name", _("You already have a medication with this name."))
        else:
            messages.success(request, _("%(medicine)s is updated.") % {"medicine": medication.name})
            _catalogue_notes(request, form, medication)
            return redirect("diary:medication-list")
    return render(request, "diary/medication_form.html", {"form": form, "medication": medication})


def _catalogue_notes(
    request: AuthenticatedRequest, form: MedicationForm, medication: Medication
) -> None:
    """Say when the catalogue changed the kind the patient chose: the kind decides the
    triptan caution and what counts towards medication overuse."""
    if form.kind_from_catalogue is not None:
        messages.info(
            request,
            _(
                'Overlap\'s medicine list knows %(medicine)s as "%(kind)s", so it is saved '
                "as that kind."
            )
            % {"medicine": medication.name, "kind": medication.get_category_display()},
        )


@patient_required
def medication_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    medication = get_object_or_404(Medication.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        medication.delete()
        messages.success(
            request, _("%(medicine)s and its doses are deleted.") % {"medicine": medication.name}
        )
        return redirect("diary:medication-list")
    dose_count = medication.doses.count()
    return confirm_delete(
        request,
        entry=medication,
        cancel_url=reverse("diary:medication-list"),
        consequence=ngettext(
            "This also deletes the %(count)s dose you logged of it.",
            "This also deletes the %(count)s doses you logged of it.",
            dose_count,
        )
        % {"count": dose_count}
        if dose_count
        else "",
    )


@patient_required
def dose_create(request: AuthenticatedRequest) -> HttpResponse:
    """Log a dose. With quick=1, the one tap during an attack: now, for the ongoing attack,
    the usual amount."""
    quick = request.method == "POST" and request.POST.get("quick") == "1"
    if request.method == "POST":
        form = DoseForm(_quick_dose_data(request) if quick else request.POST, owner=request.user)
    else:
        chosen = request.GET.get("medication", "")
        initial = {"medication": chosen} if chosen.isdigit() else {}
        form = DoseForm(owner=request.user, initial=initial)
    if form.is_valid():
        dose, created = services.entry_save_once(
            form=form, owner=request.user, token=form.cleaned_data["form_token"]
        )
        if created:
            messages.success(
                request,
                _("%(medicine)s logged at %(time)s.")
                % {
                    "medicine": dose.medication.name,
                    "time": f"{timezone.localtime(dose.taken_at):%H:%M}",
                },
            )
            _triptan_caution(request, dose)
        return redirect("home" if quick else (dose.attack or "diary:medication-list"))
    return render(request, "diary/dose_form.html", {"form": form})


def _quick_dose_data(request: AuthenticatedRequest) -> dict:
    user = request.user
    medication = (
        Medication.objects.for_owner(user).filter(pk=request.POST.get("medication")).first()
        if request.POST.get("medication", "").isdigit() and len(request.POST["medication"]) < 19
        else None
    )
    ongoing = MigraineAttack.objects.for_owner(user).ongoing().first()
    return {
        "medication": request.POST.get("medication", ""),
        "taken_at": timezone.now(),
        "amount": medication.usual_amount if medication else "",
        "attack": ongoing.pk if ongoing else "",
        "relief": "",
        "form_token": request.POST.get("form_token", ""),
    }


def _triptan_caution(request: AuthenticatedRequest, dose: MedicationDose) -> None:
    """A calm note naming its reasons, never a block: triptans and ergots act on blood
    vessels (CLINICAL.md, triptan caution)."""
    if dose.medication.category not in insights.VESSEL_NARROWING_CATEGORIES:
        return
    reasons = vessel_reasons(request.user)
    if not reasons:
        return
    messages.info(
        request,
        format_html(
            '{} <a href="{}">{}</a>.',
            insights.vessel_caution_text(reasons),
            reverse("education:page-detail", args=[insights.MEDICATION_EDUCATION_SLUG]),
            _("Read about medication caution"),
        ),
    )


@patient_required
def dose_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    dose = get_object_or_404(
        MedicationDose.objects.for_owner(request.user).select_related("medication"), pk=pk
    )
    form = DoseForm(posted(request), instance=dose, owner=request.user)
    if form.is_valid():
        services.entry_update(form=form)
        messages.success(request, _("The dose is updated."))
        return redirect(dose.attack or "diary:medication-list")
    return render(request, "diary/dose_form.html", {"form": form, "dose": dose})


@patient_required
def dose_relief(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The home page's "Did it help?": one tap answers it (no, a little, a lot, fully) or
    stops the question for this dose."""
    dose = get_object_or_404(
        MedicationDose.objects.for_owner(request.user).select_related("medication"), pk=pk
    )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    answer = request.POST.get("answer", "")
    answers = {relief.value: label for relief, label in RELIEF_ANSWERS}
    if answer == "dismiss":
        dose.dismiss_relief()
        messages.info(
            request,
            _("You will not be asked about %(medicine)s again.")
            % {"medicine": dose.medication.name},
        )
    elif answer in answers:
        dose.answer_relief(answer)
        messages.success(
            request,
            _("Saved for %(medicine)s at %(time)s: %(answer)s.")
            % {
                "medicine": dose.medication.name,
                "time": f"{timezone.localtime(dose.taken_at):%H:%M}",
                "answer": dose.get_relief_display().lower(),
            },
        )
    else:
        messages.error(request, _("Nothing was saved: choose one of the answers."))
    return redirect("home")


@patient_required
def dose_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    dose = get_object_or_404(
        MedicationDose.objects.for_owner(request.user).select_related("medication"), pk=pk
    )
    if request.method == "POST":
        dose.delete()
        messages.success(request, _("The dose is deleted."))
        return redirect("diary:medication-list")
    return confirm_delete(request, entry=dose, cancel_url=reverse("diary:medication-list"))
