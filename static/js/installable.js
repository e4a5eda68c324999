// On every page: register the service worker (static/js/service-worker.js, served at
// /sw.js), which makes Overlap installable and keeps the quick-log page for offline use;
// keep the installed app's title bar the colour of the theme in use when the theme changes
// after load (the server renders it for the theme the page starts in); and leave a shared
// phone clean at logout: the outbox (static/js/outbox.js) and every cache are deleted,
// after a warning when the outbox still holds actions that have not reached the diary,
// and push reminders stop on this device (static/js/push.js turned them on).
(function () {
  "use strict";
  var BAR_COLOURS = { light: "#2f5f93", dark: "#0e1013", contrast: "#000000" };
  var root = document.documentElement;
  var PUSH_UNSUBSCRIBE_URL = "/diary/push/unsubscribe/";
  var outboxScript = document.currentScript && document.currentScript.dataset.outbox;

  // The outbox code, loaded now if this page left it out (the timeline does).
  function outboxLoaded() {
    if (window.OverlapOutbox || !outboxScript) {
      return Promise.resolve(window.OverlapOutbox);
    }
    return new Promise(function (resolve) {
      var script = document.createElement("script");
      script.src = outboxScript;
      script.onload = function () {
        resolve(window.OverlapOutbox);
      };
      script.onerror = function () {
        resolve(undefined);
      };
      document.head.appendChild(script);
    });
  }

  function colourTheBar() {
    var colour = BAR_COLOURS[root.getAttribute("data-bs-theme")] || BAR_COLOURS.light;
    document.querySelectorAll('meta[name="theme-color"]').forEach(function (meta) {
      meta.setAttribute("content", colour);
    });
  }

  new MutationObserver(colourTheBar).observe(root, {
    attributes: true,
    attributeFilter: ["data-bs-theme"],
  });

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {
      // An old browser or a private window: Overlap works as a plain website.
    });
    if (document.querySelector("[data-offline-quick-log]")) {
      navigator.serviceWorker.ready.then(function (registration) {
        registration.active.postMessage("keep-quick-log");
      });
    }
  }

  function unsyncedCount() {
    return outboxLoaded()
      .then(function (outbox) {
        if (!outbox) {
          return [];
        }
        return outbox.exists().then(function (there) {
          return there ? outbox.pending() : [];
        });
      })
      .then(function (pending) {
        return pending.length;
      })
      .catch(function () {
        return 0;
      });
  }

  // Push reminders stop on this device: the server forgets its subscription (while the
  // session still lets it ask) and the browser drops it.
  function stopPush(form) {
    if (!("serviceWorker" in navigator)) {
      return Promise.resolve();
    }
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    return navigator.serviceWorker.getRegistration("/").then(function (registration) {
      if (!registration || !registration.pushManager) {
        return null;
      }
      return registration.pushManager.getSubscription().then(function (subscription) {
        if (!subscription) {
          return null;
        }
        return fetch(PUSH_UNSUBSCRIBE_URL, {
          method: "POST",
          credentials: "same-origin",
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json",
            "X-CSRFToken": token ? token.value : "",
          },
          body: JSON.stringify({ endpoint: subscription.endpoint }),
        })
          .catch(function () {})
          .then(function () {
            return subscription.unsubscribe();
          });
      });
    });
  }

  function clearThisPhone(form) {
    var steps = [
      outboxLoaded().then(function (outbox) {
        return outbox && outbox.destroy();
      }),
      stopPush(form).catch(function () {}),
    ];
    if (window.caches) {
      steps.push(
        caches.keys().then(function (names) {
          return Promise.all(
            names.map(function (name) {
              return caches.delete(name);
            })
          );
        })
      );
    }
    return Promise.all(steps).catch(function () {});
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches('form[action$="/accounts/logout/"]') || form.dataset.phoneCleared) {
      return;
    }
    event.preventDefault();
    unsyncedCount().then(function (count) {
      if (
        count > 0 &&
        !window.confirm(
          interpolate(
            ngettext(
              "%s thing you logged has not reached your diary yet. Logging out deletes it " +
                "from this phone. Log out anyway? (Cancel to stay logged in until it syncs.)",
              "%s things you logged have not reached your diary yet. Logging out deletes " +
                "them from this phone. Log out anyway? (Cancel to stay logged in until they " +
                "sync.)",
              count
            ),
            [count]
          )
        )
      ) {
        return;
      }
      clearThisPhone(form).then(function () {
        form.dataset.phoneCleared = "yes";
        form.submit();
      });
    });
  });
})();
