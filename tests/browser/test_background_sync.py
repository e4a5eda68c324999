"""Background Sync in Chromium: what the quick log saved with no connection is sent by the
service worker's own "sync" handler (static/js/service-worker.js, sharing static/js/
outbox.js with the pages), exactly once, and the open page's count of unsynced items
follows. The event is the browser's own, fired through the DevTools protocol as Chromium
does when the phone is back online; the worker's requests are told apart from the page's
by Playwright."""

import threading
import time

import pytest

from diary import offline_sync
from diary.models import DeviceItem, MedicationDose, MigraineAttack
from tests.browser.conftest import ServiceWorkerEvents, wait_until
from tests.browser.test_offline import (  # noqa: F401 - fixtures and helpers
    OUTBOX,
    open_quick_log_ready_for_offline,
    page,
    sumatriptan,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SYNC_TAGS = """async () => {
  const registration = await navigator.serviceWorker.ready;
  return registration.sync.getTags();
}"""


LOCKS_WAITING = """async () => (await navigator.locks.query()).pending
  .filter(lock => lock.name === "overlap-outbox-flush").length"""


class Server:
    """Every batch /diary/sync/ receives, as the device ids it holds; optionally slow, so
    two flushes can overlap."""

    def __init__(self, monkeypatch, delay: float = 0.0) -> None:
        self.batches: list[list[str]] = []
        self._lock = threading.Lock()
        original = offline_sync.sync_batch

        def recording(*, owner, items):
            with self._lock:
                self.batches.append([item.get("id") for item in items])
            time.sleep(delay)
            return original(owner=owner, items=items)

        monkeypatch.setattr(offline_sync, "sync_batch", recording)

    def device_ids(self) -> list[str]:
        return [device_id for batch in self.batches for device_id in batch]


class Network:
    """The phone's connection to /diary/sync/, for the page and the worker alike (a route on
    the context): down, or up for the worker only. Records who sent each request."""

    def __init__(self, tab) -> None:
        self.senders: list[str] = []
        self.worker_only = False
        tab.context.route("**/diary/sync/", self._handle)

    def _handle(self, route) -> None:
        sender = "worker" if route.request.service_worker else "page"
        self.senders.append(sender)
        if self.worker_only and sender == "worker":
            route.continue_()
        else:
            route.abort("internetdisconnected")


def queue_an_attack_offline(tab) -> list[dict]:
    """Start an attack, take a dose and end it with no connection: three items, and a
    Background Sync asked for."""
    tab.context.set_offline(True)
    tab.get_by_role("button", name="Start an attack now").click()
    tab.get_by_text("1 item saved on this phone, not yet synced.").wait_for()
    tab.get_by_role("button", name="Took Sumatriptan (50 mg)").click()
    tab.get_by_text("2 items saved on this phone, not yet synced.").wait_for()
    tab.get_by_role("button", name="The attack is over: end it now").click()
    tab.get_by_text("3 items saved on this phone, not yet synced.").wait_for()
    assert tab.evaluate(SYNC_TAGS) == ["overlap-outbox"]
    return tab.evaluate(OUTBOX)


def back_online_but_unreachable(tab, network: "Network") -> None:
    """The phone has its connection again, but the server cannot be reached yet: the page's
    own flush (on "online") fails, and so does any sync the browser fires by itself, which
    it then puts off for minutes."""
    tab.context.set_offline(False)
    wait_until(tab, "() => navigator.onLine")
    deadline = time.monotonic() + 10
    while "page" not in network.senders:
        assert time.monotonic() < deadline, "The page did not try to flush on coming online"
        tab.wait_for_timeout(50)
    tab.wait_for_timeout(500)  # the page's failed flush and any sync the browser fired end
    tab.get_by_text("3 items saved on this phone, not yet synced.").wait_for()


def test_the_workers_sync_event_sends_the_offline_outbox_once_and_the_page_follows(
    page,  # noqa: F811
    live_server,
    client,
    alice,
    sumatriptan,  # noqa: F811
    monkeypatch,
    console_errors,
):
    server = Server(monkeypatch)
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    events = ServiceWorkerEvents(page)
    network = Network(page)
    items = queue_an_attack_offline(page)
    back_online_but_unreachable(page, network)
    assert server.batches == []
    page_attempts = network.senders.count("page")

    network.worker_only = True
    events.dispatch_sync(live_server)

    page.get_by_text("Nothing waiting to sync.").wait_for()
    page.get_by_role("status").filter(has_text="Synced with your diary.").wait_for()
    assert page.evaluate(OUTBOX) == []
    # Sent by the worker, in one batch, each item once; the page sent nothing more.
    assert server.device_ids() == [item["id"] for item in items]
    assert network.senders.count("page") == page_attempts
    assert network.senders.count("worker") >= 1
    attack = MigraineAttack.objects.get()
    assert MedicationDose.objects.get().attack == attack
    assert attack.ended_at is not None
    assert DeviceItem.objects.count() == 3

    # A second sync event (the browser retrying, another tab's request) sends nothing.
    events.dispatch_sync(live_server)
    page.wait_for_timeout(500)
    assert len(server.batches) == 1
    assert [error for error in console_errors if "ERR_INTERNET_DISCONNECTED" not in error] == []


def test_a_flush_from_the_page_and_one_from_the_worker_never_both_send(
    page,  # noqa: F811
    live_server,
    client,
    alice,
    sumatriptan,  # noqa: F811
    monkeypatch,
):
    server = Server(monkeypatch, delay=2.0)  # each batch takes two seconds to save
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    events = ServiceWorkerEvents(page)
    network = Network(page)
    items = queue_an_attack_offline(page)
    back_online_but_unreachable(page, network)
    page.context.unroute("**/diary/sync/")

    # Both at once: the page's flush takes the lock, the worker's waits for it and then
    # finds the outbox empty.
    page.evaluate("() => { OverlapOutbox.flush(); }")
    events.dispatch_sync(live_server)
    waiting = []
    deadline = time.monotonic() + 15
    while page.evaluate(OUTBOX):
        assert time.monotonic() < deadline, "The outbox was never sent"
        waiting.append(page.evaluate(LOCKS_WAITING))
        page.wait_for_timeout(50)
    wait_until(page, "async () => (await navigator.locks.query()).held.length === 0")
    page.get_by_text("Nothing waiting to sync.").wait_for()

    assert server.batches == [[item["id"] for item in items]]
    assert MigraineAttack.objects.count() == 1
    assert DeviceItem.objects.count() == 3
    assert 1 in waiting  # the worker's flush did wait for the page's


def test_an_ended_session_keeps_the_queue_when_the_worker_syncs(
    page,  # noqa: F811
    live_server,
    client,
    alice,
    sumatriptan,  # noqa: F811
    monkeypatch,
):
    server = Server(monkeypatch)
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    events = ServiceWorkerEvents(page)
    network = Network(page)
    items = queue_an_attack_offline(page)
    back_online_but_unreachable(page, network)
    page.context.clear_cookies(name="sessionid")  # the session ended on the server's side

    network.worker_only = True
    events.dispatch_sync(live_server)

    page.get_by_role("link", name="Log in to send it").wait_for()
    page.get_by_text("3 items saved on this phone, not yet synced.").wait_for()
    assert [item["id"] for item in page.evaluate(OUTBOX)] == [item["id"] for item in items]
    assert network.senders.count("worker") >= 1
    assert server.batches == []
    assert not MigraineAttack.objects.exists()
