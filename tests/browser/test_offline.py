"""Overlap installed and offline, in Chromium at 375 px: the manifest and an active service
worker (install criteria), the quick log working with no connection, and its outbox
syncing exactly once."""

import datetime
import json

import pytest
from django.utils import timezone

from diary.models import DeviceItem, Medication, MedicationDose, MigraineAttack
from tests.browser.conftest import log_in, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 740}

SERVICE_WORKER_ACTIVE = """async () => {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return Boolean(registration && registration.active && registration.active.state === "activated"
    && navigator.serviceWorker.controller);
}"""


@pytest.fixture
def page(page):
    page.set_viewport_size(PHONE)
    return page


def test_overlap_meets_the_install_criteria(page, live_server, console_errors):
    page.goto(live_server.url + "/learn/")
    wait_until(page, SERVICE_WORKER_ACTIVE)

    manifest_url = page.eval_on_selector('link[rel="manifest"]', "link => link.href")
    manifest = json.loads(page.request.get(manifest_url).text())
    assert manifest["display"] == "standalone"
    assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
    for icon in manifest["icons"]:
        assert page.request.get(live_server.url + icon["src"]).ok
    script = page.evaluate("navigator.serviceWorker.controller.scriptURL")
    assert script == live_server.url + "/sw.js"
    assert console_errors == []


@pytest.fixture
def sumatriptan(alice) -> Medication:
    return Medication.objects.create(
        owner=alice,
        name="Sumatriptan",
        category="triptan",
        purpose="acute",
        usual_amount="50 mg",
        usual_for_attacks=True,
    )


QUICK_LOG_KEPT = """async () => {
  const names = await caches.keys();
  for (const name of names) {
    const cache = await caches.open(name);
    if (await cache.match("/diary/quick-log/", { ignoreVary: true })) return true;
  }
  return false;
}"""

OUTBOX = """() => new Promise((resolve, reject) => {
  const request = indexedDB.open("overlap");
  request.onsuccess = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains("outbox")) { db.close(); resolve([]); return; }
    const all = db.transaction("outbox").objectStore("outbox").getAll();
    all.onsuccess = () => { db.close(); resolve(all.result); };
    all.onerror = () => reject(all.error);
  };
  request.onerror = () => reject(request.error);
})"""


CACHED_RESPONSES = """async () => {
  const kept = {};
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      kept[new URL(request.url).pathname] = await (await cache.match(request)).text();
    }
  }
  return kept;
}"""

OUTBOX_DATABASE_EXISTS = """async () =>
  (await indexedDB.databases()).some(database => database.name === "overlap")"""
OUTBOX_DATABASE_GONE = """async () =>
  !(await indexedDB.databases()).some(database => database.name === "overlap")"""


def phone_time(iso: str) -> datetime.datetime:
    """A time the phone recorded, as the diary keeps it: to the minute."""
    return datetime.datetime.fromisoformat(iso).replace(second=0, microsecond=0)


def open_quick_log_ready_for_offline(page, live_server, client, alice) -> None:
    """Log in, open the home page (its worker keeps the quick log), then the quick log."""
    log_in(page, live_server, client, alice)
    page.goto(live_server.url + "/")
    wait_until(page, SERVICE_WORKER_ACTIVE)
    wait_until(page, QUICK_LOG_KEPT)
    page.goto(live_server.url + "/diary/quick-log/")
    page.locator("#quick-log[data-state-loaded]").wait_for(state="attached")


