"""E-mail bodies and the calm 503 page in Spanish, Brazilian Portuguese and German (README,
"Translations"): every reminder e-mail, the clinician invitation and the "try again in a
minute" page leave no English sentence behind, and say no more than the English does.

An e-mail is compared line by line with the same e-mail in English: a line of words that
reads the same in both is English left over. Links and Overlap's own name are the same in
every language."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts.models import CareShare, User
from accounts.services import share_invitation_send
from diary.models import Medication, MedicationDose, Reminder, ReminderDelivery, ReminderKind
from diary.reminders import SUBJECTS, reminder_email
from tests.test_i18n import TRANSLATED, html_lang, untranslated
from tests.test_staying_up import database_failing

LANGUAGES = list(TRANSLATED.values())
# 20:00 in Berlin, a Tuesday.
DUE_AT = datetime.datetime(2026, 12, 1, 19, 0, tzinfo=datetime.UTC)
LOCAL_DAY = datetime.date(2026, 12, 1)
SAME_EVERYWHERE = {"Overlap"}


def word_lines(body: str) -> set[str]:
    """The lines of an e-mail that hold words, without their list dash; not the links."""
    lines = set()
    for line in body.splitlines():
        text = " ".join(line.split()).removeprefix("- ")
        if re.search(r"[A-Za-z]{2}", text) and not text.startswith("http"):
            lines.add(text)
    return lines


def english_left(body_by_language: dict[str, str], language: str) -> set[str]:
    english = word_lines(body_by_language["en"])
    return (word_lines(body_by_language[language]) & english) - SAME_EVERYWHERE


def in_each_language(account: User, write) -> dict[str, str]:
    """What `write()` returns with the account in English and in each other language,
    from a worker whose active language is English (no request)."""
    bodies = {}
    for language in ["en", *LANGUAGES]:
        account.language = language
        account.save(update_fields=["language"])
        with translation.override("en"):
            bodies[language] = write()
    return bodies


def reminder(owner: User, kind: ReminderKind, *, details: bool) -> ReminderDelivery:
    made = Reminder.objects.create(
        owner=owner,
        kind=kind,
        enabled=True,
        include_details=details,
        scheduled_zone="Europe/Berlin",
    )
    return ReminderDelivery.objects.create(
        reminder=made, due_at=DUE_AT, local_day=LOCAL_DAY, link_nonce="a" * 32
    )


@pytest.fixture
def patient(alice):
    alice.timezone = "Europe/Berlin"
    alice.save(update_fields=["timezone"])
    return alice


def shares_of(patient: User, clinician: User, kind: ReminderKind) -> list[CareShare]:
    """One share for a notice to tell about: access ending soon (Bob accepted it) or an
    invitation nobody accepted."""
    share = CareShare.objects.create(patient=patient, invite_email="dr.ruiz@example.com")
    if kind == ReminderKind.SHARE_ENDING:
        CareShare.objects.filter(pk=share.pk).update(
            clinician=clinician,
            invite_email=clinician.email,
            created_at=DUE_AT - datetime.timedelta(days=21),
            accepted_at=DUE_AT - datetime.timedelta(days=20),
            expires_at=DUE_AT + datetime.timedelta(days=2),
        )
    else:
        CareShare.objects.filter(pk=share.pk).update(created_at=DUE_AT - datetime.timedelta(days=8))
    share.refresh_from_db()
    return [share]


@pytest.mark.django_db
@pytest.mark.parametrize("details", [False, True], ids=["plain", "details"])
@pytest.mark.parametrize("kind", list(ReminderKind))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reminder_e_mail_has_no_english_left(patient, bob, kind, details, language):
    delivery = reminder(patient, kind, details=details)
    shares = (
        shares_of(patient, bob, kind)
        if kind in (ReminderKind.SHARE_ENDING, ReminderKind.INVITATION_WAITING)
        else []
    )
    if kind == ReminderKind.RELIEF:
        medication = Medication.objects.create(
            owner=patient, name="Sumatriptan", category="triptan", purpose="acute"
        )
        MedicationDose.objects.create(
            medication=medication, taken_at=DUE_AT - delivery.reminder.relief_delay
        )

    bodies = in_each_language(
        patient, lambda: reminder_email(delivery=delivery, shares=shares).body
    )

    assert english_left(bodies, language) == set(), bodies[language]
    # The same lines, in the same order: a translation says what the English says.
    assert len(bodies[language].splitlines()) == len(bodies["en"].splitlines())
    if details and kind == ReminderKind.RELIEF:
        assert "Sumatriptan" in bodies[language]


class Text(HTMLParser):
    """The text of an HTML part, a line per block, for comparing like a plain one."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []

    def handle_data(self, data) -> None:
        self.pieces.append(data)

    def handle_starttag(self, tag, attrs) -> None:
        self.pieces.append("\n")
        self.pieces.extend(value or "" for name, value in attrs if name in ("alt", "title"))


