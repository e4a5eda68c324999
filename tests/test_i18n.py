"""Overlap in English, Spanish, Brazilian Portuguese and German (README, "Translations").

The language of a visitor comes from the browser, a choice on any page, and the account;
e-mail goes out in the account's language; the catalogues in locale/ are complete, and the
pages translated so far show no English in their main element.
"""

import ast
import datetime
import gettext
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation

from accounts.models import OnboardingStep, PatientProfile, User
from diary.tables import month_words
from education.condition_names import SEEDED_NAMES
from education.models import Condition
from tests.conftest import PASSWORD

LOCALE = Path(settings.BASE_DIR) / "locale"
# Every language but English, as its directory in locale/ and as Django names it.
TRANSLATED = {"es": "es", "pt_BR": "pt-br", "de": "de"}
LANGUAGE_SET = reverse("accounts:language-set")


def html_lang(response) -> str:
    match = re.search(rb'<html lang="([^"]+)"', response.content)
    assert match, response.content[:200]
    return match.group(1).decode()


# --- Which language: the browser, the menu, the account ---------------------------------


@pytest.mark.django_db
def test_a_first_visit_is_in_the_browsers_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9,en;q=0.5")

    assert html_lang(response) == "es"
    assert response["Content-Language"] == "es"
    assert "Un diario para la migraña y las enfermedades autoinmunes" in response.text


@pytest.mark.django_db
def test_brazilian_portuguese_is_chosen_for_a_browser_in_portuguese(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pt-BR")

    assert html_lang(response) == "pt-br"
    assert "Um diário para enxaqueca e doenças autoimunes" in response.text


@pytest.mark.django_db
def test_a_language_overlap_lacks_falls_back_to_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fi")

    assert html_lang(response) == "en"
    assert "One diary for migraine and autoimmune disease" in response.text


@pytest.mark.django_db
def test_every_page_offers_the_language_menu_with_each_language_in_its_own_words(client):
    response = client.get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="de")

    menu = response.text[response.text.index('class="language-form') :]
    menu = menu[: menu.index("</form>")]
    assert f'action="{LANGUAGE_SET}"' in menu
    assert 'name="csrfmiddlewaretoken"' in menu
    assert '<label class="form-label mb-0" for="language-choice">Sprache</label>' in menu
    for code, name in settings.LANGUAGES:
        assert f'<option value="{code}" lang="{code}"' in menu
        assert f">{name}</option>" in menu
    assert '<option value="de" lang="de" selected>' in menu


@pytest.mark.django_db
def test_a_visitor_chooses_german_and_keeps_it(client):
    response = client.post(LANGUAGE_SET, {"language": "de", "next": "/accounts/login/"})

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "de"
    # The choice wins over the browser's languages from then on.
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="es")
    assert html_lang(page) == "de"
    assert "Bei Overlap anmelden" in page.text


@pytest.mark.django_db
def test_choosing_a_language_when_logged_in_saves_it_on_the_account(client, alice):
    client.force_login(alice)

    client.post(LANGUAGE_SET, {"language": "de", "next": "/accounts/profile/"})

    alice.refresh_from_db()
    assert alice.language == "de"
    page = client.get("/accounts/profile/", HTTP_ACCEPT_LANGUAGE="es")
    assert html_lang(page) == "de"
    assert "Profil und Einstellungen" in page.text


@pytest.mark.django_db
def test_the_language_menu_refuses_a_language_overlap_does_not_have(client, alice):
    client.force_login(alice)

    response = client.post(LANGUAGE_SET, {"language": "fr", "next": "/"})

    assert response.status_code == 400
    alice.refresh_from_db()
    assert alice.language == ""
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.django_db
def test_the_language_menu_goes_back_only_to_a_page_of_overlap(client):
    response = client.post(LANGUAGE_SET, {"language": "es", "next": "https://elsewhere.example/"})

    assert response["Location"] == "/"


def test_the_language_menu_is_protected_against_cross_site_posts(db, alice):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)

    response = client.post(LANGUAGE_SET, {"language": "de", "next": "/"})

    assert response.status_code == 403
    alice.refresh_from_db()
    assert alice.language == ""


@pytest.mark.django_db
def test_the_accounts_language_wins_over_the_browsers_at_login(client):
    user = User.objects.create_user(
        "rosa@example.com", PASSWORD, role=User.Role.PATIENT, language="pt-br"
    )
    PatientProfile.objects.create(user=user)

    response = client.post(
        reverse("account_login"),
        {"login": "rosa@example.com", "password": PASSWORD},
        HTTP_ACCEPT_LANGUAGE="de",
        follow=True,
    )

    assert response.context["user"] == user
    assert html_lang(response) == "pt-br"
    # The cookie follows the account, so the page after logging out stays in Portuguese.
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "pt-br"


