"""The patient's side of sharing (/sharing/) and a clinician accepting an invitation."""

import datetime
import logging
import re
import secrets
import time

import pytest
from allauth.account.internal.flows import reauthentication
from allauth.account.models import EmailAddress
from django.contrib import admin
from django.core import mail
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from accounts.models import AccessEvent, CareShare
from accounts.services import access_record, share_accept, share_revoke
from tests.conftest import make_clinician, make_share

EVERY_SECTION = ["migraine", "flares", "medicines", "checkins", "notes"]
INVITE = {"email": "Bob@Example.com", "duration": "30", "sections": EVERY_SECTION}


@pytest.fixture
def reauthenticated(alice_client, password):
    """Alice, having entered her password again just now."""
    alice_client.post(reverse("account_reauthenticate"), {"password": password})
    return alice_client


def invite(client, **data) -> tuple[CareShare, str]:
    """Send an invitation; return the share and the token from the e-mail's link."""
    response = client.post(reverse("sharing:list"), INVITE | data)
    assert response.status_code == 302, response.content
    match = re.search(r"/sharing/accept/([^/]+)/", str(mail.outbox[-1].body))
    assert match is not None, mail.outbox[-1].body
    token = match.group(1)
    return CareShare.objects.latest("pk"), token


def test_it_asks_for_the_password_before_creating_a_share(alice_client, mailoutbox):
    response = alice_client.post(reverse("sharing:list"), INVITE)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    assert CareShare.objects.count() == 0
    assert mailoutbox == []


def test_it_sends_the_invitation_once_the_password_was_entered_again(
    alice_client, password, mailoutbox
):
    alice_client.post(reverse("sharing:list"), INVITE)

    # allauth keeps the refused POST and replays it after the password.
    response = alice_client.post(
        reverse("account_reauthenticate") + "?next=/sharing/", {"password": password}
    )

    assert response.status_code == 302
    assert CareShare.objects.get().invite_email == "bob@example.com"
    assert len(mailoutbox) == 1


def test_it_asks_again_after_ten_minutes(reauthenticated, monkeypatch):
    later = time.time() + 10 * 60 + 1
    monkeypatch.setattr(reauthentication.time, "time", lambda: later)

    response = reauthenticated.post(reverse("sharing:list"), INVITE)

    assert response.url.startswith(reverse("account_reauthenticate"))
    assert CareShare.objects.count() == 0


def test_it_invites_a_clinician_by_email(reauthenticated, alice, mailoutbox):
    share, token = invite(reauthenticated)

    assert share.patient == alice
    assert share.clinician is None
    assert share.invite_email == "bob@example.com"
    assert share.include_notes is True
    assert share.state == CareShare.State.INVITED
    days = (share.expires_at - share.created_at).days
    assert days == 30
    message = mailoutbox[0]
    assert message.to == ["bob@example.com"]
    assert message.subject == "A patient invites you to see their Overlap diary"
    assert 'gave their name as "Alice"' in message.body
    assert f"http://testserver/sharing/accept/{token}/" in message.body
    assert "Their free-text notes are included." in message.body
    assert "Your access ends on" in message.body
    assert "The link works once and expires after 14 days" in message.body
    assert "two-factor authentication" in message.body


def test_it_stores_only_a_hash_of_the_token(reauthenticated):
    share, token = invite(reauthenticated)

    assert share.token_hash == CareShare.hash_token(token)
    assert len(share.token_hash) == 64
    row = CareShare.objects.filter(pk=share.pk).values().get()
    assert all(token not in str(value) for value in row.values())


def test_it_shares_until_revoked_without_notes(reauthenticated, mailoutbox):
    share, _ = invite(reauthenticated, duration="revoked", sections=EVERY_SECTION[:-1])

    assert share.expires_at is None
    assert share.include_notes is False
    assert "Their free-text notes are not included." in mailoutbox[0].body
    assert "Your access lasts until the patient revokes it." in mailoutbox[0].body


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"email": "not an address"}, "email"),
        ({"email": "alice@example.com"}, "email"),
        ({"duration": "7"}, "duration"),
        ({"email": ""}, "email"),
    ],
)
def test_it_refuses_bad_invitations(reauthenticated, mailoutbox, data, field):
    response = reauthenticated.post(reverse("sharing:list"), INVITE | data)

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert CareShare.objects.count() == 0
    assert mailoutbox == []


