"""Curation workflows: a published page's changes wait as a draft until a curator publishes
them, so patients never read a half-finished edit and never lose the page meanwhile."""

from collections.abc import Iterable

from django.db import models, transaction
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from education.models import Condition, Page, PageDraft, normalise_newlines

# The notes Overlap stores on revisions (simple-history's change reason) and in the admin's
# log are stable English, the same whatever language the curator works in; each is
# translated where it is shown (change_note). A note a curator typed is shown as written.
PUBLISH_REASON = "Published a draft change"
DISCARD_NOTE = "Discarded a draft change."
PUBLISHED_FIELDS_NOTE = "Published a draft change: %(fields)s."
CHANGE_NOTES = {
    "Seeded with Overlap": _("Seeded with Overlap"),
    "Translation seeded with Overlap": _("Translation seeded with Overlap"),
    "Updated by Overlap's clinical review of 30 November 2026": _(
        "Updated by Overlap's clinical review of 30 November 2026"
    ),
    PUBLISH_REASON: _("Published a draft change"),
    DISCARD_NOTE: _("Discarded a draft change."),
}


# The fields of a page a curator edits, in the order of its form.
PAGE_FIELDS = [
    "title",
    "slug",
    "summary",
    "category",
    "status",
    "order",
    "last_reviewed",
    "sources",
    "body",
    "conditions",
]


def field_label(name: str) -> str:
    """A page field's name as the form shows it ("last_reviewed" -> "Last reviewed"), in
    the active language."""
    if name == "conditions":
        return gettext("Conditions")
    field = Page._meta.get_field(name)
    assert isinstance(field, models.Field)  # a page's own field, not a relation to it
    return str(field.verbose_name).capitalize()


def _field_labels_by_english() -> dict[str, str]:
    with translation.override("en"):
        english = [field_label(name) for name in PAGE_FIELDS]
    return dict(zip(english, (field_label(name) for name in PAGE_FIELDS), strict=True))


def change_note(note: str | None) -> str:
    """A stored change note in the active language: one of Overlap's own notes translated
    (with the field names of "Published a draft change: ..."), any other as written."""
    if not note:
        return ""
    known = CHANGE_NOTES.get(note)
    if known is not None:
        return str(known)
    prefix, suffix = PUBLISHED_FIELDS_NOTE.split("%(fields)s")
    if note.startswith(prefix) and note.endswith(suffix):
        english = _field_labels_by_english()
        labels = note[len(prefix) : -len(suffix)].split(", ")
        if labels and all(label in english for label in labels):
            fields = ", ".join(english[label] for label in labels)
            return gettext("Published a draft change: %(fields)s.") % {"fields": fields}
    return note


def page_draft_save(
    *, page: Page, values: dict, conditions: Iterable[Condition], user
) -> PageDraft:
    """Save ``values`` (one per PageDraft.FIELDS) and ``conditions`` as the page's draft
    change, replacing any earlier one. Returns the draft; the page itself is not touched."""
    fields = {field: values[field] for field in PageDraft.FIELDS}
    fields["body"] = normalise_newlines(fields["body"])
    fields["sources"] = normalise_newlines(fields["sources"])
    with transaction.atomic():
        draft, _ = PageDraft.objects.update_or_create(
            page=page, defaults={**fields, "saved_by": user}
        )
        draft.conditions.set(conditions)
    return draft


def same_value(old, new) -> bool:
    """Whether two values of a page field read the same. Text is compared without its line
    break style and without whitespace at its ends, which the form trims and Markdown
    ignores, so saving a page unchanged is never a change."""
    if isinstance(old, str) and isinstance(new, str):
        return normalise_newlines(old).strip() == normalise_newlines(new).strip()
    return old == new


def page_draft_changes(*, page: Page, draft: PageDraft) -> list[str]:
    """The names of the fields (and "conditions") in which ``draft`` differs from ``page``."""
    changed = [
        field
        for field in PageDraft.FIELDS
        if not same_value(getattr(page, field), getattr(draft, field))
    ]
    old = set(page.conditions.values_list("pk", flat=True))
    if old != set(draft.conditions.values_list("pk", flat=True)):
        changed.append("conditions")
    return changed


def page_draft_publish(*, page: Page, user) -> list[str]:
    """Copy the page's draft change onto the page as one revision by ``user``, then delete
    the draft. Returns the names of the fields that changed: empty when there was no draft
    or it matched the page (the draft is deleted either way).

    Raises ValidationError, and changes nothing, when the draft's address has since been
    taken by another page."""
    with transaction.atomic():
        page = Page.objects.select_for_update().get(pk=page.pk)
        draft = PageDraft.objects.filter(page=page).first()
        if draft is None:
            return []
        changed = page_draft_changes(page=page, draft=draft)
        if changed:
            for field in PageDraft.FIELDS:
                setattr(page, field, getattr(draft, field))
            page.validate_unique()
            # One revision for the whole change: the conditions change without a history
            # row of their own, and the save below records them with the other fields.
            page.skip_history_when_saving = True
            try:
                page.conditions.set(draft.conditions.all())
            finally:
                del page.skip_history_when_saving
            page._history_user = user
            page._change_reason = PUBLISH_REASON
            page.save()
        draft.delete()
    return changed


def page_draft_discard(*, page: Page) -> bool:
    """Delete the page's draft change. Returns whether there was one."""
    deleted, _ = PageDraft.objects.filter(page=page).delete()
    return bool(deleted)
