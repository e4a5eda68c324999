"""Checks on the seeded education pages that need no database.

The pages are written in Overlap's own words from an overview article. The article is not
in the repository; article_fingerprint.txt holds hashes of its 8-word runs, made with the
same normalisation as ``words`` below, so reuse of its wording can be caught here.
"""

import hashlib
import re
import unicodedata
from pathlib import Path

import pytest

from education.seed_pages import (
    CHRONIC_MIGRAINE_SLUG,
    MEDICATION_OVERUSE_SLUG,
    PAGES,
    REVIEWED_ON,
    SOURCE,
    SeedPage,
)

FINGERPRINT = Path(__file__).with_name("article_fingerprint.txt")

REQUIRED_SLUGS = {
    "how-migraine-and-autoimmune-disease-connect",
    "inflammation-and-immune-signals",
    "genes-hormones-and-blood-vessels",
    "lupus-and-migraine",
    "multiple-sclerosis-and-migraine",
    "rheumatoid-arthritis-and-migraine",
    "sjogrens-and-migraine",
    "celiac-disease-and-migraine",
    "medication-caution",
    "treating-inflammation",
    "using-your-diary",
    "working-with-your-care-team",
    CHRONIC_MIGRAINE_SLUG,
    MEDICATION_OVERUSE_SLUG,
}
CATEGORIES = {"connections", "conditions", "management"}
CONDITION_SLUGS = {
    "migraine-without-aura",
    "migraine-with-aura",
    "lupus",
    "multiple-sclerosis",
    "rheumatoid-arthritis",
    "sjogrens",
    "celiac",
    "other-autoimmune",
}

# Each fact from the article that the pages must cover, as (fact, page slug or None for
# "any page", words that must all appear). Matching is case-insensitive.
CLINICAL_FACTS = [
    (
        "comorbidity",
        "how-migraine-and-autoimmune-disease-connect",
        ["comorbidity", "lupus", "rheumatoid arthritis", "multiple sclerosis"],
    ),
    ("chronic inflammation", "inflammation-and-immune-signals", ["chronic", "inflammation"]),
    ("cytokines", "inflammation-and-immune-signals", ["cytokine", "TNF-alpha", "IL-6"]),
    ("autoantibodies", "inflammation-and-immune-signals", ["autoantibod", "nervous system"]),
    ("genetic predisposition", "genes-hormones-and-blood-vessels", ["genetic", "genes"]),
    (
        "vascular involvement",
        "genes-hormones-and-blood-vessels",
        ["vasculitis", "migraine with aura", "blood flow"],
    ),
    ("hormones", "genes-hormones-and-blood-vessels", ["estrogen", "period", "women"]),
    ("lupus", "lupus-and-migraine", ["nervous system", "vasculitis", "brain"]),
    (
        "multiple sclerosis",
        "multiple-sclerosis-and-migraine",
        [
            "demyelination",
            "central nervous system",
            "inflammation",
            "headache",
            "fatigue",
            "cognitive",
        ],
    ),
    (
        "rheumatoid arthritis",
        "rheumatoid-arthritis-and-migraine",
        ["chronic inflammation", "stress", "strain"],
    ),
    ("Sjögren's syndrome", "sjogrens-and-migraine", ["neuropathy", "headache"]),
    (
        "celiac disease",
        "celiac-disease-and-migraine",
        ["gluten", "inflammation", "gluten-free diet"],
    ),
    ("treating inflammation", "treating-inflammation", ["NSAID", "corticosteroid", "DMARD"]),
    ("CGRP inhibitors", "treating-inflammation", ["CGRP", "prevent"]),
    ("immune modulation", "immune-modulating-medicines", ["methotrexate", "biologic"]),
    ("stress reduction", None, ["meditation", "yoga", "breathing"]),
    ("diet", None, ["gluten", "fruit", "vegetables", "omega-3", "trigger"]),
    ("sleep and hydration", None, ["sleep", "water", "drinking enough"]),
    (
        "caution with vessel-acting drugs",
        "medication-caution",
        [
            "triptan",
            "narrow",
            "blood vessels",
            "lupus",
            "rheumatoid arthritis",
            "vasculitis",
            "Raynaud",
        ],
    ),
    (
        "medication overuse headache",
        "medication-caution",
        [
            "medication overuse headache",
            "joint pain",
            "NSAIDs",
            "10 or more days",
            "15 or more days",
        ],
    ),
    (
        "monitoring and shared care",
        "working-with-your-care-team",
        ["monitoring", "neurologist", "rheumatologist", "shared care"],
    ),
    (
        "using the diary",
        "using-your-diary",
        ["timeline", "check-in", "flare", "not the same as a cause"],
    ),
]

