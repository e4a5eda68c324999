from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("theme/", views.theme_set, name="theme-set"),
    path("delete/", views.account_delete, name="account-delete"),
    path("session/ping/", views.session_ping, name="session-ping"),
]

# Mounted at /sharing/ (config/urls.py) under the "sharing" namespace.
sharing_urlpatterns = [
    path("", views.sharing, name="list"),
    path("<int:pk>/revoke/", views.share_revoke_view, name="revoke"),
    path("accept/<str:token>/", views.share_accept_view, name="accept"),
]
