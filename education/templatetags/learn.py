"""Education pages and condition names in the reader's language, for any template:

{% load learn %}
{% in_reading_language pages as pages %}   each page's title and summary in the
                                           request's language (English as a fallback)
{{ condition|condition_name }}             a condition (or its name) in that language
{{ record.history_change_reason|change_note }}  a revision's note: Overlap's own notes
                                           translated, a curator's as written
"""

from django import template

from education.condition_names import condition_name as translated_name
from education.reading import Reading, readings
from education.services import change_note as translated_note

register = template.Library()


@register.simple_tag
def in_reading_language(pages) -> list[Reading]:
    if not pages:
        return []
    pages = list(pages)
    if all(isinstance(page, Reading) for page in pages):
        return pages
    return readings(pages)


@register.filter
def condition_name(condition) -> str:
    name = getattr(condition, "name", condition)
    return translated_name(str(name))


@register.filter
def change_note(note) -> str:
    return translated_note(note)
