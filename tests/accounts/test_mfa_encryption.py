"""TOTP secrets and recovery codes are encrypted at rest with keys from the environment
(SECURITY.md), so a database dump alone cannot produce a code; the key can be rotated
(docs/deploy.md) with `manage.py reencrypt_mfa_secrets`."""

import time
from io import StringIO

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from cryptography.fernet import Fernet, InvalidToken
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

from tests.conftest import TOTP_SECRET, give_totp

OLD_KEY, NEW_KEY = Fernet.generate_key().decode(), Fernet.generate_key().decode()


def current_code(secret: str = TOTP_SECRET) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def stored(user, kind: str) -> dict:
    """The authenticator's data as the database holds it, as a dump would show it."""
    return Authenticator.objects.filter(user=user, type=kind).values_list("data", flat=True).get()


def totp(user) -> TOTP:
    return TOTP(Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP))


def test_the_totp_secret_is_stored_encrypted(bob):
    give_totp(bob)

    data = stored(bob, Authenticator.Type.TOTP)
    assert TOTP_SECRET not in str(data)
    assert data["secret"].startswith("fernet:")
    assert totp(bob).validate_code(current_code())


def test_the_recovery_codes_seed_is_stored_encrypted(bob):
    codes = RecoveryCodes.activate(bob).generate_codes()

    data = stored(bob, Authenticator.Type.RECOVERY_CODES)
    assert data["seed"].startswith("fernet:")
    authenticator = RecoveryCodes(Authenticator.objects.get(user=bob, type="recovery_codes"))
    assert authenticator.generate_codes() == codes
    assert authenticator.validate_code(codes[0])


def test_a_dump_without_the_key_cannot_produce_codes(bob):
    give_totp(bob)

    with override_settings(MFA_ENCRYPTION_KEYS=[Fernet.generate_key().decode()]):
        with pytest.raises(InvalidToken):
            totp(bob).validate_code(current_code())


def test_the_key_rotates_without_anyone_setting_up_again(bob):
    with override_settings(MFA_ENCRYPTION_KEYS=[OLD_KEY]):
        give_totp(bob)
        codes = RecoveryCodes.activate(bob).generate_codes()
    before = stored(bob, Authenticator.Type.TOTP)["secret"]

    # The new key first, the old one still there to read with; then re-encrypt.
    with override_settings(MFA_ENCRYPTION_KEYS=[NEW_KEY, OLD_KEY]):
        assert totp(bob).validate_code(current_code())
        output = StringIO()
        call_command("reencrypt_mfa_secrets", stdout=output)

    assert output.getvalue().strip() == (
        "Re-encrypted the secrets of 2 authenticators under the first key."
    )
    assert stored(bob, Authenticator.Type.TOTP)["secret"] != before
    cache.clear()  # the code was used above: allauth refuses it twice
    with override_settings(MFA_ENCRYPTION_KEYS=[NEW_KEY]):
        assert totp(bob).validate_code(current_code())
        recovery = RecoveryCodes(Authenticator.objects.get(user=bob, type="recovery_codes"))
        assert recovery.generate_codes() == codes


def test_secrets_saved_in_clear_before_encryption_are_read_and_then_encrypted(bob):
    # An authenticator from before encryption: the secret as allauth stored it by default.
    Authenticator.objects.create(
        user=bob, type=Authenticator.Type.TOTP, data={"secret": TOTP_SECRET}
    )
    assert totp(bob).validate_code(current_code())

    call_command("reencrypt_mfa_secrets", stdout=StringIO())

    assert stored(bob, Authenticator.Type.TOTP)["secret"].startswith("fernet:")
    cache.clear()  # the code was used above: allauth refuses it twice
    assert totp(bob).validate_code(current_code())
