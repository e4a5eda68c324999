import datetime

from django.urls import path, register_converter

from diary.views import (
    catalogue,
    entries,
    exports,
    imports,
    medications,
    onboarding,
    push,
    questionnaires,
    quick_log,
    reminders,
    report,
    timeline,
    visits,
)


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
    path("diary/", entries.entry_list, name="entry-list"),
    path("diary/migraines/new/", entries.attack_create, name="attack-create"),
    path("diary/migraines/start/", entries.attack_start, name="attack-start"),
    path("diary/migraines/<id:pk>/", entries.attack_detail, name="attack-detail"),
    path("diary/migraines/<id:pk>/edit/", entries.attack_edit, name="attack-edit"),
    path("diary/migraines/<id:pk>/delete/", entries.attack_delete, name="attack-delete"),
    path("diary/migraines/<id:pk>/end/", entries.attack_end, name="attack-end"),
    path("diary/migraines/<id:pk>/pain/", entries.attack_pain, name="attack-pain"),
    path("diary/quick-log/", quick_log.quick_log, name="quick-log"),
    path("diary/quick-log/state.json", quick_log.quick_log_state, name="quick-log-state"),
    path("diary/sync/", quick_log.sync, name="sync"),
    path("diary/flares/new/", entries.flare_create, name="flare-create"),
    path("diary/flares/<id:pk>/", entries.flare_detail, name="flare-detail"),
    path("diary/flares/<id:pk>/edit/", entries.flare_edit, name="flare-edit"),
    path("diary/flares/<id:pk>/delete/", entries.flare_delete, name="flare-delete"),
    path("diary/medications/", medications.medication_list, name="medication-list"),
    path(
        "diary/medications/catalogue.json",
        catalogue.medication_catalogue,
        name="medication-catalogue",
    ),
    path("diary/medications/<id:pk>/edit/", medications.medication_edit, name="medication-edit"),
    path(
        "diary/medications/<id:pk>/delete/", medications.medication_delete, name="medication-delete"
    ),
    path("diary/doses/new/", medications.dose_create, name="dose-create"),
    path("diary/doses/<id:pk>/edit/", medications.dose_edit, name="dose-edit"),
    path("diary/doses/<id:pk>/delete/", medications.dose_delete, name="dose-delete"),
    path("diary/doses/<id:pk>/relief/", medications.dose_relief, name="dose-relief"),
    path("diary/no-headache/", entries.headache_free_create, name="headache-free-create"),
    path(
        "diary/no-headache/<day:day>/undo/", entries.headache_free_undo, name="headache-free-undo"
    ),
    path("diary/checkins/<day:day>/", entries.checkin_edit, name="checkin-edit"),
    path("diary/checkins/<day:day>/delete/", entries.checkin_delete, name="checkin-delete"),
    path("diary/triggers/", entries.trigger_list, name="trigger-list"),
    path("diary/triggers/<id:pk>/delete/", entries.trigger_delete, name="trigger-delete"),
    path("diary/questionnaires/", questionnaires.questionnaire_list, name="questionnaire-list"),
    path(
        "diary/questionnaires/responses/<id:pk>/",
        questionnaires.questionnaire_response,
        name="questionnaire-response",
    ),
    path(
        "diary/questionnaires/<slug:slug>/",
        questionnaires.questionnaire_answer,
        name="questionnaire-answer",
    ),
    path("timeline/", timeline.timeline, name="timeline"),
    path("timeline/data.json", timeline.timeline_data, name="timeline-data"),
    path("export/csv/", exports.export_csv, name="export-csv"),
    path("export/fhir/", exports.export_fhir, name="export-fhir"),
    path("report/", report.report, name="report"),
    path("diary/appointments/", visits.appointment_list, name="appointment-list"),
    path("diary/appointments/<id:pk>/", visits.appointment_pack, name="appointment-pack"),
    path(
        "diary/appointments/<id:pk>/delete/",
        visits.appointment_delete,
        name="appointment-delete",
    ),
    path("diary/imports/", imports.import_list, name="import-list"),
    path("diary/imports/<id:pk>/", imports.import_detail, name="import-detail"),
    path("diary/imports/<id:pk>/import/", imports.import_apply, name="import-apply"),
    path("diary/imports/<id:pk>/status.json", imports.import_status, name="import-status"),
    path("diary/imports/<id:pk>/undo/", imports.import_undo_view, name="import-undo"),
    path("diary/imports/<id:pk>/keep/", imports.import_keep, name="import-keep"),
    path("diary/reminders/", reminders.reminder_list, name="reminder-list"),
    path("diary/push/subscribe/", push.push_subscribe, name="push-subscribe"),
    path("diary/push/unsubscribe/", push.push_unsubscribe, name="push-unsubscribe"),
    path(
        "reminders/nothing-to-report/<str:token>/",
        reminders.reminder_nothing_to_report,
        name="reminder-nothing-to-report",
    ),
    path("reminders/snooze/<str:token>/", reminders.reminder_snooze, name="reminder-snooze"),
    path(
        "reminders/unsubscribe/<str:token>/",
        reminders.reminder_unsubscribe,
        name="reminder-unsubscribe",
    ),
]

# The medicines and reminders steps of onboarding, mounted at /welcome/ with the accounts
# app's steps (config/urls.py).
onboarding_urlpatterns = [
    path("medicines/", onboarding.onboarding_medicines, name="medicines"),
    path("reminders/", onboarding.onboarding_reminders, name="reminders"),
]
