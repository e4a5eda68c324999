# ruff: noqa: E501 -- the matrix below is one aligned row per URL and method.
"""The authorization matrix (SECURITY.md, "Access"): every URL pattern of Overlap, each
method that matters, and what each persona gets.

Personas: anonymous; alice, the patient who owns every object the URLs name; charlie,
another patient; bob, the clinician Alice shares with (a live share without her notes);
unshared, a clinician Alice never shared with; revoked, one whose share she revoked;
expired, one whose share ran out; carol, a curator (staff in "Content editors"). Every
clinician has TOTP set up, so what decides is the share itself (the MFA gate has its own
tests in tests/diary/test_clinic.py).

A row's URL stands for the pattern it resolves to; test_every_url_pattern_has_a_row fails
when a pattern of the project has no row, so a new URL cannot be added without deciding
who may reach it. Outcomes are a status code, LOGIN (a redirect to the login page) or
REDIR (any other redirect, e.g. allauth sending a logged-in user home). POSTs carry no
data. Every cell also checks that nobody but Alice sees her notes; that nobody but Alice
and Bob sees any trace of her data or changes it; and that only Bob's reads leave an
access event.
"""

import datetime

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import timezone

from accounts.models import AccessEvent, CareShare, PatientProfile, User
from diary.models import (
    Appointment,
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    ImportBatch,
    KeptInstrument,
    Medication,
    MedicationDose,
    MigraineAttack,
    QuestionnaireResponse,
    Trigger,
)
from education.models import Condition, Medicine, Page, PageTranslation

GET, POST = "GET", "POST"
LOGIN = "login"
REDIR = "redirect"

PERSONAS = ("anonymous", "alice", "charlie", "bob", "unshared", "revoked", "expired", "carol")
OWNER = "alice"
SHARED = "bob"
# The fixture behind each persona that is not simply a fixture of the same name.
FIXTURES = {
    "unshared": "unshared_clinician",
    "revoked": "revoked_clinician",
    "expired": "expired_clinician",
}

