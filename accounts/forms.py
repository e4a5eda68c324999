import datetime
from typing import Any

from django import forms
from django.utils import timezone

from accounts.models import CareShare, PatientProfile, User
from config.forms import IdMultipleChoiceField, refuse_invisible_characters, validate_short_text


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth adds e-mail and password."""

    field_order = ["role", "display_name", "email", "password1", "password2"]

    role = forms.ChoiceField(
        label="I am signing up as",
        choices=User.Role.choices,
        initial=User.Role.PATIENT,
        widget=forms.RadioSelect,
        help_text="Patients keep a diary. Clinicians see what patients choose to share.",
    )
    display_name = forms.CharField(
        label="Name to show (optional)",
        max_length=80,
        required=False,
        validators=[validate_short_text],
        help_text="Only you, and clinicians you share with, see this.",
    )

    def signup(self, request, user: User) -> None:
        # The adapter's save_user has already stored the role and profile.
        pass


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "timezone", "theme"]
        labels = {"timezone": "Time zone", "theme": "Colour theme"}
        help_texts = {"timezone": "Every date and time in Overlap is shown in this zone."}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        refuse_invisible_characters(self, "display_name")


class PatientProfileForm(forms.ModelForm):
    class Meta:
        model = PatientProfile
        fields = ["conditions", "cycle_tracking"]
        labels = {"conditions": "My conditions"}
        help_texts = {
            "conditions": "Used to suggest reading and to log flares per condition.",
        }
        widgets = {"conditions": forms.CheckboxSelectMultiple}
        field_classes = {"conditions": IdMultipleChoiceField}


class ThemeForm(forms.Form):
    theme = forms.ChoiceField(choices=User.Theme.choices)


class ShareInviteForm(forms.Form):
    """A patient invites a clinician to see their diary, read-only."""

    INVITATIONS_PER_DAY = 10
    DURATION_CHOICES = [
        ("30", "30 days"),
        ("90", "90 days"),
        ("365", "A year"),
        ("revoked", "Until I revoke it"),
    ]

    email = forms.EmailField(
        label="Clinician's e-mail address",
        max_length=254,
        help_text="The invitation link works only for a clinician account with this address.",
    )
    duration = forms.ChoiceField(
        label="Share for",
        choices=DURATION_CHOICES,
        initial="90",
        widget=forms.RadioSelect,
        help_text="Counted from today. You can revoke access at any time.",
    )
    include_notes = forms.BooleanField(
        label="Include my free-text notes",
        required=False,
        help_text=(
            "Without this, the clinician sees everything except what you wrote in notes. "
            "They always see the names of triggers you added yourself, because your entries "
            "list them."
        ),
    )

    def __init__(self, *args, patient: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.patient = patient

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if email == self.patient.email.lower():
            raise forms.ValidationError("Enter your clinician's address, not your own.")
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
                f"You have sent {self.INVITATIONS_PER_DAY} invitations today. "
                "Please try again tomorrow."
            )
        return cleaned


class AccountDeleteForm(forms.Form):
    """The password and a tick: deleting an account cannot be undone."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label="I understand that my account and everything in it will be deleted for good.",
        error_messages={"required": "Tick the box to confirm that you want to delete it all."},
    )

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password. Nothing was deleted.")
        return password
