"""Push reminders: a real Web Push message, encrypted for the browser's keys (aes128gcm,
RFC 8291) and signed with the server's VAPID key (RFC 8292), goes to a push service this
test runs on the loopback address, which decrypts it with the browser's private key. A
push service that says the subscription is gone (410) makes Overlap forget it; with no
VAPID keys, push is not offered and reminders still go by e-mail."""

import base64
import datetime
import http.server
import json
import threading
from collections.abc import Iterator
from io import StringIO

import http_ece
import pytest
import time_machine
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from django.core.management import call_command
from django.urls import reverse

from diary.models import PushSubscription, ReminderDelivery, ReminderKind
from diary.reminder_schedule import EVERY_DAY
from diary.reminders import reminder_save

UTC = datetime.UTC
NEUTRAL_CHECKIN = "Time for today's check-in in Overlap."


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def public_point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


class PushService:
    """A push service on 127.0.0.1: it keeps each request and answers with `status`."""

    def __init__(self) -> None:
        self.status = 201
        self.received: list[dict] = []
        service = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the standard library's name
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                service.received.append(
                    {
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": body,
                    }
                )
                self.send_response(service.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def push_service() -> Iterator[PushService]:
    service = PushService()
    service.thread.start()
    yield service
    service.server.shutdown()
    service.server.server_close()


@pytest.fixture
def vapid(settings) -> ec.EllipticCurvePrivateKey:
    """The server's VAPID keys, made for this test, and the local push service allowed."""
    key = ec.generate_private_key(ec.SECP256R1())
    settings.WEBPUSH_VAPID_PRIVATE_KEY = b64url(key.private_numbers().private_value.to_bytes(32))
    settings.WEBPUSH_VAPID_PUBLIC_KEY = b64url(public_point(key))
    settings.WEBPUSH_VAPID_SUBJECT = "mailto:operator@example.com"
    settings.WEBPUSH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.WEBPUSH_ALLOWED_SCHEMES = ["http"]
    settings.WEBPUSH_TIMEOUT_SECONDS = 5
    return key


class Browser:
    """What a browser keeps for one push subscription: its P-256 key pair and secret."""

    def __init__(self, endpoint: str) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.auth = b"sixteen byte key"
        self.endpoint = endpoint

    def subscription(self) -> dict:
        return {
            "endpoint": self.endpoint,
            "keys": {"p256dh": b64url(public_point(self.key)), "auth": b64url(self.auth)},
        }

    def decrypt(self, body: bytes) -> dict:
        plain = http_ece.decrypt(
            body, private_key=self.key, auth_secret=self.auth, version="aes128gcm"
        )
        return json.loads(plain)


def subscribe(client, browser: Browser):
    return client.post(
        reverse("diary:push-subscribe"),
        data=json.dumps(browser.subscription()),
        content_type="application/json",
    )


def a_checkin_reminder_goes_out(patient) -> None:
    """The patient's 20:00 check-in reminder, sent by the scheduler and the worker."""
    patient.timezone = "UTC"
    patient.save(update_fields=["timezone"])
    with time_machine.travel(datetime.datetime(2026, 12, 1, 19, 59, tzinfo=UTC), tick=False) as t:
        reminder_save(
            owner=patient,
            kind=ReminderKind.CHECKIN,
            enabled=True,
            local_time=datetime.time(20, 0),
            weekdays=EVERY_DAY,
            include_details=True,
        )
        t.shift(datetime.timedelta(minutes=2))
        call_command("send_reminders", stdout=StringIO())


def verify_vapid(headers: dict, server_key: ec.EllipticCurvePrivateKey, audience: str) -> None:
    """The Authorization header is a VAPID JWT signed by the server's key, for this service."""
    scheme, _, params = headers["authorization"].partition(" ")
    assert scheme == "vapid"
    fields = dict(part.strip().split("=", 1) for part in params.split(","))
    assert unb64url(fields["k"]) == public_point(server_key)
    header, claims, signature = fields["t"].split(".")
    raw = unb64url(signature)
    server_key.public_key().verify(
        encode_dss_signature(int.from_bytes(raw[:32]), int.from_bytes(raw[32:])),
        f"{header}.{claims}".encode(),
        ec.ECDSA(hashes.SHA256()),
    )
    claimed = json.loads(unb64url(claims))
    assert claimed["aud"] == audience
    assert claimed["sub"] == "mailto:operator@example.com"


@pytest.mark.django_db
def test_a_reminder_arrives_as_an_encrypted_push_message_with_the_neutral_words(
    alice, alice_client, push_service, vapid, mailoutbox
):
    browser = Browser(f"{push_service.url}/push/alice-phone")
    assert subscribe(alice_client, browser).status_code == 201

    a_checkin_reminder_goes_out(alice)

    assert len(mailoutbox) == 1  # the e-mail as before
    [request] = push_service.received
    assert request["path"] == "/push/alice-phone"
    assert request["headers"]["content-encoding"] == "aes128gcm"
    assert int(request["headers"]["ttl"]) > 0
    verify_vapid(request["headers"], vapid, push_service.url)
    assert NEUTRAL_CHECKIN.encode() not in request["body"]  # encrypted on the wire
    message = browser.decrypt(request["body"])
    assert message == {
        "title": "Overlap",
        "body": NEUTRAL_CHECKIN,
        "url": reverse("diary:checkin-edit", args=[datetime.date(2026, 12, 1)]),
        "tag": "overlap-checkin",
    }
    assert mailoutbox[0].body.startswith(NEUTRAL_CHECKIN)  # the same words as the e-mail
    subscription = PushSubscription.objects.get()
    assert subscription.last_success_at is not None
    assert subscription.last_failure_at is None


@pytest.mark.django_db
def test_a_subscription_the_push_service_says_is_gone_is_forgotten(
    alice, alice_client, push_service, vapid, mailoutbox
):
    browser = Browser(f"{push_service.url}/push/old-phone")
    subscribe(alice_client, browser)
    push_service.status = 410

    a_checkin_reminder_goes_out(alice)

    assert len(push_service.received) == 1
    assert not PushSubscription.objects.exists()
    assert ReminderDelivery.objects.get().status == ReminderDelivery.Status.SENT
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_a_push_service_error_is_recorded_and_the_subscription_kept(
    alice, alice_client, push_service, vapid, mailoutbox
):
    subscribe(alice_client, Browser(f"{push_service.url}/push/busy"))
    push_service.status = 503

    a_checkin_reminder_goes_out(alice)

    subscription = PushSubscription.objects.get()
    assert subscription.last_failure_at is not None
    assert subscription.last_success_at is None
    assert ReminderDelivery.objects.get().status == ReminderDelivery.Status.SENT


@pytest.mark.django_db
def test_a_push_service_that_does_not_answer_in_time_is_given_up_on(
    alice, alice_client, vapid, settings, mailoutbox
):
    # A listening socket that never accepts: the request waits for the timeout.
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(0)
    settings.WEBPUSH_TIMEOUT_SECONDS = 1
    try:
        subscribe(alice_client, Browser(f"http://127.0.0.1:{silent.getsockname()[1]}/push/x"))
        a_checkin_reminder_goes_out(alice)
    finally:
        silent.close()

    assert PushSubscription.objects.get().last_failure_at is not None
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_without_vapid_keys_push_is_not_offered_and_email_still_goes(
    alice, alice_client, push_service, settings, mailoutbox
):
    settings.WEBPUSH_VAPID_PUBLIC_KEY = ""
    settings.WEBPUSH_VAPID_PRIVATE_KEY = ""
    settings.WEBPUSH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.WEBPUSH_ALLOWED_SCHEMES = ["http"]
    page = alice_client.get(reverse("diary:reminder-list"))
    assert page.status_code == 200
    assert b'id="push"' not in page.content
    assert b"js/push.js" not in page.content

    response = subscribe(alice_client, Browser(f"{push_service.url}/push/x"))
    assert response.status_code == 422
    assert not PushSubscription.objects.exists()

    # A subscription kept from when keys were set: nothing is sent, nothing breaks.
    PushSubscription.objects.create(
        owner=alice, endpoint=f"{push_service.url}/push/y", p256dh="x", auth="y"
    )
    a_checkin_reminder_goes_out(alice)
    assert len(mailoutbox) == 1
    assert push_service.received == []


@pytest.mark.django_db
def test_the_reminders_page_offers_push_with_the_public_key(alice_client, vapid, settings):
    page = alice_client.get(reverse("diary:reminder-list"))
    assert f'data-public-key="{settings.WEBPUSH_VAPID_PUBLIC_KEY}"'.encode() in page.content
    assert b"js/push.js" in page.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("not json", "not valid JSON"),
        ("[]", "JSON object"),
        ('{"endpoint": "https://fcm.googleapis.com/x"}', "keys are missing"),
        (json.dumps({"endpoint": "http://10.0.0.1/push", "keys": {}}), "not one Overlap"),
        (json.dumps({"endpoint": "file:///etc/passwd", "keys": {}}), "not one Overlap"),
        (json.dumps({"endpoint": "https://127.0.0.1:99999/x", "keys": {}}), "not one Overlap"),
        (json.dumps({"endpoint": 5}), "not one Overlap"),
        (
            json.dumps(
                {
                    "endpoint": "https://fcm.googleapis.com/x",
                    "keys": {"p256dh": "AAAA", "auth": "AAAA"},
                }
            ),
            "cannot be read",
        ),
        ("{" * 5000, "too long"),
    ],
)
def test_a_subscription_that_is_not_a_push_services_is_refused(
    alice_client, vapid, settings, body, reason
):
    settings.WEBPUSH_ALLOWED_HOSTS = ["fcm.googleapis.com"]
    settings.WEBPUSH_ALLOWED_SCHEMES = ["https"]
    response = alice_client.post(
        reverse("diary:push-subscribe"), data=body, content_type="application/json"
    )
    assert response.status_code == 422
    assert reason in response.json()["error"]
    assert not PushSubscription.objects.exists()