def test_offline_a_patient_starts_an_attack_logs_a_dose_and_ends_it_and_it_stays_on_the_phone(
    page, live_server, client, alice, sumatriptan, axe_violations
):
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    page.context.set_offline(True)

    page.get_by_role("button", name="Start an attack now").click()
    page.get_by_role("status").filter(has_text="Saved on this phone, will sync.").wait_for()
    page.get_by_text("1 item saved on this phone, not yet synced.").wait_for()
    page.get_by_role("heading", name="Attack in progress").wait_for()
    page.get_by_role("button", name="Took Sumatriptan (50 mg)").click()
    page.get_by_text("2 items saved on this phone, not yet synced.").wait_for()
    page.get_by_role("button", name="The attack is over: end it now").click()
    page.get_by_text("3 items saved on this phone, not yet synced.").wait_for()
    assert axe_violations(page) == []

    # A reload with no connection: the kept page, and the outbox is still there.
    assert page.reload().from_service_worker
    page.get_by_text("3 items saved on this phone, not yet synced.").wait_for()
    page.get_by_role("heading", name="Having an attack?").wait_for()
    items = page.evaluate(OUTBOX)
    assert [item["kind"] for item in items] == ["attack_start", "dose", "attack_end"]
    start, dose, end = items
    assert len({start["id"], dose["id"], end["id"]}) == 3
    assert dose["attack"] == start["id"] and end["attack"] == start["id"]
    assert dose["medication"] == sumatriptan.pk
    assert all(item["time_zone"] and item["recorded_at"] for item in items)
    assert page.viewport_size["width"] == 375
    assert not MigraineAttack.objects.exists()

    # Any other page, with no connection, is never kept: the quick log stands in for it.
    page.goto(live_server.url + "/timeline/")
    page.get_by_role("heading", name="Quick log").wait_for()
    assert page.url == live_server.url + "/timeline/"

    # Back online: exactly one attack and one dose, at the times the phone recorded.
    page.context.set_offline(False)
    page.get_by_text("Nothing waiting to sync.").wait_for()
    page.get_by_role("status").filter(has_text="Synced with your diary.").wait_for()
    attack = MigraineAttack.objects.get()
    saved_dose = MedicationDose.objects.get()
    assert attack.started_at == phone_time(start["at"])
    assert attack.ended_at == phone_time(end["at"])
    assert saved_dose.taken_at == phone_time(dose["at"])
    assert saved_dose.attack == attack
    assert DeviceItem.objects.get(device_id=start["id"]).time_zone == start["time_zone"]

    # The same items flushed again (a second tab, a lost answer): still one of each.
    page.evaluate(
        "async items => { for (const item of items) { const copy = {...item}; delete copy.n;"
        " await OverlapOutbox.add(copy); } return OverlapOutbox.flush(); }",
        items,
    )
    page.get_by_text("Nothing waiting to sync.").wait_for()
    assert page.evaluate(OUTBOX) == []
    assert MigraineAttack.objects.count() == 1
    assert MedicationDose.objects.count() == 1
    assert DeviceItem.objects.count() == 3

    # What the worker keeps: the blank quick log, static files and the scripts' words (the
    # JavaScript catalogues, the same for everyone), never diary data.
    kept = page.evaluate(CACHED_RESPONSES)
    assert "/diary/quick-log/" in kept
    assert "/jsi18n/en/" in kept
    assert all(
        url == "/diary/quick-log/" or url.startswith(("/static/", "/jsi18n/")) for url in kept
    )
    for url, text in kept.items():
        assert "Sumatriptan" not in text, url
        assert alice.email not in text and "Alice" not in text, url
        assert timezone.localtime(attack.started_at).strftime("%H:%M") not in text, url


def test_a_flush_cut_off_before_its_answer_and_repeated_makes_one_attack(
    page, live_server, client, alice
):
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    calls = []

    def lose_the_first_answer(route):
        calls.append(route.request.url)
        if len(calls) == 1:
            route.fetch()  # the server saves the attack...
            route.abort()  # ...and the answer never reaches the phone
        else:
            route.continue_()

    # On the context, so the service worker's Background Sync goes through it too.
    page.context.route("**/diary/sync/", lose_the_first_answer)
    page.get_by_role("button", name="15 min ago").click()
    page.get_by_text("1 item saved on this phone, not yet synced.").wait_for()
    for _ in range(200):
        if MigraineAttack.objects.exists():
            break
        page.wait_for_timeout(50)
    assert MigraineAttack.objects.count() == 1

    # The first call waits out the flush whose answer was lost, if it is still going.
    page.evaluate("OverlapOutbox.flush()")
    page.evaluate("OverlapOutbox.flush()")

    page.get_by_text("Nothing waiting to sync.").wait_for()
    assert len(calls) == 2
    assert MigraineAttack.objects.count() == 1
    assert DeviceItem.objects.count() == 1


def test_an_end_already_made_elsewhere_is_shown_as_a_conflict(page, live_server, client, alice):
    attack = MigraineAttack.objects.create(
        owner=alice, started_at=timezone.now() - datetime.timedelta(hours=2)
    )
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    page.get_by_role("heading", name="Attack in progress").wait_for()
    page.context.set_offline(True)
    page.get_by_role("button", name="The attack is over: end it now").click()
    page.get_by_text("1 item saved on this phone, not yet synced.").wait_for()
    ended_elsewhere = timezone.now() - datetime.timedelta(hours=1)
    MigraineAttack.objects.filter(pk=attack.pk).update(ended_at=ended_elsewhere)

    page.context.set_offline(False)

    attention = page.get_by_role("region", name="Needs your attention")
    attention.get_by_text("This attack had already been ended at").wait_for()
    page.get_by_text("Nothing waiting to sync.").wait_for()
    attack.refresh_from_db()
    assert attack.ended_at == ended_elsewhere
    attention.get_by_role("button", name="Remove from this phone").click()
    attention.wait_for(state="hidden")


def test_an_ended_session_keeps_the_queue_and_asks_to_log_in(page, live_server, client, alice):
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    page.context.set_offline(True)
    page.get_by_role("button", name="Start an attack now").click()
    page.context.clear_cookies()

    page.context.set_offline(False)

    page.get_by_role("link", name="Log in to send it").wait_for()
    page.get_by_text("1 item saved on this phone, not yet synced.").wait_for()
    assert len(page.evaluate(OUTBOX)) == 1
    assert not MigraineAttack.objects.exists()


def log_out(page) -> None:
    page.get_by_role("button", name="Show menu").click()
    page.get_by_role("button", name="Log out").click()


