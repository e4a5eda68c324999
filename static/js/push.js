// Push reminders on the reminders page (templates/diary/reminder_list.html): where the
// browser has Web Push, a button subscribes this device through the service worker
// (static/js/service-worker.js shows the notifications) and gives the subscription to the
// server (diary/views/push.py); another button takes it back. Logging out takes it back
// too (static/js/installable.js).
(function () {
  "use strict";
  var box = document.getElementById("push");
  if (!box) {
    return;
  }
  var status = document.getElementById("push-status");
  var onButton = document.getElementById("push-on");
  var offButton = document.getElementById("push-off");

  function keyBytes(base64url) {
    var padded = base64url.replace(/-/g, "+").replace(/_/g, "/");
    padded += "===".slice((padded.length + 3) % 4);
    var text = atob(padded);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i += 1) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes;
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) {
      return decodeURIComponent(match[1]);
    }
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(body),
    });
  }

  function show(subscribed, text) {
    onButton.hidden = subscribed;
    offButton.hidden = !subscribed;
    status.textContent = text;
  }

  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    return; // The page already says this browser cannot show them.
  }

  function registration() {
    return navigator.serviceWorker.ready;
  }

  function current() {
    return registration().then(function (reg) {
      return reg.pushManager.getSubscription();
    });
  }

  function turnOn() {
    onButton.disabled = true;
    Notification.requestPermission()
      .then(function (permission) {
        if (permission !== "granted") {
          throw new Error(gettext("Notifications are blocked for Overlap in this browser's settings."));
        }
        return registration();
      })
      .then(function (reg) {
        return reg.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(box.dataset.publicKey),
        });
      })
      .then(function (subscription) {
        return post(box.dataset.subscribeUrl, subscription.toJSON()).then(function (response) {
          if (response.status === 201) {
            show(true, gettext("Reminders will also come as notifications on this device."));
            return;
          }
          return subscription.unsubscribe().then(function () {
            return response.json().then(function (answer) {
              throw new Error(answer.error || gettext("Overlap could not turn notifications on."));
            });
          });
        });
      })
      .catch(function (error) {
        show(false, gettext("Notifications are off on this device.") + " " + (error && error.message ? error.message : ""));
      })
      .then(function () {
        onButton.disabled = false;
      });
  }

  function turnOff() {
    offButton.disabled = true;
    current()
      .then(function (subscription) {
        if (!subscription) {
          return;
        }
        var endpoint = subscription.endpoint;
        return subscription.unsubscribe().then(function () {
          return post(box.dataset.unsubscribeUrl, { endpoint: endpoint });
        });
      })
      .then(
        function () {
          show(false, gettext("Notifications are off on this device."));
        },
        function () {
          show(true, gettext("Overlap could not turn notifications off. Try again."));
        }
      )
      .then(function () {
        offButton.disabled = false;
      });
  }

  onButton.addEventListener("click", turnOn);
  offButton.addEventListener("click", turnOff);
  current()
    .then(function (subscription) {
      show(
        Boolean(subscription),
        subscription ? gettext("Reminders also come as notifications on this device.") : gettext("Notifications are off on this device.")
      );
    })
    .catch(function () {
      show(false, gettext("Notifications are off on this device."));
    })
    .then(function () {
      box.setAttribute("data-ready", "");
    });
})();
