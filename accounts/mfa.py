"""TOTP secrets and recovery-code seeds encrypted at rest (SECURITY.md).

allauth stores each authenticator's secret in the database and passes it through the MFA
adapter's encrypt and decrypt on the way; Overlap encrypts with Fernet (AES-128-CBC and
HMAC-SHA256) under the keys in MFA_ENCRYPTION_KEYS, so a database dump alone cannot produce
a code. The first key encrypts, every key decrypts: a new key goes first, then
`manage.py reencrypt_mfa_secrets` moves every secret to it, then the old key can go
(docs/deploy.md, "Rotating the TOTP encryption key").
"""

import functools

from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.db import transaction

# Marks a value as encrypted; secrets saved before encryption existed are read as they are
# (a TOTP secret is base32, a recovery seed hex: neither can start with it).
PREFIX = "fernet:"
# Where each kind of authenticator keeps its secrets in Authenticator.data.
SECRET_FIELDS = {Authenticator.Type.TOTP: ["secret"], Authenticator.Type.RECOVERY_CODES: ["seed"]}


@functools.lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key) for key in keys])


def fernet() -> MultiFernet:
    """Encrypts with the first of MFA_ENCRYPTION_KEYS, decrypts with any of them."""
    return _fernet(tuple(settings.MFA_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return PREFIX + fernet().encrypt(text.encode()).decode()


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        return stored
    return fernet().decrypt(stored[len(PREFIX) :].encode()).decode()


class MFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text: str) -> str:
        return encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return decrypt(encrypted_text)


def mfa_secrets_reencrypt() -> int:
    """Encrypt every authenticator's secrets under the first key (decrypting with any key,
    and encrypting those still stored in clear). Returns how many authenticators changed."""
    changed = 0
    with transaction.atomic():
        for authenticator in Authenticator.objects.select_for_update().order_by("pk"):
            fields = SECRET_FIELDS.get(authenticator.type, [])
            data = dict(authenticator.data)
            for field in fields:
                if field in data:
                    data[field] = encrypt(decrypt(data[field]))
            if "migrated_codes" in data:
                data["migrated_codes"] = [encrypt(decrypt(c)) for c in data["migrated_codes"]]
            if data != authenticator.data:
                authenticator.data = data
                authenticator.save(update_fields=["data"])
                changed += 1
    return changed
