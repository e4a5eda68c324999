"""Search over education pages, and highlighting of the words found.

PostgreSQL ranks with its full-text search (title above summary above body); other
databases score plain substring matches the same way. Highlighting is done here in Python
for both, on escaped text, so nothing a curator typed can become markup.
"""

import re
from typing import TypeVar

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import (
    Case,
    Expression,
    F,
    FilteredRelation,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_QUERY_LENGTH = 200
# The queryset searched, and so the one returned: the pages' own, with its methods.
Pages = TypeVar("Pages", bound=QuerySet)

# Control characters (PostgreSQL refuses NUL) and anything that is not a word separator
# are dropped before a query reaches the database.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw: str) -> str:
    """``raw`` with control characters removed and whitespace collapsed."""
    return " ".join(_CONTROL.sub(" ", raw).split())


def query_words(query: str) -> list[str]:
    """The distinct words of ``query``, lower-cased, in order."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(query.lower()):
        seen.setdefault(word, None)
    return list(seen)


def stem(word: str) -> str:
    """A rough stem, so "migraines" finds and marks "migraine" much as PostgreSQL does."""
    return word if len(word) <= 4 else word[: max(4, len(word) - 2)]


# PostgreSQL's text search configuration for each language's words.
SEARCH_CONFIGS = {"en": "english", "es": "spanish", "pt-br": "portuguese", "de": "german"}
TEXT = ("title", "summary", "body")


def _shown_text(pages: Pages, language: str) -> tuple[Pages, dict[str, Expression | F]]:
    """``pages`` with the text a reader in ``language`` sees: the published translation's
    where there is one, the original's elsewhere."""
    if language == "en":
        return pages, {field: F(field) for field in TEXT}
    pages = pages.annotate(
        shown=FilteredRelation(
            "translations",
            condition=Q(translations__language=language, translations__status="published"),
        )
    )
    return pages, {field: Coalesce(F(f"shown__{field}"), F(field)) for field in TEXT}


def search_pages(pages: Pages, query: str, language: str = "en") -> Pages:
    """``pages`` matching ``query``, best first, each annotated with ``rank``: in the text
    a reader in ``language`` sees (education.reading)."""
    words = query_words(query)
    if not words:
        return pages.none()
    pages, text = _shown_text(pages, language)
    pages = pages.annotate(**{f"shown_{field}": expression for field, expression in text.items()})
    if connection.vendor == "postgresql":
        config = SEARCH_CONFIGS.get(language, "simple")
        vector = (
            SearchVector("shown_title", weight="A", config=config)
            + SearchVector("shown_summary", weight="B", config=config)
            + SearchVector("shown_body", weight="C", config=config)
        )
        search_query = SearchQuery(" ".join(words), search_type="plain", config=config)
        return (
            pages.annotate(document=vector, rank=SearchRank(vector, search_query))
            .filter(document=search_query)
            .order_by("-rank", "order", "title")
        )
    condition = Q()
    score: Expression = Value(0)
    for word in map(stem, words):
        condition &= (
            Q(shown_title__icontains=word)
            | Q(shown_summary__icontains=word)
            | Q(shown_body__icontains=word)
        )
        for field, weight in (("title", 10), ("summary", 4), ("body", 1)):
            score = score + Case(
                When(**{f"shown_{field}__icontains": word}, then=Value(weight)),
                default=Value(0),
                output_field=IntegerField(),
            )
    return pages.filter(condition).annotate(rank=score).order_by(F("rank").desc(), "order", "title")


def _word_pattern(words: list[str]) -> re.Pattern | None:
    stems = {stem(word) for word in words}
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def highlight(text: str, words: list[str]) -> SafeString:
    """``text`` escaped, with each occurrence of the words wrapped in <mark>."""
    pattern = _word_pattern(words)
    if pattern is None:
        return escape(text)
    pieces: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece was escaped above


def snippet(text: str, words: list[str], size: int = 30) -> str:
    """About ``size`` words of ``text`` around the first of the words found."""
    tokens = text.split()
    pattern = _word_pattern(words)
    first = 0
    if pattern is not None:
        first = next((i for i, token in enumerate(tokens) if pattern.search(token)), 0)
    start = max(0, first - size // 3)
    end = min(len(tokens), start + size)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return prefix + " ".join(tokens[start:end]) + suffix
