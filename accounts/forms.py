from django import forms

from accounts.models import PatientProfile, User
from config.forms import IdMultipleChoiceField


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
