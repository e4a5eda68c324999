from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from accounts import signup
from accounts.urls import onboarding_urlpatterns, sharing_urlpatterns
from accounts.urls import urlpatterns as accounts_urlpatterns
from config import i18n, installable, views
from diary.urls import onboarding_urlpatterns as diary_onboarding_urlpatterns

# The admin signs in through Overlap's own login, so its throttling and MFA apply there;
# the site itself (config/admin_site.py) asks staff for two-factor authentication.
# Wrapping the site's login method in place is allauth's documented way to do that.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

# A database or cache outage outside a view gets the calm 503 page (config/middleware.py).
handler500 = "config.views.server_error"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("manifest.webmanifest", installable.manifest, name="manifest"),
    path("sw.js", installable.service_worker, name="service-worker"),
    path("jsi18n/<str:language>/", i18n.javascript_catalog, name="javascript-catalog"),
    path(
        "accounts/",
        include(
            (
                [path("profile/", views.profile, name="profile"), *accounts_urlpatterns],
                "accounts",
            )
        ),
    ),
    # Before allauth's own: sign-up that does not tell whether an address has an account.
    path("accounts/signup/", signup.signup, name="account_signup"),
    path("accounts/", include("allauth.urls")),
    path("sharing/", include((sharing_urlpatterns, "sharing"))),
    path(
        "welcome/",
        include((onboarding_urlpatterns + diary_onboarding_urlpatterns, "onboarding")),
    ),
    path("learn/", include("education.urls")),
    path("", include("diary.urls")),
    path("", include("clinic.urls")),
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        views.admin_view_on_site,
        name="admin-view-on-site",
    ),
    path("admin/", admin.site.urls),
]