def test_logging_out_warns_of_unsynced_items_then_clears_the_outbox_and_every_cache(
    page, live_server, client, alice
):
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    # The server cannot be reached, by the page nor by the worker's Background Sync.
    page.context.route("**/diary/sync/", lambda route: route.abort())
    page.get_by_role("button", name="Start an attack now").click()
    page.get_by_text("1 item saved on this phone, not yet synced.").wait_for()
    warnings = []

    # Cancelled: still logged in, nothing deleted.
    page.once("dialog", lambda dialog: (warnings.append(dialog.message), dialog.dismiss()))
    log_out(page)
    for _ in range(100):  # the warning comes once the outbox has been read: up to 10 s
        if warnings:
            break
        page.wait_for_timeout(100)
    assert "1 thing you logged has not reached your diary yet" in warnings[0]
    assert len(page.evaluate(OUTBOX)) == 1
    assert page.evaluate(CACHED_RESPONSES)

    # Confirmed: the outbox and every cache are gone, and so is the session.
    page.once("dialog", lambda dialog: (warnings.append(dialog.message), dialog.accept()))
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(live_server.url + "/")
    assert len(warnings) == 2
    assert not page.evaluate(OUTBOX_DATABASE_EXISTS)
    assert page.evaluate(CACHED_RESPONSES) == {}
    assert page.evaluate("caches.keys()") == []
    page.goto(live_server.url + "/diary/quick-log/")
    assert "/accounts/login/" in page.url


def test_logging_out_with_everything_synced_asks_nothing_and_clears_the_phone(
    page, live_server, client, alice
):
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    page.get_by_role("button", name="Start an attack now").click()
    page.get_by_text("Nothing waiting to sync.").wait_for()
    page.on("dialog", lambda dialog: pytest.fail(f"Unexpected warning: {dialog.message}"))

    log_out(page)

    page.wait_for_url(live_server.url + "/")
    # The deletion completes once the page that had the outbox open has gone.
    wait_until(page, OUTBOX_DATABASE_GONE)
    assert page.evaluate("caches.keys()") == []
    assert MigraineAttack.objects.count() == 1


ADD_REFUSED_ITEM = """() => new Promise((resolve, reject) => {
  const request = indexedDB.open("overlap");
  request.onsuccess = () => {
    const transaction = request.result.transaction("attention", "readwrite");
    transaction.objectStore("attention").put({
      id: "3f1c2d4e-0000-4000-8000-000000000001", kind: "attack_end",
      at: new Date().toISOString(), reason: "This attack had already been ended at 10:00.",
    });
    transaction.oncomplete = () => { request.result.close(); resolve(); };
    transaction.onerror = () => reject(transaction.error);
  };
})"""


# The installed app's title bar (static/js/installable.js): the brand blue on the light
# theme, the page's own black or near-black on the dark and high-contrast ones.
BAR_COLOURS = {"light": "#2f5f93", "dark": "#0e1013", "contrast": "#000000"}
BAR_MATCHES_THE_PAGE = """theme => {
  const colour = document.querySelector('meta[name="theme-color"]').content;
  const probe = document.createElement("div");
  probe.style.color = colour;
  document.body.appendChild(probe);
  const bar = getComputedStyle(probe).color;
  probe.remove();
  const page = theme === "light"
    ? getComputedStyle(document.querySelector(".btn-primary")).borderColor
    : getComputedStyle(document.body).backgroundColor;
  return bar === page;
}"""


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_the_quick_log_is_accessible_and_fits_a_phone_in_every_theme(
    page, live_server, client, alice, sumatriptan, axe_violations, console_errors, theme
):
    # No colour transitions (Bootstrap drops them for reduced motion): axe reads the colours
    # the buttons settle on, never a frame in between.
    page.emulate_media(reduced_motion="reduce")
    alice.theme = theme
    alice.save(update_fields=["theme"])
    MigraineAttack.objects.create(
        owner=alice, started_at=timezone.now() - datetime.timedelta(minutes=50)
    )
    MedicationDose.objects.create(  # asks "Did it help?"
        medication=sumatriptan, taken_at=timezone.now() - datetime.timedelta(hours=3)
    )
    open_quick_log_ready_for_offline(page, live_server, client, alice)
    page.evaluate(ADD_REFUSED_ITEM)
    page.evaluate("OverlapQuickLog.render()")

    page.get_by_role("button", name="Took Sumatriptan (50 mg)").wait_for()
    page.get_by_role("group", name="Did Sumatriptan help?").wait_for()
    page.get_by_role("region", name="Today's check-in").wait_for()
    page.get_by_role("region", name="Needs your attention").wait_for()
    assert page.evaluate("document.documentElement.getAttribute('data-bs-theme')") == theme
    theme_colours = page.eval_on_selector_all(
        'meta[name="theme-color"]', "metas => metas.map(meta => meta.content)"
    )
    assert theme_colours == [BAR_COLOURS[theme]]
    assert page.evaluate(BAR_MATCHES_THE_PAGE, theme)
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert console_errors == []
