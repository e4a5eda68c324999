"""Workflows of the accounts app: several rows, e-mail, tokens and audit at once."""

import datetime
import hashlib
import logging
import re
import secrets
import zoneinfo
from importlib import import_module
from typing import NamedTuple

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django_tasks import task

from accounts.language import in_language
from accounts.models import ALL_SECTIONS, SECTION_FIELDS, AccessEvent, CareShare, User

security_log = logging.getLogger("overlap.security")
logger = logging.getLogger(__name__)

# How long a patient may choose to share for; None is until they revoke it.
SHARE_DURATIONS: dict[str, datetime.timedelta | None] = {
    "30": datetime.timedelta(days=30),
    "90": datetime.timedelta(days=90),
    "365": datetime.timedelta(days=365),
    "revoked": None,
}


# A display name that a mail program could show as a link: a scheme, "www.", an address
# or anything shaped like a domain name.
LINK_LIKE = re.compile(r"://|www\.|@|[\w-]\.[a-z]{2,}\b", re.IGNORECASE)
INVITATION_NAME_LENGTH = 40


def invitation_name(patient: User) -> str:
    """The patient's display name as the invitation may quote it: on one line, at most
    INVITATION_NAME_LENGTH characters (cut at a word, with an ellipsis), and empty when it
    looks like a link or an address, so the e-mail links only to Overlap itself."""
    name = " ".join(patient.display_name.split())
    if LINK_LIKE.search(name):
        return ""
    if len(name) > INVITATION_NAME_LENGTH:
        cut = name[:INVITATION_NAME_LENGTH]
        name = (cut.rsplit(" ", 1)[0] if " " in cut[INVITATION_NAME_LENGTH // 2 :] else cut) + "…"
    return name


class ShareError(Exception):
    """An invitation that cannot be accepted; the message says why, for the clinician."""


def share_invite(
    *,
    patient: User,
    invite_email: str,
    duration: datetime.timedelta | None,
    sections: frozenset[str],
    site_url: str,
) -> CareShare:
    """Create an invitation and queue the e-mail with its single-use link for the worker.

    Returns the new share, its invitation "sending". The share and its job commit together:
    without the share there is no job, and without the job no share. The link's token is
    made by the worker (share_invitation_send), so it never waits in the job table.
    """
    if not patient.is_patient or patient.is_staff:
        raise ValueError("Only patients share their diary.")
    _check_sections(sections)
    now = timezone.now()
    with transaction.atomic():
        share = CareShare(
            patient=patient,
            invite_email=invite_email.strip().lower(),
            # Replaced by the worker's token; this one is thrown away unread.
            token_hash=CareShare.hash_token(secrets.token_urlsafe(32)),
            created_at=now,
            expires_at=now + duration if duration else None,
            invitation_delivery=CareShare.Delivery.QUEUED,
        )
        share.set_sections(sections)
        share.save()
        share_invitation_send.enqueue(share_id=share.pk, site_url=site_url)
    security_log.info("share invited share=%s patient=%s", share.pk, patient.pk)
    return share


@task()
def share_invitation_send(*, share_id: int, site_url: str) -> str:
    """E-mail the invitation of one share with a fresh single-use link (a background job).

    Returns "sent", or "skipped" when the invitation was withdrawn, accepted or expired
    before the worker came to it. The new token's hash replaces the stored one in the same
    transaction as the sending, so the link in the e-mail is the only one that works. If
    the e-mail cannot be sent, the share is marked failed (the patient sees it on
    /sharing/) and the error is raised, so the job is recorded as failed and logged.
    """
    try:
        with transaction.atomic():
            share = (
                CareShare.objects.select_for_update()
                .select_related("patient")
                .filter(pk=share_id)
                .first()
            )
            if share is None or share.state != CareShare.State.INVITED:
                return "skipped"
            token = secrets.token_urlsafe(32)
            share.token_hash = CareShare.hash_token(token)
            share.invitation_delivery = CareShare.Delivery.SENT
            share.save(update_fields=["token_hash", "invitation_delivery"])
            context = {
                "share": share,
                # Free text going to any address under Overlap's name: quoted, short, no links.
                "patient_name": invitation_name(share.patient),
                "accept_url": site_url.rstrip("/") + reverse("sharing:accept", args=[token]),
                "invitation_days": CareShare.INVITATION_DAYS,
            }
            # In the clinician's language when they have an account, else the patient's.
            recipient = User.objects.filter(email__iexact=share.invite_email).first()
            with in_language(recipient if recipient and recipient.language else share.patient):
                send_mail(
                    # One line, whatever the patient's name holds: a line break would refuse to
                    # send.
                    subject=" ".join(
                        render_to_string("accounts/email/share_invite_subject.txt", context).split()
                    ),
                    message=render_to_string("accounts/email/share_invite_message.txt", context),
                    from_email=None,
                    recipient_list=[share.invite_email],
                )
    except Exception:
        CareShare.objects.filter(pk=share_id).update(invitation_delivery=CareShare.Delivery.FAILED)
        security_log.warning("share invitation not sent share=%s", share_id)
        raise
    return "sent"


def share_find(*, token: str) -> CareShare | None:
    """The share an invitation token belongs to, or None."""
    if not token or len(token) > 200:
        return None
    return (
        CareShare.objects.select_related("patient")
        .filter(token_hash=CareShare.hash_token(token))
        .first()
    )


def share_check(*, share: CareShare, clinician: User, now: datetime.datetime) -> None:
    """Raise ShareError with a message for the clinician when they cannot accept this share."""
    if not clinician.is_clinician:
        raise ShareError(
            gettext(
                "Only clinician accounts can accept an invitation. Log in with the clinician "
                "account this invitation was sent to."
            )
        )
    if share.accepted_at is not None:
        raise ShareError(
            gettext("This invitation has already been used. Each link works only once.")
        )
    if share.revoked_at is not None:
        raise ShareError(gettext("The patient has withdrawn this invitation."))
    if share.state_at(now) == CareShare.State.EXPIRED:
        raise ShareError(
            gettext(
                "This invitation has expired. Ask the patient to send you a new one from Overlap."
            )
        )
    addresses = {
        email.lower(): verified
        for email, verified in EmailAddress.objects.filter(user=clinician).values_list(
            "email", "verified"
        )
    }
    # An account an administrator made has no address rows: its own address stands.
    addresses.setdefault(clinician.email.lower(), True)
    invited = share.invite_email.lower()
    if invited not in addresses:
        raise ShareError(
            gettext(
                "This invitation was sent to another e-mail address. Log in with the account "
                "for the address the invitation was sent to."
            )
        )
    if not addresses[invited]:
        # Anyone can add any address to their own account; the link in the confirmation
        # e-mail proves it is theirs.
        raise ShareError(
            gettext(
                "The address this invitation was sent to is not confirmed on your account yet. "
                "Confirm it with the link Overlap sent you (Account, E-mail addresses), then "
                "open the invitation again."
            )
        )


def share_accept(*, token: str, clinician: User) -> CareShare:
    """Accept an invitation: the share becomes live for this clinician.

    Returns the share; raises ShareError (with a message for the clinician) for a token that
    is unknown, used, withdrawn, expired, meant for another address or for one the clinician
    has not confirmed. A live share the same patient gave the same clinician before is ended,
    so the new terms apply.
    """
    with transaction.atomic():
        found = share_find(token=token)
        if found is None:
            raise ShareError(
                gettext("This invitation link is not valid. Check that it is complete.")
            )
        # Locked so that two clicks on the same link accept it once.
        share = CareShare.objects.select_for_update().select_related("patient").get(pk=found.pk)
        now = timezone.now()
        share_check(share=share, clinician=clinician, now=now)
        CareShare.objects.for_patient(share.patient).for_clinician(clinician).live(now=now).update(
            revoked_at=now
        )
        share.clinician = clinician
        share.accepted_at = now
        share.save(update_fields=["clinician", "accepted_at"])
    security_log.info(
        "share accepted share=%s patient=%s clinician=%s",
        share.pk,
        share.patient_id,
        clinician.pk,
    )
    return share


def share_revoke(*, share: CareShare, patient: User) -> bool:
    """End a share (invited or active) now. Returns False if it had already ended."""
    if share.patient_id != patient.pk:
        raise ValueError("Only the patient who made a share can revoke it.")
    now = timezone.now()
    if share.state_at(now) not in (CareShare.State.INVITED, CareShare.State.ACTIVE):
        return False
    updated = CareShare.objects.filter(pk=share.pk, revoked_at__isnull=True).update(revoked_at=now)
    if updated:
        share.revoked_at = now
        security_log.info("share revoked share=%s patient=%s", share.pk, patient.pk)
    return bool(updated)


def share_sections_change(*, share: CareShare, patient: User, sections: frozenset[str]) -> bool:
    """Set which sections the share's clinician sees, from their very next request.
    Returns False, changing nothing, when the share has ended or the sections are the same.

    The change is kept (sections_changed_at, shown on the sharing page) and logged."""
    if share.patient_id != patient.pk:
        raise ValueError("Only the patient who made a share can change it.")
    _check_sections(sections)
    now = timezone.now()
    if share.state_at(now) not in (CareShare.State.INVITED, CareShare.State.ACTIVE):
        return False
    if share.sections == sections:
        return False
    share.set_sections(sections)
    share.sections_changed_at = now
    share.save(update_fields=[*SECTION_FIELDS.values(), "sections_changed_at"])
    security_log.info(
        "share sections changed share=%s patient=%s sections=%s",
        share.pk,
        patient.pk,
        ",".join(sorted(sections)),
    )
    return True


def _check_sections(sections: frozenset[str]) -> None:
    if not sections or not sections <= ALL_SECTIONS:
        raise ValueError("A share shows at least one section, each a Section value.")


def access_record(
    *,
    share: CareShare,
    what: AccessEvent.What,
    action: AccessEvent.Action = AccessEvent.Action.VIEWED,
) -> AccessEvent:
    """Record that the share's clinician read or exported the patient's data. Returns the row."""
    clinician = share.clinician
    return AccessEvent.objects.create(
        patient_id=share.patient_id,
        actor=clinician,
        actor_label=f"{clinician} ({clinician.email})" if clinician else "",
        share=share,
        action=action,
        what=what,
    )


class Viewed(NamedTuple):
    """A patient a clinician's page showed, through which of the clinician's shares, and
    the patient's time zone (their day is the one the view counts in)."""

    share_id: int
    patient_id: int
    timezone: str


def access_record_daily(
    *,
    clinician: User,
    viewed: list[Viewed],
    what: AccessEvent.What,
    now: datetime.datetime | None = None,
) -> int:
    """Record that the clinician read `what` of each viewed patient, at most once per
    patient and day (the patient's local day): a list the clinician reloads all day is one
    row in each patient's access history, not one per load. Returns how many rows it wrote.
    The shares must be the clinician's own (the caller read them for the clinician).

    One query when every patient's row for today exists; otherwise the clinician's row is
    locked while the missing rows are written, so two loads at once cannot both write them.
    """
    now = now or timezone.now()
    zones: dict[str, datetime.date] = {}  # each time zone's local today
    for each in viewed:
        if each.timezone not in zones:
            zones[each.timezone] = timezone.localdate(now, zoneinfo.ZoneInfo(each.timezone))
    today = {each.patient_id: zones[each.timezone] for each in viewed}
    # Once these patients' rows for these days are known to be written, a note in the cache
    # says so, and the list's next loads that day make no query for them. Rows are never
    # deleted while the patient has an account, so the note cannot outlive them; without
    # it (evicted, or the cache down) the rows are looked for as below.
    done_key = (
        "access-daily:"
        + hashlib.blake2b(
            repr((clinician.pk, str(what), sorted(today.items()))).encode(), digest_size=16
        ).hexdigest()
    )
    if today and _noted(done_key):
        return 0

    def recorded() -> set[int]:
        # Two days back reaches the start of today in every time zone.
        events = AccessEvent.objects.filter(
            actor=clinician,
            what=what,
            action=AccessEvent.Action.VIEWED,
            patient_id__in=today,
            at__gte=now - datetime.timedelta(days=2),
        ).values_list("patient_id", "at", "patient__timezone")
        return {
            patient_id
            for patient_id, at, tz in events
            if timezone.localdate(at, zoneinfo.ZoneInfo(tz)) == today[patient_id]
        }

    if not today:
        return 0
    if not (set(today) - recorded()):
        _note(done_key)
        return 0
    with transaction.atomic():
        list(User.objects.select_for_update().filter(pk=clinician.pk).values_list("pk"))
        done = recorded()
        label = f"{clinician} ({clinician.email})"
        missing = {each.patient_id: each for each in viewed if each.patient_id not in done}
        AccessEvent.objects.bulk_create(
            AccessEvent(
                patient_id=patient_id,
                actor=clinician,
                actor_label=label,
                share_id=each.share_id,
                action=AccessEvent.Action.VIEWED,
                what=what,
                at=now,
            )
            for patient_id, each in missing.items()
        )
    transaction.on_commit(lambda: _note(done_key))
    return len(missing)


# A note that a day's access rows are written is kept until every local day it names is over.
ACCESS_NOTE_SECONDS = 2 * 24 * 3600


def _noted(key: str) -> bool:
    try:
        return bool(cache.get(key))
    except Exception:
        logger.warning("The cache is unavailable: the day's access rows are looked for.")
        return False


def _note(key: str) -> None:
    try:
        cache.set(key, True, ACCESS_NOTE_SECONDS)
    except Exception:
        logger.warning("The cache is unavailable: the day's access rows were not noted.")


# --- Leaving ---------------------------------------------------------------------------


def _sessions_delete(*, user_id: int) -> int:
    """Delete every stored session of the user, on any device. Returns how many.

    Session rows carry no user column, so each is decoded; the table holds live sessions
    (and expired ones until `clearsessions`), which keeps this cheap."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store, "get_model_class"):
        return 0  # cookie or cache sessions leave no row behind
    model = store.get_model_class()
    keys = [
        session.session_key
        for session in model.objects.iterator(chunk_size=500)
        if str(store().decode(session.session_data).get(SESSION_KEY)) == str(user_id)
    ]
    model.objects.filter(session_key__in=keys).delete()
    return len(keys)


def account_erase(*, user: User) -> None:
    """Delete the account and everything that belongs to it, in one transaction.

    The diary (attacks, flares, medications and their doses, check-ins, own triggers), the
    profile, e-mail addresses, MFA authenticators, shares given or received, the patient's
    access history and every session go: each of their foreign keys to the user cascades,
    and sessions are found by their user id. Staff accounts are refused (ValueError); they
    are removed by an administrator.
    """
    if user.is_staff or user.is_superuser:
        raise ValueError("Staff accounts are not deleted by their owner.")
    user_id = user.pk
    with transaction.atomic():
        _sessions_delete(user_id=user_id)
        User.objects.filter(pk=user_id).delete()
    security_log.info("account erased user=%s", user_id)
