import datetime

from django.urls import path, register_converter

from diary import reminder_views, views


class IdConverter:
    """A positive database id that fits a 64-bit column; anything else is a 404."""

    regex = "[1-9][0-9]{0,17}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


class DayConverter:
    """A calendar day as yyyy-mm-dd; impossible dates (2025-02-30) are a 404."""

    regex = "[0-9]{4}-[0-9]{2}-[0-9]{2}"

    def to_python(self, value: str) -> datetime.date:
        return datetime.date.fromisoformat(value)

    def to_url(self, value: datetime.date | str) -> str:
        return value.isoformat() if isinstance(value, datetime.date) else str(value)


register_converter(IdConverter, "id")
register_converter(DayConverter, "day")

app_name = "diary"

urlpatterns = [
    path("diary/", views.entry_list, name="entry-list"),
    path("diary/migraines/new/", views.attack_create, name="attack-create"),
    path("diary/migraines/start/", views.attack_start, name="attack-start"),
    path("diary/migraines/<id:pk>/", views.attack_detail, name="attack-detail"),
    path("diary/migraines/<id:pk>/edit/", views.attack_edit, name="attack-edit"),
    path("diary/migraines/<id:pk>/delete/", views.attack_delete, name="attack-delete"),
    path("diary/migraines/<id:pk>/end/", views.attack_end, name="attack-end"),
    path("diary/flares/new/", views.flare_create, name="flare-create"),
    path("diary/flares/<id:pk>/", views.flare_detail, name="flare-detail"),
    path("diary/flares/<id:pk>/edit/", views.flare_edit, name="flare-edit"),
    path("diary/flares/<id:pk>/delete/", views.flare_delete, name="flare-delete"),
    path("diary/medications/", views.medication_list, name="medication-list"),
    path("diary/medications/<id:pk>/edit/", views.medication_edit, name="medication-edit"),
    path("diary/medications/<id:pk>/delete/", views.medication_delete, name="medication-delete"),
    path("diary/doses/new/", views.dose_create, name="dose-create"),
    path("diary/doses/<id:pk>/edit/", views.dose_edit, name="dose-edit"),
    path("diary/doses/<id:pk>/delete/", views.dose_delete, name="dose-delete"),
    path("diary/checkins/<day:day>/", views.checkin_edit, name="checkin-edit"),
    path("diary/checkins/<day:day>/delete/", views.checkin_delete, name="checkin-delete"),
    path("diary/triggers/", views.trigger_list, name="trigger-list"),
    path("diary/triggers/<id:pk>/delete/", views.trigger_delete, name="trigger-delete"),
    path("timeline/", views.timeline, name="timeline"),
    path("timeline/data.json", views.timeline_data, name="timeline-data"),
    path("clinic/", views.clinic_list, name="clinic-list"),
    path("clinic/<uuid:patient_uuid>/timeline/", views.clinic_timeline, name="clinic-timeline"),
    path(
        "clinic/<uuid:patient_uuid>/timeline/data.json",
        views.clinic_timeline_data,
        name="clinic-timeline-data",
    ),
    path("clinic/<uuid:patient_uuid>/report/", views.clinic_report, name="clinic-report"),
    path("export/csv/", views.export_csv, name="export-csv"),
    path("export/fhir/", views.export_fhir, name="export-fhir"),
    path("report/", views.report, name="report"),
    path("diary/reminders/", reminder_views.reminder_list, name="reminder-list"),
    path(
        "reminders/nothing-to-report/<str:token>/",
        reminder_views.reminder_nothing_to_report,
        name="reminder-nothing-to-report",
    ),
    path("reminders/snooze/<str:token>/", reminder_views.reminder_snooze, name="reminder-snooze"),
    path(
        "reminders/unsubscribe/<str:token>/",
        reminder_views.reminder_unsubscribe,
        name="reminder-unsubscribe",
    ),
]
