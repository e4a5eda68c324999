import difflib

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from education.models import Condition, Page

COMPARED_FIELDS = [
    "title",
    "slug",
    "summary",
    "category",
    "status",
    "order",
    "last_reviewed",
    "sources",
    "body",
]


def _whole_numbers_or_404(*values: str) -> None:
    # Revision URLs take their ids as any text; simple-history would turn "abc" into a 500.
    if not all(value.isascii() and value.isdigit() for value in values):
        raise Http404


class RevisionsAdmin(SimpleHistoryAdmin):
    """Revision history whose pages answer a malformed id with a 404."""

    def history_view(self, request, object_id, extra_context=None):
        _whole_numbers_or_404(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        _whole_numbers_or_404(object_id, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)


@admin.register(Page)
class PageAdmin(RevisionsAdmin):
    list_display = [
        "title",
        "category",
        "status",
        "order",
        "last_reviewed",
        "updated_at",
        "preview",
    ]
    list_filter = ["status", "category", "conditions"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["published_at", "updated_at"]
    actions = ["publish_pages", "unpublish_pages"]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "category", "conditions", "order"]}),
        ("Text", {"fields": ["body", "sources"]}),
        ("Publication", {"fields": ["status", "last_reviewed", "published_at", "updated_at"]}),
    ]
    object_history_list_template = "admin/education/page/object_history_list.html"

    @admin.display(description="Preview")
    def preview(self, page: Page) -> str:
        url = reverse("education:page-preview", args=[page.pk])
        return format_html(
            '<a href="{}">Preview<span class="visually-hidden"> {}</span></a>', url, page.title
        )

    @admin.action(description="Publish the selected pages", permissions=["change"])
    def publish_pages(self, request: HttpRequest, queryset) -> None:
        # One save per page, so each publication is a revision in the page's history.
        pages = list(queryset)
        for page in pages:
            page.publish()
        self.message_user(request, f"Published {len(pages)} page(s).", messages.SUCCESS)

    @admin.action(
        description="Unpublish the selected pages (back to draft)", permissions=["change"]
    )
    def unpublish_pages(self, request: HttpRequest, queryset) -> None:
        pages = list(queryset)
        for page in pages:
            page.unpublish()
        self.message_user(request, f"Moved {len(pages)} page(s) back to draft.", messages.SUCCESS)

    def get_urls(self):
        compare = path(
            "<path:object_id>/history/compare/<int:history_id>/",
            self.admin_site.admin_view(self.compare_view),
            name="education_page_compare",
        )
        return [compare, *super().get_urls()]

    def get_form(self, request: HttpRequest, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        version = getattr(request, "_overlap_revert_version", None)
        if version is None:
            return form_class
        # simple-history's revert form reads the page's fields from the old revision but
        # its conditions from the live page; start from the revision's conditions instead.
        condition_ids = [row.condition_id for row in version.conditions.all()]

        # A subclass of the form the admin made at run time, which mypy cannot check.
        class RevertForm(form_class):  # type: ignore[valid-type,misc]
            def __init__(self, *args, **form_kwargs):
                form_kwargs.setdefault("initial", {})["conditions"] = condition_ids
                super().__init__(*args, **form_kwargs)

        return RevertForm

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        _whole_numbers_or_404(object_id, version_id)
        request._overlap_revert_version = get_object_or_404(
            Page.history.model, id=object_id, history_id=version_id
        )
        return super().history_form_view(request, object_id, version_id, extra_context)

    def compare_view(self, request: HttpRequest, object_id: str, history_id: int) -> HttpResponse:
        """One revision against the page as it is now, field by field, as a line diff."""
        _whole_numbers_or_404(object_id)
        page = get_object_or_404(Page, pk=object_id)
        if not self.has_view_or_change_permission(request, page):
            raise PermissionDenied
        revision = get_object_or_404(Page.history.model, id=page.pk, history_id=history_id)
        changes = []
        for field in COMPARED_FIELDS:
            old, new = str(getattr(revision, field) or ""), str(getattr(page, field) or "")
            if old != new:
                lines = difflib.unified_diff(
                    old.splitlines(), new.splitlines(), "revision", "current", lineterm="", n=2
                )
                changes.append({"field": field, "lines": list(lines)[2:]})
        old_conditions = {row.condition for row in revision.conditions.select_related("condition")}
        new_conditions = set(page.conditions.all())
        if old_conditions != new_conditions:
            changes.append(
                {
                    "field": "conditions",
                    "lines": [f"-{condition}" for condition in old_conditions - new_conditions]
                    + [f"+{condition}" for condition in new_conditions - old_conditions],
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "title": f"“{page}” now and at {revision.history_date:%Y-%m-%d %H:%M}",
            "opts": self.model._meta,
            "original": page,
            "revision": revision,
            "changes": changes,
            "revert_url": reverse(
                "admin:education_page_simple_history", args=[page.pk, revision.history_id]
            ),
            "history_url": reverse("admin:education_page_history", args=[page.pk]),
        }
        return TemplateResponse(request, "admin/education/page/compare.html", context)


@admin.register(Condition)
class ConditionAdmin(RevisionsAdmin):
    list_display = ["name", "kind", "slug", "page", "involves_blood_vessels", "order"]
    list_filter = ["kind", "involves_blood_vessels"]
    search_fields = ["name", "slug", "short_description"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["page"]
