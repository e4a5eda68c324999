from django.urls import path

from education import views

app_name = "education"

urlpatterns = [
    path("", views.page_list, name="page-list"),
    path("search/", views.page_search, name="page-search"),
    path("preview/<int:pk>/", views.page_preview, name="page-preview"),
    path(
        "preview/translation/<int:pk>/",
        views.translation_preview,
        name="translation-preview",
    ),
    path("<slug:slug>/", views.page_detail, name="page-detail"),
]
