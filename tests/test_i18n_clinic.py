"""Sharing, the clinic and the shared pages in Spanish, Brazilian Portuguese and German.

The patient's sharing page (active, invited, revoked and expired shares, the access
history, the invitation form and its errors, the messages after each action), ending a
share, a clinician's invitation, the clinician's list of patients (who needs attention
first), the clinician's and the curator's home pages and the error pages: no English left
in their main element (tests/test_i18n.py). The clinic list keeps what it works out in the
cache (clinic/summaries.py): a list in German after one in English shows German.

The sentences that say why a patient needs attention (diary.insights.attention) are the
diary's sentences, translated with the diary's insights; the list's test leaves them out
by name until then, and checks every other word of the list.
"""

import datetime
import secrets

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.defaults import server_error

from accounts.models import AccessEvent, CareShare, User
from accounts.services import access_record
from clinic import summaries
from config.urls import urlpatterns as overlap_urls
from diary.models import DailyCheckIn, Flare, MigraineAttack
from tests.conftest import PASSWORD, give_totp, make_clinician, make_patient, make_share
from tests.test_i18n import TRANSLATED, html_lang, main_words, pages_for, untranslated

LANGUAGES = list(TRANSLATED.values())
SHARING = reverse("sharing:list")
CLINIC = reverse("clinic:patient-list")


def people() -> set[str]:
    """What pages show of the people in them: names and addresses, which are data, the
    same in every language (as the access history's "Dr Bob (bob@example.com)")."""
    shown = set()
    for name, email in User.objects.values_list("display_name", "email"):
        shown |= {name, email, f"{name} ({email})", f"({email})"} if name else {email}
    return shown | set(CareShare.objects.values_list("invite_email", flat=True))


def left(pages: dict[str, str], language: str) -> set[str]:
    """The English left on the page in `language`, besides the people it names."""
    return untranslated(pages, language) - people()


def pages_with_status(client, url: str, status: int) -> dict[str, str]:
    """As tests.test_i18n.pages_for, for a page answered with another status than 200."""
    pages = {}
    for language in ["en", *LANGUAGES]:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == status, (url, language, response.status_code)
        assert html_lang(response) == language
        pages[language] = response.text
    return pages


def invitation(patient, email: str, **fields) -> tuple[CareShare, str]:
    """An invitation as share_invite leaves it once sent, and its link's token."""
    token = secrets.token_urlsafe(32)
    share = CareShare.objects.create(
        patient=patient, invite_email=email, token_hash=CareShare.hash_token(token), **fields
    )
    return share, token


# --- The patient's sharing page --------------------------------------------------------------


@pytest.fixture
def shares(alice, bob):
    """Alice's shares in every state: bob sees her diary (and has read it), an invitation
    waits (its e-mail could not be sent), one share was revoked and one expired."""
    give_totp(bob)
    now = timezone.now()
    active = make_share(alice, bob, sections_changed_at=now - datetime.timedelta(hours=2))
    invitation(
        alice,
        "new@example.com",
        invitation_delivery=CareShare.Delivery.FAILED,
        created_at=now - datetime.timedelta(days=2),
    )
    make_share(alice, make_clinician("erin@example.com", "Dr Erin"), revoked_at=now)
    make_share(
        alice,
        make_clinician("frank@example.com", "Dr Frank"),
        created_at=now - datetime.timedelta(days=40),
        expires_at=now - datetime.timedelta(days=10),
    )
    make_share(
        alice,
        make_clinician("gwen@example.com", "Dr Gwen"),
        expires_at=now + datetime.timedelta(days=30),
    )
    for what in (AccessEvent.What.SUMMARY, AccessEvent.What.TIMELINE, AccessEvent.What.REPORT):
        access_record(share=active, what=what)
    access_record(share=active, what=AccessEvent.What.CSV, action=AccessEvent.Action.EXPORTED)
    return active


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sharing_page_has_no_english_left(alice_client, shares, language):
    pages = pages_for(alice_client, SHARING)

    english = pages["en"]
    for state in ('data-state="active"', 'data-state="invited"', 'data-state="revoked"'):
        assert state in english
    assert 'data-state="expired"' in english
    assert 'data-delivery="failed"' in english
    assert 'id="access-history"' in english
    assert "Exported your data as CSV" in english
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_access_history_puts_each_languages_words_in_its_order(alice_client, shares, language):
    pages = pages_for(alice_client, SHARING)

    with translation.override(language):
        viewed = gettext("Viewed %(what)s") % {"what": gettext("your timeline")}
    assert viewed in main_words(pages[language])
    assert "Viewed your timeline" in main_words(pages["en"])


