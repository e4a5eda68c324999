from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from accounts.two_factor import has_totp, two_factor_setup_redirect


class OverlapAdminSite(admin.AdminSite):
    """The curation admin. It opens to active staff (curators and the operations
    superuser) only once they have two-factor authentication set up: curators change what
    every patient reads about their medicines."""

    site_header = _("Overlap curation")
    site_title = _("Overlap curation")

    def has_permission(self, request: HttpRequest) -> bool:
        return super().has_permission(request) and has_totp(request.user)

    def login(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        # Every admin page refused by has_permission comes here. Staff without TOTP are
        # sent to set it up rather than shown the admin's own login form.
        user = request.user
        if user.is_authenticated and user.is_active and user.is_staff and not has_totp(user):
            return two_factor_setup_redirect(request, before=_("the curation pages open"))
        return super().login(request, extra_context)
