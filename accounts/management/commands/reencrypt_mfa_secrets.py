from django.core.management.base import BaseCommand

from accounts.mfa import mfa_secrets_reencrypt


class Command(BaseCommand):
    help = (
        "Encrypts every TOTP secret and recovery-code seed under the first key of "
        "MFA_ENCRYPTION_KEYS (reading them with any of its keys, or in clear if they were "
        "saved before encryption), in one transaction. Run it after putting a new key first; "
        "then the old key can be removed. Safe to run again."
    )

    def handle(self, *args, **options) -> None:
        changed = mfa_secrets_reencrypt()
        self.stdout.write(
            f"Re-encrypted the secrets of {changed} authenticators under the first key."
        )
