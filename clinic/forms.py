from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PatientSearchForm(forms.Form):
    """The clinician's search of their list of patients, by name or e-mail address, and the
    list's order."""

    ATTENTION = "attention"
    NAME = "name"

    q = forms.CharField(
        label=_("Find a patient"),
        max_length=100,
        required=False,
        help_text=_("Part of a name or e-mail address."),
        error_messages={"max_length": _("Search for at most 100 characters of a name.")},
    )
    order = forms.ChoiceField(
        label=pgettext_lazy("of a list", "Order"),
        choices=[(ATTENTION, _("Needs attention first")), (NAME, _("By name"))],
        required=False,
    )

    @property
    def query(self) -> str:
        """The words to search for; none when the search is empty or not valid."""
        self.is_valid()  # cleans each field: one that is not valid is left out
        return self.cleaned_data.get("q", "")

    @property
    def by_name(self) -> bool:
        """Whether the list is in order of name rather than of who needs attention first."""
        self.is_valid()
        return self.cleaned_data.get("order") == self.NAME

    def query_string(self) -> str:
        """The search and order, valid and not the defaults, to keep on every page's link."""
        kept = {"q": self.query, "order": self.NAME if self.by_name else ""}
        return urlencode({key: value for key, value in kept.items() if value})
