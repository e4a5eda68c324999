"""Reminders as Web Push notifications (RFC 8030, 8291, 8292), beside the e-mail.

A patient turns push on for one browser on the reminders page (static/js/push.js): the
browser's push service gives it an endpoint and keys, kept as a PushSubscription. When a
reminder e-mail has gone out (diary.reminders.reminder_send), push_reminder_send is
enqueued for the job runner: it sends each of the patient's devices the same neutral words
as the e-mail's first line (never a condition, a medicine or a number), encrypted for that
device (aes128gcm) and signed with the VAPID key from the environment, and the page to open.
A push service that answers 404 or 410 has dropped the subscription for good: it is
deleted. Every request to a push service has a timeout.

Without both VAPID keys (settings.WEBPUSH_VAPID_*), push is not offered and nothing is sent.
"""

import base64
import datetime
import json
import logging
import urllib.parse
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from py_vapid import Vapid
from pywebpush import WebPushException, webpush

from accounts.models import User
from diary.models import PushSubscription, ReminderDelivery, ReminderKind
from diary.models.push import ENDPOINT_MAX_LENGTH

log = logging.getLogger("overlap.reminders")

# How long a push service keeps a message for a device that is off: a reminder is stale
# after the e-mail's own limit (diary.reminders.LATE_LIMIT).
PUSH_TTL = datetime.timedelta(hours=3)
# What the notification says for each kind: the e-mail's neutral first line.
PUSH_TEXT = {
    ReminderKind.CHECKIN: "Time for today's check-in in Overlap.",
    ReminderKind.WEEKLY_SUMMARY: "Your week in Overlap is ready.",
    ReminderKind.QUESTIONNAIRES: "A reminder from Overlap.",
    ReminderKind.RELIEF: "Did the medicine help? Answer with one tap in Overlap.",
    ReminderKind.SHARE_ENDING: "A clinician's access to your Overlap diary ends soon.",
    ReminderKind.INVITATION_WAITING: (
        "An invitation you sent from Overlap has not been accepted yet."
    ),
}
PUSH_TITLE = "Overlap"
# The most devices one patient keeps subscribed.
MAX_DEVICES = 10
# The push services' answers meaning the subscription is gone for good.
GONE = (404, 410)


def push_offered() -> bool:
    """Whether this server can send push messages: both VAPID keys are set."""
    return bool(settings.WEBPUSH_VAPID_PUBLIC_KEY and settings.WEBPUSH_VAPID_PRIVATE_KEY)


class SubscriptionRefused(ValueError):
    """A subscription Overlap does not keep, with the reason in plain words."""


def _endpoint_allowed(endpoint: str) -> bool:
    """An HTTPS URL of a known push service (settings.WEBPUSH_ALLOWED_HOSTS): the worker
    posts to it, so it must never name a machine of the operator's own network."""
    try:
        url = urllib.parse.urlsplit(endpoint)
        host = (url.hostname or "").lower()
        url.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    if url.scheme not in settings.WEBPUSH_ALLOWED_SCHEMES or not host:
        return False
    return any(
        host == allowed or host.endswith("." + allowed)
        for allowed in settings.WEBPUSH_ALLOWED_HOSTS
    )


def _key(value: object, length: int) -> str:
    """A base64url key of the expected decoded length, or SubscriptionRefused."""
    if not isinstance(value, str) or not value or len(value) > 200:
        raise SubscriptionRefused("The browser's keys are missing.")
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except ValueError:
        raise SubscriptionRefused("The browser's keys cannot be read.") from None
    if len(raw) != length:
        raise SubscriptionRefused("The browser's keys cannot be read.")
    return value


def subscription_save(*, owner: User, data: object) -> PushSubscription:
    """Keep the subscription a browser gave (its PushSubscription.toJSON()) for `owner`.
    The same endpoint again updates its keys; an endpoint another account had (a shared
    phone, logged in as someone else) moves to `owner`. SubscriptionRefused for anything
    that is not a push service's subscription."""
    if not push_offered():
        raise SubscriptionRefused("Push notifications are not available on this server.")
    if not isinstance(data, dict):
        raise SubscriptionRefused("Send the browser's subscription as a JSON object.")
    endpoint = data.get("endpoint")
    if (
        not isinstance(endpoint, str)
        or len(endpoint) > ENDPOINT_MAX_LENGTH
        or not _endpoint_allowed(endpoint)
    ):
        raise SubscriptionRefused("This browser's push service is not one Overlap can use.")
    keys = data.get("keys")
    if not isinstance(keys, dict):
        keys = {}
    p256dh = _key(keys.get("p256dh"), 65)
    auth = _key(keys.get("auth"), 16)
    with transaction.atomic():
        subscription, _ = PushSubscription.objects.select_for_update().update_or_create(
            endpoint=endpoint,
            defaults={"owner": owner, "p256dh": p256dh, "auth": auth},
        )
        # A few devices each: beyond that the longest kept goes (a browser that was reset
        # never says its old subscription is gone).
        kept = PushSubscription.objects.filter(owner=owner).order_by("-created_at", "-pk")
        PushSubscription.objects.filter(
            pk__in=list(kept.values_list("pk", flat=True)[MAX_DEVICES:])
        ).delete()
    return subscription


