"""Curation workflows: a published page's changes wait as a draft until a curator publishes
them, so patients never read a half-finished edit and never lose the page meanwhile."""

from collections.abc import Iterable

from django.db import transaction

from education.models import Condition, Page, PageDraft, normalise_newlines

PUBLISH_REASON = "Published a draft change"


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
