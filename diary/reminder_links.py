"""The one-click links in reminder e-mails: signed, expiring and single-purpose.

A link carries the delivery's id and nonce, signed with Django's signing (the secret key)
under a salt of its own purpose, so a "snooze" link cannot be replayed as "nothing to
report", and expires after its purpose's max_age. Single use is kept on the delivery row
(diary/reminders.py); the links never log anyone in.
"""

import datetime
from enum import StrEnum

from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class LinkPurpose(StrEnum):
    NOTHING_TO_REPORT = "nothing-to-report"
    SNOOZE = "snooze"
    UNSUBSCRIBE = "unsubscribe"


MAX_AGE: dict[LinkPurpose, datetime.timedelta] = {
    # "Today" is the e-mail's day; the next morning is still fine, a week later is not.
    LinkPurpose.NOTHING_TO_REPORT: datetime.timedelta(days=2),
    LinkPurpose.SNOOZE: datetime.timedelta(days=1),
    # Mail providers' unsubscribe buttons may be pressed long after the e-mail came.
    LinkPurpose.UNSUBSCRIBE: datetime.timedelta(days=60),
}
# What each link is called in the e-mail, for the page that refuses it for another action.
LINK_WORDS = {
    LinkPurpose.NOTHING_TO_REPORT: gettext_lazy("nothing to report today"),
    LinkPurpose.SNOOZE: gettext_lazy("snooze until tomorrow"),
    LinkPurpose.UNSUBSCRIBE: gettext_lazy("unsubscribe"),
}
URL_NAMES = {
    LinkPurpose.NOTHING_TO_REPORT: "diary:reminder-nothing-to-report",
    LinkPurpose.SNOOZE: "diary:reminder-snooze",
    LinkPurpose.UNSUBSCRIBE: "diary:reminder-unsubscribe",
}


class LinkError(Exception):
    """A link that is altered, expired or for another purpose; the message is for the page."""


def _salt(purpose: LinkPurpose) -> str:
    return f"overlap.reminder-link.{purpose}"


def link_token(*, purpose: LinkPurpose, delivery_id: int, nonce: str) -> str:
    """The signed token for one purpose of one delivery's e-mail."""
    return signing.dumps({"d": delivery_id, "n": nonce}, salt=_salt(purpose), compress=False)


def link_url(*, purpose: LinkPurpose, delivery_id: int, nonce: str, site_url: str) -> str:
    """The full link for the e-mail."""
    token = link_token(purpose=purpose, delivery_id=delivery_id, nonce=nonce)
    return site_url.rstrip("/") + reverse(URL_NAMES[purpose], args=[token])


def link_read(*, purpose: LinkPurpose, token: str) -> tuple[int, str]:
    """The delivery id and nonce a token carries; LinkError when it is expired, altered, or
    made for another purpose."""
    if len(token) > 300:
        raise LinkError(_("This link is not complete or has been changed."))
    try:
        value = signing.loads(token, salt=_salt(purpose), max_age=MAX_AGE[purpose])
    except signing.SignatureExpired as error:
        raise LinkError(
            _("This link has expired. Links in reminder e-mails work for a limited time.")
        ) from error
    except signing.BadSignature as error:
        other = _purpose_signed_for(token)
        if other is not None:
            raise LinkError(
                _(
                    "This link was made for another action in the e-mail (%(action)s), "
                    "so it cannot do this one. Nothing was changed."
                )
                % {"action": LINK_WORDS[other]}
            ) from error
        raise LinkError(_("This link is not complete or has been changed.")) from error
    if not (
        isinstance(value, dict)
        and isinstance(value.get("d"), int)
        and isinstance(value.get("n"), str)
    ):
        raise LinkError(_("This link is not complete or has been changed."))
    return value["d"], value["n"]


def _purpose_signed_for(token: str) -> LinkPurpose | None:
    """The purpose a token's signature is good for, whatever its age; None if none."""
    for purpose in LinkPurpose:
        try:
            signing.loads(token, salt=_salt(purpose))
        except signing.BadSignature:
            continue
        return purpose
    return None
