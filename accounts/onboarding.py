"""Onboarding: the few screens a new patient goes through after sign-up, and the time zone
asked for instead of assumed.

Each step is one screen; the patient may skip a step, skip the rest, or leave and come back
to the step they were on. Every write here can run twice (a double tap, a resent request)
and leaves the same result: a step already passed never moves the patient back, and
onboarding ends once.
"""

import datetime

from django.contrib import messages
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from accounts.models import OnboardingStep, User

STEPS: list[OnboardingStep] = list(OnboardingStep)

# The session key the login sets: offer the device's time zone if it differs.
TIMEZONE_OFFER = "timezone_offer"


def onboarding_start(user: User) -> None:
    """Mark a user being signed up (not yet saved): a patient starts at the first step; the
    zone they get (UTC) is nobody's choice until they confirm it."""
    if user.is_patient and not user.is_staff:
        user.onboarding_step = STEPS[0]
    user.timezone_confirmed = False


def step_url(step: str) -> str:
    return reverse(f"onboarding:{OnboardingStep(step).value}")


def onboarding_advance(*, user: User, done: OnboardingStep) -> OnboardingStep | None:
    """Move `user` past the step `done`. Returns the step to show next, or None when `done`
    was the last one and onboarding has ended."""
    index = STEPS.index(done)
    if index + 1 == len(STEPS):
        onboarding_end(user=user)
        return None
    following = STEPS[index + 1]
    # Only forward: a second submit of an earlier step leaves a later step where it is.
    User.objects.filter(pk=user.pk, onboarding_step__in=STEPS[: index + 1]).update(
        onboarding_step=following
    )
    user.refresh_from_db(fields=["onboarding_step"])
    return following


def onboarding_end(*, user: User, now: datetime.datetime | None = None) -> bool:
    """Finish (or skip) onboarding. Returns whether this call ended it: False when it had
    already ended, and then nothing changes."""
    ended = (
        User.objects.filter(pk=user.pk)
        .exclude(onboarding_step="")
        .update(onboarding_step="", onboarding_finished_at=now or timezone.now())
    )
    user.refresh_from_db(fields=["onboarding_step", "onboarding_finished_at"])
    return bool(ended)


def onboarding_continue(request: HttpRequest, user: User, *, done: OnboardingStep):
    """The response after the step `done`: the next step, or home once the last is done."""
    following = onboarding_advance(user=user, done=done)
    if following is None:
        messages.success(
            request,
            gettext("You are all set. Everything you chose can be changed on your profile."),
        )
        return redirect("home")
    return HttpResponseRedirect(step_url(following))


def timezone_confirm(*, user: User, zone: str, now: datetime.datetime | None = None) -> None:
    """Save the zone the user chose or accepted; they are not asked again."""
    user.timezone = zone
    user.timezone_confirmed = True
    user.timezone_asked_at = user.timezone_asked_at or now or timezone.now()
    user.save(update_fields=["timezone", "timezone_confirmed", "timezone_asked_at"])


def timezone_question_dismiss(*, user: User, now: datetime.datetime | None = None) -> None:
    """Record that the user was asked for their zone and kept the one they have."""
    User.objects.filter(pk=user.pk, timezone_asked_at__isnull=True).update(
        timezone_asked_at=now or timezone.now()
    )
    user.refresh_from_db(fields=["timezone_asked_at"])


def step_context(step: OnboardingStep) -> dict:
    """What every onboarding screen shows around its question: where the patient is, and
    the way back."""
    index = STEPS.index(step)
    return {
        "step": step,
        "step_number": index + 1,
        "step_count": len(STEPS),
        "back_url": step_url(STEPS[index - 1]) if index else None,
        "is_last_step": index + 1 == len(STEPS),
    }
