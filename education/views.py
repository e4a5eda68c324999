from itertools import groupby
from typing import Any

from django.contrib.auth.decorators import login_not_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _

from education.models import Page, PageTranslation
from education.reading import Reading, reader_language, reading, readings, translation_reading
from education.rendering import markdown_to_text
from education.search import MAX_QUERY_LENGTH, clean_query, highlight, query_words, snippet

RELATED_PAGES = 4
MAX_ID = 2**63 - 1


@login_not_required
def page_list(request: HttpRequest) -> HttpResponse:
    pages = Page.objects.published().order_by(*Page.CATEGORY_ORDER, "order", "title")
    labels = dict(Page.Category.choices)
    groups = [
        {"category": category, "label": labels[category], "pages": list(items)}
        for category, items in groupby(readings(pages), key=lambda shown: shown.category)
    ]
    return render(request, "education/page_list.html", {"groups": groups})


def _render_page(
    request: HttpRequest, page: Page, *, shown: Reading, preview: str = "", conditions=None
) -> HttpResponse:
    """The page as readers see it (``shown``: in which language). ``preview`` names what a
    curator is previewing ("draft": an unpublished page, "change": a published page's draft
    change, "translation": a translation, published or not); ``conditions`` are the ones to
    show, when they are not the page's own."""
    # In the reader's language, whichever language the page itself is shown in.
    related = readings(Page.objects.published().related_to(page)[:RELATED_PAGES])
    context = {
        "page": shown,
        "conditions": page.conditions.all() if conditions is None else conditions,
        "related_pages": related,
        "preview": preview,
    }
    return render(request, "education/page_detail.html", context)


@login_not_required
def page_detail(request: HttpRequest, slug: str) -> HttpResponse:
    page = get_object_or_404(Page.objects.prefetch_related("conditions"), slug=slug)
    if not page.is_published:
        # Curators may open a draft at its future address; to anyone else it does not exist.
        if not request.user.has_perm("education.view_page"):
            raise Http404
        return _render_page(request, page, shown=reading(page, "en"), preview="draft")
    # A published page's draft change shows only in the preview, never at its address.
    return _render_page(request, page, shown=reading(page))


@permission_required("education.view_page", raise_exception=True)
def page_preview(request: HttpRequest, pk: int) -> HttpResponse:
    if pk > MAX_ID:
        raise Http404
    page = get_object_or_404(Page.objects.prefetch_related("conditions"), pk=pk)
    draft = page.draft_or_none
    if draft is not None:
        conditions = draft.conditions.all()
        changed = draft.applied()
        return _render_page(
            request, changed, shown=reading(changed, "en"), preview="change", conditions=conditions
        )
    preview = "" if page.is_published else "draft"
    return _render_page(request, page, shown=reading(page, "en"), preview=preview)


@permission_required("education.view_pagetranslation", raise_exception=True)
def translation_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """A translation as its readers will see it, published or not, in its language."""
    if pk > MAX_ID:
        raise Http404
    text = get_object_or_404(PageTranslation.objects.select_related("page"), pk=pk)
    with translation.override(text.language):
        response = _render_page(
            request, text.page, shown=translation_reading(text), preview="translation"
        )
        response["Content-Language"] = text.language
    return response


@login_not_required
def page_search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    context: dict[str, Any] = {"query": query[:MAX_QUERY_LENGTH], "results": [], "problem": ""}
    if not query_words(query):
        context["problem"] = _("Type one or more words to search the pages.")
    elif len(query) > MAX_QUERY_LENGTH:
        context["problem"] = _(
            "That search is too long. Please use up to %(limit)d characters."
        ) % {"limit": MAX_QUERY_LENGTH}
    else:
        words = query_words(query)
        found = Page.objects.published().search(query, reader_language())[:50]
        context["results"] = [
            {
                "page": shown,
                "title": highlight(shown.title, words),
                "summary": highlight(shown.summary, words),
                "excerpt": highlight(snippet(markdown_to_text(shown.body), words), words),
            }
            for shown in readings(found)
        ]
    return render(request, "education/page_search.html", context)
