from django.urls import path

from clinic import views

app_name = "clinic"

urlpatterns = [
    path("clinic/", views.patient_list, name="patient-list"),
    path("clinic/<uuid:patient_uuid>/timeline/", views.timeline, name="timeline"),
    path(
        "clinic/<uuid:patient_uuid>/timeline/data.json",
        views.timeline_data,
        name="timeline-data",
    ),
    path("clinic/<uuid:patient_uuid>/report/", views.report, name="report"),
    path(
        "clinic/<uuid:patient_uuid>/visits/<int:pk>/",
        views.visit_pack,
        name="visit-pack",
    ),
]
