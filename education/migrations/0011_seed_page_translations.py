"""Load the translations of the education pages Overlap ships with, from the frozen modules
_translations_es.py, _translations_pt_br.py and _translations_de.py (each: REVIEWED_ON and
PAGES, a page's slug -> its title, summary and body in that language), so later edits
elsewhere never change what this migration writes.

Each entry becomes a published translation following the original as it is now (the time of
its last change of text, from the page's revision history), reviewed on REVIEWED_ON, with a
first revision. A page that does not exist is skipped; a translation that exists (a
curator's) is never overwritten. Every time it writes is fixed (the review day), so undoing
0010 and doing it again gives the same rows (tests/test_rollbacks.py).

It also lets the Content editors add, change, view and delete translations, and read their
revisions.

Undone, it does nothing: the translations stay (like every data migration of Overlap's).
"""

import datetime
from importlib import import_module

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The module of each language, by the language's code in settings.LANGUAGES.
MODULES = {
    "es": "education.migrations._translations_es",
    "pt-br": "education.migrations._translations_pt_br",
    "de": "education.migrations._translations_de",
}
SEED_REASON = "Translation seeded with Overlap"
TEXT_FIELDS = ("title", "summary", "body", "sources")


def _said(revision) -> tuple[str, ...]:
    return tuple(
        str(getattr(revision, field) or "").replace("\r\n", "\n").replace("\r", "\n").strip()
        for field in TEXT_FIELDS
    )


def original_changed_at(HistoricalPage, page):
    """The date of the newest revision of ``page`` whose text differs from the one before
    (as education.models.originals_changed_at computes it)."""
    changed, previous = None, None
    revisions = (
        HistoricalPage.objects.filter(id=page.pk)
        .exclude(history_type="-")
        .order_by("history_date", "history_id")
    )
    for revision in revisions:
        said = _said(revision)
        if said != previous:
            changed, previous = revision.history_date, said
    return changed if changed is not None else page.updated_at


def seeded_entries():
    """(language, slug, text, reviewed_on) for every entry of the frozen modules, in a fixed
    order."""
    for language, module_name in MODULES.items():
        module = import_module(module_name)
        for slug, text in module.PAGES.items():
            yield language, slug, text, module.REVIEWED_ON


def seed_translations(apps, schema_editor):
    Page = apps.get_model("education", "Page")
    PageTranslation = apps.get_model("education", "PageTranslation")
    HistoricalPage = apps.get_model("education", "HistoricalPage")
    HistoricalPageTranslation = apps.get_model("education", "HistoricalPageTranslation")
    pages = {page.slug: page for page in Page.objects.all()}
    present = set(PageTranslation.objects.values_list("page_id", "language"))
    changed_at = {}
    for language, slug, text, reviewed_on in seeded_entries():
        page = pages.get(slug)
        if page is None or (page.pk, language) in present:
            continue
        if page.pk not in changed_at:
            changed_at[page.pk] = original_changed_at(HistoricalPage, page)
        when = datetime.datetime.combine(reviewed_on, datetime.time(), tzinfo=datetime.UTC)
        # save() rather than create(): the same whether this runs with the migration's
        # models or (tests/conftest.py) the app's, where create() would add a revision.
        translation = PageTranslation(
            page=page,
            language=language,
            title=text["title"],
            summary=text["summary"],
            body=text["body"],
            status="published",
            published_at=when,
            last_reviewed=reviewed_on,
            translated_from=changed_at[page.pk],
        )
        PageTranslation.objects.bulk_create([translation])
        translation = PageTranslation.objects.get(page=page, language=language)
        # bulk_create sets updated_at to now; the seeded row's time is the review day.
        PageTranslation.objects.filter(pk=translation.pk).update(updated_at=when)
        translation.updated_at = when
        fields = {
            field.attname: getattr(translation, field.attname)
            for field in translation._meta.concrete_fields
        }
        HistoricalPageTranslation.objects.create(
            **fields, history_date=when, history_type="+", history_change_reason=SEED_REASON
        )


def grant_curators(apps, schema_editor):
    """The Content editors translate pages, as they write them."""
    app_config = apps.get_app_config("education")
    # As in 0005 and 0009: create_permissions needs a models module, which a migration's
    # app registry lacks.
    missing_module = getattr(app_config, "models_module", None) is None
    if missing_module:
        app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    if missing_module:
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Content editors")
    codenames = [f"{action}_pagetranslation" for action in ["add", "change", "view", "delete"]]
    for codename in [*codenames, "view_historicalpagetranslation"]:
        group.permissions.add(
            Permission.objects.get(content_type__app_label="education", codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0010_page_translations"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(seed_translations, migrations.RunPython.noop),
        migrations.RunPython(grant_curators, migrations.RunPython.noop),
    ]
