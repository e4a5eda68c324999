"""The alerts link to education pages that exist: diary.insights keeps the slugs as plain
strings (it imports nothing from education, and from Django only its translations), so this
checks them against the seeded pages."""

from diary import insights
from education import seed_pages

SEEDED_SLUGS = {page["slug"] for page in seed_pages.PAGES}


def test_the_overuse_alert_links_to_the_medication_overuse_page():
    assert insights.OVERUSE_EDUCATION_SLUG == seed_pages.MEDICATION_OVERUSE_SLUG
    assert insights.OVERUSE_EDUCATION_SLUG in SEEDED_SLUGS


def test_the_chronic_migraine_alert_links_to_the_chronic_migraine_page():
    assert insights.CHRONIC_EDUCATION_SLUG == seed_pages.CHRONIC_MIGRAINE_SLUG
    assert insights.CHRONIC_EDUCATION_SLUG in SEEDED_SLUGS


def test_the_triptan_caution_links_to_a_seeded_page():
    assert insights.MEDICATION_EDUCATION_SLUG in SEEDED_SLUGS
