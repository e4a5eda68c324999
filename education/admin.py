import difflib
from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, gettext_noop, ngettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from education.forms import PageForm, PageTranslationForm
from education.models import (
    TRANSLATION_LANGUAGES,
    Condition,
    Medicine,
    Page,
    PageTranslation,
    normalise_newlines,
    originals_changed_at,
)
from education.services import (
    DISCARD_NOTE,
    PUBLISHED_FIELDS_NOTE,
    field_label,
    page_draft_discard,
    page_draft_publish,
    page_draft_save,
)

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


def _text(value) -> str:
    # Revisions saved before line breaks were normalised may hold carriage returns, and the
    # form trims whitespace at the ends; neither changes what a page says.
    return normalise_newlines(str(value if value is not None else "")).strip()


def revision_changes(older, newer) -> list[str]:
    """The labels of the fields that differ between two revisions of a page, in form order."""
    changed = [
        field_label(field)
        for field in COMPARED_FIELDS
        if _text(getattr(older, field)) != _text(getattr(newer, field))
    ]
    old_conditions = {row.condition_id for row in older.conditions.all()}
    if old_conditions != {row.condition_id for row in newer.conditions.all()}:
        changed.append(field_label("conditions"))
    return changed


def _whole_numbers_or_404(*values: str) -> None:
    # Revision URLs take their ids as any text; simple-history would turn "abc" into a 500.
    if not all(value.isascii() and value.isdigit() for value in values):
        raise Http404


def yes_no(value: bool) -> str:
    """Django's yes and no icons, with their text in the active language (Django's own
    icons say "True" and "False" in English whatever the language)."""
    return format_html(
        '<img src="{}" alt="{}">',
        static(f"admin/img/icon-{'yes' if value else 'no'}.svg"),
        pgettext("yes or no", "Yes") if value else pgettext("yes or no", "No"),
    )