def parts_of(message) -> dict[str, str]:
    """Every part a reader may see: the subject, the body, and each alternative (an HTML
    part as its text), by kind."""
    parts = {"subject": message.subject, message.content_subtype: message.body}
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            reader = Text()
            reader.feed(content)
            content = "".join(reader.pieces)
        parts[mimetype] = content
    return parts


@pytest.mark.django_db
@pytest.mark.parametrize("kind", list(ReminderKind))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_part_of_a_reminder_e_mail_and_its_subject_are_in_the_accounts_language(
    patient, bob, kind, language
):
    delivery = reminder(patient, kind, details=True)
    shares = (
        shares_of(patient, bob, kind)
        if kind in (ReminderKind.SHARE_ENDING, ReminderKind.INVITATION_WAITING)
        else []
    )

    messages = in_each_language(
        patient, lambda: parts_of(reminder_email(delivery=delivery, shares=shares))
    )

    english, translated = messages["en"], messages[language]
    # The same parts in each language (today a plain-text body; an HTML one would be
    # compared the same way).
    assert translated.keys() == english.keys()
    assert "plain" in translated
    with translation.override(language):
        assert translated["subject"] == str(SUBJECTS[kind])
    assert translated["subject"] != english["subject"]
    for part in translated:
        left = english_left({"en": english[part], language: translated[part]}, language)
        assert left == set(), (part, translated[part])


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_questionnaires_due_are_counted_in_each_language(patient, language, count, monkeypatch):
    monkeypatch.setattr(
        "diary.reminders.questionnaires_due", lambda owner, day: ["instrument"] * count
    )
    delivery = reminder(patient, ReminderKind.QUESTIONNAIRES, details=True)

    bodies = in_each_language(patient, lambda: reminder_email(delivery=delivery, shares=[]).body)

    assert english_left(bodies, language) == set()
    first_line = bodies[language].splitlines()[0]
    assert first_line.startswith(str(count)) or f" {count} " in first_line
    with translation.override(language):
        expected = translation.ngettext(
            "%(count)s questionnaire you keep in Overlap is due.",
            "%(count)s questionnaires you keep in Overlap are due.",
            count,
        ) % {"count": count}
    assert first_line == expected


