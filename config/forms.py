"""Form fields and validators every app shares."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError

# The largest id a database integer column holds: bigger ones cannot even be looked up.
MAX_ID = 2**63 - 1


def is_valid_id(value) -> bool:
    try:
        return 0 < int(str(value).strip()) <= MAX_ID
    except ValueError:
        return False


class IdChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that refuses ids no row could have before asking the database."""

    def to_python(self, value):
        if value not in self.empty_values and not is_valid_id(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that refuses ids no row could have before asking the
    database."""

    def _check_values(self, value):
        for pk in value:
            if not is_valid_id(pk):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


class ConditionChoiceField(IdChoiceField):
    """A choice of condition, each named in the reader's language (`display_name`)."""

    def label_from_instance(self, obj) -> str:
        return obj.display_name


class ConditionMultipleChoiceField(IdMultipleChoiceField):
    """Conditions to tick, each named in the reader's language (`display_name`)."""

    def label_from_instance(self, obj) -> str:
        return obj.display_name


# Control characters (line breaks included), surrogates, line and paragraph separators, and
# format characters: bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069),
# zero-width spaces and joiners (U+200B-U+200F), the byte-order mark, soft hyphens.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def validate_short_text(value: str) -> None:
    """Refuse invisible characters in a one-line text a clinician reads (a name, an amount):
    a right-to-left override would make "400 mg" display as "gm 004"."""
    if any(unicodedata.category(character) in INVISIBLE_CATEGORIES for character in value):
        raise ValidationError(
            "Remove the invisible formatting or control characters from this text.",
            code="invisible_characters",
        )


def refuse_invisible_characters(form: forms.BaseForm, *names: str) -> None:
    """Add validate_short_text to these fields of one form instance."""
    for name in names:
        form.fields[name].validators.append(validate_short_text)
