from itertools import groupby
from typing import Any

from django.contrib.auth.decorators import login_not_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from education.models import Page
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
        for category, items in groupby(pages, key=lambda page: page.category)
    ]
    return render(request, "education/page_list.html", {"groups": groups})


def _render_page(
    request: HttpRequest, page: Page, *, preview: str = "", conditions=None
) -> HttpResponse:
    """The page as readers see it. ``preview`` names what a curator is previewing ("draft":
    an unpublished page, "change": a published page's draft change); ``conditions`` are
    the ones to show, when they are not the page's own."""
    related = Page.objects.published().related_to(page)[:RELATED_PAGES]
    context = {
        "page": page,
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
        return _render_page(request, page, preview="draft")
    # A published page's draft change shows only in the preview, never at its address.
    return _render_page(request, page)


@permission_required("education.view_page", raise_exception=True)
def page_preview(request: HttpRequest, pk: int) -> HttpResponse:
    if pk > MAX_ID:
        raise Http404
    page = get_object_or_404(Page.objects.prefetch_related("conditions"), pk=pk)
    draft = page.draft_or_none
    if draft is not None:
        conditions = draft.conditions.all()
        return _render_page(request, draft.applied(), preview="change", conditions=conditions)
    return _render_page(request, page, preview="" if page.is_published else "draft")


@login_not_required
def page_search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    context: dict[str, Any] = {"query": query[:MAX_QUERY_LENGTH], "results": [], "problem": ""}
    if not query_words(query):
        context["problem"] = "Type one or more words to search the pages."
    elif len(query) > MAX_QUERY_LENGTH:
        context["problem"] = (
            f"That search is too long. Please use up to {MAX_QUERY_LENGTH} characters."
        )
    else:
        words = query_words(query)
        context["results"] = [
            {
                "page": page,
                "title": highlight(page.title, words),
                "summary": highlight(page.summary, words),
                "excerpt": highlight(snippet(markdown_to_text(page.body), words), words),
            }
            for page in Page.objects.published().search(query)[:50]
        ]
    return render(request, "education/page_search.html", context)