# fmt: off
MATRIX = [
    # url (placeholders filled by alice_data)                     method anon   alice  charlie bob    unshared revoked expired carol
    ("/",                                                          GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/",                                                          POST, 200,   200,   200,   200,   200,   200,   200,   200),
    ("/healthz",                                                   GET,  200,   200,   200,   200,   200,   200,   200,   200),
    # What makes Overlap installable: the same for everyone, and holding nobody's data.
    ("/manifest.webmanifest",                                      GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/manifest.webmanifest",                                      POST, 405,   405,   405,   405,   405,   405,   405,   405),
    ("/sw.js",                                                     GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/sw.js",                                                     POST, 405,   405,   405,   405,   405,   405,   405,   405),
    # The JavaScript catalogue: the same words for everyone, in the language of the path.
    ("/jsi18n/de/",                                                GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/jsi18n/de/",                                                POST, 405,   405,   405,   405,   405,   405,   405,   405),

    ("/accounts/profile/",                                         GET,  LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/profile/",                                         POST, LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/theme/",                                           GET,  405,   405,   405,   405,   405,   405,   405,   405),
    ("/accounts/theme/",                                           POST, 400,   400,   400,   400,   400,   400,   400,   400),
    # The language menu: a POST without a language changes nothing.
    ("/accounts/language/",                                        GET,  405,   405,   405,   405,   405,   405,   405,   405),
    ("/accounts/language/",                                        POST, 400,   400,   400,   400,   400,   400,   400,   400),
    # Deleting the account: a POST without the password and the tick changes nothing.
    ("/accounts/delete/",                                          GET,  LOGIN, 200,   200,   200,   200,   200,   200,   404),
    ("/accounts/delete/",                                          POST, LOGIN, 200,   200,   200,   200,   200,   200,   404),
    # The time zone question: a POST without a zone changes nothing and goes back.
    ("/accounts/timezone/",                                        GET,  LOGIN, 405,   405,   405,   405,   405,   405,   405),
    ("/accounts/timezone/",                                        POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/timezone/dismiss/",                                GET,  LOGIN, 405,   405,   405,   405,   405,   405,   405),
    ("/accounts/timezone/dismiss/",                                POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    # Onboarding is for patients who just signed up: the others go home, or get a 404.
    ("/welcome/",                                                  GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/skip/",                                             GET,  LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/welcome/skip/",                                             POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/conditions/",                                       GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/conditions/",                                       POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/timezone/",                                         GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/timezone/",                                         POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/medicines/",                                        GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/medicines/",                                        POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/reminders/",                                        GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/reminders/",                                        POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/cycle/",                                            GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/cycle/",                                            POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/theme/",                                            GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/welcome/theme/",                                            POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/accounts/session/ping/",                                    GET,  405,   405,   405,   405,   405,   405,   405,   405),
    ("/accounts/session/ping/",                                    POST, 401,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/login/",                                           GET,  200,   REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/login/",                                           POST, 200,   REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/logout/",                                          GET,  REDIR, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/logout/",                                          POST, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/inactive/",                                        GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/signup/",                                          GET,  200,   REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/signup/",                                          POST, 200,   REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/reauthenticate/",                                  GET,  LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/reauthenticate/",                                  POST, LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/email/",                                           GET,  LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/email/",                                           POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/confirm-email/",                                   GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/password/change/",                                 GET,  LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/password/change/",                                 POST, LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/password/set/",                                    GET,  LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/password/set/",                                    POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/password/reset/",                                  GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/password/reset/",                                  POST, 200,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/login/code/confirm/",                              GET,  LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/login/code/confirm/",                              POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    # Allauth's token pages with keys that are not real: the same "bad link" page for all.
    ("/accounts/confirm-email/not-a-real-key/",                    GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/confirm-email/not-a-real-key/",                    POST, 404,   404,   404,   404,   404,   404,   404,   404),
    ("/accounts/password/reset/key/done/",                         GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/password/reset/key/{uidb36}-not-a-real-key/",      GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/password/reset/key/{uidb36}-not-a-real-key/",      POST, 200,   200,   200,   200,   200,   200,   200,   200),
    ("/accounts/password/reset/done/",                             GET,  200,   200,   200,   200,   200,   200,   200,   200),
    # MFA: Alice has recovery codes, every clinician and Carol (the admin asks staff for it)
    # have TOTP, and deactivating it asks for the password again first; Charlie has nothing
    # to manage.
    ("/accounts/2fa/",                                             GET,  LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/accounts/2fa/authenticate/",                                GET,  LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/2fa/authenticate/",                                POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/2fa/reauthenticate/",                              GET,  LOGIN, 200,   REDIR, 200,   200,   200,   200,   200),
    ("/accounts/2fa/reauthenticate/",                              POST, LOGIN, 200,   REDIR, 200,   200,   200,   200,   200),
    ("/accounts/2fa/totp/activate/",                               GET,  LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/2fa/totp/activate/",                               POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/2fa/totp/deactivate/",                             GET,  LOGIN, 404,   404,   REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/2fa/totp/deactivate/",                             POST, LOGIN, 404,   404,   REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/2fa/recovery-codes/",                              GET,  LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/accounts/2fa/recovery-codes/generate/",                     GET,  LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/2fa/recovery-codes/generate/",                     POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR),
    ("/accounts/2fa/recovery-codes/download/",                     GET,  LOGIN, REDIR, 404,   404,   404,   404,   404,   404),

    # Published pages are public; drafts are the curators'.
    ("/learn/",                                                    GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/learn/search/?q=migraine",                                  GET,  200,   200,   200,   200,   200,   200,   200,   200),
    ("/learn/preview/{draft}/",                                    GET,  LOGIN, 403,   403,   403,   403,   403,   403,   200),
    ("/learn/preview/translation/{translation}/",                  GET,  LOGIN, 403,   403,   403,   403,   403,   403,   200),
    ("/learn/{page_slug}/",                                        GET,  200,   200,   200,   200,   200,   200,   200,   200),

    # The diary: the owner only; another patient has their own lists but none of Alice's
    # objects; clinicians and curators keep no diary, so every diary URL is a 404 for them.
    ("/diary/",                                                    GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/migraines/new/",                                      GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/migraines/new/",                                      POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/migraines/start/",                                    GET,  LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/diary/migraines/start/",                                    POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/",                                 GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/edit/",                            GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/edit/",                            POST, LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/delete/",                          GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/delete/",                          POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/end/",                             GET,  LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/end/",                             POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/pain/",                            GET,  LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/migraines/{attack}/pain/",                            POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    # The quick log: a blank page (no diary data, so the service worker may keep it) and
    # the patient's own one-tap medicines as JSON; an ended session is a 401 there.
    ("/diary/quick-log/",                                          GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/quick-log/",                                          POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/diary/quick-log/state.json",                                GET,  401,   200,   200,   404,   404,   404,   404,   404),
    ("/diary/quick-log/state.json",                                POST, 401,   405,   405,   404,   404,   404,   404,   404),
    # Push reminders on one device: JSON, POST only; an empty body is not a subscription.
    ("/diary/push/subscribe/",                                     GET,  401,   405,   405,   404,   404,   404,   404,   404),
    ("/diary/push/subscribe/",                                     POST, 401,   422,   422,   404,   404,   404,   404,   404),
    ("/diary/push/unsubscribe/",                                   GET,  401,   405,   405,   404,   404,   404,   404,   404),
    ("/diary/push/unsubscribe/",                                   POST, 401,   422,   422,   404,   404,   404,   404,   404),
    # The outbox's sync: POST only; an empty body is not a batch (400), and saves nothing.
    ("/diary/sync/",                                               GET,  401,   405,   405,   404,   404,   404,   404,   404),
    ("/diary/sync/",                                               POST, 401,   400,   400,   404,   404,   404,   404,   404),
    ("/diary/flares/new/",                                         GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/flares/new/",                                         POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/flares/{flare}/",                                     GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/flares/{flare}/edit/",                                GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/flares/{flare}/edit/",                                POST, LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/flares/{flare}/delete/",                              GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/flares/{flare}/delete/",                              POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/medications/",                                        GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/medications/",                                        POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/medications/catalogue.json",                          GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/medications/catalogue.json",                          POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/diary/medications/{medication}/edit/",                      GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/medications/{medication}/edit/",                      POST, LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/medications/{medication}/delete/",                    GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/medications/{medication}/delete/",                    POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/doses/new/",                                          GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/doses/new/",                                          POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/doses/{dose}/edit/",                                  GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/doses/{dose}/edit/",                                  POST, LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/doses/{dose}/delete/",                                GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/doses/{dose}/delete/",                                POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/doses/{dose}/relief/",                                GET,  LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/doses/{dose}/relief/",                                POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/no-headache/",                                        GET,  LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/diary/no-headache/",                                        POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/diary/no-headache/{day}/undo/",                             GET,  LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/no-headache/{day}/undo/",                             POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/checkins/{day}/",                                     GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/checkins/{day}/",                                     POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/diary/checkins/{day}/delete/",                              GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/checkins/{day}/delete/",                              POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/triggers/",                                           GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/triggers/",                                           POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/triggers/{trigger}/delete/",                          GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/triggers/{trigger}/delete/",                          POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    # Questionnaires: PHQ-9 is offered to every patient; a POST without answers shows the
    # form again with its errors and saves nothing.
    ("/diary/questionnaires/",                                     GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/questionnaires/",                                     POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/diary/questionnaires/phq9/",                                GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/questionnaires/phq9/",                                POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/questionnaires/responses/{questionnaire_response}/",  GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/questionnaires/responses/{questionnaire_response}/",  POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/diary/reminders/",                                          GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/reminders/",                                          POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/appointments/",                                       GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/appointments/",                                       POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/appointments/{appointment}/",                         GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/appointments/{appointment}/",                         POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/appointments/{appointment}/delete/",                  GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/appointments/{appointment}/delete/",                  POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    # Reminder e-mails' one-click links: the signed token decides, not the login; a token
    # that is not one of Overlap's is a clear 400 page for everyone.
    ("/reminders/nothing-to-report/not-a-real-token/",             GET,  400,   400,   400,   400,   400,   400,   400,   400),
    ("/reminders/nothing-to-report/not-a-real-token/",             POST, 400,   400,   400,   400,   400,   400,   400,   400),
    ("/reminders/snooze/not-a-real-token/",                        GET,  400,   400,   400,   400,   400,   400,   400,   400),
    ("/reminders/snooze/not-a-real-token/",                        POST, 400,   400,   400,   400,   400,   400,   400,   400),
    ("/reminders/unsubscribe/not-a-real-token/",                   GET,  400,   400,   400,   400,   400,   400,   400,   400),
    ("/reminders/unsubscribe/not-a-real-token/",                   POST, 400,   400,   400,   400,   400,   400,   400,   400),

    # Imports: Alice's batches are hers alone; a POST without choices imports an empty preview.
    ("/diary/imports/",                                            GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/imports/",                                            POST, LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/",                             GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/",                             POST, LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/status.json",                  GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/status.json",                  POST, LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/import/",                      GET,  LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/import/",                      POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/undo/",                        GET,  LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/undo/",                        POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/keep/",                        GET,  LOGIN, 405,   404,   404,   404,   404,   404,   404),
    ("/diary/imports/{import_batch}/keep/",                        POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),

    ("/timeline/",                                                 GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/timeline/data.json",                                        GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/timeline/data.json",                                        POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),

    # Sharing, the clinic, the report and exports: Bob sees Alice only through his live share.
    ("/sharing/",                                                  GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    # Creating a share asks for the password again first (REDIR to /accounts/reauthenticate/).
    ("/sharing/",                                                  POST, LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/sharing/{share}/revoke/",                                   GET,  LOGIN, 200,   404,   404,   404,   404,   404,   404),
    ("/sharing/{share}/revoke/",                                   POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    # Changing a share's sections: POST only; without any section chosen nothing changes.
    ("/sharing/{share}/sections/",                                 GET,  LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/sharing/{share}/sections/",                                 POST, LOGIN, REDIR, 404,   404,   404,   404,   404,   404),
    # An invitation to bob's address: only bob may accept it; everyone else is told why not.
    ("/sharing/accept/{token}/",                                   GET,  LOGIN, 200,   200,   200,   200,   200,   200,   200),
    ("/sharing/accept/{token}/",                                   POST, LOGIN, 400,   400,   REDIR, 400,   400,   400,   400),
    ("/clinic/",                                                   GET,  LOGIN, 404,   404,   200,   200,   200,   200,   404),
    ("/clinic/",                                                   POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/clinic/{patient}/timeline/",                                GET,  LOGIN, 404,   404,   200,   404,   404,   404,   404),
    ("/clinic/{patient}/timeline/",                                POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/clinic/{patient}/timeline/data.json",                       GET,  LOGIN, 404,   404,   200,   404,   404,   404,   404),
    ("/clinic/{patient}/timeline/data.json",                       POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/clinic/{patient}/report/",                                  GET,  LOGIN, 404,   404,   200,   404,   404,   404,   404),
    ("/clinic/{patient}/report/",                                  POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/clinic/{patient}/visits/{appointment}/",                    GET,  LOGIN, 404,   404,   200,   404,   404,   404,   404),
    ("/clinic/{patient}/visits/{appointment}/",                    POST, LOGIN, 404,   404,   405,   405,   405,   405,   404),
    ("/report/",                                                   GET,  LOGIN, 200,   200,   404,   404,   404,   404,   404),
    ("/report/",                                                   POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),
    # Exports ask for the password again first (REDIR to /accounts/reauthenticate/).
    ("/export/csv/",                                               GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/export/csv/",                                               POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),
    ("/export/fhir/",                                              GET,  LOGIN, REDIR, REDIR, 404,   404,   404,   404,   404),
    ("/export/fhir/",                                              POST, LOGIN, 405,   405,   404,   404,   404,   404,   404),

    # The admin: curators edit pages and conditions only; users, e-mail addresses,
    # authenticators and groups are refused, and the diary is not in the admin at all.
    ("/admin/",                                                    GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/login/",                                              GET,  LOGIN, 403,   403,   403,   403,   403,   403,   REDIR),
    ("/admin/login/",                                              POST, LOGIN, 403,   403,   403,   403,   403,   403,   200),
    ("/admin/logout/",                                             GET,  LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, 405),
    ("/admin/logout/",                                             POST, LOGIN, REDIR, REDIR, REDIR, REDIR, REDIR, REDIR, 200),
    ("/admin/password_change/",                                    GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/password_change/",                                    POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/password_change/done/",                               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/autocomplete/",                                       GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/jsi18n/",                                             GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    # "View on site" sends a curator to the diary URL of any object with one, where the
    # curator gets a 404: the redirect tells only that an id exists, not whose it is.
    ("/admin/r/{attack_type}/{attack}/",                           GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 404),
    ("/admin/r/{page_type}/{draft}/",                              GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/r/abc/{attack}/",                                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 404),
    # Background jobs (django_tasks_db's admin): for a superuser only, never for curators.
    ("/admin/django_tasks_database/dbtaskresult/",                 GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/django_tasks_database/dbtaskresult/",                 POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/django_tasks_database/dbtaskresult/add/",             GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/django_tasks_database/dbtaskresult/add/",             POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/django_tasks_database/dbtaskresult/00000000-0000-0000-0000-000000000001/history/",GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/django_tasks_database/dbtaskresult/00000000-0000-0000-0000-000000000001/delete/",GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/django_tasks_database/dbtaskresult/00000000-0000-0000-0000-000000000001/delete/",POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/django_tasks_database/dbtaskresult/00000000-0000-0000-0000-000000000001/change/",GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/django_tasks_database/dbtaskresult/00000000-0000-0000-0000-000000000001/change/",POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/django_tasks_database/dbtaskresult/00000000-0000-0000-0000-000000000001/",GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/auth/group/",                                         GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/",                                         POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/add/",                                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/add/",                                     POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/{group}/history/",                         GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/{group}/delete/",                          GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/{group}/delete/",                          POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/{group}/change/",                          GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/{group}/change/",                          POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/auth/group/{group}/",                                 GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/account/emailaddress/",                               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/",                               POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/add/",                           GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/add/",                           POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/{email}/history/",               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/{email}/delete/",                GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/{email}/delete/",                POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/{email}/change/",                GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/{email}/change/",                POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/account/emailaddress/{email}/",                       GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/mfa/authenticator/",                                  GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/",                                  POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/add/",                              GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/add/",                              POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/{mfa}/history/",                    GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/{mfa}/delete/",                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/{mfa}/delete/",                     POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/{mfa}/change/",                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/{mfa}/change/",                     POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/mfa/authenticator/{mfa}/",                            GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/education/page/{draft}/history/compare/{d_history}/", GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/{draft}/history/{d_history}/",         GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/{draft}/history/{d_history}/",         POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/",                                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/",                                     POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/add/",                                 GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/add/",                                 POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/{draft}/history/",                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/{draft}/delete/",                      GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/{draft}/delete/",                      POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/{draft}/change/",                      GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/{draft}/change/",                      POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/page/{draft}/",                             GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    # A draft change is published or discarded by POST only; the draft page has none.
    ("/admin/education/page/{draft}/draft/publish/",               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 405),
    ("/admin/education/page/{draft}/draft/publish/",               POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/education/page/{draft}/draft/discard/",               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 405),
    ("/admin/education/page/{draft}/draft/discard/",               POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/education/condition/{condition}/history/{c_history}/",  GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/{condition}/history/{c_history}/",  POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/",                                GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/",                                POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/add/",                            GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/add/",                            POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/{condition}/history/",            GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/{condition}/delete/",             GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/education/condition/{condition}/delete/",             POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/education/condition/{condition}/change/",             GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/{condition}/change/",             POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/condition/{condition}/",                    GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/education/medicine/",                                 GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/",                                 POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/add/",                             GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/add/",                             POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/{medicine}/history/",              GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/{medicine}/delete/",               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/{medicine}/delete/",               POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/{medicine}/change/",               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/{medicine}/change/",               POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/medicine/{medicine}/",                      GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/education/pagetranslation/overview/",                 GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/{translation}/history/{t_history}/", GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/{translation}/history/{t_history}/", POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/",                          GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/",                          POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/add/",                      GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/add/",                      POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/{translation}/history/",    GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/{translation}/delete/",     GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/{translation}/delete/",     POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/{translation}/change/",     GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/{translation}/change/",     POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 200),
    ("/admin/education/pagetranslation/{translation}/",            GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/accounts/user/{user}/password/",                      GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/{user}/password/",                      POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/",                                      GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/",                                      POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/add/",                                  GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/add/",                                  POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/{user}/history/",                       GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/{user}/delete/",                        GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/{user}/delete/",                        POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/{user}/change/",                        GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/{user}/change/",                        POST, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 403),
    ("/admin/accounts/user/{user}/",                               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, REDIR),
    ("/admin/accounts/",                                           GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 404),
    ("/admin/diary/migraineattack/",                               GET,  LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, 404),
    ]
# fmt: on

# A string in every name of Alice's, so a leak shows in any body; Bob may see these.
MARK = "Zq7731"
# A string in every note of Alice's: she does not share notes, so only she may see it.
NOTE = "Nq5529"
# An invitation link to Bob's address (only its hash is stored).
TOKEN = "authz-invitation-token"


@pytest.fixture
def alice_data(
    alice, alice_shares_with_bob, unshared_clinician, revoked_clinician, expired_clinician
) -> dict[str, object]:
    """One of each of Alice's objects, her shares (live with Bob, revoked, expired, and an
    invitation to Bob's address), and the ids the matrix's placeholders stand for."""
    now = timezone.now()
    today = timezone.localdate()
    lupus = Condition.objects.get(slug="lupus")
    attack = MigraineAttack.objects.create(
        owner=alice, started_at=now - datetime.timedelta(minutes=30), notes=f"{NOTE} attack"
    )
    flare = Flare.objects.create(
        owner=alice,
        condition=lupus,
        started_on=today - datetime.timedelta(days=3),
        notes=f"{NOTE} flare",
    )
    medication = Medication.objects.create(
        owner=alice, name=f"{MARK} tablets", category="triptan", purpose="acute"
    )
    dose = MedicationDose.objects.create(
        medication=medication, attack=attack, taken_at=now, amount=f"{MARK} mg"
    )
    checkin = DailyCheckIn.objects.create(
        owner=alice, day=today - datetime.timedelta(days=1), stress=3, notes=f"{NOTE} day"
    )
    trigger = Trigger.objects.create(owner=alice, name=f"{MARK} trigger")
    import_batch = ImportBatch.objects.create(
        owner=alice,
        format=ImportBatch.Format.MIGRAINE_BUDDY,
        file_name=f"{MARK}.csv",
        file_hash="0" * 64,
        parsed={"entries": [], "refused": [], "notices": [], "profile": None},
    )
    checkin.triggers.add(trigger)
    appointment = Appointment.objects.create(
        owner=alice, day=today, specialty="other", questions=[f"{NOTE} question"]
    )
    HeadacheFreeDay.objects.create(owner=alice, day=checkin.day)
    page = Page.objects.create(
        title="Matrix published page",
        slug="authz-published",
        summary="Published for the matrix.",
        body="Published words.",
        category=Page.Category.MANAGEMENT,
        status=Page.Status.PUBLISHED,
        published_at=now,
    )
    draft = Page.objects.create(
        title="Matrix draft page",
        slug="authz-draft",
        summary="A draft for the matrix.",
        body="Draft words.",
        category=Page.Category.MANAGEMENT,
    )
    email = EmailAddress.objects.create(user=alice, email=alice.email, primary=True, verified=True)
    KeptInstrument.objects.create(owner=alice, slug="phq9", interval_days=14)
    questionnaire_response = QuestionnaireResponse.objects.create(
        owner=alice,
        slug="phq9",
        version="PHQ-9",
        status=QuestionnaireResponse.Status.COMPLETED,
        answers={str(n): "1" for n in range(1, 10)},
        total=9,
        band="mild",
        completed_at=now,
    )
    share = CareShare.objects.create(
        patient=alice, invite_email="bob@example.com", token_hash=CareShare.hash_token(TOKEN)
    )
    translation = PageTranslation.objects.order_by("pk")[0]
    return {
        "attack": attack.pk,
        "attack_type": ContentType.objects.get_for_model(MigraineAttack).pk,
        "page_type": ContentType.objects.get_for_model(Page).pk,
        "flare": flare.pk,
        "medication": medication.pk,
        "dose": dose.pk,
        "day": checkin.day.isoformat(),
        "trigger": trigger.pk,
        "appointment": appointment.pk,
        "import_batch": import_batch.pk,
        "page_slug": page.slug,
        "draft": draft.pk,
        "d_history": draft.history.first().history_id,
        "condition": lupus.pk,
        "c_history": lupus.history.first().history_id,
        "translation": translation.pk,
        "t_history": translation.history.first().history_id,
        "medicine": Medicine.objects.get(generic_name="Sumatriptan").pk,
        "user": alice.pk,
        "uidb36": "1",
        "group": Group.objects.get(name="Content editors").pk,
        "email": email.pk,
        "mfa": RecoveryCodes.activate(alice).instance.pk,
        "share": share.pk,
        "questionnaire_response": questionnaire_response.pk,
        "token": TOKEN,
        "patient": alice.uuid,
    }


def alice_snapshot(alice: User) -> dict[str, list]:
    """Alice's rows, and the pages and permissions a curator could touch, as plain values."""
    return {
        "attacks": list(MigraineAttack.objects.filter(owner=alice).values()),
        "flares": list(Flare.objects.filter(owner=alice).values()),
        "medications": list(Medication.objects.filter(owner=alice).values()),
        "doses": list(MedicationDose.objects.filter(medication__owner=alice).values()),
        "checkins": list(DailyCheckIn.objects.filter(owner=alice).values()),
        "headache_free_days": list(HeadacheFreeDay.objects.filter(owner=alice).values()),
        "checkin_triggers": list(
            DailyCheckIn.triggers.through.objects.filter(dailycheckin__owner=alice).values()
        ),
        "triggers": list(Trigger.objects.filter(owner=alice).values()),
        "appointments": list(Appointment.objects.filter(owner=alice).values()),
        "kept_instruments": list(KeptInstrument.objects.filter(owner=alice).values()),
        "questionnaire_responses": list(QuestionnaireResponse.objects.filter(owner=alice).values()),
        "user": list(User.objects.filter(pk=alice.pk).values()),
        "profile": list(PatientProfile.objects.filter(user=alice).values()),
        "emails": list(EmailAddress.objects.filter(user=alice).values()),
        "authenticators": list(Authenticator.objects.filter(user=alice).values()),
        "shares": list(CareShare.objects.filter(patient=alice).values()),
        "access_events": list(AccessEvent.objects.filter(patient=alice).values()),
        "pages": list(Page.objects.filter(slug__startswith="authz-").values()),
        "group_permissions": list(Group.permissions.through.objects.values()),
    }


def client_for(persona: str, request: pytest.FixtureRequest) -> Client:
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(FIXTURES.get(persona, persona)))
    return client


def outcome(response) -> int | str:
    if response.status_code in (301, 302):
        login = response["Location"].startswith(("/accounts/login/", "/admin/login/"))
        return LOGIN if login else REDIR
    return response.status_code


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def route_patterns(resolvers=None, prefix: str = "") -> set[str]:
    """Every route of the project, spelled as ResolverMatch.route spells it."""
    patterns = set()
    for entry in get_resolver().url_patterns if resolvers is None else resolvers:
        # Django drops a nested regex's leading "^" when it joins routes.
        route = prefix + str(entry.pattern).removeprefix("^")
        if isinstance(entry, URLResolver):
            patterns |= route_patterns(entry.url_patterns, route)
        else:
            patterns.add(route)
    return patterns
