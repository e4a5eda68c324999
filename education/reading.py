"""What a reader sees of an education page in their language (README, "Translations").

A page with a published translation in the request's language is read in it: its title,
summary, body and its own review date. Any other page (untranslated, or with only a draft
translation) is read in English, marked as such so the template can say so and set
lang="en" on it for screen readers. Sources stay as written.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.safestring import SafeString

from education.models import Page, PageTranslation
from education.rendering import render_markdown


@dataclass
class Reading:
    page: Page
    title: str
    summary: str
    body: str
    last_reviewed: datetime.date | None
    updated_at: datetime.datetime
    # The language of the text ("en" for the original), and whether it is English only
    # because the page is not (yet) published in the reader's language.
    language: str
    fallback: bool

    def __getattr__(self, name: str):
        # Anything else (slug, pk, category, conditions...) is the page's own.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.page, name)

    def get_absolute_url(self) -> str:
        return self.page.get_absolute_url()

    @property
    def body_html(self) -> SafeString:
        return render_markdown(self.body)

    @property
    def category(self) -> str:
        return self.page.category

    def get_category_display(self) -> str:
        return self.page.get_category_display()

    @property
    def source_list(self) -> list[str]:
        return self.page.source_list

    @property
    def reviewed_or_updated(self) -> datetime.date:
        return self.last_reviewed or self.updated_at.date()


def reader_language(language: str | None = None) -> str:
    """The request's language as settings.LANGUAGES names it ("pt-br")."""
    return (language or translation.get_language() or settings.LANGUAGE_CODE).lower()


def _original(page: Page, language: str) -> Reading:
    return Reading(
        page=page,
        title=page.title,
        summary=page.summary,
        body=page.body,
        last_reviewed=page.last_reviewed,
        updated_at=page.updated_at,
        language=settings.LANGUAGE_CODE,
        fallback=language != settings.LANGUAGE_CODE,
    )


def _translated(page: Page, text: PageTranslation) -> Reading:
    return Reading(
        page=page,
        title=text.title,
        summary=text.summary,
        body=text.body,
        last_reviewed=text.last_reviewed,
        updated_at=text.updated_at,
        language=text.language,
        fallback=False,
    )


def readings(pages: Iterable[Page], language: str | None = None) -> list[Reading]:
    """Each page as read in ``language`` (the active one by default): one query for all
    their translations."""
    pages = list(pages)
    language = reader_language(language)
    if language == settings.LANGUAGE_CODE or not pages:
        return [_original(page, language) for page in pages]
    texts = {
        text.page_id: text
        for text in PageTranslation.objects.published().filter(
            page__in=[page.pk for page in pages], language=language
        )
    }
    return [
        _translated(page, texts[page.pk]) if page.pk in texts else _original(page, language)
        for page in pages
    ]


def reading(page: Page, language: str | None = None) -> Reading:
    return readings([page], language)[0]


def translation_reading(text: PageTranslation) -> Reading:
    """A translation as its readers would see it, whatever its status (for previews)."""
    return _translated(text.page, text)
