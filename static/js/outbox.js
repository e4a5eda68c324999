// The outbox: quick-log actions kept in IndexedDB on this phone until the server has them.
//
// Stores: "outbox" (actions not yet synced, in the order they were made), "attention"
// (actions the server refused, with its reason, until the patient removes them) and
// "state" (the patient's one-tap medicines and attack in progress, for offline use).
// Logging out deletes the whole database (static/js/installable.js).
//
// Syncing: every page flushes the outbox when it loads, when the phone comes back online
// and when the page becomes visible again, in batches to /diary/sync/ (diary/views/
// quick_log.py), which saves each action once however often it is sent. Saved and
// already-saved actions leave the outbox; refused ones move to "attention" with the
// server's reason; with no connection, an ended session or a server error they stay.
// Each flush ends with an "overlap:synced" event on document, detail { outcome, saved }.
//
// Background Sync, where the browser has it (never relied on): an action saved with no
// connection, or a flush the connection cut short, asks the browser for a "sync" event,
// which it sends the service worker once the phone is back online, even with no Overlap
// page open. This same file runs in the worker (static/js/service-worker.js loads it with
// importScripts), so both flush the same way; a lock (navigator.locks) lets only one page
// or worker flush at a time, and the next one finds what is left. Every flush's outcome is
// told to the other pages and the worker on the "overlap-outbox" BroadcastChannel; a page
// turns it into its own "overlap:synced" event, so its count of unsynced items follows.
var OverlapOutbox = (function (scope) {
  "use strict";
  var NAME = "overlap";
  var SYNC_URL = "/diary/sync/";
  var BATCH = 50;
  var SYNC_TAG = "overlap-outbox";
  var LOCK = "overlap-outbox-flush";
  var inPage = typeof document !== "undefined";
  var channel = scope.BroadcastChannel ? new BroadcastChannel("overlap-outbox") : null;
  var opened = null;
  var flushing = null;
  var flushAgain = false;
  var destroyed = false;

  function open() {
    if (destroyed) {
      // Logging out deleted the database: opening it again would create it anew.
      return Promise.reject(new Error("The outbox was deleted at logout."));
    }
    if (!opened) {
      opened = new Promise(function (resolve, reject) {
        var request = indexedDB.open(NAME, 1);
        request.onupgradeneeded = function () {
          var db = request.result;
          db.createObjectStore("outbox", { keyPath: "n", autoIncrement: true });
          db.createObjectStore("attention", { keyPath: "id" });
          db.createObjectStore("state", { keyPath: "key" });
        };
        request.onsuccess = function () {
          var db = request.result;
          // Let logging out (on this page or another tab) delete the database.
          db.onversionchange = function () {
            db.close();
            opened = null;
          };
          resolve(db);
        };
        request.onerror = function () {
          opened = null;
          reject(request.error);
        };
      });
    }
    return opened;
  }

  function run(storeName, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(storeName, mode);
        var store = transaction.objectStore(storeName);
        var result;
        var request = work(store);
        if (request) {
          request.onsuccess = function () {
            result = request.result;
          };
        }
        transaction.oncomplete = function () {
          resolve(result);
        };
        transaction.onerror = transaction.onabort = function () {
          reject(transaction.error);
        };
      });
    });
  }

  function exists() {
    // Pages other than the quick log open the database only when it is already there.
    if (!scope.indexedDB) {
      return Promise.resolve(false);
    }
    if (!indexedDB.databases) {
      return Promise.resolve(true);
    }
    return indexedDB.databases().then(function (list) {
      return list.some(function (entry) {
        return entry.name === NAME;
      });
    });
  }

  // Django's CSRF token: the page reads its cookie; the worker, which has no document,
  // asks the Cookie Store (every browser with Background Sync has it in workers).
  function csrfToken() {
    if (inPage) {
      var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
      return Promise.resolve(match ? decodeURIComponent(match[1]) : "");
    }
    if (!scope.cookieStore) {
      return Promise.resolve("");
    }
    return scope.cookieStore.get("csrftoken").then(function (cookie) {
      return cookie ? decodeURIComponent(cookie.value) : "";
    });
  }

  function sendBatch(items, token) {
    var sent = items.map(function (item) {
      var copy = Object.assign({}, item);
      delete copy.n;
      delete copy.medication_name;
      delete copy.relief_label;
      return copy;
    });
    return fetch(SYNC_URL, {
      method: "POST",
      credentials: "same-origin",
      redirect: "manual",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRFToken": token,
      },
      body: JSON.stringify({ items: sent }),
    });
  }

  // One batch at a time, in order, until the outbox is empty or a batch cannot go.
  function flushAll(saved, token) {
    return api.pending().then(function (pending) {
      if (pending.length === 0) {
        return { outcome: "done", saved: saved };
      }
      var batch = pending.slice(0, BATCH);
      return sendBatch(batch, token)
        .then(function (response) {
          if (response.status === 401 || response.status === 403 || response.type === "opaqueredirect") {
            return { outcome: "login", saved: saved };
          }
          if (!response.ok) {
            return { outcome: "retry", saved: saved };
          }
          return response.json().then(function (answer) {
            var byId = {};
            answer.results.forEach(function (result) {
              byId[result.id] = result;
            });
            var moved = 0;
            return batch
              .reduce(function (previous, item) {
                return previous.then(function () {
                  var result = byId[item.id];
                  // Made while another patient was logged in: kept for them, never shown.
                  if (!result || result.result === "other_account") {
                    return null;
                  }
                  moved += 1;
                  if (result.status === 200 || result.status === 201) {
                    saved.push(result);
                    return api.remove(item.n);
                  }
                  return api.needsAttention(item, result.message, result.errors);
                });
              }, Promise.resolve())
              .then(function () {
                return moved ? flushAll(saved, token) : { outcome: "done", saved: saved };
              });
          });
        })
        .catch(function () {
          return { outcome: "offline", saved: saved };
        });
    });
  }

  // Only one flush at a time across this phone's pages and its worker: a second one waits,
  // then reads the outbox afresh, so nothing is sent twice. Without locks, a page still
  // runs one flush at a time and the server saves each action once.
  function exclusively(work) {
    if (scope.navigator && scope.navigator.locks && scope.navigator.locks.request) {
      return scope.navigator.locks.request(LOCK, work);
    }
    return work();
  }

  function flushLocked() {
    return exclusively(function () {
      return csrfToken().then(function (token) {
        return flushAll([], token);
      });
    }).catch(function () {
      return { outcome: "retry", saved: [] };
    });
  }

  function tellOthers(result) {
    if (channel) {
      channel.postMessage({ kind: "synced", outcome: result.outcome, saved: result.saved });
    }
  }

  // Ask the browser for a "sync" event in the worker when the phone is back online.
  function syncLater() {
    if (!inPage || !("serviceWorker" in navigator) || !scope.SyncManager) {
      return Promise.resolve(false);
    }
    return navigator.serviceWorker.ready
      .then(function (registration) {
        return registration.sync.register(SYNC_TAG);
      })
      .then(
        function () {
          return true;
        },
        function () {
          return false;
        }
      );
  }

  function flush() {
    if (flushing) {
      // Something was added while a flush was under way: go again once it ends.
      flushAgain = true;
      return flushing;
    }
    flushing = flushLocked().then(function (result) {
      flushing = null;
      tellOthers(result);
      if (result.outcome === "offline" || result.outcome === "retry") {
        syncLater();
      }
      if (inPage) {
        document.dispatchEvent(new CustomEvent("overlap:synced", { detail: result }));
      }
      if (flushAgain && result.outcome === "done") {
        flushAgain = false;
        return flush();
      }
      flushAgain = false;
      return result;
    });
    return flushing;
  }

  function flushIfAny() {
    return exists().then(function (there) {
      return there ? flush() : null;
    });
  }

  // The worker's "sync" event (static/js/service-worker.js): flush if there is an outbox
  // (never make one: logging out deleted it). Rejects while the connection or the server
  // still fails, so the browser tries again later; an ended session waits for the patient
  // to log in on a page. A worker that cannot read the CSRF token leaves it to the pages.
  function flushInBackground() {
    return exists().then(function (there) {
      if (!there || (!inPage && !scope.cookieStore)) {
        return { outcome: "done", saved: [] };
      }
      return flush().then(function (result) {
        if (result.outcome === "offline" || result.outcome === "retry") {
          throw new Error("The outbox could not be sent (" + result.outcome + ").");
        }
        return result;
      });
    });
  }

  var api = {
    SYNC_TAG: SYNC_TAG,
    flush: flush,
    flushIfAny: flushIfAny,
    flushInBackground: flushInBackground,
    syncLater: syncLater,
    exists: exists,
    add: function (item) {
      return run("outbox", "readwrite", function (store) {
        return store.add(item);
      }).then(function (n) {
        if (inPage && navigator.onLine === false) {
          // Saved with no connection: the worker may send it before any page is open.
          syncLater();
        }
        return n;
      });
    },
    pending: function () {
      return run("outbox", "readonly", function (store) {
        return store.getAll();
      });
    },
    remove: function (n) {
      return run("outbox", "readwrite", function (store) {
        return store.delete(n);
      });
    },
    needsAttention: function (item, reason, errors) {
      return open().then(function (db) {
        return new Promise(function (resolve, reject) {
          var transaction = db.transaction(["outbox", "attention"], "readwrite");
          transaction.objectStore("outbox").delete(item.n);
          var kept = Object.assign({}, item, { reason: reason, errors: errors || null });
          delete kept.n;
          transaction.objectStore("attention").put(kept);
          transaction.oncomplete = resolve;
          transaction.onerror = transaction.onabort = function () {
            reject(transaction.error);
          };
        });
      });
    },
    attention: function () {
      return run("attention", "readonly", function (store) {
        return store.getAll();
      });
    },
    dismiss: function (id) {
      return run("attention", "readwrite", function (store) {
        return store.delete(id);
      });
    },
    getState: function () {
      return run("state", "readonly", function (store) {
        return store.get("quick-log");
      });
    },
    setState: function (state) {
      return run("state", "readwrite", function (store) {
        return store.put(Object.assign({ key: "quick-log" }, state));
      });
    },
    destroy: function () {
      // Everything on this phone goes: the outbox, the refused items and the kept state.
      // Nothing on this page opens the database after this, or it would come back.
      var closing = opened
        ? opened.then(function (db) {
            db.close();
          })
        : Promise.resolve();
      destroyed = true;
      return closing
        .catch(function () {})
        .then(function () {
          opened = null;
          return new Promise(function (resolve) {
            var request = indexedDB.deleteDatabase(NAME);
            request.onsuccess = request.onerror = request.onblocked = function () {
              resolve();
            };
          });
        });
    },
  };

  if (!inPage) {
    return api;
  }
  if (channel) {
    // Another page or the worker flushed: this page's count and lists follow.
    channel.addEventListener("message", function (event) {
      var message = event.data || {};
      if (message.kind === "synced") {
        document.dispatchEvent(
          new CustomEvent("overlap:synced", {
            detail: { outcome: message.outcome, saved: message.saved || [], elsewhere: true },
          })
        );
      }
    });
  }
  flushIfAny();
  window.addEventListener("online", flushIfAny);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      flushIfAny();
    }
  });
  return api;
})(self);
