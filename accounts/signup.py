"""Sign-up that answers the same whether or not an address already has an account.

Knowing that someone has an Overlap account discloses a health condition (SECURITY.md).
allauth hides an existing address at sign-up only when the address must be confirmed before
the first login, so sign-up here always ends on "confirm your address": a new address gets
the confirmation link, an address that has an account gets an e-mail saying so, and the page
is the same. Logging in later does not ask for confirmation (ACCOUNT_EMAIL_VERIFICATION).
"""

from allauth.account import app_settings as account_settings
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.internal.flows.login import perform_login
from allauth.account.internal.flows.signup import complete_signup
from allauth.account.models import Login
from allauth.account.views import SignupView as AllauthSignupView
from allauth.core.exceptions import ImmediateHttpResponse
from django.http import HttpResponse

from accounts.models import User

CONFIRM_FIRST = account_settings.EmailVerificationMethod.MANDATORY


class SignupForm(AllauthSignupForm):
    def validate_unique_email(self, value: str) -> str:
        # No form error for a taken address: the view answers as for a new one.
        self.account_already_exists = User.objects.filter(email__iexact=value).exists()
        return value


class SignupView(AllauthSignupView):
    form_class = SignupForm

    def form_valid(self, form: SignupForm) -> HttpResponse:
        email = form.cleaned_data["email"]
        try:
            if form.account_already_exists:
                # allauth's own path for a taken address: the owner is told by e-mail.
                login = Login(user=None, email=email, signup=True, email_verification=CONFIRM_FIRST)
                return perform_login(self.request, login)
            self.user = form.save(self.request)
            return complete_signup(
                self.request,
                user=self.user,
                email_verification=CONFIRM_FIRST,
                redirect_url=self.get_success_url(),
            )
        except ImmediateHttpResponse as error:
            return error.response


signup = SignupView.as_view()
