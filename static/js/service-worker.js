// Overlap's service worker. The view at /sw.js puts self.OVERLAP_SW in front of this file:
// { version, assets: [static URLs], quickLog: "/diary/quick-log/", outbox: outbox.js's URL }.
//
// What it keeps: the quick-log page (a blank page: no diary data is ever rendered into it)
// and its static assets. Everything else goes to the network only and is never stored, so
// no page holding health data ends up in a cache. With no connection, a page that cannot
// load gets the quick-log page instead, whose actions wait on the phone until they sync.
"use strict";

var SETTINGS = self.OVERLAP_SW;
// The outbox's code, the same the pages run (static/js/outbox.js): OverlapOutbox.
importScripts(SETTINGS.outbox);
var CACHE = "overlap-" + SETTINGS.version;
var ASSETS = new Set(SETTINGS.assets);

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        return cache.addAll(SETTINGS.assets);
      })
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name !== CACHE;
            })
            .map(function (name) {
              return caches.delete(name);
            })
        );
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

function keepQuickLog(response) {
  // Only the page itself, as a logged-in patient gets it: never a login page or an error.
  // Its assets come back too if logging out deleted them.
  if (response.status === 200 && response.type === "basic" && !response.redirected) {
    var copy = response.clone();
    return caches.open(CACHE).then(function (cache) {
      return cache
        .put(SETTINGS.quickLog, copy)
        .then(function () {
          return cache.keys();
        })
        .then(function (entries) {
          if (entries.length <= SETTINGS.assets.length) {
            return cache.addAll(SETTINGS.assets);
          }
        });
    });
  }
  return Promise.resolve();
}

function quickLogFromNetwork(request) {
  // Network first, so a patient online always gets a fresh page (a new CSRF token after
  // logging in again); the blank page is kept for when there is no connection.
  return fetch(request)
    .then(function (response) {
      keepQuickLog(response);
      return response;
    })
    .catch(function () {
      return cachedQuickLog();
    });
}

// caches.match, unlike caches.open, never makes a cache: after logging out none comes back
// until a patient's quick log is kept again.
function kept(url) {
  return caches.match(url, { cacheName: CACHE, ignoreVary: true });
}

function cachedQuickLog() {
  return kept(SETTINGS.quickLog).then(function (response) {
    return response || Response.error();
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname === SETTINGS.quickLog && request.mode === "navigate") {
    event.respondWith(quickLogFromNetwork(request));
  } else if (ASSETS.has(url.pathname)) {
    event.respondWith(
      kept(url.pathname).then(function (response) {
        return response || fetch(request);
      })
    );
  } else if (request.mode === "navigate") {
    // Network only; nothing stored. Offline, the quick log instead of an error page.
    event.respondWith(
      fetch(request).catch(function () {
        return cachedQuickLog();
      })
    );
  }
});

// A patient's home page asks for the quick log to be kept, so it is there the first time
// the phone has no connection.
self.addEventListener("message", function (event) {
  if (event.data !== "keep-quick-log") {
    return;
  }
  event.waitUntil(
    kept(SETTINGS.quickLog).then(function (response) {
      if (!response) {
        return fetch(SETTINGS.quickLog, { credentials: "same-origin", redirect: "manual" })
          .then(keepQuickLog)
          .catch(function () {});
      }
    })
  );
});

// Background Sync: a page saved an action with no connection, or could not send the outbox,
// and the browser says the phone is online again. The outbox is flushed exactly as a page
// flushes it (one flush at a time on this phone) and open pages are told, so their count of
// unsynced items follows. A failed flush rejects, so the browser tries again later, until
// its last chance; the pages still flush on their own when they load, come back online or
// become visible.
self.addEventListener("sync", function (event) {
  if (event.tag !== OverlapOutbox.SYNC_TAG) {
    return;
  }
  event.waitUntil(
    OverlapOutbox.flushInBackground().catch(function (error) {
      if (!event.lastChance) {
        throw error;
      }
    })
  );
});

// Push reminders (diary/push.py): the server sends neutral words and the page to open, a
// path on this site. Nothing else about the diary ever comes this way.
self.addEventListener("push", function (event) {
  var message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (error) {
    message = {};
  }
  var body = typeof message.body === "string" ? message.body : "A reminder from Overlap.";
  event.waitUntil(
    self.registration.showNotification(typeof message.title === "string" ? message.title : "Overlap", {
      body: body,
      tag: typeof message.tag === "string" ? message.tag : "overlap",
      icon: SETTINGS.icon,
      data: { url: typeof message.url === "string" ? message.url : "/" },
    })
  );
});

function sameSitePath(url) {
  // Only a page of this site, whatever the message said.
  try {
    var target = new URL(url, self.location.origin);
    return target.origin === self.location.origin ? target.href : self.location.origin + "/";
  } catch (error) {
    return self.location.origin + "/";
  }
}

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var target = sameSitePath((event.notification.data || {}).url || "/");
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
      for (var i = 0; i < windows.length; i += 1) {
        if (windows[i].url === target && "focus" in windows[i]) {
          return windows[i].focus();
        }
      }
      return self.clients.openWindow(target);
    })
  );
});