class RevisionsAdmin(SimpleHistoryAdmin):
    """Revision history in Overlap's words, whose pages answer a malformed id with a 404."""

    def history_view(self, request, object_id, extra_context=None):
        _whole_numbers_or_404(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        _whole_numbers_or_404(object_id, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def history_view_title(self, request, obj) -> str:
        return gettext("Revisions of “%(object)s”") % {"object": obj}

    def history_form_view_title(self, request, obj) -> str:
        return gettext("Restore an earlier version of “%(object)s”") % {"object": obj}


@admin.register(Page)
class PageAdmin(RevisionsAdmin):
    """Curation of education pages. A published page is never edited in place: saving its
    form (or restoring an earlier version) stores a draft change, which the curator
    previews and then publishes in one revision; patients read the published text until
    then."""

    form = PageForm
    list_display = [
        "title",
        "category",
        "status",
        "has_draft_change",
        "order",
        "last_reviewed",
        "updated_at",
        "preview",
    ]
    list_filter = ["status", "category", "conditions"]
    list_select_related = ["draft"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["published_at", "updated_at", "translations"]
    actions = ["publish_pages", "unpublish_pages"]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "category", "conditions", "order"]}),
        (_("Text"), {"fields": ["body", "sources"]}),
        (_("Publication"), {"fields": ["status", "last_reviewed", "published_at", "updated_at"]}),
        (_("Translations"), {"fields": ["translations"]}),
    ]
    object_history_list_template = "admin/education/page/object_history_list.html"

    @admin.display(description=_("Preview"))
    def preview(self, page: Page) -> str:
        url = reverse("education:page-preview", args=[page.pk])
        return format_html(
            '<a href="{}">{}<span class="visually-hidden"> {}</span></a>',
            url,
            gettext("Preview"),
            page.title,
        )

    @admin.display(description=_("In other languages"))
    def translations(self, page: Page) -> str:
        if page is None or page.pk is None:
            return gettext("Translations are added once the page is saved.")
        [(_page, states)] = translation_states([Page.objects.get(pk=page.pk)])
        items = format_html_join(
            "",
            '<li><span lang="{}">{}</span>: <a href="{}">{}</a>{}</li>',
            (
                (
                    cell.language,
                    dict(TRANSLATION_LANGUAGES)[cell.language],
                    cell.url,
                    cell.label,
                    f" ({cell.status_label.lower()})" if cell.state == cell.OUTDATED else "",
                )
                for cell in states
            ),
        )
        overview = reverse("admin:education_pagetranslation_overview")
        return format_html(
            '<ul class="page-translations">{}</ul><p><a href="{}">{}</a></p>',
            items,
            overview,
            gettext("All pages in all languages"),
        )

    @admin.display(description=_("Draft change"))
    def has_draft_change(self, page: Page) -> str:
        return yes_no(page.draft_or_none is not None)

    @admin.action(description=_("Publish the selected pages"), permissions=["change"])
    def publish_pages(self, request: HttpRequest, queryset) -> None:
        # One save per page, so each publication is a revision in the page's history.
        pages = list(queryset)
        for page in pages:
            page.publish()
        message = ngettext(
            "Published %(count)d page.", "Published %(count)d pages.", len(pages)
        ) % {"count": len(pages)}
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(
        description=_("Unpublish the selected pages (back to draft)"), permissions=["change"]
    )
    def unpublish_pages(self, request: HttpRequest, queryset) -> None:
        pages = list(queryset)
        for page in pages:
            page.unpublish()
        message = ngettext(
            "Moved %(count)d page back to draft.",
            "Moved %(count)d pages back to draft.",
            len(pages),
        ) % {"count": len(pages)}
        self.message_user(request, message, messages.SUCCESS)

    def get_urls(self):
        def route(suffix: str, view, name: str):
            return path(f"<path:object_id>/{suffix}", self.admin_site.admin_view(view), name=name)

        return [
            route("history/compare/<int:history_id>/", self.compare_view, "education_page_compare"),
            route("draft/publish/", self.publish_draft_view, "education_page_publish_draft"),
            route("draft/discard/", self.discard_draft_view, "education_page_discard_draft"),
            *super().get_urls(),
        ]

    # --- Draft changes ----------------------------------------------------------------

    def saves_to_draft(self, page: Page | None) -> bool:
        """Whether saving this page's form stores a draft change: the page (as stored, not
        as the form shows it) is published, or already has a draft change."""
        if page is None or page.pk is None:
            return False
        published_or_drafted = Q(status=Page.Status.PUBLISHED) | Q(draft__isnull=False)
        return Page.objects.filter(published_or_drafted, pk=page.pk).exists()

    def get_object(self, request: HttpRequest, object_id: str, from_field=None):
        # The form starts from the draft change when there is one, so a curator carries on
        # where they left off; the page itself stays as published.
        page = super().get_object(request, object_id, from_field)
        draft = page.draft_or_none if page is not None else None
        return draft.applied() if draft is not None else page

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self.saves_to_draft(obj):
            # Unpublishing stays a deliberate list action, never part of a draft change.
            readonly.insert(0, "status")
        return readonly

    def get_form(self, request: HttpRequest, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        condition_ids = self._initial_condition_ids(request, obj)
        if condition_ids is None:
            return form_class

        # A subclass of the form the admin made at run time, which mypy cannot check.
        class StartingConditionsForm(form_class):  # type: ignore[valid-type,misc]
            def __init__(self, *args, **form_kwargs):
                form_kwargs.setdefault("initial", {})["conditions"] = condition_ids
                super().__init__(*args, **form_kwargs)

        return StartingConditionsForm

    def _initial_condition_ids(self, request: HttpRequest, obj) -> list[int] | None:
        # The form would show the live page's conditions; an older revision being restored,
        # or a draft change being continued, has its own.
        version = getattr(request, "_overlap_revert_version", None)
        if version is not None:
            return [row.condition_id for row in version.conditions.all()]
        draft = obj.draft_or_none if obj is not None and obj.pk is not None else None
        if draft is not None:
            return list(draft.conditions.values_list("pk", flat=True))
        return None

    def save_model(self, request: HttpRequest, obj: Page, form, change: bool) -> None:
        if not (change and self.saves_to_draft(obj)):
            super().save_model(request, obj, form, change)
            return
        page = Page.objects.get(pk=obj.pk)
        page_draft_save(
            page=page,
            values=form.cleaned_data,
            conditions=form.cleaned_data["conditions"],
            user=request.user,
        )
        # The change view and simple-history's restore view both call form.save_m2m()
        # next, which would set the published page's conditions; the draft holds them.
        form.save_m2m = lambda: None
        request._overlap_draft_saved = True  # type: ignore[attr-defined]  # read below

    def response_change(self, request: HttpRequest, obj: Page) -> HttpResponse:
        if not getattr(request, "_overlap_draft_saved", False):
            return super().response_change(request, obj)
        self.message_user(
            request,
            gettext(
                "Saved your change to “%(page)s” as a draft change. Patients still see the "
                "published page: preview the change, then publish it when it is ready."
            )
            % {"page": obj},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:education_page_change", args=[obj.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        page = None
        if object_id.isascii() and object_id.isdigit():
            page = Page.objects.select_related("draft__saved_by").filter(pk=object_id).first()
        context = {
            "saves_to_draft": self.saves_to_draft(page),
            "draft_change": page.draft_or_none if page is not None else None,
        }
        return super().change_view(
            request, object_id, form_url, {**context, **(extra_context or {})}
        )

    def publish_draft_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        page = self._page_to_change(request, object_id)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        try:
            changed = page_draft_publish(page=page, user=request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:education_page_change", args=[page.pk]))
        page.refresh_from_db()
        if changed:
            labels = ", ".join(field_label(field) for field in changed)
            # The log keeps the note in English, translated where it is shown.
            with translation.override("en"):
                english = ", ".join(field_label(field) for field in changed)
            self.log_change(request, page, PUBLISHED_FIELDS_NOTE % {"fields": english})
            message = gettext(
                "Published the change to “%(page)s” (%(fields)s). Patients now see it."
            ) % {"page": page, "fields": labels}
        else:
            message = gettext(
                "The draft change matched the published “%(page)s”: nothing to publish."
            ) % {"page": page}
        self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:education_page_change", args=[page.pk]))

    def discard_draft_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        page = self._page_to_change(request, object_id)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if page_draft_discard(page=page):
            self.log_change(request, page, DISCARD_NOTE)
            self.message_user(
                request, gettext("Discarded the draft change to “%(page)s”.") % {"page": page}
            )
        return HttpResponseRedirect(reverse("admin:education_page_change", args=[page.pk]))

    def _page_to_change(self, request: HttpRequest, object_id: str) -> Page:
        # Checked before the method, so a malformed or unknown id is a 404 however asked.
        _whole_numbers_or_404(object_id)
        page = get_object_or_404(Page, pk=object_id)
        if not self.has_change_permission(request, page):
            raise PermissionDenied
        return page

    # --- History ------------------------------------------------------------------------

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """Label each revision with the fields it changed, compared with the one before it
        (line breaks ignored; the automatic "updated at" time is not a change)."""
        records = list(historical_records)
        for index, record in enumerate(records):
            older = records[index + 1] if index + 1 < len(records) else record.prev_record
            if record.history_type == "+" or older is None:
                record.revision_changes = [pgettext("a revision", "created")]
            elif record.history_type == "-":
                record.revision_changes = [pgettext("a revision", "deleted")]
            else:
                record.revision_changes = revision_changes(older, record)
            user = record.history_user
            record.revision_author = (user.display_name or user.email) if user else "Overlap"

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        _whole_numbers_or_404(object_id, version_id)
        request._overlap_revert_version = get_object_or_404(
            Page.history.model, id=object_id, history_id=version_id
        )
        page = Page.objects.filter(pk=object_id).first()
        context = {"restores_as_draft": self.saves_to_draft(page), **(extra_context or {})}
        return super().history_form_view(request, object_id, version_id, context)

    def compare_view(self, request: HttpRequest, object_id: str, history_id: int) -> HttpResponse:
        """One revision against the page as it is now, field by field, as a line diff."""
        _whole_numbers_or_404(object_id)
        page = get_object_or_404(Page, pk=object_id)
        if not self.has_view_or_change_permission(request, page):
            raise PermissionDenied
        revision = get_object_or_404(Page.history.model, id=page.pk, history_id=history_id)
        changes = []
        for field in COMPARED_FIELDS:
            old, new = _text(getattr(revision, field)), _text(getattr(page, field))
            if old != new:
                lines = difflib.unified_diff(
                    old.splitlines(), new.splitlines(), "revision", "current", lineterm="", n=2
                )
                changes.append({"field": field_label(field), "lines": list(lines)[2:]})
        old_conditions = {row.condition for row in revision.conditions.select_related("condition")}
        new_conditions = set(page.conditions.all())
        if old_conditions != new_conditions:
            changes.append(
                {
                    "field": field_label("conditions"),
                    "lines": [f"-{condition}" for condition in old_conditions - new_conditions]
                    + [f"+{condition}" for condition in new_conditions - old_conditions],
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("“%(page)s” now and at %(when)s")
            % {"page": page, "when": f"{revision.history_date:%Y-%m-%d %H:%M}"},
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
    list_display = ["name", "kind", "slug", "page", "blood_vessels", "order"]
    list_filter = ["kind", "involves_blood_vessels"]
    search_fields = ["name", "slug", "short_description"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["page"]

    @admin.display(
        description=Condition._meta.get_field("involves_blood_vessels").verbose_name,
        ordering="involves_blood_vessels",
    )
    def blood_vessels(self, condition: Condition) -> str:
        return yes_no(condition.involves_blood_vessels)


# The medicine form's labels as Django's change log stores them (in English, capitalised);
# the history translates each when it says what changed ("Changed Brand names.").
MEDICINE_LOG_LABELS = [
    gettext_noop("Generic name"),
    gettext_noop("Brand names"),
    gettext_noop("Kind"),
    gettext_noop("Usual purpose"),
    gettext_noop("Usual dose"),
]


@admin.register(Medicine)
class MedicineAdmin(admin.ModelAdmin):
    """The medicine catalogue: the medication form suggests these entries, and a patient's
    medicine named like one (generic or brand) takes its kind."""

    list_display = ["generic_name", "brand_names", "kind", "usual_purpose", "default_amount"]
    list_filter = ["kind", "usual_purpose"]
    search_fields = ["generic_name", "brand_names"]


# --- Translations ---------------------------------------------------------------------------


class TranslationState:
    """A page's translation into one language, as the overview and the page form show it:
    missing, draft, published or outdated (older than the original's last change)."""

    MISSING = "missing"
    DRAFT = "draft"
    PUBLISHED = "published"
    OUTDATED = "outdated"

    LABELS = {
        MISSING: _("Missing"),
        DRAFT: pgettext_lazy("translation state", "Draft"),
        PUBLISHED: pgettext_lazy("translation state", "Published"),
        OUTDATED: _("Outdated"),
    }

    def __init__(self, page: Page, language: str, text: PageTranslation | None, changed_at):
        self.page = page
        self.language = language
        self.text = text
        if text is None:
            self.state = self.MISSING
        elif text.is_outdated(changed_at):
            self.state = self.OUTDATED
        elif text.is_published:
            self.state = self.PUBLISHED
        else:
            self.state = self.DRAFT

    @property
    def label(self) -> str:
        return str(self.LABELS[self.state])

    @property
    def status_label(self) -> str:
        """The translation's own status, said beside "Outdated"."""
        return self.text.get_status_display() if self.text is not None else ""

    @property
    def url(self) -> str:
        if self.text is not None:
            return reverse("admin:education_pagetranslation_change", args=[self.text.pk])
        add = reverse("admin:education_pagetranslation_add")
        return f"{add}?{urlencode({'page': self.page.pk, 'language': self.language})}"


def translation_states(pages) -> list[tuple[Page, list[TranslationState]]]:
    """Each page with its state in every language it can be translated into (two queries
    and one for the pages' revisions)."""
    pages = list(pages)
    texts = {
        (text.page_id, text.language): text
        for text in PageTranslation.objects.filter(page__in=pages)
    }
    changed = originals_changed_at(page.pk for page in pages)
    return [
        (
            page,
            [
                TranslationState(page, code, texts.get((page.pk, code)), changed.get(page.pk))
                for code, _name in TRANSLATION_LANGUAGES
            ],
        )
        for page in pages
    ]


@admin.register(PageTranslation)
class PageTranslationAdmin(RevisionsAdmin):
    """A page in another language, curated like the page itself but on its own: its own
    status (published or not, whatever the original's), review date and revisions."""

    form = PageTranslationForm
    list_display = ["title", "page", "language", "status", "state", "last_reviewed", "preview"]
    list_filter = ["language", "status"]
    list_select_related = ["page"]
    search_fields = ["title", "summary", "body", "page__title"]
    actions = ["publish_translations", "unpublish_translations"]
    change_list_template = "admin/education/pagetranslation/change_list.html"
    fieldsets = [
        (None, {"fields": ["page", "language", "original"]}),
        (_("Text"), {"fields": ["title", "summary", "body"]}),
        (
            _("Publication"),
            {
                "fields": [
                    "status",
                    "last_reviewed",
                    "follows_original",
                    "translated_from",
                    "published_at",
                    "updated_at",
                ]
            },
        ),
    ]

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        readonly = ["original", "translated_from", "published_at", "updated_at"]
        if obj is not None and obj.pk is not None:
            # A translation stays the one of its page and language; another is added.
            readonly = ["page", "language", *readonly]
        return readonly

    @admin.display(description=_("Original (English)"))
    def original(self, text: PageTranslation) -> str:
        if text is None or text.pk is None:
            return gettext(
                "Shown once the translation is saved; the page's English text is on its own form."
            )
        page = text.page
        return format_html(
            '<p><a href="{}">{}</a></p><details><summary>{}</summary><p><strong>{}</strong></p>'
            '<p>{}</p><pre class="original-text">{}</pre></details>',
            reverse("admin:education_page_change", args=[page.pk]),
            page.title,
            gettext("Show the original's text"),
            page.title,
            page.summary,
            page.body,
        )

    @admin.display(description=_("State"))
    def state(self, text: PageTranslation) -> str:
        return TranslationState(text.page, text.language, text, text.page.original_changed_at).label

    @admin.display(description=_("Preview"))
    def preview(self, text: PageTranslation) -> str:
        url = reverse("education:translation-preview", args=[text.pk])
        return format_html(
            '<a href="{}">{}<span class="visually-hidden"> {}</span></a>',
            url,
            gettext("Preview"),
            text.title,
        )

    def save_model(self, request: HttpRequest, obj: PageTranslation, form, change: bool) -> None:
        if form.cleaned_data.get("follows_original"):
            changed_at = obj.page.original_changed_at
            obj.translated_from = changed_at or timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Publish the selected translations"), permissions=["change"])
    def publish_translations(self, request: HttpRequest, queryset) -> None:
        texts = list(queryset)
        for text in texts:
            text.publish()
        message = ngettext(
            "Published %(count)d translation.", "Published %(count)d translations.", len(texts)
        ) % {"count": len(texts)}
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(
        description=_("Unpublish the selected translations (back to draft)"),
        permissions=["change"],
    )
    def unpublish_translations(self, request: HttpRequest, queryset) -> None:
        texts = list(queryset)
        for text in texts:
            text.unpublish()
        message = ngettext(
            "Moved %(count)d translation back to draft.",
            "Moved %(count)d translations back to draft.",
            len(texts),
        ) % {"count": len(texts)}
        self.message_user(request, message, messages.SUCCESS)

    def get_urls(self):
        overview = self.admin_site.admin_view(self.overview_view)
        return [
            path("overview/", overview, name="education_pagetranslation_overview"),
            *super().get_urls(),
        ]

    def overview_view(self, request: HttpRequest) -> HttpResponse:
        """Every page in every language: missing, draft, published or outdated."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        pages = Page.objects.order_by(*Page.CATEGORY_ORDER, "order", "title")
        rows = translation_states(pages)
        counts = {state: 0 for state in TranslationState.LABELS}
        for _page, states in rows:
            for cell in states:
                counts[cell.state] += 1
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Translations of the education pages"),
            "opts": self.model._meta,
            "languages": TRANSLATION_LANGUAGES,
            "rows": rows,
            "totals": [(TranslationState.LABELS[state], count) for state, count in counts.items()],
            "can_add": self.has_add_permission(request),
        }
        return TemplateResponse(request, "admin/education/pagetranslation/overview.html", context)
