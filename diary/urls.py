from django.urls import path

from diary import views

app_name = "diary"

urlpatterns = [
    path("diary/", views.entry_list, name="entry-list"),
    path("timeline/", views.timeline, name="timeline"),
]
