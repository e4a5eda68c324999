"""Middleware that keeps bad input and failing dependencies from turning into a 500, and
gives each request an id for the logs."""

import logging
import re
import uuid
from collections.abc import Callable

from django.core.exceptions import BadRequest
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from config.logging import request_id

# A database that is down, restarting, refusing connections or over its statement or lock
# timeout; a Redis cache that is down or too slow. Errors in Overlap's own code are not here.
OUTAGE_ERRORS = (OperationalError, InterfaceError, RedisConnectionError, RedisTimeoutError)
RETRY_AFTER_SECONDS = 30
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
error_log = logging.getLogger("django.request")


class RequestIdMiddleware:
    """Give the request an id (the proxy's X-Request-ID when it sends a plain one), put it
    on every log line of the request and on the response, so a user's report of a failure
    and the log line with its traceback can be matched."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get("X-Request-ID", "")
        the_id = given if REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        # Overlap's own attribute on the request, read by config.logging.
        request.request_id = the_id  # type: ignore[attr-defined]
        token = request_id.set(the_id)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response.headers["X-Request-ID"] = the_id
        return response


def unavailable_response(request: HttpRequest) -> HttpResponse:
    """The calm "try again in a minute" answer: 503 with Retry-After, rendered without the
    request so that it needs neither the database nor the cache."""
    # Middleware may trip over what the outage left half done (a session that never
    # loaded); config.views.server_error then answers with this page too.
    request.outage = True  # type: ignore[attr-defined]  # Overlap's own attribute
    response: HttpResponse
    if request.path.endswith(".json") or "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse(
            {"error": "Overlap is busy for a moment. Please try again in a minute."}, status=503
        )
    else:
        # In the language the page would have had: the account's or the visitor's, once the
        # language middleware chose it. An outage before that (loading the session) finds
        # no choice yet, and another request's language may still be active on this thread:
        # then the language cookie and the browser's say, which need no database.
        language = getattr(request, "LANGUAGE_CODE", "") or translation.get_language_from_request(
            request
        )
        with translation.override(language):
            response = HttpResponse(render_to_string("503.html"), status=503)
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response.headers["Cache-Control"] = "no-store"
    return response


class ServiceUnavailableMiddleware:
    """Turn a database or cache outage raised by a view into the calm 503 page, logged once
    with its traceback. Outages raised by other middleware (loading the session, say) reach
    config.views.server_error, which answers the same way."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OUTAGE_ERRORS):
            return None
        error_log.error("Service Unavailable: %s", request.path, exc_info=exception)
        response = unavailable_response(request)
        # Django would log it again, without the traceback; its flag is not in the stubs.
        response._has_been_logged = True  # type: ignore[attr-defined]
        return response


class AdminNulBytesMiddleware:
    """Answer 400 when an admin request carries a NUL byte in a query or form value.

    The admin passes list filters, searches and form fields to the database as they come,
    and PostgreSQL refuses NUL in any text; Overlap's own forms refuse it with a form error.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(reverse("admin:index")):
            for values in (request.GET, request.POST):
                for key, items in values.lists():
                    if "\x00" in key or any("\x00" in item for item in items):
                        raise BadRequest("A NUL byte in an admin request.")
        return self.get_response(request)
