"""Account e-mail (allauth's address confirmation, password reset, notices) sent by the
background worker, not by the request.

The request renders the message, where allauth's template context (the request, the site,
the link it has just made) is right, and queues only the finished message: no account id,
no template context. A password-reset or confirmation link is a credential (SECURITY.md),
so the message waits in the job table sealed with Fernet under a key derived from
MFA_ENCRYPTION_KEYS: a database dump alone cannot produce a link. The first key seals,
every listed key opens, so a key rotation (docs/deploy.md) does not lose queued mail.
"""

import base64
import functools
import json
import logging

from cryptography.fernet import Fernet, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django_tasks import task

security_log = logging.getLogger("overlap.security")

# Its own key, not the TOTP secrets' one: a key is used for one purpose.
KEY_PURPOSE = b"overlap account mail"


def _derived_key(key: str) -> bytes:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=KEY_PURPOSE).derive(
        base64.urlsafe_b64decode(key)
    )
    return base64.urlsafe_b64encode(derived)


@functools.lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(_derived_key(key)) for key in keys])


def mail_fernet() -> MultiFernet:
    """Seals with a key derived from the first of MFA_ENCRYPTION_KEYS, opens with any."""
    return _fernet(tuple(settings.MFA_ENCRYPTION_KEYS))


def mail_seal(message: EmailMessage) -> str:
    """The message as one encrypted string, fit for a job's arguments."""
    fields = {
        "subject": message.subject,
        "body": message.body,
        "content_subtype": message.content_subtype,
        "from_email": message.from_email,
        "to": list(message.to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [content, mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
    }
    return mail_fernet().encrypt(json.dumps(fields).encode()).decode()


def mail_open(sealed: str) -> EmailMultiAlternatives:
    """The message mail_seal sealed, ready to send."""
    fields = json.loads(mail_fernet().decrypt(sealed.encode()))
    message = EmailMultiAlternatives(
        subject=fields["subject"],
        body=fields["body"],
        from_email=fields["from_email"],
        to=fields["to"],
        headers=fields["headers"],
    )
    message.content_subtype = fields["content_subtype"]
    for content, mimetype in fields["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message


def account_mail_queue(*, kind: str, message: EmailMessage) -> None:
    """Queue a rendered account e-mail for the worker. `kind` (allauth's template prefix,
    such as "account/email/password_reset_key") is kept in clear for the job table and the
    log; the addresses, the words and the links only sealed."""
    account_mail_send.enqueue(kind=kind, sealed=mail_seal(message))


@task()
def account_mail_send(*, kind: str, sealed: str) -> str:
    """Send one account e-mail queued by account_mail_queue (a background job).

    Returns "sent". If the e-mail cannot be sent the error is logged (without the address)
    and raised, so the job is recorded as failed.
    """
    try:
        mail_open(sealed).send()
    except Exception:
        security_log.warning("account mail not sent kind=%s", kind)
        raise
    return "sent"