@pytest.mark.django_db
def test_an_account_without_a_language_follows_the_browser(client, alice):
    client.force_login(alice)

    response = client.get("/accounts/profile/", HTTP_ACCEPT_LANGUAGE="es")

    assert html_lang(response) == "es"


@pytest.mark.django_db
def test_sign_up_keeps_the_language_the_visitor_read_the_page_in(client):
    client.post(
        reverse("account_signup"),
        {
            "role": "patient",
            "email": "nueva@example.com",
            "password1": "un paseo tranquilo junto al río 7",
            "password2": "un paseo tranquilo junto al río 7",
        },
        HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9",
    )

    assert User.objects.get(email="nueva@example.com").language == "es"
    # The confirmation e-mail is in Spanish too.
    assert mail.outbox[-1].body.startswith("Hola, le escribe Overlap:")


@pytest.mark.django_db
def test_the_profile_saves_the_language_and_answers_in_it(client, alice):
    client.force_login(alice)
    form = {
        "display_name": "Alice",
        "language": "pt-br",
        "timezone": "Europe/Berlin",
        "theme": "system",
        "patient-conditions": [],
    }

    response = client.post("/accounts/profile/", form, follow=True)

    alice.refresh_from_db()
    assert alice.language == "pt-br"
    assert "Seu perfil foi salvo." in response.text


# --- E-mail in the account's language ------------------------------------------------------


@pytest.mark.django_db
def test_a_password_reset_e_mail_goes_out_in_the_accounts_language(client, alice):
    alice.language = "de"
    alice.save(update_fields=["language"])

    # Asked for from a browser in English: the e-mail follows the account.
    client.post(
        reverse("account_reset_password"),
        {"email": "alice@example.com"},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    message = mail.outbox[-1]
    assert message.body.startswith("Guten Tag, hier ist Overlap.")
    assert "Passwort" in message.subject
    with translation.override("de"):
        assert translation.gettext("Hello from Overlap,") in message.body


@pytest.mark.django_db
def test_a_reminder_e_mail_goes_out_in_the_accounts_language(alice):
    from diary.models import Reminder, ReminderDelivery, ReminderKind
    from diary.reminders import reminder_email

    alice.language = "es"
    alice.save(update_fields=["language"])
    reminder = Reminder.objects.create(owner=alice, kind=ReminderKind.CHECKIN)
    delivery = ReminderDelivery.objects.create(
        reminder=reminder,
        due_at=datetime.datetime(2026, 12, 1, 19, 0, tzinfo=datetime.UTC),
        local_day=datetime.date(2026, 12, 1),
        link_nonce="a" * 32,
    )

    # The worker sends it with no request, whatever language was active before.
    with translation.override("en"):
        message = reminder_email(delivery=delivery, shares=[])

    assert message.subject == "Su registro en Overlap"


# --- Dates in the language's own form -----------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "paused"),
    [
        ("en", "Paused until Thursday 24 December."),
        ("es", "En pausa hasta el jueves 24 de diciembre."),
        # In lower case, as Brazil writes them (Django's own catalogue has capitals).
        ("pt-br", "Pausado até quinta-feira, 24 de dezembro."),
        ("de", "Pausiert bis Donnerstag, 24. Dezember."),
    ],
)
def test_the_profile_writes_dates_as_each_language_does(client, alice, language, paused):
    from diary.models import ReminderKind
    from diary.reminders import reminder_save

    reminder_save(
        owner=alice,
        kind=ReminderKind.CHECKIN,
        enabled=True,
        local_time=datetime.time(20, 0),
        weekdays=0b1111111,
        include_details=False,
        snoozed_until=datetime.date(2026, 12, 24),
    )
    alice.language = language
    alice.save(update_fields=["language"])
    client.force_login(alice)

    response = client.get("/accounts/profile/")

    assert paused in " ".join(response.text.split())


# --- The JavaScript catalogue under the CSP ----------------------------------------------


