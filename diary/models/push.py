"""Web Push subscriptions: one per browser (device) a patient turned push reminders on in."""

from django.conf import settings
from django.db import models

from diary.models.base import OwnedQuerySet

# Push services' endpoints are long URLs (FCM's are about 200 characters).
ENDPOINT_MAX_LENGTH = 1000


class PushSubscription(models.Model):
    """Where the browser's push service takes messages for one device, and the keys that
    encrypt them (RFC 8291). Removed when the push service says it is gone for good (404,
    410), when the patient turns push off on that device, and at logout from it."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="push_subscriptions"
    )
    endpoint = models.URLField(max_length=ENDPOINT_MAX_LENGTH, unique=True)
    # The browser's public key (P-256, base64url) and authentication secret.
    p256dh = models.CharField(max_length=100)
    auth = models.CharField(max_length=50)
    created_at = models.DateTimeField(auto_now_add=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_failure_at = models.DateTimeField(null=True, blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Push subscription {self.pk} of {self.owner_id}"
