from django.urls import path

from accounts import views
from accounts.models import OnboardingStep

# Mounted at /accounts/ (config/urls.py) under the "accounts" namespace, beside the profile
# page: config.views.profile adds the diary's reminders to views.profile.
urlpatterns = [
    path("theme/", views.theme_set, name="theme-set"),
    path("language/", views.language_set, name="language-set"),
    path("delete/", views.account_delete, name="account-delete"),
    path("session/ping/", views.session_ping, name="session-ping"),
    path("timezone/", views.timezone_set, name="timezone-set"),
    path("timezone/dismiss/", views.timezone_dismiss, name="timezone-dismiss"),
]

# Mounted at /sharing/ (config/urls.py) under the "sharing" namespace.
sharing_urlpatterns = [
    path("", views.sharing, name="list"),
    path("<int:pk>/revoke/", views.share_revoke_view, name="revoke"),
    path("<int:pk>/sections/", views.share_sections_view, name="sections"),
    path("accept/<str:token>/", views.share_accept_view, name="accept"),
]

# Mounted at /welcome/ (config/urls.py) under the "onboarding" namespace, with the diary's
# medicines and reminders steps beside these: each step's URL name is the step's own name.
onboarding_urlpatterns = [
    path("", views.onboarding_resume, name="resume"),
    path("skip/", views.onboarding_skip, name="skip"),
    *(
        path(f"{step.value}/", views.onboarding_step, {"step": step}, name=step.value)
        for step in OnboardingStep
        if step not in (OnboardingStep.MEDICINES, OnboardingStep.REMINDERS)
    ),
]
