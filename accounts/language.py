"""Which language Overlap speaks to someone: the account's own, else the browser's.

A visitor's language comes from the language cookie (set when they choose one on any page)
or else from Accept-Language (Django's LocaleMiddleware). A logged-in user's account
language wins over both, on every request (accounts.middleware.UserLanguageMiddleware), and
e-mail, which no request carries, is rendered in it (`in_language`).
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.utils import translation

LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)


def supported_language(code: str | None) -> str:
    """`code` as one of settings.LANGUAGES ("pt-BR" and "pt" give "pt-br"), or "" if
    Overlap has no such language."""
    if not code:
        return ""
    try:
        return translation.get_supported_language_variant(code.lower())
    except LookupError:
        return ""


def account_language(user) -> str:
    """The language to write to `user` in: their account's, else Overlap's default."""
    return supported_language(getattr(user, "language", "")) or settings.LANGUAGE_CODE


@contextmanager
def in_language(user) -> Iterator[None]:
    """Render (an e-mail, a reminder) in `user`'s language, whatever the request's was."""
    with translation.override(account_language(user)):
        yield