# What the clinical review of round two asked the pages to say, page by page.
REVIEWED_FACTS = [
    (
        "CGRP medicines' own warnings and pregnancy",
        "treating-inflammation",
        ["raise blood pressure", "Raynaud's phenomenon", "pregnancy", "several months"],
    ),
    (
        "gepants differ: atogepant prevents only, zavegepant is a nasal spray",
        "treating-inflammation",
        ["atogepant", "only to *prevent*", "zavegepant", "nasal spray", "rimegepant"],
    ),
    (
        "ditans explained",
        "medication-caution",
        ["ditans", "lasmiditan", "does not narrow blood vessels", "8 hours"],
    ),
    (
        "NSAIDs' own cautions where they are offered instead of triptans",
        "medication-caution",
        ["stomach", "kidneys", "blood pressure", "heart attack"],
    ),
    (
        "NSAIDs' own cautions where they are described",
        "treating-inflammation",
        ["stomach", "kidneys", "blood pressure", "heart attack", "stroke"],
    ),
    (
        "triptan cautions completed",
        "medication-caution",
        [
            "hemiplegic migraine",
            "brainstem aura",
            "within 24 hours of an ergot",
            "or **of a different triptan**",
            "MAO inhibitors",
        ],
    ),
    (
        "arterial and venous clots kept apart",
        "genes-hormones-and-blood-vessels",
        ["arteries", "veins"],
    ),
    ("vein clots are not a triptan matter", "medication-caution", ["vein", "arteries"]),
    (
        "TNF inhibitors avoided in multiple sclerosis",
        "immune-modulating-medicines",
        ["TNF inhibitors", "avoided in people with multiple sclerosis"],
    ),
    ("TNF inhibitors on the MS page", "multiple-sclerosis-and-migraine", ["TNF inhibitors"]),
    (
        "urgent help: pregnancy, posture, new headache after 50",
        "working-with-your-care-team",
        ["SNNOOP10", "pregnant", "gave birth", "lie down", "over 50", "new kind of headache"],
    ),
    (
        "stopping overused medicines is the clinician's plan; opioids differ",
        MEDICATION_OVERUSE_SLUG,
        ["clinician will usually plan", "stopping them completely", "Opioids", "slowly"],
    ),
    (
        "medication overuse: both criteria, the limits, joints and gepants",
        MEDICATION_OVERUSE_SLUG,
        [
            "ICHD-3, section 8.2",
            "15 or more days a month",
            "10 or more days a month",
            "NSAIDs for your joints count",
            "Gepants are not counted",
            "lasmiditan",
        ],
    ),
    (
        "chronic migraine explained",
        CHRONIC_MIGRAINE_SLUG,
        ["ICHD-3, section 1.3", "15 or more days a month", "at least 8", "more than three months"],
    ),
    (
        "the basics page points to the chronic migraine page",
        "migraine-with-and-without-aura",
        ["*Chronic migraine explained*"],
    ),
]