def subscription_delete(*, owner: User, endpoint: object) -> bool:
    """Forget `owner`'s subscription at this endpoint (push turned off on that device, or
    logging out of it). Returns whether there was one."""
    if not isinstance(endpoint, str) or not endpoint:
        return False
    deleted, _ = PushSubscription.objects.for_owner(owner).filter(endpoint=endpoint).delete()
    return bool(deleted)


@dataclass(frozen=True)
class PushMessage:
    title: str
    body: str
    url: str
    tag: str

    def payload(self) -> str:
        return json.dumps(
            {"title": self.title, "body": self.body, "url": self.url, "tag": self.tag}
        )


def push_message(delivery: ReminderDelivery) -> PushMessage:
    """The notification for one reminder: neutral words and the page it opens (a path on
    this site, so a click can only ever open Overlap)."""
    kind = ReminderKind(delivery.reminder.kind)
    url = {
        ReminderKind.CHECKIN: reverse("diary:checkin-edit", args=[delivery.local_day]),
        ReminderKind.WEEKLY_SUMMARY: reverse("diary:timeline"),
        ReminderKind.QUESTIONNAIRES: reverse("diary:questionnaire-list"),
        ReminderKind.RELIEF: reverse("home"),
        ReminderKind.SHARE_ENDING: reverse("sharing:list"),
        ReminderKind.INVITATION_WAITING: reverse("sharing:list"),
    }[kind]
    return PushMessage(title=PUSH_TITLE, body=PUSH_TEXT[kind], url=url, tag=f"overlap-{kind}")


def _vapid() -> Vapid:
    key = settings.WEBPUSH_VAPID_PRIVATE_KEY
    if "-----BEGIN" in key:
        return Vapid.from_pem(key.encode())
    return Vapid.from_string(key)


def push_send(*, subscription: PushSubscription, message: PushMessage) -> bool:
    """Send one message to one device. Returns whether the push service took it; a
    subscription the service says is gone (404, 410) is deleted, any other failure (an
    error answer, no answer within the timeout) is recorded on it and left for next time."""
    now = timezone.now()
    try:
        webpush(
            subscription_info={
                "endpoint": subscription.endpoint,
                "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth},
            },
            data=message.payload(),
            vapid_private_key=_vapid(),
            vapid_claims={"sub": settings.WEBPUSH_VAPID_SUBJECT},
            content_encoding="aes128gcm",
            timeout=settings.WEBPUSH_TIMEOUT_SECONDS,
            ttl=int(PUSH_TTL.total_seconds()),
            headers={"Urgency": "normal", "Topic": message.tag[:32]},
        )
    except WebPushException as error:
        status = getattr(error.response, "status_code", None)
        if status in GONE:
            PushSubscription.objects.filter(pk=subscription.pk).delete()
            log.info("push subscription gone subscription=%s", subscription.pk)
        else:
            PushSubscription.objects.filter(pk=subscription.pk).update(last_failure_at=now)
            log.warning("push not sent subscription=%s status=%s", subscription.pk, status)
        return False
    except Exception:  # no answer in time, no connection, a refused TLS handshake
        PushSubscription.objects.filter(pk=subscription.pk).update(last_failure_at=now)
        log.warning("push not sent subscription=%s", subscription.pk)
        return False
    PushSubscription.objects.filter(pk=subscription.pk).update(last_success_at=now)
    return True


def push_reminder_enqueue(delivery: ReminderDelivery) -> bool:
    """After a reminder e-mail went out: queue its push notification when the patient has
    a device subscribed and this server can push. Returns whether it was queued."""
    if not push_offered():
        return False
    if not PushSubscription.objects.filter(owner_id=delivery.reminder.owner_id).exists():
        return False
    push_reminder_send.enqueue(delivery_id=delivery.pk)
    return True


@task()
def push_reminder_send(*, delivery_id: int) -> int:
    """Send one sent reminder as a notification to each of the patient's devices (a
    background job). Returns how many devices' push services took it."""
    delivery = ReminderDelivery.objects.select_related("reminder").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != ReminderDelivery.Status.SENT or not push_offered():
        return 0
    message = push_message(delivery)
    subscriptions = PushSubscription.objects.filter(owner_id=delivery.reminder.owner_id)
    return sum(push_send(subscription=sub, message=message) for sub in subscriptions)