@pytest.mark.django_db
def test_the_sharing_page_writes_dates_in_the_pages_language(alice_client, shares):
    shares.created_at = datetime.datetime(2026, 3, 5, 12, tzinfo=datetime.UTC)
    shares.save(update_fields=["created_at"])

    german = alice_client.get(SHARING, HTTP_ACCEPT_LANGUAGE="de").text
    english = alice_client.get(SHARING, HTTP_ACCEPT_LANGUAGE="en").text

    assert "Eingeladen am 5. Mär 2026" in german
    assert "Invited 5 Mar 2026" in english


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_invitation_form_with_errors_has_no_english_left(alice_client, alice, language):
    alice_client.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    pages = pages_for(alice_client, SHARING, data={"email": alice.email, "duration": "7"})

    assert "invalid-feedback" in pages[language]
    assert CareShare.objects.count() == 0
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_sending_an_invitation_says_so_in_the_pages_language(alice_client, language, mailoutbox):
    alice_client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    pages = {}
    for each in ["en", language]:
        response = alice_client.post(
            SHARING,
            {"email": f"{each}@example.com", "duration": "30", "sections": ["migraine"]},
            HTTP_ACCEPT_LANGUAGE=each,
            follow=True,
        )
        assert 'class="messages"' in response.text
        pages[each] = response.text

    assert CareShare.objects.count() == 2
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_changing_a_shares_sections_says_so_in_the_pages_language(alice_client, shares, language):
    url = reverse("sharing:sections", args=[shares.pk])
    for sections, changed in ((["migraine", "flares"], True), (["migraine", "flares"], False)):
        pages = {}
        for each in ["en", language]:
            if changed:  # the same change each time: the second one changes something too
                shares.shows_flares = False
                shares.save(update_fields=["shows_flares"])
            response = alice_client.post(
                url, {"sections": sections}, HTTP_ACCEPT_LANGUAGE=each, follow=True
            )
            assert 'class="messages"' in response.text
            pages[each] = response.text
        assert left(pages, language) == set(), changed
    # And when no section is chosen.
    pages = {
        each: alice_client.post(url, {}, HTTP_ACCEPT_LANGUAGE=each, follow=True).text
        for each in ["en", language]
    }
    assert "alert-danger" in pages[language]
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "From now on Dr Bob sees: migraine and headache, flares."),
        ("es", "A partir de ahora, Dr Bob ve: migraña y cefalea, brotes."),
        ("pt-br", "A partir de agora, Dr Bob vê: enxaqueca e dor de cabeça, surtos."),
        # German writes nouns with a capital letter inside a sentence too.
        ("de", "Ab jetzt sieht Dr Bob: Migräne und Kopfschmerz, Schübe."),
    ],
)
def test_the_sections_are_named_inside_a_sentence_as_each_language_writes_them(
    alice_client, shares, language, said
):
    response = alice_client.post(
        reverse("sharing:sections", args=[shares.pk]),
        {"sections": ["migraine", "flares"]},
        HTTP_ACCEPT_LANGUAGE=language,
        follow=True,
    )

    assert said in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_ending_a_share_has_no_english_left(alice_client, shares, language):
    pages = pages_for(alice_client, reverse("sharing:revoke", args=[shares.pk]))

    assert left(pages, language) == set()

    # Ending it (a share for each language), then the page of one already ended.
    ended = {}
    for each in ["en", language]:
        share = make_share(shares.patient, make_clinician(f"dr-{each}@example.com", "Dr X"))
        url = reverse("sharing:revoke", args=[share.pk])
        response = alice_client.post(url, HTTP_ACCEPT_LANGUAGE=each, follow=True)
        assert 'class="messages"' in response.text
        ended[each] = response.text
    assert left(ended, language) == set()
    assert left(pages_for(alice_client, url), language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_ending_an_invitation_has_no_english_left(alice_client, alice, language):
    share, _ = invitation(alice, "new@example.com")

    pages = pages_for(alice_client, reverse("sharing:revoke", args=[share.pk]))

    assert "new@example.com" in pages[language]
    assert left(pages, language) == set()


# --- The clinician's invitation -----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("include_notes", [False, True])
def test_an_invitation_has_no_english_left(bob_client, alice, language, include_notes):
    _, token = invitation(
        alice,
        "bob@example.com",
        include_notes=include_notes,
        expires_at=timezone.now() + datetime.timedelta(days=90),
    )

    pages = pages_for(bob_client, reverse("sharing:accept", args=[token]))

    assert "Accept the invitation" in pages["en"]
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invitation_for_another_address_says_why_in_the_pages_language(
    bob_client, alice, language
):
    _, token = invitation(alice, "someone-else@example.com")

    pages = pages_for(bob_client, reverse("sharing:accept", args=[token]))

    assert 'id="invitation-problem"' in pages[language]
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_accepting_an_invitation_says_so_in_the_pages_language(bob, alice, client, language):
    give_totp(bob)
    client.force_login(bob)
    pages = {}
    for each in ["en", language]:
        patient = make_patient(f"{each}@example.com", display_name=f"Patient {each}")
        _, token = invitation(patient, bob.email)
        response = client.post(
            reverse("sharing:accept", args=[token]), HTTP_ACCEPT_LANGUAGE=each, follow=True
        )
        assert 'class="messages"' in response.text
        pages[each] = response.text

    # On to the list of patients, where the new patients have logged nothing yet.
    assert left(pages, language) - attention_sentences(client) == set()


# --- The clinic ----------------------------------------------------------------------------


def local_day(patient, days_ago: int) -> datetime.date:
    return timezone.localdate(timezone.now(), patient.tzinfo) - datetime.timedelta(days=days_ago)


@pytest.fixture
def clinician(db):
    user = make_clinician("gwen@example.com", "Dr Gwen")
    give_totp(user)
    return user


@pytest.fixture
def patients(clinician, lupus):
    """Patients in each state of attention: rising migraine days, a flare, quiet, new and
    calm."""
    calm, quiet, flaring, rising, new = (
        make_patient(f"{name}@example.com", display_name=name.title())
        for name in ("amy", "ben", "cal", "dee", "eve")
    )
    for patient in (calm, quiet, flaring, rising, new):
        make_share(patient, clinician)
    for patient, days in ((calm, range(70)), (quiet, [20, 21, 70]), (flaring, range(70))):
        DailyCheckIn.objects.bulk_create(
            DailyCheckIn(owner=patient, day=local_day(patient, ago), stress=2) for ago in days
        )
    DailyCheckIn.objects.bulk_create(
        DailyCheckIn(owner=rising, day=local_day(rising, ago), stress=2) for ago in range(70)
    )
    for ago in (1, 3, 5, 7, 40):
        started = datetime.datetime.combine(
            local_day(rising, ago), datetime.time(10), tzinfo=rising.tzinfo
        )
        MigraineAttack.objects.create(
            owner=rising, started_at=started, ended_at=started + datetime.timedelta(hours=3)
        )
    Flare.objects.create(owner=flaring, condition=lupus, started_on=local_day(flaring, 4))
    return [rising, flaring, quiet, new, calm]


def attention_sentences(client) -> set[str]:
    """The list's sentences of why each patient needs attention, in English: the diary's
    insights' sentences (see the module's docstring)."""
    response = client.get(CLINIC, HTTP_ACCEPT_LANGUAGE="en")
    return {reason for row in response.context["patients"] for reason in row["reasons"]}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", [{}, {"order": "name"}, {"q": "e"}, {"q": "nobody"}])
def test_the_clinic_list_has_no_english_left(client, clinician, patients, language, query):
    client.force_login(clinician)
    url = f"{CLINIC}?{'&'.join(f'{key}={value}' for key, value in query.items())}"

    pages = pages_for(client, url)

    assert "Needs attention" in pages["en"] or query.get("q") == "nobody"
    assert left(pages, language) - attention_sentences(client) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_clinic_list_a_page_at_a_time_and_a_search_too_long_have_no_english_left(
    client, clinician, language
):
    for number in range(30):
        make_share(make_patient(f"p{number}@example.com", display_name=f"P{number:02}"), clinician)
    client.force_login(clinician)

    pages = pages_for(client, f"{CLINIC}?page=2")
    too_long = pages_for(client, f"{CLINIC}?q={'x' * 101}")

    assert "pagination" in pages[language]
    assert left(pages, language) - attention_sentences(client) == set()
    assert "invalid-feedback" in too_long[language]
    assert left(too_long, language) - attention_sentences(client) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_clinic_list_has_no_english_left(client, clinician, language):
    client.force_login(clinician)

    pages = pages_for(client, CLINIC)

    assert "No patients yet" in pages["en"]
    assert left(pages, language) == set()


@pytest.mark.django_db
def test_the_clinic_list_in_german_after_english_shows_german(
    client, clinician, patients, lupus, monkeypatch
):
    # What the list keeps of each patient holds words made as it is worked out (alert
    # titles, the conditions' names): here the flare's condition is named in the language
    # active then, so words kept for the English list would show in the German one.
    worked_out = []
    seen_of = summaries.seen_of

    def seen_in_the_active_language(listed, recent, *, now):
        worked_out.append((listed.pk, translation.get_language()))
        seen = seen_of(listed, recent, now=now)
        return seen._replace(condition_names=dict.fromkeys(seen.condition_names, gettext("Flares")))

    monkeypatch.setattr(summaries, "seen_of", seen_in_the_active_language)
    client.force_login(clinician)

    def flares(language: str) -> list:
        response = client.get(CLINIC, HTTP_ACCEPT_LANGUAGE=language)
        assert html_lang(response) == language
        return [row["ongoing_flares"] for row in response.context["patients"]][1]

    assert flares("en") == ["Flares"]
    german = flares("de")
    assert german == ["Schübe"]
    # Each language's are kept: the lists again work nothing out.
    count = len(worked_out)
    assert flares("de") == ["Schübe"]
    assert flares("en") == ["Flares"]
    assert len(worked_out) == count == 2 * len(patients)
    german_page = client.get(CLINIC, HTTP_ACCEPT_LANGUAGE="de").text
    assert "Braucht Aufmerksamkeit" in german_page
    assert "Needs attention" not in german_page


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_clinicians_home_before_two_factor_set_up_has_no_english_left(bob_client, bob, language):
    EmailAddress.objects.create(user=bob, email=bob.email, primary=True, verified=False)

    pages = pages_for(bob_client, "/")

    assert 'id="confirm-email-first"' in pages[language]
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_curators_home_has_no_english_left(carol_client, carol, language):
    pages = pages_for(carol_client, "/")
    carol.display_name = ""
    carol.save(update_fields=["display_name"])
    nameless = pages_for(carol_client, "/")

    assert reverse("admin:index") in pages[language]
    assert left(pages, language) == set()
    assert left(nameless, language) == set()


# --- The error pages ---------------------------------------------------------------------


def forbidden(request: HttpRequest):
    raise PermissionDenied


# Overlap's own URLs and one that refuses everyone, as a curator's admin page may.
urlpatterns = [*overlap_urls, path("i18n-forbidden/", forbidden)]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_not_allowed_page_has_no_english_left(alice_client, settings, language):
    settings.ROOT_URLCONF = __name__

    pages = pages_with_status(alice_client, "/i18n-forbidden/", 403)

    assert "You can't open this page" in pages["en"]
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("logged_in", [False, True])
def test_the_page_not_found_has_no_english_left(client, alice, language, logged_in):
    if logged_in:
        client.force_login(alice)

    pages = pages_with_status(client, "/no-such-page/", 404)

    assert "We can't find that page" in pages["en"]
    assert left(pages, language) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_server_error_page_has_no_english_left(rf, language):
    pages = {}
    for each in ["en", language]:
        with translation.override(each):
            response = server_error(rf.get("/"))
        assert response.status_code == 500
        pages[each] = response.content.decode()

    assert "Something went wrong on our side" in pages["en"]
    assert left(pages, language) == set()
    assert settings.LANGUAGE_CODE == "en"