@pytest.mark.django_db
def test_pages_load_the_javascript_catalogue_of_their_language_from_overlap_itself(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")

    assert '<script src="/jsi18n/de/"></script>' in response.text
    policy = response["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]+)", policy).group(1).split()
    assert script_src == ["'self'"]


@pytest.mark.django_db
@pytest.mark.parametrize("logged_in", [False, True])
def test_the_javascript_catalogue_is_plain_script_cached_per_language(client, alice, logged_in):
    if logged_in:
        client.force_login(alice)

    response = client.get(reverse("javascript-catalog", args=["de"]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    # The words are the same for everyone: a browser may keep them, even when logged in.
    assert response["Cache-Control"] == "public, max-age=3600"
    assert "Sind Sie noch da?" in response.text
    # Nothing the CSP forbids (no unsafe-eval).
    assert "eval(" not in response.text
    assert "new Function" not in response.text


@pytest.mark.django_db
def test_the_javascript_catalogue_refuses_a_language_overlap_does_not_have(client):
    assert client.get("/jsi18n/fr/").status_code == 404


# --- The catalogues are complete ------------------------------------------------------------


def po_entries(path: Path) -> list[dict]:
    """The entries of a .po file: msgctxt, msgid, msgid_plural, msgstr (a list, one per
    plural form) and flags, read without any library so the test needs nothing installed."""
    entries: list[dict] = []
    entry: dict = {}
    field = None

    def finish() -> None:
        if entry:
            entries.append(entry.copy())
            entry.clear()

    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = line.strip()
        if not line:
            finish()
            field = None
        elif line.startswith("#,"):
            entry.setdefault("flags", set()).update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if field and field.startswith("msgstr["):
                entry["msgstr"][-1] += value
            else:
                entry[field] = entry.get(field, "") + value
        else:
            keyword, _, value = line.partition(" ")
            if keyword.startswith("msgstr["):
                entry.setdefault("msgstr", []).append(ast.literal_eval(value))
                field = keyword
            elif keyword == "msgstr":
                entry["msgstr"] = [ast.literal_eval(value)]
                field = "msgstr["
            else:
                entry[keyword] = ast.literal_eval(value)
                field = keyword
    return [
        {"flags": set(), "msgctxt": None, "msgid_plural": None, **each}
        for each in entries
        if "msgid" in each
    ]


CATALOGUES = [
    LOCALE / directory / "LC_MESSAGES" / f"{domain}.po"
    for directory in TRANSLATED
    for domain in ("django", "djangojs")
]


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\([a-z_]+\)[sd]|%[sd]", text))


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: str(path.relative_to(LOCALE)))
def test_every_string_is_translated_and_none_is_fuzzy(catalogue):
    entries = po_entries(catalogue)
    header, messages = entries[0], entries[1:]

    assert header["msgid"] == ""
    assert "fuzzy" not in header["flags"]
    assert "Plural-Forms: nplurals=2;" in header["msgstr"][0]
    assert len(messages) > 5
    for entry in messages:
        name = repr(entry["msgid"])
        assert "fuzzy" not in entry["flags"], name
        assert entry["msgstr"] and all(entry["msgstr"]), f"not translated: {name}"
        for translated in entry["msgstr"]:
            # The same %(name)s and %s as the original: a missing one breaks the sentence.
            expected = placeholders(entry["msgid_plural"] or entry["msgid"])
            assert placeholders(translated) == expected, name


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: str(path.relative_to(LOCALE)))
def test_the_compiled_catalogue_matches_its_po_file(catalogue):
    # The .mo files are committed (README, "Translations"): one forgotten `make messages`
    # after editing a .po file would leave the site on the old words.
    with catalogue.with_suffix(".mo").open("rb") as compiled:
        mo = gettext.GNUTranslations(compiled)
    for entry in po_entries(catalogue)[1:]:
        key = (
            entry["msgid"]
            if entry["msgctxt"] is None
            else f"{entry['msgctxt']}\x04{entry['msgid']}"
        )
        if entry["msgid_plural"]:
            assert mo.ngettext(key, entry["msgid_plural"], 1) == entry["msgstr"][0], key
            assert mo.ngettext(key, entry["msgid_plural"], 5) == entry["msgstr"][1], key
        else:
            assert mo.gettext(key) == entry["msgstr"][0], key


def test_every_language_of_the_settings_has_its_catalogues():
    codes = {code for code, _name in settings.LANGUAGES} - {"en"}
    assert codes == set(TRANSLATED.values())
    assert settings.LOCALE_PATHS == [LOCALE]
    for directory in TRANSLATED:
        assert (LOCALE / directory / "LC_MESSAGES" / "django.mo").exists()
        assert (LOCALE / directory / "LC_MESSAGES" / "djangojs.mo").exists()


# --- No English left on the translated pages -------------------------------------------------


class MainText(HTMLParser):
    """The words a reader meets in <main>: text, and the labels of controls and images.
    An <option> whose text is its value (a time zone name) is a code, not words. Text in
    an element whose `lang` is not the page's is in that other language on purpose (an
    instrument's wording kept in English, an English fallback page, a Spanish translation
    a German curator previews), so it is not the page's words. The page's language is the
    one it was asked in, `language`, or else its own `<html lang>`: a whole page shown in
    another language than asked (a translation previewed) has none of the asked one's."""

    ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self, language: str = "") -> None:
        super().__init__()
        self.language = language.lower()
        self.depth = 0
        self.skip = 0
        self.option_value: str | None = None
        self.pieces: list[str] = []
        self.page_language = ""
        # The open element in another language, and how many of its kind are open in it.
        self.other_language: tuple[str, int] | None = None

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        if tag == "html":
            own = (attributes.get("lang") or "").lower()
            self.page_language = self.language or own
            if own != self.page_language:
                self.other_language = ("html", 1)
            return
        if tag == "main":
            self.depth += 1
        if not self.depth:
            return
        if self.other_language is not None:
            kind, open_count = self.other_language
            if tag == kind and tag not in self.VOID:
                self.other_language = (kind, open_count + 1)
            return
        language = (attributes.get("lang") or "").lower()
        if language and language != self.page_language:
            if tag not in self.VOID:
                self.other_language = (tag, 1)
            return
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "option":
            self.option_value = attributes.get("value") or ""
        for name in self.ATTRIBUTES:
            if attributes.get(name):
                self.pieces.append(attributes[name])
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.pieces.append(attributes.get("value") or "")

    def handle_endtag(self, tag) -> None:
        if tag == "main":
            self.depth -= 1
        if self.other_language is not None:
            kind, open_count = self.other_language
            if tag == kind:
                self.other_language = (kind, open_count - 1) if open_count > 1 else None
            return
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag == "option":
            self.option_value = None

    def handle_data(self, data) -> None:
        if not self.depth or self.skip or self.other_language is not None:
            return
        if self.option_value is not None and data.strip() == self.option_value.replace("_", " "):
            return
        self.pieces.append(data)


