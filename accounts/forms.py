import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.models import SECTION_HELP, CareShare, PatientProfile, Section, User, VesselRisk
from config.forms import (
    ConditionMultipleChoiceField,
    refuse_invisible_characters,
    validate_short_text,
)


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth adds e-mail and password."""

    field_order = ["role", "display_name", "email", "password1", "password2"]

    role = forms.ChoiceField(
        label=_("I am signing up as"),
        choices=User.Role.choices,
        initial=User.Role.PATIENT,
        widget=forms.RadioSelect,
        help_text=_("Patients keep a diary. Clinicians see what patients choose to share."),
    )
    display_name = forms.CharField(
        label=_("Name to show (optional)"),
        max_length=80,
        required=False,
        validators=[validate_short_text],
        help_text=_("Only you, and clinicians you share with, see this."),
    )

    def signup(self, request, user: User) -> None:
        # The adapter's save_user has already stored the role and profile.
        pass


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "language", "timezone", "theme"]
        labels = {
            "display_name": _("Name to show"),
            "language": _("Language"),
            "timezone": _("Time zone"),
            "theme": _("Colour theme"),
        }
        help_texts = {
            "language": _("Overlap's pages and the e-mails it sends you are in this language."),
            "timezone": _("Every date and time in Overlap is shown in this zone."),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        refuse_invisible_characters(self, "display_name")


# The facts as the patient ticks them. VesselRisk's own labels stay in English for now: the
# diary's triptan caution reads them after "with" (diary.loading, diary.insights), and is
# translated with the diary.
VESSEL_RISK_CHOICE_LABELS = {
    VesselRisk.CORONARY_HEART_DISEASE: _("Coronary heart disease"),
    VesselRisk.STROKE_OR_TIA: _("A past stroke or TIA (mini-stroke)"),
    VesselRisk.PERIPHERAL_VASCULAR_DISEASE: _("Peripheral vascular disease"),
    VesselRisk.HIGH_BLOOD_PRESSURE: _("High blood pressure"),
    VesselRisk.RAYNAUDS: _("Raynaud's phenomenon"),
    VesselRisk.HEMIPLEGIC_OR_BRAINSTEM_AURA: _("Hemiplegic or brainstem aura"),
}


class VesselRisksMixin(forms.ModelForm):
    """The heart and vessel facts that matter for triptans and ergots (CLINICAL.md), asked
    on the profile and in onboarding alike."""

    vessel_risks = forms.MultipleChoiceField(
        label=_("My heart and blood vessels"),
        choices=[(risk.value, VESSEL_RISK_CHOICE_LABELS[risk]) for risk in VesselRisk],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Triptans and ergots act on blood vessels: if any of these apply to you, Overlap "
            "adds a calm note when you log one."
        ),
    )

    def clean_vessel_risks(self) -> list[str]:
        # Stored in the order of the choices, whatever order the browser sent them in.
        chosen = set(self.cleaned_data["vessel_risks"])
        return [risk.value for risk in VesselRisk if risk.value in chosen]


class PatientProfileForm(VesselRisksMixin):
    class Meta:
        model = PatientProfile
        fields = ["conditions", "vessel_risks", "cycle_tracking", "gluten_questions"]
        labels = {"conditions": _("My conditions")}
        help_texts = {
            "conditions": _("Used to suggest reading and to log flares per condition."),
        }
        widgets = {"conditions": forms.CheckboxSelectMultiple}
        field_classes = {"conditions": ConditionMultipleChoiceField}


class ThemeForm(forms.Form):
    theme = forms.ChoiceField(choices=User.Theme.choices)


class LanguageForm(forms.Form):
    """The language menu on every page (templates/includes/language_menu.html)."""

    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)


# --- Onboarding, one question per screen ----------------------------------------------


class ConditionsForm(VesselRisksMixin):
    class Meta:
        model = PatientProfile
        fields = ["conditions", "vessel_risks"]
        labels = {"conditions": _("Which conditions do you have?")}
        help_texts = {"conditions": _("Tick all that apply. You can change them later.")}
        widgets = {"conditions": forms.CheckboxSelectMultiple}
        field_classes = {"conditions": ConditionMultipleChoiceField}


class TimezoneForm(forms.ModelForm):
    """The user's time zone, chosen from the zones Overlap knows."""

    class Meta:
        model = User
        fields = ["timezone"]
        labels = {"timezone": _("Your time zone")}
        help_texts = {"timezone": _("Every date and time in Overlap is shown in this zone.")}
        # static/js/timezone.js chooses the device's zone for the user to confirm.
        widgets = {"timezone": forms.Select(attrs={"data-detect-timezone": ""})}
        error_messages = {
            "timezone": {
                "invalid_choice": _(
                    "This is not a time zone Overlap knows. Choose yours from the list."
                ),
                "required": _("Choose a time zone."),
            }
        }