@pytest.mark.django_db
@pytest.mark.parametrize("with_end", [False, True], ids=["until-revoked", "ends"])
@pytest.mark.parametrize("notes", [False, True], ids=["no-notes", "notes"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_clinician_invitation_has_no_english_left(patient, language, notes, with_end):
    share = CareShare.objects.create(
        patient=patient,
        invite_email="dr.ruiz@example.com",
        include_notes=notes,
        expires_at=DUE_AT + datetime.timedelta(days=30) if with_end else None,
    )

    def send() -> str:
        CareShare.objects.filter(pk=share.pk).update(invitation_delivery=CareShare.Delivery.QUEUED)
        share_invitation_send.call(share_id=share.pk, site_url=settings.SITE_URL)
        message = mail.outbox[-1]
        return f"{message.subject}\n{message.body}"

    # Nobody has an account for the address: the e-mail is in the patient's language.
    bodies = in_each_language(patient, send)

    assert english_left(bodies, language) == set(), bodies[language]
    assert len(bodies[language].splitlines()) == len(bodies["en"].splitlines())


def calm_pages(language: str, ask) -> dict[str, str]:
    """The 503 page in English and in `language`, from `ask(language)`, which answers it."""
    pages = {}
    for asked in ["en", language]:
        response = ask(asked)
        assert response.status_code == 503
        assert html_lang(response) == asked
        pages[asked] = response.content.decode()
    return pages


def assert_calm_page_translated(pages: dict[str, str], language: str) -> None:
    assert untranslated(pages, language) == set()
    with translation.override(language):
        assert translation.gettext("Try again") in pages[language]
        assert translation.gettext("Back in a minute") in pages[language]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_calm_page_before_any_view_speaks_the_browsers_language(alice, password, language):
    def ask(asked: str):
        client = Client(raise_request_exception=False)
        client.post("/accounts/login/", {"login": "alice@example.com", "password": password})
        # Loading the session fails: in middleware, before the language is chosen.
        with database_failing(OperationalError("terminating connection")):
            return client.get("/", HTTP_ACCEPT_LANGUAGE=asked)

    assert_calm_page_translated(calm_pages(language, ask), language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_calm_page_in_a_view_speaks_the_accounts_language(alice, password, language):
    def ask(asked: str):
        alice.language = asked
        alice.save(update_fields=["language"])
        client = Client(raise_request_exception=False)
        client.post("/accounts/login/", {"login": "alice@example.com", "password": password})
        # Her session and account load; reading her diary fails, in the view. The browser
        # asks for English: the account's language wins, as on every page.
        with database_failing(OperationalError("server closed"), tables='"diary_'):
            return client.get(reverse("diary:entry-list"), HTTP_ACCEPT_LANGUAGE="en")

    assert_calm_page_translated(calm_pages(language, ask), language)


# --- The prompts that ask for two-factor authentication first ------------------------------


def prompt_after(client, path: str) -> str:
    """The one message the redirects from `path` leave for the page they end on."""
    response = client.get(path, follow=True)
    messages = [str(message) for message in response.wsgi_request._messages]
    assert len(messages) == 1, messages
    return messages[0]


@pytest.mark.django_db
@pytest.mark.parametrize("confirmed", [False, True], ids=["unconfirmed", "confirmed"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_clinic_asks_for_two_factors_in_the_clinicians_language(
    client, bob, confirmed, language
):
    EmailAddress.objects.create(user=bob, email=bob.email, primary=True, verified=confirmed)
    prompts = {}
    for asked in ["en", language]:
        bob.language = asked
        bob.save(update_fields=["language"])
        client.force_login(bob)
        prompts[asked] = prompt_after(client, reverse("clinic:patient-list"))

    assert prompts[language] != prompts["en"]
    with translation.override(language):
        assert "Overlap" in prompts[language]
        assert translation.gettext("Two-factor authentication").lower()[:8] in (
            prompts[language].lower()
        )


@pytest.mark.django_db
@pytest.mark.parametrize("confirmed", [False, True], ids=["unconfirmed", "confirmed"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_curation_admin_asks_for_two_factors_in_the_curators_language(
    client, confirmed, language
):
    curator = User.objects.create_user(
        "dee@example.com", "a calm walk by the river 7", role=User.Role.PATIENT, is_staff=True
    )
    EmailAddress.objects.create(user=curator, email=curator.email, primary=True, verified=confirmed)
    prompts = {}
    for asked in ["en", language]:
        curator.language = asked
        curator.save(update_fields=["language"])
        client.force_login(curator)
        prompts[asked] = prompt_after(client, "/admin/")

    with translation.override(language):
        before = translation.gettext("the curation pages open")
    assert before != "the curation pages open"
    assert before in prompts[language]
    assert "the curation pages open" in prompts["en"]
