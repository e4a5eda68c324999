import copy
import datetime
import unicodedata

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from education.condition_names import condition_name
from education.medication_kinds import MedicationCategory, MedicationPurpose
from education.rendering import render_markdown


class ConditionQuerySet(models.QuerySet):
    def autoimmune(self) -> "ConditionQuerySet":
        """Conditions a flare can belong to."""
        return self.filter(kind=Condition.Kind.AUTOIMMUNE)


class Condition(models.Model):
    """The catalogue of conditions a patient can have; curated by staff."""

    class Kind(models.TextChoices):
        MIGRAINE = "migraine", _("Migraine")
        AUTOIMMUNE = "autoimmune", _("Autoimmune")

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    short_description = models.CharField(_("short description"), max_length=300, blank=True)
    # Lupus, rheumatoid arthritis and vasculitis can involve blood vessels, where
    # vessel-acting migraine drugs such as triptans call for a conversation first.
    involves_blood_vessels = models.BooleanField(_("involves blood vessels"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    page = models.ForeignKey(
        "Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="featured_for",
        verbose_name=_("education page"),
        help_text=_("The page a patient is sent to from a flare or a profile with this condition."),
    )

    objects = ConditionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "order", "name"]
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        """The name in the active language: a seeded condition's name is translated
        (education/condition_names.py); a name a curator added stays as written."""
        return condition_name(self.name)

    @property
    def learn_url(self) -> str:
        """The condition's education page address, or "" while it has none published.

        Load with select_related("page") (or "condition__page") to avoid a query each."""
        if self.page is not None and self.page.is_published:
            return self.page.get_absolute_url()
        return ""


# /learn/search/ and /learn/preview/ come before /learn/<slug>/.
RESERVED_SLUGS = {"search", "preview"}


class PageQuerySet(models.QuerySet):
    def published(self) -> "PageQuerySet":
        """Pages the public can read."""
        return self.filter(status=Page.Status.PUBLISHED)

    def for_conditions(self, conditions) -> "PageQuerySet":
        """Pages about any of the given conditions (instances, ids or a queryset), most
        relevant first: those sharing more of the conditions, then the more specific ones
        (fewer conditions overall)."""
        return (
            self.annotate(
                matching=Count("conditions", filter=Q(conditions__in=conditions), distinct=True),
                breadth=Count("conditions", distinct=True),
            )
            .filter(matching__gt=0)
            .order_by("-matching", "breadth", *Page.CATEGORY_ORDER, "order", "title")
        )

    def suggested_for(self, conditions, limit: int = 3) -> list["Page"]:
        """Up to ``limit`` pages for someone with these conditions (see for_conditions);
        the overview pages when none match, so a new patient still gets a start."""
        pages = list(self.for_conditions(conditions)[:limit])
        if pages:
            return pages
        return list(self.filter(category=Page.Category.CONNECTIONS).order_by("order")[:limit])

    def related_to(self, page: "Page") -> "PageQuerySet":
        """Other pages sharing the page's conditions or category, closest first."""
        condition_ids = [condition.pk for condition in page.conditions.all()]
        return (
            self.exclude(pk=page.pk)
            .annotate(
                shared=Count("conditions", filter=Q(conditions__in=condition_ids), distinct=True),
                same_category=Case(
                    When(category=page.category, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
            )
            .filter(Q(shared__gt=0) | Q(same_category=1))
            .order_by("-shared", "-same_category", *Page.CATEGORY_ORDER, "order")
        )

    def search(self, query: str, language: str = "en") -> "PageQuerySet":
        """Pages matching the words of ``query``, best first, each annotated with ``rank``,
        in the text a reader in ``language`` sees (a published translation, else English).

        Full-text search on PostgreSQL; elsewhere every word must appear in the title,
        summary or body, and a title hit counts most."""
        from education.search import search_pages

        return search_pages(self, query, language)


class Page(models.Model):
    """An education page, written in Markdown by curators; every change is kept."""

    class Category(models.TextChoices):
        CONNECTIONS = "connections", _("How they connect")
        CONDITIONS = "conditions", _("Conditions")
        MANAGEMENT = "management", _("Managing both")

    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("publication status", "Draft")
        PUBLISHED = "published", pgettext_lazy("publication status", "Published")

    # Categories appear in this order on /learn/ and in suggestions.
    CATEGORY_ORDER = [
        Case(
            When(category="connections", then=Value(0)),
            When(category="conditions", then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        ).asc()
    ]

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences; shown in lists and search engines."),
    )
    body = models.TextField(
        _("body"),
        help_text=_(
            "Markdown: headings (##), paragraphs, lists, *emphasis*, **strong**, > quotes and "
            "links to https:// or mailto: addresses. Anything else is removed."
        ),
    )
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    conditions = models.ManyToManyField(
        Condition, blank=True, related_name="pages", verbose_name=_("conditions")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Position within the category.")
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When a curator last checked the page's facts."),
    )
    sources = models.TextField(_("sources"), blank=True, help_text=_("One source per line."))

    objects = PageQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[conditions])
    # Set on an instance just before save() and read by simple-history: who made the
    # change, why, and whether to make no history row for it.
    _history_user: AbstractBaseUser
    _change_reason: str
    skip_history_when_saving: bool

    class Meta:
        ordering = ["category", "order", "title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="page_published_has_published_at",
            ),
            models.CheckConstraint(
                condition=~Q(body__contains="\r") & ~Q(sources__contains="\r"),
                name="page_text_has_line_feeds_only",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("education:page-detail", args=[self.slug])

    def clean(self) -> None:
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": "This address is used by Overlap itself."})
        # Publishing through the form stamps the first publication date.
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def body_html(self) -> SafeString:
        return render_markdown(self.body)

    @property
    def source_list(self) -> list[str]:
        return [line.strip() for line in self.sources.splitlines() if line.strip()]

    @property
    def reviewed_or_updated(self) -> datetime.date:
        return self.last_reviewed or self.updated_at.date()

    def publish(self) -> None:
        """Make the page public, keeping the date it was first published."""
        self.status = self.Status.PUBLISHED
        if self.published_at is None:
            self.published_at = timezone.now()
        self.save()

    def unpublish(self) -> None:
        self.status = self.Status.DRAFT
        self.save()

    @property
    def original_changed_at(self) -> datetime.datetime | None:
        """When the page's text last changed (not its status or position): translations
        older than this are outdated."""
        return originals_changed_at([self.pk]).get(self.pk)

    @property
    def draft_or_none(self) -> "PageDraft | None":
        """The page's unpublished change, if a curator saved one."""
        try:
            return self.draft
        except PageDraft.DoesNotExist:
            return None


def normalise_newlines(text: str) -> str:
    """The text with every line break as a single line feed. Browsers send a textarea's
    lines with carriage returns, so a page saved through a form would otherwise differ from
    its seeded text on every line, and its history would report changes nobody made."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class PageDraft(models.Model):
    """A change to a page that is saved but not yet published.

    While it exists, the page itself stays as it is, so patients keep reading the published
    text; publishing the change copies these fields onto the page in one revision
    (education.services.page_draft_publish). At most one per page."""

    # The page fields a draft change holds; status and dates stay the page's own.
    FIELDS = ["title", "slug", "summary", "body", "category", "order", "last_reviewed", "sources"]

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="draft")
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    summary = models.CharField(max_length=300)
    body = models.TextField()
    category = models.CharField(max_length=20, choices=Page.Category.choices)
    conditions = models.ManyToManyField(Condition, blank=True, related_name="+")
    order = models.PositiveSmallIntegerField(default=0)
    last_reviewed = models.DateField(null=True, blank=True)
    sources = models.TextField(blank=True)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    saved_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("draft change")
        constraints = [
            models.CheckConstraint(
                condition=~Q(body__contains="\r") & ~Q(sources__contains="\r"),
                name="pagedraft_text_has_line_feeds_only",
            ),
        ]

    def __str__(self) -> str:
        return f"Draft change to {self.page}"

    def applied(self) -> Page:
        """A copy of the page with this change applied, for previewing; never saved."""
        page = copy.copy(self.page)
        for field in self.FIELDS:
            setattr(page, field, getattr(self, field))
        return page


# What a page says: a change to any of these is a change of the original a translation
# follows; publishing, unpublishing or moving a page is not.
TEXT_FIELDS = ("title", "summary", "body", "sources")


def _said(revision) -> tuple[str, ...]:
    return tuple(
        normalise_newlines(str(getattr(revision, field) or "")).strip() for field in TEXT_FIELDS
    )


def originals_changed_at(page_ids) -> dict[int, datetime.datetime]:
    """When each page's text (TEXT_FIELDS) last changed, from its revision history: the
    date of the newest revision whose text differs from the one before it. One query."""
    changed: dict[int, datetime.datetime] = {}
    previous: dict[int, tuple[str, ...]] = {}
    revisions = (
        Page.history.filter(id__in=list(page_ids))
        .exclude(history_type="-")
        .order_by("history_date", "history_id")
        .only("id", "history_date", *TEXT_FIELDS)
    )
    for revision in revisions:
        said = _said(revision)
        if previous.get(revision.id) != said:
            changed[revision.id] = revision.history_date
            previous[revision.id] = said
    return changed


# The languages a page can be translated into: every language of Overlap but English.
TRANSLATION_LANGUAGES = [
    (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]


class PageTranslationQuerySet(models.QuerySet):
    def published(self) -> "PageTranslationQuerySet":
        return self.filter(status=PageTranslation.Status.PUBLISHED)


class PageTranslation(models.Model):
    """An education page in another language: its own text, status, review date and
    revision history. ``translated_from`` records which version of the original it follows
    (the time of the original's last change of text when the translation was brought in
    step), so a translation older than its original can be flagged."""

    Status = Page.Status

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="translations", verbose_name=_("page")
    )
    language = models.CharField(_("language"), max_length=10, choices=TRANSLATION_LANGUAGES)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences; shown in lists and search engines."),
    )
    body = models.TextField(
        _("body"),
        help_text=_(
            "Markdown: headings (##), paragraphs, lists, *emphasis*, **strong**, > quotes and "
            "links to https:// or mailto: addresses. Anything else is removed."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Page.Status.choices, default=Page.Status.DRAFT
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When a curator last checked the translation against the original."),
    )
    translated_from = models.DateTimeField(
        _("translated from the original of"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the original's text last changed before this translation followed it."),
    )

    objects = PageTranslationQuerySet.as_manager()
    history = HistoricalRecords()
    _history_user: AbstractBaseUser
    _change_reason: str

    class Meta:
        verbose_name = _("page translation")
        verbose_name_plural = _("page translations")
        ordering = ["page__category", "page__order", "page__title", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="pagetranslation_one_per_language"
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="pagetranslation_published_has_published_at",
            ),
            models.CheckConstraint(
                condition=~Q(body__contains="\r"),
                name="pagetranslation_body_has_line_feeds_only",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"

    def clean(self) -> None:
        self.body = normalise_newlines(self.body or "")
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def body_html(self) -> SafeString:
        return render_markdown(self.body)

    def is_outdated(self, original_changed_at: datetime.datetime | None) -> bool:
        """Whether the original's text changed after the version this translation follows."""
        if original_changed_at is None:
            return False
        return self.translated_from is None or self.translated_from < original_changed_at

    def publish(self) -> None:
        self.status = self.Status.PUBLISHED
        if self.published_at is None:
            self.published_at = timezone.now()
        self.save()

    def unpublish(self) -> None:
        self.status = self.Status.DRAFT
        self.save()


def folded(text: str) -> str:
    """Text as the medicine search compares it: accents and case dropped, spaces single
    ("Paracétamol " -> "paracetamol")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(plain.casefold().split())


# Typing fewer letters suggests nothing; more suggestions than this crowd a phone screen.
MEDICINE_SEARCH_MIN_LENGTH = 2
MEDICINE_SEARCH_LIMIT = 8


class MedicineQuerySet(models.QuerySet):
    """The catalogue is a few hundred rows at most: searching it in Python keeps accent- and
    case-insensitive matching the same on SQLite and PostgreSQL."""

    def search(self, text: str) -> list[tuple["Medicine", str]]:
        """Return the medicines with a name (generic or brand) containing `text`, ignoring
        case and accents, each with the name that matched: names starting with `text` first,
        then names with a word starting with it, then the rest, each by generic name; at
        most MEDICINE_SEARCH_LIMIT, none for fewer than MEDICINE_SEARCH_MIN_LENGTH letters."""
        query = folded(text)
        if len(query) < MEDICINE_SEARCH_MIN_LENGTH:
            return []
        found = []
        for medicine in self:
            ranked = [
                (_match_rank(folded(name), query), index, name)
                for index, name in enumerate(medicine.names)
                if query in folded(name)
            ]
            if ranked:
                rank, _, name = min(ranked)
                found.append((rank, folded(medicine.generic_name), medicine, name))
        found.sort(key=lambda row: row[:2])
        return [(medicine, name) for _, _, medicine, name in found[:MEDICINE_SEARCH_LIMIT]]

    def named(self, name: str) -> "Medicine | None":
        """Return the medicine whose generic or brand name is `name`, ignoring case and
        accents, or None."""
        wanted = folded(name)
        if not wanted:
            return None
        for medicine in self.order_by("pk"):
            if any(folded(candidate) == wanted for candidate in medicine.names):
                return medicine
        return None


def _match_rank(name: str, query: str) -> int:
    if name.startswith(query):
        return 0
    if any(word.startswith(query) for word in name.replace("-", " ").split()):
        return 1
    return 2


class Medicine(models.Model):
    """An entry of the medicine catalogue curators keep: the patient's medication form
    suggests it, and a medication named like it takes its kind."""

    generic_name = models.CharField(_("generic name"), max_length=100, unique=True)
    brand_names = models.CharField(
        _("brand names"),
        max_length=400,
        blank=True,
        help_text=_("Common brand names, separated by commas."),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=MedicationCategory.choices)
    usual_purpose = models.CharField(
        _("usual purpose"), max_length=30, choices=MedicationPurpose.choices
    )
    default_amount = models.CharField(
        _("usual dose"),
        max_length=50,
        blank=True,
        help_text=_("A usual single dose, for example 50 mg."),
    )

    objects = MedicineQuerySet.as_manager()

    class Meta:
        ordering = ["generic_name"]
        verbose_name = _("medicine")
        verbose_name_plural = _("medicines")
        constraints = [
            models.CheckConstraint(
                condition=~Q(generic_name=""), name="education_medicine_generic_name_not_empty"
            ),
        ]

    def __str__(self) -> str:
        return self.generic_name

    @property
    def brands(self) -> list[str]:
        return [brand.strip() for brand in self.brand_names.split(",") if brand.strip()]

    @property
    def names(self) -> list[str]:
        """The generic name, then each brand name."""
        return [self.generic_name, *self.brands]
