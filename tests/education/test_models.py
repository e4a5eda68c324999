import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from education.models import Condition, Page

pytestmark = pytest.mark.django_db


def test_published_leaves_drafts_out(make_page, draft):
    page = make_page()
    published = set(Page.objects.published())
    assert page in published
    assert draft not in published


def test_for_conditions_puts_the_most_specific_matching_page_first():
    conditions = Condition.objects.filter(slug__in=["lupus", "migraine-with-aura"])
    slugs = [page.slug for page in Page.objects.published().for_conditions(conditions)]
    assert slugs[0] == "lupus-and-migraine"
    assert "multiple-sclerosis-and-migraine" in slugs  # it shares migraine with aura
    assert slugs.index("how-migraine-and-autoimmune-disease-connect") < slugs.index(
        "multiple-sclerosis-and-migraine"
    )


def test_for_conditions_skips_pages_about_other_conditions(make_page):
    celiac_only = make_page(conditions=["celiac"])
    lupus = Condition.objects.filter(slug="lupus")
    assert celiac_only not in Page.objects.published().for_conditions(lupus)


def test_suggested_for_falls_back_to_the_overview_when_nothing_matches():
    pages = Page.objects.published().suggested_for(Condition.objects.none(), limit=2)
    assert [page.category for page in pages] == ["connections", "connections"]
    assert pages[0].slug == "how-migraine-and-autoimmune-disease-connect"


def test_each_condition_links_to_its_published_page():
    urls = dict(Condition.objects.select_related("page").values_list("slug", "page__slug"))
    assert urls["lupus"] == "lupus-and-migraine"
    assert urls["multiple-sclerosis"] == "multiple-sclerosis-and-migraine"
    assert urls["rheumatoid-arthritis"] == "rheumatoid-arthritis-and-migraine"
    assert urls["sjogrens"] == "sjogrens-and-migraine"
    assert urls["celiac"] == "celiac-disease-and-migraine"
    lupus = Condition.objects.select_related("page").get(slug="lupus")
    assert lupus.learn_url == "/learn/lupus-and-migraine/"


def test_a_condition_whose_page_is_unpublished_has_no_link():
    lupus = Condition.objects.select_related("page").get(slug="lupus")
    lupus.page.unpublish()
    assert lupus.learn_url == ""
    lupus.page = None
    assert lupus.learn_url == ""


def test_publishing_keeps_the_first_publication_date(draft):
    draft.publish()
    first = draft.published_at
    assert first is not None
    draft.unpublish()
    draft.publish()
    draft.refresh_from_db()
    assert draft.status == Page.Status.PUBLISHED
    assert draft.published_at == first


def test_clean_stamps_the_publication_date_and_refuses_reserved_slugs(draft):
    draft.status = Page.Status.PUBLISHED
    draft.clean()
    assert draft.published_at is not None
    draft.slug = "search"
    with pytest.raises(ValidationError):
        draft.clean()


def test_the_database_refuses_a_published_page_without_a_publication_date(draft):
    draft.status = Page.Status.PUBLISHED
    with pytest.raises(IntegrityError), transaction.atomic():
        draft.save()


def test_every_save_and_condition_change_is_kept_as_a_revision(draft):
    before = draft.history.count()
    draft.title = "Finished thoughts"
    draft.save()
    draft.conditions.set(Condition.objects.filter(slug="lupus"))
    assert draft.history.count() > before
    latest = draft.history.first()
    assert latest.title == "Finished thoughts"
    assert [row.condition.slug for row in latest.conditions.all()] == ["lupus"]


def test_sources_are_split_one_per_line(make_page):
    page = make_page(sources="First source\n\n  Second source  \n")
    assert page.source_list == ["First source", "Second source"]
