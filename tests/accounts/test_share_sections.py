"""Shares scoped by section: the patient chooses which sections a clinician sees when
inviting them and changes it later on /sharing/ (POST, kept and logged); bad input says
what is wrong and saves nothing; a share always shows at least one section; shares from
before sections keep showing what they showed."""

import logging

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from accounts.models import ALL_SECTIONS, CareShare, Section
from accounts.services import share_sections_change
from tests.accounts.test_sharing import INVITE, invite
from tests.conftest import make_share

DATA_SECTIONS = ALL_SECTIONS - {Section.NOTES}


@pytest.fixture
def reauthenticated(alice_client, password):
    alice_client.post(reverse("account_reauthenticate"), {"password": password})
    return alice_client


@pytest.fixture
def security_log(caplog):
    logger = logging.getLogger("overlap.security")
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger="overlap.security")
    yield caplog
    logger.removeHandler(caplog.handler)


def sections_url(share) -> str:
    return reverse("sharing:sections", args=[share.pk])


def test_an_invitation_shares_the_sections_chosen(reauthenticated, mailoutbox):
    share, _ = invite(reauthenticated, sections=["flares", "medicines"])

    assert share.sections == {Section.FLARES, Section.MEDICINES}
    assert share.sees(Section.FLARES) and not share.sees(Section.MIGRAINE)
    assert "The sections of the diary they share: flares, medicines." in mailoutbox[0].body
    assert "Their free-text notes are not included." in mailoutbox[0].body


def test_the_invitation_form_offers_every_section_all_but_notes_ticked(alice_client):
    html = alice_client.get(reverse("sharing:list")).content.decode()

    for section in Section:
        assert f'value="{section.value}"' in html
    assert html.count('name="sections" value=') == len(Section)
    form = alice_client.get(reverse("sharing:list")).context["form"]
    assert set(form["sections"].initial) == DATA_SECTIONS


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        ([], "Choose at least one section for the clinician to see."),
        (["migraine", "x-rays"], "one of those sent is not a section Overlap knows"),
    ],
)
def test_an_invitation_without_a_known_section_is_refused(
    reauthenticated, mailoutbox, sections, message
):
    response = reauthenticated.post(reverse("sharing:list"), INVITE | {"sections": sections})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert CareShare.objects.count() == 0
    assert mailoutbox == []


def test_the_patient_changes_the_sections_from_the_next_request(
    alice_client, alice, bob, security_log
):
    share = make_share(alice, bob)

    response = alice_client.post(
        sections_url(share), {"sections": ["migraine", "notes"]}, follow=True
    )

    share.refresh_from_db()
    assert share.sections == {Section.MIGRAINE, Section.NOTES}
    assert share.sections_changed_at is not None
    html = response.content.decode()
    assert "From now on Dr Bob sees: migraine and headache, notes." in html
    assert "sections changed" in html
    assert f"share sections changed share={share.pk} patient={alice.pk}" in security_log.text
    assert "sections=migraine,notes" in security_log.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose at least one section for the clinician to see."),
        ({"sections": ["flares", "everything"]}, "not a section Overlap knows"),
        ({"sections": ["\x00"]}, "not a section Overlap knows"),
    ],
)
def test_changing_to_no_known_section_says_why_and_changes_nothing(
    alice_client, alice, bob, data, message
):
    share = make_share(alice, bob)
    before = CareShare.objects.filter(pk=share.pk).values().get()

    response = alice_client.post(sections_url(share), data, follow=True)

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Nothing was changed for Dr Bob." in html
    assert CareShare.objects.filter(pk=share.pk).values().get() == before


def test_the_same_sections_again_change_nothing(alice_client, alice, bob):
    share = make_share(alice, bob)

    response = alice_client.post(
        sections_url(share), {"sections": sorted(DATA_SECTIONS)}, follow=True
    )

    assert "already sees these sections" in response.content.decode()
    share.refresh_from_db()
    assert share.sections_changed_at is None


def test_an_ended_share_is_not_changed(alice_client, alice, bob):
    share = make_share(alice, bob, revoked_at=timezone.now())

    response = alice_client.post(sections_url(share), {"sections": ["notes"]}, follow=True)

    assert "This share has ended" in response.content.decode()
    share.refresh_from_db()
    assert share.sections == DATA_SECTIONS


def test_another_patients_share_is_a_404(client, charlie, alice, bob):
    share = make_share(alice, bob)
    client.force_login(charlie)

    response = client.post(sections_url(share), {"sections": ["notes"]})

    assert response.status_code == 404
    share.refresh_from_db()
    assert share.sections == DATA_SECTIONS


def test_changing_sections_is_a_post(alice_client, alice, bob):
    share = make_share(alice, bob)

    assert alice_client.get(sections_url(share)).status_code == 405


def test_the_service_refuses_no_section_or_an_unknown_one(alice, bob):
    share = make_share(alice, bob)

    for sections in (frozenset(), frozenset({"x-rays"})):
        with pytest.raises(ValueError):
            share_sections_change(share=share, patient=alice, sections=sections)


def test_the_database_refuses_a_share_without_any_section(alice, bob):
    share = make_share(alice, bob)
    share.set_sections(frozenset())

    with pytest.raises(IntegrityError):
        share.save()


def test_a_share_made_before_sections_shows_what_it_showed(alice, bob):
    # The new fields' defaults are what the migration gives every existing share.
    without_notes = make_share(alice, bob)
    with_notes = make_share(alice, bob, include_notes=True)

    assert without_notes.sections == DATA_SECTIONS
    assert with_notes.sections == ALL_SECTIONS
