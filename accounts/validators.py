from django.core.exceptions import ValidationError
from django.utils.translation import ngettext


class MaximumLengthValidator:
    """Refuse passwords longer than `max_length`, so hashing stays cheap and predictable."""

    def __init__(self, max_length: int = 128) -> None:
        self.max_length = max_length

    def validate(self, password: str, user=None) -> None:
        if len(password) > self.max_length:
            raise ValidationError(
                ngettext(
                    "This password is too long. It can have at most %(count)d character.",
                    "This password is too long. It can have at most %(count)d characters.",
                    self.max_length,
                )
                % {"count": self.max_length},
                code="password_too_long",
            )

    def get_help_text(self) -> str:
        return ngettext(
            "Your password can have at most %(count)d character.",
            "Your password can have at most %(count)d characters.",
            self.max_length,
        ) % {"count": self.max_length}
