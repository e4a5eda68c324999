import datetime

import pytest
from django.utils import timezone

from diary.views.home import _suggested_pages
from education.models import Condition, Page


def test_the_home_page_suggests_reading_for_the_patients_conditions(alice_client):
    response = alice_client.get("/")

    assert b"Reading for your conditions" in response.content
    assert b'href="/learn/lupus-and-migraine/"' in response.content


def test_a_patient_without_conditions_is_offered_the_overview(charlie_client):
    response = charlie_client.get("/")

    assert b'href="/learn/how-migraine-and-autoimmune-disease-connect/"' in response.content


@pytest.mark.parametrize(
    "slugs",
    [
        [],
        ["lupus"],
        ["lupus", "migraine-with-aura"],
        ["celiac", "sjogrens"],
        ["multiple-sclerosis"],
    ],
)
def test_the_suggested_pages_are_those_suggested_for_the_profiles_conditions(alice, slugs):
    conditions = Condition.objects.filter(slug__in=slugs)
    alice.profile.conditions.set(conditions)
    page = Page.objects.get(slug="lupus-and-migraine")
    page.status = Page.Status.DRAFT  # unpublished pages are never suggested
    page.save()

    shown = _suggested_pages(alice)

    expected = Page.objects.published().suggested_for(conditions)
    assert [each.pk for each in shown] == [each.pk for each in expected]
    # Read as Django reads them: what the page and its readings show is the same.
    for mine, theirs in zip(shown, expected, strict=True):
        for field in ("slug", "title", "summary", "body", "category", "last_reviewed"):
            assert getattr(mine, field) == getattr(theirs, field)
        assert mine.updated_at == theirs.updated_at
        assert mine.get_absolute_url() == theirs.get_absolute_url()


def test_the_ongoing_flares_on_home_are_each_flare_going_on(alice_client, alice, lupus):
    from diary.models import Flare

    today = timezone.localdate()
    Flare.objects.create(owner=alice, condition=lupus, started_on=today, severity=3)
    Flare.objects.create(
        owner=alice,
        condition=Condition.objects.get(slug="celiac"),
        started_on=today - datetime.timedelta(days=9),
        ended_on=today - datetime.timedelta(days=2),
    )

    content = alice_client.get("/").content.decode()

    flare = Flare.objects.get(ended_on__isnull=True)
    flares = content.split('id="flare-heading"')[1].split("</section>")[0]
    today_words = f"{today.day} {today.strftime('%B')}"
    assert (
        f'<li><a href="/diary/flares/{flare.pk}/">Systemic lupus erythematosus</a>, '
        f"since {today_words} (severe)</li>"
    ) in flares
    assert flares.count("<li>") == 1  # the ended flare is not going on