def test_it_shows_an_invitation_whose_email_could_not_be_sent(reauthenticated, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise ConnectionError("no mail server")

    monkeypatch.setattr("accounts.services.send_mail", broken)

    with caplog.at_level(logging.WARNING):
        response = reauthenticated.post(reverse("sharing:list"), INVITE, follow=True)

    share = CareShare.objects.get()
    assert share.invitation_delivery == CareShare.Delivery.FAILED
    assert "E-mail: could not be sent; revoke it and invite again" in response.content.decode()
    assert f"share invitation not sent share={share.pk}" in caplog.text
    # The job's error is logged with its traceback, not swallowed.
    assert "ConnectionError" in caplog.text


def test_it_shows_an_invitation_being_sent(reauthenticated, alice):
    make_share(alice, None, invitation_delivery=CareShare.Delivery.QUEUED)

    response = reauthenticated.get(reverse("sharing:list"))

    assert "E-mail: sending" in response.content.decode()


def test_it_lists_every_share_with_its_state(alice_client, alice, bob):
    now = timezone.now()
    make_share(alice, None)
    make_share(alice, bob)
    make_share(alice, make_clinician("x@example.com", "Dr X"), revoked_at=now)
    make_share(
        alice,
        make_clinician("y@example.com", "Dr Y"),
        created_at=now - datetime.timedelta(days=40),
        expires_at=now - datetime.timedelta(days=1),
    )

    response = alice_client.get(reverse("sharing:list"))

    body = response.content.decode()
    for state in ("invited", "active", "revoked", "expired"):
        assert f'data-state="{state}"' in body
    assert body.count(">Revoke<") == 2


def test_it_revokes_a_share(alice_client, alice, alice_shares_with_bob, caplog):
    with caplog.at_level(logging.INFO, logger="overlap.security"):
        response = alice_client.post(reverse("sharing:revoke", args=[alice_shares_with_bob.pk]))

    assert response.status_code == 302
    alice_shares_with_bob.refresh_from_db()
    assert alice_shares_with_bob.revoked_at is not None
    assert alice_shares_with_bob.state == CareShare.State.REVOKED
    assert f"share revoked share={alice_shares_with_bob.pk}" in caplog.text
    assert "bob@example.com" not in caplog.text


def test_it_revokes_an_invitation_before_it_is_accepted(alice_client, alice, bob):
    share = make_share(alice, None)

    alice_client.post(reverse("sharing:revoke", args=[share.pk]))

    share.refresh_from_db()
    assert share.state == CareShare.State.REVOKED


def test_revoke_asks_first_and_get_changes_nothing(alice_client, alice_shares_with_bob):
    listing = alice_client.get(reverse("sharing:list")).content.decode()
    url = reverse("sharing:revoke", args=[alice_shares_with_bob.pk])
    # The list links to the question; it has no form that revokes on one tap.
    assert f'href="{url}"' in listing
    assert f'action="{url}"' not in listing

    response = alice_client.get(url)

    assert response.status_code == 200
    body = " ".join(response.content.decode().split())
    assert "End access for Dr Bob?" in body
    assert "will no longer see your timeline" in body
    assert '<button type="submit" class="btn btn-danger btn-big">End access now</button>' in body
    alice_shares_with_bob.refresh_from_db()
    assert alice_shares_with_bob.revoked_at is None


def test_revoke_asks_about_an_invitation_by_its_address(alice_client, alice):
    share = make_share(alice, None)

    body = alice_client.get(reverse("sharing:revoke", args=[share.pk])).content.decode()

    assert f"The invitation sent to {share.invite_email} will stop working" in body


def test_revoke_of_an_ended_share_says_so_and_offers_nothing(alice_client, alice_shares_with_bob):
    url = reverse("sharing:revoke", args=[alice_shares_with_bob.pk])
    alice_client.post(url)

    body = alice_client.get(url).content.decode()

    assert "This share has already ended" in body
    assert "End access now" not in body


def test_it_404s_for_another_patients_share_question(charlie_client, alice_shares_with_bob):
    response = charlie_client.get(reverse("sharing:revoke", args=[alice_shares_with_bob.pk]))

    assert response.status_code == 404


def test_it_404s_for_another_patients_share(charlie_client, alice_shares_with_bob):
    response = charlie_client.post(reverse("sharing:revoke", args=[alice_shares_with_bob.pk]))

    assert response.status_code == 404
    alice_shares_with_bob.refresh_from_db()
    assert alice_shares_with_bob.revoked_at is None


def test_it_sends_visitors_to_log_in(client, alice_shares_with_bob):
    response = client.post(reverse("sharing:revoke", args=[alice_shares_with_bob.pk]))

    assert response.url.startswith(reverse("account_login"))
    assert client.get(reverse("sharing:list")).url.startswith(reverse("account_login"))


def test_it_404s_sharing_for_clinicians(bob_client):
    assert bob_client.get(reverse("sharing:list")).status_code == 404


# --- Accepting -----------------------------------------------------------------------


@pytest.fixture
def invitation(alice) -> tuple[CareShare, str]:
    return invite_directly(alice, "bob@example.com")


def invite_directly(patient, email: str, **fields) -> tuple[CareShare, str]:
    token = secrets.token_urlsafe(32)
    share = CareShare.objects.create(
        patient=patient,
        invite_email=email,
        token_hash=CareShare.hash_token(token),
        **fields,
    )
    return share, token


def accept_url(token: str) -> str:
    return reverse("sharing:accept", args=[token])


def test_it_shows_the_invitation_to_the_clinician_it_is_for(bob_client, invitation):
    share, token = invitation

    response = bob_client.get(accept_url(token))

    assert response.status_code == 200
    assert b"Alice (alice@example.com) invites you" in response.content
    assert b"without their free-text notes" in response.content
    share.refresh_from_db()
    assert share.accepted_at is None


def test_it_accepts_an_invitation(bob_client, bob, invitation):
    share, token = invitation

    response = bob_client.post(accept_url(token))

    assert response.url == reverse("clinic:patient-list")
    share.refresh_from_db()
    assert share.clinician == bob
    assert share.accepted_at is not None
    assert share.is_live


def test_it_accepts_a_token_only_once(bob_client, invitation):
    share, token = invitation
    bob_client.post(accept_url(token))

    again = bob_client.post(accept_url(token))
    opened = bob_client.get(accept_url(token))

    assert again.status_code == 400
    assert b"already been used" in again.content
    assert b"already been used" in opened.content
    assert CareShare.objects.live().count() == 1


def test_it_refuses_an_invitation_for_another_address(client, invitation):
    share, token = invitation
    client.force_login(make_clinician("dana@example.com", "Dr Dana"))

    opened = client.get(accept_url(token))
    posted = client.post(accept_url(token))

    for response in (opened, posted):
        assert b"sent to another e-mail address" in response.content
        assert b"Alice" not in response.content
        assert b"alice@example.com" not in response.content
    share.refresh_from_db()
    assert share.accepted_at is None


def test_it_accepts_on_a_verified_second_address(client, alice):
    share, token = invite_directly(alice, "dana.clinic@example.com")
    dana = make_clinician("dana@example.com", "Dr Dana")
    EmailAddress.objects.create(user=dana, email="dana.clinic@example.com", verified=True)
    client.force_login(dana)

    client.post(accept_url(token))

    share.refresh_from_db()
    assert share.clinician == dana


@pytest.mark.parametrize("email", ["dana.clinic@example.com", "dana@example.com"])
def test_it_refuses_an_address_the_clinician_has_not_confirmed(client, alice, email):
    # Anyone can add any address to their own account: only a confirmed one proves it is theirs.
    share, token = invite_directly(alice, email)
    dana = make_clinician("dana@example.com", "Dr Dana")
    EmailAddress.objects.create(user=dana, email=dana.email, primary=True, verified=False)
    EmailAddress.objects.create(user=dana, email="dana.clinic@example.com", verified=False)
    client.force_login(dana)

    opened = client.get(accept_url(token))
    posted = client.post(accept_url(token))

    for response in (opened, posted):
        assert b"not confirmed" in response.content
        assert b"Alice" not in response.content
    share.refresh_from_db()
    assert share.accepted_at is None and share.clinician is None


def test_it_refuses_an_expired_invitation(bob_client, alice):
    created = timezone.now() - datetime.timedelta(days=CareShare.INVITATION_DAYS, minutes=1)
    share, token = invite_directly(alice, "bob@example.com", created_at=created)

    response = bob_client.post(accept_url(token))

    assert b"This invitation has expired" in response.content
    share.refresh_from_db()
    assert share.accepted_at is None


def test_it_refuses_a_withdrawn_invitation(bob_client, alice, invitation):
    share, token = invitation
    share_revoke(share=share, patient=alice)

    response = bob_client.post(accept_url(token))

    assert b"withdrawn" in response.content
    share.refresh_from_db()
    assert share.accepted_at is None


def test_it_refuses_patients(charlie_client, invitation):
    share, token = invitation

    response = charlie_client.post(accept_url(token))

    assert b"Only clinician accounts" in response.content
    share.refresh_from_db()
    assert share.accepted_at is None


def test_it_404s_an_unknown_token(bob_client, invitation):
    response = bob_client.get(accept_url("not-a-real-token"))

    assert response.status_code == 404
    assert b"not valid" in response.content


def test_it_sends_visitors_to_log_in_first(client, invitation):
    _, token = invitation

    response = client.get(accept_url(token))

    assert response.url.startswith(reverse("account_login"))
    assert accept_url(token) in response.url


def test_accepting_again_replaces_the_earlier_share(bob, alice, alice_shares_with_bob):
    share, token = invite_directly(alice, "bob@example.com", include_notes=True)

    share_accept(token=token, clinician=bob)

    alice_shares_with_bob.refresh_from_db()
    assert alice_shares_with_bob.state == CareShare.State.REVOKED
    assert list(CareShare.objects.live()) == [share]


# --- The rows themselves -------------------------------------------------------------


def test_a_share_is_live_only_while_accepted_not_revoked_not_expired(alice, bob):
    now = timezone.now()
    live = make_share(alice, bob)
    make_share(alice, None)
    make_share(alice, bob, revoked_at=now)
    make_share(
        alice,
        bob,
        created_at=now - datetime.timedelta(days=3),
        expires_at=now - datetime.timedelta(seconds=1),
    )

    assert list(CareShare.objects.live()) == [live]
    assert list(CareShare.objects.for_clinician(bob).live()) == [live]
    assert CareShare.objects.for_patient(alice).count() == 4


def test_the_database_refuses_an_accepted_share_without_a_clinician(alice):
    with pytest.raises(IntegrityError):
        make_share(alice, None, accepted_at=timezone.now())


def test_the_database_refuses_an_expiry_before_the_invitation(alice, bob):
    now = timezone.now()
    with pytest.raises(IntegrityError):
        make_share(alice, bob, created_at=now, expires_at=now - datetime.timedelta(days=1))


def test_audit_rows_are_not_in_the_admin():
    assert AccessEvent not in admin.site._registry
    assert CareShare not in admin.site._registry


def test_it_records_an_access_event(alice, bob, alice_shares_with_bob):
    event = access_record(share=alice_shares_with_bob, what=AccessEvent.What.REPORT)

    assert (event.patient, event.actor, event.action, event.what) == (
        alice,
        bob,
        "viewed",
        "report",
    )
    assert event.actor_label == "Dr Bob (bob@example.com)"
    assert list(AccessEvent.objects.for_patient(alice)) == [event]


def test_it_limits_invitations_to_ten_a_day(reauthenticated, alice, mailoutbox):
    for _ in range(10):
        make_share(alice, None, created_at=timezone.now() - datetime.timedelta(hours=1))

    response = reauthenticated.post(reverse("sharing:list"), INVITE)

    assert "10 invitations today" in response.content.decode()
    assert CareShare.objects.count() == 10
    assert mailoutbox == []


def test_it_logs_invitations_without_the_address(reauthenticated, caplog):
    with caplog.at_level(logging.INFO, logger="overlap.security"):
        share, _ = invite(reauthenticated)

    assert f"share invited share={share.pk}" in caplog.text
    assert "bob@example.com" not in caplog.text


def test_it_keeps_the_subject_on_one_line(reauthenticated, alice, mailoutbox):
    alice.display_name = "Alice\nBcc: someone@example.com"
    alice.save()

    invite(reauthenticated)

    assert mailoutbox[0].subject == "A patient invites you to see their Overlap diary"
    assert "Bcc" not in mailoutbox[0].body


@pytest.mark.parametrize(
    "name",
    [
        "Visit https://evil.example/login now",
        "evil.example",
        "www.evil.example",
        "help@evil.example",
        "Overlap security team: see evil.example",
    ],
)
def test_the_invitation_links_only_to_overlap_whatever_the_name(
    reauthenticated, alice, mailoutbox, name
):
    # The display name is free text that goes to any address: never a link under our name.
    alice.display_name = name
    alice.save()

    invite(reauthenticated)

    message = mailoutbox[0]
    assert "evil" not in message.subject + message.body
    urls = re.findall(r"https?://\S+", message.body)
    assert urls and all(url.startswith("http://testserver/sharing/accept/") for url in urls)


def test_the_invitation_quotes_a_long_name_once_and_cuts_it_short(
    reauthenticated, alice, mailoutbox
):
    alice.display_name = "Please call 0800 000 000 about your invoice " + "x" * 36
    alice.save()

    invite(reauthenticated)

    body = mailoutbox[0].body
    assert body.count("Please call") == 1
    assert 'gave their name as "Please call 0800 000 000 about your…"' in body
    assert "invoice" not in body
    assert "Please call" not in mailoutbox[0].subject


def test_the_form_says_that_own_trigger_names_are_seen_without_notes(alice_client):
    # Names the patient typed for their own triggers are free text too, and not notes.
    html = alice_client.get(reverse("sharing:list")).content.decode()

    assert "the names of triggers you added yourself" in " ".join(html.split())
