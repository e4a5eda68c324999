"""Middleware that keeps bad input and failing dependencies from turning into a 500."""

from collections.abc import Callable

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse
from django.urls import reverse


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
