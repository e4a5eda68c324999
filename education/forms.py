from django import forms
from django.utils.translation import gettext_lazy as _

from education.models import Page, PageTranslation, normalise_newlines


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


class PageTranslationForm(forms.ModelForm):
    """The curators' translation form. Ticking "follows the original" records that the
    translation now says what the original says as it is now, which clears its outdated
    flag; a fix to the translation alone leaves it unticked."""

    follows_original = forms.BooleanField(
        required=False,
        label=_("This translation follows the original as it is now"),
        help_text=_(
            "Tick when the translation says everything the current original says. Leave it "
            "unticked for a fix to the translation alone: an outdated translation stays "
            "flagged until it follows the original again."
        ),
    )

    class Meta:
        model = PageTranslation
        fields = ["page", "language", "title", "summary", "body", "status", "last_reviewed"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk is None:
            self.fields["follows_original"].initial = True
        else:
            self.fields["follows_original"].initial = not instance.is_outdated(
                instance.page.original_changed_at
            )

    def clean_body(self) -> str:
        return normalise_newlines(self.cleaned_data["body"])
