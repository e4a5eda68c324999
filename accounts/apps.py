from django.apps import AppConfig
from django.db.models.signals import pre_migrate


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from config.rollback import refuse_data_losing_rollbacks

        # Once per migrate run, before anything is undone (config/rollback.py).
        pre_migrate.connect(refuse_data_losing_rollbacks, sender=self)