def main_words(html: str, language: str = "") -> set[str]:
    parser = MainText(language)
    parser.feed(html)
    words = set()
    for piece in parser.pieces:
        text = " ".join(piece.split())
        if re.search(r"[A-Za-z]{2}", text):
            words.add(text)
    return words


# What is the same in every language: Overlap's name, format names and codes, and words
# that English and the other language share.
SAME_EVERYWHERE = {
    "Overlap",
    "UTC",
    "Europe/Berlin",
    "README.txt",
    "E-mail",
    # Instruments' abbreviations are their names, codes the same in every language
    # (README, "Translations": instrument names are never paraphrased).
    "PHQ-9",
    "GAD-7",
    "MIDAS",
    "HIT-6",
}
SAME_IN = {
    # The same word in that language: "genes" and "aura" (the education pages), "Factor"
    # (a column of the timeline's factors table), "no" (a cell), a dose, and triggers of
    # the shared list; "Vasculitis" is the condition's name in Spanish too.
    "es": {"Genes", "aura", "Aura", "Factor", "no", "No", "Alcohol", "Gluten", "Vasculitis"},
    # allauth's own Brazilian Portuguese labels its address field "Email", as Brazil does.
    "pt-br": {"Email", "Genes", "aura", "Aura", "Dose"},
    # The curators' admin: "Status", "Filter", "Text", "Version" and "Name" are German words
    # too, as labels ("Status:") and headings.
    "de": {
        "Code",
        "Name",
        "Start",
        "Aura",
        "Stress",
        "Gluten",
        "Menstruation",
        "Name:",
        "Status",
        "Status:",
        "Filter",
        "Text",
        "Version",
    },
}
# A word as it stands before or after a sentence's punctuation ("PHQ-9:", "Alice.").
PUNCTUATION = " .,:;·()"


def condition_names() -> set[str]:
    """The condition names curators added: data, shown as written. The names Overlap seeds
    are translated (education/condition_names.py), so they are not allowed to stay English."""
    return set(Condition.objects.values_list("name", flat=True)) - set(SEEDED_NAMES)


def without_allowed(words: set[str], allowed: set[str]) -> set[str]:
    """`words` less the allowed ones, with or without the punctuation around them."""
    return {
        word for word in words if word not in allowed and word.strip(PUNCTUATION) not in allowed
    }