class CycleTrackingForm(forms.ModelForm):
    class Meta:
        model = PatientProfile
        fields = ["cycle_tracking"]
        labels = {"cycle_tracking": _("Track my menstrual cycle")}
        help_texts = {
            "cycle_tracking": _(
                "Adds one question to your daily check-in, so you can see whether your "
                "attacks follow your cycle. Leave it unticked to skip it."
            )
        }


class OnboardingThemeForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["theme"]
        labels = {"theme": _("How should Overlap look?")}
        help_texts = {"theme": _("The dark theme is dim, for days when light hurts.")}
        widgets = {"theme": forms.RadioSelect}


# Each section with what it covers, as the sharing page offers them.
SECTION_CHOICES = [
    (section.value, format_lazy("{}: {}", section.label, SECTION_HELP[section]))
    for section in Section
]


class SectionsField(forms.MultipleChoiceField):
    """The sections of the diary a clinician sees (accounts.models.Section), at least one."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("label", _("What the clinician sees"))
        kwargs.setdefault(
            "help_text",
            _(
                "Choose at least one. You can change it later on this page. They always see "
                "your name and e-mail address. Without "
                "notes, a clinician who sees your check-ins still sees the names of triggers "
                "you added yourself, because your entries list them."
            ),
        )
        super().__init__(
            choices=SECTION_CHOICES,
            initial=[section.value for section in Section if section != Section.NOTES],
            error_messages={
                "required": _("Choose at least one section for the clinician to see."),
                "invalid_choice": _(
                    "Choose sections from the list: one of those sent is not a "
                    "section Overlap knows."
                ),
            },
            **kwargs,
        )

    def clean(self, value) -> frozenset[str]:
        return frozenset(super().clean(value))


class ShareSectionsForm(forms.Form):
    """A patient changes which sections a clinician sees through one share."""

    sections = SectionsField()


class ShareInviteForm(forms.Form):
    """A patient invites a clinician to see their diary, read-only."""

    INVITATIONS_PER_DAY = 10
    DURATION_CHOICES = [
        ("30", _("30 days")),
        ("90", _("90 days")),
        ("365", _("A year")),
        ("revoked", _("Until I revoke it")),
    ]

    email = forms.EmailField(
        label=_("Clinician's e-mail address"),
        max_length=254,
        help_text=_("The invitation link works only for a clinician account with this address."),
    )
    duration = forms.ChoiceField(
        label=_("Share for"),
        choices=DURATION_CHOICES,
        initial="90",
        widget=forms.RadioSelect,
        help_text=_("Counted from today. You can revoke access at any time."),
    )
    sections = SectionsField()

    def __init__(self, *args, patient: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.patient = patient

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if email == self.patient.email.lower():
            raise forms.ValidationError(_("Enter your clinician's address, not your own."))
        return email

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        # Each invitation sends an e-mail: a day's limit keeps an account from being used
        # to send many of them.
        since = timezone.now() - datetime.timedelta(days=1)
        recent = CareShare.objects.for_patient(self.patient).filter(created_at__gte=since)
        if recent.count() >= self.INVITATIONS_PER_DAY:
            raise forms.ValidationError(
                ngettext(
                    "You have sent %(count)d invitation today. Please try again tomorrow.",
                    "You have sent %(count)d invitations today. Please try again tomorrow.",
                    self.INVITATIONS_PER_DAY,
                )
                % {"count": self.INVITATIONS_PER_DAY}
            )
        return cleaned


class AccountDeleteForm(forms.Form):
    """The password and a tick: deleting an account cannot be undone."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and everything in it will be deleted for good."),
        error_messages={"required": _("Tick the box to confirm that you want to delete it all.")},
    )

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password. Nothing was deleted."))
        return password
