"""Form fields every app shares."""

from django import forms

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
