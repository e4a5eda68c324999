from django.apps import AppConfig


class DiaryConfig(AppConfig):
    name = "diary"
    verbose_name = "Diary"

    def ready(self) -> None:
        from diary import versions

        # Every write to a diary raises its owner's version (diary/versions.py).
        versions.connect()
