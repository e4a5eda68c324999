"""Push reminders on the reminders page, in Chromium at 375 px. The browser's push service
is out of reach here, so the page's PushManager hands out a subscription made by the test
(a real P-256 key and secret, on an allowed push service's address); everything after it is
Overlap's own: the button asks for permission, subscribes with the server's VAPID public
key, gives the subscription to the server, and logging out takes it back."""

import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from diary.models import PushSubscription
from tests.browser.conftest import ServiceWorkerEvents, log_in, wait_until
from tests.browser.test_offline import SERVICE_WORKER_ACTIVE, log_out, page  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The first page a fresh server renders (every template compiled) on a busy machine.
FIRST_LOAD_MS = 30_000
ENDPOINT = "https://fcm.googleapis.com/fcm/send/browser-test-device"


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


# The push service's part, kept across pages (as a browser keeps its subscription).
PUSH_MANAGER = """(() => {
  const subscription = %s;
  const stored = () => localStorage.getItem("test-push") === "yes";
  const made = () => ({
    endpoint: subscription.endpoint,
    toJSON() { return subscription; },
    unsubscribe() { localStorage.removeItem("test-push"); return Promise.resolve(true); },
  });
  PushManager.prototype.subscribe = function (options) {
    const key = new Uint8Array(options.applicationServerKey);
    localStorage.setItem("test-push-key", btoa(String.fromCharCode(...key)));
    localStorage.setItem("test-push", "yes");
    return Promise.resolve(made());
  };
  PushManager.prototype.getSubscription = function () {
    return Promise.resolve(stored() ? made() : null);
  };
})();"""


@pytest.fixture
def vapid(settings) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    settings.WEBPUSH_VAPID_PRIVATE_KEY = b64url(key.private_numbers().private_value.to_bytes(32))
    settings.WEBPUSH_VAPID_PUBLIC_KEY = b64url(point(key))
    return settings.WEBPUSH_VAPID_PUBLIC_KEY


def test_a_patient_turns_push_on_and_logging_out_turns_it_off(
    page,  # noqa: F811
    live_server,
    client,
    alice,
    vapid,
    axe_violations,
    console_errors,
):
    browser_key = ec.generate_private_key(ec.SECP256R1())
    subscription = {
        "endpoint": ENDPOINT,
        "keys": {"p256dh": b64url(point(browser_key)), "auth": b64url(b"0123456789abcdef")},
    }
    page.context.add_init_script(PUSH_MANAGER % json.dumps(subscription))
    page.context.grant_permissions(["notifications"], origin=live_server.url)
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/diary/reminders/", timeout=FIRST_LOAD_MS)
    wait_until(page, SERVICE_WORKER_ACTIVE)
    section = page.get_by_role("region", name="Notifications on this device")
    page.locator("#push[data-ready]").wait_for(state="attached")
    section.get_by_text("Notifications are off on this device.").wait_for()

    section.get_by_role("button", name="Get reminders as notifications here").click()

    section.get_by_text("Reminders will also come as notifications on this device.").wait_for()
    saved = PushSubscription.objects.get()
    assert (saved.owner, saved.endpoint) == (alice, ENDPOINT)
    assert saved.p256dh == subscription["keys"]["p256dh"]
    # The browser subscribed with the server's VAPID public key.
    key = base64.b64decode(page.evaluate("localStorage.getItem('test-push-key')"))
    assert b64url(key) == vapid
    section.get_by_role("button", name="Stop notifications on this device").wait_for()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    # A later visit knows this device is subscribed.
    page.reload()
    section.get_by_text("Reminders also come as notifications on this device.").wait_for()

    log_out(page)

    page.wait_for_url(live_server.url + "/")
    assert not PushSubscription.objects.exists()
    assert page.evaluate("localStorage.getItem('test-push')") is None
    assert console_errors == []


def test_turning_push_off_on_the_page(page, live_server, client, alice, vapid):  # noqa: F811
    subscription = {
        "endpoint": ENDPOINT,
        "keys": {
            "p256dh": b64url(point(ec.generate_private_key(ec.SECP256R1()))),
            "auth": b64url(b"fedcba9876543210"),
        },
    }
    page.context.add_init_script(PUSH_MANAGER % json.dumps(subscription))
    page.context.grant_permissions(["notifications"], origin=live_server.url)
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/diary/reminders/", timeout=FIRST_LOAD_MS)
    section = page.get_by_role("region", name="Notifications on this device")
    section.get_by_role("button", name="Get reminders as notifications here").click()
    section.get_by_role("button", name="Stop notifications on this device").click()

    section.get_by_text("Notifications are off on this device.").wait_for()
    assert not PushSubscription.objects.exists()


def test_without_vapid_keys_the_page_offers_no_push(page, live_server, client, alice):  # noqa: F811
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/diary/reminders/", timeout=FIRST_LOAD_MS)
    page.get_by_role("heading", name="Reminders", exact=True).wait_for()
    assert page.get_by_role("region", name="Notifications on this device").count() == 0


NOTIFICATIONS = """async () => (await (await navigator.serviceWorker.ready).getNotifications())
  .map(n => ({ title: n.title, body: n.body, tag: n.tag, data: n.data }))"""
SHOWN_ONE = f"async () => ({NOTIFICATIONS})().then(list => list.length === 1)"


def test_the_service_worker_shows_a_pushed_reminder(page, live_server, client, alice):  # noqa: F811
    page.context.grant_permissions(["notifications"], origin=live_server.url)
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/learn/", timeout=FIRST_LOAD_MS)
    wait_until(page, SERVICE_WORKER_ACTIVE)
    events = ServiceWorkerEvents(page)
    message = {
        "title": "Overlap",
        "body": "Time for today's check-in in Overlap.",
        "url": "/diary/checkins/2026-12-01/",
        "tag": "overlap-checkin",
    }

    # As a push service does, deliver again if the browser has not shown it yet (a worker
    # starting up on a busy machine can miss the first): one tag, so one notification.
    for attempt in range(3):
        events.deliver_push(live_server, json.dumps(message))
        try:
            wait_until(page, SHOWN_ONE, timeout=5)
            break
        except AssertionError:
            if attempt == 2:
                raise
    [shown] = page.evaluate(NOTIFICATIONS)
    assert shown == {
        "title": "Overlap",
        "body": "Time for today's check-in in Overlap.",
        "tag": "overlap-checkin",
        "data": {"url": "/diary/checkins/2026-12-01/"},
    }