@pytest.mark.django_db
def test_turning_push_off_forgets_only_ones_own_subscription(
    alice, alice_client, vapid, push_service, charlie
):
    mine = Browser(f"{push_service.url}/push/mine")
    subscribe(alice_client, mine)
    theirs = PushSubscription.objects.create(
        owner=charlie, endpoint=f"{push_service.url}/push/theirs", p256dh="x", auth="y"
    )
    for endpoint in (theirs.endpoint, mine.endpoint):
        response = alice_client.post(
            reverse("diary:push-unsubscribe"),
            data=json.dumps({"endpoint": endpoint}),
            content_type="application/json",
        )
        assert response.status_code == 200
    assert list(PushSubscription.objects.all()) == [theirs]


@pytest.mark.django_db
def test_the_same_device_subscribing_again_is_kept_once(alice_client, vapid, push_service):
    browser = Browser(f"{push_service.url}/push/again")
    assert subscribe(alice_client, browser).status_code == 201
    assert subscribe(alice_client, browser).status_code == 201
    assert PushSubscription.objects.count() == 1


@pytest.mark.django_db
def test_a_patient_keeps_at_most_ten_devices_the_longest_kept_going_first(
    alice, alice_client, vapid, push_service
):
    for number in range(12):
        assert (
            subscribe(alice_client, Browser(f"{push_service.url}/push/{number}")).status_code == 201
        )

    kept = PushSubscription.objects.order_by("created_at", "pk").values_list("endpoint", flat=True)
    assert list(kept) == [f"{push_service.url}/push/{number}" for number in range(2, 12)]


def test_push_endpoints_answer_401_without_a_session(client, db):
    for name in ("diary:push-subscribe", "diary:push-unsubscribe"):
        response = client.post(reverse(name), data="{}", content_type="application/json")
        assert response.status_code == 401