def same_months(language: str) -> set[str]:
    """The months of the two years around today that the language writes as English does
    ("November 2026" in German), as the pages name them."""
    today = datetime.date.today()
    months = [
        datetime.date(today.year + years, month, 1)
        for years in (-1, 0, 1)
        for month in range(1, 13)
    ]
    with translation.override("en"):
        english = {month: month_words(month) for month in months}
    with translation.override(language):
        return {words for month, words in english.items() if month_words(month) == words}


def untranslated(html_by_language: dict[str, str], language: str) -> set[str]:
    # Each language is named in its own words in every language (the language menu).
    own_names = {name for _code, name in settings.LANGUAGES}
    allowed = (
        SAME_EVERYWHERE | SAME_IN[language] | own_names | condition_names() | same_months(language)
    )
    english = main_words(html_by_language["en"], "en")
    words = main_words(html_by_language[language], language)
    return without_allowed(words & english, allowed)


def pages_for(client, url: str, **post) -> dict[str, str]:
    pages = {}
    for language in ["en", *TRANSLATED.values()]:
        if post:
            response = client.post(url, post["data"], HTTP_ACCEPT_LANGUAGE=language)
        else:
            response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200, (url, language, response.status_code)
        assert html_lang(response) == language
        pages[language] = response.text
    return pages


VISITOR_PAGES = [
    "/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", VISITOR_PAGES)
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_a_visitors_page_has_no_english_left(client, url, language):
    pages = pages_for(client, url)

    assert untranslated(pages, language) == set()


# The informal "you" of each language: Overlap says "usted" and "Sie" (README,
# "Translations"), where allauth's own words say "tú" and "du" on some pages.
INFORMAL = {
    "es": r"\b(tú|tu|tus|te|ti)\b",
    "de": r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b",
}


@pytest.mark.django_db
@pytest.mark.parametrize("url", [*VISITOR_PAGES, "/accounts/password/reset/done/"])
@pytest.mark.parametrize("language", INFORMAL)
def test_a_visitors_page_keeps_the_formal_you(client, url, language):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 200
    words = " ".join(main_words(response.text))
    assert re.findall(INFORMAL[language], words, re.IGNORECASE) == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_a_form_with_errors_has_no_english_left(client, language):
    # Sign-up with nothing filled in: every error message, each in the page's language.
    pages = pages_for(client, "/accounts/signup/", data={"email": "", "password1": ""})

    assert "alert" in pages[language] or "invalid-feedback" in pages[language]
    assert untranslated(pages, language) == set()


PATIENT_PAGES = [
    "/accounts/profile/",
    "/accounts/logout/",
    "/accounts/delete/",
    "/accounts/2fa/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PATIENT_PAGES)
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_a_patients_page_has_no_english_left(client, alice, url, language):
    client.force_login(alice)
    pages = pages_for(client, url)

    assert untranslated(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_the_account_deletion_form_refuses_in_the_pages_language(client, alice, language):
    client.force_login(alice)

    pages = pages_for(client, "/accounts/delete/", data={"password": "not it"})

    assert alice.pk and User.objects.filter(pk=alice.pk).exists()
    assert "invalid-feedback" in pages[language]
    assert untranslated(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_setting_up_two_step_sign_in_has_no_english_left(client, alice, language):
    client.force_login(alice)
    # Setting up an authenticator asks for the password again first.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    pages = pages_for(client, "/accounts/2fa/totp/activate/")

    assert "data:image/svg+xml" in pages[language]
    assert untranslated(pages, language) == set()


# Onboarding's medicines step is the medication list's form, translated with the diary.
ONBOARDING_STEPS = [
    OnboardingStep.CONDITIONS,
    OnboardingStep.TIMEZONE,
    OnboardingStep.REMINDERS,
    OnboardingStep.CYCLE,
    OnboardingStep.THEME,
]


@pytest.mark.django_db
@pytest.mark.parametrize("step", ONBOARDING_STEPS)
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_an_onboarding_step_has_no_english_left(client, step, language):
    user = User.objects.create_user(
        "new@example.com", PASSWORD, role=User.Role.PATIENT, onboarding_step=step
    )
    PatientProfile.objects.create(user=user)
    client.force_login(user)

    pages = pages_for(client, reverse(f"onboarding:{step.value}"))

    assert untranslated(pages, language) == set()


def test_new_javascript_words_replace_the_service_worker(client, monkeypatch):
    # The worker keeps the catalogues for offline use; a new translation must reach it.
    from config import i18n

    before = client.get("/sw.js").content.decode().splitlines()[0]
    monkeypatch.setattr(i18n, "catalogue_fingerprint", lambda: "new-words")
    after = client.get("/sw.js").content.decode().splitlines()[0]

    assert before != after
