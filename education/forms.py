from django import forms

from education.models import Page, normalise_newlines


class PageForm(forms.ModelForm):
    """The curators' page form. Line breaks are kept as line feeds whatever the browser
    sends, so saving a page unchanged changes nothing."""

    class Meta:
        model = Page
        fields = [
            "title",
            "slug",
            "summary",
            "category",
            "conditions",
            "order",
            "body",
            "sources",
            "status",
            "last_reviewed",
        ]

    def clean_body(self) -> str:
        return normalise_newlines(self.cleaned_data["body"])

    def clean_sources(self) -> str:
        return normalise_newlines(self.cleaned_data["sources"])