# Overstatements the review asked to soften; none may come back.
RETIRED_WORDING = [
    "headaches stop almost completely",
    "some people inherit a tendency towards both",
    "inflammation plays a part in it too",
    "often means fewer migraine attacks",
    "can set off migraine attacks as well as autoimmune flares",
    "do not stop or cut down suddenly on your own",
    "a history of blood clots",
    "gepants**, tablets that can treat an attack",
]

# Words that identify the commercial programme the article advertises in its opening and
# closing paragraphs. None of it belongs in Overlap.
PROMOTIONAL_MARKERS = ["goodman", "christian", "headache program", "\u2122", "(tm)"]


def words(text: str) -> list[str]:
    """The article's normalisation: accents dropped, curly apostrophes straightened,
    lower-cased, split into runs of letters, digits and apostrophes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9']+", text.lower())


def run_hashes(tokens: list[str], length: int = 8) -> set[str]:
    return {
        hashlib.sha256(" ".join(tokens[start : start + length]).encode()).hexdigest()[:16]
        for start in range(len(tokens) - length + 1)
    }


def page_text(page: SeedPage) -> str:
    return "\n".join([page["title"], page["summary"], page["body"]])


def all_text() -> str:
    return "\n".join(page_text(page) for page in PAGES)


def pages_by_slug() -> dict[str, SeedPage]:
    return {page["slug"]: page for page in PAGES}


def test_it_has_at_least_14_pages():
    assert len(PAGES) >= 14


def test_every_page_has_at_least_250_words():
    short = {page["slug"]: len(page["body"].split()) for page in PAGES}
    short = {slug: count for slug, count in short.items() if count < 250}
    assert short == {}


def test_every_page_has_the_expected_fields():
    expected = {"slug", "title", "summary", "category", "conditions", "order", "sources", "body"}
    for page in PAGES:
        assert set(page) == expected, page["slug"]
        assert page["title"].strip()
        assert page["body"].strip()
        assert isinstance(page["order"], int)


def test_summaries_fit_a_meta_description():
    for page in PAGES:
        assert 0 < len(page["summary"]) <= 300, page["slug"]
        assert "\n" not in page["summary"], page["slug"]


def test_slugs_are_unique_and_required_ones_exist():
    slugs = [page["slug"] for page in PAGES]
    assert len(slugs) == len(set(slugs))
    assert REQUIRED_SLUGS <= set(slugs)
    for slug in slugs:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug


def test_categories_and_conditions_are_valid():
    for page in PAGES:
        assert page["category"] in CATEGORIES, page["slug"]
        assert page["conditions"], page["slug"]
        assert set(page["conditions"]) <= CONDITION_SLUGS, page["slug"]
        assert len(page["conditions"]) == len(set(page["conditions"])), page["slug"]


def test_order_is_unique_within_each_category():
    seen = set()
    for page in PAGES:
        key = (page["category"], page["order"])
        assert key not in seen, page["slug"]
        seen.add(key)


def test_every_condition_has_at_least_one_page():
    covered = {slug for page in PAGES for slug in page["conditions"]}
    assert covered == CONDITION_SLUGS


def test_every_page_cites_the_article_and_review_date_is_set():
    assert REVIEWED_ON.year == 2026
    for page in PAGES:
        assert SOURCE in page["sources"], page["slug"]
        for source in page["sources"]:
            assert isinstance(source, str) and source.strip(), page["slug"]
            for address in re.findall(r"\b[a-z]+://\S+", source):
                assert address.startswith("https://"), page["slug"]


def test_fingerprint_file_is_big_enough_to_mean_something():
    hashes = load_fingerprint()
    assert len(hashes) > 500
    assert all(re.fullmatch(r"[0-9a-f]{16}", value) for value in hashes)


def load_fingerprint() -> set[str]:
    lines = FINGERPRINT.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_no_8_word_run_of_the_article_appears():
    fingerprint = load_fingerprint()
    assert len(fingerprint) > 500
    reused = {
        page["slug"]: sorted(run_hashes(words(page_text(page))) & fingerprint) for page in PAGES
    }
    reused = {slug: hashes for slug, hashes in reused.items() if hashes}
    assert reused == {}


def test_the_normalisation_matches_the_one_the_fingerprint_was_made_with():
    # The fingerprint's header describes this normalisation; if the two drift apart the
    # reuse check above would quietly stop matching anything.
    assert words("Sj\u00f6gren\u2019s SYNDROME, (IL-6) & TNF-alpha.") == [
        "sjogren's",
        "syndrome",
        "il",
        "6",
        "tnf",
        "alpha",
    ]
    header = FINGERPRINT.read_text(encoding="utf-8").split("\n", 6)
    assert any("[a-z0-9']+" in line for line in header if line.startswith("#"))


@pytest.mark.parametrize(("fact", "slug", "keywords"), CLINICAL_FACTS)
def test_every_clinical_fact_is_covered(fact, slug, keywords):
    text = page_text(pages_by_slug()[slug]) if slug else all_text()
    missing = [keyword for keyword in keywords if keyword.lower() not in text.lower()]
    assert missing == [], f"{fact}: missing {missing}"


@pytest.mark.parametrize(("fact", "slug", "keywords"), REVIEWED_FACTS)
def test_every_reviewed_fact_is_on_its_page(fact, slug, keywords):
    # Compared with line breaks as spaces: the bodies wrap wherever a line fills.
    text = " ".join(page_text(pages_by_slug()[slug]).lower().split())
    missing = [keyword for keyword in keywords if keyword.lower() not in text]
    assert missing == [], f"{fact}: missing {missing}"


def test_the_overstatements_stay_softened():
    text = " ".join(all_text().lower().split())
    assert [wording for wording in RETIRED_WORDING if wording.lower() in text] == []


def test_every_page_cites_a_primary_source_beyond_the_article():
    for page in PAGES:
        others = [source for source in page["sources"] if source != SOURCE]
        assert others, page["slug"]
        for source in others:
            # Named precisely enough to find: a publication year, or a product's official
            # information, or the WHO document by its title.
            assert re.search(r"\b(19|20)\d{2}\b", source) or (
                "prescribing information" in source
                or "summary of product characteristics" in source
                or source.startswith("World Health Organization. ")
            ), (page["slug"], source)


def test_the_pages_the_alerts_link_to_exist():
    slugs = {page["slug"] for page in PAGES}
    assert {CHRONIC_MIGRAINE_SLUG, MEDICATION_OVERUSE_SLUG} <= slugs
    assert CHRONIC_MIGRAINE_SLUG == "chronic-migraine"
    assert MEDICATION_OVERUSE_SLUG == "medication-overuse-headache"


def test_the_review_date_is_the_second_clinical_review():
    assert REVIEWED_ON.isoformat() == "2026-11-30"


def test_nothing_of_the_promotional_text_appears():
    everything = "\n".join("\n".join([page_text(page), *page["sources"]]) for page in PAGES).lower()
    assert SOURCE.lower() in everything
    for marker in PROMOTIONAL_MARKERS:
        assert marker not in everything, marker
    assert not re.search(r"\bprogram\b", everything)


def test_markdown_uses_only_safe_constructs():
    for page in PAGES:
        body = page["body"]
        assert "<" not in body, page["slug"]
        assert "![" not in body, page["slug"]
        assert "](" not in page["summary"] and "<" not in page["summary"], page["slug"]
        for target in re.findall(r"\]\(([^)\s]*)", body):
            assert target.startswith(("https://", "mailto:")), (page["slug"], target)
        for bare in re.findall(r"\b(?:https?|ftp|javascript|data):\S*", body, re.IGNORECASE):
            assert bare.lower().startswith("https://"), (page["slug"], bare)
        assert not re.search(r"^#\s", body, re.MULTILINE), f"{page['slug']}: no h1 in body"
